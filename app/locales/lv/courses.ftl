## Kursi: katalogs
course-catalogue-intro = Pašmācības kursi par inovatīviem publiskajiem iepirkumiem, sagatavoti, balstoties uz ES direktīvām, Eiropas Komisijas norādījumiem un reāliem piemēriem. Lasiet un atbildiet savā tempā; jūsu progress ir pieejams gan tālrunī, gan datorā. Piesakieties, lai saglabātu to pastāvīgi un saņemtu sertifikātu.
course-filters = Filtrēt kursus
course-for = Kam paredzēts
course-level = Līmenis
course-language = Valoda
course-languages = Valodas
course-topic = Tēma
course-length = Apjoms
course-found = { $count ->
    [zero] { $count } kursi
    [one] { $count } kurss
   *[other] { $count } kursi
}
course-none-found = Neviens kurss neatbilst šiem filtriem. Noņemiet kādu filtru, lai redzētu vairāk.
course-lessons-count = { $count ->
    [zero] { $count } nodarbības
    [one] { $count } nodarbība
   *[other] { $count } nodarbības
}
course-minutes = aptuveni { $minutes } min
course-hours-minutes = aptuveni { $hours } st. { $minutes } min
course-start = Sākt kursu
course-continue = Turpināt
course-continue-named = Turpināt kursu „{ $title }”
course-review = Pārskatīt kursu vēlreiz
course-my-learning = Jūsu mācības
course-my-certificates = Jūsu sertifikāti
course-visitor-progress = Pagaidām jūsu progress tiek saglabāts šajā pārlūkprogrammā. Piesakieties vai izveidojiet kontu, lai tas būtu pieejams visās jūsu ierīcēs.
course-level-introductory = Ievada līmenis
course-level-intermediate = Vidējais līmenis
course-level-advanced = Padziļināts līmenis
course-audience-buyer = Publiskie pasūtītāji
course-audience-supplier = Piegādātāji
course-topic-fundamentals = Pamati
course-topic-market-engagement = Tirgus iesaiste
course-topic-procedures = Procedūras
course-topic-contract-management = Līguma vadība
course-topic-strategy = Stratēģija
course-topic-legal = Tiesiskais regulējums

## Kurss
course-your-progress = Jūsu progress
course-progress-of = Pabeigtās nodarbības: { $done } no { $total }
course-time-left = Atlikušais laiks: { $time }.
course-next-lesson = Nākamā: { $title }
course-complete = Jūs pabeidzāt šo kursu.
course-lessons = Nodarbības
course-linear = Šajā kursā katra nodarbība atveras pēc iepriekšējās nodarbības pabeigšanas.
course-outcomes = Ko jūs apgūsiet
course-facts = Par šo kursu
course-pass-mark = Testa nokārtošanas slieksnis
course-pass-mark-value = { $percent } % pareizu atbilžu
course-version = Versija
course-back = Visi kursi
notice-course-complete = Apsveicam! Kurss ir pabeigts. Jūsu sertifikāts ir redzams zemāk.

## Nodarbība
lesson-breadcrumbs = Jūs atrodaties šeit
lesson-n-of = { $n }. nodarbība no { $total }
lesson-state-done = Pabeigta
lesson-state-open = Vēl nav pabeigta
lesson-state-locked = Atveras pēc iepriekšējās nodarbības
lesson-has-quiz = { $count ->
    [zero] tests ar { $count } jautājumiem
    [one] tests ar { $count } jautājumu
   *[other] tests ar { $count } jautājumiem
}
lesson-optional = nav obligāta
lesson-rule-read = Pabeigta, kad izlasīta līdz beigām
lesson-rule-quiz = Pabeigta, kad nokārtots tās tests ({ $percent } % pareizu atbilžu)
lesson-locked = Šī nodarbība atvērsies, kad būs pabeigtas iepriekšējās nodarbības.
lesson-video = Skatīties video (atveras citā vietnē)
lesson-read-more = Lasīt vairāk zināšanu centrā
lesson-sources = Avoti
lesson-previous = Iepriekšējā nodarbība
lesson-done-next = Pabeigt un pāriet uz nākamo nodarbību
lesson-done-last = Pabeigt un atgriezties kursā
lesson-to-course = Kursa pārskats

