## Vormingud
format-date = { $day }. { $month } { $year }
format-datetime = { $date } kell { $time } UTC
format-datetime-zoned = { $date } kell { $time }
format-group-separator = { "\u00A0" }
month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember

## Lehe raam
skip-to-content = Mine sisu juurde
nav-label = Peamenüü
nav-tenders = Hanked
nav-suppliers = Pakkujad
nav-knowledge = Teadmised
nav-courses = Kursused
nav-assistant = Assistent
nav-sign-in = Logi sisse
nav-sign-up = Registreeru
nav-sign-out = Logi välja
nav-account = Minu konto
nav-moderation = Modereerimine
nav-outbox = Väljuvad kirjad
language-label = Keel
footer-tagline = PPI Hub – innovaatilised riigihanked Läänemere piirkonnas.
footer-accessibility = Ligipääsetavuse teatis
footer-privacy = Privaatsus
choose = Vali…

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
home-status-text = Kontod avaliku sektori hankijatele ja pakkujatele, avaliku sektori asutuste kinnitamine ja kasutajaliides seitsmes keeles. Hanked, pakkujate kataloog, teadmuskeskus, kursused ja assistent lisanduvad hiljem.

## Veel valmimata osad
upcoming-not-yet = See osa ei ole veel saadaval.
upcoming-tenders = Siin avaldavad kinnitatud avaliku sektori hankijad hankeid ning pakkujad saavad neid otsida teksti, CPV-koodi, piirkonna ja ELi piirmäära järgi.
upcoming-suppliers = Siin leiavad hankijad pakkujaid selle järgi, mida nad pakuvad ja kus nad tegutsevad.
upcoming-knowledge = Siit leiate lõpetatud innovatsioonihanked ja praktilised materjalid.
upcoming-courses = Siin saate läbida innovatsioonihangete iseõppekursusi ja jälgida oma edenemist.
upcoming-assistant = Siin vastab assistent teadmuskeskuse põhjal küsimustele innovatsioonihangete kohta ja viitab oma allikatele.

## Vormid
field-optional = (valikuline)
field-name = Teie nimi
field-email = E-posti aadress
field-password = Parool
field-new-password = Uus parool
field-current-password = Praegune parool
field-new-email = Uus e-posti aadress
field-public-body = Avaliku sektori asutus
field-company = Ettevõtte nimi
field-organisation-name = Nimi
field-country = Riik
field-body-type = Asutuse liik
field-nuts = Piirkond (NUTS)
field-registration-number = Registrikood
hint-password = Vähemalt 12 märki. Mõni omavahel seostamata sõna annab tugeva parooli.
hint-body-type = Sellest sõltub, millised ELi piirmäärad teie hangetele kehtivad.
hint-nuts = Kus teie asutus asub. Valige võimalikult täpne piirkond.
hint-registration-number = Nagu valitud riigi äriregistris, nt HRB 12345 Saksamaal. Kontrollime numbrit selle riigi reeglite järgi.
hint-moderation-reason = Vajalik tagasilükkamisel: hankija saab põhjenduse e-postiga.

