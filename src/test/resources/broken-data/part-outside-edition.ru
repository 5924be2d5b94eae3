# expect: id/event/pycon-2007-talks | lies outside its edition's dates
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { <id/event/pycon-2007-talks> pcg:endDate ?end } INSERT { <id/event/pycon-2007-talks> pcg:endDate "2007-03-05"^^xsd:date }
WHERE { <id/event/pycon-2007-talks> pcg:endDate ?end }
