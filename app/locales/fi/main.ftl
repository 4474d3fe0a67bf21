## Muotoilut
format-date = { $day }. { $month } { $year }
format-datetime = { $date } klo { $time } UTC
format-datetime-zoned = { $date } klo { $time }
format-group-separator = { "\u00A0" }
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta

## Sivun kehys
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-tenders = Tarjouspyynnöt
nav-suppliers = Toimittajat
nav-knowledge = Tietopankki
nav-courses = Kurssit
nav-assistant = Avustaja
nav-sign-in = Kirjaudu sisään
nav-sign-up = Rekisteröidy
nav-sign-out = Kirjaudu ulos
nav-account = Oma tili
nav-moderation = Moderointi
nav-outbox = Lähtevät viestit
language-label = Kieli
footer-tagline = PPI Hub – innovatiiviset julkiset hankinnat Itämeren alueella.
footer-accessibility = Saavutettavuusseloste
footer-privacy = Tietosuoja
choose = Valitse…

## Etusivu
home-tagline = innovatiiviset julkiset hankinnat
home-title = Hankitaan innovaatioita yhdessä
home-lead = PPI Hub on paikka, jossa Itämeren alueen julkiset hankkijat ja innovatiiviset yritykset kohtaavat, julkaisevat ja löytävät tarjouspyyntöjä sekä oppivat hankkimaan innovaatioita.
home-buyers-heading = Julkisille hankkijoille
home-buyers-1 = Julkaise tarjouspyyntöjä sekä EU-kynnysarvot ylittävistä että alittavista hankinnoista – myös avoimena datana.
home-buyers-2 = Tapaa toimittajia, joita et muuten olisi tavannut.
home-buyers-3 = Löydä muiden maiden julkisia organisaatioita, joiden kanssa voit tehdä yhteishankintoja.
home-buyers-4 = Opi toteutuneista innovatiivisista hankinnoista ja itseopiskelukursseilla.
home-suppliers-heading = Toimittajille
home-suppliers-1 = Luo profiili, jonka hankkijat löytävät koko alueelta.
home-suppliers-2 = Löydä yrityksellesi sopivat tarjouspyynnöt ja tilaa hakuvahteja.
home-suppliers-3 = Kysy hankkijoilta ennen kuin jätät tarjouksen.
home-suppliers-4 = Esittele yrityksesi uudet tuotteet ja palvelut.
home-status-heading = Mikä toimii jo nyt
home-status-text = Tilit julkisille hankkijoille ja toimittajille, julkisten organisaatioiden varmennus ja käyttöliittymä seitsemällä kielellä. Tarjouspyynnöt, toimittajahakemisto, tietopankki, kurssit ja avustaja tulevat myöhemmin.

## Osiot, jotka ovat vielä tekeillä
upcoming-not-yet = Tämä osio ei ole vielä käytettävissä.
upcoming-tenders = Täällä varmennetut julkiset hankkijat julkaisevat tarjouspyyntöjä, ja toimittajat voivat hakea niitä tekstin, CPV-koodin, alueen ja EU-kynnysarvon perusteella.
upcoming-suppliers = Täällä hankkijat löytävät toimittajia sen perusteella, mitä nämä tarjoavat ja missä ne toimivat.
upcoming-knowledge = Täältä löydät toteutuneita innovatiivisia hankintoja ja käytännön materiaaleja.
upcoming-courses = Täällä voit suorittaa innovatiivisten hankintojen itseopiskelukursseja ja seurata edistymistäsi.
upcoming-assistant = Täällä avustaja vastaa innovatiivisia hankintoja koskeviin kysymyksiin tietopankin pohjalta ja kertoo lähteensä.

## Lomakkeet
field-optional = (vapaaehtoinen)
field-name = Nimesi
field-email = Sähköpostiosoite
field-password = Salasana
field-new-password = Uusi salasana
field-current-password = Nykyinen salasana
field-new-email = Uusi sähköpostiosoite
field-public-body = Julkinen organisaatio
field-company = Yrityksen nimi
field-organisation-name = Nimi
field-country = Maa
field-body-type = Julkisen organisaation tyyppi
field-nuts = Alue (NUTS)
field-registration-number = Yritystunnus
hint-password = Vähintään 12 merkkiä. Muutama toisiinsa liittymätön sana muodostaa vahvan salasanan.
hint-body-type = Tämä ratkaisee, mitkä EU-kynnysarvot koskevat tarjouspyyntöjäsi.
hint-nuts = Missä julkinen organisaatiosi sijaitsee. Valitse mahdollisimman tarkka alue.
hint-registration-number = Kuten valitsemasi maan yritysrekisterissä, esim. HRB 12345 Saksassa. Tarkistamme tunnuksen kyseisen maan sääntöjen mukaan.
hint-moderation-reason = Pakollinen hylättäessä: hankkija saa perustelun sähköpostitse.

## Kenttien virheet
err-required = Täytä tämä kenttä.
err-email-invalid = Anna sähköpostiosoite muodossa name@example.com.
err-password-short = Salasanassa on oltava vähintään 12 merkkiä.
err-password-long = Salasanassa voi olla enintään 256 merkkiä.
err-password-common = Tämä salasana on yleisimpien joukossa. Valitse toinen.
err-too-long = Tämä on liian pitkä.
err-control-chars = Poista näkymättömät ohjausmerkit.
err-choice = Valitse jokin vaihtoehdoista.
err-nuts-invalid = Valitse alue luettelosta.
err-nuts-country = Tämä alue ei ole valitsemassasi maassa.
err-nuts-unknown = Tätä aluetta ei ole olemassa. Valitse alue luettelosta.
err-registration-invalid = Kirjoita tunnus niin kuin se on yritysrekisterissä: kirjaimia, numeroita, välilyöntejä ja - / .
err-registration-format-dk = Tanskalaisessa CVR-numerossa on 8 numeroa, eikä se ala nollalla.
err-registration-format-de = Anna rekisterinumero, esim. HRB 12345 (tai HRA, GnR, PR, VR, GsR), tai arvonlisäverotunniste: DE ja 9 numeroa.
err-registration-format-ee = Virolaisessa rekisterikoodissa on 8 numeroa.
err-registration-format-fi = Y-tunnuksessa on 7 numeroa, yhdysmerkki ja tarkistusnumero, esim. 1234567-1.
err-registration-format-lv = Latvialaisessa rekisterinumerossa on 11 numeroa.
err-registration-format-lt = Liettualaisessa yritystunnuksessa (įmonės kodas) on 9 numeroa.
err-registration-format-no = Norjalaisessa organisaationumerossa on 9 numeroa.
err-registration-format-se = Ruotsalaisessa organisaationumerossa on 10 numeroa, esim. 556123-4567.
err-registration-checksum = Tarkistusnumero ei täsmää. Tarkista, onko tunnuksessa kirjoitusvirhe.
err-registration-se-entity = Tämä näyttää ruotsalaiselta henkilötunnukselta. Yrityksen organisaationumerossa kolmas numero on 2 tai suurempi.
err-confirm-delete = Vahvista valitsemalla valintaruutu.
err-credentials = Sähköpostiosoite tai salasana on väärin.
err-password-wrong = Salasana on väärin.
err-email-unverified = Vahvista ensin sähköpostiosoitteesi. Lähetimme sinulle uuden linkin.
err-rate-limited = Liian monta yritystä. Odota muutama minuutti ja yritä uudelleen.
err-network = Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteytesi ja yritä uudelleen.
err-link-invalid = Linkki on virheellinen tai vanhentunut. Pyydä uusi linkki.