## Vead väljadel
err-required = Palun täitke see väli.
err-email-invalid = Sisestage e-posti aadress kujul name@example.com.
err-password-short = Parool peab olema vähemalt 12 märki pikk.
err-password-long = Parool võib olla kuni 256 märki pikk.
err-password-common = See parool on üks levinumaid. Valige mõni muu.
err-too-long = See on liiga pikk.
err-control-chars = Eemaldage nähtamatud juhtmärgid.
err-choice = Valige üks võimalustest.
err-nuts-invalid = Valige piirkond loendist.
err-nuts-country = See piirkond ei asu valitud riigis.
err-nuts-unknown = Sellist piirkonda ei ole. Valige üks loendist.
err-registration-invalid = Kirjutage number nii, nagu see on äriregistris: tähed, numbrid, tühikud ja - / .
err-registration-format-dk = Taani CVR-number koosneb 8 numbrist ega alga nulliga.
err-registration-format-de = Sisestage registrinumber, nt HRB 12345 (või HRA, GnR, PR, VR, GsR), või käibemaksukohustuslase number: DE ja 9 numbrit.
err-registration-format-ee = Registrikood koosneb 8 numbrist.
err-registration-format-fi = Soome ettevõtte tunnus (Y-tunnus) koosneb 7 numbrist, sidekriipsust ja kontrollnumbrist, nt 1234567-1.
err-registration-format-lv = Läti registreerimisnumber koosneb 11 numbrist.
err-registration-format-lt = Leedu ettevõtte kood (įmonės kodas) koosneb 9 numbrist.
err-registration-format-no = Norra organisatsiooninumber koosneb 9 numbrist.
err-registration-format-se = Rootsi organisatsiooninumber koosneb 10 numbrist, nt 556123-4567.
err-registration-checksum = Kontrollnumber ei klapi. Kontrollige, kas numbris on trükiviga.
err-registration-se-entity = See paistab olevat Rootsi isikukood. Ettevõtte organisatsiooninumbri kolmas number on 2 või suurem.
err-confirm-delete = Kinnitamiseks märkige ruut.
err-credentials = E-posti aadress või parool on vale.
err-password-wrong = Parool on vale.
err-email-unverified = Palun kinnitage kõigepealt oma e-posti aadress. Saatsime teile uue lingi.
err-rate-limited = Liiga palju katseid. Oodake mõni minut ja proovige uuesti.
err-network = Serveriga ei saanud ühendust. Kontrollige oma võrguühendust ja proovige uuesti.
err-link-invalid = See link on vigane või aegunud. Küsige uus link.

## Teated pärast toimingut
notice-signed-out = Olete välja logitud.
notice-signup-sent = Aitäh! Saatsime teie e-posti aadressile lingi. Avage see, et aadress kinnitada, ja logige seejärel sisse.
notice-email-verified = Teie e-posti aadress on kinnitatud. Nüüd saate sisse logida.
notice-reset-sent = Kui selle aadressiga on seotud konto, saatsime sinna lingi uue parooli valimiseks.
notice-password-reset = Teie uus parool on salvestatud. Logige sellega sisse.
notice-password-changed = Teie parool on muudetud. Teised seansid on välja logitud.
notice-email-change-sent = Saatsime uuele aadressile lingi. Teie aadress muutub, kui te selle avate.
notice-email-changed = Teie e-posti aadress on muudetud.
notice-profile-saved = Teie andmed on salvestatud.
notice-account-deleted = Teie konto ja isikuandmed on kustutatud.
notice-decision-saved = Otsus on salvestatud ja hankijat on teavitatud.
notice-link-invalid = See link on vigane või aegunud. Küsige uus link.

## Registreerumine ja sisselogimine
signup-title = Registreerumine
signup-intro = Looge tasuta konto. Valige endale sobiv konto liik.
signup-buyer-heading = Hangin avaliku sektori asutuse jaoks
signup-buyer-text = Kohalikud omavalitsused, piirkondlikud asutused, ametid, ministeeriumid ja võrgustikusektori ettevõtted. Moderaator kinnitab teie asutuse, enne kui saate hankeid avaldada.
signup-buyer-action = Registreeru avaliku sektori hankijana
signup-supplier-heading = Müün avalikule sektorile
signup-supplier-text = Igas suuruses ettevõtted, eelkõige väikesed ja keskmise suurusega ettevõtted.
signup-supplier-action = Registreeru pakkujana
signup-have-account = Kas teil on juba konto?
signup-buyer-title = Registreerumine avaliku sektori hankijana
signup-buyer-explain = Rääkige meile endast ja oma asutusest. Kui olete oma e-posti aadressi kinnitanud, kontrollib ja kinnitab moderaator teie asutuse.
signup-supplier-title = Registreerumine pakkujana
signup-supplier-explain = Rääkige meile endast ja oma ettevõttest. Ettevõtte profiili täidate pärast sisselogimist.
signup-submit = Loo konto
signin-title = Sisselogimine
signin-submit = Logi sisse
signin-forgot = Unustasite parooli?
signin-no-account = Teil pole veel kontot?
forgot-title = Unustatud parool
forgot-intro = Sisestage oma e-posti aadress ja me saadame teile lingi uue parooli valimiseks. Link töötab üks kord ja ühe tunni jooksul.
forgot-submit = Saada link
reset-title = Uue parooli valimine
reset-submit = Salvesta uus parool
reset-invalid = See link on vigane või aegunud.
reset-ask-again = Küsi uus link

