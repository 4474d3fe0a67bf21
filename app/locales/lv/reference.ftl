## Atsauces dati
country-dk = Dānija
country-ee = Igaunija
country-fi = Somija
country-de = Vācija
country-lv = Latvija
country-lt = Lietuva
country-no = Norvēģija
country-se = Zviedrija
body-type-central-government = Centrālās valdības iestāde
body-type-regional-local = Reģionālā vai vietējā iestāde (piemēram, pašvaldība)
body-type-public-law-body = Publisko tiesību subjekts
body-type-utility = Sabiedrisko pakalpojumu sniedzējs (ūdensapgāde, enerģētika, transports, pasta pakalpojumi)
