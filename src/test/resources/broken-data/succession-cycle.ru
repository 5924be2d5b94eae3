# expect: id/event/ipc11 | forms a cycle
PREFIX pcg: <vocab#>
DELETE WHERE { <id/event/python4> pcg:ordinal ?o } ;
INSERT DATA { <id/event/ipc11> pcg:succeededBy <id/event/python4> }
