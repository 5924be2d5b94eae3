# expect: id/event/pycon-2011 | has no source
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/pycon-2011> pcg:website <http://example.org/pycon2011> }
