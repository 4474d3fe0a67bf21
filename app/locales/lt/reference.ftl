## Žinynai
country-dk = Danija
country-ee = Estija
country-fi = Suomija
country-de = Vokietija
country-lv = Latvija
country-lt = Lietuva
country-no = Norvegija
country-se = Švedija
body-type-central-government = Centrinės valdžios institucija
body-type-regional-local = Regioninės ar vietos valdžios institucija
body-type-public-law-body = Viešosios teisės reglamentuojama įstaiga
body-type-utility = Perkantysis subjektas (vanduo, energetika, transportas, pašto paslaugos)
