## Udbakke
outbox-title = Udbakke
outbox-intro = Alle e-mails, som platformen har sendt, med de nyeste først. Uden en SMTP-server bliver e-mails liggende her.
outbox-empty = Ingen e-mails endnu.
outbox-to = Til
outbox-when = Oprettet
outbox-status = Status
outbox-status-queued = I kø
outbox-status-sent = Sendt
outbox-status-failed = Mislykkedes
outbox-status-logged = Gemt her (ingen SMTP-server)
