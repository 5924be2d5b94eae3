# expect: id/place/livermore-ca | keeps the source's words
PREFIX pcg: <vocab#>
DELETE WHERE { <id/place/livermore-ca> pcg:placeText ?text }
