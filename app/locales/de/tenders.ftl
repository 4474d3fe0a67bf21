## EU-Schwellenwerte
threshold-above-works = Oberhalb des EU-Schwellenwerts: { $value } erreicht oder überschreitet den Schwellenwert von { $threshold }, der vom { $from } bis { $to } für öffentliche Bauaufträge gilt; der Auftrag ist daher EU-weit auszuschreiben und die Bekanntmachung geht an TED.
threshold-below-works = Unterhalb des EU-Schwellenwerts: { $value } liegt unter dem Schwellenwert von { $threshold }, der vom { $from } bis { $to } für öffentliche Bauaufträge gilt; eine EU-weite Ausschreibung ist daher nicht vorgeschrieben und die Bekanntmachung muss nicht an TED, nationale Vergaberegeln können aber gelten.
threshold-above-central = Oberhalb des EU-Schwellenwerts: { $value } erreicht oder überschreitet den Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Liefer- und Dienstleistungsaufträge zentraler Regierungsbehörden gilt; der Auftrag ist daher EU-weit auszuschreiben und die Bekanntmachung geht an TED.
threshold-below-central = Unterhalb des EU-Schwellenwerts: { $value } liegt unter dem Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Liefer- und Dienstleistungsaufträge zentraler Regierungsbehörden gilt; eine EU-weite Ausschreibung ist daher nicht vorgeschrieben und die Bekanntmachung muss nicht an TED, nationale Vergaberegeln können aber gelten.
threshold-above-sub-central = Oberhalb des EU-Schwellenwerts: { $value } erreicht oder überschreitet den Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Liefer- und Dienstleistungsaufträge regionaler und lokaler Gebietskörperschaften und Einrichtungen des öffentlichen Rechts gilt; der Auftrag ist daher EU-weit auszuschreiben und die Bekanntmachung geht an TED.
threshold-below-sub-central = Unterhalb des EU-Schwellenwerts: { $value } liegt unter dem Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Liefer- und Dienstleistungsaufträge regionaler und lokaler Gebietskörperschaften und Einrichtungen des öffentlichen Rechts gilt; eine EU-weite Ausschreibung ist daher nicht vorgeschrieben und die Bekanntmachung muss nicht an TED, nationale Vergaberegeln können aber gelten.
threshold-above-utilities = Oberhalb des EU-Schwellenwerts: { $value } erreicht oder überschreitet den Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Liefer- und Dienstleistungsaufträge von Sektorenauftraggebern gilt; der Auftrag ist daher EU-weit auszuschreiben und die Bekanntmachung geht an TED.
threshold-below-utilities = Unterhalb des EU-Schwellenwerts: { $value } liegt unter dem Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Liefer- und Dienstleistungsaufträge von Sektorenauftraggebern gilt; eine EU-weite Ausschreibung ist daher nicht vorgeschrieben und die Bekanntmachung muss nicht an TED, nationale Vergaberegeln können aber gelten.
threshold-above-utilities-works = Oberhalb des EU-Schwellenwerts: { $value } erreicht oder überschreitet den Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Bauaufträge von Sektorenauftraggebern gilt; der Auftrag ist daher EU-weit auszuschreiben und die Bekanntmachung geht an TED.
threshold-below-utilities-works = Unterhalb des EU-Schwellenwerts: { $value } liegt unter dem Schwellenwert von { $threshold }, der vom { $from } bis { $to } für Bauaufträge von Sektorenauftraggebern gilt; eine EU-weite Ausschreibung ist daher nicht vorgeschrieben und die Bekanntmachung muss nicht an TED, nationale Vergaberegeln können aber gelten.
threshold-above-social = Oberhalb des EU-Schwellenwerts: { $value } erreicht oder überschreitet den Schwellenwert von { $threshold }, der vom { $from } bis { $to } für soziale und andere besondere Dienstleistungen gilt; es gilt daher das erleichterte EU-Vergaberegime für diese Dienstleistungen und die Bekanntmachung geht an TED.
threshold-below-social = Unterhalb des EU-Schwellenwerts: { $value } liegt unter dem Schwellenwert von { $threshold }, der vom { $from } bis { $to } für soziale und andere besondere Dienstleistungen gilt; die EU-Vergaberegeln gelten daher nicht und die Bekanntmachung muss nicht an TED, nationale Vergaberegeln können aber gelten.
threshold-above-utilities-social = Oberhalb des EU-Schwellenwerts: { $value } erreicht oder überschreitet den Schwellenwert von { $threshold }, der vom { $from } bis { $to } für soziale und andere besondere Dienstleistungen von Sektorenauftraggebern gilt; es gilt daher das erleichterte EU-Vergaberegime für diese Dienstleistungen und die Bekanntmachung geht an TED.
threshold-below-utilities-social = Unterhalb des EU-Schwellenwerts: { $value } liegt unter dem Schwellenwert von { $threshold }, der vom { $from } bis { $to } für soziale und andere besondere Dienstleistungen von Sektorenauftraggebern gilt; die EU-Vergaberegeln gelten daher nicht und die Bekanntmachung muss nicht an TED, nationale Vergaberegeln können aber gelten.

