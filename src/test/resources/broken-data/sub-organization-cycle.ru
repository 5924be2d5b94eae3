# expect: id/org/cnri | cannot be its own sub-organization
PREFIX pcg: <vocab#>
INSERT DATA { <id/org/cnri> pcg:subOrganizationOf <id/org/foretec> }
