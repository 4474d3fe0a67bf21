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
