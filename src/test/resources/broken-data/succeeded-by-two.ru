# expect: id/event/python4 | succeeded by at most one
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/python4> pcg:succeededBy <id/event/python6> }