## Konto
account-title = Minu konto
account-you = Teie profiil
account-role = Roll
account-since = Liige alates
account-staff-note = Te modereerite sellel platvormil avaliku sektori asutusi.
account-organisation = Teie organisatsioon
account-verification = Kinnitamine
verification-pending = Ootab moderaatori kinnitust. Saate hankeid avaldada, kui teie asutus on kinnitatud.
verification-verified = Kinnitatud
verification-rejected = Ei ole kinnitatud: { $reason }
account-edit = Andmete muutmine
account-save = Salvesta
account-change-email = Muuda e-posti aadressi
account-change-email-intro = Saadame uuele aadressile lingi. Muudatus jõustub, kui te selle avate.
account-change-password = Muuda parooli
account-data = Teie andmed
account-data-intro = Laadige kõik, mida me teie kohta talletame, alla JSON-failina.
account-data-download = Laadi minu andmed alla
account-delete = Konto kustutamine
account-delete-intro = See kustutab teie konto ja isikuandmed jäädavalt. Teie organisatsioon jääb alles, kui kolleegid seda kasutavad.
account-delete-confirm = Saan aru, et seda ei saa tagasi võtta.
account-delete-submit = Kustuta minu konto
role-buyer = Avaliku sektori hankija
role-supplier = Pakkuja
role-moderator = Moderaator
role-admin = Administraator

## Modereerimine
moderation-title = Kinnitamist ootavad avaliku sektori asutused
moderation-intro = Kontrollige, et iga asutus on avaliku sektori hankija ja et isik kuulub selle asutuse juurde. Seejärel kinnitage asutus või lükake see tagasi.
moderation-empty = Ükski avaliku sektori asutus ei oota kinnitamist.
moderation-count = { $count ->
    [one] { $count } avaliku sektori asutus ootab kinnitamist.
   *[other] { $count } avaliku sektori asutust ootab kinnitamist.
}
moderation-contact = Kontaktisik
moderation-registered = Registreeritud
moderation-decision = Otsus
moderation-verify = Kinnita
moderation-reject = Lükka tagasi
moderation-reason = Põhjendus
moderation-submit = Salvesta otsus

## Väljuvad kirjad
outbox-title = Väljuvad kirjad
outbox-intro = Kõik platvormi saadetud e-kirjad, uusimad eespool. Kui SMTP-serverit pole, jäävad kirjad siia.
outbox-empty = E-kirju veel pole.
outbox-to = Saaja
outbox-when = Loodud
outbox-status = Olek
outbox-status-queued = Järjekorras
outbox-status-sent = Saadetud
outbox-status-failed = Ebaõnnestus
outbox-status-logged = Hoitakse siin (SMTP-serverit pole)

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

## Rahvusvahelised piirmäärad
threshold-above-works = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-works = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-central = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on keskvalitsusasutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-central = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on keskvalitsusasutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-sub-central = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on piirkondlike ja kohalike omavalitsuste ning avalik-õiguslike asutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-sub-central = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on piirkondlike ja kohalike omavalitsuste ning avalik-õiguslike asutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-utilities = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on võrgustikusektori hankijate asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-utilities = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on võrgustikusektori hankijate asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-utilities-works = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on võrgustikusektori hankijate ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-utilities-works = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on võrgustikusektori hankijate ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-social = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega kohaldub nendele teenustele ELi lihtsustatud kord ja teade avaldatakse TEDis.
threshold-below-social = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ELi reeglid ei kohaldu ja teadet ei pea TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-utilities-social = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on võrgustikusektori hankijate sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega kohaldub nendele teenustele ELi lihtsustatud kord ja teade avaldatakse TEDis.
threshold-below-utilities-social = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on võrgustikusektori hankijate sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ELi reeglid ei kohaldu ja teadet ei pea TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.

