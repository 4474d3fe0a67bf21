## Kurse: der Katalog
course-catalogue-intro = Selbstlernkurse zur innovativen öffentlichen Beschaffung, erarbeitet auf Grundlage der EU-Richtlinien, des Leitfadens der Kommission und realer Praxisbeispiele. Lesen und antworten Sie in Ihrem eigenen Tempo; Ihr Lernfortschritt begleitet Sie vom Smartphone bis zum PC. Melden Sie sich an, um ihn dauerhaft zu behalten und ein Zertifikat zu erhalten.
course-filters = Kurse filtern
course-for = Zielgruppe
course-level = Niveau
course-language = Sprache
course-languages = Sprachen
course-topic = Thema
course-length = Umfang
course-found = { $count ->
    [one] 1 Kurs
   *[other] { $count } Kurse
}
course-none-found = Kein Kurs entspricht diesen Filtern. Entfernen Sie einen Filter, um mehr zu sehen.
course-lessons-count = { $count ->
    [one] 1 Lektion
   *[other] { $count } Lektionen
}
course-minutes = ca. { $minutes } Min.
course-hours-minutes = ca. { $hours } Std. { $minutes } Min.
course-start = Kurs beginnen
course-continue = Weiter
course-continue-named = „{ $title }“ fortsetzen
course-review = Kurs noch einmal ansehen
course-my-learning = Ihre Kurse
course-my-certificates = Ihre Zertifikate
course-visitor-progress = Ihr Lernfortschritt wird vorerst in diesem Browser gespeichert. Melden Sie sich an oder registrieren Sie sich, damit er Ihnen auf allen Geräten zur Verfügung steht.
course-level-introductory = Einstieg
course-level-intermediate = Vertiefung
course-level-advanced = Fortgeschritten
course-audience-buyer = Öffentliche Auftraggeber
course-audience-supplier = Anbieter
course-topic-fundamentals = Grundlagen
course-topic-market-engagement = Einbindung des Marktes
course-topic-procedures = Verfahren
course-topic-contract-management = Vertragsmanagement
course-topic-strategy = Strategie
course-topic-legal = Rechtsrahmen

## Ein Kurs
course-your-progress = Ihr Lernfortschritt
course-progress-of = { $done } von { $total } Lektionen abgeschlossen
course-time-left = Noch { $time } bis zum Abschluss.
course-next-lesson = Als Nächstes: { $title }
course-complete = Sie haben diesen Kurs abgeschlossen.
course-lessons = Lektionen
course-linear = In diesem Kurs wird jede Lektion freigeschaltet, sobald Sie die vorherige abgeschlossen haben.
course-outcomes = Das lernen Sie
course-facts = Über diesen Kurs
course-pass-mark = Bestehensgrenze im Quiz
course-pass-mark-value = { $percent } % der Fragen richtig
course-version = Version
course-back = Alle Kurse
notice-course-complete = Herzlichen Glückwunsch: Sie haben den Kurs abgeschlossen. Ihr Zertifikat finden Sie weiter unten.

## Eine Lektion
lesson-breadcrumbs = Sie sind hier
lesson-n-of = Lektion { $n } von { $total }
lesson-state-done = Abgeschlossen
lesson-state-open = Noch nicht abgeschlossen
lesson-state-locked = Wird nach der vorherigen Lektion freigeschaltet
lesson-has-quiz = { $count ->
    [one] Quiz mit 1 Frage
   *[other] Quiz mit { $count } Fragen
}
lesson-optional = optional
lesson-rule-read = Abgeschlossen, wenn Sie sie bis zum Ende gelesen haben
lesson-rule-quiz = Abgeschlossen, wenn Sie das Quiz bestehen ({ $percent } % richtig)
lesson-locked = Diese Lektion wird freigeschaltet, sobald Sie die Lektionen davor abgeschlossen haben.
lesson-video = Video ansehen (öffnet eine andere Website)
lesson-read-more = Mehr dazu im Wissenszentrum
lesson-sources = Quellen
lesson-previous = Vorherige Lektion
lesson-done-next = Erledigt, weiter zur nächsten Lektion
lesson-done-last = Erledigt, zurück zum Kurs
lesson-to-course = Kursübersicht

