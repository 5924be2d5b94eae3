# expect: id/event/python10 | or of two where one continues the other's numbering
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/python10> pcg:inSeries <id/series/pycon> }
