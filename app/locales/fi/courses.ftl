## Kurssit: luettelo
course-catalogue-intro = Itseopiskelukursseja innovatiivisista julkisista hankinnoista. Ne perustuvat EU:n direktiiveihin, Euroopan komission ohjeisiin ja todellisiin esimerkkeihin. Lue ja vastaa omaan tahtiisi; edistymisesi kulkee mukanasi puhelimesta tietokoneelle. Kirjaudu sisään, niin edistymisesi säilyy pysyvästi ja saat todistuksen.
course-filters = Rajaa kursseja
course-for = Kohderyhmä
course-level = Taso
course-language = Kieli
course-languages = Kielet
course-topic = Aihe
course-length = Laajuus
course-found = { $count ->
    [one] 1 kurssi
   *[other] { $count } kurssia
}
course-none-found = Mikään kurssi ei vastaa näitä rajauksia. Poista jokin rajaus, niin näet enemmän.
course-lessons-count = { $count ->
    [one] 1 oppitunti
   *[other] { $count } oppituntia
}
course-minutes = noin { $minutes } min
course-hours-minutes = noin { $hours } h { $minutes } min
course-start = Aloita kurssi
course-continue = Jatka
course-continue-named = Jatka kurssia ”{ $title }”
course-review = Kertaa kurssi
course-my-learning = Opintosi
course-my-certificates = Todistuksesi
course-visitor-progress = Edistymisesi tallentuu toistaiseksi tähän selaimeen. Kirjaudu sisään tai luo tili, niin edistymisesi on tallessa kaikilla laitteillasi.
course-level-introductory = Perustaso
course-level-intermediate = Keskitaso
course-level-advanced = Syventävä taso
course-audience-buyer = Julkiset hankkijat
course-audience-supplier = Toimittajat
course-topic-fundamentals = Perusteet
course-topic-market-engagement = Vuoropuhelu markkinoiden kanssa
course-topic-procedures = Menettelyt
course-topic-contract-management = Sopimushallinta
course-topic-strategy = Strategia
course-topic-legal = Lainsäädäntö

## Kurssi
course-your-progress = Edistymisesi
course-progress-of = Oppitunteja suoritettu { $done }/{ $total }
course-time-left = Jäljellä { $time }.
course-next-lesson = Seuraavaksi: { $title }
course-complete = Olet suorittanut tämän kurssin.
course-lessons = Oppitunnit
course-linear = Tällä kurssilla kukin oppitunti avautuu, kun olet suorittanut edellisen.
course-outcomes = Mitä opit
course-facts = Tietoa kurssista
course-pass-mark = Testin hyväksymisraja
course-pass-mark-value = { $percent } % kysymyksistä oikein
course-version = Versio
course-back = Kaikki kurssit
notice-course-complete = Hienoa! Olet suorittanut kurssin. Todistuksesi on alla.

## Oppitunti
lesson-breadcrumbs = Olet tässä
lesson-n-of = Oppitunti { $n }/{ $total }
lesson-state-done = Suoritettu
lesson-state-open = Ei vielä suoritettu
lesson-state-locked = Avautuu edellisen oppitunnin jälkeen
lesson-has-quiz = { $count ->
    [one] 1 kysymyksen testi
   *[other] { $count } kysymyksen testi
}
lesson-optional = vapaaehtoinen
lesson-rule-read = Suoritettu, kun olet lukenut sen loppuun
lesson-rule-quiz = Suoritettu, kun läpäiset oppitunnin testin ({ $percent } % oikein)
lesson-locked = Tämä oppitunti avautuu, kun olet suorittanut sitä edeltävät oppitunnit.
lesson-video = Katso video (avautuu toisella sivustolla)
lesson-read-more = Lue lisää tietopankista
lesson-sources = Lähteet
lesson-previous = Edellinen oppitunti
lesson-done-next = Valmis, seuraavaan oppituntiin
lesson-done-last = Valmis, takaisin kurssille
lesson-to-course = Kurssin etusivu

