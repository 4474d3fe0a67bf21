## Viiteandmed
country-dk = Taani
country-ee = Eesti
country-fi = Soome
country-de = Saksamaa
country-lv = Läti
country-lt = Leedu
country-no = Norra
country-se = Rootsi
body-type-central-government = Keskvalitsusasutus
body-type-regional-local = Piirkondlik või kohalik omavalitsus
body-type-public-law-body = Avalik-õiguslik asutus
body-type-utility = Võrgustikusektori hankija (vesi, energia, transport, postiteenused)
