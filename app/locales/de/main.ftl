## Formate
format-date = { $day }. { $month } { $year }
format-datetime = { $date }, { $time } Uhr UTC
format-datetime-zoned = { $date }, { $time }
format-group-separator = .
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Seitenrahmen
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-tenders = Ausschreibungen
nav-suppliers = Anbieter
nav-knowledge = Wissen
nav-courses = Kurse
nav-assistant = Assistent
nav-sign-in = Anmelden
nav-sign-up = Registrieren
nav-sign-out = Abmelden
nav-account = Mein Konto
nav-moderation = Moderation
nav-outbox = Postausgang
language-label = Sprache
footer-tagline = PPI Hub – innovative öffentliche Beschaffung im Ostseeraum.
footer-accessibility = Erklärung zur Barrierefreiheit
footer-privacy = Datenschutz
choose = Bitte wählen…

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
home-status-text = Konten für öffentliche Auftraggeber und Anbieter, die Verifizierung öffentlicher Stellen und die Oberfläche in sieben Sprachen. Ausschreibungen, Anbieterverzeichnis, Wissenszentrum, Kurse und Assistent folgen.

## Bereiche im Aufbau
upcoming-not-yet = Dieser Bereich ist noch nicht verfügbar.
upcoming-tenders = Hier werden verifizierte öffentliche Auftraggeber Ausschreibungen veröffentlichen, und Anbieter können sie nach Text, CPV-Code, Region und EU-Schwellenwert durchsuchen.
upcoming-suppliers = Hier finden Auftraggeber Anbieter danach, was diese anbieten und wo sie tätig sind.
upcoming-knowledge = Hier finden Sie abgeschlossene innovative Beschaffungen und Materialien für die Praxis.
upcoming-courses = Hier absolvieren Sie Selbstlernkurse zur innovativen Beschaffung und verfolgen Ihren Fortschritt.
upcoming-assistant = Hier beantwortet ein Assistent Fragen zur innovativen Beschaffung auf Grundlage des Wissenszentrums und nennt seine Quellen.

## Formulare
field-optional = (optional)
field-name = Ihr Name
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-current-password = Aktuelles Passwort
field-new-email = Neue E-Mail-Adresse
field-public-body = Öffentliche Stelle
field-company = Name des Unternehmens
field-organisation-name = Name
field-country = Land
field-body-type = Art der öffentlichen Stelle
field-nuts = Region (NUTS)
field-registration-number = Handelsregisternummer
hint-password = Mindestens 12 Zeichen. Einige Wörter ohne Zusammenhang ergeben ein starkes Passwort.
hint-body-type = Davon hängt ab, welche EU-Schwellenwerte für Ihre Ausschreibungen gelten.
hint-nuts = Wo Ihre öffentliche Stelle ihren Sitz hat. Wählen Sie die genaueste mögliche Region.
hint-registration-number = Wie im Register des gewählten Landes, z. B. HRB 12345 in Deutschland. Wir prüfen die Nummer nach den Regeln dieses Landes.
hint-moderation-reason = Erforderlich bei einer Ablehnung: Der Auftraggeber erhält die Begründung per E-Mail.

## Fehler an Feldern
err-required = Bitte füllen Sie dieses Feld aus.
err-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
err-password-short = Das Passwort muss mindestens 12 Zeichen haben.
err-password-long = Das Passwort darf höchstens 256 Zeichen haben.
err-password-common = Dieses Passwort gehört zu den häufigsten. Wählen Sie ein anderes.
err-too-long = Das ist zu lang.
err-control-chars = Entfernen Sie die unsichtbaren Steuerzeichen.
err-choice = Wählen Sie eine der Optionen.
err-nuts-invalid = Wählen Sie eine Region aus der Liste.
err-nuts-country = Diese Region liegt nicht in dem Land, das Sie gewählt haben.
err-nuts-unknown = Diese Region gibt es nicht. Wählen Sie eine aus der Liste.
err-registration-invalid = Geben Sie die Nummer so ein, wie sie im Register steht: Buchstaben, Ziffern, Leerzeichen und - / .
err-registration-format-dk = Eine dänische CVR-Nummer hat 8 Ziffern und beginnt nicht mit 0.
err-registration-format-de = Geben Sie die Registernummer ein, z. B. HRB 12345 (oder HRA, GnR, PR, VR, GsR), oder die USt-IdNr.: DE und 9 Ziffern.
err-registration-format-ee = Ein estnischer Registercode hat 8 Ziffern.
err-registration-format-fi = Eine finnische Unternehmenskennung (Y-tunnus) hat 7 Ziffern, einen Bindestrich und eine Prüfziffer, z. B. 1234567-1.
err-registration-format-lv = Eine lettische Registernummer hat 11 Ziffern.
err-registration-format-lt = Ein litauischer Unternehmenscode (įmonės kodas) hat 9 Ziffern.
err-registration-format-no = Eine norwegische Organisationsnummer hat 9 Ziffern.
err-registration-format-se = Eine schwedische Organisationsnummer hat 10 Ziffern, z. B. 556123-4567.
err-registration-checksum = Die Prüfziffer stimmt nicht. Bitte prüfen Sie die Nummer auf Tippfehler.
err-registration-se-entity = Das sieht nach einer schwedischen Personennummer aus. In der Organisationsnummer eines Unternehmens ist die dritte Ziffer 2 oder größer.
err-confirm-delete = Setzen Sie zur Bestätigung das Häkchen.
err-credentials = E-Mail-Adresse oder Passwort ist falsch.
err-password-wrong = Das Passwort ist falsch.
err-email-unverified = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen einen neuen Link geschickt.
err-rate-limited = Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.
err-network = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
err-link-invalid = Dieser Link ist ungültig oder abgelaufen. Fordern Sie einen neuen an.

