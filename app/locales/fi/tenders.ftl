## EU-kynnysarvot
threshold-above-works = EU-kynnysarvon ylittävä hankinta: { $value } on vähintään { $threshold }, joka on rakennusurakoiden EU-kynnysarvo ajalla { $from } – { $to }, joten hankinnassa noudatetaan EU-menettelyjä ja ilmoitus julkaistaan TEDissä.
threshold-below-works = EU-kynnysarvon alittava hankinta: { $value } on alle { $threshold }, joka on rakennusurakoiden EU-kynnysarvo ajalla { $from } – { $to }, joten EU-menettelyjä ei tarvitse noudattaa eikä ilmoitusta tarvitse julkaista TEDissä, mutta kansalliset säännöt voivat koskea hankintaa.
threshold-above-central = EU-kynnysarvon ylittävä hankinta: { $value } on vähintään { $threshold }, joka on valtion keskushallintoviranomaisten tavara- ja palveluhankintojen EU-kynnysarvo ajalla { $from } – { $to }, joten hankinnassa noudatetaan EU-menettelyjä ja ilmoitus julkaistaan TEDissä.
threshold-below-central = EU-kynnysarvon alittava hankinta: { $value } on alle { $threshold }, joka on valtion keskushallintoviranomaisten tavara- ja palveluhankintojen EU-kynnysarvo ajalla { $from } – { $to }, joten EU-menettelyjä ei tarvitse noudattaa eikä ilmoitusta tarvitse julkaista TEDissä, mutta kansalliset säännöt voivat koskea hankintaa.
threshold-above-sub-central = EU-kynnysarvon ylittävä hankinta: { $value } on vähintään { $threshold }, joka on alueellisten ja paikallisten viranomaisten sekä julkisoikeudellisten laitosten tavara- ja palveluhankintojen EU-kynnysarvo ajalla { $from } – { $to }, joten hankinnassa noudatetaan EU-menettelyjä ja ilmoitus julkaistaan TEDissä.
threshold-below-sub-central = EU-kynnysarvon alittava hankinta: { $value } on alle { $threshold }, joka on alueellisten ja paikallisten viranomaisten sekä julkisoikeudellisten laitosten tavara- ja palveluhankintojen EU-kynnysarvo ajalla { $from } – { $to }, joten EU-menettelyjä ei tarvitse noudattaa eikä ilmoitusta tarvitse julkaista TEDissä, mutta kansalliset säännöt voivat koskea hankintaa.
threshold-above-utilities = EU-kynnysarvon ylittävä hankinta: { $value } on vähintään { $threshold }, joka on erityisalojen hankintayksiköiden tavara- ja palveluhankintojen EU-kynnysarvo ajalla { $from } – { $to }, joten hankinnassa noudatetaan EU-menettelyjä ja ilmoitus julkaistaan TEDissä.
threshold-below-utilities = EU-kynnysarvon alittava hankinta: { $value } on alle { $threshold }, joka on erityisalojen hankintayksiköiden tavara- ja palveluhankintojen EU-kynnysarvo ajalla { $from } – { $to }, joten EU-menettelyjä ei tarvitse noudattaa eikä ilmoitusta tarvitse julkaista TEDissä, mutta kansalliset säännöt voivat koskea hankintaa.
threshold-above-utilities-works = EU-kynnysarvon ylittävä hankinta: { $value } on vähintään { $threshold }, joka on erityisalojen hankintayksiköiden rakennusurakoiden EU-kynnysarvo ajalla { $from } – { $to }, joten hankinnassa noudatetaan EU-menettelyjä ja ilmoitus julkaistaan TEDissä.
threshold-below-utilities-works = EU-kynnysarvon alittava hankinta: { $value } on alle { $threshold }, joka on erityisalojen hankintayksiköiden rakennusurakoiden EU-kynnysarvo ajalla { $from } – { $to }, joten EU-menettelyjä ei tarvitse noudattaa eikä ilmoitusta tarvitse julkaista TEDissä, mutta kansalliset säännöt voivat koskea hankintaa.
threshold-above-social = EU-kynnysarvon ylittävä hankinta: { $value } on vähintään { $threshold }, joka on sosiaali- ja terveyspalvelujen sekä muiden erityisten palvelujen EU-kynnysarvo ajalla { $from } – { $to }, joten hankintaan sovelletaan näiden palvelujen kevennettyä EU-menettelyä ja ilmoitus julkaistaan TEDissä.
threshold-below-social = EU-kynnysarvon alittava hankinta: { $value } on alle { $threshold }, joka on sosiaali- ja terveyspalvelujen sekä muiden erityisten palvelujen EU-kynnysarvo ajalla { $from } – { $to }, joten EU-sääntöjä ei sovelleta eikä ilmoitusta tarvitse julkaista TEDissä, mutta kansalliset säännöt voivat koskea hankintaa.
threshold-above-utilities-social = EU-kynnysarvon ylittävä hankinta: { $value } on vähintään { $threshold }, joka on erityisalojen hankintayksiköiden sosiaali- ja terveyspalvelujen sekä muiden erityisten palvelujen EU-kynnysarvo ajalla { $from } – { $to }, joten hankintaan sovelletaan näiden palvelujen kevennettyä EU-menettelyä ja ilmoitus julkaistaan TEDissä.
threshold-below-utilities-social = EU-kynnysarvon alittava hankinta: { $value } on alle { $threshold }, joka on erityisalojen hankintayksiköiden sosiaali- ja terveyspalvelujen sekä muiden erityisten palvelujen EU-kynnysarvo ajalla { $from } – { $to }, joten EU-sääntöjä ei sovelleta eikä ilmoitusta tarvitse julkaista TEDissä, mutta kansalliset säännöt voivat koskea hankintaa.

## Tarjouspyynnöt

tenders-title = Tarjouspyynnöt
tenders-intro = Itämeren alueen julkisten hankkijoiden tarjouspyynnöt – sekä EU-kynnysarvot ylittävät että ne alittavat. Hae sanoilla, alueella, CPV-koodilla ja muilla ehdoilla.
tenders-mine-title = Omat tarjouspyynnöt
tenders-mine-empty = Julkisella organisaatiollasi ei ole vielä tarjouspyyntöjä.
tender-new-title = Julkaise tarjouspyyntö
tender-new-intro = Tallenna tarjouspyyntö ensin luonnokseksi. Voit sitten tarkistaa sen ja julkaista sen. Arvio EU-kynnysarvosta päivittyy sitä mukaa kuin kirjoitat arvon.
tender-edit-title = Muokkaa luonnosta
tender-amend-title = Muuta tarjouspyyntöä
tender-amend-intro = Tämä tarjouspyyntö on julkaistu. Jokainen tallentamasi muutos näkyy sen julkisessa muutoshistoriassa, ja seuraajat saavat siitä tiedon.
tender-save-draft = Tallenna luonnos
tender-save-amendment = Tallenna muutos
tender-field-title = Otsikko
tender-field-description = Kuvaus
tender-field-contract-type = Hankintalaji
tender-field-procedure = Menettely
tender-field-innovation = Innovatiivisuus
tender-field-value = Ennakoitu arvo
tender-field-currency = Valuutta
tender-field-value-eur = Ennakoitu arvo euroina
tender-field-social-services = Sosiaali- ja terveyspalvelut tai muut erityiset palvelut
tender-field-notice-url = Virallinen ilmoitus (TED tai kansallinen portaali)
tender-field-ted-pending = Ilmoitusta julkaistaan parhaillaan TEDissä
tender-field-main-cpv = Pääasiallinen CPV-koodi
tender-field-additional-cpv = Muut CPV-koodit
tender-field-nuts = Toteutuspaikka (NUTS)
tender-field-lots = Osat
tender-field-questions-deadline = Kysymysten määräaika
tender-field-submission-deadline = Tarjousten määräaika
tender-field-contact-name = Yhteyshenkilö
tender-field-contact-email = Yhteyshenkilön sähköpostiosoite
tender-field-winner = Valittu toimittaja
tender-field-awarded-value = Sopimuksen arvo
tender-field-cancel-reason = Hankinnan keskeyttämisen syy
hint-tender-description = Markdown: # otsikko, **lihavointi**, - luettelo, [linkki](https://…).
hint-tender-innovation = eForms-koodi ”Innovaatiohankinnat” (BT-776), jos tarjouspyynnöllä hankitaan jotain uutta.
hint-tender-value = Koko summa ilman arvonlisäveroa, optiot ja jatkokaudet mukaan lukien.
hint-tender-value-eur = Tarvitaan, jos valuutta ei ole euro: EU-kynnysarvot ovat euroina.
hint-tender-social-services = Direktiivin 2014/24/EU liitteessä XIV luetelluilla palveluilla (terveys-, sosiaali-, koulutus- ja kulttuuripalvelut …) on oma, korkeampi kynnysarvo.
hint-tender-notice-url = Pakollinen EU-kynnysarvon ylittävissä hankinnoissa, ellei ilmoitusta julkaista parhaillaan TEDissä.
hint-tender-cpv = Kirjoita sana tai koodin ensimmäiset numerot ja valitse luettelosta.
hint-tender-additional-cpv = Useita koodeja pilkuilla erotettuina.
hint-tender-nuts = Kirjoita alueen nimi tai koodi ja valitse luettelosta.
hint-tender-lots = Kukin osa omalle rivilleen.
hint-tender-deadline = Paikallinen aika, aikavyöhyke { $zone }.
hint-tender-question = Kysymyksesi julkaistaan vastauksen kanssa, mutta nimeäsi ja yritystäsi ei.
picker-search-cpv = Hae CPV-luettelosta (avautuu uuteen välilehteen)
picker-search-nuts = Hae NUTS-alueista (avautuu uuteen välilehteen)
innovation-none = Ei ilmoitettu
contract-works = Rakennusurakat
contract-supplies = Tavarahankinnat
contract-services = Palveluhankinnat
procedure-open = Avoin menettely
procedure-restricted = Rajoitettu menettely
procedure-neg-w-call = Neuvottelumenettely
procedure-comp-dial = Kilpailullinen neuvottelumenettely
procedure-innovation = Innovaatiokumppanuus
procedure-pcp = Esikaupallinen hankinta
procedure-neg-wo-call = Suorahankinta (neuvottelumenettely ilman tarjouskilpailukutsua)
procedure-simplified = Kevennetty menettely EU-kynnysarvon alittaville hankinnoille
procedure-market-consultation = Markkinavuoropuhelu / ennakkoilmoitus
innovation-mar-nov = Uusi tai merkittävästi parannettu tuote, palvelu tai prosessi
innovation-proc-innov = Prosessi-innovaatio
innovation-prod-innov = Tuote- tai palveluinnovaatio
innovation-rd-act = Tutkimus- ja kehittämistoiminta
currency-EUR = Euro (EUR)
currency-DKK = Tanskan kruunu (DKK)
currency-SEK = Ruotsin kruunu (SEK)
currency-NOK = Norjan kruunu (NOK)
status-draft = Luonnos
status-published = Avoin
status-closed = Päättynyt
status-awarded = Hankintapäätös tehty
status-cancelled = Keskeytetty
tender-above-threshold = EU-kynnysarvon ylittävä
tender-below-threshold = EU-kynnysarvon alittava
tender-facts = Perustiedot
tender-buyer = Hankintayksikkö
tender-contact = Yhteystiedot
tender-published-on = Julkaistu
tender-ted-pending = Julkaistaan parhaillaan TEDissä
tender-add-to-calendar = Lisää määräaika kalenteriisi
tender-open-data = Avoin data: tämä tarjouspyyntö OCDS-muodossa
tender-deadline-passed = määräaika on päättynyt
tender-days-left = { $count } päivää jäljellä
tender-hours-left = { $count ->
    [one] 1 tunti jäljellä
   *[other] { $count } tuntia jäljellä
}
tender-cancelled-because = Tämä hankinta on keskeytetty: { $reason }
tender-awarded-to = Valittu toimittaja: { $winner }, arvo { $value }.
tender-history = Muutoshistoria
tender-history-when = Milloin
tender-history-field = Mitä
tender-history-before = Ennen
tender-history-after = Jälkeen
tender-questions = Kysymykset ja vastaukset
tender-no-questions = Kysymyksiin ei ole vielä vastattu.
tender-question-asked = Kysytty { $date }
tender-answer = Vastaus
tender-publish-answer = Julkaise vastaus
tender-ask-heading = Esitä kysymys hankintayksikölle
tender-ask-label = Kysymyksesi
tender-ask-submit = Lähetä kysymys
tender-sign-in-to-ask = Kirjaudu sisään toimittajana, niin voit esittää kysymyksen
tender-follow-explain = Seuraajat saavat sähköpostitse tiedon muutoksista ja uusista vastauksista.
tender-follow = Seuraa tätä tarjouspyyntöä
tender-unfollow = Lopeta seuraaminen
tender-actions = Toiminnot
tender-your-tender = Oma tarjouspyyntösi
tender-edit = Muokkaa luonnosta
tender-amend = Muuta tarjouspyyntöä
tender-publish = Julkaise
tender-publish-needs-verification = Voit julkaista, kun moderaattori on varmentanut julkisen organisaatiosi.
tender-close = Päätä tarjousaika nyt
tender-award-heading = Kirjaa hankintapäätös
tender-award = Merkitse hankintapäätös tehdyksi
tender-cancel-heading = Keskeytä hankinta
tender-delete-draft-heading = Poista tämä luonnos
tender-delete-draft = Poista luonnos
tender-cancel = Keskeytä hankinta
body-tenders = Tarjouspyynnöt
body-no-tenders = Ei vielä julkaistuja tarjouspyyntöjä.
search-label = Hae tarjouspyyntöjä
search-words = Hakusanat
search-any = Kaikki
search-cpv = CPV-koodi
hint-search-cpv = Koodi tai sen ensimmäiset numerot: 45 löytää kaikki rakennustyöt.
hint-search-nuts = Aluekoodi: FI1B löytää Helsinki-Uusimaan ja sen osa-alueet.
search-threshold = EU-kynnysarvo
search-status = Tila
search-status-open = Tarjousaika käynnissä
search-status-closed = Päättynyt
search-status-awarded = Hankintapäätös tehty
search-status-cancelled = Keskeytetty
search-status-all = Kaikki tilat
search-deadline = Tarjousten määräaika
search-from = Alkaen
search-to = Saakka
search-value = Ennakoitu arvo (EUR)
search-min = Vähintään
search-max = Enintään
search-sort = Järjestys
search-sort-deadline = Lähin määräaika ensin
search-sort-newest = Uusimmat ensin
search-sort-value = Suurin arvo ensin
search-submit = Hae
search-reset = Tyhjennä haku
search-count = { $count ->
    [one] Löytyi 1 tarjouspyyntö
   *[other] Löytyi { $count } tarjouspyyntöä
}
search-nothing = Mitään ei löytynyt. Kokeile vähemmillä sanoilla tai rajauksilla.
search-ignored = Joitakin hakuasetuksia ei ymmärretty, joten ne ohitetaan: { $params }.
search-feed = Seuraa tätä hakua syötteenlukijassa (Atom)
search-pages = Tulossivut
search-previous = Edellinen sivu
search-next = Seuraava sivu
search-page-of = Sivu { $page } / { $pages }
codes-cpv-title = CPV-koodit
codes-cpv-intro = Hae yhteisestä hankintanimikkeistöstä (CPV) sanoilla tai koodin ensimmäisillä numeroilla ja kopioi koodi lomakkeeseesi.
codes-nuts-title = NUTS-alueet
codes-nuts-intro = Hae palvelemiemme maiden alueita nimellä tai koodilla ja kopioi koodi lomakkeeseesi.
codes-query = Sanat tai koodi
codes-code = Koodi
codes-label = Nimi
codes-count = { $count ->
    [one] 1 osuma
   *[other] { $count } osumaa
}
notice-draft-saved = Luonnos on tallennettu. Tarkista se ja julkaise se sitten.
notice-tender-published = Tarjouspyyntö on julkaistu.
notice-tender-amended = Muutos on tallennettu, ja se näkyy muutoshistoriassa.
notice-tender-closed = Tarjousaika on päätetty.
notice-tender-cancelled = Hankinta on keskeytetty.
notice-tender-draft-deleted = Luonnos on poistettu.
notice-tender-awarded = Hankintapäätös on kirjattu.
notice-question-sent = Kysymyksesi on lähetetty. Vastaus tulee näkyviin tänne, ja ilmoitamme siitä sinulle sähköpostitse.
notice-answer-published = Vastaus on julkaistu.
notice-following = Seuraat tätä tarjouspyyntöä.
notice-unfollowed = Et enää seuraa tätä tarjouspyyntöä.
err-amount-invalid = Anna summa kokonaislukuna numeroin, esim. 250 000.
err-amount-negative = Summa ei voi olla negatiivinen.
err-amount-too-large = Summa on liian suuri.
err-cpv-invalid = CPV-koodi on muotoa 45210000-2: kahdeksan numeroa, yhdysmerkki ja tarkistusnumero.
err-cpv-unknown = Tällaista CPV-koodia ei ole. Valitse koodi luettelosta.
err-datetime-invalid = Anna päivämäärä ja kellonaika.
err-deadline-order = Tarjousten määräajan on oltava kysymysten määräajan jälkeen.
err-deadline-past = Tämä määräaika on jo mennyt.
err-notice-required = Kun hankinta ylittää EU-kynnysarvon, anna virallisen ilmoituksen osoite tai valitse, että ilmoitusta julkaistaan parhaillaan TEDissä.
err-procedure-below-threshold-only = Hankinta ylittää EU-kynnysarvon: valitse direktiivin mukainen menettely, ei kansallisen kynnysarvon alittavien hankintojen yksinkertaistettua menettelyä.
err-url-invalid = Anna verkko-osoite, joka alkaa https://
err-too-many = Liian monta kohtaa.
err-tender-not-editable = Tätä tarjouspyyntöä ei voi enää muuttaa tällä tavalla.
err-tender-incomplete = Tarjouspyyntö ei ole valmis julkaistavaksi: muokkaa sitä ja korjaa merkityt kohdat.
err-tender-not-closed = Hankintapäätöksen voi kirjata vasta, kun tarjousaika on päättynyt.
err-questions-closed = Tähän tarjouspyyntöön ei voi enää esittää kysymyksiä.
err-already-answered = Tähän kysymykseen on jo vastattu.
mail-tender-amended-subject = Seuraamaasi tarjouspyyntöä on muutettu: { $title }
mail-tender-amended-body =
    Hei { $name },

    Hankintayksikkö on muuttanut tarjouspyyntöä ”{ $title }”. Muutoshistoriasta näet, mikä muuttui:

    { $link }
mail-tender-cancelled-subject = Seuraamasi hankinta on keskeytetty: { $title }
mail-tender-cancelled-body =
    Hei { $name },

    Hankintayksikkö on keskeyttänyt hankinnan ”{ $title }”. Syy kerrotaan tarjouspyynnön sivulla:

    { $link }
mail-tender-awarded-subject = Seuraamassasi hankinnassa on tehty hankintapäätös: { $title }
mail-tender-awarded-body =
    Hei { $name },

    Hankintayksikkö on tehnyt hankintapäätöksen hankinnassa ”{ $title }”:

    { $link }
mail-tender-answered-subject = Uusi vastaus seuraamassasi tarjouspyynnössä: { $title }
mail-tender-answered-body =
    Hei { $name },

    Hankintayksikkö on vastannut kysymykseen tarjouspyynnöstä ”{ $title }”:

    { $link }
mail-question-asked-subject = Toimittaja esitti kysymyksen: { $title }
mail-question-asked-body =
    Hei { $name },

    Toimittaja on esittänyt kysymyksen tarjouspyynnöstä ”{ $title }”. Vastaa siihen tarjouspyynnön sivulla; vastaus julkaistaan kaikkien nähtäväksi:

    { $link }
mail-question-answered-subject = Kysymykseesi on vastattu: { $title }
mail-question-answered-body =
    Hei { $name },

    Hankintayksikkö on vastannut kysymykseesi tarjouspyynnöstä ”{ $title }”:

    { $link }
tender-documents = Asiakirjat
tender-no-documents = Ei vielä asiakirjoja.
tender-upload-label = Lisää asiakirja
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS tai ZIP, enintään { $max } MB. Tarkistamme tiedostotyypin tiedoston sisällöstä.
tender-upload-submit = Lataa tiedosto
tender-document-delete = Poista { $name }
tender-document-delete-short = Poista
tender-field-documents = Asiakirjat
notice-document-added = Asiakirja on lisätty.
notice-document-removed = Asiakirja on poistettu.
err-file-required = Valitse ladattava tiedosto.
err-file-too-large = Tiedosto on liian suuri. Suurin sallittu koko on 25 MB.
err-file-type = Tiedosto ei ole sallitussa muodossa (PDF, DOCX, XLSX, ODT, ODS tai ZIP). Tarkistamme tiedoston sisällön, emme sen nimeä.
saved-title = Tallennetut hakusi
saved-intro = Tallennettua hakua vastaavat uudet tarjouspyynnöt lähetetään sinulle sähköpostitse kerran tunnissa, ja ne näkyvät myös haun syötteessä.
saved-empty = Sinulla ei ole vielä tallennettuja hakuja. Tee haku Tarjouspyynnöt-sivulla ja tallenna haku siellä.
saved-save-heading = Tallenna tämä haku
saved-explain = Saat hakua vastaavat uudet tarjouspyynnöt sähköpostitse.
saved-name = Haun nimi
hint-saved-name = Niin tunnistat sen sähköpostistasi.
saved-default-name = Oma tarjouspyyntöhakuni
saved-save = Tallenna haku
saved-since = Tallennettu { $date }
saved-show = Näytä tulokset
saved-delete = Poista
notice-search-saved = Haku on tallennettu. Saat hakua vastaavat uudet tarjouspyynnöt sähköpostitse.
notice-search-deleted = Haku on poistettu.
mail-saved-search-digest-subject = { $count ->
    [one] 1 uusi tarjouspyyntö haulla ”{ $search }”
   *[other] { $count } uutta tarjouspyyntöä haulla ”{ $search }”
}
mail-saved-search-digest-body =
    Hei { $name },

    Tallennettua hakuasi ”{ $search }” vastaa uusia tarjouspyyntöjä:

    { $list }

    Kaikki tulokset: { $link }
search-filters = { $count ->
    [0] Rajaukset
    [one] Rajaukset (1 käytössä)
   *[other] Rajaukset ({ $count } käytössä)
}