## Ilmoitukset toiminnon jälkeen
notice-signed-out = Olet kirjautunut ulos.
notice-signup-sent = Kiitos! Lähetimme linkin sähköpostiosoitteeseesi. Vahvista osoite avaamalla linkki ja kirjaudu sitten sisään.
notice-email-verified = Sähköpostiosoitteesi on vahvistettu. Voit nyt kirjautua sisään.
notice-reset-sent = Jos osoitteella on tili, lähetimme siihen linkin, jolla voit valita uuden salasanan.
notice-password-reset = Uusi salasanasi on asetettu. Kirjaudu sisään sillä.
notice-password-changed = Salasanasi on vaihdettu. Muut istunnot on kirjattu ulos.
notice-email-change-sent = Lähetimme linkin uuteen osoitteeseen. Osoitteesi vaihtuu, kun avaat linkin.
notice-email-changed = Sähköpostiosoitteesi on vaihdettu.
notice-profile-saved = Tietosi on tallennettu.
notice-account-deleted = Tilisi ja henkilötietosi on poistettu.
notice-decision-saved = Päätös on tallennettu, ja hankkijalle on ilmoitettu siitä.
notice-link-invalid = Linkki on virheellinen tai vanhentunut. Pyydä uusi linkki.

## Rekisteröityminen ja kirjautuminen
signup-title = Rekisteröidy
signup-intro = Luo maksuton tili. Valitse sinulle sopiva tilityyppi.
signup-buyer-heading = Hankin julkiselle organisaatiolle
signup-buyer-text = Kunnat, hyvinvointialueet, virastot, ministeriöt sekä vesi-, energia- ja liikennelaitokset. Moderaattori varmentaa julkisen organisaatiosi ennen kuin voit julkaista tarjouspyyntöjä.
signup-buyer-action = Rekisteröidy julkiseksi hankkijaksi
signup-supplier-heading = Myyn julkiselle sektorille
signup-supplier-text = Kaikenkokoiset yritykset, erityisesti pienet ja keskisuuret.
signup-supplier-action = Rekisteröidy toimittajaksi
signup-have-account = Onko sinulla jo tili?
signup-buyer-title = Rekisteröidy julkiseksi hankkijaksi
signup-buyer-explain = Kerro meille itsestäsi ja julkisesta organisaatiostasi. Kun olet vahvistanut sähköpostiosoitteesi, moderaattori varmentaa organisaation.
signup-supplier-title = Rekisteröidy toimittajaksi
signup-supplier-explain = Kerro meille itsestäsi ja yrityksestäsi. Täydennät yritysprofiilin, kun olet kirjautunut sisään.
signup-submit = Luo tili
signin-title = Kirjaudu sisään
signin-submit = Kirjaudu sisään
signin-forgot = Unohditko salasanasi?
signin-no-account = Eikö sinulla ole vielä tiliä?
forgot-title = Unohtunut salasana
forgot-intro = Anna sähköpostiosoitteesi, niin lähetämme sinulle linkin, jolla voit valita uuden salasanan. Linkki toimii kerran ja tunnin ajan.
forgot-submit = Lähetä linkki
reset-title = Valitse uusi salasana
reset-submit = Tallenna uusi salasana
reset-invalid = Linkki on virheellinen tai vanhentunut.
reset-ask-again = Pyydä uusi linkki