## Hinweise nach einer Aktion
notice-signed-out = Sie haben sich abgemeldet.
notice-signup-sent = Vielen Dank. Wir haben einen Link an Ihre E-Mail-Adresse geschickt: Öffnen Sie ihn, um die Adresse zu bestätigen, und melden Sie sich dann an.
notice-email-verified = Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.
notice-reset-sent = Falls ein Konto diese Adresse verwendet, haben wir einen Link dorthin geschickt, mit dem Sie ein neues Passwort wählen können.
notice-password-reset = Ihr neues Passwort ist gespeichert. Melden Sie sich damit an.
notice-password-changed = Ihr Passwort wurde geändert. Andere Sitzungen wurden abgemeldet.
notice-email-change-sent = Wir haben einen Link an die neue Adresse geschickt. Ihre Adresse ändert sich, sobald Sie ihn öffnen.
notice-email-changed = Ihre E-Mail-Adresse wurde geändert.
notice-profile-saved = Ihre Angaben wurden gespeichert.
notice-account-deleted = Ihr Konto und Ihre personenbezogenen Daten wurden gelöscht.
notice-decision-saved = Die Entscheidung ist gespeichert, und der Auftraggeber wurde benachrichtigt.
notice-link-invalid = Dieser Link ist ungültig oder abgelaufen. Fordern Sie einen neuen an.

## Registrierung und Anmeldung
signup-title = Registrieren
signup-intro = Erstellen Sie ein kostenloses Konto. Wählen Sie die Kontoart, die zu Ihnen passt.
signup-buyer-heading = Ich beschaffe für eine öffentliche Stelle
signup-buyer-text = Kommunen, Regionen, Behörden, Ministerien und Versorgungsunternehmen. Das Moderationsteam verifiziert Ihre öffentliche Stelle, bevor Sie Ausschreibungen veröffentlichen.
signup-buyer-action = Als öffentlicher Auftraggeber registrieren
signup-supplier-heading = Ich verkaufe an den öffentlichen Sektor
signup-supplier-text = Unternehmen jeder Größe, vor allem kleine und mittlere.
signup-supplier-action = Als Anbieter registrieren
signup-have-account = Sie haben schon ein Konto?
signup-buyer-title = Als öffentlicher Auftraggeber registrieren
signup-buyer-explain = Erzählen Sie uns von sich und Ihrer öffentlichen Stelle. Nachdem Sie Ihre E-Mail-Adresse bestätigt haben, verifiziert das Moderationsteam die öffentliche Stelle.
signup-supplier-title = Als Anbieter registrieren
signup-supplier-explain = Erzählen Sie uns von sich und Ihrem Unternehmen. Das Unternehmensprofil vervollständigen Sie nach der Anmeldung.
signup-submit = Konto erstellen
signin-title = Anmelden
signin-submit = Anmelden
signin-forgot = Passwort vergessen?
signin-no-account = Noch kein Konto?
forgot-title = Passwort vergessen
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen dann einen Link, mit dem Sie ein neues Passwort wählen können. Der Link funktioniert einmal und eine Stunde lang.
forgot-submit = Link senden
reset-title = Neues Passwort wählen
reset-submit = Neues Passwort speichern
reset-invalid = Dieser Link ist ungültig oder abgelaufen.
reset-ask-again = Neuen Link anfordern

## Konto
account-title = Mein Konto
account-you = Über Sie
account-role = Rolle
account-since = Mitglied seit
account-staff-note = Sie moderieren öffentliche Stellen auf dieser Plattform.
account-organisation = Ihre Organisation
account-verification = Verifizierung
verification-pending = Wartet auf das Moderationsteam. Sie können Ausschreibungen veröffentlichen, sobald Ihre öffentliche Stelle verifiziert ist.
verification-verified = Verifiziert
verification-rejected = Nicht verifiziert: { $reason }
account-edit = Angaben bearbeiten
account-save = Speichern
account-change-email = E-Mail-Adresse ändern
account-change-email-intro = Wir schicken einen Link an die neue Adresse. Die Änderung wird wirksam, wenn Sie ihn öffnen.
account-change-password = Passwort ändern
account-data = Ihre Daten
account-data-intro = Laden Sie alles, was wir über Sie speichern, als JSON-Datei herunter.
account-data-download = Meine Daten herunterladen
account-delete = Konto löschen
account-delete-intro = Damit werden Ihr Konto und Ihre personenbezogenen Daten endgültig gelöscht. Ihre Organisation bleibt bestehen, wenn Kolleginnen und Kollegen sie nutzen.
account-delete-confirm = Mir ist bewusst, dass dies nicht rückgängig gemacht werden kann.
account-delete-submit = Mein Konto löschen
role-buyer = Öffentlicher Auftraggeber
role-supplier = Anbieter
role-moderator = Moderator
role-admin = Administrator

## Moderation
moderation-title = Zu verifizierende öffentliche Stellen
moderation-intro = Prüfen Sie, ob die jeweilige Stelle ein öffentlicher Auftraggeber ist und ob die Person ihr angehört. Verifizieren Sie sie dann oder lehnen Sie sie ab.
moderation-empty = Es wartet keine öffentliche Stelle.
moderation-count = { $count ->
    [one] { $count } öffentliche Stelle wartet.
   *[other] { $count } öffentliche Stellen warten.
}
moderation-contact = Kontakt
moderation-registered = Registriert am
moderation-decision = Entscheidung
moderation-verify = Verifizieren
moderation-reject = Ablehnen
moderation-reason = Begründung
moderation-submit = Entscheidung speichern

## Postausgang
outbox-title = Postausgang
outbox-intro = Alle E-Mails, die die Plattform verschickt hat, die neuesten zuerst. Ohne SMTP-Server bleiben die E-Mails hier.
outbox-empty = Noch keine E-Mails.
outbox-to = An
outbox-when = Erstellt
outbox-status = Status
outbox-status-queued = In der Warteschlange
outbox-status-sent = Gesendet
outbox-status-failed = Fehlgeschlagen
outbox-status-logged = Hier abgelegt (kein SMTP-Server)

## Referenzdaten
country-dk = Dänemark
country-ee = Estland
country-fi = Finnland
country-de = Deutschland
country-lv = Lettland
country-lt = Litauen
country-no = Norwegen
country-se = Schweden
body-type-central-government = Zentrale Regierungsbehörde
body-type-regional-local = Regionale oder lokale Gebietskörperschaft
body-type-public-law-body = Einrichtung des öffentlichen Rechts
body-type-utility = Sektorenauftraggeber (Wasser, Energie, Verkehr, Postdienste)

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

## Fehlerseiten
error-home-link = Zur Startseite
error-400-title = Mit der Anfrage stimmt etwas nicht
error-400-text = Die Formulardaten konnten nicht gelesen werden. Gehen Sie zurück und versuchen Sie es erneut.
error-403-title = Nicht erlaubt
error-403-text = Dazu sind Sie nicht berechtigt. Wenn Sie meinen, dass Sie es sein sollten, melden Sie sich mit dem richtigen Konto an.
error-404-title = Seite nicht gefunden
error-404-text = Unter dieser Adresse gibt es keine Seite. Prüfen Sie die Adresse oder beginnen Sie auf der Startseite.
error-405-title = Hier nicht möglich
error-405-text = Diese Adresse nimmt diese Art von Anfrage nicht an.
error-413-title = Zu groß
error-413-text = Was Sie gesendet haben, ist größer als erlaubt.
error-415-title = Format nicht unterstützt
error-415-text = Was Sie gesendet haben, liegt in einem Format vor, das wir nicht annehmen.
error-429-title = Zu viele Anfragen
error-429-text = Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.
error-500-title = Etwas ist schiefgelaufen
error-500-text = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.

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

## E-Mails
mail-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse für PPI Hub
mail-verify-body =
    Hallo { $name },

    bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie diesen Link öffnen (er ist 48 Stunden gültig):

    { $link }

    Wenn Sie sich nicht bei PPI Hub registriert haben, ignorieren Sie diese Nachricht.
mail-account-exists-subject = Jemand wollte sich mit Ihrer Adresse bei PPI Hub registrieren
mail-account-exists-body =
    Hallo { $name },

    jemand hat versucht, mit dieser E-Mail-Adresse ein Konto bei PPI Hub anzulegen, doch für diese Adresse gibt es bereits ein Konto. Wenn Sie das waren, melden Sie sich hier an. Falls Sie Ihr Passwort vergessen haben, wählen Sie „Passwort vergessen?“:

    { $link }

    Wenn Sie das nicht waren, müssen Sie nichts tun.
