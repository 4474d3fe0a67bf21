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
