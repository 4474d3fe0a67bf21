## Referencedata
country-dk = Danmark
country-ee = Estland
country-fi = Finland
country-de = Tyskland
country-lv = Letland
country-lt = Litauen
country-no = Norge
country-se = Sverige
body-type-central-government = Central myndighed
body-type-regional-local = Regional eller lokal myndighed
body-type-public-law-body = Offentligretligt organ
body-type-utility = Forsyningsvirksomhed (vand, energi, transport, posttjenester)
