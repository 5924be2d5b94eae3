# expect: id/offer/pycon-2003-early-bird-registration | ISO 4217 code
PREFIX pcg: <vocab#>
DELETE { ?offer pcg:priceCurrency ?c } INSERT { ?offer pcg:priceCurrency "dollars" }
WHERE { BIND (<id/offer/pycon-2003-early-bird-registration> AS ?offer) ?offer pcg:priceCurrency ?c }