## Testit
quiz-title = Testaa, mitä opit
quiz-pass-mark = Läpäisyraja: { $percent } % kysymyksistä oikein.
quiz-attempts = Yrityksiä käytetty: { $used }/{ $allowed }.
quiz-question-n = Kysymys { $n }/{ $total }
quiz-choose-one = Valitse yksi vastaus.
quiz-choose-all = Valitse kaikki oikeat vastaukset.
quiz-check = Tarkista vastaus
quiz-right = Oikein.
quiz-wrong = Väärin.
quiz-your-answer = Vastauksesi:
quiz-learn-more = Lue lisää:
quiz-score = Oikeita vastauksia { $correct }/{ $total } ({ $percent } %).
quiz-passed = Hyväksytty.
quiz-failed = Ei vielä hyväksytty: vaaditaan { $percent } %.
quiz-retry = Tee testi uudelleen
quiz-cooling-down-until = Voit yrittää uudelleen { $time } alkaen.
err-quiz-choose = Valitse vastaus.
err-quiz-one-option = Valitse vain yksi vastaus.
err-quiz-unknown-option = Vastaus ei kuulu tämän kysymyksen vaihtoehtoihin. Valitse jokin näytetyistä vastauksista.
err-quiz-answered = Olet jo vastannut tähän kysymykseen tällä yrityskerralla.
err-quiz-attempt-over = Tämä yrityskerta on päättynyt. Sivulla näkyy nyt nykyinen yrityskertasi.
err-quiz-passed = Olet jo läpäissyt tämän testin.
err-quiz-no-attempts = Olet käyttänyt kaikki tämän testin yrityskerrat.
err-quiz-cooling-down = Odota muutama minuutti ennen seuraavaa yritystä.
err-lesson-locked = Tämä oppitunti avautuu, kun olet suorittanut sitä edeltävät oppitunnit.

## Todistukset
certificate-title = Todistus
certificate-check = Tarkista todistus
certificate-code = Todistuksen tunnus
certificate-code-hint = 12 kirjainta ja numeroa siinä muodossa kuin ne on painettu todistukseen, esimerkiksi ABCD-EFGH-JKMN.
certificate-check-submit = Tarkista
err-certificate-code = Todistuksen tunnuksessa on 12 kirjainta ja numeroa (ei 0, O, 1, I eikä L), esimerkiksi ABCD-EFGH-JKMN.
err-certificate-unknown = Tällä tunnuksella ei löydy todistusta. Tarkista tunnus todistuksesta.
certificate-valid = Tämä todistus on voimassa: PPI Hub on myöntänyt sen eikä ole perunut sitä.
certificate-revoked = Tämä todistus on peruttu { $date }.
certificate-withdrawn-note = Olet piilottanut tämän todistuksen julkisesta näkymästä: vain sinä näet tämän sivun. Muille, jotka avaavat sen tunnuksen, kerrotaan, ettei tunnuksella löydy todistusta.
certificate-certifies = Täten todistetaan, että
certificate-completed = on suorittanut kurssin
certificate-hours = Opiskelutunnit
certificate-date = Suorituspäivä
certificate-band = Tulos
certificate-band-completed = Suoritettu
certificate-band-pass = Hyväksytty
certificate-band-merit = Hyväksytty hyvin tiedoin (vähintään 75 % testikysymyksistä oikein)
certificate-band-distinction = Hyväksytty erinomaisin tiedoin (vähintään 90 % testikysymyksistä oikein)
certificate-issuer = Myöntäjä
certificate-qr-alt = Tämän todistuksen sivun QR-koodi
certificate-to-course = Tietoa kurssista
certificate-yours = Todistuksesi
certificate-open = Avaa todistuksesi
certificate-sign-in = Kirjaudu sisään tai luo tili, niin saat todistuksesi: siihen tulee nimesi.
certificate-share = Jaa tämän sivun osoite tai tulosta sivu (QR-koodi johtaa takaisin tänne).
certificate-download-pdf = Lataa tulostettava PDF
certificate-pdf-check = Tarkista, että todistus on aito: lue QR-koodi tai avaa tämä osoite. Sivu kertoo, onko todistus yhä voimassa.
certificate-download-badge = Lataa digitaalisena osaamismerkkinä (Open Badges 3.0)
certificate-badge-hint = Sähköisesti allekirjoitettu todiste, jonka voit lisätä digitaaliseen lompakkoon; kuka tahansa tarkastaja voi varmentaa sen PPI Hub -palvelun julkaisemalla avaimella.
certificate-withdraw = Piilota julkisesta näkymästä
certificate-restore = Näytä taas julkisesti
certificate-revoke = Peru tämä todistus (moderaattorit)
certificate-revoke-reason = Syy, joka näytetään todistuksessa
certificate-revoke-hint = Enintään { $max } merkkiä.
certificate-revoke-submit = Peru
notice-certificate-withdrawn = Todistuksesi ei ole enää julkinen.
notice-certificate-restored = Todistuksesi on taas julkinen.
notice-certificate-revoked = Todistus on peruttu.

