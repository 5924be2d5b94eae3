# expect: id/source/W99 | not a declared pcg:Source
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT DATA { <id/event/pycon-2011#venue> dcterms:source <id/source/W99> }
