# expect: id/event/python6 | succeeds at most one edition
PREFIX pcg: <vocab#>
DELETE DATA { <id/event/python4> pcg:succeededBy <id/event/python5> } ;
INSERT DATA { <id/event/python4> pcg:succeededBy <id/event/python6> }