## Vealehed
error-home-link = Mine avalehele
error-400-title = Päringus on viga
error-400-text = Vormi andmeid ei õnnestunud lugeda. Minge tagasi ja proovige uuesti.
error-403-title = Pole lubatud
error-403-text = Teil pole selleks õigust. Kui arvate, et peaks olema, logige sisse õige kontoga.
error-404-title = Lehte ei leitud
error-404-text = Sellel aadressil pole lehte. Kontrollige aadressi või alustage avalehelt.
error-405-title = Siin pole see võimalik
error-405-text = See aadress ei võta sellist päringut vastu.
error-413-title = Liiga suur
error-413-text = Saadetu on suurem, kui me vastu võtame.
error-415-title = Toetamata vorming
error-415-text = Saadetu on vormingus, mida me vastu ei võta.
error-429-title = Liiga palju päringuid
error-429-text = Palun oodake mõni minut ja proovige uuesti.
error-500-title = Midagi läks valesti
error-500-text = Meie poolel tekkis viga. Palun proovige hetke pärast uuesti.

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

## E-kirjad
mail-verify-subject = PPI Hub: kinnitage oma e-posti aadress
mail-verify-body =
    Tere, { $name }!

    Palun kinnitage oma e-posti aadress, avades selle lingi (see kehtib 48 tundi):

    { $link }

    Kui te ei registreerunud platvormil PPI Hub, jätke see kiri tähelepanuta.
mail-account-exists-subject = PPI Hub: keegi üritas teie aadressiga registreeruda
mail-account-exists-body =
    Tere, { $name }!

    Keegi üritas luua platvormil PPI Hub kontot selle e-posti aadressiga, millega on juba konto olemas. Kui see olite teie, logige siin sisse. Kui olete parooli unustanud, valige „Unustasite parooli?“:

    { $link }

    Kui see ei olnud teie, ei pea te midagi tegema.
mail-reset-subject = PPI Hub: valige uus parool
mail-reset-body =
    Tere, { $name }!

    Avage see link, et valida uus parool (see töötab üks kord ja ühe tunni jooksul):

    { $link }

    Kui te seda ei taotlenud, jätke see kiri tähelepanuta – teie parool jääb samaks.
mail-password-changed-subject = PPI Hub: teie parool on muudetud
mail-password-changed-body =
    Tere, { $name }!

    Teie konto parool platvormil PPI Hub muudeti äsja. Kui see ei olnud teie, lähtestage kohe oma parool ja võtke meiega ühendust.

    { $link }
mail-change-email-subject = PPI Hub: kinnitage oma uus e-posti aadress
mail-change-email-body =
    Tere, { $name }!

    Avage see link, et sellest aadressist saaks teie konto aadress platvormil PPI Hub (link kehtib 24 tundi):

    { $link }

    Kui te seda ei taotlenud, jätke see kiri tähelepanuta.
mail-email-changed-subject = PPI Hub: teie e-posti aadress on muudetud
mail-email-changed-body =
    Tere, { $name }!

    Teie konto platvormil PPI Hub kasutab nüüd aadressi { $email }. Kui see ei olnud teie, võtke kohe meiega ühendust.
mail-body-verified-subject = PPI Hub: { $body } on kinnitatud
mail-body-verified-body =
    Tere, { $name }!

    Moderaator kinnitas asutuse { $body }. Nüüd saate platvormil PPI Hub hankeid avaldada.

    { $link }
