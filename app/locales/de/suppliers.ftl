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
join-title = Ihren Kolleginnen und Kollegen beitreten
join-intro = Sie wurden eingeladen, { $company } auf PPI Hub als { $email } beizutreten.
join-submit = Beitreten
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
notice-joined = Willkommen: Sie gehören jetzt zu Ihrer Organisation auf PPI Hub.
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
supplier-public-cpv = Was das Unternehmen liefert (CPV)
supplier-public-regions = Wo das Unternehmen tätig ist
dashboard-body-pending = { $body } wartet auf die Prüfung durch eine Moderatorin oder einen Moderator. Sie können Ausschreibungen schon jetzt als Entwurf vorbereiten und veröffentlichen, sobald die Stelle verifiziert ist.
dashboard-body-rejected = { $body } wurde nicht verifiziert; die E-Mail, die Sie erhalten haben, nennt den Grund. Entwürfe können Sie weiter vorbereiten.
dashboard-body-verified = { $body } ist eine verifizierte öffentliche Stelle: Sie können Ausschreibungen und Partnergesuche veröffentlichen.
dashboard-attention = Wartet auf Sie
dashboard-questions-waiting = Unbeantwortete Fragen ({ $count }): { $title }
dashboard-unread = Ungelesene Nachrichten: { $count }
dashboard-interest = Interesse an Ihren offenen Partnergesuchen: { $count }
dashboard-nothing-waiting = Nichts wartet auf Sie.
dashboard-your-tenders = Ihre Ausschreibungen
dashboard-all-tenders = Alle Ihre Ausschreibungen
dashboard-suggestions-hint = Die Seite jeder Ihrer Ausschreibungen nennt Anbieter, die passen könnten, mit den Gründen.
