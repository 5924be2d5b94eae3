# expect: id/claim/ipc-expensive-and-lost-money | names the words that hedge it
PREFIX pcg: <vocab#>
DELETE WHERE { <id/claim/ipc-expensive-and-lost-money> pcg:hedge ?h }