mail-body-rejected-subject = PPI Hub: asutust { $body } ei õnnestunud kinnitada
mail-body-rejected-body =
    Tere, { $name }!

    Moderaator ei saanud kinnitada, et { $body } on avaliku sektori asutus. Esitatud põhjendus:

    { $reason }

    Kui arvate, et tegemist on veaga, vastake sellele kirjale.

## Hanked

tenders-title = Hanked
tenders-intro = Läänemere piirkonna avaliku sektori hankijate hanked nii üle kui ka alla rahvusvahelise piirmäära. Otsige sõnade, piirkonna, CPV-koodi ja muu järgi.
tenders-mine-title = Teie hanked
tenders-mine-empty = Teie asutusel pole veel hankeid.
tender-new-title = Avalda hange
tender-new-intro = Salvestage hange kõigepealt mustandina, seejärel saate seda kontrollida ja selle avaldada. Hinnang rahvusvahelise piirmäära kohta uueneb maksumuse sisestamise ajal.
tender-edit-title = Muuda mustandit
tender-amend-title = Muuda hanget
tender-amend-intro = See hange on avaldatud. Iga salvestatud muudatus kuvatakse hanke avalikus muudatuste ajaloos ja jälgijaid teavitatakse.
tender-save-draft = Salvesta mustand
tender-save-amendment = Salvesta muudatus
tender-field-title = Pealkiri
tender-field-description = Kirjeldus
tender-field-contract-type = Lepingu liik
tender-field-procedure = Menetluse liik
tender-field-innovation = Innovatsiooni liik
tender-field-value = Eeldatav maksumus
tender-field-currency = Valuuta
tender-field-value-eur = Eeldatav maksumus eurodes
tender-field-social-services = Sotsiaal- või muud eriteenused
tender-field-notice-url = Ametlik hanketeade (TED või riiklik portaal)
tender-field-ted-pending = Teadet avaldatakse praegu TEDis
tender-field-main-cpv = Peamine CPV-kood
tender-field-additional-cpv = Täiendavad CPV-koodid
tender-field-nuts = Täitmise koht (NUTS)
tender-field-lots = Hanke osad
tender-field-questions-deadline = Küsimuste esitamise tähtaeg
tender-field-submission-deadline = Pakkumuste esitamise tähtaeg
tender-field-contact-name = Kontaktisik
tender-field-contact-email = Kontaktisiku e-posti aadress
tender-field-winner = Edukas pakkuja
tender-field-awarded-value = Lepingu maksumus
tender-field-cancel-reason = Hanke tühistamise põhjus
hint-tender-description = Markdown: # pealkiri, **paks kiri**, - loend, [link](https://…).
hint-tender-innovation = eFormsi kood „Innovatsioonihange“ (BT-776), kui hankega ostetakse midagi uut.
hint-tender-value = Kogusumma ilma käibemaksuta, koos täiendavate hankevõimaluste ja pikendamistega.
hint-tender-value-eur = Vajalik, kui valuuta ei ole euro: rahvusvahelised piirmäärad on eurodes.
hint-tender-social-services = Direktiivi 2014/24/EL XIV lisas nimetatud teenustel (tervishoiu-, sotsiaal-, haridus-, kultuuriteenused …) on oma, kõrgem piirmäär.
hint-tender-notice-url = Nõutav üle rahvusvahelise piirmäära, välja arvatud juhul, kui teadet alles avaldatakse TEDis.
hint-tender-cpv = Sisestage sõna või koodi esimesed numbrid ja valige loendist.
hint-tender-additional-cpv = Mitu koodi, komadega eraldatud.
hint-tender-nuts = Sisestage piirkonna nimi või kood ja valige loendist.
hint-tender-lots = Iga osa eraldi real.
hint-tender-deadline = Kohalik aeg, ajavöönd { $zone }.
hint-tender-question = Teie küsimus avaldatakse koos vastusega, teie nimi ja ettevõte mitte.
picker-search-cpv = Otsi CPV-loendist (avaneb uuel vahelehel)
picker-search-nuts = Otsi NUTS-piirkondi (avaneb uuel vahelehel)
innovation-none = Märkimata
contract-works = Ehitustööd
contract-supplies = Asjad
contract-services = Teenused
procedure-open = Avatud hankemenetlus
procedure-restricted = Piiratud hankemenetlus
procedure-neg-w-call = Konkurentsipõhine läbirääkimistega hankemenetlus
procedure-comp-dial = Võistlev dialoog
procedure-innovation = Innovatsioonipartnerlus
procedure-pcp = Kommertsialiseerimiseelne hange
procedure-neg-wo-call = Väljakuulutamiseta läbirääkimistega hankemenetlus
procedure-simplified = Lihthange (alla rahvusvahelise piirmäära)
procedure-market-consultation = Turu-uuring / eelteade
innovation-mar-nov = Uus või oluliselt täiustatud toode, teenus või protsess
innovation-proc-innov = Protsessiinnovatsioon
innovation-prod-innov = Toote- või teenuseinnovatsioon
innovation-rd-act = Teadus- ja arendustegevus
currency-EUR = Euro (EUR)
currency-DKK = Taani kroon (DKK)
currency-SEK = Rootsi kroon (SEK)
currency-NOK = Norra kroon (NOK)
status-draft = Mustand
status-published = Avatud
status-closed = Suletud
status-awarded = Leping sõlmitud
status-cancelled = Tühistatud
tender-above-threshold = Üle rahvusvahelise piirmäära
tender-below-threshold = Alla rahvusvahelise piirmäära
tender-facts = Ülevaade
tender-buyer = Hankija
tender-contact = Kontakt
tender-published-on = Avaldatud
tender-ted-pending = Avaldamisel TEDis
tender-add-to-calendar = Lisa tähtaeg oma kalendrisse
tender-open-data = Avaandmed: see hange OCDS-vormingus
tender-deadline-passed = tähtaeg on möödunud
tender-days-left = jäänud { $count } päeva
tender-hours-left = { $count ->
    [one] jäänud 1 tund
   *[other] jäänud { $count } tundi
}
tender-cancelled-because = See hange on tühistatud: { $reason }
tender-awarded-to = Leping sõlmiti pakkujaga { $winner }, maksumus { $value }.
tender-history = Muudatuste ajalugu
tender-history-when = Millal
tender-history-field = Mis
tender-history-before = Enne
tender-history-after = Pärast
tender-questions = Küsimused ja vastused
tender-no-questions = Vastatud küsimusi veel pole.
tender-question-asked = Küsimus, esitatud { $date }
tender-answer = Vastus
tender-publish-answer = Avalda vastus
tender-ask-heading = Esitage hankijale küsimus
tender-ask-label = Teie küsimus
tender-ask-submit = Saada küsimus
tender-sign-in-to-ask = Küsimuse esitamiseks logige sisse pakkujana
tender-follow-explain = Jälgijad saavad e-posti teel teada muudatustest ja uutest vastustest.
tender-follow = Jälgi seda hanget
tender-unfollow = Lõpeta jälgimine
tender-actions = Toimingud
tender-your-tender = Teie hange
tender-edit = Muuda mustandit
tender-amend = Muuda hanget
tender-publish = Avalda
tender-publish-needs-verification = Saate avaldada, kui moderaator on teie asutuse kinnitanud.
tender-close = Lõpeta pakkumuste vastuvõtmine kohe
tender-award-heading = Lepingu sõlmimise märkimine
tender-award = Märgi leping sõlmituks
tender-cancel-heading = Hanke tühistamine
tender-cancel = Tühista hange
body-tenders = Hanked
body-no-tenders = Avaldatud hankeid veel pole.
search-label = Hangete otsing
search-words = Sõnad
search-any = Kõik
search-cpv = CPV-kood
hint-search-cpv = Kood või selle esimesed numbrid: 45 leiab kõik ehitustööd.
hint-search-nuts = Piirkonna kood: FI1B leiab Helsingi-Uusimaa ja selle alampiirkonnad.
search-threshold = Rahvusvaheline piirmäär
search-status = Olek
search-status-open = Pakkumusi võetakse vastu
search-status-closed = Suletud
search-status-awarded = Leping sõlmitud
search-status-cancelled = Tühistatud
search-status-all = Kõik olekud
search-deadline = Pakkumuste esitamise tähtaeg
search-from = Alates
search-to = Kuni
search-value = Eeldatav maksumus (EUR)
search-min = Vähemalt
search-max = Kõige rohkem
search-sort = Järjestus
search-sort-deadline = Lähim tähtaeg eespool
search-sort-newest = Uuemad eespool
search-sort-value = Suurim maksumus eespool
search-submit = Otsi
search-reset = Tühjenda otsing
search-count = { $count ->
    [one] Leiti 1 hange
   *[other] Leiti { $count } hanget
}
search-nothing = Midagi ei leitud. Proovige vähemate sõnade või filtritega.
search-ignored = Mõnest otsinguseadest ei saadud aru ja neid ei arvestata: { $params }.
search-feed = Jälgi seda otsingut uudistelugejas (Atom)
search-pages = Tulemuste leheküljed
search-previous = Eelmine lehekülg
search-next = Järgmine lehekülg
search-page-of = Lehekülg { $page } / { $pages }
codes-cpv-title = CPV-koodid
codes-cpv-intro = Otsige ühtsest riigihangete klassifikaatorist (CPV) sõnade või koodi esimeste numbrite järgi ja kopeerige kood oma vormi.
codes-nuts-title = NUTS-piirkonnad
codes-nuts-intro = Otsige meie teenindatavate riikide piirkondi nime või koodi järgi ja kopeerige kood oma vormi.
codes-query = Sõnad või kood
codes-code = Kood
codes-label = Nimetus
codes-count = { $count ->
    [one] 1 vaste
   *[other] { $count } vastet
}
notice-draft-saved = Mustand on salvestatud. Kontrollige seda ja avaldage see seejärel.
notice-tender-published = Hange on avaldatud.
notice-tender-amended = Muudatus on salvestatud ja kuvatakse muudatuste ajaloos.
notice-tender-closed = Hankes on pakkumuste vastuvõtmine lõpetatud.
notice-tender-cancelled = Hange on tühistatud.
notice-tender-awarded = Lepingu sõlmimine on märgitud.
notice-question-sent = Teie küsimus on saadetud. Vastus ilmub siia ja anname teile sellest e-posti teel teada.
notice-answer-published = Vastus on avaldatud.
notice-following = Te jälgite seda hanget.
notice-unfollowed = Te ei jälgi enam seda hanget.
err-amount-invalid = Sisestage täissumma numbritega, nt 250 000.
err-amount-negative = Summa ei tohi olla negatiivne.
err-amount-too-large = See summa on liiga suur.
err-cpv-invalid = CPV-kood on kujul 45210000-2: kaheksa numbrit, sidekriips ja kontrollnumber.
err-cpv-unknown = Sellist CPV-koodi ei ole. Valige kood loendist.
err-datetime-invalid = Sisestage kuupäev ja kellaaeg.
err-deadline-order = Pakkumuste esitamise tähtaeg peab olema hiljem kui küsimuste esitamise tähtaeg.
err-deadline-past = See tähtaeg on juba möödunud.
err-notice-required = Üle rahvusvahelise piirmäära sisestage ametliku hanketeate aadress või märkige, et teadet avaldatakse praegu TEDis.
err-url-invalid = Sisestage veebiaadress, mis algab kujul https://
err-too-many = Liiga palju kirjeid.
err-tender-not-editable = Seda hanget ei saa enam sel viisil muuta.
err-tender-incomplete = Hange ei ole avaldamiseks valmis: muutke seda ja parandage märgitud kohad.
err-tender-not-closed = Lepingu sõlmimise saab märkida alles siis, kui pakkumuste vastuvõtmine on lõpetatud.
err-questions-closed = Selle hanke kohta ei saa enam küsimusi esitada.
err-already-answered = Sellele küsimusele on juba vastatud.
mail-tender-amended-subject = Hanget, mida jälgite, on muudetud: { $title }
mail-tender-amended-body =
    Tere, { $name }!

    Hankija on muutnud hanget „{ $title }“. Muudatuste ajaloost näete, mis muutus:

    { $link }
