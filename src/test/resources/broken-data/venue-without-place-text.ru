# expect: id/place/houston-tx | keeps the source's words
PREFIX pcg: <vocab#>
DELETE WHERE { <id/place/houston-tx> pcg:placeText ?text }
