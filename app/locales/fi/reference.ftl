## Viitetiedot
country-dk = Tanska
country-ee = Viro
country-fi = Suomi
country-de = Saksa
country-lv = Latvia
country-lt = Liettua
country-no = Norja
country-se = Ruotsi
body-type-central-government = Valtion keskushallintoviranomainen
body-type-regional-local = Alueellinen tai paikallinen viranomainen
body-type-public-law-body = Julkisoikeudellinen laitos
body-type-utility = Erityisalojen hankintayksikkö (vesi, energia, liikenne, postipalvelut)
