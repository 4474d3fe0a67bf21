## Toimittajat: profiili, hakemisto, tiimi, työpöytä, ehdotukset
nav-dashboard = Työpöytä
step-company = Yritys
step-logo = Logo
step-offer = Mitä tarjoat
step-about = Osaaminen
step-references = Referenssit
step-contact = Yhteyshenkilö
step-review = Tarkista ja julkaise
step-company-intro = Yrityksesi perustiedot: hankkijat tarkistavat nämä ensimmäisenä. Yritystunnus tarkistetaan maasi rekisterin sääntöjen mukaan.
step-logo-intro = Logo auttaa hankkijoita tunnistamaan yrityksesi hakemistossa. Voit ohittaa tämän vaiheen ja lisätä logon myöhemmin.
step-offer-intro = Mitä toimitat (CPV-koodit), minne toimitat ja millä kielillä työskentelet: näiden tietojen perusteella hankkijat ja automaattiset ehdotukset löytävät yrityksesi.
step-about-intro = Omin sanoin: mitä osaat ja mitä uutta tuot julkiselle sektorille.
step-references-intro = Aiemmat julkiset hankintasopimukset osoittavat hankkijoille, että pystyt toimittamaan. Lisää niitä niin monta kuin haluat, tai toistaiseksi ei yhtään.
step-contact-intro = Kehen hankkijat voivat ottaa yhteyttä tarjontaasi liittyen.
step-review-intro = Tarkista, mitä vielä puuttuu, ja julkaise sitten profiilisi toimittajahakemistossa.
profile-title = Yritysprofiilisi
profile-continue = Jatka
profile-step-of = Vaihe { $number }/{ $count }: { $name }
profile-steps = Profiilin vaiheet
profile-steps-done = { $done }/{ $count } vaihetta valmiina
profile-step-done = valmis
profile-save-continue = Tallenna ja jatka
profile-logo-alt = Yrityksen { $name } logo
profile-logo-upload = Lataa logo
profile-skip-logo = Jatka ilman logoa
profile-no-references = Ei vielä referenssejä.
profile-reference-remove = Poista
profile-reference-add = Lisää referenssi
profile-hide = Piilota hakemistosta
profile-view-public = Näytä julkinen profiilisi
profile-publish = Julkaise hakemistossa
profile-preview = Esikatsele profiiliasi
profile-publish-needs = Täytä yllä olevat pakolliset kohdat, niin voit julkaista profiilisi.
profile-delete = Poista profiili
profile-delete-confirm = Kyllä, poista yrityksemme profiili
profile-delete-explain = Profiili ja kaikki sen tiedot poistetaan pysyvästi. Oma tilisi ja kollegojesi tilit säilyvät.
profile-percent = Profiili { $percent } % valmis
profile-status-is = Tila: { $status }
profile-completeness = Profiilin valmiusaste
profile-item-done = valmis
profile-item-required = puuttuu (pakollinen julkaisua varten)
profile-item-missing = puuttuu (vapaaehtoinen)
profile-status-draft = luonnos, ei julkinen
profile-status-published = julkaistu hakemistossa
profile-status-hidden = piilotettu hakemistosta
complete-size = Yrityksen koko
complete-vat = ALV-tunniste
complete-year = Perustamisvuosi
complete-website = Verkkosivusto
complete-logo = Logo
complete-cpv = CPV-koodit, joita tarjoat
complete-regions = Alueet, joilla toimit
complete-languages = Työkielet
complete-capability = Osaamiskuvaus
complete-innovation = Innovaatiotarjonta
complete-certifications = Sertifikaatit
complete-references = Referenssit
complete-contact = Yhteyshenkilö
size-micro = Mikroyritys
size-small = Pieni yritys
size-medium = Keskisuuri yritys
size-large = Suuri yritys
size-micro-hint = alle 10 työntekijää, liikevaihto tai taseen loppusumma enintään 2 miljoonaa euroa
size-small-hint = alle 50 työntekijää, liikevaihto tai taseen loppusumma enintään 10 miljoonaa euroa
size-medium-hint = alle 250 työntekijää, liikevaihto enintään 50 miljoonaa euroa tai taseen loppusumma enintään 43 miljoonaa euroa
size-large-hint = vähintään 250 työntekijää tai keskisuuren yrityksen rajat ylittävä
language-en = Englanti
language-da = Tanska
language-de = Saksa
language-et = Viro
language-fi = Suomi
language-lv = Latvia
language-lt = Liettua
language-sv = Ruotsi
language-no = Norja
language-pl = Puola
language-fr = Ranska
language-es = Espanja
language-it = Italia
language-nl = Hollanti
field-vat-number = ALV-tunniste
hint-vat-number = Maatunnuksen kanssa, kuten arvonlisäverorekisteröinnissäsi, esim. FI01120389.
field-size = Yrityksen koko
hint-size = EU:n pienten ja keskisuurten yritysten (pk-yritysten) määritelmän mukaan.
field-year-founded = Perustamisvuosi
field-website = Verkkosivusto
hint-website = Koko osoite, joka alkaa https://
field-logo = Logo
hint-logo = PNG-, JPEG- tai WebP-kuva, enintään { $max } kt.
field-supplier-cpv = CPV-koodit, joita tarjoat
hint-supplier-cpv = Kirjoita sana tai koodi ja valitse luettelosta; lisää niin monta kuin sopii (enintään 30). Yleisemmät koodit vastaavat useampia tarjouspyyntöjä.
field-regions = Alueet, joilla toimit
hint-regions = NUTS-alueita tai kokonaisia maita (esim. FI1B, DK01, EE) pilkuilla erotettuina.
field-all-eu = Toimimme koko EU:n ja ETA:n alueella
field-languages = Työkielet
field-capability = Osaamiskuvaus
hint-capability = Mitä yrityksesi tekee ja on tehnyt: tuotteet, palvelut, tiimi, toimituskyky.
field-innovation-offer = Innovaatiotarjonta
hint-innovation-offer = Mitä uutta tuot: tuote, menetelmä tai liiketoimintamalli, jota julkinen sektori ei vielä hanki.
field-certifications = Sertifikaatit
hint-certifications = Esim. ISO 9001, ISO 14001, ISO 27001, kukin omalle rivilleen.
field-reference-buyer = Julkinen hankkija
field-reference-year = Vuosi
field-reference-value = Sopimuksen arvo (EUR)
hint-reference-value = Kokonaisina euroina, esim. 120 000.
field-reference-description = Mitä toimitit
field-contact-name = Yhteyshenkilö
field-contact-email = Yhteyshenkilön sähköpostiosoite
field-contact-phone = Yhteyshenkilön puhelinnumero
field-weekly-tenders = Lähetä meille kerran viikossa sähköpostitse ”Sinulle sopivat tarjouspyynnöt”
hint-weekly-tenders = Uudet avoimet tarjouspyynnöt, jotka sopivat profiiliisi; voit lopettaa tilauksen milloin tahansa.
field-join-company = Pyydä liittymistä tähän yritykseen, jos se on jo PPI Hub -palvelussa
hint-join-company = Jos kollegasi on jo rekisteröinyt yrityksesi, yrityksen omistaja päästää sinut mukaan.
supplier-sme = pk-yritys
supplier-all-eu = Koko EU ja ETA
supplier-preview = Tämä on esikatselu: profiiliasi ei ole julkaistu.
supplier-edit = Muokkaa profiilia
supplier-references = Referenssit
supplier-contact = Yhteystiedot
supplier-sign-in-for-contact = Kirjaudu sisään, niin näet yhteystiedot
supplier-contact-heading = Lähetä tälle yritykselle viesti
directory-title = Toimittajahakemisto
directory-intro = Yritykset, jotka haluavat tehdä yhteistyötä julkisen sektorin kanssa: hae niitä sen mukaan, mitä, missä ja millä kielellä ne tarjoavat.
directory-your-profile = Yritysprofiilisi
directory-search-label = Hae toimittajahakemistosta
directory-country = Yrityksen maa
directory-region = Toiminta-alue
hint-directory-region = NUTS-koodi, esim. FI1B tai DK01.
directory-sme-only = Vain pienet ja keskisuuret yritykset
directory-language = Työkieli
directory-nothing = Yksikään yritys ei vastaa hakua. Kokeile vähemmillä sanoilla tai rajauksilla.
directory-count = { $count ->
    [one] Löytyi 1 yritys
   *[other] Löytyi { $count } yritystä
}
fit-heading = Mahdollisesti sopivat toimittajat
fit-intro = Julkaistut yritykset, joiden koodit, alueet ja kuvaukset vastaavat tätä tarjouspyyntöä. Kerro niille tarjouspyynnöstä tai kutsu ne markkinavuoropuheluun.
fit-none = Yksikään julkaistu yritys ei vielä vastaa tämän tarjouspyynnön koodeja.
fit-unavailable = Ehdotuksia ei ole juuri nyt saatavilla.
fit-same-main-code = Tarjoaa tarjouspyynnön pääasiallista koodia { $code }.
fit-same-code = Tarjoaa koodia { $code }, joka on yksi tarjouspyynnön koodeista.
fit-broader-main-code = Tarjoaa koodia { $supplier }, joka kattaa tarjouspyynnön pääasiallisen koodin { $tender }.
fit-broader-code = Tarjoaa koodia { $supplier }, joka kattaa tarjouspyynnön koodin { $tender }.
fit-same-group = Tarjoaa koodia { $supplier }, joka on samassa ryhmässä kuin { $tender }.
fit-serves-region = Toimii alueella { $region }, jolla sopimus toteutetaan.
fit-serves-all-eu = Toimii koko EU:n ja ETA:n alueella.
fit-shared-words = Kuvaa itseään tarjouspyynnön sanoilla: { $words }.
team-title = Tiimisi
team-intro = Kaikki tässä luetellut edustavat yritystäsi PPI Hub -palvelussa: he muokkaavat profiilia ja vastaavat viesteihin.
team-people = Henkilöt
team-owner = omistaja
team-owners-invite = Yrityksesi omistaja kutsuu kollegoita.
team-invite = Kutsu kollega
team-invite-email = Kollegan sähköpostiosoite
hint-team-invite = Kollega saa liittymislinkin, joka on voimassa 7 päivää.
team-invite-submit = Lähetä kutsu
team-invited-until = kutsuttu, linkki voimassa { $date } asti
team-open-invitations = Avoimet kutsut
team-requests = Liittymispyynnöt
team-accept = Hyväksy
team-decline = Hylkää
join-title = Liity kollegoidesi joukkoon
join-intro = Sinut on kutsuttu liittymään yritykseen { $company } PPI Hub -palvelussa osoitteella { $email }.
join-submit = Liity
join-create = Luo tili ja liity
join-have-account = Onko sinulla jo tili tällä osoitteella?
dashboard-title = Työpöytä
dashboard-hello = Tervetuloa, { $name }!
dashboard-join-waiting = Pyysit liittymistä yritykseen { $company }. Yrityksen omistajalle on ilmoitettu, ja hän päästää sinut mukaan.
dashboard-no-company = Tilisi ei kuulu mihinkään yritykseen.
dashboard-body-page = Julkisen organisaatiosi sivu
dashboard-body-profile = Muokkaa julkisen organisaatiosi yhteystietoja ja kiinnostuksen kohteita
dashboard-partners = Kumppanihaku
dashboard-messages = Viestit
dashboard-profile = Yritysprofiilisi
dashboard-edit-profile = Muokkaa profiilia
dashboard-tenders-for-you = Sinulle sopivat tarjouspyynnöt
dashboard-no-tenders = Yksikään avoin tarjouspyyntö ei juuri nyt sovi profiiliisi. Lisää CPV-koodeja, niin näet enemmän.
dashboard-why = Miksi tämä tarjouspyyntö?
dashboard-weekly-is-on = Saat uudet sopivat tarjouspyynnöt sähköpostitse kerran viikossa.
dashboard-weekly-is-off = Viikoittainen sähköposti sopivista tarjouspyynnöistä on pois käytöstä.
dashboard-weekly-on = Lähetä minulle viikoittainen sähköposti
dashboard-weekly-off = Lopeta viikoittainen sähköposti
err-vat-format = Anna ALV-tunniste maatunnuksen ja numeroiden kanssa, esim. FI01120389 tai DK13585628.
err-year-invalid = Anna vuosi väliltä 1800 – kuluva vuosi, esim. 2012.
err-phone-invalid = Anna puhelinnumero, jossa on 6–20 numeroa; välilyönnit, +, - ja sulkeet ovat sallittuja.
err-regions-required = Anna vähintään yksi alue, jolla toimit, tai valitse koko EU.
err-company-exists = Tämä yritys on jo PPI Hub -palvelussa. Valitse ”Pyydä liittymistä tähän yritykseen”, niin pyyntö menee yrityksen omistajalle.
err-logo-type = Tiedosto ei ole PNG-, JPEG- tai WebP-kuva (tarkistamme tiedoston sisällön, emme sen nimeä).
err-profile-incomplete = Joitakin pakollisia kohtia puuttuu: katso luettelo.
err-already-member = Tämä henkilö kuuluu jo yritykseesi.
err-invitation-other = Tämä kutsu on lähetetty toiseen sähköpostiosoitteeseen. Kirjaudu ulos ja avaa linkki uudelleen.
err-invitation-sign-in = Tällä osoitteella on jo tili: kirjaudu ensin sisään ja avaa linkki sitten uudelleen.
notice-step-saved = Tallennettu. Voit lopettaa tähän ja jatkaa myöhemmin.
notice-reference-added = Referenssi on lisätty.
notice-reference-removed = Referenssi on poistettu.
notice-logo-saved = Logo on tallennettu.
notice-profile-published = Profiilisi on julkaistu toimittajahakemistossa.
notice-profile-hidden = Profiilisi on piilotettu hakemistosta.
notice-profile-deleted = Profiili on poistettu.
notice-weekly-on = Viikoittainen sähköposti on käytössä.
notice-weekly-off = Viikoittainen sähköposti on pois käytöstä.
notice-invitation-sent = Kutsu on lähetetty.
notice-member-added = Hän on nyt mukana: yritykselläsi on uusi jäsen.
notice-request-declined = Pyyntö on hylätty.
notice-joined = Tervetuloa: kuulut nyt organisaatiosi väkeen PPI Hubissa.
mail-join-request-subject = { $person } pyytää liittymistä yritykseesi PPI Hub -palvelussa
mail-join-request-body =
    Hei { $name },

    { $person } rekisteröityi PPI Hub -palveluun yrityksesi nimissä ja pyytää liittymistä yritykseen. Hyväksy tai hylkää pyyntö tiimisivullasi:

    { $link }
mail-invitation-subject = Liity yritykseen { $company } PPI Hub -palvelussa
mail-invitation-body =
    Hei,

    { $person } kutsuu sinut liittymään yritykseen { $company } PPI Hub -palvelussa, jossa julkiset hankkijat ja toimittajat kohtaavat. Hyväksy kutsu 7 päivän kuluessa:

    { $link }
mail-join-accepted-subject = Olet mukana: { $company } PPI Hub -palvelussa
mail-join-accepted-body =
    Hei { $name },

    Kuulut nyt yritykseen { $company } PPI Hub -palvelussa. Kirjaudu sisään:

    { $link }
mail-join-declined-subject = Pyyntösi liittyä yritykseen { $company }
mail-join-declined-body =
    Hei { $name },

    Yrityksen { $company } omistaja hylkäsi pyyntösi liittyä yritykseen PPI Hub -palvelussa. Jos kyseessä on virhe, ota yhteyttä suoraan omistajaan.
mail-tenders-for-you-subject = { $count ->
    [one] 1 uusi sinulle sopiva tarjouspyyntö PPI Hub -palvelussa
   *[other] { $count } uutta sinulle sopivaa tarjouspyyntöä PPI Hub -palvelussa
}
mail-tenders-for-you-body =
    Hei { $name },

    Nämä avoimet tarjouspyynnöt julkaistiin tällä viikolla, ja ne voivat sopia yrityksellesi:

    { $list }

    Työpöydältäsi näet, miksi ne sopivat, ja voit myös lopettaa tämän viikoittaisen sähköpostin:
    { $link }
err-sender-unverified = Organisaatiosi voi aloittaa keskusteluja, kun moderaattori on vahvistanut sen. Muiden aloittamiin keskusteluihin voit vastata jo nyt.
supplier-public-cpv = Mitä yritys toimittaa (CPV)
supplier-public-regions = Missä yritys toimii
dashboard-body-pending = { $body } odottaa moderaattorin varmennusta. Voit jo nyt valmistella tarjouspyyntöjä luonnoksina ja julkaista ne, kun organisaatio on varmennettu.
dashboard-body-rejected = Moderaattori ei varmentanut organisaatiota { $body }; saamasi sähköposti kertoo syyn. Voit edelleen valmistella luonnoksia.
dashboard-body-verified = { $body } on varmennettu julkinen organisaatio: voit julkaista tarjouspyyntöjä ja kumppanuusilmoituksia.
dashboard-attention = Odottaa sinua
dashboard-questions-waiting = Vastaamattomat kysymykset ({ $count }): { $title }
dashboard-unread = Lukemattomat viestit: { $count }
dashboard-interest = Kiinnostus avoimiin kumppanuusilmoituksiisi: { $count }
dashboard-nothing-waiting = Mikään ei odota sinua.
dashboard-your-tenders = Tarjouspyyntösi
dashboard-all-tenders = Kaikki tarjouspyyntösi
dashboard-suggestions-hint = Jokaisen tarjouspyyntösi sivulla on toimittajat, jotka voisivat sopia, perusteluineen.
