## Public bodies and partner posts
theme-health-care = Gesundheit und Pflege
theme-mobility-transport = Mobilität und Verkehr
theme-energy-climate = Energie und Klima
theme-digital-services = Digitale Dienste
theme-construction-buildings = Bau und Gebäude
theme-water-environment = Wasser und Umwelt
theme-education = Bildung
theme-food = Lebensmittel
theme-safety-security = Sicherheit und Schutz
theme-circular-economy = Kreislaufwirtschaft
theme-other = Sonstiges
partner-status-open = Offen
partner-status-closed = Geschlossen
body-profile-title = Seite Ihrer öffentlichen Stelle
body-profile-intro = Was Sie hier eintragen, erscheint auf der Seite Ihrer öffentlichen Stelle, wo Anbieter und andere öffentliche Stellen Sie finden.
body-profile-view = Seite ansehen
body-field-contact-name = Ansprechperson für Beschaffung
body-field-contact-email = E-Mail-Adresse der Ansprechperson für Beschaffung
hint-body-contact-email = Wird auf der Seite angezeigt: Anbieter und andere öffentliche Stellen können dorthin schreiben. Ein Funktionspostfach eignet sich gut.
body-field-themes = Themen, in denen Sie beschaffen
body-field-cpv = CPV-Codes, die Sie interessieren
hint-body-cpv = Trennen Sie mehrere Codes durch Kommas.
body-profile-save = Seite speichern
notice-body-profile-saved = Die Seite Ihrer öffentlichen Stelle ist gespeichert.
body-contact = Ansprechperson für Beschaffung
body-interests = Interessen
body-themes = Themen
body-cpv = CPV-Codes
body-no-interests = Noch keine Interessen angegeben.
body-partner-posts = Partnergesuche
body-no-partner-posts = Keine offenen Partnergesuche.
body-edit = Diese Seite bearbeiten
body-not-public-yet = Nur Sie und Ihre Kolleginnen und Kollegen sehen diese Seite, bis Ihre öffentliche Stelle verifiziert ist.
body-contact-heading = Diese öffentliche Stelle kontaktieren
body-contact-intro = Ihre Nachricht erreicht die Mitarbeitenden von { $body } auf PPI Hub. Antworten erhalten Sie in Ihren Nachrichten.
body-contact-subject = Vorstellung: { $company }
partners-link = Partnersuche
partners-title = Partnersuche
partners-intro = Öffentliche Stellen beschreiben Bedarfe, die sie gemeinsam mit anderen beschaffen oder über die sie von anderen lernen möchten. Hier finden Sie Partner.
partner-search-label = Partnergesuche durchsuchen
partner-search-country = Land der öffentlichen Stelle
partner-search-seeking = Partner gesucht aus
partner-search-count = { $count ->
    [one] 1 offenes Partnergesuch
   *[other] { $count } offene Partnergesuche
}
partner-search-nothing = Kein offenes Partnergesuch passt.
partner-new-title = Partnergesuch veröffentlichen
partner-new-intro = Beschreiben Sie einen Bedarf, den Ihre öffentliche Stelle gemeinsam mit anderen beschaffen oder über den sie von anderen lernen möchte. Andere verifizierte öffentliche Stellen können Interesse bekunden; jede beginnt damit eine Unterhaltung mit Ihnen.
partner-field-title = Titel
partner-field-theme = Thema
partner-field-description = Beschreibung
hint-partner-description = Was brauchen Sie, und welche Art von Partner suchen Sie? Sie können Markdown verwenden: **fett**, Listen, Links.
partner-field-cpv = CPV-Code
hint-partner-cpv = Die Art der Beschaffung, falls Sie sie kennen.
partner-field-timeline = Zeitplan
hint-partner-timeline = Zum Beispiel: Markterkundung im 1. Quartal 2027, Ausschreibung im 3. Quartal 2027.
partner-field-countries = Partner gesucht aus
hint-partner-countries = Kreuzen Sie nichts an, wenn Partner aus allen Ländern willkommen sind.
partner-publish = Veröffentlichen
notice-partner-post-published = Ihr Partnergesuch ist veröffentlicht.
partner-body = Öffentliche Stelle
partner-published-on = Veröffentlicht
partner-countries-any = Alle Länder
partner-actions = Mitmachen
partner-interest-heading = Interesse bekunden
partner-interest-explain = Mit Ihrer Nachricht beginnt eine Unterhaltung mit { $body }.
partner-field-message = Nachricht
hint-partner-message = Stellen Sie Ihre öffentliche Stelle vor und schreiben Sie, was Sie sich von der Zusammenarbeit erhoffen.
partner-interest-submit = Senden
partner-interest-subject = Partnergesuch: { $title }
notice-interest-sent = Ihr Interesse wurde übermittelt. Die Unterhaltung finden Sie in Ihren Nachrichten.
partner-you-are-interested = Ihre öffentliche Stelle hat am { $date } Interesse bekundet.
partner-open-conversation = Unterhaltung öffnen
partner-interested-heading = Interessierte öffentliche Stellen
partner-no-interest-yet = Noch hat keine öffentliche Stelle Interesse bekundet.
partner-your-post = Ihr Gesuch
partner-close = Dieses Gesuch schließen
partner-close-explain = Ein geschlossenes Gesuch bleibt sichtbar, nimmt aber keine Interessenbekundungen mehr an.
notice-partner-post-closed = Das Gesuch ist geschlossen.
partner-closed-note = Dieses Gesuch ist geschlossen: Es nimmt keine Interessenbekundungen mehr an.
partner-sign-in-to-answer = Melden Sie sich als verifizierter öffentlicher Auftraggeber an, um Interesse zu bekunden
err-already-interested = Ihre öffentliche Stelle hat an diesem Gesuch bereits Interesse bekundet.
err-post-closed = Dieses Gesuch ist geschlossen: Es nimmt keine Interessenbekundungen mehr an.
mail-partner-interest-subject = { $body } interessiert sich für „{ $title }“
mail-partner-interest-body =
    Hallo { $name },

    { $body } hat Interesse an Ihrem Partnergesuch „{ $title }“ bekundet. Die Nachricht dazu finden Sie in Ihren Nachrichten auf PPI Hub. Alle Interessierten sind auf der Seite des Gesuchs aufgeführt:

    { $link }
body-team-title = Ihre Kolleginnen und Kollegen
body-team-intro = Die Personen Ihrer öffentlichen Stelle auf PPI Hub. Eingeladene Kolleginnen und Kollegen treten als Beschaffer der Stelle bei und teilen ihre Verifizierung: Sie veröffentlichen Ausschreibungen, beantworten Nachrichten und sehen den Kursfortschritt der anderen.
body-team-verified-first = Kolleginnen und Kollegen können eingeladen werden, sobald eine Moderatorin oder ein Moderator Ihre öffentliche Stelle verifiziert hat.
body-team-owner-invites = Die Person, die Ihre öffentliche Stelle registriert hat, lädt Kolleginnen und Kollegen ein.
