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
body-team-title = Teie kolleegid
body-team-intro = Teie avaliku asutuse inimesed PPI Hubis. Kutsutud kolleegid liituvad asutuse hankijatena ja jagavad selle kinnitust: nad avaldavad hankeid, vastavad sõnumitele ja näevad üksteise edenemist kursustel.
body-team-verified-first = Kolleege saab kutsuda siis, kui moderaator on teie avaliku asutuse kinnitanud.
body-team-owner-invites = Kolleege kutsub inimene, kes teie avaliku asutuse registreeris.
