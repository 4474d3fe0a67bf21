## Kurser: kataloget
course-catalogue-intro = Selvstudiekurser om innovative offentlige indkøb, skrevet ud fra EU-direktiverne, Kommissionens vejledning og virkelige cases. Læs og svar i dit eget tempo; dine fremskridt følger med dig fra mobilen til computeren. Log ind for at gemme dem permanent og få et kursusbevis.
course-filters = Filtrér kurserne
course-for = Målgruppe
course-level = Niveau
course-language = Sprog
course-languages = Sprog
course-topic = Emne
course-length = Omfang
course-found = { $count ->
    [one] 1 kursus
   *[other] { $count } kurser
}
course-none-found = Intet kursus passer til disse filtre. Fjern et filter for at se flere.
course-lessons-count = { $count ->
    [one] 1 lektion
   *[other] { $count } lektioner
}
course-minutes = ca. { $minutes } min.
course-hours-minutes = ca. { $hours } t. og { $minutes } min.
course-start = Start kurset
course-continue = Fortsæt
course-continue-named = Fortsæt »{ $title }«
course-review = Gennemgå kurset igen
course-my-learning = Dine kurser
course-my-certificates = Dine kursusbeviser
course-visitor-progress = Indtil videre gemmes dine fremskridt i denne browser. Log ind, eller opret en konto for at beholde dem på alle dine enheder.
course-level-introductory = Introduktion
course-level-intermediate = Øvet
course-level-advanced = Avanceret
course-audience-buyer = Offentlige indkøbere
course-audience-supplier = Leverandører
course-topic-fundamentals = Grundlag
course-topic-market-engagement = Inddragelse af markedet
course-topic-procedures = Procedurer
course-topic-contract-management = Kontraktstyring
course-topic-strategy = Strategi
course-topic-legal = Juridiske rammer

## Et kursus
course-your-progress = Dine fremskridt
course-progress-of = { $done } af { $total } lektioner gennemført
course-time-left = Der er { $time } tilbage.
course-next-lesson = Næste: { $title }
course-complete = Du har gennemført dette kursus.
course-lessons = Lektioner
course-linear = I dette kursus åbner hver lektion, når du har gennemført den forrige.
course-outcomes = Det lærer du
course-facts = Om kurset
course-pass-mark = Krav for at bestå quizzen
course-pass-mark-value = { $percent } % rigtige svar
course-version = Version
course-back = Alle kurser
notice-course-complete = Godt gået: Du har gennemført kurset. Dit kursusbevis står nedenfor.

## En lektion
lesson-breadcrumbs = Her er du
lesson-n-of = Lektion { $n } af { $total }
lesson-state-done = Gennemført
lesson-state-open = Ikke gennemført endnu
lesson-state-locked = Åbner efter den forrige lektion
lesson-has-quiz = { $count ->
    [one] quiz med 1 spørgsmål
   *[other] quiz med { $count } spørgsmål
}
lesson-optional = valgfri
lesson-rule-read = Gennemført, når du har læst den til ende
lesson-rule-quiz = Gennemført, når du består lektionens quiz ({ $percent } % rigtige svar)
lesson-locked = Denne lektion åbner, når du har gennemført lektionerne før den.
lesson-video = Se videoen (åbner et andet websted)
lesson-read-more = Læs mere i videncentret
lesson-sources = Kilder
lesson-previous = Forrige lektion
lesson-done-next = Færdig, videre til næste lektion
lesson-done-last = Færdig, tilbage til kurset
lesson-to-course = Kursusoversigt