## Testi
quiz-title = Pārbaudiet savas zināšanas
quiz-pass-mark = Nokārtošanai nepieciešams: { $percent } % pareizu atbilžu.
quiz-attempts = Mēģinājumi: { $used } no { $allowed }.
quiz-question-n = { $n }. jautājums no { $total }
quiz-choose-one = Izvēlieties vienu atbildi.
quiz-choose-all = Izvēlieties visas pareizās atbildes.
quiz-check = Pārbaudīt atbildi
quiz-right = Pareizi.
quiz-wrong = Nepareizi.
quiz-your-answer = Jūsu atbilde:
quiz-learn-more = Uzziniet vairāk:
quiz-score = Pareizās atbildes: { $correct } no { $total } ({ $percent } %).
quiz-passed = Nokārtots.
quiz-failed = Vēl nav nokārtots: nokārtošanas slieksnis ir { $percent } %.
quiz-retry = Pildīt testu vēlreiz
quiz-cooling-down-until = Nākamo mēģinājumu varēsiet veikt, sākot ar šo laiku: { $time }.
err-quiz-choose = Izvēlieties atbildi.
err-quiz-one-option = Izvēlieties tikai vienu atbildi.
err-quiz-unknown-option = Šī atbilde nav starp šī jautājuma atbilžu variantiem. Izvēlieties kādu no parādītajām atbildēm.
err-quiz-answered = Uz šo jautājumu šajā mēģinājumā jau ir atbildēts.
err-quiz-attempt-over = Šis mēģinājums ir beidzies. Lapā tagad redzams jūsu pašreizējais mēģinājums.
err-quiz-passed = Šis tests jums jau ir nokārtots.
err-quiz-no-attempts = Visi šī testa mēģinājumi jau ir izmantoti.
err-quiz-cooling-down = Lūdzu, pagaidiet dažas minūtes pirms nākamā mēģinājuma.
err-lesson-locked = Šī nodarbība atvērsies, kad būs pabeigtas iepriekšējās nodarbības.

## Sertifikāti
certificate-title = Sertifikāts
certificate-check = Pārbaudīt sertifikātu
certificate-code = Sertifikāta kods
certificate-code-hint = 12 burti un cipari, kā norādīts sertifikātā, piemēram, ABCD-EFGH-JKMN.
certificate-check-submit = Pārbaudīt
err-certificate-code = Sertifikāta kodā ir 12 burti un cipari (bez 0, O, 1, I un L), piemēram, ABCD-EFGH-JKMN.
err-certificate-unknown = Ar šo kodu nav neviena sertifikāta. Pārbaudiet kodu, kā tas norādīts sertifikātā.
certificate-valid = Šis sertifikāts ir derīgs: to izsniedza PPI Hub, un tas nav atsaukts.
certificate-revoked = Šis sertifikāts ir atsaukts. Atsaukšanas datums: { $date }.
certificate-withdrawn-note = Šis sertifikāts ir paslēpts no publiskas apskates: šo lapu redzat tikai jūs. Citiem, kas atver tā kodu, tiek paziņots, ka ar šo kodu nav neviena sertifikāta.
certificate-certifies = Ar šo tiek apliecināts, ka
certificate-completed = pabeidza kursu
certificate-hours = Mācību ilgums (stundas)
certificate-date = Pabeigšanas datums
certificate-band = Rezultāts
certificate-band-completed = Pabeigts
certificate-band-pass = Nokārtots
certificate-band-merit = Nokārtots ar labu rezultātu (vismaz 75 % pareizu atbilžu uz testu jautājumiem)
certificate-band-distinction = Nokārtots ar izcilību (vismaz 90 % pareizu atbilžu uz testu jautājumiem)
certificate-issuer = Izsniedzējs
certificate-qr-alt = Šī sertifikāta lapas QR kods
certificate-to-course = Par kursu
certificate-yours = Jūsu sertifikāts
certificate-open = Atvērt savu sertifikātu
certificate-sign-in = Piesakieties vai izveidojiet kontu, lai saņemtu sertifikātu: tajā ir norādīts jūsu vārds.
certificate-share = Kopīgojiet šīs lapas adresi vai izdrukājiet lapu (QR kods ved atpakaļ uz šejieni).
certificate-download-pdf = Lejupielādēt PDF drukāšanai
certificate-pdf-check = Pārbaudiet, vai sertifikāts ir īsts: noskenējiet QR kodu vai atveriet šo adresi. Lapā redzams, vai tas joprojām ir derīgs.
certificate-download-badge = Lejupielādēt kā digitālo nozīmīti (Open Badges 3.0)
certificate-badge-hint = Elektroniski parakstīts apliecinājums, ko varat pievienot digitālajam makam; jebkurš pārbaudītājs to var pārbaudīt ar PPI Hub publicēto atslēgu.
certificate-withdraw = Paslēpt no publiskas apskates
certificate-restore = Atkal rādīt publiski
certificate-revoke = Atsaukt šo sertifikātu (moderatoriem)
certificate-revoke-reason = Iemesls, kas tiks parādīts sertifikātā
certificate-revoke-hint = Ne vairāk kā { $max } rakstzīmes.
certificate-revoke-submit = Atsaukt
notice-certificate-withdrawn = Jūsu sertifikāts vairs nav publisks.
notice-certificate-restored = Jūsu sertifikāts atkal ir publisks.
notice-certificate-revoked = Sertifikāts ir atsaukts.

