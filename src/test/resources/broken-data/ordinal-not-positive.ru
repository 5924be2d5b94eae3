# expect: id/event/python4 | pcg:ordinal is one positive
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { <id/event/python4> pcg:ordinal ?o } INSERT { <id/event/python4> pcg:ordinal "0"^^xsd:integer }
WHERE { <id/event/python4> pcg:ordinal ?o }