mail-tender-cancelled-subject = Hange, mida jälgite, on tühistatud: { $title }
mail-tender-cancelled-body =
    Tere, { $name }!

    Hankija on tühistanud hanke „{ $title }“. Põhjus on kirjas hanke lehel:

    { $link }
mail-tender-awarded-subject = Hankes, mida jälgite, on leping sõlmitud: { $title }
mail-tender-awarded-body =
    Tere, { $name }!

    Hankija on sõlminud hankes „{ $title }“ lepingu:

    { $link }
mail-tender-answered-subject = Uus vastus hankes, mida jälgite: { $title }
mail-tender-answered-body =
    Tere, { $name }!

    Hankija on vastanud küsimusele hanke „{ $title }“ kohta:

    { $link }
mail-question-asked-subject = Pakkuja esitas küsimuse: { $title }
mail-question-asked-body =
    Tere, { $name }!

    Pakkuja on esitanud küsimuse hanke „{ $title }“ kohta. Vastake sellele hanke lehel; vastus avaldatakse kõigile:

    { $link }
mail-question-answered-subject = Teie küsimusele on vastatud: { $title }
mail-question-answered-body =
    Tere, { $name }!

    Hankija on vastanud teie küsimusele hanke „{ $title }“ kohta:

    { $link }
tender-documents = Dokumendid
tender-no-documents = Dokumente veel pole.
tender-upload-label = Lisa dokument
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS või ZIP, kuni { $max } MB. Failitüüpi kontrollime faili sisu järgi.
tender-upload-submit = Laadi üles
tender-document-delete = Eemalda dokument { $name }
tender-document-delete-short = Eemalda
tender-field-documents = Dokumendid
notice-document-added = Dokument on lisatud.
notice-document-removed = Dokument on eemaldatud.
err-file-required = Valige üleslaaditav fail.
err-file-too-large = See fail on liiga suur. Lubatud on kuni 25 MB.
err-file-type = See fail ei ole lubatud vormingus (PDF, DOCX, XLSX, ODT, ODS või ZIP). Kontrollime faili sisu, mitte nime.
saved-title = Teie salvestatud otsingud
saved-intro = Uued hanked, mis vastavad salvestatud otsingule, saadetakse teile e-posti teel kord tunnis ja need ilmuvad ka otsingu uudisvoogu.
saved-empty = Teil pole veel salvestatud otsinguid. Otsige lehel „Hanked“ ja salvestage otsing seal.
saved-save-heading = Salvesta see otsing
saved-explain = Uued sobivad hanked saadetakse teile e-posti teel.
saved-name = Otsingu nimi
hint-saved-name = Et tunneksite selle e-kirjas ära.
saved-default-name = Minu hangete otsing
saved-save = Salvesta otsing
saved-since = Salvestatud { $date }
saved-show = Näita tulemusi
saved-delete = Kustuta
notice-search-saved = Otsing on salvestatud. Uued sobivad hanked saadetakse teile e-posti teel.
notice-search-deleted = Otsing on kustutatud.
mail-saved-search-digest-subject = { $count ->
    [one] Otsingule „{ $search }“ vastab 1 uus hange
   *[other] Otsingule „{ $search }“ vastab { $count } uut hanget
}
mail-saved-search-digest-body =
    Tere, { $name }!

    Teie salvestatud otsingule „{ $search }“ vastavad uued hanked:

    { $list }

    Kõik tulemused: { $link }
search-filters = { $count ->
    [0] Filtrid
    [one] Filtrid (1 kasutusel)
   *[other] Filtrid ({ $count } kasutusel)
}
