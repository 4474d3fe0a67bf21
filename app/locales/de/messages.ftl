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
