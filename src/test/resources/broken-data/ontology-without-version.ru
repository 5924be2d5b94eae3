# expect: vocab | one owl:versionIRI
PREFIX owl: <http://www.w3.org/2002/07/owl#>
DELETE WHERE { <vocab> owl:versionIRI ?v }
