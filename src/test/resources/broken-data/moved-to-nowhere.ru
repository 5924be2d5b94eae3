# expect: id/event/pycon-2020 | EventStatusType
PREFIX pcg: <vocab#>
PREFIX schema: <http://schema.org/>
DELETE { <id/event/pycon-2020> pcg:eventStatus ?s } INSERT { <id/event/pycon-2020> pcg:eventStatus schema:EventMovedToMars }
WHERE { <id/event/pycon-2020> pcg:eventStatus ?s }
