# expect: id/disagreement/c1 | not preferred yet asserted
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/pycon-2007> pcg:venue <id/place/chicago-il> }