## Quizze
quiz-title = Prüfen Sie Ihr Wissen
quiz-pass-mark = Zum Bestehen: { $percent } % der Fragen richtig.
quiz-attempts = Versuche: { $used } von { $allowed }.
quiz-question-n = Frage { $n } von { $total }
quiz-choose-one = Wählen Sie eine Antwort.
quiz-choose-all = Wählen Sie alle richtigen Antworten.
quiz-check = Antwort prüfen
quiz-right = Richtig.
quiz-wrong = Nicht richtig.
quiz-your-answer = Ihre Antwort:
quiz-learn-more = Mehr dazu:
quiz-score = Sie haben { $correct } von { $total } Fragen richtig beantwortet ({ $percent } %).
quiz-passed = Bestanden.
quiz-failed = Noch nicht bestanden: Erforderlich sind { $percent } %.
quiz-retry = Quiz erneut versuchen
quiz-cooling-down-until = Sie können es ab { $time } erneut versuchen.
err-quiz-choose = Wählen Sie eine Antwort.
err-quiz-one-option = Wählen Sie nur eine Antwort.
err-quiz-unknown-option = Diese Antwort gehört nicht zu den Optionen dieser Frage. Wählen Sie eine der angezeigten Antworten.
err-quiz-answered = Sie haben diese Frage in diesem Versuch bereits beantwortet.
err-quiz-attempt-over = Dieser Versuch ist beendet. Die Seite zeigt jetzt Ihren aktuellen Versuch.
err-quiz-passed = Sie haben dieses Quiz bereits bestanden.
err-quiz-no-attempts = Sie haben alle Versuche für dieses Quiz aufgebraucht.
err-quiz-cooling-down = Bitte warten Sie einige Minuten bis zum nächsten Versuch.
err-lesson-locked = Diese Lektion wird freigeschaltet, sobald Sie die Lektionen davor abgeschlossen haben.

## Zertifikate
certificate-title = Zertifikat
certificate-check = Zertifikat prüfen
certificate-code = Zertifikatscode
certificate-code-hint = 12 Buchstaben und Ziffern, wie auf dem Zertifikat angegeben, zum Beispiel ABCD-EFGH-JKMN.
certificate-check-submit = Prüfen
err-certificate-code = Ein Zertifikatscode besteht aus 12 Buchstaben und Ziffern (ohne 0, O, 1, I und L), zum Beispiel ABCD-EFGH-JKMN.
err-certificate-unknown = Zu diesem Code gibt es kein Zertifikat. Prüfen Sie den Code so, wie er auf dem Zertifikat steht.
certificate-valid = Dieses Zertifikat ist gültig: PPI Hub hat es ausgestellt und nicht widerrufen.
certificate-revoked = Dieses Zertifikat wurde am { $date } widerrufen.
certificate-withdrawn-note = Sie haben dieses Zertifikat aus der öffentlichen Ansicht genommen: Nur Sie sehen diese Seite. Wer seinen Code aufruft, erfährt, dass es zu diesem Code kein Zertifikat gibt.
certificate-certifies = Hiermit wird bescheinigt, dass
certificate-completed = den folgenden Kurs abgeschlossen hat:
certificate-hours = Lernzeit (Stunden)
certificate-date = Abgeschlossen am
certificate-band = Ergebnis
certificate-band-completed = Abgeschlossen
certificate-band-pass = Bestanden
certificate-band-merit = Gut bestanden (mindestens 75 % der Quizfragen richtig)
certificate-band-distinction = Mit Auszeichnung bestanden (mindestens 90 % der Quizfragen richtig)
certificate-issuer = Ausgestellt von
certificate-qr-alt = QR-Code der Seite dieses Zertifikats
certificate-to-course = Über den Kurs
certificate-yours = Ihr Zertifikat
certificate-open = Ihr Zertifikat öffnen
certificate-sign-in = Melden Sie sich an oder registrieren Sie sich, um Ihr Zertifikat zu erhalten: Es trägt Ihren Namen.
certificate-share = Teilen Sie die Adresse dieser Seite oder drucken Sie sie aus (der QR-Code führt hierher zurück).
certificate-download-pdf = Als PDF zum Drucken herunterladen
certificate-pdf-check = Prüfen Sie, ob dieses Zertifikat echt ist: Scannen Sie den QR-Code oder öffnen Sie diese Adresse. Die Seite zeigt, ob es noch gültig ist.
certificate-download-badge = Als digitales Abzeichen herunterladen (Open Badges 3.0)
certificate-badge-hint = Ein signierter Nachweis, den Sie einer digitalen Brieftasche (Wallet) hinzufügen können; jede prüfende Stelle kann ihn anhand des veröffentlichten Schlüssels von PPI Hub verifizieren.
certificate-withdraw = Aus der öffentlichen Ansicht nehmen
certificate-restore = Wieder öffentlich anzeigen
certificate-revoke = Dieses Zertifikat widerrufen (Moderationsteam)
certificate-revoke-reason = Grund (erscheint auf dem Zertifikat)
certificate-revoke-hint = Bis zu { $max } Zeichen.
certificate-revoke-submit = Widerrufen
notice-certificate-withdrawn = Ihr Zertifikat ist nicht mehr öffentlich.
notice-certificate-restored = Ihr Zertifikat ist wieder öffentlich.
notice-certificate-revoked = Das Zertifikat ist widerrufen.

