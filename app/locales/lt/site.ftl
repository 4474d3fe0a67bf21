## Pradžios puslapis
home-tagline = inovatyvūs viešieji pirkimai
home-title = Pirkime inovacijas kartu
home-lead = PPI Hub – tai vieta, kur Baltijos jūros regiono perkančiosios organizacijos ir inovatyvios įmonės susitinka, skelbia ir randa pirkimus bei mokosi pirkti inovacijas.
home-buyers-heading = Perkančiosioms organizacijoms
home-buyers-1 = Skelbkite pirkimus, kurių vertė viršija ES tarptautinio pirkimo vertės ribas arba yra už jas mažesnė, – kartu su atviraisiais duomenimis.
home-buyers-2 = Susipažinkite su tiekėjais, su kuriais kitaip nebūtumėte susitikę.
home-buyers-3 = Raskite kitų šalių viešojo sektoriaus institucijas, su kuriomis galėtumėte vykdyti bendrus pirkimus.
home-buyers-4 = Mokykitės iš įvykdytų inovatyvių pirkimų ir savarankiško mokymosi kursuose.
home-suppliers-heading = Tiekėjams
home-suppliers-1 = Susikurkite profilį, kurį galėtų rasti perkančiosios organizacijos visame regione.
home-suppliers-2 = Raskite jūsų įmonei tinkamus pirkimus ir gaukite pranešimus apie naujus.
home-suppliers-3 = Užduokite klausimus perkančiosioms organizacijoms prieš teikdami pasiūlymą.
home-suppliers-4 = Pristatykite naujausius savo produktus ir paslaugas.
home-status-heading = Kas jau veikia
home-status-text = Paskyros perkančiosioms organizacijoms ir tiekėjams su patvirtintomis institucijomis; pirkimai su paieška, klausimais, pranešimais ir atvirais OCDS duomenimis; tiekėjų katalogas su atitikčių paieška; partnerių skelbimai ir žinutės tarp organizacijų; viskas septyniomis kalbomis. Vėliau atsiras žinių centras, kursai ir asistentas.

## Dar kuriami skyriai

## Pareiškimas dėl prieinamumo
a11y-title = Pareiškimas dėl prieinamumo
a11y-intro = PPI Hub įsipareigoja užtikrinti savo interneto svetainės prieinamumą pagal Direktyvą (ES) 2016/2102 ir ją įgyvendinančius nacionalinius teisės aktus. Šis pareiškimas taikomas visai PPI Hub platformai.
a11y-status-heading = Atitikties būsena
a11y-status = Siekiame visiškai atitikti WCAG 2.1 AA lygį (darnusis standartas EN 301 549). Po kiekvieno pakeitimo kiekvienas puslapis automatiškai tikrinamas įrankiu axe-core pagal WCAG 2.1 A ir AA lygių reikalavimus stalinio kompiuterio ir telefono ekrano pločiu.
a11y-how-heading = Ką darome
a11y-how-1 = Kiekvienu puslapiu galima naudotis vien klaviatūra, o fokusas visada matomas.
a11y-how-2 = Kiekvienas puslapis veikia be JavaScript. Formos paaiškina klaidas šalia laukelio ir išsaugo tai, ką įvedėte.
a11y-how-3 = Puslapiai prisitaiko prie įvairių ekranų – nuo 360 pikselių pločio telefonų iki plačių ekranų – ir prie 200 % mastelio.
a11y-how-4 = Sąsaja pateikiama anglų, danų, vokiečių, estų, suomių, latvių ir lietuvių kalbomis.
a11y-limits-heading = Žinomi apribojimai
a11y-limits = Regionų sąrašas perkančiųjų organizacijų registracijos formoje yra ilgas. Įveskite regiono kodo ar pavadinimo pradžią, kad greitai jį rastumėte. Automatiniai testai negali aptikti visų problemų, todėl laukiame ir jūsų pranešimų.
a11y-feedback-heading = Atsiliepimai ir kontaktai
a11y-feedback = Jei susiduriate su kliūtimi arba jums reikia informacijos kitu formatu, parašykite mums. Atsakome per 10 darbo dienų.
a11y-enforcement-heading = Vykdymo užtikrinimo procedūra
a11y-enforcement = Jei mūsų atsakymas jūsų netenkina, galite kreiptis į savo šalies instituciją, prižiūrinčią interneto svetainių prieinamumą. Lietuvoje tai Valstybės skaitmeninių sprendimų agentūra (buvęs Informacinės visuomenės plėtros komitetas).
a11y-prepared = Šis pareiškimas parengtas 2026 m. lapkričio mėn. ir peržiūrimas išleidžiant kiekvieną naują versiją.

## Privatumas
privacy-title = Privatumas
privacy-intro = Laikydamasi ES Bendrojo duomenų apsaugos reglamento (BDAR), PPI Hub saugo tik tai, ko reikia, kad platforma galėtų jums veikti.
privacy-what-heading = Ką saugome
privacy-what-1 = Jūsų vardą, pavardę, el. pašto adresą ir pasirinktą sąsajos kalbą.
privacy-what-2 = Jūsų organizacijos pavadinimą ir šalį, o viešojo sektoriaus institucijų – ir tipą bei regioną.
privacy-what-3 = Jūsų slaptažodį – tik kaip argon2id maišos reikšmę, iš kurios slaptažodžio atkurti neįmanoma.
privacy-what-4 = Platformos jums išsiųstus el. laiškus (patvirtinimo nuorodas, pranešimus).
privacy-cookies-heading = Slapukai
privacy-cookies = Naudojame du slapukus, ir abu jie būtinieji: sesijos slapuką, kol esate prisijungę, ir slapuką, įsimenantį jūsų kalbą. Jokio sekimo, jokios reklamos, jokių trečiųjų šalių.
privacy-rights-heading = Jūsų teisės
privacy-rights = Paskyros puslapyje galite peržiūrėti ir taisyti savo duomenis, atsisiųsti juos visus kaip failą (BDAR 15 ir 20 straipsniai) ir ištrinti paskyrą (BDAR 17 straipsnis).
privacy-contact-heading = Kontaktai
privacy-contact = Jei turite klausimų apie savo duomenis, rašykite mums:
