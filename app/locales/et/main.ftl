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

## Sõnumid
nav-messages = Sõnumid
messages-unread-hidden = lugemata
messages-title = Sõnumid
messages-intro = Teie organisatsiooni ja teiste organisatsioonide vahelised vestlused. Kõik teie organisatsiooni liikmed saavad neid lugeda ja neile vastata.
messages-empty = Vestlusi veel pole. Vestluse alustamiseks kasutage pakkuja profiilil või avaliku sektori asutuse lehel olevat kontaktivormi.
messages-unread = { $count ->
    [one] 1 lugemata
   *[other] { $count } lugemata
}
messages-mail-heading = E-posti teavitused
messages-mail-label = Teavita mind uutest sõnumitest e-posti teel
messages-mail-immediately = Kohe
messages-mail-daily = Kord päevas
messages-mail-never = Mitte kunagi
messages-mail-save = Salvesta seade
messages-send = Saada
messages-field-subject = Teema
messages-field-body = Sõnum
messages-field-reply = Teie vastus
hint-messages-body = Lihttekst, kuni 5000 märki. Kõik teise organisatsiooni liikmed saavad seda lugeda.
messages-with = Vestlus organisatsiooniga { $org }
messages-thread = Sõnumid
messages-reply-heading = Vastamine
messages-former-member = Endine liige
messages-you-blocked = Olete organisatsiooni { $org } blokeerinud: kumbki organisatsioon ei saa selles vestluses kirjutada, kuni te blokeeringu eemaldate.
messages-they-blocked = { $org } ei võta teie organisatsioonilt sõnumeid vastu.
messages-block-heading = Organisatsiooni blokeerimine
messages-block-explain = Blokeeritud organisatsioon ei saa enam teie organisatsioonile kirjutada ja teie organisatsioon ei saa enam sellele kirjutada. Kui sõnum rikub reegleid, teatage sellest moderaatoritele.
messages-block = Blokeeri organisatsioon { $org }
messages-unblock = Eemalda organisatsiooni { $org } blokeering
messages-report = Teata
messages-report-which = sõnum saatjalt { $name }, { $time }
messages-report-reason = Miks te sellest sõnumist teatate?
hint-messages-report = Moderaatorid näevad seda sõnumit ja teie põhjendust, kuid mitte midagi muud vestlusest.
messages-report-submit = Saada teade
reports-title = Teatatud sõnumid
reports-empty = Teatatud sõnumeid pole.
reports-from = Sõnum organisatsioonilt { $org }
reports-reporter = Teataja
reports-reason = Põhjus
reports-when = Teatamise aeg
reports-resolve = Märgi lahendatuks
notice-message-sent = Teie sõnum on saadetud.
notice-message-reported = Aitäh! Moderaatorid vaatavad sõnumi üle.
notice-message-mail-saved = Teie sõnumite e-posti seade on salvestatud.
notice-organisation-blocked = Organisatsioon on blokeeritud. Kumbki pool ei saa nüüd sõnumeid saata.
notice-organisation-unblocked = Organisatsiooni blokeering on eemaldatud.
notice-report-resolved = Teade on märgitud lahendatuks.
err-message-self = Oma organisatsioonile ei saa sõnumit saata.
err-blocked = Sõnumid nende organisatsioonide vahel on blokeeritud.
err-recipient-unavailable = See organisatsioon ei saa sõnumeid vastu võtta.
mail-message-received-subject = Uus sõnum organisatsioonilt { $org }: { $subject }
mail-message-received-body =
    Tere, { $name }!

    { $org } kirjutas teie organisatsioonile platvormil PPI Hub teemal „{ $subject }“.

    Lugege sõnumit ja vastake sellele siin: { $link }

    Seda, kui sageli teile sõnumitest e-kirju saadame, saate muuta oma sõnumite lehel.
mail-messages-daily-subject = { $count ->
    [one] 1 lugemata sõnum platvormil PPI Hub
   *[other] { $count } lugemata sõnumit platvormil PPI Hub
}
mail-messages-daily-body =
    Tere, { $name }!

    { $count ->
        [one] Teid ootab 1 uus sõnum.
       *[other] Teid ootab { $count } uut sõnumit.
    }

    Lugege siin: { $link }

    Seda, kui sageli teile sõnumitest e-kirju saadame, saate muuta oma sõnumite lehel.

## Avaliku sektori asutused ja partnerikuulutused
theme-health-care = Tervishoid ja hoolekanne
theme-mobility-transport = Liikuvus ja transport
theme-energy-climate = Energia ja kliima
theme-digital-services = Digiteenused
theme-construction-buildings = Ehitus ja hooned
theme-water-environment = Vesi ja keskkond
theme-education = Haridus
theme-food = Toit
theme-safety-security = Ohutus ja turvalisus
theme-circular-economy = Ringmajandus
theme-other = Muu
partner-status-open = Avatud
partner-status-closed = Suletud
body-profile-title = Teie asutuse leht
body-profile-intro = Siia kirjutatu kuvatakse teie asutuse lehel, kust pakkujad ja teised avaliku sektori asutused teid leiavad.
body-profile-view = Vaata lehte
body-field-contact-name = Hangete kontaktisik
body-field-contact-email = Hangete kontaktisiku e-posti aadress
hint-body-contact-email = Kuvatakse lehel: pakkujad ja teised avaliku sektori asutused võivad sellele kirjutada. Hästi sobib ühine postkast.
body-field-themes = Valdkonnad, milles hangite
body-field-cpv = CPV-koodid, mis teid huvitavad
hint-body-cpv = Eraldage mitu koodi komadega.
body-profile-save = Salvesta leht
notice-body-profile-saved = Teie asutuse leht on salvestatud.
body-contact = Hangete kontaktisik
body-interests = Huvivaldkonnad
body-themes = Valdkonnad
body-cpv = CPV-koodid
body-no-interests = Huvivaldkondi pole veel märgitud.
body-partner-posts = Partnerikuulutused
body-no-partner-posts = Avatud partnerikuulutusi pole.
body-edit = Muuda seda lehte
body-not-public-yet = Kuni teie asutus ei ole kinnitatud, näete seda lehte ainult teie ja teie kolleegid.
body-contact-heading = Võtke selle asutusega ühendust
body-contact-intro = Teie sõnum jõuab platvormil PPI Hub asutuse { $body } inimesteni. Vastused saabuvad teie sõnumitesse.
body-contact-subject = Tutvustus: { $company }
partners-link = Partnerite otsing
partners-title = Partnerite otsing
partners-intro = Avaliku sektori asutused kirjeldavad vajadusi, mida nad soovivad koos teistega hankida või mille kohta teistelt õppida. Leidke siit partnereid.
partner-search-label = Otsi partnerikuulutusi
partner-search-country = Asutuse riik
partner-search-seeking = Partnereid otsitakse riigist
partner-search-count = { $count ->
    [one] 1 avatud partnerikuulutus
   *[other] { $count } avatud partnerikuulutust
}
partner-search-nothing = Ükski avatud partnerikuulutus ei vasta otsingule.
partner-new-title = Avalda partnerikuulutus
partner-new-intro = Kirjeldage vajadust, mida teie asutus soovib koos teistega hankida või mille kohta teistelt õppida. Teised kinnitatud avaliku sektori asutused saavad huvi avaldada; iga huviavaldus alustab teiega vestlust.
partner-field-title = Pealkiri
partner-field-theme = Valdkond
partner-field-description = Kirjeldus
hint-partner-description = Mida te vajate ja millist partnerit otsite? Võite kasutada Markdowni: **paks kiri**, loendid, lingid.
partner-field-cpv = CPV-kood
hint-partner-cpv = Ostu liik, kui te seda teate.
partner-field-timeline = Ajakava
hint-partner-timeline = Näiteks: turudialoog 2027. aasta I kvartalis, hange 2027. aasta III kvartalis.
partner-field-countries = Partnereid otsitakse riikidest
hint-partner-countries = Kui ootate partnereid kõigist riikidest, ärge märkige ühtegi.
partner-publish = Avalda
notice-partner-post-published = Teie partnerikuulutus on avaldatud.
partner-body = Avaliku sektori asutus
partner-published-on = Avaldatud
partner-countries-any = Kõik riigid
partner-actions = Osalemine
partner-interest-heading = Huvi avaldamine
partner-interest-explain = Teie sõnum alustab vestlust asutusega { $body }.
partner-field-message = Sõnum
hint-partner-message = Tutvustage oma asutust ja kirjeldage, mida koostöölt loodate.
partner-interest-submit = Saada
partner-interest-subject = Partnerikuulutus: { $title }
notice-interest-sent = Teie huviavaldus on saadetud. Vestluse leiate oma sõnumitest.
partner-you-are-interested = Teie asutus avaldas huvi { $date }.
partner-open-conversation = Ava vestlus
partner-interested-heading = Huvi avaldanud asutused
partner-no-interest-yet = Ükski avaliku sektori asutus pole veel huvi avaldanud.
partner-your-post = Teie kuulutus
partner-close = Sulge see kuulutus
partner-close-explain = Suletud kuulutus jääb nähtavaks, kuid huviavaldusi see enam vastu ei võta.
notice-partner-post-closed = Kuulutus on suletud.
partner-closed-note = See kuulutus on suletud: huviavaldusi enam vastu ei võeta.
partner-sign-in-to-answer = Huvi avaldamiseks logige sisse kinnitatud avaliku sektori hankijana
err-already-interested = Teie asutus on selle kuulutuse vastu juba huvi avaldanud.
err-post-closed = See kuulutus on suletud: huviavaldusi enam vastu ei võeta.
mail-partner-interest-subject = { $body } on huvitatud kuulutusest „{ $title }“
mail-partner-interest-body =
    Tere, { $name }!

    { $body } on avaldanud huvi teie partnerikuulutuse „{ $title }“ vastu. Asutuse sõnumi leiate oma sõnumitest platvormil PPI Hub. Kõik huvi avaldanud on loetletud kuulutuse lehel:

    { $link }

## Pakkujad: profiil, kataloog, meeskond, töölaud, sobitamine
nav-dashboard = Töölaud
step-company = Ettevõte
step-logo = Logo
step-offer = Mida pakute
step-about = Võimekus
step-references = Referentsid
step-contact = Kontaktisik
step-review = Ülevaatus ja avaldamine
step-company-intro = Kes te olete: hankijad kontrollivad kõigepealt neid andmeid. Registrikoodi kontrollitakse teie riigi registri reeglite järgi.
step-logo-intro = Logo aitab hankijatel teid kataloogis ära tunda. Võite selle sammu vahele jätta ja logo hiljem lisada.
step-offer-intro = Mida te pakute (CPV-koodid), kuhu tarnite ja millistes keeltes töötate: nende andmete järgi leiavad teid hankijad ja automaatne sobitamine.
step-about-intro = Teie enda sõnadega: mida te oskate ja mida uut toote avalikule sektorile.
step-references-intro = Varasemad riigihankelepingud näitavad hankijatele, et suudate lepinguid täita. Lisage neid nii palju, kui soovite, või praegu mitte ühtegi.
step-contact-intro = Kellega peaksid hankijad teie pakkumise asjus ühendust võtma.
step-review-intro = Kontrollige, mis veel puudub, ja avaldage seejärel oma profiil pakkujate kataloogis.
profile-title = Teie ettevõtte profiil
profile-continue = Jätka
profile-step-of = Samm { $number }/{ $count }: { $name }
profile-steps = Profiili sammud
profile-steps-done = { $done }/{ $count } sammu tehtud
profile-step-done = tehtud
profile-save-continue = Salvesta ja jätka
profile-logo-alt = Ettevõtte { $name } logo
profile-logo-upload = Laadi logo üles
profile-skip-logo = Jätka ilma logota
profile-no-references = Referentse veel pole.
profile-reference-remove = Eemalda
profile-reference-add = Lisa referents
profile-hide = Peida kataloogist
profile-view-public = Vaata oma avalikku profiili
profile-publish = Avalda kataloogis
profile-preview = Profiili eelvaade
profile-publish-needs = Profiili avaldamiseks täitke ülal loetletud nõutud andmed.
profile-delete = Kustuta profiil
profile-delete-confirm = Jah, kustuta meie ettevõtte profiil
profile-delete-explain = Profiil ja kõik selles olev kustutatakse jäädavalt. Teie konto ja teie kolleegide kontod jäävad alles.
profile-percent = Profiil on { $percent }% valmis
profile-status-is = Olek: { $status }
profile-completeness = Profiili täielikkus
profile-item-done = tehtud
profile-item-required = puudub (vajalik avaldamiseks)
profile-item-missing = puudub (valikuline)
profile-status-draft = mustand, ei ole avalik
profile-status-published = kataloogis avaldatud
profile-status-hidden = kataloogist peidetud
complete-size = Ettevõtte suurus
complete-vat = Käibemaksukohustuslase number
complete-year = Asutamisaasta
complete-website = Veebisait
complete-logo = Logo
complete-cpv = CPV-koodid, mida pakute
complete-regions = Piirkonnad, mida teenindate
complete-languages = Töökeeled
complete-capability = Võimekuse kirjeldus
complete-innovation = Innovatsioonipakkumus
complete-certifications = Sertifikaadid
complete-references = Referentsid
complete-contact = Kontaktisik
size-micro = Mikroettevõte
size-small = Väikeettevõte
size-medium = Keskmise suurusega ettevõte
size-large = Suurettevõte
size-micro-hint = alla 10 töötaja, käive või bilansimaht kuni 2 miljonit eurot
size-small-hint = alla 50 töötaja, käive või bilansimaht kuni 10 miljonit eurot
size-medium-hint = alla 250 töötaja, käive kuni 50 miljonit eurot või bilansimaht kuni 43 miljonit eurot
size-large-hint = 250 või rohkem töötajat või üle keskmise suurusega ettevõtte piirmäärade
language-en = Inglise keel
language-da = Taani keel
language-de = Saksa keel
language-et = Eesti keel
language-fi = Soome keel
language-lv = Läti keel
language-lt = Leedu keel
language-sv = Rootsi keel
language-no = Norra keel
language-pl = Poola keel
language-fr = Prantsuse keel
language-es = Hispaania keel
language-it = Itaalia keel
language-nl = Hollandi keel
field-vat-number = Käibemaksukohustuslase number
hint-vat-number = Koos riigitähtedega, nagu käibemaksukohustuslasena registreerimise andmetes, nt FI01120389.
field-size = Ettevõtte suurus
hint-size = ELi väikeste ja keskmise suurusega ettevõtete (VKE) määratluse järgi.
field-year-founded = Asutamisaasta
field-website = Veebisait
hint-website = Täielik aadress, mis algab kujul https://
field-logo = Logo
hint-logo = PNG-, JPEG- või WebP-pilt, kuni { $max } kB.
field-supplier-cpv = CPV-koodid, mida pakute
hint-supplier-cpv = Sisestage sõna või kood ja valige loendist; lisage nii palju koode, kui sobib (kuni 30). Üldisemad koodid vastavad rohkematele hangetele.
field-regions = Piirkonnad, mida teenindate
hint-regions = NUTS-piirkonnad või terved riigid (nt FI1B, DK01, EE), komadega eraldatud.
field-all-eu = Teenindame kogu ELi ja EMP-d
field-languages = Töökeeled
field-capability = Võimekuse kirjeldus
hint-capability = Mida teie ettevõte teeb ja on teinud: tooted, teenused, meeskond, tarnevõime.
field-innovation-offer = Innovatsioonipakkumus
hint-innovation-offer = Mida uut te pakute: toode, meetod või ärimudel, mida avalik sektor veel ei osta.
field-certifications = Sertifikaadid
hint-certifications = Nt ISO 9001, ISO 14001, ISO 27001, igaüks eraldi real.
field-reference-buyer = Avaliku sektori hankija
field-reference-year = Aasta
field-reference-value = Lepingu maksumus (EUR)
hint-reference-value = Täiseurodes, nt 120 000.
field-reference-description = Mida te tarnisite
field-contact-name = Kontaktisik
field-contact-email = Kontaktisiku e-posti aadress
field-contact-phone = Kontaktisiku telefon
field-weekly-tenders = Saatke meile kord nädalas e-kiri „Teile sobivad hanked“
hint-weekly-tenders = Uued avatud hanked, mis sobivad teie profiiliga; saate selle igal ajal välja lülitada.
field-join-company = Soovin liituda selle ettevõttega, kui see on juba platvormil PPI Hub
hint-join-company = Kui kolleeg on teie ettevõtte juba registreerinud, laseb ettevõtte omanik teid liituda.
supplier-sme = VKE
supplier-all-eu = Kogu EL ja EMP
supplier-preview = See on eelvaade: teie profiil ei ole avaldatud.
supplier-edit = Muuda profiili
supplier-references = Referentsid
supplier-contact = Kontakt
supplier-sign-in-for-contact = Kontaktandmete nägemiseks logige sisse
supplier-contact-heading = Saatke sellele ettevõttele sõnum
directory-title = Pakkujate kataloog
directory-intro = Ettevõtted, kes soovivad teha koostööd avaliku sektoriga: leidke need selle järgi, mida, kus ja millises keeles nad pakuvad.
directory-your-profile = Teie ettevõtte profiil
directory-search-label = Otsi pakkujate kataloogist
directory-country = Ettevõtte riik
directory-region = Teenindatav piirkond
hint-directory-region = NUTS-kood, nt FI1B või DK01.
directory-sme-only = Ainult väikesed ja keskmise suurusega ettevõtted
directory-language = Töökeel
directory-nothing = Ükski ettevõte ei vasta otsingule. Proovige vähemate sõnade või filtritega.
directory-count = { $count ->
    [one] Leiti 1 ettevõte
   *[other] Leiti { $count } ettevõtet
}
fit-heading = Pakkujad, kes võivad sobida
fit-intro = Avaldatud ettevõtted, kelle koodid, piirkonnad ja kirjeldused vastavad sellele hankele. Andke neile hankest teada või kutsuge nad turudialoogi.
fit-none = Selle hanke koodidele ei vasta veel ükski avaldatud ettevõte.
fit-unavailable = Soovitused ei ole praegu saadaval.
fit-same-main-code = Pakub hanke peamist koodi { $code }.
fit-same-code = Pakub koodi { $code }, mis on üks hanke koodidest.
fit-broader-main-code = Pakub koodi { $supplier }, mis hõlmab hanke peamist koodi { $tender }.
fit-broader-code = Pakub koodi { $supplier }, mis hõlmab hanke koodi { $tender }.
fit-same-group = Pakub koodi { $supplier }, mis on koodiga { $tender } samas rühmas.
fit-serves-region = Teenindab piirkonda { $region }, kus lepingut täidetakse.
fit-serves-all-eu = Teenindab kogu ELi ja EMP-d.
fit-shared-words = Kirjeldab end hanke sõnadega: { $words }.
team-title = Teie meeskond
team-intro = Kõik siin loetletud esindavad teie ettevõtet platvormil PPI Hub: nad muudavad profiili ja vastavad sõnumitele.
team-people = Inimesed
team-owner = omanik
team-owners-invite = Kolleege kutsub teie ettevõtte omanik.
team-invite = Kolleegi kutsumine
team-invite-email = Kolleegi e-posti aadress
hint-team-invite = Kolleeg saab liitumislingi, mis kehtib 7 päeva.
team-invite-submit = Saada kutse
team-invited-until = kutsutud, link kehtib kuni { $date }
team-open-invitations = Vastamata kutsed
team-requests = Liitumissoovid
team-accept = Luba liituda
team-decline = Keeldu
join-title = Liitumine oma ettevõttega
join-intro = Teid on kutsutud liituma ettevõttega { $company } platvormil PPI Hub aadressiga { $email }.
join-submit = Liitu ettevõttega
join-create = Loo konto ja liitu
join-have-account = Kas teil on selle aadressiga juba konto?
dashboard-title = Töölaud
dashboard-hello = Tere tulemast, { $name }!
dashboard-join-waiting = Soovisite liituda ettevõttega { $company }. Selle omanikku on teavitatud ja ta laseb teid liituda.
dashboard-no-company = Teie konto ei kuulu ühelegi ettevõttele.
dashboard-body-page = Teie asutuse leht
dashboard-body-profile = Muutke oma asutuse kontaktandmeid ja huvivaldkondi
dashboard-partners = Partnerite otsing
dashboard-messages = Sõnumid
dashboard-profile = Teie ettevõtte profiil
dashboard-edit-profile = Muuda profiili
dashboard-tenders-for-you = Teile sobivad hanked
dashboard-no-tenders = Praegu ei sobi teie profiiliga ükski avatud hange. Lisage CPV-koode, et näha rohkem.
dashboard-why = Miks see hange?
dashboard-weekly-is-on = Saate uued sobivad hanked e-posti teel kord nädalas.
dashboard-weekly-is-off = Sobivate hangete iganädalane e-kiri on välja lülitatud.
dashboard-weekly-on = Saada mulle iganädalane e-kiri
dashboard-weekly-off = Lõpeta iganädalane e-kiri
err-vat-format = Sisestage käibemaksukohustuslase number riigitähtede ja numbritega, nt FI01120389 või DK13585628.
err-year-invalid = Sisestage aasta vahemikus 1800 kuni käesolev aasta, nt 2012.
err-phone-invalid = Sisestage 6–20-kohaline telefoninumber; tühikud, +, - ja sulud on lubatud.
err-regions-required = Nimetage vähemalt üks piirkond, mida teenindate, või märkige kogu EL.
err-company-exists = See ettevõte on juba platvormil PPI Hub. Märkige „Soovin liituda selle ettevõttega“, et paluda omanikult luba liituda.
err-logo-type = See fail ei ole PNG-, JPEG- ega WebP-pilt (kontrollime faili sisu, mitte nime).
err-profile-incomplete = Mõned nõutud andmed puuduvad: vaadake loendit.
err-already-member = See inimene kuulub juba teie ettevõttesse.
err-invitation-other = See kutse on mõeldud teisele e-posti aadressile. Logige välja ja avage link uuesti.
err-invitation-sign-in = Selle aadressiga konto on olemas: logige kõigepealt sisse ja avage siis link uuesti.
notice-step-saved = Salvestatud. Võite siin pooleli jätta ja hiljem jätkata.
notice-reference-added = Referents on lisatud.
notice-reference-removed = Referents on eemaldatud.
notice-logo-saved = Logo on salvestatud.
notice-profile-published = Teie profiil on pakkujate kataloogis avaldatud.
notice-profile-hidden = Teie profiil on kataloogist peidetud.
notice-profile-deleted = Profiil on kustutatud.
notice-weekly-on = Iganädalane e-kiri on sisse lülitatud.
notice-weekly-off = Iganädalane e-kiri on välja lülitatud.
notice-invitation-sent = Kutse on saadetud.
notice-member-added = Liitumine õnnestus: teie ettevõttel on uus liige.
notice-request-declined = Liitumissoovist on keeldutud.
notice-joined = Tere tulemast: kuulute nüüd ettevõttesse.
mail-join-request-subject = { $person } soovib liituda teie ettevõttega platvormil PPI Hub
mail-join-request-body =
    Tere, { $name }!

    { $person } registreerus platvormil PPI Hub teie ettevõtte nimel ja soovib sellega liituda. Lubage tal liituda või keelduge oma meeskonna lehel:

    { $link }
