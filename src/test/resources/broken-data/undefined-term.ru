# expect: id/event/python7 | which the ontology does not define
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/python7> pcg:inseries <id/series/ipc> }
