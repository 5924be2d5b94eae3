# expect: id/event/python5 | neither a track of the other
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/python5> a pcg:Track ; pcg:trackOf <id/event/fedunix-1996> }
