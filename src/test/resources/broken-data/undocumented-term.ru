# expect: vocab#sponsor | needs an rdfs:comment
PREFIX pcg: <vocab#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT DATA { pcg:sponsor a owl:ObjectProperty ; rdfs:label "sponsor"@en }
