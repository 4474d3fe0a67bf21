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
