# expect: id/event/pycon-2007#venue-w4 | not a reading of a pcg:Disagreement
PREFIX pcg: <vocab#>
DELETE DATA { <id/disagreement/c1> pcg:reading <id/event/pycon-2007#venue-w4> }