## Quizzer
quiz-title = Tjek, hvad du har lært
quiz-pass-mark = For at bestå: { $percent } % rigtige svar.
quiz-attempts = Forsøg: { $used } af { $allowed }.
quiz-question-n = Spørgsmål { $n } af { $total }
quiz-choose-one = Vælg ét svar.
quiz-choose-all = Vælg alle de svar, der er rigtige.
quiz-check = Tjek mit svar
quiz-right = Rigtigt.
quiz-wrong = Ikke rigtigt.
quiz-your-answer = Dit svar:
quiz-learn-more = Læs mere:
quiz-score = Du svarede rigtigt på { $correct } af { $total } spørgsmål ({ $percent } %).
quiz-passed = Bestået.
quiz-failed = Ikke bestået endnu: Der kræves { $percent } %.
quiz-retry = Prøv quizzen igen
quiz-cooling-down-until = Du kan prøve igen fra { $time }.
err-quiz-choose = Vælg et svar.
err-quiz-one-option = Vælg kun ét svar.
err-quiz-unknown-option = Det svar er ikke en af mulighederne i dette spørgsmål. Vælg et af de viste svar.
err-quiz-answered = Du har allerede besvaret dette spørgsmål i dette forsøg.
err-quiz-attempt-over = Dette forsøg er slut. Siden viser nu dit aktuelle forsøg.
err-quiz-passed = Du har allerede bestået denne quiz.
err-quiz-no-attempts = Du har brugt alle dine forsøg på denne quiz.
err-quiz-cooling-down = Vent et par minutter før næste forsøg.
err-lesson-locked = Denne lektion åbner, når du har gennemført lektionerne før den.

## Kursusbeviser
certificate-title = Kursusbevis
certificate-check = Tjek et kursusbevis
certificate-code = Kursusbevisets kode
certificate-code-hint = 12 bogstaver og cifre, som de står på kursusbeviset, f.eks. ABCD-EFGH-JKMN.
certificate-check-submit = Tjek
err-certificate-code = Koden på et kursusbevis har 12 bogstaver og cifre (ikke 0, O, 1, I eller L), f.eks. ABCD-EFGH-JKMN.
err-certificate-unknown = Der findes intet kursusbevis med denne kode. Tjek koden, som den står på kursusbeviset.
certificate-valid = Dette kursusbevis er gyldigt: PPI Hub har udstedt det og har ikke tilbagekaldt det.
certificate-revoked = Dette kursusbevis blev tilbagekaldt den { $date }.
certificate-withdrawn-note = Du har skjult dette kursusbevis for offentligheden: Kun du kan se denne side. Andre, der åbner koden, får at vide, at der ikke findes noget kursusbevis med den.
certificate-certifies = Hermed bekræftes det, at
certificate-completed = har gennemført kurset
certificate-hours = Studietimer
certificate-date = Gennemført den
certificate-band = Resultat
certificate-band-completed = Gennemført
certificate-band-pass = Bestået
certificate-band-merit = Bestået med godt resultat (mindst 75 % rigtige svar i quizzerne)
certificate-band-distinction = Bestået med udmærkelse (mindst 90 % rigtige svar i quizzerne)
certificate-issuer = Udstedt af
certificate-qr-alt = QR-kode til kursusbevisets side
certificate-to-course = Om kurset
certificate-yours = Dit kursusbevis
certificate-open = Åbn dit kursusbevis
certificate-sign-in = Log ind, eller opret en konto for at få dit kursusbevis: Det udstedes i dit navn.
certificate-share = Del adressen på denne side, eller udskriv den (QR-koden fører tilbage hertil).
certificate-download-pdf = Download som PDF til udskrivning
certificate-pdf-check = Kontrollér, at certifikatet er ægte: scan QR-koden eller åbn denne adresse. Siden viser, om det stadig er gyldigt.
certificate-download-badge = Download som digitalt badge (Open Badges 3.0)
certificate-badge-hint = Et signeret bevis, som du kan lægge i en digital tegnebog; alle, der skal kontrollere det, kan tjekke det mod PPI Hubs offentliggjorte nøgle.
certificate-withdraw = Skjul det for offentligheden
certificate-restore = Vis det offentligt igen
certificate-revoke = Tilbagekald dette kursusbevis (moderatorer)
certificate-revoke-reason = Begrundelse, der vises på kursusbeviset
certificate-revoke-hint = Højst { $max } tegn.
certificate-revoke-submit = Tilbagekald
notice-certificate-withdrawn = Dit kursusbevis er ikke længere offentligt.
notice-certificate-restored = Dit kursusbevis er offentligt igen.
notice-certificate-revoked = Kursusbeviset er tilbagekaldt.

