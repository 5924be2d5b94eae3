# expect: id/event/pycon-2007#attendance-u1 | gives a pcg:count
PREFIX pcg: <vocab#>
DELETE WHERE { <id/event/pycon-2007#attendance-u1> pcg:count ?count }