## Selbsteinschätzung der Bereitschaft
readiness-title = Wie gut ist Ihre Stelle auf die innovative öffentliche Beschaffung vorbereitet?
readiness-intro = Bewerten Sie { $count ->
    [one] eine Aussage
   *[other] { $count } Aussagen
} über Ihre öffentliche Stelle in sechs Bereichen, von der Strategie bis zur Messung der Ergebnisse. Sie erhalten ein Ergebnis je Bereich, Empfehlungen mit Kursen, Materialien und Praxisbeispielen für Ihre schwächsten Bereiche, die Veränderung seit Ihrer letzten Selbsteinschätzung und, sobald mindestens fünf andere Stellen geantwortet haben, einen Vergleich mit Stellen Ihres Landes und derselben Art. Das dauert etwa 10 Minuten. Ihre Antworten sehen nur Personen Ihrer Stelle.
readiness-who = Die Selbsteinschätzung füllen Personen einer öffentlichen Stelle auf der Plattform aus. Melden Sie sich dazu mit Ihrem Konto an, das mit Ihrer Stelle verknüpft ist.
readiness-history = Frühere Selbsteinschätzungen Ihrer Stelle
readiness-submit = Unsere Ergebnisse anzeigen
readiness-result-title = Ihre Bereitschaft für die innovative öffentliche Beschaffung
readiness-result-of = Selbsteinschätzung vom { $date }.
readiness-chart-title = Ergebnis je Bereich, von 0 bis 100 %
readiness-table-caption = Ergebnisse je Bereich, Veränderung seit der vorherigen Selbsteinschätzung und Mittelwert anderer Stellen
readiness-dimension = Bereich
readiness-score = Ergebnis
readiness-change = Veränderung (Prozentpunkte)
readiness-country = Stellen Ihres Landes
readiness-type = Stellen derselben Art
readiness-too-few = Bisher haben weniger als fünf andere Stellen Ihres Landes oder derselben Art geantwortet, daher gibt es noch keinen Vergleich: So lassen sich keine Rückschlüsse auf die Antworten einzelner Stellen ziehen.
readiness-peers-note = Die dunkle Markierung auf einem Balken zeigt den Mittelwert der letzten Antworten anderer Stellen Ihres Landes (mindestens fünf).
readiness-advice = Woran Sie zuerst arbeiten sollten
readiness-again = Erneut beantworten
err-readiness-unanswered = Wählen Sie eine der fünf Antworten.
err-readiness-step = Wählen Sie eine der fünf angezeigten Antworten.
err-readiness-incomplete = Einige Aussagen sind noch nicht beantwortet: Diese sind unten markiert. Ihre übrigen Antworten bleiben erhalten.

## Ihre Kurse: Einstellungen, Lerndaten, Team
course-settings = Ihre Lerneinstellungen
course-settings-hide = Meinen Lernfortschritt vor meinen Kolleginnen und Kollegen verbergen
course-settings-reminders = Mich per E-Mail erinnern, wenn ich in einem begonnenen Kurs 7 Tage lang nicht weitergekommen bin
course-settings-save = Einstellungen speichern
notice-course-settings-saved = Ihre Lerneinstellungen sind gespeichert.
course-records = Meine Lerndaten herunterladen (xAPI)
course-records-hint = Ein xAPI-Statement pro Zeile, für das Lernmanagementsystem Ihrer Organisation.
course-team-title = Kurse Ihrer Kolleginnen und Kollegen
course-team-intro = Die Kurse, die Personen Ihrer Organisation begonnen haben: wer sie abgeschlossen hat und in welcher Lektion Teilnehmende aufhören. Kolleginnen und Kollegen, die ihren Lernfortschritt verbergen, werden nicht angezeigt.
course-team-none = Bisher hat niemand aus Ihrer Organisation einen Kurs begonnen.
course-team-csv = Als CSV herunterladen
course-team-summary = { $started } begonnen, { $completed } abgeschlossen.
course-team-stop = Wo Teilnehmende aufhören: „{ $lesson }“ ({ $count }).
course-team-person = Person
course-team-progress = Lernfortschritt
course-team-last = Letzte Aktivität
course-team-completed = Abgeschlossen

## Die Erinnerung nach 7 Tagen ohne Aktivität
mail-course-reminder-subject = Ihr Kurs wartet auf Sie: { $course }
mail-course-reminder-body =
    Hallo { $name },

    Sie haben den Kurs „{ $course }“ seit einer Woche nicht fortgesetzt. Machen Sie dort weiter, wo Sie aufgehört haben:
    { $link }

    Diese Erinnerungen können Sie in Ihren Lerneinstellungen abschalten:
    { $settings }

    PPI Hub
