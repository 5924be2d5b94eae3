# expect: id/series/pycon | cannot be replaced by itself
PREFIX pcg: <vocab#>
INSERT DATA { <id/series/pycon> pcg:replacedBy <id/series/ipc> }
