## Referenzdaten
country-dk = Dänemark
country-ee = Estland
country-fi = Finnland
country-de = Deutschland
country-lv = Lettland
country-lt = Litauen
country-no = Norwegen
country-se = Schweden
body-type-central-government = Zentrale Regierungsbehörde
body-type-regional-local = Regionale oder lokale Gebietskörperschaft
body-type-public-law-body = Einrichtung des öffentlichen Rechts
body-type-utility = Sektorenauftraggeber (Wasser, Energie, Verkehr, Postdienste)