## Gatavības pašnovērtējums
readiness-title = Cik gatava ir jūsu iestāde inovatīvam publiskajam iepirkumam?
readiness-intro = Novērtējiet { $count ->
    [zero] { $count } apgalvojumus
    [one] { $count } apgalvojumu
   *[other] { $count } apgalvojumus
} par savu publisko iestādi sešās jomās, sākot ar stratēģiju un beidzot ar rezultātu mērīšanu. Jūs saņemsiet rezultātu katrā jomā, ieteikumus ar kursiem, materiāliem un piemēriem jūsu vājākajām jomām, izmaiņas kopš iepriekšējā novērtējuma un, tiklīdz būs atbildējušas vismaz piecas citas iestādes, salīdzinājumu ar jūsu valsts un tāda paša veida iestādēm. Tas aizņem apmēram 10 minūtes. Jūsu atbildes redz tikai jūsu iestādes darbinieki.
readiness-who = Pašnovērtējumu aizpilda platformā reģistrētu publisko iestāžu darbinieki. Lai to aizpildītu, piesakieties ar savu kontu, kas saistīts ar jūsu iestādi.
readiness-history = Jūsu iestādes iepriekšējie novērtējumi
readiness-submit = Skatīt mūsu rezultātus
readiness-result-title = Jūsu gatavība inovatīvam publiskajam iepirkumam
readiness-result-of = Novērtējuma datums: { $date }.
readiness-chart-title = Rezultāts katrā jomā no 0 līdz 100 %
readiness-table-caption = Rezultāti katrā jomā, izmaiņas kopš iepriekšējā novērtējuma un citu iestāžu vidējais rādītājs
readiness-dimension = Joma
readiness-score = Rezultāts
readiness-change = Izmaiņas (procentpunkti)
readiness-country = Jūsu valsts iestādes
readiness-type = Tāda paša veida iestādes
readiness-too-few = Vēl nav atbildējušas vismaz piecas citas jūsu valsts vai tāda paša veida iestādes, tāpēc salīdzinājums netiek rādīts: tādējādi no tā nevar secināt nevienas iestādes atbildes.
readiness-peers-note = Tumšā atzīme uz joslas ir citu jūsu valsts iestāžu (vismaz piecu) jaunāko atbilžu vidējais rādītājs.
readiness-advice = Ar ko sākt
readiness-again = Atbildēt vēlreiz
err-readiness-unanswered = Izvēlieties vienu no piecām atbildēm.
err-readiness-step = Izvēlieties vienu no piecām parādītajām atbildēm.
err-readiness-incomplete = Uz dažiem apgalvojumiem vēl nav atbildēts: tie ir atzīmēti zemāk. Pārējās jūsu atbildes ir saglabātas.

## Jūsu mācības: izvēles, mācību dati, kolēģi
course-settings = Jūsu mācību iestatījumi
course-settings-hide = Paslēpt manu progresu kursos no kolēģiem
course-settings-reminders = Atgādināt man e-pastā, ja iesāktā kursā 7 dienas nav bijis progresa
course-settings-save = Saglabāt iestatījumus
notice-course-settings-saved = Jūsu mācību iestatījumi ir saglabāti.
course-records = Lejupielādēt manus mācību datus (xAPI)
course-records-hint = Viens xAPI ieraksts katrā rindā, paredzēts jūsu organizācijas mācību vadības sistēmai.
course-team-title = Jūsu kolēģu kursi
course-team-intro = Kursi, ko sākuši jūsu organizācijas darbinieki: kas tos pabeiguši un kur mācības tiek pārtrauktas. Kolēģi, kas paslēpuši savu progresu, netiek rādīti.
course-team-none = Neviens no jūsu organizācijas vēl nav sācis nevienu kursu.
course-team-csv = Lejupielādēt CSV formātā
course-team-summary = Sākuši: { $started }, pabeiguši: { $completed }.
course-team-stop = Kur mācības tiek pārtrauktas: „{ $lesson }” ({ $count }).
course-team-person = Persona
course-team-progress = Progress
course-team-last = Pēdējā aktivitāte
course-team-completed = Pabeigts

## Atgādinājums pēc 7 dienām bez aktivitātes
mail-course-reminder-subject = Jūsu kurss jūs gaida: { $course }
mail-course-reminder-body =
    Labdien, { $name }!

    Kurss „{ $course }” nav turpināts jau nedēļu. Turpiniet no vietas, kur apstājāties:
    { $link }

    Šos atgādinājumus varat izslēgt savos mācību iestatījumos:
    { $settings }

    PPI Hub