## Valmiuksien itsearviointi
readiness-title = Kuinka valmis organisaatiosi on innovatiiviseen julkiseen hankintaan?
readiness-intro = Arvioi { $count ->
    [one] yksi väittämä
   *[other] { $count } väittämää
} julkisesta organisaatiostasi kuudella osa-alueella strategiasta tulosten mittaamiseen. Saat tuloksen kultakin osa-alueelta, heikoimmille osa-alueillesi neuvoja sekä kursseja, materiaaleja ja esimerkkejä, muutoksen edelliseen arviointiin verrattuna sekä vertailun oman maasi organisaatioihin ja samantyyppisiin organisaatioihin, kun vähintään viisi muuta organisaatiota on vastannut. Arviointi vie noin 10 minuuttia. Vastauksesi näkevät vain oman organisaatiosi käyttäjät.
readiness-who = Itsearviointiin vastaavat palvelussa mukana olevan julkisen organisaation edustajat. Kirjaudu sisään tililläsi, joka on liitetty organisaatioosi, niin voit vastata.
readiness-history = Organisaatiosi aiemmat arvioinnit
readiness-submit = Näytä tuloksemme
readiness-result-title = Organisaatiosi valmius innovatiiviseen julkiseen hankintaan
readiness-result-of = Arviointi tehty { $date }.
readiness-chart-title = Tulos osa-alueittain asteikolla 0–100 %
readiness-table-caption = Tulokset osa-alueittain, muutos edelliseen arviointiin verrattuna ja muiden organisaatioiden keskiarvo
readiness-dimension = Osa-alue
readiness-score = Tulos
readiness-change = Muutos (prosenttiyksikköä)
readiness-country = Oman maasi organisaatiot
readiness-type = Samantyyppiset organisaatiot
readiness-too-few = Vertailua ei vielä näytetä: sekä maastasi että samantyyppisistä organisaatioista on vastannut alle viisi muuta organisaatiota. Näin vertailusta ei voi päätellä kenenkään vastauksia.
readiness-peers-note = Palkin tumma merkki on maasi muiden organisaatioiden (vähintään viiden) viimeisimpien vastausten keskiarvo.
readiness-advice = Mistä kannattaa aloittaa
readiness-again = Vastaa uudelleen
err-readiness-unanswered = Valitse yksi viidestä vastauksesta.
err-readiness-step = Valitse yksi näytetyistä viidestä vastauksesta.
err-readiness-incomplete = Osaan väittämistä ei ole vielä vastattu: ne on merkitty alla. Muut vastauksesi on säilytetty.

## Opintosi: valinnat, oppimistiedot, kollegat
course-settings = Opintojesi asetukset
course-settings-hide = Piilota edistymiseni kursseilla kollegoiltani
course-settings-reminders = Muistuta minua sähköpostitse, jos aloittamani kurssi ei ole edennyt 7 päivään
course-settings-save = Tallenna asetukset
notice-course-settings-saved = Opintojesi asetukset on tallennettu.
course-records = Lataa oppimistietoni (xAPI)
course-records-hint = Yksi xAPI-merkintä riviä kohden organisaatiosi oppimisympäristöä varten.
course-team-title = Kollegojesi kurssit
course-team-intro = Kurssit, jotka organisaatiosi käyttäjät ovat aloittaneet: kuka ne on suorittanut ja mihin opiskelu jää kesken. Kollegoja, jotka piilottavat edistymisensä, ei näytetä.
course-team-none = Kukaan organisaatiostasi ei ole vielä aloittanut kurssia.
course-team-csv = Lataa CSV-tiedostona
course-team-summary = Aloittaneita { $started }, suorittaneita { $completed }.
course-team-stop = Opiskelu jää kesken: ”{ $lesson }” ({ $count }).
course-team-person = Henkilö
course-team-progress = Edistyminen
course-team-last = Viimeisin toiminta
course-team-completed = Suoritettu

## Muistutus 7 päivän tauon jälkeen
mail-course-reminder-subject = Kurssisi odottaa sinua: { $course }
mail-course-reminder-body =
    Hei { $name },

    Et ole jatkanut kurssia ”{ $course }” viikkoon. Jatka siitä, mihin jäit:
    { $link }

    Voit poistaa nämä muistutukset käytöstä opintojesi asetuksissa:
    { $settings }

    PPI Hub