## Ausschreibungen

tenders-title = Ausschreibungen
tenders-intro = Ausschreibungen öffentlicher Auftraggeber im Ostseeraum, oberhalb und unterhalb der EU-Schwellenwerte. Suchen Sie nach Wörtern, Region, CPV-Code und mehr.
tenders-mine-title = Ihre Ausschreibungen
tenders-mine-empty = Ihre öffentliche Stelle hat noch keine Ausschreibungen.
tender-new-title = Ausschreibung veröffentlichen
tender-new-intro = Speichern Sie die Ausschreibung zuerst als Entwurf; dann können Sie sie prüfen und veröffentlichen. Die Einstufung zum EU-Schwellenwert wird aktualisiert, während Sie den Wert eingeben.
tender-edit-title = Entwurf bearbeiten
tender-amend-title = Ausschreibung ändern
tender-amend-intro = Diese Ausschreibung ist veröffentlicht. Jede Änderung, die Sie speichern, erscheint in ihrem öffentlichen Änderungsverlauf, und wer ihr folgt, wird benachrichtigt.
tender-save-draft = Entwurf speichern
tender-save-amendment = Änderung speichern
tender-field-title = Titel
tender-field-description = Beschreibung
tender-field-contract-type = Art des Auftrags
tender-field-procedure = Verfahrensart
tender-field-innovation = Innovationscharakter
tender-field-value = Geschätzter Wert
tender-field-currency = Währung
tender-field-value-eur = Geschätzter Wert in Euro
tender-field-social-services = Soziale oder andere besondere Dienstleistungen
tender-field-notice-url = Amtliche Bekanntmachung (TED oder nationales Portal)
tender-field-ted-pending = Die Bekanntmachung wird gerade auf TED veröffentlicht
tender-field-main-cpv = Haupt-CPV-Code
tender-field-additional-cpv = Weitere CPV-Codes
tender-field-nuts = Erfüllungsort (NUTS)
tender-field-lots = Lose
tender-field-questions-deadline = Frist für Fragen
tender-field-submission-deadline = Angebotsfrist
tender-field-contact-name = Ansprechperson
tender-field-contact-email = Kontakt-E-Mail-Adresse
tender-field-winner = Erfolgreicher Bieter
tender-field-awarded-value = Auftragswert
tender-field-cancel-reason = Grund für die Aufhebung
hint-tender-description = Markdown: # Überschrift, **fett**, - Liste, [Link](https://…).
hint-tender-innovation = Der eForms-Code „Innovationsfördernde Auftragsvergabe“ (BT-776), wenn mit der Ausschreibung etwas Neues beschafft wird.
hint-tender-value = Gesamtbetrag ohne MwSt., einschließlich Optionen und Verlängerungen.
hint-tender-value-eur = Erforderlich, wenn die Währung nicht der Euro ist: Die EU-Schwellenwerte sind in Euro festgelegt.
hint-tender-social-services = Für Dienstleistungen nach Anhang XIV der Richtlinie 2014/24/EU (Gesundheits-, Sozial-, Bildungs-, kulturelle Dienstleistungen …) gilt ein eigener, höherer Schwellenwert.
hint-tender-notice-url = Oberhalb des EU-Schwellenwerts erforderlich, es sei denn, die Bekanntmachung wird gerade auf TED veröffentlicht.
hint-tender-cpv = Geben Sie ein Wort oder die ersten Ziffern eines Codes ein und wählen Sie aus der Liste.
hint-tender-additional-cpv = Mehrere Codes, durch Kommas getrennt.
hint-tender-nuts = Geben Sie den Namen oder Code einer Region ein und wählen Sie aus der Liste.
hint-tender-lots = Ein Los pro Zeile.
hint-tender-deadline = Ortszeit der Zeitzone { $zone }.
hint-tender-question = Ihre Frage wird mit der Antwort veröffentlicht, Ihr Name und Ihr Unternehmen nicht.
picker-search-cpv = CPV-Liste durchsuchen (öffnet in neuem Tab)
picker-search-nuts = NUTS-Regionen durchsuchen (öffnet in neuem Tab)
innovation-none = Nicht angegeben
contract-works = Bauleistungen
contract-supplies = Lieferleistungen
contract-services = Dienstleistungen
procedure-open = Offenes Verfahren
procedure-restricted = Nichtoffenes Verfahren
procedure-neg-w-call = Verhandlungsverfahren
procedure-comp-dial = Wettbewerblicher Dialog
procedure-innovation = Innovationspartnerschaft
procedure-pcp = Vorkommerzielle Auftragsvergabe
procedure-neg-wo-call = Verhandlungsverfahren ohne vorherige Veröffentlichung
procedure-simplified = Vereinfachtes Verfahren unterhalb der EU-Schwellenwerte
procedure-market-consultation = Markterkundung / Vorinformation
innovation-mar-nov = Neue oder deutlich verbesserte Produkte, Dienstleistungen oder Prozesse
innovation-proc-innov = Prozessinnovation
innovation-prod-innov = Produkt- oder Dienstleistungsinnovation
innovation-rd-act = Forschung und Entwicklung
currency-EUR = Euro (EUR)
currency-DKK = Dänische Krone (DKK)
currency-SEK = Schwedische Krone (SEK)
currency-NOK = Norwegische Krone (NOK)
status-draft = Entwurf
status-published = Offen
status-closed = Beendet
status-awarded = Vergeben
status-cancelled = Aufgehoben
tender-above-threshold = Oberhalb des EU-Schwellenwerts
tender-below-threshold = Unterhalb des EU-Schwellenwerts
tender-facts = Auf einen Blick
tender-buyer = Auftraggeber
tender-contact = Kontakt
tender-published-on = Veröffentlicht
tender-ted-pending = Wird gerade auf TED veröffentlicht
tender-add-to-calendar = Frist in Ihren Kalender eintragen
tender-open-data = Offene Daten: diese Ausschreibung im OCDS-Format
tender-deadline-passed = Frist abgelaufen
tender-days-left = noch { $count } Tage
tender-hours-left = { $count ->
    [one] noch 1 Stunde
   *[other] noch { $count } Stunden
}
tender-cancelled-because = Diese Ausschreibung ist aufgehoben: { $reason }
tender-awarded-to = Zuschlag an { $winner } über { $value }.
tender-history = Änderungsverlauf
tender-history-when = Wann
tender-history-field = Was
tender-history-before = Vorher
tender-history-after = Nachher
tender-questions = Fragen und Antworten
tender-no-questions = Noch keine Fragen beantwortet.
tender-question-asked = Frage vom { $date }
tender-answer = Antwort
tender-publish-answer = Antwort veröffentlichen
tender-ask-heading = Dem Auftraggeber eine Frage stellen
tender-ask-label = Ihre Frage
tender-ask-submit = Frage senden
tender-sign-in-to-ask = Melden Sie sich als Anbieter an, um eine Frage zu stellen
tender-follow-explain = Wer einer Ausschreibung folgt, erfährt per E-Mail von Änderungen und neuen Antworten.
tender-follow = Dieser Ausschreibung folgen
tender-unfollow = Nicht mehr folgen
tender-actions = Aktionen
tender-your-tender = Ihre Ausschreibung
tender-edit = Entwurf bearbeiten
tender-amend = Ausschreibung ändern
tender-publish = Veröffentlichen
tender-publish-needs-verification = Sie können veröffentlichen, sobald das Moderationsteam Ihre öffentliche Stelle verifiziert hat.
tender-close = Angebotsfrist jetzt beenden
tender-award-heading = Zuschlag erfassen
tender-award = Als vergeben markieren
tender-cancel-heading = Ausschreibung aufheben
tender-delete-draft-heading = Diesen Entwurf löschen
tender-delete-draft = Entwurf löschen
tender-cancel = Ausschreibung aufheben
body-tenders = Ausschreibungen
body-no-tenders = Noch keine veröffentlichten Ausschreibungen.
search-label = Ausschreibungen durchsuchen
search-words = Suchbegriffe
search-any = Alle
search-cpv = CPV-Code
hint-search-cpv = Ein Code oder seine ersten Ziffern: 45 findet alle Bauarbeiten.
hint-search-nuts = Ein Regionscode: FI1B findet Helsinki-Uusimaa und seine Teilregionen.
search-threshold = EU-Schwellenwert
search-status = Status
search-status-open = Offen für Angebote
search-status-closed = Beendet
search-status-awarded = Vergeben
search-status-cancelled = Aufgehoben
search-status-all = Alle Status
search-deadline = Angebotsfrist
search-from = Von
search-to = Bis
search-value = Geschätzter Wert (EUR)
search-min = Mindestens
search-max = Höchstens
search-sort = Sortieren nach
search-sort-deadline = Frist, nächste zuerst
search-sort-newest = Neueste zuerst
search-sort-value = Wert, höchster zuerst
search-submit = Suchen
search-reset = Suche zurücksetzen
search-count = { $count ->
    [one] 1 Ausschreibung gefunden
   *[other] { $count } Ausschreibungen gefunden
}
search-nothing = Keine Treffer. Versuchen Sie es mit weniger Wörtern oder Filtern.
search-ignored = Einige Sucheinstellungen wurden nicht verstanden und werden ignoriert: { $params }.
search-feed = Diese Suche im Feedreader verfolgen (Atom)
search-pages = Ergebnisseiten
search-previous = Vorherige Seite
search-next = Nächste Seite
search-page-of = Seite { $page } von { $pages }
codes-cpv-title = CPV-Codes
codes-cpv-intro = Durchsuchen Sie das Gemeinsame Vokabular für öffentliche Aufträge nach Wörtern oder nach den ersten Ziffern eines Codes und kopieren Sie den Code in Ihr Formular.
codes-nuts-title = NUTS-Regionen
codes-nuts-intro = Durchsuchen Sie die Regionen der Länder, in denen wir tätig sind, nach Name oder Code und kopieren Sie den Code in Ihr Formular.
codes-query = Wörter oder Code
codes-code = Code
codes-label = Bezeichnung
codes-count = { $count ->
    [one] 1 Treffer
   *[other] { $count } Treffer
}
notice-draft-saved = Der Entwurf ist gespeichert. Prüfen Sie ihn und veröffentlichen Sie ihn dann.
notice-tender-published = Die Ausschreibung ist veröffentlicht.
notice-tender-amended = Die Änderung ist gespeichert und im Änderungsverlauf sichtbar.
notice-tender-closed = Die Angebotsfrist der Ausschreibung ist beendet.
notice-tender-cancelled = Die Ausschreibung ist aufgehoben.
notice-tender-draft-deleted = Der Entwurf ist gelöscht.
notice-tender-awarded = Der Zuschlag ist erfasst.
notice-question-sent = Ihre Frage ist gesendet. Die Antwort erscheint hier, und wir benachrichtigen Sie per E-Mail.
notice-answer-published = Die Antwort ist veröffentlicht.
notice-following = Sie folgen dieser Ausschreibung.
notice-unfollowed = Sie folgen dieser Ausschreibung nicht mehr.
err-amount-invalid = Geben Sie einen ganzen Betrag in Ziffern ein, z. B. 250.000.
err-amount-negative = Der Betrag darf nicht negativ sein.
err-amount-too-large = Dieser Betrag ist zu groß.
err-cpv-invalid = Ein CPV-Code sieht so aus: 45210000-2, also acht Ziffern, ein Bindestrich und eine Prüfziffer.
err-cpv-unknown = Diesen CPV-Code gibt es nicht. Wählen Sie einen aus der Liste.
err-datetime-invalid = Geben Sie Datum und Uhrzeit ein.
err-deadline-order = Die Angebotsfrist muss nach der Frist für Fragen enden.
err-deadline-past = Diese Frist ist bereits abgelaufen.
err-notice-required = Oberhalb des EU-Schwellenwerts geben Sie die Adresse der amtlichen Bekanntmachung an oder kreuzen an, dass sie gerade auf TED veröffentlicht wird.
err-procedure-below-threshold-only = Diese Ausschreibung liegt über dem EU-Schwellenwert: Wählen Sie ein Verfahren der Richtlinie, nicht das vereinfachte Verfahren unterhalb der Schwelle.
err-url-invalid = Geben Sie eine Webadresse ein, die mit https:// beginnt.
err-too-many = Zu viele Einträge.
err-tender-not-editable = Diese Ausschreibung kann auf diesem Weg nicht mehr geändert werden.
err-tender-incomplete = Die Ausschreibung ist noch nicht bereit zur Veröffentlichung: Bearbeiten Sie sie und korrigieren Sie, was markiert ist.
err-tender-not-closed = Der Zuschlag kann erst erfasst werden, wenn die Angebotsfrist beendet ist.
err-questions-closed = Zu dieser Ausschreibung können keine Fragen mehr gestellt werden.
err-already-answered = Diese Frage ist bereits beantwortet.
mail-tender-amended-subject = Eine Ausschreibung, der Sie folgen, wurde geändert: { $title }
mail-tender-amended-body =
    Hallo { $name },

    der Auftraggeber hat „{ $title }“ geändert. Was sich geändert hat, sehen Sie im Änderungsverlauf:

    { $link }
