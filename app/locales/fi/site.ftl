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
home-status-text = Tilit julkisille hankkijoille ja toimittajille varmennettuine organisaatioineen; tarjouspyynnöt hakuineen, kysymyksineen, ilmoituksineen ja avoimena OCDS-datana; toimittajahakemisto ja yhteensovitus; kumppanuusilmoitukset ja viestit organisaatioiden välillä; kaikki seitsemällä kielellä. Tietopankki, kurssit ja avustaja tulevat myöhemmin.

## Osiot, jotka ovat vielä tekeillä

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