mail-reset-subject = Neues Passwort für PPI Hub wählen
mail-reset-body =
    Hallo { $name },

    öffnen Sie diesen Link, um ein neues Passwort zu wählen (er funktioniert einmal und eine Stunde lang):

    { $link }

    Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.
mail-password-changed-subject = Ihr Passwort für PPI Hub wurde geändert
mail-password-changed-body =
    Hallo { $name },

    das Passwort Ihres Kontos bei PPI Hub wurde soeben geändert. Wenn Sie das nicht waren, setzen Sie Ihr Passwort sofort zurück und kontaktieren Sie uns.

    { $link }
mail-change-email-subject = Bestätigen Sie Ihre neue E-Mail-Adresse für PPI Hub
mail-change-email-body =
    Hallo { $name },

    öffnen Sie diesen Link, um diese Adresse als Ihre Adresse bei PPI Hub zu übernehmen (er ist 24 Stunden gültig):

    { $link }

    Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.
mail-email-changed-subject = Ihre E-Mail-Adresse bei PPI Hub wurde geändert
mail-email-changed-body =
    Hallo { $name },

    Ihr Konto bei PPI Hub verwendet jetzt die Adresse { $email }. Wenn Sie das nicht waren, kontaktieren Sie uns bitte sofort.
mail-body-verified-subject = { $body } ist auf PPI Hub verifiziert
mail-body-verified-body =
    Hallo { $name },

    das Moderationsteam hat { $body } verifiziert. Sie können jetzt Ausschreibungen auf PPI Hub veröffentlichen.

    { $link }
mail-body-rejected-subject = { $body } konnte auf PPI Hub nicht verifiziert werden
mail-body-rejected-body =
    Hallo { $name },

    das Moderationsteam konnte { $body } nicht als öffentliche Stelle verifizieren. Angegebene Begründung:

    { $reason }

    Antworten Sie auf diese Nachricht, wenn Sie dies für einen Irrtum halten.

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

## Messages
nav-messages = Nachrichten
messages-unread-hidden = ungelesen
messages-title = Nachrichten
messages-intro = Unterhaltungen zwischen Ihrer Organisation und anderen. Alle in Ihrer Organisation können sie lesen und beantworten.
messages-empty = Noch keine Unterhaltungen. Um eine zu beginnen, nutzen Sie das Kontaktformular im Profil eines Anbieters oder auf der Seite einer öffentlichen Stelle.
messages-unread = { $count ->
    [one] 1 ungelesen
   *[other] { $count } ungelesen
}
messages-mail-heading = Benachrichtigungen per E-Mail
messages-mail-label = Per E-Mail über neue Nachrichten informieren
messages-mail-immediately = Sofort
messages-mail-daily = Einmal täglich
messages-mail-never = Nie
messages-mail-save = Einstellung speichern
messages-send = Senden
messages-field-subject = Betreff
messages-field-body = Nachricht
messages-field-reply = Ihre Antwort
hint-messages-body = Reiner Text, bis zu 5.000 Zeichen. Alle in der anderen Organisation können die Nachricht lesen.
messages-with = Unterhaltung mit { $org }
messages-thread = Nachrichten
messages-reply-heading = Antworten
messages-former-member = Ehemaliges Mitglied
messages-you-blocked = Sie haben { $org } blockiert: Keine der beiden Organisationen kann in dieser Unterhaltung schreiben, bis Sie die Blockierung aufheben.
messages-they-blocked = { $org } nimmt keine Nachrichten von Ihrer Organisation an.
messages-block-heading = Diese Organisation blockieren
messages-block-explain = Eine Organisation, die Sie blockieren, kann Ihrer Organisation nicht mehr schreiben, und Ihre Organisation kann ihr nicht mehr schreiben. Um das Moderationsteam auf eine Nachricht hinzuweisen, die gegen die Regeln verstößt, melden Sie die Nachricht.
messages-block = { $org } blockieren
messages-unblock = Blockierung von { $org } aufheben
messages-report = Melden
messages-report-which = (Nachricht von { $name }, { $time })
messages-report-reason = Warum melden Sie diese Nachricht?
hint-messages-report = Das Moderationsteam sieht diese Nachricht und Ihre Begründung, sonst nichts aus der Unterhaltung.
messages-report-submit = Meldung senden
reports-title = Gemeldete Nachrichten
reports-empty = Keine gemeldeten Nachrichten.
reports-from = Nachricht von { $org }
reports-reporter = Gemeldet von
reports-reason = Begründung
reports-when = Gemeldet am
reports-resolve = Als erledigt markieren
notice-message-sent = Ihre Nachricht wurde gesendet.
notice-message-reported = Vielen Dank. Das Moderationsteam sieht sich die Nachricht an.
notice-message-mail-saved = Ihre E-Mail-Einstellung für Nachrichten ist gespeichert.
notice-organisation-blocked = Die Organisation ist blockiert. Keine der beiden Seiten kann jetzt Nachrichten senden.
notice-organisation-unblocked = Die Blockierung der Organisation ist aufgehoben.
notice-report-resolved = Die Meldung ist als erledigt markiert.
err-message-self = Sie können Ihrer eigenen Organisation keine Nachricht senden.
err-blocked = Nachrichten zwischen diesen Organisationen sind blockiert.
err-recipient-unavailable = Diese Organisation kann keine Nachrichten empfangen.
mail-message-received-subject = Neue Nachricht von { $org }: { $subject }
mail-message-received-body =
    Hallo { $name },

    { $org } hat Ihrer Organisation auf PPI Hub zum Thema „{ $subject }“ geschrieben.

    Lesen und beantworten Sie die Nachricht hier: { $link }

    Wie oft wir Ihnen E-Mails zu Nachrichten schicken, können Sie auf Ihrer Seite „Nachrichten“ ändern.