mail-tender-cancelled-subject = Eine Ausschreibung, der Sie folgen, wurde aufgehoben: { $title }
mail-tender-cancelled-body =
    Hallo { $name },

    der Auftraggeber hat „{ $title }“ aufgehoben. Den Grund finden Sie auf der Seite der Ausschreibung:

    { $link }
mail-tender-awarded-subject = Eine Ausschreibung, der Sie folgen, wurde vergeben: { $title }
mail-tender-awarded-body =
    Hallo { $name },

    der Auftraggeber hat den Zuschlag für „{ $title }“ erteilt:

    { $link }
mail-tender-answered-subject = Neue Antwort zu einer Ausschreibung, der Sie folgen: { $title }
mail-tender-answered-body =
    Hallo { $name },

    der Auftraggeber hat eine Frage zu „{ $title }“ beantwortet:

    { $link }
mail-question-asked-subject = Ein Anbieter hat eine Frage gestellt: { $title }
mail-question-asked-body =
    Hallo { $name },

    ein Anbieter hat eine Frage zu „{ $title }“ gestellt. Beantworten Sie sie auf der Seite der Ausschreibung; die Antwort wird für alle veröffentlicht:

    { $link }
mail-question-answered-subject = Ihre Frage wurde beantwortet: { $title }
mail-question-answered-body =
    Hallo { $name },

    der Auftraggeber hat Ihre Frage zu „{ $title }“ beantwortet:

    { $link }