## Selvevaluering af parathed
readiness-title = Hvor parat er jeres myndighed til innovative offentlige indkøb?
readiness-intro = Vurdér { $count } udsagn om jeres offentlige myndighed inden for seks områder, fra strategi til måling af resultater. I får et resultat for hvert område, råd med kurser, materialer og cases til jeres svageste områder, udviklingen siden jeres sidste vurdering og, når mindst fem andre myndigheder har svaret, en sammenligning med myndigheder i jeres land og af samme type. Det tager omkring 10 minutter. Kun personer fra jeres myndighed kan se jeres svar.
readiness-who = Selvevalueringen besvares af personer fra en offentlig myndighed på platformen. Log ind med den konto, der er knyttet til din myndighed, for at besvare den.
readiness-history = Jeres myndigheds tidligere vurderinger
readiness-submit = Se vores resultater
readiness-result-title = Jeres parathed til innovative offentlige indkøb
readiness-result-of = Vurderingen fra den { $date }.
readiness-chart-title = Resultat for hvert område, fra 0 til 100 %
readiness-table-caption = Resultat for hvert område, ændringen siden den forrige vurdering og gennemsnittet for andre myndigheder
readiness-dimension = Område
readiness-score = Resultat
readiness-change = Ændring (procentpoint)
readiness-country = Myndigheder i jeres land
readiness-type = Myndigheder af samme type
readiness-too-few = Færre end fem andre myndigheder i jeres land eller af samme type har svaret endnu, så der vises ingen sammenligning. På den måde kan ingen myndigheds svar udledes af den.
readiness-peers-note = Den mørke markering på en bjælke er gennemsnittet af de seneste svar fra andre myndigheder i jeres land (mindst fem).
readiness-advice = Det bør I arbejde med først
readiness-again = Svar igen
err-readiness-unanswered = Vælg et af de fem svar.
err-readiness-step = Vælg et af de fem viste svar.
err-readiness-incomplete = Nogle udsagn er endnu ikke besvaret: De er markeret nedenfor. Dine øvrige svar står der stadig.

## Dine kurser: valg, læringsdata, kolleger
course-settings = Dine indstillinger for kurser
course-settings-hide = Skjul mine fremskridt i kurserne for mine kolleger
course-settings-reminders = Send mig en påmindelse på e-mail, når der er gået 7 dage uden fremskridt i et kursus, jeg er begyndt på
course-settings-save = Gem indstillingerne
notice-course-settings-saved = Dine indstillinger for kurser er gemt.
course-records = Download mine læringsdata (xAPI)
course-records-hint = Én xAPI-registrering pr. linje til din organisations læringssystem.
course-team-title = Dine kollegers kurser
course-team-intro = De kurser, som personer i din organisation er begyndt på: hvem der har gennemført dem, og hvor folk stopper. Kolleger, der skjuler deres fremskridt, vises ikke.
course-team-none = Ingen i din organisation er begyndt på et kursus endnu.
course-team-csv = Download som CSV
course-team-summary = { $started } er begyndt, { $completed } har gennemført.
course-team-stop = Her stopper folk: »{ $lesson }« ({ $count }).
course-team-person = Person
course-team-progress = Fremskridt
course-team-last = Seneste aktivitet
course-team-completed = Gennemført

## Påmindelsen efter 7 dage uden aktivitet
mail-course-reminder-subject = Dit kursus venter på dig: { $course }
mail-course-reminder-body =
    Hej { $name }

    Du har ikke arbejdet videre med kurset »{ $course }« i en uge. Fortsæt, hvor du slap:
    { $link }

    Du kan slå disse påmindelser fra i dine indstillinger for kurser:
    { $settings }

    PPI Hub
