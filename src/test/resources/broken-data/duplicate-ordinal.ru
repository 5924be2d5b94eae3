# expect: id/event/python6 | is used by another edition of the same series
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { <id/event/python6> pcg:ordinal ?o } INSERT { <id/event/python6> pcg:ordinal "5"^^xsd:positiveInteger }
WHERE { <id/event/python6> pcg:ordinal ?o }
