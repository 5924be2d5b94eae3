# expect: id/event/python9 | is before pcg:startDate
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA { <id/event/python9> pcg:endDate "2000"^^xsd:gYear }
