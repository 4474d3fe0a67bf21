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
