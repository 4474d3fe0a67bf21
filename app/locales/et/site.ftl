## Avaleht
home-tagline = innovaatilised riigihanked
home-title = Hangime innovatsiooni koos
home-lead = PPI Hub on koht, kus Läänemere piirkonna avaliku sektori hankijad ja innovaatilised ettevõtted kohtuvad, avaldavad ja leiavad hankeid ning õpivad innovatsiooni hankima.
home-buyers-heading = Avaliku sektori hankijatele
home-buyers-1 = Avaldage nii ELi piirmäära ületavaid kui ka alla selle jäävaid hankeid – koos avaandmetega.
home-buyers-2 = Kohtuge pakkujatega, keda te muidu poleks kohanud.
home-buyers-3 = Leidke teistest riikidest avaliku sektori asutusi, kellega koos hankida.
home-buyers-4 = Õppige lõpetatud innovatsioonihangetest ja iseõppekursustel.
home-suppliers-heading = Pakkujatele
home-suppliers-1 = Looge profiil, mille hankijad kogu piirkonnas üles leiavad.
home-suppliers-2 = Leidke oma ettevõttele sobivad hanked ja tellige teavitused.
home-suppliers-3 = Esitage hankijatele küsimusi enne pakkumuse esitamist.
home-suppliers-4 = Tutvustage oma uusi tooteid ja teenuseid.
home-status-heading = Mis juba töötab
home-status-text = Kontod avaliku sektori hankijatele ja pakkujatele koos kinnitatud asutustega; hanked otsingu, küsimuste, teavituste ja OCDS-vormingus avaandmetega; pakkujate kataloog koos sobitamisega; partnerikuulutused ja sõnumid organisatsioonide vahel; kõik seitsmes keeles. Teadmuskeskus, kursused ja assistent lisanduvad hiljem.

## Veel valmimata osad

## Ligipääsetavuse teatis
a11y-title = Ligipääsetavuse teatis
a11y-intro = PPI Hub püüab muuta oma veebisaidi ligipääsetavaks kooskõlas direktiiviga (EL) 2016/2102 ja seda ülevõtvate riiklike õigusaktidega. See teatis kehtib kogu platvormi PPI Hub kohta.
a11y-status-heading = Vastavuse olek
a11y-status = Meie eesmärk on täielik vastavus WCAG 2.1 AA-tasemele (harmoneeritud standard EN 301 549). Iga muudatuse järel testitakse iga lehte automaatselt tööriistaga axe-core WCAG 2.1 A- ja AA-taseme nõuete alusel nii arvuti- kui ka telefoniekraani laiusel.
a11y-how-heading = Mida me teeme
a11y-how-1 = Iga lehte saab kasutada ainult klaviatuuriga ja fookus on alati nähtav.
a11y-how-2 = Iga leht töötab ilma JavaScriptita. Vormid selgitavad vigu välja kõrval ja säilitavad sisestatu.
a11y-how-3 = Lehed kohanduvad 360 piksli laiustest telefoniekraanidest kuni laiade ekraanideni ning ka 200% suurendusega.
a11y-how-4 = Kasutajaliides on saadaval inglise, taani, saksa, eesti, soome, läti ja leedu keeles.
a11y-limits-heading = Teadaolevad piirangud
a11y-limits = Hankija registreerimisvormi piirkondade loend on pikk. Sisestage piirkonna koodi või nime algus, et selle juurde liikuda. Automaattestid ei leia kõiki probleeme, seega ootame ka teie tagasisidet.
a11y-feedback-heading = Tagasiside ja kontakt
a11y-feedback = Kui puutute kokku takistusega või vajate teavet muus vormingus, kirjutage meile. Vastame 10 tööpäeva jooksul.
a11y-enforcement-heading = Järelevalve
a11y-enforcement = Kui meie vastus teid ei rahulda, võite pöörduda oma riigi veebiligipääsetavuse järelevalveasutuse poole. Eestis on selleks Tarbijakaitse ja Tehnilise Järelevalve Amet (TTJA).
a11y-prepared = See teatis koostati 2026. aasta novembris ja see vaadatakse üle iga uue versiooniga.

## Privaatsus
privacy-title = Privaatsus
privacy-intro = PPI Hub talletab isikuandmete kaitse üldmääruse kohaselt ainult seda, mis on vajalik platvormi pakkumiseks teile.
privacy-what-heading = Mida me talletame
privacy-what-1 = Teie nime, e-posti aadressi ja valitud kasutajaliidese keele.
privacy-what-2 = Teie organisatsiooni nime ja riigi ning avaliku sektori asutuste puhul ka liigi ja piirkonna.
privacy-what-3 = Teie parooli ainult argon2id-räsina, millest parooli tagasi saada ei ole võimalik.
privacy-what-4 = E-kirjad, mille platvorm on teile saatnud (kinnituslingid, teated).
privacy-cookies-heading = Küpsised
privacy-cookies = Kasutame kahte küpsist, mis on mõlemad hädavajalikud: seansiküpsist, kui olete sisse logitud, ja küpsist, mis jätab meelde teie keele. Ei mingit jälgimist, reklaami ega kolmandaid osapooli.
privacy-rights-heading = Teie õigused
privacy-rights = Oma konto lehel saate oma andmeid vaadata ja parandada, need kõik failina alla laadida (isikuandmete kaitse üldmääruse artiklid 15 ja 20) ning oma konto kustutada (isikuandmete kaitse üldmääruse artikkel 17).
privacy-contact-heading = Kontakt
privacy-contact = Kui teil on küsimusi oma andmete kohta, kirjutage meile:
