## Formatai
format-date = { $year } m. { $month } { $day } d.
format-datetime = { $date } { $time } UTC
format-datetime-zoned = { $date } { $time }
format-group-separator = { "\u00A0" }
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio

## Puslapio rėmas
skip-to-content = Pereiti prie turinio
nav-label = Pagrindinis meniu
nav-tenders = Pirkimai
nav-suppliers = Tiekėjai
nav-knowledge = Žinios
nav-courses = Kursai
nav-assistant = Asistentas
nav-sign-in = Prisijungti
nav-sign-up = Registruotis
nav-sign-out = Atsijungti
nav-account = Mano paskyra
nav-moderation = Moderavimas
nav-outbox = Siunčiamieji
language-label = Kalba
footer-tagline = PPI Hub – inovatyvūs viešieji pirkimai Baltijos jūros regione.
footer-accessibility = Pareiškimas dėl prieinamumo
footer-privacy = Privatumas
choose = Pasirinkite…

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
home-status-text = Paskyros perkančiosioms organizacijoms ir tiekėjams, viešojo sektoriaus institucijų patvirtinimas ir sąsaja septyniomis kalbomis. Vėliau atsiras pirkimai, tiekėjų katalogas, žinių centras, kursai ir asistentas.

## Dar kuriami skyriai
upcoming-not-yet = Šis skyrius dar neprieinamas.
upcoming-tenders = Čia patvirtintos perkančiosios organizacijos skelbs pirkimus, o tiekėjai galės jų ieškoti pagal tekstą, BVPŽ (CPV) kodą, regioną ir ES vertės ribą.
upcoming-suppliers = Čia perkančiosios organizacijos ras tiekėjus pagal tai, ką jie siūlo ir kur veikia.
upcoming-knowledge = Čia rasite įvykdytus inovatyvius pirkimus ir praktinę medžiagą.
upcoming-courses = Čia galėsite mokytis savarankiško mokymosi kursuose apie inovatyvius pirkimus ir stebėti savo pažangą.
upcoming-assistant = Čia asistentas, remdamasis žinių centru, atsakys į klausimus apie inovatyvius pirkimus ir nurodys savo šaltinius.

## Formos
field-optional = (neprivaloma)
field-name = Vardas ir pavardė
field-email = El. pašto adresas
field-password = Slaptažodis
field-new-password = Naujas slaptažodis
field-current-password = Dabartinis slaptažodis
field-new-email = Naujas el. pašto adresas
field-public-body = Viešojo sektoriaus institucija
field-company = Įmonės pavadinimas
field-organisation-name = Pavadinimas
field-country = Šalis
field-body-type = Institucijos tipas
field-nuts = Regionas (NUTS)
field-registration-number = Įmonės kodas
hint-password = Ne mažiau kaip 12 simbolių. Keli tarpusavyje nesusiję žodžiai sudaro stiprų slaptažodį.
hint-body-type = Nuo to priklauso, kokios ES vertės ribos taikomos jūsų pirkimams.
hint-nuts = Kur įsikūrusi jūsų institucija. Pasirinkite kuo tikslesnį regioną.
hint-registration-number = Kaip pasirinktos šalies juridinių asmenų registre, pvz., HRB 12345 Vokietijoje. Numerį tikriname pagal tos šalies taisykles.
hint-moderation-reason = Privaloma atmetant: perkančioji organizacija ją gaus el. paštu.

## Laukų klaidos
err-required = Užpildykite šį lauką.
err-email-invalid = Įveskite el. pašto adresą, pvz., name@example.com.
err-password-short = Slaptažodį turi sudaryti ne mažiau kaip 12 simbolių.
err-password-long = Slaptažodį gali sudaryti ne daugiau kaip 256 simboliai.
err-password-common = Šis slaptažodis yra vienas dažniausių. Pasirinkite kitą.
err-too-long = Tekstas per ilgas.
err-control-chars = Pašalinkite nematomus valdymo simbolius.
err-choice = Pasirinkite vieną iš galimybių.
err-nuts-invalid = Pasirinkite regioną iš sąrašo.
err-nuts-country = Šis regionas nėra jūsų pasirinktoje šalyje.
err-nuts-unknown = Tokio regiono nėra. Pasirinkite regioną iš sąrašo.
err-registration-invalid = Įrašykite numerį taip, kaip jis nurodytas registre: raidės, skaitmenys, tarpai ir - / .
err-registration-format-dk = Danijos CVR numerį sudaro 8 skaitmenys, ir jis neprasideda nuliu.
err-registration-format-de = Įrašykite registro numerį, pvz., HRB 12345 (arba HRA, GnR, PR, VR, GsR), arba PVM mokėtojo kodą: DE ir 9 skaitmenys.
err-registration-format-ee = Estijos registro kodą sudaro 8 skaitmenys.
err-registration-format-fi = Suomijos įmonės identifikatorių (Y-tunnus) sudaro 7 skaitmenys, brūkšnelis ir kontrolinis skaitmuo, pvz., 1234567-1.
err-registration-format-lv = Latvijos registracijos numerį sudaro 11 skaitmenų.
err-registration-format-lt = Įmonės kodą sudaro 9 skaitmenys.
err-registration-format-no = Norvegijos organizacijos numerį sudaro 9 skaitmenys.
err-registration-format-se = Švedijos organizacijos numerį sudaro 10 skaitmenų, pvz., 556123-4567.
err-registration-checksum = Kontrolinis skaitmuo nesutampa. Patikrinkite, ar įvesdami numerį nesuklydote.
err-registration-se-entity = Panašu, kad tai Švedijos asmens kodas. Įmonės organizacijos numerio trečiasis skaitmuo yra 2 arba didesnis.
err-confirm-delete = Pažymėkite langelį, kad patvirtintumėte.
err-credentials = Neteisingas el. pašto adresas arba slaptažodis.
err-password-wrong = Neteisingas slaptažodis.
err-email-unverified = Pirmiausia patvirtinkite savo el. pašto adresą. Išsiuntėme jums naują nuorodą.
err-rate-limited = Per daug bandymų. Palaukite kelias minutes ir bandykite dar kartą.
err-network = Nepavyko susisiekti su serveriu. Patikrinkite interneto ryšį ir bandykite dar kartą.
err-link-invalid = Ši nuoroda netinkama arba nebegalioja. Paprašykite naujos.

## Pranešimai po veiksmo
notice-signed-out = Atsijungėte.
notice-signup-sent = Ačiū! Išsiuntėme nuorodą jūsų el. pašto adresu. Atidarykite ją, kad patvirtintumėte adresą, tada prisijunkite.
notice-email-verified = Jūsų el. pašto adresas patvirtintas. Dabar galite prisijungti.
notice-reset-sent = Jei šiuo adresu užregistruota paskyra, išsiuntėme į jį nuorodą naujam slaptažodžiui pasirinkti.
notice-password-reset = Naujas slaptažodis nustatytas. Prisijunkite su juo.
notice-password-changed = Jūsų slaptažodis pakeistas. Kitos sesijos atjungtos.
notice-email-change-sent = Išsiuntėme nuorodą naujuoju adresu. Jūsų adresas pasikeis, kai ją atidarysite.
notice-email-changed = Jūsų el. pašto adresas pakeistas.
notice-profile-saved = Jūsų duomenys išsaugoti.
notice-account-deleted = Jūsų paskyra ir asmens duomenys ištrinti.
notice-decision-saved = Sprendimas išsaugotas, perkančiajai organizacijai apie jį pranešta.
notice-link-invalid = Ši nuoroda netinkama arba nebegalioja. Paprašykite naujos.

## Registracija ir prisijungimas
signup-title = Registracija
signup-intro = Susikurkite nemokamą paskyrą. Pasirinkite jums tinkamą paskyros tipą.
signup-buyer-heading = Perku viešojo sektoriaus institucijai
signup-buyer-text = Savivaldybės, regionai, agentūros, ministerijos ir komunalinių paslaugų įmonės. Prieš jums skelbiant pirkimus, moderatorius patikrina jūsų instituciją.
signup-buyer-action = Registruotis kaip perkančioji organizacija
signup-supplier-heading = Parduodu viešajam sektoriui
signup-supplier-text = Įvairaus dydžio įmonės, ypač mažos ir vidutinės.
signup-supplier-action = Registruotis kaip tiekėjas
signup-have-account = Jau turite paskyrą?
signup-buyer-title = Perkančiosios organizacijos registracija
signup-buyer-explain = Papasakokite apie save ir savo instituciją. Kai patvirtinsite el. pašto adresą, moderatorius patikrins instituciją.
signup-supplier-title = Tiekėjo registracija
signup-supplier-explain = Papasakokite apie save ir savo įmonę. Įmonės profilį užpildysite prisijungę.
signup-submit = Sukurti paskyrą
signin-title = Prisijungimas
signin-submit = Prisijungti
signin-forgot = Pamiršote slaptažodį?
signin-no-account = Dar neturite paskyros?
forgot-title = Pamirštas slaptažodis
forgot-intro = Įveskite savo el. pašto adresą ir mes atsiųsime nuorodą naujam slaptažodžiui pasirinkti. Nuoroda veikia vieną kartą ir vieną valandą.
forgot-submit = Siųsti nuorodą
reset-title = Naujo slaptažodžio pasirinkimas
reset-submit = Išsaugoti naują slaptažodį
reset-invalid = Ši nuoroda netinkama arba nebegalioja.
reset-ask-again = Prašyti naujos nuorodos

## Paskyra
account-title = Mano paskyra
account-you = Apie jus
account-role = Vaidmuo
account-since = Paskyra sukurta
account-staff-note = Šioje platformoje moderuojate viešojo sektoriaus institucijas.
account-organisation = Jūsų organizacija
account-verification = Patvirtinimas
verification-pending = Laukiama moderatoriaus patikrinimo. Pirkimus galėsite skelbti, kai jūsų institucija bus patvirtinta.
verification-verified = Patvirtinta
verification-rejected = Nepatvirtinta: { $reason }
account-edit = Redaguoti duomenis
account-save = Išsaugoti
account-change-email = Keisti el. pašto adresą
account-change-email-intro = Nuorodą išsiųsime naujuoju adresu. Pakeitimas įsigalios, kai ją atidarysite.
account-change-password = Keisti slaptažodį
account-data = Jūsų duomenys
account-data-intro = Atsisiųskite viską, ką apie jus saugome, JSON failu.
account-data-download = Atsisiųsti mano duomenis
account-delete = Ištrinti paskyrą
account-delete-intro = Jūsų paskyra ir asmens duomenys bus ištrinti visam laikui. Jūsų organizacija liks, jei ja naudojasi kolegos.
account-delete-confirm = Suprantu, kad šio veiksmo atšaukti negalima.
account-delete-submit = Ištrinti mano paskyrą
role-buyer = Perkančioji organizacija
role-supplier = Tiekėjas
role-moderator = Moderatorius
role-admin = Administratorius

## Moderavimas
moderation-title = Tikrintinos viešojo sektoriaus institucijos
moderation-intro = Patikrinkite, ar kiekviena institucija yra perkančioji organizacija ir ar asmuo joje dirba, tada ją patvirtinkite arba atmeskite.
moderation-empty = Patvirtinimo nelaukia nė viena institucija.
moderation-count = { $count ->
    [one] { $count } viešojo sektoriaus institucija laukia patvirtinimo.
    [few] { $count } viešojo sektoriaus institucijos laukia patvirtinimo.
    [many] { $count } viešojo sektoriaus institucijos laukia patvirtinimo.
   *[other] { $count } viešojo sektoriaus institucijų laukia patvirtinimo.
}
moderation-contact = Kontaktinis asmuo
moderation-registered = Registracijos data
moderation-decision = Sprendimas
moderation-verify = Patvirtinti
moderation-reject = Atmesti
moderation-reason = Priežastis
moderation-submit = Išsaugoti sprendimą

## Siunčiamieji
outbox-title = Siunčiamieji laiškai
outbox-intro = Visi platformos išsiųsti el. laiškai, naujausi viršuje. Jei nėra SMTP serverio, laiškai lieka čia.
outbox-empty = El. laiškų dar nėra.
outbox-to = Gavėjas
outbox-when = Sukurta
outbox-status = Būsena
outbox-status-queued = Eilėje
outbox-status-sent = Išsiųsta
outbox-status-failed = Nepavyko
outbox-status-logged = Laikoma čia (nėra SMTP serverio)

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

## Tarptautinio pirkimo vertės ribos
threshold-above-works = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą darbų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-works = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą darbų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-central = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą centrinės valdžios institucijų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-central = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą centrinės valdžios institucijų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-sub-central = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą regioninės ir vietos valdžios institucijų bei viešosios teisės reglamentuojamų įstaigų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-sub-central = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą regioninės ir vietos valdžios institucijų bei viešosios teisės reglamentuojamų įstaigų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-utilities = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-utilities = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-utilities-works = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų darbų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-utilities-works = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų darbų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-social = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl šioms paslaugoms taikoma lengvesnė ES pirkimų tvarka, o skelbimas siunčiamas į TED.
threshold-below-social = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl ES taisyklės netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-utilities-social = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl šioms paslaugoms taikoma lengvesnė ES pirkimų tvarka, o skelbimas siunčiamas į TED.
threshold-below-utilities-social = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl ES taisyklės netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.

## Klaidų puslapiai
error-home-link = Eiti į pradžios puslapį
error-400-title = Užklausoje yra klaida
error-400-text = Nepavyko nuskaityti formos duomenų. Grįžkite atgal ir bandykite dar kartą.
error-403-title = Neleidžiama
error-403-text = Neturite teisės to daryti. Jei manote, kad turėtumėte, prisijunkite su tinkama paskyra.
error-404-title = Puslapis nerastas
error-404-text = Šiuo adresu puslapio nėra. Patikrinkite adresą arba pradėkite nuo pradžios puslapio.
error-405-title = Čia to padaryti negalima
error-405-text = Šis adresas nepriima tokio tipo užklausų.
error-413-title = Per didelis dydis
error-413-text = Tai, ką išsiuntėte, viršija leidžiamą dydį.
error-415-title = Nepalaikomas formatas
error-415-text = Tai, ką išsiuntėte, yra formatu, kurio nepriimame.
error-429-title = Per daug užklausų
error-429-text = Palaukite kelias minutes ir bandykite dar kartą.
error-500-title = Įvyko klaida
error-500-text = Mūsų pusėje įvyko klaida. Netrukus bandykite dar kartą.

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

## El. laiškai
mail-verify-subject = Patvirtinkite savo el. pašto adresą PPI Hub platformoje
mail-verify-body =
    Sveiki, { $name },

    Patvirtinkite savo el. pašto adresą atidarę šią nuorodą (ji galioja 48 valandas):

    { $link }

    Jei PPI Hub platformoje nesiregistravote, šio laiško nepaisykite.
mail-account-exists-subject = Kažkas bandė užsiregistruoti PPI Hub platformoje jūsų adresu
mail-account-exists-body =
    Sveiki, { $name },

    Kažkas bandė sukurti PPI Hub paskyrą šiuo el. pašto adresu, nors juo jau užregistruota paskyra. Jei tai buvote jūs, prisijunkite čia. Jei pamiršote slaptažodį, pasirinkite „Pamiršote slaptažodį?“:

    { $link }

    Jei tai buvote ne jūs, nieko daryti nereikia.
mail-reset-subject = Pasirinkite naują PPI Hub slaptažodį
mail-reset-body =
    Sveiki, { $name },

    Atidarykite šią nuorodą ir pasirinkite naują slaptažodį (ji veikia vieną kartą ir vieną valandą):

    { $link }

    Jei to neprašėte, šio laiško nepaisykite – jūsų slaptažodis liks nepakeistas.
mail-password-changed-subject = Jūsų PPI Hub slaptažodis pakeistas
mail-password-changed-body =
    Sveiki, { $name },

    Jūsų PPI Hub paskyros slaptažodis ką tik buvo pakeistas. Jei tai buvote ne jūs, nedelsdami atkurkite slaptažodį ir susisiekite su mumis.

    { $link }
mail-change-email-subject = Patvirtinkite naują el. pašto adresą PPI Hub platformoje
mail-change-email-body =
    Sveiki, { $name },

    Atidarykite šią nuorodą, kad šis adresas taptų jūsų PPI Hub paskyros adresu (ji galioja 24 valandas):

    { $link }

    Jei to neprašėte, šio laiško nepaisykite.
mail-email-changed-subject = Jūsų PPI Hub el. pašto adresas pakeistas
mail-email-changed-body =
    Sveiki, { $name },

    Jūsų PPI Hub paskyroje dabar naudojamas adresas { $email }. Jei tai buvote ne jūs, nedelsdami susisiekite su mumis.
mail-body-verified-subject = Institucija { $body } patvirtinta PPI Hub platformoje
mail-body-verified-body =
    Sveiki, { $name },

    Moderatorius patvirtino instituciją { $body }. Dabar galite skelbti pirkimus PPI Hub platformoje.

    { $link }
mail-body-rejected-subject = Institucijos { $body } nepavyko patvirtinti PPI Hub platformoje
mail-body-rejected-body =
    Sveiki, { $name },

    Moderatorius negalėjo patvirtinti, kad { $body } yra viešojo sektoriaus institucija. Nurodyta priežastis:

    { $reason }

    Jei manote, kad tai klaida, atsakykite į šį laišką.

## Pirkimai

tenders-title = Pirkimai
tenders-intro = Baltijas jūros regiono perkančiųjų organizacijų pirkimai, kurių vertė siekia tarptautinio pirkimo vertės ribas arba yra už jas mažesnė. Ieškokite pagal žodžius, regioną, BVPŽ (CPV) kodą ir kitus kriterijus.
tenders-mine-title = Jūsų pirkimai
tenders-mine-empty = Jūsų institucija dar neturi pirkimų.
tender-new-title = Paskelbti pirkimą
tender-new-intro = Pirmiausia išsaugokite pirkimą kaip juodraštį, tada galėsite jį patikrinti ir paskelbti. Vertinimas pagal tarptautinio pirkimo vertės ribą atnaujinamas jums įvedant vertę.
tender-edit-title = Redaguoti juodraštį
tender-amend-title = Keisti pirkimą
tender-amend-intro = Šis pirkimas paskelbtas. Kiekvienas išsaugotas pakeitimas rodomas viešoje jo pakeitimų istorijoje, o sekėjams apie jį pranešama.
tender-save-draft = Išsaugoti juodraštį
tender-save-amendment = Išsaugoti pakeitimą
tender-field-title = Pavadinimas
tender-field-description = Aprašymas
tender-field-contract-type = Sutarties tipas
tender-field-procedure = Pirkimo būdas
tender-field-innovation = Inovatyvumo pobūdis
tender-field-value = Numatoma vertė
tender-field-currency = Valiuta
tender-field-value-eur = Numatoma vertė eurais
tender-field-social-services = Socialinės ar kitos specialiosios paslaugos
tender-field-notice-url = Oficialus skelbimas (TED arba nacionalinis portalas)
tender-field-ted-pending = Skelbimas šiuo metu skelbiamas TED
tender-field-main-cpv = Pagrindinis BVPŽ (CPV) kodas
tender-field-additional-cpv = Papildomi BVPŽ (CPV) kodai
tender-field-nuts = Vykdymo vieta (NUTS)
tender-field-lots = Pirkimo dalys
tender-field-questions-deadline = Klausimų pateikimo terminas
tender-field-submission-deadline = Pasiūlymų pateikimo terminas
tender-field-contact-name = Kontaktinis asmuo
tender-field-contact-email = Kontaktinio asmens el. pašto adresas
tender-field-winner = Laimėjęs tiekėjas
tender-field-awarded-value = Sutarties vertė
tender-field-cancel-reason = Pirkimo nutraukimo priežastis
hint-tender-description = Markdown: # antraštė, **paryškinta**, - sąrašas, [nuoroda](https://…).
hint-tender-innovation = eForms kodas „Inovacinių sprendimų viešieji pirkimai“ (BT-776), jei pirkimu įsigyjama kas nors nauja.
hint-tender-value = Visa suma be PVM, įskaitant pasirinkimo galimybes ir pratęsimus.
hint-tender-value-eur = Būtina, jei valiuta nėra euras: tarptautinio pirkimo vertės ribos nustatytos eurais.
hint-tender-social-services = Direktyvos 2014/24/ES XIV priede nurodytoms paslaugoms (sveikatos priežiūros, socialinėms, švietimo, kultūros paslaugoms …) taikoma atskira, aukštesnė vertės riba.
hint-tender-notice-url = Privaloma, kai vertė siekia tarptautinio pirkimo vertės ribą, nebent skelbimas šiuo metu skelbiamas TED.
hint-tender-cpv = Įveskite žodį arba pirmuosius kodo skaitmenis ir pasirinkite iš sąrašo.
hint-tender-additional-cpv = Keli kodai, atskirti kableliais.
hint-tender-nuts = Įveskite regiono pavadinimą arba kodą ir pasirinkite iš sąrašo.
hint-tender-lots = Kiekviena dalis atskiroje eilutėje.
hint-tender-deadline = Vietos laikas, laiko juosta { $zone }.
hint-tender-question = Jūsų klausimas skelbiamas kartu su atsakymu, o jūsų vardas ir įmonė – ne.
picker-search-cpv = Ieškoti BVPŽ (CPV) sąraše (atsidaro naujoje kortelėje)
picker-search-nuts = Ieškoti NUTS regionų (atsidaro naujoje kortelėje)
innovation-none = Nenurodyta
contract-works = Darbai
contract-supplies = Prekės
contract-services = Paslaugos
procedure-open = Atviras konkursas
procedure-restricted = Ribotas konkursas
procedure-neg-w-call = Konkurso procedūra su derybomis
procedure-comp-dial = Konkurencinis dialogas
procedure-innovation = Inovacijų partnerystė
procedure-pcp = Ikiprekybinis pirkimas
procedure-neg-wo-call = Derybų procedūra be išankstinio skelbimo
procedure-simplified = Supaprastintas pirkimas, kurio vertė mažesnė už tarptautinio pirkimo vertės ribą
procedure-market-consultation = Rinkos konsultacijos / išankstinis informacinis skelbimas
innovation-mar-nov = Naujas arba gerokai patobulintas produktas, paslauga ar procesas
innovation-proc-innov = Proceso inovacija
innovation-prod-innov = Produkto ar paslaugos inovacija
innovation-rd-act = Moksliniai tyrimai ir plėtra
currency-EUR = Euras (EUR)
currency-DKK = Danijos krona (DKK)
currency-SEK = Švedijos krona (SEK)
currency-NOK = Norvegijos krona (NOK)
status-draft = Juodraštis
status-published = Atviras
status-closed = Uždarytas
status-awarded = Sutartis skirta
status-cancelled = Nutrauktas
tender-above-threshold = Pasiekia tarptautinio pirkimo vertės ribą
tender-below-threshold = Nepasiekia tarptautinio pirkimo vertės ribos
tender-facts = Trumpai
tender-buyer = Perkančioji organizacija
tender-contact = Kontaktai
tender-published-on = Paskelbta
tender-ted-pending = Šiuo metu skelbiamas TED
tender-add-to-calendar = Įtraukti terminą į savo kalendorių
tender-open-data = Atvirieji duomenys: šis pirkimas OCDS formatu
tender-deadline-passed = terminas pasibaigęs
tender-days-left = { $count ->
    [one] liko { $count } diena
    [few] liko { $count } dienos
    [many] liko { $count } dienos
   *[other] liko { $count } dienų
}
tender-hours-left = { $count ->
    [one] liko { $count } valanda
    [few] liko { $count } valandos
    [many] liko { $count } valandos
   *[other] liko { $count } valandų
}
tender-cancelled-because = Šis pirkimas nutrauktas: { $reason }
tender-awarded-to = Sutartis skirta tiekėjui { $winner }, vertė { $value }.
tender-history = Pakeitimų istorija
tender-history-when = Kada
tender-history-field = Kas
tender-history-before = Prieš
tender-history-after = Po
tender-questions = Klausimai ir atsakymai
tender-no-questions = Atsakytų klausimų dar nėra.
tender-question-asked = Klausimas pateiktas { $date }
tender-answer = Atsakymas
tender-publish-answer = Paskelbti atsakymą
tender-ask-heading = Užduokite klausimą perkančiajai organizacijai
tender-ask-label = Jūsų klausimas
tender-ask-submit = Siųsti klausimą
tender-sign-in-to-ask = Prisijunkite kaip tiekėjas, kad galėtumėte užduoti klausimą
tender-follow-explain = Sekėjai el. paštu gauna pranešimus apie pakeitimus ir naujus atsakymus.
tender-follow = Sekti šį pirkimą
tender-unfollow = Nebesekti
tender-actions = Veiksmai
tender-your-tender = Jūsų pirkimas
tender-edit = Redaguoti juodraštį
tender-amend = Keisti pirkimą
tender-publish = Paskelbti
tender-publish-needs-verification = Skelbti galėsite, kai moderatorius patvirtins jūsų instituciją.
tender-close = Baigti priimti pasiūlymus dabar
tender-award-heading = Užregistruoti sutarties skyrimą
tender-award = Pažymėti, kad sutartis skirta
tender-cancel-heading = Nutraukti pirkimą
tender-cancel = Nutraukti pirkimą
body-tenders = Pirkimai
body-no-tenders = Paskelbtų pirkimų dar nėra.
search-label = Ieškoti pirkimų
search-words = Žodžiai
search-any = Visi
search-cpv = BVPŽ (CPV) kodas
hint-search-cpv = Kodas arba pirmieji jo skaitmenys: 45 randa visus statybos darbus.
hint-search-nuts = Regiono kodas: FI1B randa regioną Helsinki-Uusimaa ir jo subregionus.
search-threshold = Tarptautinio pirkimo vertės riba
search-status = Būsena
search-status-open = Priimami pasiūlymai
search-status-closed = Uždarytas
search-status-awarded = Sutartis skirta
search-status-cancelled = Nutrauktas
search-status-all = Visos būsenos
search-deadline = Pasiūlymų pateikimo terminas
search-from = Nuo
search-to = Iki
search-value = Numatoma vertė (EUR)
search-min = Ne mažiau kaip
search-max = Ne daugiau kaip
search-sort = Rikiavimas
search-sort-deadline = Artimiausias terminas pirmiau
search-sort-newest = Naujausi pirmiau
search-sort-value = Didžiausia vertė pirmiau
search-submit = Ieškoti
search-reset = Išvalyti paiešką
search-count = { $count ->
    [one] Rastas { $count } pirkimas
    [few] Rasti { $count } pirkimai
    [many] Rasta { $count } pirkimo
   *[other] Rasta { $count } pirkimų
}
search-nothing = Nieko nerasta. Pabandykite įvesti mažiau žodžių arba filtrų.
search-ignored = Kai kurie paieškos nustatymai nesuprasti, todėl į juos neatsižvelgiama: { $params }.
search-feed = Sekti šią paiešką naujienų skaitytuve (Atom)
search-pages = Rezultatų puslapiai
search-previous = Ankstesnis puslapis
search-next = Kitas puslapis
search-page-of = { $page } puslapis iš { $pages }
codes-cpv-title = BVPŽ (CPV) kodai
codes-cpv-intro = Ieškokite Bendrajame viešųjų pirkimų žodyne (BVPŽ, angl. CPV) pagal žodžius arba pirmuosius kodo skaitmenis ir nukopijuokite kodą į savo formą.
codes-nuts-title = NUTS regionai
codes-nuts-intro = Ieškokite šalių, kuriose veikiame, regionų pagal pavadinimą arba kodą ir nukopijuokite kodą į savo formą.
codes-query = Žodžiai arba kodas
codes-code = Kodas
codes-label = Pavadinimas
codes-count = { $count ->
    [one] Rastas { $count } rezultatas
    [few] Rasti { $count } rezultatai
    [many] Rasta { $count } rezultato
   *[other] Rasta { $count } rezultatų
}
notice-draft-saved = Juodraštis išsaugotas. Patikrinkite jį ir paskelbkite.
notice-tender-published = Pirkimas paskelbtas.
notice-tender-amended = Pakeitimas išsaugotas ir rodomas pakeitimų istorijoje.
notice-tender-closed = Pasiūlymų priėmimas šiame pirkime baigtas.
notice-tender-cancelled = Pirkimas nutrauktas.
notice-tender-awarded = Sutarties skyrimas užregistruotas.
notice-question-sent = Jūsų klausimas išsiųstas. Atsakymas bus paskelbtas čia, o mes jums pranešime el. paštu.
notice-answer-published = Atsakymas paskelbtas.
notice-following = Sekate šį pirkimą.
notice-unfollowed = Šio pirkimo nebesekate.
err-amount-invalid = Įveskite sveiką sumą skaitmenimis, pvz., 250 000.
err-amount-negative = Suma negali būti neigiama.
err-amount-too-large = Ši suma per didelė.
err-cpv-invalid = BVPŽ (CPV) kodas atrodo taip: 45210000-2 – aštuoni skaitmenys, brūkšnelis ir kontrolinis skaitmuo.
err-cpv-unknown = Tokio BVPŽ (CPV) kodo nėra. Pasirinkite kodą iš sąrašo.
err-datetime-invalid = Įveskite datą ir laiką.
err-deadline-order = Pasiūlymų pateikimo terminas turi būti vėlesnis už klausimų pateikimo terminą.
err-deadline-past = Šis terminas jau praėjo.
err-notice-required = Kai vertė siekia tarptautinio pirkimo vertės ribą, nurodykite oficialaus skelbimo adresą arba pažymėkite, kad jis šiuo metu skelbiamas TED.
err-url-invalid = Įveskite interneto adresą, prasidedantį https://
err-too-many = Per daug įrašų.
err-tender-not-editable = Šio pirkimo tokiu būdu pakeisti nebegalima.
err-tender-incomplete = Pirkimas dar neparengtas skelbti: redaguokite jį ir ištaisykite pažymėtas vietas.
err-tender-not-closed = Sutarties skyrimą galima užregistruoti tik pasibaigus pasiūlymų priėmimui.
err-questions-closed = Klausimai dėl šio pirkimo nebepriimami.
err-already-answered = Į šį klausimą jau atsakyta.
mail-tender-amended-subject = Jūsų sekamas pirkimas pakeistas: { $title }
mail-tender-amended-body =
    Sveiki, { $name },

    Perkančioji organizacija pakeitė pirkimą „{ $title }“. Kas pasikeitė, matyti pakeitimų istorijoje:

    { $link }
mail-tender-cancelled-subject = Jūsų sekamas pirkimas nutrauktas: { $title }
mail-tender-cancelled-body =
    Sveiki, { $name },

    Perkančioji organizacija nutraukė pirkimą „{ $title }“. Priežastis nurodyta pirkimo puslapyje:

    { $link }
mail-tender-awarded-subject = Jūsų sekamame pirkime skirta sutartis: { $title }
mail-tender-awarded-body =
    Sveiki, { $name },

    Perkančioji organizacija skyrė sutartį pirkime „{ $title }“:

    { $link }
mail-tender-answered-subject = Naujas atsakymas jūsų sekamame pirkime: { $title }
mail-tender-answered-body =
    Sveiki, { $name },

    Perkančioji organizacija atsakė į klausimą dėl pirkimo „{ $title }“:

    { $link }
mail-question-asked-subject = Tiekėjas uždavė klausimą: { $title }
mail-question-asked-body =
    Sveiki, { $name },

    Tiekėjas uždavė klausimą dėl pirkimo „{ $title }“. Atsakykite į jį pirkimo puslapyje; atsakymas bus paskelbtas visiems:

    { $link }
mail-question-answered-subject = Į jūsų klausimą atsakyta: { $title }
mail-question-answered-body =
    Sveiki, { $name },

    Perkančioji organizacija atsakė į jūsų klausimą dėl pirkimo „{ $title }“:

    { $link }
tender-documents = Dokumentai
tender-no-documents = Dokumentų dar nėra.
tender-upload-label = Pridėti dokumentą
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS arba ZIP, ne daugiau kaip { $max } MB. Failo tipą tikriname pagal jo turinį.
tender-upload-submit = Įkelti
tender-document-delete = Pašalinti { $name }
tender-document-delete-short = Pašalinti
tender-field-documents = Dokumentai
notice-document-added = Dokumentas pridėtas.
notice-document-removed = Dokumentas pašalintas.
err-file-required = Pasirinkite failą, kurį norite įkelti.
err-file-too-large = Šis failas per didelis. Didžiausias leidžiamas dydis – 25 MB.
err-file-type = Šis failas nėra leidžiamo formato (PDF, DOCX, XLSX, ODT, ODS arba ZIP). Tikriname failo turinį, o ne pavadinimą.
saved-title = Jūsų išsaugotos paieškos
saved-intro = Nauji pirkimai, atitinkantys išsaugotą paiešką, jums siunčiami el. paštu kartą per valandą ir rodomi paieškos naujienų sraute.
saved-empty = Išsaugotų paieškų dar neturite. Ieškokite puslapyje „Pirkimai“ ir ten išsaugokite paiešką.
saved-save-heading = Išsaugoti šią paiešką
saved-explain = Naujus atitinkančius pirkimus gausite el. paštu.
saved-name = Paieškos pavadinimas
hint-saved-name = Kad atpažintumėte ją el. laiške.
saved-default-name = Mano pirkimų paieška
saved-save = Išsaugoti paiešką
saved-since = Išsaugota { $date }
saved-show = Rodyti rezultatus
saved-delete = Ištrinti
notice-search-saved = Paieška išsaugota. Naujus atitinkančius pirkimus gausite el. paštu.
notice-search-deleted = Paieška ištrinta.
mail-saved-search-digest-subject = { $count ->
    [one] { $count } naujas pirkimas pagal paiešką „{ $search }“
    [few] { $count } nauji pirkimai pagal paiešką „{ $search }“
    [many] { $count } naujo pirkimo pagal paiešką „{ $search }“
   *[other] { $count } naujų pirkimų pagal paiešką „{ $search }“
}
mail-saved-search-digest-body =
    Sveiki, { $name },

    Jūsų išsaugotą paiešką „{ $search }“ atitinka nauji pirkimai:

    { $list }

    Visi rezultatai: { $link }
search-filters = { $count ->
    [0] Filtrai
    [one] Filtrai ({ $count } naudojamas)
    [few] Filtrai ({ $count } naudojami)
    [many] Filtrai ({ $count } naudojamo)
   *[other] Filtrai ({ $count } naudojamų)
}

## Messages
nav-messages = Žinutės
messages-unread-hidden = neskaitytos
messages-title = Žinutės
messages-intro = Jūsų organizacijos pokalbiai su kitomis organizacijomis. Juos gali skaityti ir į juos atsakyti visi jūsų organizacijos nariai.
messages-empty = Pokalbių dar nėra. Norėdami pradėti pokalbį, naudokite kontaktinę formą tiekėjo profilyje arba viešojo sektoriaus institucijos puslapyje.
messages-unread = { $count ->
    [one] { $count } neskaityta
    [few] { $count } neskaitytos
    [many] { $count } neskaitytos
   *[other] { $count } neskaitytų
}
messages-mail-heading = Pranešimai el. paštu
messages-mail-label = Pranešti man el. paštu apie naujas žinutes
messages-mail-immediately = Iš karto
messages-mail-daily = Kartą per dieną
messages-mail-never = Niekada
messages-mail-save = Išsaugoti nustatymą
messages-send = Siųsti
messages-field-subject = Tema
messages-field-body = Žinutė
messages-field-reply = Jūsų atsakymas
hint-messages-body = Paprastas tekstas, ne daugiau kaip 5000 simbolių. Žinutę gali perskaityti visi kitos organizacijos nariai.
messages-with = Pokalbis su organizacija { $org }
messages-thread = Žinutės
messages-reply-heading = Atsakyti
messages-former-member = Buvęs narys
messages-you-blocked = Užblokavote organizaciją { $org }: kol jos neatblokuosite, nė viena organizacija negalės rašyti šiame pokalbyje.
messages-they-blocked = Organizacija { $org } nepriima žinučių iš jūsų organizacijos.
messages-block-heading = Blokuoti šią organizaciją
messages-block-explain = Jūsų užblokuota organizacija nebegali rašyti jūsų organizacijai, o jūsų organizacija nebegali rašyti jai. Jei norite pranešti moderatoriams apie taisykles pažeidžiančią žinutę, praneškite apie ją.
messages-block = Blokuoti organizaciją { $org }
messages-unblock = Atblokuoti organizaciją { $org }
messages-report = Pranešti
messages-report-which = žinutė, kurią išsiuntė { $name }, { $time }
messages-report-reason = Kodėl pranešate apie šią žinutę?
hint-messages-report = Moderatoriai matys šią žinutę ir jūsų nurodytą priežastį, bet ne likusį pokalbį.
messages-report-submit = Siųsti pranešimą
reports-title = Žinutės, apie kurias pranešta
reports-empty = Žinučių, apie kurias pranešta, nėra.
reports-from = Organizacijos { $org } žinutė
reports-reporter = Pranešė
reports-reason = Priežastis
reports-when = Pranešimo laikas
reports-resolve = Išspręsta
notice-message-sent = Jūsų žinutė išsiųsta.
notice-message-reported = Ačiū. Moderatoriai peržiūrės žinutę.
notice-message-mail-saved = Jūsų el. pašto pranešimų apie žinutes nustatymas išsaugotas.
notice-organisation-blocked = Organizacija užblokuota. Dabar nė viena pusė negali siųsti žinučių.
notice-organisation-unblocked = Organizacija atblokuota.
notice-report-resolved = Pranešimas pažymėtas kaip išspręstas.
err-message-self = Negalite siųsti žinutės savo organizacijai.
err-blocked = Žinučių siuntimas tarp šių organizacijų užblokuotas.
err-recipient-unavailable = Ši organizacija negali gauti žinučių.
mail-message-received-subject = Nauja organizacijos { $org } žinutė: { $subject }
mail-message-received-body =
    Sveiki, { $name },

    Organizacija { $org } parašė jūsų organizacijai PPI Hub platformoje tema „{ $subject }“.

    Perskaitykite ir atsakykite čia: { $link }

    Kaip dažnai siunčiame jums el. laiškus apie žinutes, galite pakeisti puslapyje „Žinutės“.
mail-messages-daily-subject = { $count ->
    [one] { $count } neskaityta žinutė PPI Hub platformoje
    [few] { $count } neskaitytos žinutės PPI Hub platformoje
    [many] { $count } neskaitytos žinutės PPI Hub platformoje
   *[other] { $count } neskaitytų žinučių PPI Hub platformoje
}
mail-messages-daily-body =
    Sveiki, { $name },

    { $count ->
        [one] Jūsų laukia { $count } nauja žinutė.
        [few] Jūsų laukia { $count } naujos žinutės.
        [many] Jūsų laukia { $count } naujos žinutės.
       *[other] Jūsų laukia { $count } naujų žinučių.
    }

    Perskaitykite jas čia: { $link }

    Kaip dažnai siunčiame jums el. laiškus apie žinutes, galite pakeisti puslapyje „Žinutės“.

## Public bodies and partner posts
theme-health-care = Sveikata ir priežiūra
theme-mobility-transport = Judumas ir transportas
theme-energy-climate = Energetika ir klimatas
theme-digital-services = Skaitmeninės paslaugos
theme-construction-buildings = Statyba ir pastatai
theme-water-environment = Vanduo ir aplinka
theme-education = Švietimas
theme-food = Maistas
theme-safety-security = Sauga ir saugumas
theme-circular-economy = Žiedinė ekonomika
theme-other = Kita
partner-status-open = Atviras
partner-status-closed = Uždarytas
body-profile-title = Jūsų institucijos puslapis
body-profile-intro = Tai, ką čia parašysite, bus rodoma jūsų institucijos puslapyje, kuriame jus randa tiekėjai ir kitos viešojo sektoriaus institucijos.
body-profile-view = Peržiūrėti puslapį
body-field-contact-name = Kontaktinis asmuo pirkimų klausimais
body-field-contact-email = Kontaktinio asmens pirkimų klausimais el. pašto adresas
hint-body-contact-email = Rodomas puslapyje: tiekėjai ir kitos institucijos gali juo rašyti. Tinka bendra pašto dėžutė.
body-field-themes = Temos, kuriomis vykdote pirkimus
body-field-cpv = Jus dominantys BVPŽ (CPV) kodai
hint-body-cpv = Kelis kodus atskirkite kableliais.
body-profile-save = Išsaugoti puslapį
notice-body-profile-saved = Jūsų institucijos puslapis išsaugotas.
body-contact = Kontaktinis asmuo pirkimų klausimais
body-interests = Interesai
body-themes = Temos
body-cpv = BVPŽ (CPV) kodai
body-no-interests = Interesai dar nenurodyti.
body-partner-posts = Partnerių paieškos skelbimai
body-no-partner-posts = Atvirų partnerių paieškos skelbimų nėra.
body-edit = Redaguoti šį puslapį
body-not-public-yet = Kol jūsų institucija nepatvirtinta, šį puslapį matote tik jūs ir jūsų kolegos.
body-contact-heading = Susisiekti su šia institucija
body-contact-intro = Jūsų žinutę gaus institucijos { $body } atstovai PPI Hub platformoje. Atsakymai ateis į jūsų žinutes.
body-contact-subject = Prisistatymas: { $company }
partners-link = Partnerių paieška
partners-title = Partnerių paieška
partners-intro = Viešojo sektoriaus institucijos aprašo poreikius, kuriuos nori įsigyti kartu su kitais arba apie kuriuos nori sužinoti iš kitų. Čia raskite partnerių.
partner-search-label = Ieškoti partnerių paieškos skelbimų
partner-search-country = Institucijos šalis
partner-search-seeking = Ieškoma partnerių iš
partner-search-count = { $count ->
    [one] { $count } atviras partnerių paieškos skelbimas
    [few] { $count } atviri partnerių paieškos skelbimai
    [many] { $count } atviro partnerių paieškos skelbimo
   *[other] { $count } atvirų partnerių paieškos skelbimų
}
partner-search-nothing = Atitinkančių atvirų partnerių paieškos skelbimų nėra.
partner-new-title = Paskelbti partnerių paieškos skelbimą
partner-new-intro = Aprašykite poreikį, kurį jūsų institucija nori įsigyti kartu su kitais arba apie kurį nori sužinoti iš kitų. Kitos patvirtintos institucijos gali pareikšti susidomėjimą; kiekviena iš jų taip pradeda pokalbį su jumis.
partner-field-title = Pavadinimas
partner-field-theme = Tema
partner-field-description = Aprašymas
hint-partner-description = Ko jums reikia ir kokio partnerio ieškote? Galite naudoti Markdown: **paryškinta**, sąrašai, nuorodos.
partner-field-cpv = BVPŽ (CPV) kodas
hint-partner-cpv = Pirkimo rūšis, jei ją žinote.
partner-field-timeline = Numatomas grafikas
hint-partner-timeline = Pavyzdžiui: rinkos konsultacijos 2027 m. I ketvirtį, pirkimas 2027 m. III ketvirtį.
partner-field-countries = Partnerių ieškoma iš
hint-partner-countries = Nieko nežymėkite, jei laukiate partnerių iš bet kurios šalies.
partner-publish = Paskelbti
notice-partner-post-published = Jūsų partnerių paieškos skelbimas paskelbtas.
partner-body = Institucija
partner-published-on = Paskelbta
partner-countries-any = Bet kuri šalis
partner-actions = Dalyvavimas
partner-interest-heading = Pareikšti susidomėjimą
partner-interest-explain = Jūsų žinute bus pradėtas pokalbis su institucija { $body }.
partner-field-message = Žinutė
hint-partner-message = Pristatykite savo instituciją ir parašykite, ko tikitės iš bendradarbiavimo.
partner-interest-submit = Siųsti
partner-interest-subject = Partnerių paieškos skelbimas: { $title }
notice-interest-sent = Jūsų susidomėjimas išsiųstas. Pokalbį rasite savo žinutėse.
partner-you-are-interested = Jūsų institucija pareiškė susidomėjimą { $date }.
partner-open-conversation = Atidaryti pokalbį
partner-interested-heading = Susidomėjusios institucijos
partner-no-interest-yet = Susidomėjimo dar nepareiškė nė viena institucija.
partner-your-post = Jūsų skelbimas
partner-close = Uždaryti šį skelbimą
partner-close-explain = Uždarytas skelbimas lieka matomas, tačiau susidomėjimo juo nebegalima pareikšti.
notice-partner-post-closed = Skelbimas uždarytas.
partner-closed-note = Šis skelbimas uždarytas: susidomėjimo juo nebegalima pareikšti.
partner-sign-in-to-answer = Prisijunkite kaip patvirtinta perkančioji organizacija, kad galėtumėte pareikšti susidomėjimą
err-already-interested = Jūsų institucija jau pareiškė susidomėjimą šiuo skelbimu.
err-post-closed = Šis skelbimas uždarytas: susidomėjimo juo nebegalima pareikšti.
mail-partner-interest-subject = Institucija { $body } susidomėjo skelbimu „{ $title }“
mail-partner-interest-body =
    Sveiki, { $name },

    Institucija { $body } pareiškė susidomėjimą jūsų partnerių paieškos skelbimu „{ $title }“. Jos žinutę rasite savo žinutėse PPI Hub platformoje. Visos susidomėjusios institucijos nurodytos skelbimo puslapyje:

    { $link }

## Suppliers: profile, directory, team, dashboard, matching
nav-dashboard = Suvestinė
step-company = Įmonė
step-logo = Logotipas
step-offer = Ką siūlote
step-about = Gebėjimai
step-references = Įvykdytos sutartys
step-contact = Kontaktinis asmuo
step-review = Peržiūra ir paskelbimas
step-company-intro = Kas jūs esate: perkančiosios organizacijos pirmiausia tikrina šiuos faktus. Įmonės kodą tikriname pagal jūsų šalies registro taisykles.
step-logo-intro = Logotipas padeda perkančiosioms organizacijoms atpažinti jus kataloge. Šį žingsnį galite praleisti ir logotipą pridėti vėliau.
step-offer-intro = Ką tiekiate (BVPŽ (CPV) kodai), kur pristatote ir kokiomis kalbomis dirbate: pagal tai jus randa perkančiosios organizacijos ir automatinė atranka.
step-about-intro = Savais žodžiais: ką gebate ir ką naujo siūlote viešajam sektoriui.
step-references-intro = Ankstesnės viešųjų pirkimų sutartys parodo perkančiosioms organizacijoms, kad sugebate įvykdyti sutartis. Pridėkite tiek, kiek norite, arba kol kas nė vienos.
step-contact-intro = Į ką perkančiosios organizacijos turėtų kreiptis dėl jūsų pasiūlymo.
step-review-intro = Patikrinkite, ko dar trūksta, tada paskelbkite savo profilį tiekėjų kataloge.
profile-title = Jūsų įmonės profilis
profile-continue = Tęsti
profile-step-of = { $number } žingsnis iš { $count }: { $name }
profile-steps = Profilio žingsniai
profile-steps-done = Atlikta žingsnių: { $done } iš { $count }
profile-step-done = atlikta
profile-save-continue = Išsaugoti ir tęsti
profile-logo-alt = Įmonės { $name } logotipas
profile-logo-upload = Įkelti logotipą
profile-skip-logo = Tęsti be logotipo
profile-no-references = Sutarčių dar nenurodyta.
profile-reference-remove = Pašalinti
profile-reference-add = Pridėti sutartį
profile-hide = Paslėpti iš katalogo
profile-view-public = Peržiūrėti viešą profilį
profile-publish = Paskelbti kataloge
profile-preview = Peržiūrėti profilį
profile-publish-needs = Kad galėtumėte paskelbti profilį, užpildykite aukščiau nurodytus privalomus punktus.
profile-delete = Ištrinti profilį
profile-delete-confirm = Taip, ištrinti mūsų įmonės profilį
profile-delete-explain = Profilis ir visa jo informacija bus ištrinti visam laikui. Jūsų ir jūsų kolegų paskyros liks.
profile-percent = Profilis užpildytas { $percent } %
profile-status-is = Būsena: { $status }
profile-completeness = Profilio išsamumas
profile-item-done = atlikta
profile-item-required = trūksta (būtina norint paskelbti)
profile-item-missing = trūksta (neprivaloma)
profile-status-draft = juodraštis, neviešas
profile-status-published = paskelbtas kataloge
profile-status-hidden = paslėptas iš katalogo
complete-size = Įmonės dydis
complete-vat = PVM mokėtojo kodas
complete-year = Įkūrimo metai
complete-website = Interneto svetainė
complete-logo = Logotipas
complete-cpv = BVPŽ (CPV) kodai, pagal kuriuos tiekiate
complete-regions = Regionai, kuriuose veikiate
complete-languages = Darbo kalbos
complete-capability = Gebėjimų aprašymas
complete-innovation = Inovacijų pasiūlymas
complete-certifications = Sertifikatai
complete-references = Įvykdytos sutartys
complete-contact = Kontaktinis asmuo
size-micro = Labai maža įmonė
size-small = Maža įmonė
size-medium = Vidutinė įmonė
size-large = Didelė įmonė
size-micro-hint = mažiau nei 10 darbuotojų, apyvarta arba balansas iki 2 mln. EUR
size-small-hint = mažiau nei 50 darbuotojų, apyvarta arba balansas iki 10 mln. EUR
size-medium-hint = mažiau nei 250 darbuotojų, apyvarta iki 50 mln. EUR arba balansas iki 43 mln. EUR
size-large-hint = 250 ar daugiau darbuotojų arba viršijamos vidutinės įmonės ribos
language-en = Anglų kalba
language-da = Danų kalba
language-de = Vokiečių kalba
language-et = Estų kalba
language-fi = Suomių kalba
language-lv = Latvių kalba
language-lt = Lietuvių kalba
language-sv = Švedų kalba
language-no = Norvegų kalba
language-pl = Lenkų kalba
language-fr = Prancūzų kalba
language-es = Ispanų kalba
language-it = Italų kalba
language-nl = Nyderlandų kalba
field-vat-number = PVM mokėtojo kodas
hint-vat-number = Su šalies raidėmis, kaip nurodyta PVM mokėtojo registracijoje, pvz., FI01120389.
field-size = Įmonės dydis
hint-size = Pagal ES mažųjų ir vidutinių įmonių (MVĮ) apibrėžtį.
field-year-founded = Įkūrimo metai
field-website = Interneto svetainė
hint-website = Visas adresas, prasidedantis https://
field-logo = Logotipas
hint-logo = PNG, JPEG arba WebP paveikslėlis, ne didesnis kaip { $max } kB.
field-supplier-cpv = BVPŽ (CPV) kodai, pagal kuriuos tiekiate
hint-supplier-cpv = Įveskite žodį arba kodą ir pasirinkite iš sąrašo; pridėkite tiek kodų, kiek tinka (iki 30). Bendresni kodai atitinka daugiau pirkimų.
field-regions = Regionai, kuriuose veikiate
hint-regions = NUTS regionai arba visos šalys (pvz., FI1B, DK01, EE), atskirti kableliais.
field-all-eu = Veikiame visoje ES ir EEE
field-languages = Darbo kalbos
field-capability = Gebėjimų aprašymas
hint-capability = Ką jūsų įmonė daro ir yra padariusi: produktai, paslaugos, komanda, tiekimo pajėgumai.
field-innovation-offer = Inovacijų pasiūlymas
hint-innovation-offer = Ką naujo siūlote: produktą, metodą ar verslo modelį, kurio viešasis sektorius dar neperka.
field-certifications = Sertifikatai
hint-certifications = Pvz., ISO 9001, ISO 14001, ISO 27001, kiekvienas atskiroje eilutėje.
field-reference-buyer = Perkančioji organizacija
field-reference-year = Metai
field-reference-value = Sutarties vertė (EUR)
hint-reference-value = Sveikais eurais, pvz., 120 000.
field-reference-description = Ką tiekėte
field-contact-name = Kontaktinis asmuo
field-contact-email = Kontaktinis el. pašto adresas
field-contact-phone = Kontaktinis telefonas
field-weekly-tenders = Kartą per savaitę siųsti mums „Pirkimai jums“ el. paštu
hint-weekly-tenders = Nauji atviri pirkimai, atitinkantys jūsų profilį; šiuos laiškus galite bet kada išjungti.
field-join-company = Prašyti prisijungti prie šios įmonės, jei ji jau yra PPI Hub platformoje
hint-join-company = Jei jūsų įmonę jau užregistravo kolega, jos savininkas jus priims.
supplier-sme = MVĮ
supplier-all-eu = Visa ES ir EEE
supplier-preview = Tai peržiūra: jūsų profilis nepaskelbtas.
supplier-edit = Redaguoti profilį
supplier-references = Įvykdytos sutartys
supplier-contact = Kontaktai
supplier-sign-in-for-contact = Prisijunkite, kad matytumėte kontaktinius duomenis
supplier-contact-heading = Siųsti žinutę šiai įmonei
directory-title = Tiekėjų katalogas
directory-intro = Įmonės, norinčios dirbti su viešuoju sektoriumi: raskite jas pagal tai, ką jos tiekia, kur ir kokia kalba.
directory-your-profile = Jūsų įmonės profilis
directory-search-label = Ieškoti tiekėjų kataloge
directory-country = Įmonės šalis
directory-region = Aptarnaujamas regionas
hint-directory-region = NUTS kodas, pvz., FI1B arba DK01.
directory-sme-only = Tik mažosios ir vidutinės įmonės
directory-language = Darbo kalba
directory-nothing = Atitinkančių įmonių nėra. Pabandykite įvesti mažiau žodžių arba filtrų.
directory-count = { $count ->
    [one] Rasta { $count } įmonė
    [few] Rastos { $count } įmonės
    [many] Rasta { $count } įmonės
   *[other] Rasta { $count } įmonių
}
fit-heading = Galimai tinkami tiekėjai
fit-intro = Paskelbtos įmonės, kurių kodai, regionai ir aprašymai atitinka šį pirkimą. Praneškite joms apie jį arba pakvieskite į rinkos konsultacijas.
fit-none = Nė viena paskelbta įmonė dar neatitinka šio pirkimo kodų.
fit-unavailable = Rekomendacijos šiuo metu neprieinamos.
fit-same-main-code = Tiekia pagal pirkimo pagrindinį kodą { $code }.
fit-same-code = Tiekia pagal kodą { $code }, vieną iš pirkimo kodų.
fit-broader-main-code = Tiekia pagal kodą { $supplier }, kuris apima pirkimo pagrindinį kodą { $tender }.
fit-broader-code = Tiekia pagal kodą { $supplier }, kuris apima pirkimo kodą { $tender }.
fit-same-group = Tiekia pagal kodą { $supplier }, kuris yra toje pačioje grupėje kaip { $tender }.
fit-serves-region = Veikia sutarties vykdymo vietoje: { $region }.
fit-serves-all-eu = Veikia visoje ES ir EEE.
fit-shared-words = Įmonės aprašyme vartojami pirkimo žodžiai: { $words }.
team-title = Jūsų komanda
team-intro = Visi čia nurodyti asmenys atstovauja jūsų įmonei PPI Hub platformoje: redaguoja profilį ir atsako į žinutes.
team-people = Nariai
team-owner = savininkas
team-owners-invite = Kolegas kviečia jūsų įmonės savininkas.
team-invite = Pakviesti kolegą
team-invite-email = Kolegos el. pašto adresas
hint-team-invite = Kolega gaus prisijungimo nuorodą, galiojančią 7 dienas.
team-invite-submit = Siųsti kvietimą
team-invited-until = pakviestas, nuoroda galioja iki { $date }
team-open-invitations = Galiojantys kvietimai
team-requests = Prašymai prisijungti
team-accept = Priimti
team-decline = Atmesti
join-title = Prisijungimas prie įmonės
join-intro = Esate pakviesti prisijungti prie įmonės { $company } PPI Hub platformoje adresu { $email }.
join-submit = Prisijungti prie įmonės
join-create = Sukurti paskyrą ir prisijungti
join-have-account = Jau turite paskyrą šiuo adresu?
dashboard-title = Suvestinė
dashboard-hello = Sveiki, { $name }.
dashboard-join-waiting = Paprašėte prisijungti prie įmonės { $company }. Jos savininkui pranešta, ir jis jus priims.
dashboard-no-company = Jūsų paskyra nepriklauso jokiai įmonei.
dashboard-body-page = Jūsų institucijos puslapis
dashboard-body-profile = Redaguoti institucijos kontaktus ir interesus
dashboard-partners = Partnerių paieška
dashboard-messages = Žinutės
dashboard-profile = Jūsų įmonės profilis
dashboard-edit-profile = Redaguoti profilį
dashboard-tenders-for-you = Pirkimai jums
dashboard-no-tenders = Šiuo metu jūsų profilio neatitinka nė vienas atviras pirkimas. Pridėkite BVPŽ (CPV) kodų, kad matytumėte daugiau.
dashboard-why = Kodėl šis pirkimas?
dashboard-weekly-is-on = Naujus atitinkančius pirkimus gaunate el. paštu kartą per savaitę.
dashboard-weekly-is-off = Savaitinis el. laiškas su atitinkančiais pirkimais išjungtas.
dashboard-weekly-on = Siųsti man savaitinį el. laišką
dashboard-weekly-off = Nebesiųsti savaitinio el. laiško
err-vat-format = Įveskite PVM mokėtojo kodą su šalies raidėmis ir skaitmenimis, pvz., FI01120389 arba DK13585628.
err-year-invalid = Įveskite metus nuo 1800 iki šių metų, pvz., 2012.
err-phone-invalid = Įveskite telefono numerį iš 6–20 skaitmenų; galima naudoti tarpus, +, - ir skliaustus.
err-regions-required = Nurodykite bent vieną regioną, kuriame veikiate, arba pažymėkite visą ES.
err-company-exists = Ši įmonė jau yra PPI Hub platformoje. Pažymėkite „Prašyti prisijungti prie šios įmonės“, kad paprašytumėte jos savininko jus priimti.
err-logo-type = Šis failas nėra PNG, JPEG arba WebP paveikslėlis (tikriname jo turinį, o ne pavadinimą).
err-profile-incomplete = Trūksta kai kurių privalomų punktų: žr. sąrašą.
err-already-member = Šis asmuo jau priklauso jūsų įmonei.
err-invitation-other = Šis kvietimas skirtas kitam el. pašto adresui. Atsijunkite ir vėl atidarykite nuorodą.
err-invitation-sign-in = Paskyra šiuo adresu jau yra: pirmiausia prisijunkite, tada vėl atidarykite nuorodą.
notice-step-saved = Išsaugota. Galite čia sustoti ir tęsti vėliau.
notice-reference-added = Sutartis pridėta.
notice-reference-removed = Sutartis pašalinta.
notice-logo-saved = Logotipas išsaugotas.
notice-profile-published = Jūsų profilis paskelbtas tiekėjų kataloge.
notice-profile-hidden = Jūsų profilis paslėptas iš katalogo.
notice-profile-deleted = Profilis ištrintas.
notice-weekly-on = Savaitinis el. laiškas įjungtas.
notice-weekly-off = Savaitinis el. laiškas išjungtas.
notice-invitation-sent = Kvietimas išsiųstas.
notice-member-added = Priimta: jūsų įmonė turi naują narį.
notice-request-declined = Prašymas atmestas.
notice-joined = Sveiki prisijungę: dabar esate įmonės narys.
mail-join-request-subject = { $person } prašo prisijungti prie jūsų įmonės PPI Hub platformoje
mail-join-request-body =
    Sveiki, { $name },

    { $person } užsiregistravo PPI Hub platformoje kaip jūsų įmonės atstovas ir prašo prisijungti prie jos. Priimkite arba atmeskite prašymą savo komandos puslapyje:

    { $link }
