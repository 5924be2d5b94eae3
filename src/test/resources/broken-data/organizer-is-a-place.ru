# expect: id/event/python10 | pcg:organizer must be a pcg:Organizer
PREFIX pcg: <vocab#>
INSERT DATA { <id/event/python10> pcg:organizer <id/place/alexandria-va> }
