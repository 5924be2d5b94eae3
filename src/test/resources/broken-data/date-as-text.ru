# expect: id/event/python9 | pcg:startDate is one xsd:date, xsd:gYearMonth or xsd:gYear
PREFIX pcg: <vocab#>
DELETE { <id/event/python9> pcg:startDate ?d } INSERT { <id/event/python9> pcg:startDate "March 2001" }
WHERE { <id/event/python9> pcg:startDate ?d }