## Tili
account-title = Oma tili
account-you = Omat tiedot
account-role = Rooli
account-since = Jäsen alkaen
account-staff-note = Moderoit julkisia organisaatioita tällä alustalla.
account-organisation = Organisaatiosi
account-verification = Varmennus
verification-pending = Odottaa moderaattoria. Voit julkaista tarjouspyyntöjä, kun julkinen organisaatiosi on varmennettu.
verification-verified = Varmennettu
verification-rejected = Ei varmennettu: { $reason }
account-edit = Muokkaa tietojasi
account-save = Tallenna
account-change-email = Vaihda sähköpostiosoite
account-change-email-intro = Lähetämme linkin uuteen osoitteeseen. Muutos tulee voimaan, kun avaat linkin.
account-change-password = Vaihda salasana
account-data = Tallennetut tietosi
account-data-intro = Lataa kaikki sinusta tallentamamme tiedot JSON-tiedostona.
account-data-download = Lataa tietoni
account-delete = Poista tili
account-delete-intro = Tämä poistaa tilisi ja henkilötietosi pysyvästi. Organisaatiosi säilyy, jos kollegasi käyttävät sitä.
account-delete-confirm = Ymmärrän, että tätä ei voi perua.
account-delete-submit = Poista tilini
role-buyer = Julkinen hankkija
role-supplier = Toimittaja
role-moderator = Moderaattori
role-admin = Ylläpitäjä

## Moderointi
moderation-title = Varmennettavat julkiset organisaatiot
moderation-intro = Tarkista, että kukin organisaatio on hankintayksikkö ja että henkilö kuuluu siihen. Varmenna tai hylkää organisaatio sen jälkeen.
moderation-empty = Yksikään julkinen organisaatio ei odota.
moderation-count = { $count ->
    [one] { $count } julkinen organisaatio odottaa.
   *[other] { $count } julkista organisaatiota odottaa.
}
moderation-contact = Yhteyshenkilö
moderation-registered = Rekisteröity
moderation-decision = Päätös
moderation-verify = Varmenna
moderation-reject = Hylkää
moderation-reason = Perustelu
moderation-submit = Tallenna päätös

## Lähtevät viestit
outbox-title = Lähtevät viestit
outbox-intro = Kaikki alustan lähettämät sähköpostit uusimmasta alkaen. Ilman SMTP-palvelinta viestit jäävät tänne.
outbox-empty = Ei vielä sähköposteja.
outbox-to = Vastaanottaja
outbox-when = Luotu
outbox-status = Tila
outbox-status-queued = Jonossa
outbox-status-sent = Lähetetty
outbox-status-failed = Epäonnistui
outbox-status-logged = Säilytetään täällä (ei SMTP-palvelinta)

## Viitetiedot
country-dk = Tanska
country-ee = Viro
country-fi = Suomi
country-de = Saksa
country-lv = Latvia
country-lt = Liettua
country-no = Norja
country-se = Ruotsi
body-type-central-government = Valtion keskushallintoviranomainen
body-type-regional-local = Alueellinen tai paikallinen viranomainen
body-type-public-law-body = Julkisoikeudellinen laitos
body-type-utility = Erityisalojen hankintayksikkö (vesi, energia, liikenne, postipalvelut)

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

## Virhesivut
error-home-link = Siirry etusivulle
error-400-title = Pyynnössä on jotain vikaa
error-400-text = Lomakkeen tietoja ei voitu lukea. Palaa takaisin ja yritä uudelleen.
error-403-title = Ei sallittu
error-403-text = Sinulla ei ole oikeutta tähän. Jos mielestäsi sinulla pitäisi olla, kirjaudu sisään oikealla tilillä.
error-404-title = Sivua ei löytynyt
error-404-text = Tässä osoitteessa ei ole sivua. Tarkista osoite tai aloita etusivulta.
error-405-title = Ei mahdollista tässä
error-405-text = Tämä osoite ei hyväksy tällaista pyyntöä.
error-413-title = Liian suuri
error-413-text = Lähettämäsi sisältö on suurempi kuin mitä otamme vastaan.
error-415-title = Muotoa ei tueta
error-415-text = Lähettämäsi sisältö on muodossa, jota emme ota vastaan.
error-429-title = Liian monta pyyntöä
error-429-text = Odota muutama minuutti ja yritä uudelleen.
error-500-title = Jokin meni vikaan
error-500-text = Meillä tapahtui virhe. Yritä hetken kuluttua uudelleen.

## Saavutettavuusseloste
a11y-title = Saavutettavuusseloste
a11y-intro = PPI Hub pyrkii tekemään verkkosivustostaan saavutettavan direktiivin (EU) 2016/2102 ja sen kansallisesti täytäntöön panevien lakien mukaisesti. Tämä seloste koskee koko PPI Hub -alustaa.
a11y-status-heading = Vaatimustenmukaisuuden tila
a11y-status = Tavoitteemme on täyttää WCAG 2.1 -ohjeiden AA-tason vaatimukset kokonaan (yhdenmukaistettu standardi EN 301 549). Jokainen sivu testataan jokaisen muutoksen yhteydessä automaattisesti axe-core-työkalulla WCAG 2.1:n A- ja AA-tason vaatimuksia vasten sekä tietokoneen että puhelimen näytön leveydellä.
a11y-how-heading = Mitä teemme
a11y-how-1 = Jokaista sivua voi käyttää pelkällä näppäimistöllä, ja kohdistus näkyy aina.
a11y-how-2 = Jokainen sivu toimii ilman JavaScriptiä. Lomakkeet kertovat virheistä kentän vieressä ja säilyttävät kirjoittamasi tiedot.
a11y-how-3 = Sivut mukautuvat 360 pikselin levyisistä puhelimista leveisiin näyttöihin ja 200 %:n suurennukseen.
a11y-how-4 = Käyttöliittymä on saatavilla englanniksi, tanskaksi, saksaksi, viroksi, suomeksi, latviaksi ja liettuaksi.
a11y-limits-heading = Tunnetut puutteet
a11y-limits = Hankkijan rekisteröitymislomakkeen alueluettelo on pitkä. Kirjoita alueen koodin tai nimen alku, niin pääset suoraan siihen. Automaattiset testit eivät löydä kaikkia ongelmia, joten otamme mielellämme vastaan myös sinun havaintojasi.
a11y-feedback-heading = Palaute ja yhteystiedot
a11y-feedback = Jos kohtaat esteen tai tarvitset tietoa toisessa muodossa, kirjoita meille. Vastaamme 10 työpäivän kuluessa.
a11y-enforcement-heading = Valvontaviranomainen
a11y-enforcement = Jos et ole tyytyväinen vastaukseemme, voit kääntyä oman maasi saavutettavuutta valvovan viranomaisen puoleen. Suomessa se on Liikenne- ja viestintävirasto Traficom (saavutettavuusvalvonta).
a11y-prepared = Tämä seloste on laadittu marraskuussa 2026, ja se tarkistetaan jokaisen julkaisun yhteydessä.

## Tietosuoja
privacy-title = Tietosuoja
privacy-intro = PPI Hub tallentaa EU:n yleisen tietosuoja-asetuksen mukaisesti vain sen, mitä alustan tarjoaminen sinulle edellyttää.
privacy-what-heading = Mitä tallennamme
privacy-what-1 = Nimesi, sähköpostiosoitteesi ja valitsemasi käyttöliittymän kielen.
privacy-what-2 = Organisaatiosi nimen ja maan sekä julkisista organisaatioista myös tyypin ja alueen.
privacy-what-3 = Salasanasi vain argon2id-tiivisteenä, josta salasanaa ei voi palauttaa.
privacy-what-4 = Alustan sinulle lähettämät sähköpostit (vahvistuslinkit, ilmoitukset).
privacy-cookies-heading = Evästeet
privacy-cookies = Käytämme kahta evästettä, jotka ovat molemmat välttämättömiä: istuntoevästettä, kun olet kirjautuneena, ja evästettä, joka muistaa kielesi. Ei seurantaa, ei mainontaa, ei kolmansia osapuolia.
privacy-rights-heading = Oikeutesi
privacy-rights = Tilisivullasi voit tarkastella ja korjata tietojasi, ladata ne kaikki tiedostona (tietosuoja-asetuksen 15 ja 20 artikla) ja poistaa tilisi (tietosuoja-asetuksen 17 artikla).
privacy-contact-heading = Yhteystiedot
privacy-contact = Jos sinulla on kysyttävää tiedoistasi, kirjoita meille:

## Sähköpostit
mail-verify-subject = PPI Hub: vahvista sähköpostiosoitteesi
mail-verify-body =
    Hei { $name },

    Vahvista sähköpostiosoitteesi avaamalla tämä linkki (se toimii 48 tuntia):

    { $link }

    Jos et rekisteröitynyt PPI Hub -palveluun, voit jättää tämän viestin huomiotta.
mail-account-exists-subject = PPI Hub: osoitteellasi yritettiin rekisteröityä
mail-account-exists-body =
    Hei { $name },

    Joku yritti luoda PPI Hub -tilin tällä sähköpostiosoitteella, vaikka osoitteella on jo tili. Jos se olit sinä, kirjaudu sisään tästä. Jos olet unohtanut salasanasi, valitse ”Unohditko salasanasi?”:

    { $link }

    Jos se et ollut sinä, sinun ei tarvitse tehdä mitään.
mail-reset-subject = PPI Hub: valitse uusi salasana
mail-reset-body =
    Hei { $name },

    Avaa tämä linkki ja valitse uusi salasana (linkki toimii kerran ja tunnin ajan):

    { $link }

    Jos et pyytänyt tätä, voit jättää viestin huomiotta. Salasanasi pysyy ennallaan.
mail-password-changed-subject = PPI Hub: salasanasi on vaihdettu
mail-password-changed-body =
    Hei { $name },

    PPI Hub -tilisi salasana vaihdettiin juuri. Jos se et ollut sinä, vaihda salasanasi heti ja ota meihin yhteyttä.

    { $link }
mail-change-email-subject = PPI Hub: vahvista uusi sähköpostiosoitteesi
mail-change-email-body =
    Hei { $name },

    Avaa tämä linkki, niin tästä osoitteesta tulee PPI Hub -tilisi osoite (linkki toimii 24 tuntia):

    { $link }

    Jos et pyytänyt tätä, voit jättää viestin huomiotta.
mail-email-changed-subject = PPI Hub: sähköpostiosoitteesi on vaihdettu
mail-email-changed-body =
    Hei { $name },

    PPI Hub -tilisi käyttää nyt osoitetta { $email }. Jos se et ollut sinä, ota meihin heti yhteyttä.
mail-body-verified-subject = PPI Hub: { $body } on varmennettu
mail-body-verified-body =
    Hei { $name },

    Moderaattori on varmentanut organisaation { $body }. Voit nyt julkaista tarjouspyyntöjä PPI Hub -palvelussa.

    { $link }
mail-body-rejected-subject = PPI Hub: organisaatiota { $body } ei voitu varmentaa
mail-body-rejected-body =
    Hei { $name },

    Moderaattori ei voinut varmentaa organisaatiota { $body } julkiseksi organisaatioksi. Annettu perustelu:

    { $reason }

    Vastaa tähän viestiin, jos mielestäsi kyseessä on virhe.

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

## Viestit
nav-messages = Viestit
messages-unread-hidden = lukematonta
messages-title = Viestit
messages-intro = Organisaatiosi ja muiden organisaatioiden väliset keskustelut. Kaikki organisaatiosi jäsenet voivat lukea niitä ja vastata niihin.
messages-empty = Ei vielä keskusteluja. Voit aloittaa keskustelun toimittajan profiilin tai julkisen organisaation sivun yhteydenottolomakkeella.
messages-unread = { $count ->
    [one] 1 lukematon
   *[other] { $count } lukematonta
}
messages-mail-heading = Sähköposti-ilmoitukset
messages-mail-label = Ilmoita minulle uusista viesteistä sähköpostitse
messages-mail-immediately = Heti
messages-mail-daily = Kerran päivässä
messages-mail-never = Ei koskaan
messages-mail-save = Tallenna asetus
messages-send = Lähetä
messages-field-subject = Aihe
messages-field-body = Viesti
messages-field-reply = Vastauksesi
hint-messages-body = Pelkkää tekstiä, enintään 5 000 merkkiä. Kaikki toisen organisaation jäsenet voivat lukea sen.
messages-with = Keskustelu organisaation { $org } kanssa
messages-thread = Viestit
messages-reply-heading = Vastaa
messages-former-member = Entinen jäsen
messages-you-blocked = Olet estänyt organisaation { $org }: kumpikaan organisaatio ei voi kirjoittaa tähän keskusteluun, ennen kuin poistat eston.
messages-they-blocked = { $org } ei ota vastaan viestejä organisaatioltasi.
messages-block-heading = Estä tämä organisaatio
messages-block-explain = Estämäsi organisaatio ei voi enää kirjoittaa organisaatiollesi, eikä organisaatiosi voi enää kirjoittaa sille. Jos viesti rikkoo sääntöjä, ilmoita siitä moderaattoreille.
messages-block = Estä organisaatio { $org }
messages-unblock = Poista organisaation { $org } esto
messages-report = Ilmoita
messages-report-which = viesti lähettäjältä { $name }, { $time }
messages-report-reason = Miksi ilmoitat tästä viestistä?
hint-messages-report = Moderaattorit näkevät tämän viestin ja perustelusi, mutta eivät mitään muuta keskustelusta.
messages-report-submit = Lähetä ilmoitus
reports-title = Ilmoitetut viestit
reports-empty = Ei ilmoitettuja viestejä.
reports-from = Viesti organisaatiolta { $org }
reports-reporter = Ilmoittaja
reports-reason = Syy
reports-when = Ilmoitettu
reports-resolve = Merkitse ratkaistuksi
notice-message-sent = Viestisi on lähetetty.
notice-message-reported = Kiitos! Moderaattorit tarkistavat viestin.
notice-message-mail-saved = Viestien sähköpostiasetuksesi on tallennettu.
notice-organisation-blocked = Organisaatio on estetty. Kumpikaan osapuoli ei voi nyt lähettää viestejä.
notice-organisation-unblocked = Organisaation esto on poistettu.
notice-report-resolved = Ilmoitus on merkitty ratkaistuksi.
err-message-self = Et voi lähettää viestiä omalle organisaatiollesi.
err-blocked = Viestit näiden organisaatioiden välillä on estetty.
err-recipient-unavailable = Tämä organisaatio ei voi vastaanottaa viestejä.
mail-message-received-subject = Uusi viesti organisaatiolta { $org }: { $subject }
mail-message-received-body =
    Hei { $name },

    { $org } on kirjoittanut organisaatiollesi PPI Hub -palvelussa aiheesta ”{ $subject }”.

    Lue viesti ja vastaa siihen täällä: { $link }

    Voit muuttaa Viestit-sivulla, kuinka usein lähetämme sinulle sähköpostia viesteistä.
mail-messages-daily-subject = { $count ->
    [one] 1 lukematon viesti PPI Hub -palvelussa
   *[other] { $count } lukematonta viestiä PPI Hub -palvelussa
}
mail-messages-daily-body =
    Hei { $name },

    { $count ->
        [one] Sinua odottaa 1 uusi viesti.
       *[other] Sinua odottaa { $count } uutta viestiä.
    }

    Lue viestit täällä: { $link }

    Voit muuttaa Viestit-sivulla, kuinka usein lähetämme sinulle sähköpostia viesteistä.

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
join-title = Liity yritykseesi
join-intro = Sinut on kutsuttu liittymään yritykseen { $company } PPI Hub -palvelussa osoitteella { $email }.
join-submit = Liity yritykseen
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
notice-joined = Tervetuloa: kuulut nyt yritykseen.
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