mail-messages-daily-subject = { $count ->
    [one] 1 ungelesene Nachricht auf PPI Hub
   *[other] { $count } ungelesene Nachrichten auf PPI Hub
}
mail-messages-daily-body =
    Hallo { $name },

    { $count ->
        [one] 1 neue Nachricht wartet auf Sie.
       *[other] { $count } neue Nachrichten warten auf Sie.
    }

    Zu Ihren Nachrichten: { $link }

    Wie oft wir Ihnen E-Mails zu Nachrichten schicken, können Sie auf Ihrer Seite „Nachrichten“ ändern.

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

## Suppliers: profile, directory, team, dashboard, matching
nav-dashboard = Übersicht
step-company = Unternehmen
step-logo = Logo
step-offer = Ihr Leistungsangebot
step-about = Kompetenzen
step-references = Referenzen
step-contact = Ansprechperson
step-review = Prüfen und veröffentlichen
step-company-intro = Wer Sie sind: Auftraggeber prüfen diese Angaben zuerst. Die Registernummer wird nach den Regeln des Registers Ihres Landes geprüft.
step-logo-intro = Ein Logo hilft Auftraggebern, Sie im Verzeichnis wiederzuerkennen. Sie können diesen Schritt überspringen und später ein Logo hinzufügen.
step-offer-intro = Was Sie liefern (CPV-Codes), wohin Sie liefern und in welchen Sprachen Sie arbeiten: Danach suchen Auftraggeber, und danach schlägt die Plattform Ihnen passende Ausschreibungen vor.
step-about-intro = In Ihren eigenen Worten: was Sie können und was Sie Neues in den öffentlichen Sektor einbringen.
step-references-intro = Frühere öffentliche Aufträge zeigen Auftraggebern, dass Sie liefern können. Fügen Sie so viele hinzu, wie Sie möchten, oder vorerst keine.
step-contact-intro = An wen sich Auftraggeber zu Ihrem Angebot wenden sollen.
step-review-intro = Prüfen Sie, was noch fehlt, und veröffentlichen Sie dann Ihr Profil im Anbieterverzeichnis.
profile-title = Ihr Unternehmensprofil
profile-continue = Weiter
profile-step-of = Schritt { $number } von { $count }: { $name }
profile-steps = Profilschritte
profile-steps-done = { $done } von { $count } Schritten erledigt
profile-step-done = erledigt
profile-save-continue = Speichern und weiter
profile-logo-alt = Logo von { $name }
profile-logo-upload = Logo hochladen
profile-skip-logo = Ohne Logo weiter
profile-no-references = Noch keine Referenzen.
profile-reference-remove = Entfernen
profile-reference-add = Referenz hinzufügen
profile-hide = Im Verzeichnis ausblenden
profile-view-public = Ihr öffentliches Profil ansehen
profile-publish = Im Verzeichnis veröffentlichen
profile-preview = Vorschau Ihres Profils
profile-publish-needs = Füllen Sie die oben als erforderlich markierten Punkte aus, um Ihr Profil zu veröffentlichen.
profile-delete = Profil löschen
profile-delete-confirm = Ja, das Profil unseres Unternehmens löschen
profile-delete-explain = Das Profil und alles darin wird endgültig gelöscht. Ihr Konto und die Konten Ihrer Kolleginnen und Kollegen bleiben bestehen.
profile-percent = Profil zu { $percent } % vollständig
profile-status-is = Status: { $status }
profile-completeness = Vollständigkeit des Profils
profile-item-done = erledigt
profile-item-required = fehlt (für die Veröffentlichung erforderlich)
profile-item-missing = fehlt (optional)
profile-status-draft = Entwurf, nicht öffentlich
profile-status-published = im Verzeichnis veröffentlicht
profile-status-hidden = im Verzeichnis ausgeblendet
complete-size = Unternehmensgröße
complete-vat = USt-IdNr.
complete-year = Gründungsjahr
complete-website = Website
complete-logo = Logo
complete-cpv = CPV-Codes, die Sie liefern
complete-regions = Regionen, in denen Sie tätig sind
complete-languages = Arbeitssprachen
complete-capability = Kompetenzprofil
complete-innovation = Innovationsangebot
complete-certifications = Zertifizierungen
complete-references = Referenzen
complete-contact = Ansprechperson
size-micro = Kleinstunternehmen
size-small = Kleines Unternehmen
size-medium = Mittleres Unternehmen
size-large = Großunternehmen
size-micro-hint = weniger als 10 Beschäftigte, Umsatz oder Bilanzsumme bis 2 Mio. EUR
size-small-hint = weniger als 50 Beschäftigte, Umsatz oder Bilanzsumme bis 10 Mio. EUR
size-medium-hint = weniger als 250 Beschäftigte, Umsatz bis 50 Mio. EUR oder Bilanzsumme bis 43 Mio. EUR
size-large-hint = 250 Beschäftigte oder mehr oder über den Grenzen für mittlere Unternehmen
language-en = Englisch
language-da = Dänisch
language-de = Deutsch
language-et = Estnisch
language-fi = Finnisch
language-lv = Lettisch
language-lt = Litauisch
language-sv = Schwedisch
language-no = Norwegisch
language-pl = Polnisch
language-fr = Französisch
language-es = Spanisch
language-it = Italienisch
language-nl = Niederländisch
field-vat-number = Umsatzsteuer-Identifikationsnummer (USt-IdNr.)
hint-vat-number = Mit dem Länderkürzel, wie in Ihrer Umsatzsteuerregistrierung, z. B. FI01120389.
field-size = Unternehmensgröße
hint-size = Nach der EU-Definition kleiner und mittlerer Unternehmen (KMU).
field-year-founded = Gründungsjahr
field-website = Website
hint-website = Die vollständige Adresse, beginnend mit https://
field-logo = Logo
hint-logo = Ein PNG-, JPEG- oder WebP-Bild, höchstens { $max } kB.
field-supplier-cpv = CPV-Codes, die Sie liefern
hint-supplier-cpv = Geben Sie ein Wort oder einen Code ein und wählen Sie aus der Liste; fügen Sie so viele hinzu, wie passen (bis zu 30). Allgemeinere Codes passen zu mehr Ausschreibungen.
field-regions = Regionen, in denen Sie tätig sind
hint-regions = NUTS-Regionen oder ganze Länder (z. B. FI1B, DK01, EE), durch Kommas getrennt.
field-all-eu = Wir sind in der gesamten EU und im EWR tätig
field-languages = Arbeitssprachen
field-capability = Kompetenzprofil
hint-capability = Was Ihr Unternehmen macht und gemacht hat: Produkte, Dienstleistungen, Team, Lieferkapazität.
field-innovation-offer = Innovationsangebot
hint-innovation-offer = Was Sie Neues mitbringen: ein Produkt, eine Methode oder ein Geschäftsmodell, das der öffentliche Sektor noch nicht beschafft.
field-certifications = Zertifizierungen
hint-certifications = Z. B. ISO 9001, ISO 14001, ISO 27001, eine pro Zeile.
field-reference-buyer = Öffentlicher Auftraggeber
field-reference-year = Jahr
field-reference-value = Auftragswert (EUR)
hint-reference-value = Ganze Euro, z. B. 120.000.
field-reference-description = Was Sie geliefert haben
field-contact-name = Ansprechperson
field-contact-email = E-Mail-Adresse der Ansprechperson
field-contact-phone = Telefonnummer der Ansprechperson
field-weekly-tenders = „Ausschreibungen für Sie“ einmal pro Woche per E-Mail erhalten
hint-weekly-tenders = Neue offene Ausschreibungen, die zu Ihrem Profil passen; Sie können das jederzeit abschalten.
field-join-company = Beitritt zu diesem Unternehmen beantragen, falls es schon auf PPI Hub ist
hint-join-company = Wenn eine Kollegin oder ein Kollege Ihr Unternehmen bereits registriert hat, nimmt der Inhaber des Unternehmenskontos Sie auf.
supplier-sme = KMU
supplier-all-eu = Gesamte EU und EWR
supplier-preview = Dies ist eine Vorschau: Ihr Profil ist nicht veröffentlicht.
supplier-edit = Profil bearbeiten
supplier-references = Referenzen
supplier-contact = Kontakt
supplier-sign-in-for-contact = Melden Sie sich an, um die Kontaktdaten zu sehen
supplier-contact-heading = Diesem Unternehmen eine Nachricht senden
directory-title = Anbieterverzeichnis
directory-intro = Unternehmen, die mit dem öffentlichen Sektor zusammenarbeiten möchten: Finden Sie sie danach, was sie liefern, wo und in welcher Sprache.
directory-your-profile = Ihr Unternehmensprofil
directory-search-label = Anbieterverzeichnis durchsuchen
directory-country = Land des Unternehmens
directory-region = Tätigkeitsregion
hint-directory-region = Ein NUTS-Code, z. B. FI1B oder DK01.
directory-sme-only = Nur kleine und mittlere Unternehmen
directory-language = Arbeitssprache
directory-nothing = Kein Unternehmen passt. Versuchen Sie es mit weniger Wörtern oder Filtern.
directory-count = { $count ->
    [one] 1 Unternehmen gefunden
   *[other] { $count } Unternehmen gefunden
}
fit-heading = Anbieter, die passen könnten
fit-intro = Veröffentlichte Unternehmen, deren Codes, Regionen und Beschreibungen zu dieser Ausschreibung passen. Weisen Sie sie auf die Ausschreibung hin oder laden Sie sie zu einer Markterkundung ein.
fit-none = Noch passt kein veröffentlichtes Unternehmen zu den Codes dieser Ausschreibung.
fit-unavailable = Vorschläge sind gerade nicht verfügbar.
fit-same-main-code = Liefert den Hauptcode der Ausschreibung, { $code }.
fit-same-code = Liefert { $code }, einen der Codes der Ausschreibung.
fit-broader-main-code = Liefert { $supplier }, der den Hauptcode { $tender } der Ausschreibung umfasst.
fit-broader-code = Liefert { $supplier }, der den Code { $tender } der Ausschreibung umfasst.
fit-same-group = Liefert { $supplier }, aus derselben Gruppe wie { $tender }.
fit-serves-region = Tätig in { $region }, wo der Auftrag ausgeführt wird.
fit-serves-all-eu = In der gesamten EU und im EWR tätig.
fit-shared-words = Beschreibt sich mit Wörtern aus der Ausschreibung: { $words }.
team-title = Ihr Team
team-intro = Alle hier sprechen auf PPI Hub für Ihr Unternehmen: Sie bearbeiten das Profil und beantworten Nachrichten.
team-people = Personen
team-owner = Inhaber
team-owners-invite = Der Inhaber des Unternehmenskontos lädt Kolleginnen und Kollegen ein.
team-invite = Kollegin oder Kollegen einladen
team-invite-email = E-Mail-Adresse der Kollegin oder des Kollegen
hint-team-invite = Die Person erhält einen Link zum Beitritt, der 7 Tage gültig ist.
team-invite-submit = Einladung senden
team-invited-until = eingeladen, Link gültig bis { $date }
team-open-invitations = Offene Einladungen
team-requests = Beitrittsanfragen
team-accept = Aufnehmen
team-decline = Ablehnen
join-title = Ihrem Unternehmen beitreten
join-intro = Sie wurden eingeladen, { $company } auf PPI Hub als { $email } beizutreten.
join-submit = Dem Unternehmen beitreten
join-create = Konto erstellen und beitreten
join-have-account = Sie haben schon ein Konto mit dieser Adresse?
dashboard-title = Übersicht
dashboard-hello = Willkommen, { $name }.
dashboard-join-waiting = Sie haben den Beitritt zu { $company } beantragt. Der Inhaber des Unternehmenskontos wurde benachrichtigt und wird Sie aufnehmen.
dashboard-no-company = Ihr Konto gehört zu keinem Unternehmen.
dashboard-body-page = Seite Ihrer öffentlichen Stelle
dashboard-body-profile = Kontakt und Interessen Ihrer öffentlichen Stelle bearbeiten
dashboard-partners = Partnersuche
dashboard-messages = Nachrichten
dashboard-profile = Ihr Unternehmensprofil
dashboard-edit-profile = Profil bearbeiten
dashboard-tenders-for-you = Ausschreibungen für Sie
dashboard-no-tenders = Derzeit passt keine offene Ausschreibung zu Ihrem Profil. Fügen Sie CPV-Codes hinzu, um mehr zu sehen.
dashboard-why = Warum diese Ausschreibung?
dashboard-weekly-is-on = Sie erhalten neue passende Ausschreibungen einmal pro Woche per E-Mail.
dashboard-weekly-is-off = Die wöchentliche E-Mail mit passenden Ausschreibungen ist ausgeschaltet.
dashboard-weekly-on = Wöchentliche E-Mail erhalten
dashboard-weekly-off = Wöchentliche E-Mail abbestellen
err-vat-format = Geben Sie die USt-IdNr. mit dem Länderkürzel und den Ziffern ein, z. B. FI01120389 oder DK13585628.
err-year-invalid = Geben Sie ein Jahr zwischen 1800 und dem laufenden Jahr ein, z. B. 2012.
err-phone-invalid = Geben Sie eine Telefonnummer mit 6 bis 20 Ziffern ein; Leerzeichen, +, - und Klammern sind erlaubt.
err-regions-required = Nennen Sie mindestens eine Region, in der Sie tätig sind, oder kreuzen Sie die gesamte EU an.
err-company-exists = Dieses Unternehmen ist bereits auf PPI Hub. Kreuzen Sie „Beitritt zu diesem Unternehmen beantragen“ an, um den Inhaber des Unternehmenskontos um Aufnahme zu bitten.
err-logo-type = Diese Datei ist kein PNG-, JPEG- oder WebP-Bild (wir prüfen den Inhalt der Datei, nicht ihren Namen).
err-profile-incomplete = Einige erforderliche Angaben fehlen: Siehe Liste.
err-already-member = Diese Person gehört bereits zu Ihrem Unternehmen.
err-invitation-other = Diese Einladung gilt für eine andere E-Mail-Adresse. Melden Sie sich ab und öffnen Sie den Link erneut.
err-invitation-sign-in = Es gibt bereits ein Konto mit dieser Adresse: Melden Sie sich zuerst an und öffnen Sie den Link dann erneut.
notice-step-saved = Gespeichert. Sie können hier aufhören und später weitermachen.
notice-reference-added = Die Referenz wurde hinzugefügt.
notice-reference-removed = Die Referenz wurde entfernt.
notice-logo-saved = Das Logo ist gespeichert.
notice-profile-published = Ihr Profil ist im Anbieterverzeichnis veröffentlicht.
notice-profile-hidden = Ihr Profil ist im Verzeichnis ausgeblendet.
notice-profile-deleted = Das Profil wurde gelöscht.
notice-weekly-on = Die wöchentliche E-Mail ist eingeschaltet.
notice-weekly-off = Die wöchentliche E-Mail ist ausgeschaltet.
notice-invitation-sent = Die Einladung wurde gesendet.
notice-member-added = Aufgenommen: Ihr Unternehmen hat ein neues Mitglied.
notice-request-declined = Die Anfrage wurde abgelehnt.
notice-joined = Willkommen: Sie gehören jetzt zum Unternehmen.
mail-join-request-subject = { $person } möchte Ihrem Unternehmen auf PPI Hub beitreten
mail-join-request-body =
    Hallo { $name },

    { $person } hat sich auf PPI Hub für Ihr Unternehmen registriert und möchte beitreten. Auf Ihrer Teamseite können Sie die Person aufnehmen oder die Anfrage ablehnen:

    { $link }
