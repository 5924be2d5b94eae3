# expect: id/place/livermore-ca | skos:exactMatch must be a Wikidata entity
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT DATA { <id/place/livermore-ca> skos:exactMatch <http://example.org/livermore> }
