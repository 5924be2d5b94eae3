# expect: id/event/python10 | is before pcg:startDate
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { <id/event/python10> pcg:endDate ?d } INSERT { <id/event/python10> pcg:endDate "2002-02-01"^^xsd:date }
WHERE { <id/event/python10> pcg:endDate ?d }