mail-invitation-subject = Treten Sie { $company } auf PPI Hub bei
mail-invitation-body =
    Hallo,

    { $person } lädt Sie ein, { $company } auf PPI Hub beizutreten, wo sich öffentliche Auftraggeber und Anbieter begegnen. Nehmen Sie die Einladung innerhalb von 7 Tagen an:

    { $link }
mail-join-accepted-subject = Sie sind dabei: { $company } auf PPI Hub
mail-join-accepted-body =
    Hallo { $name },

    Sie gehören jetzt zu { $company } auf PPI Hub. Hier können Sie sich anmelden:

    { $link }
mail-join-declined-subject = Ihre Beitrittsanfrage bei { $company }
mail-join-declined-body =
    Hallo { $name },

    der Inhaber des Unternehmenskontos von { $company } hat Ihre Beitrittsanfrage auf PPI Hub abgelehnt. Falls das ein Irrtum ist, wenden Sie sich bitte direkt an diese Person.
mail-tenders-for-you-subject = { $count ->
    [one] 1 neue Ausschreibung für Sie auf PPI Hub
   *[other] { $count } neue Ausschreibungen für Sie auf PPI Hub
}
mail-tenders-for-you-body =
    Hallo { $name },

    diese offenen Ausschreibungen wurden diese Woche veröffentlicht und könnten zu Ihrem Unternehmen passen:

    { $list }

    Warum sie passen, sehen Sie in Ihrer Übersicht; dort können Sie diese wöchentliche E-Mail auch abbestellen:
    { $link }
err-sender-unverified = Ihre öffentliche Stelle kann Unterhaltungen beginnen, sobald das Moderationsteam sie verifiziert hat. Auf Unterhaltungen, die andere beginnen, können Sie schon jetzt antworten.
