# expect: id/event/python10 | pcg:endDate is one xsd:date, xsd:gYearMonth or xsd:gYear
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { <id/event/python10> pcg:endDate ?d } INSERT { <id/event/python10> pcg:endDate "2002-02-07T18:00:00"^^xsd:dateTime }
WHERE { <id/event/python10> pcg:endDate ?d }
