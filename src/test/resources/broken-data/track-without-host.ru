# expect: id/event/ipc11 | names the event it was a track of
PREFIX pcg: <vocab#>
DELETE WHERE { <id/event/ipc11> pcg:trackOf ?host }
