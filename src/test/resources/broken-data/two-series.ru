# expect: id/event/python10 | at most one pcg:Series
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/python10> pcg:inSeries <id/series/pycon> }
