# expect: vocab#patron | needs an rdfs:comment
PREFIX pcg: <vocab#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT DATA { pcg:patron a owl:ObjectProperty ; rdfs:label "patron"@en }
