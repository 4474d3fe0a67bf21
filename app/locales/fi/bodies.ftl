## Julkiset organisaatiot ja kumppanuusilmoitukset
theme-health-care = Terveys ja hoiva
theme-mobility-transport = Liikkuminen ja liikenne
theme-energy-climate = Energia ja ilmasto
theme-digital-services = Digitaaliset palvelut
theme-construction-buildings = Rakentaminen ja rakennukset
theme-water-environment = Vesi ja ympäristö
theme-education = Koulutus
theme-food = Ruoka
theme-safety-security = Turvallisuus
theme-circular-economy = Kiertotalous
theme-other = Muu
partner-status-open = Avoin
partner-status-closed = Suljettu
body-profile-title = Julkisen organisaatiosi sivu
body-profile-intro = Tähän kirjoittamasi tiedot näkyvät julkisen organisaatiosi sivulla, josta toimittajat ja muut julkiset organisaatiot löytävät teidät.
body-profile-view = Näytä sivu
body-field-contact-name = Hankintojen yhteyshenkilö
body-field-contact-email = Hankintojen yhteyshenkilön sähköpostiosoite
hint-body-contact-email = Näkyy sivulla: toimittajat ja muut julkiset organisaatiot voivat kirjoittaa siihen. Yhteinen sähköpostilaatikko toimii hyvin.
body-field-themes = Hankintojesi teemat
body-field-cpv = Kiinnostavat CPV-koodit
hint-body-cpv = Erota useat koodit pilkuilla.
body-profile-save = Tallenna sivu
notice-body-profile-saved = Julkisen organisaatiosi sivu on tallennettu.
body-contact = Hankintojen yhteyshenkilö
body-interests = Kiinnostuksen kohteet
body-themes = Teemat
body-cpv = CPV-koodit
body-no-interests = Kiinnostuksen kohteita ei ole vielä ilmoitettu.
body-partner-posts = Kumppanuusilmoitukset
body-no-partner-posts = Ei avoimia kumppanuusilmoituksia.
body-edit = Muokkaa tätä sivua
body-not-public-yet = Vain sinä ja kollegasi näette tämän sivun, kunnes julkinen organisaatiosi on varmennettu.
body-contact-heading = Ota yhteyttä tähän julkiseen organisaatioon
body-contact-intro = Viestisi menee organisaation { $body } käyttäjille PPI Hub -palvelussa. Vastaukset tulevat viesteihisi.
body-contact-subject = Esittely: { $company }
partners-link = Kumppanihaku
partners-title = Kumppanihaku
partners-intro = Julkiset organisaatiot kuvaavat tarpeita, jotka ne haluavat hankkia yhdessä muiden kanssa tai joista ne haluavat oppia muilta. Löydä kumppaneita täältä.
partner-search-label = Hae kumppanuusilmoituksia
partner-search-country = Julkisen organisaation maa
partner-search-seeking = Kumppaneita haetaan maasta
partner-search-count = { $count ->
    [one] 1 avoin kumppanuusilmoitus
   *[other] { $count } avointa kumppanuusilmoitusta
}
partner-search-nothing = Yksikään avoin kumppanuusilmoitus ei vastaa hakua.
partner-new-title = Julkaise kumppanuusilmoitus
partner-new-intro = Kuvaa tarve, jonka julkinen organisaatiosi haluaa hankkia yhdessä muiden kanssa tai josta se haluaa oppia muilta. Muut varmennetut julkiset organisaatiot voivat ilmaista kiinnostuksensa; jokainen niistä aloittaa keskustelun kanssasi.
partner-field-title = Otsikko
partner-field-theme = Teema
partner-field-description = Kuvaus
hint-partner-description = Mitä tarvitset ja millaista kumppania etsit? Voit käyttää Markdownia: **lihavointi**, luettelot, linkit.
partner-field-cpv = CPV-koodi
hint-partner-cpv = Hankinnan laji, jos tiedät sen.
partner-field-timeline = Aikataulu
hint-partner-timeline = Esimerkiksi: markkinavuoropuhelu vuoden 2027 ensimmäisellä neljänneksellä, tarjouspyyntö vuoden 2027 kolmannella neljänneksellä.
partner-field-countries = Kumppaneita haetaan maista
hint-partner-countries = Jätä kaikki valitsematta, jos kumppanit kaikista maista ovat tervetulleita.
partner-publish = Julkaise
notice-partner-post-published = Kumppanuusilmoituksesi on julkaistu.
partner-body = Julkinen organisaatio
partner-published-on = Julkaistu
partner-countries-any = Mikä tahansa maa
partner-actions = Osallistuminen
partner-interest-heading = Ilmaise kiinnostuksesi
partner-interest-explain = Viestisi aloittaa keskustelun organisaation { $body } kanssa.
partner-field-message = Viesti
hint-partner-message = Esittele julkinen organisaatiosi ja kerro, mitä toivot yhteistyöltä.
partner-interest-submit = Lähetä
partner-interest-subject = Kumppanuusilmoitus: { $title }
notice-interest-sent = Kiinnostuksesi on välitetty. Keskustelu löytyy viesteistäsi.
partner-you-are-interested = Julkinen organisaatiosi ilmaisi kiinnostuksensa { $date }.
partner-open-conversation = Avaa keskustelu
partner-interested-heading = Kiinnostuneet julkiset organisaatiot
partner-no-interest-yet = Yksikään julkinen organisaatio ei ole vielä ilmaissut kiinnostustaan.
partner-your-post = Oma ilmoituksesi
partner-close = Sulje tämä ilmoitus
partner-close-explain = Suljettu ilmoitus pysyy näkyvissä, mutta siihen ei voi enää ilmaista kiinnostusta.
notice-partner-post-closed = Ilmoitus on suljettu.
partner-closed-note = Tämä ilmoitus on suljettu: siihen ei voi enää ilmaista kiinnostusta.
partner-sign-in-to-answer = Kirjaudu sisään varmennettuna julkisena hankkijana, niin voit ilmaista kiinnostuksesi
err-already-interested = Julkinen organisaatiosi on jo ilmaissut kiinnostuksensa tähän ilmoitukseen.
err-post-closed = Tämä ilmoitus on suljettu: siihen ei voi enää ilmaista kiinnostusta.
mail-partner-interest-subject = { $body } on kiinnostunut ilmoituksesta ”{ $title }”
mail-partner-interest-body =
    Hei { $name },

    { $body } on ilmaissut kiinnostuksensa kumppanuusilmoitukseesi ”{ $title }”. Organisaation viesti on viesteissäsi PPI Hub -palvelussa. Kaikki kiinnostuneet näkyvät ilmoituksen sivulla:

    { $link }
body-team-title = Kollegasi
body-team-intro = Julkisen organisaatiosi väki PPI Hubissa. Kutsutut kollegat liittyvät organisaation hankkijoiksi ja jakavat sen vahvistuksen: he julkaisevat tarjouspyyntöjä, vastaavat viesteihin ja näkevät toistensa edistymisen kursseilla.
body-team-verified-first = Kollegoja voi kutsua, kun moderaattori on vahvistanut julkisen organisaatiosi.
body-team-owner-invites = Kollegat kutsuu henkilö, joka rekisteröi julkisen organisaatiosi.
