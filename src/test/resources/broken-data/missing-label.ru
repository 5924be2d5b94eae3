# expect: id/event/python10 | needs exactly one rdfs:label
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
DELETE WHERE { <id/event/python10> rdfs:label ?label }
