# expect: id/offer/pycon-2003-early-bird-registration | one pcg:price
PREFIX pcg: <vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA { <id/offer/pycon-2003-early-bird-registration> pcg:price "150.0"^^xsd:decimal }
