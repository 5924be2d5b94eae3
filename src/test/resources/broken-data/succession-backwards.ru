# expect: id/event/ipc11 | is not greater than
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/ipc11> pcg:succeededBy <id/event/python9> }