tender-documents = Dokumente
tender-no-documents = Noch keine Dokumente.
tender-upload-label = Dokument hinzufügen
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS oder ZIP, bis zu { $max } MB. Wir prüfen den Dateityp anhand des Inhalts der Datei.
tender-upload-submit = Hochladen
tender-document-delete = { $name } entfernen
tender-document-delete-short = Entfernen
tender-field-documents = Dokumente
notice-document-added = Das Dokument wurde hinzugefügt.
notice-document-removed = Das Dokument wurde entfernt.
err-file-required = Wählen Sie eine Datei zum Hochladen aus.
err-file-too-large = Diese Datei ist zu groß. Erlaubt sind höchstens 25 MB.
err-file-type = Diese Datei hat kein zulässiges Format (PDF, DOCX, XLSX, ODT, ODS oder ZIP). Wir prüfen den Inhalt der Datei, nicht ihren Namen.
saved-title = Ihre gespeicherten Suchen
saved-intro = Neue Ausschreibungen, die zu einer gespeicherten Suche passen, erhalten Sie einmal pro Stunde per E-Mail und im Feed der Suche.
saved-empty = Sie haben noch keine gespeicherten Suchen. Suchen Sie auf der Seite „Ausschreibungen“ und speichern Sie die Suche dort.
saved-save-heading = Diese Suche speichern
saved-explain = Neue passende Ausschreibungen erhalten Sie per E-Mail.
saved-name = Name der Suche
hint-saved-name = Damit Sie sie in Ihrer E-Mail wiedererkennen.
saved-default-name = Meine Ausschreibungssuche
saved-save = Suche speichern
saved-since = Gespeichert am { $date }
saved-show = Ergebnisse anzeigen
saved-delete = Löschen
notice-search-saved = Die Suche wurde gespeichert. Neue passende Ausschreibungen erhalten Sie per E-Mail.
notice-search-deleted = Die Suche wurde gelöscht.
mail-saved-search-digest-subject = { $count ->
    [one] 1 neue Ausschreibung für „{ $search }“
   *[other] { $count } neue Ausschreibungen für „{ $search }“
}
mail-saved-search-digest-body =
    Hallo { $name },

    zu Ihrer gespeicherten Suche „{ $search }“ gibt es neue Ausschreibungen:

    { $list }

    Alle Ergebnisse: { $link }
search-filters = { $count ->
    [0] Filter
    [one] Filter (1 aktiv)
   *[other] Filter ({ $count } aktiv)
}
