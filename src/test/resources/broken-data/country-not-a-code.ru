# expect: id/place/charleroi-be | ISO 3166-1 alpha-2
PREFIX pcg: <vocab#>
DELETE { <id/place/charleroi-be> pcg:country ?c } INSERT { <id/place/charleroi-be> pcg:country "Belgium" }
WHERE { <id/place/charleroi-be> pcg:country ?c }
