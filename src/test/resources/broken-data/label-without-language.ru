# expect: id/org/foretec | with a language tag
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
DELETE { <id/org/foretec> rdfs:label ?label } INSERT { <id/org/foretec> rdfs:label "Foretec" }
WHERE { <id/org/foretec> rdfs:label ?label }
