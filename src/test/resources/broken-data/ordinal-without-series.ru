# expect: id/event/fedunix-1996 | needs a pcg:inSeries
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA { <id/event/fedunix-1996> pcg:ordinal "1"^^xsd:positiveInteger }
