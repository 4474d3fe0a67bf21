## Startseite
home-tagline = innovative öffentliche Beschaffung
home-title = Gemeinsam Innovation beschaffen
home-lead = Auf PPI Hub treffen sich öffentliche Auftraggeber und innovative Unternehmen rund um die Ostsee, veröffentlichen und finden Ausschreibungen und lernen, wie man Innovationen beschafft.
home-buyers-heading = Für öffentliche Auftraggeber
home-buyers-1 = Veröffentlichen Sie Ausschreibungen oberhalb und unterhalb der EU-Schwellenwerte – mit offenen Daten.
home-buyers-2 = Lernen Sie Anbieter kennen, denen Sie sonst nicht begegnet wären.
home-buyers-3 = Finden Sie öffentliche Stellen in anderen Ländern für gemeinsame Beschaffungen.
home-buyers-4 = Lernen Sie aus abgeschlossenen innovativen Beschaffungen und mit Selbstlernkursen.
home-suppliers-heading = Für Anbieter
home-suppliers-1 = Erstellen Sie ein Profil, das Auftraggeber in der ganzen Region finden.
home-suppliers-2 = Finden Sie die passenden Ausschreibungen für Ihr Unternehmen und lassen Sie sich benachrichtigen.
home-suppliers-3 = Stellen Sie den Auftraggebern Fragen, bevor Sie ein Angebot abgeben.
home-suppliers-4 = Zeigen Sie, was Ihr Unternehmen Neues anbietet.
home-status-heading = Was heute schon funktioniert
home-status-text = Konten für öffentliche Auftraggeber und Anbieter mit verifizierten öffentlichen Stellen; Ausschreibungen mit Suche, Fragen, Benachrichtigungen und offenen Daten im OCDS; das Anbieterverzeichnis mit Matchmaking; Partnergesuche und Nachrichten zwischen Organisationen; alles in sieben Sprachen. Wissenszentrum, Kurse und Assistent folgen.

## Bereiche im Aufbau

## Erklärung zur Barrierefreiheit
a11y-title = Erklärung zur Barrierefreiheit
a11y-intro = PPI Hub ist bemüht, seine Website im Einklang mit der Richtlinie (EU) 2016/2102 und den nationalen Gesetzen zu ihrer Umsetzung barrierefrei zugänglich zu machen. Diese Erklärung gilt für die gesamte Plattform PPI Hub.
a11y-status-heading = Stand der Vereinbarkeit mit den Anforderungen
a11y-status = Wir streben die vollständige Konformität mit WCAG 2.1 Stufe AA an (harmonisierte Norm EN 301 549). Bei jeder Änderung wird jede Seite automatisch mit axe-core auf WCAG 2.1 A und AA geprüft, in Desktop- und in Smartphone-Breite.
a11y-how-heading = Was wir tun
a11y-how-1 = Jede Seite ist allein mit der Tastatur bedienbar, und der Fokus ist immer sichtbar.
a11y-how-2 = Jede Seite funktioniert ohne JavaScript. Formulare erklären Fehler direkt am Feld und behalten Ihre Eingaben.
a11y-how-3 = Die Seiten passen sich an Smartphones ab 360 Pixel Breite, an breite Bildschirme und an 200 % Zoom an.
a11y-how-4 = Die Oberfläche ist auf Englisch, Dänisch, Deutsch, Estnisch, Finnisch, Lettisch und Litauisch verfügbar.
a11y-limits-heading = Bekannte Einschränkungen
a11y-limits = Die Liste der Regionen im Registrierungsformular für Auftraggeber ist lang. Tippen Sie den Anfang des Regionscodes oder -namens, um direkt dorthin zu springen. Automatische Tests finden nicht jedes Problem, deshalb freuen wir uns auch über Ihre Hinweise.
a11y-feedback-heading = Feedback und Kontakt
a11y-feedback = Wenn Sie auf eine Barriere stoßen oder Informationen in einem anderen Format benötigen, schreiben Sie uns. Wir antworten innerhalb von 10 Arbeitstagen.
a11y-enforcement-heading = Durchsetzungsverfahren
a11y-enforcement = Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die für die Barrierefreiheit von Websites zuständige Stelle in Ihrem Land wenden, in Deutschland zum Beispiel an die Schlichtungsstelle nach § 16 BGG oder an die Überwachungsstelle des Bundes für Barrierefreiheit von Informationstechnik.
a11y-prepared = Diese Erklärung wurde im November 2026 erstellt und wird mit jeder neuen Version überprüft.

## Datenschutz
privacy-title = Datenschutz
privacy-intro = PPI Hub speichert nach der EU-Datenschutz-Grundverordnung (DSGVO) nur, was für den Betrieb der Plattform für Sie nötig ist.
privacy-what-heading = Was wir speichern
privacy-what-1 = Ihren Namen, Ihre E-Mail-Adresse und die von Ihnen gewählte Sprache der Oberfläche.
privacy-what-2 = Ihre Organisation: Name, Land und bei öffentlichen Stellen die Art und die Region.
privacy-what-3 = Ihr Passwort nur als argon2id-Hash, aus dem sich das Passwort nicht zurückgewinnen lässt.
privacy-what-4 = Die E-Mails, die die Plattform Ihnen geschickt hat (Bestätigungslinks, Benachrichtigungen).
privacy-cookies-heading = Cookies
privacy-cookies = Wir verwenden zwei Cookies, beide unbedingt erforderlich: ein Sitzungscookie, solange Sie angemeldet sind, und eines, das sich Ihre Sprache merkt. Kein Tracking, keine Werbung, keine Dritten.
privacy-rights-heading = Ihre Rechte
privacy-rights = Auf Ihrer Kontoseite können Sie Ihre Daten einsehen und berichtigen, alle Daten als Datei herunterladen (Art. 15 und 20 DSGVO) und Ihr Konto löschen (Art. 17 DSGVO).
privacy-contact-heading = Kontakt
privacy-contact = Bei Fragen zu Ihren Daten schreiben Sie uns:
