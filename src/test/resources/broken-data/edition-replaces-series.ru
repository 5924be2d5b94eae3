# expect: id/series/ipc | relates series to series
PREFIX pcg: <vocab#>
INSERT DATA { <id/series/ipc> pcg:replacedBy <id/event/pycon-2003> }
