# expect: id/claim/pycon-2003-first-amateur-run | at most one quote per source
PREFIX pcg: <vocab#>
INSERT DATA { <id/claim/pycon-2003-first-amateur-run> pcg:sourceQuote "Words no second source gives."@en }
