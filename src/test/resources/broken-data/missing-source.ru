# expect: id/org/cnri | traceable to the source page
PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE WHERE { <id/org/cnri> dcterms:source ?source }