mail-invitation-subject = Liituge ettevõttega { $company } platvormil PPI Hub
mail-invitation-body =
    Tere!

    { $person } kutsub teid liituma ettevõttega { $company } platvormil PPI Hub, kus kohtuvad avaliku sektori hankijad ja pakkujad. Võtke kutse vastu 7 päeva jooksul:

    { $link }
mail-join-accepted-subject = Olete liitunud: { $company } platvormil PPI Hub
mail-join-accepted-body =
    Tere, { $name }!

    Kuulute nüüd platvormil PPI Hub ettevõttesse { $company }. Logige sisse:

    { $link }
mail-join-declined-subject = Teie soov liituda ettevõttega { $company }
mail-join-declined-body =
    Tere, { $name }!

    Ettevõtte { $company } omanik keeldus teie soovist liituda ettevõttega platvormil PPI Hub. Kui see on eksitus, võtke palun temaga otse ühendust.
mail-tenders-for-you-subject = { $count ->
    [one] 1 uus teile sobiv hange platvormil PPI Hub
   *[other] { $count } uut teile sobivat hanget platvormil PPI Hub
}
mail-tenders-for-you-body =
    Tere, { $name }!

    Need avatud hanked avaldati sel nädalal ja võivad teie ettevõttele sobida:

    { $list }

    Oma töölaual näete, miks need sobivad, ja saate selle iganädalase e-kirja välja lülitada:
    { $link }
err-sender-unverified = Teie asutus saab vestlusi alustada pärast seda, kui moderaator on selle kinnitanud. Teiste alustatud vestlustele saate vastata juba praegu.
