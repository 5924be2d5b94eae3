# expect: id/event/python10 | stays inside one series
PREFIX pcg: <vocab#>
DELETE DATA { <id/event/python10> pcg:succeededBy <id/event/ipc11> } ;
INSERT DATA { <id/event/python10> pcg:succeededBy <id/event/pycon-2003> }