mail-invitation-subject = Prisijunkite prie įmonės { $company } PPI Hub platformoje
mail-invitation-body =
    Sveiki,

    { $person } kviečia jus prisijungti prie įmonės { $company } PPI Hub platformoje, kur susitinka perkančiosios organizacijos ir tiekėjai. Priimkite kvietimą per 7 dienas:

    { $link }
mail-join-accepted-subject = Esate priimti į įmonę { $company } PPI Hub platformoje
mail-join-accepted-body =
    Sveiki, { $name },

    Dabar esate įmonės { $company } narys PPI Hub platformoje. Prisijunkite:

    { $link }
mail-join-declined-subject = Jūsų prašymas prisijungti prie įmonės { $company }
mail-join-declined-body =
    Sveiki, { $name },

    Įmonės { $company } savininkas atmetė jūsų prašymą prisijungti prie jos PPI Hub platformoje. Jei tai klaida, susisiekite su juo tiesiogiai.
mail-tenders-for-you-subject = { $count ->
    [one] { $count } naujas pirkimas jums PPI Hub platformoje
    [few] { $count } nauji pirkimai jums PPI Hub platformoje
    [many] { $count } naujo pirkimo jums PPI Hub platformoje
   *[other] { $count } naujų pirkimų jums PPI Hub platformoje
}
mail-tenders-for-you-body =
    Sveiki, { $name },

    Šie atviri pirkimai paskelbti šią savaitę ir gali tikti jūsų įmonei:

    { $list }

    Kodėl jie tinka, matysite savo suvestinėje; ten taip pat galite išjungti šį savaitinį el. laišką:
    { $link }
err-sender-unverified = Jūsų institucija galės pradėti pokalbius, kai moderatorius ją patvirtins. Į kitų pradėtus pokalbius galite atsakyti jau dabar.
