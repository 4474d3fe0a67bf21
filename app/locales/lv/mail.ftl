## Izsūtne
outbox-title = Izsūtne
outbox-intro = Visas platformas nosūtītās e-pasta vēstules, jaunākās vispirms. Ja nav SMTP servera, vēstules paliek šeit.
outbox-empty = Vēl nav nevienas e-pasta vēstules.
outbox-to = Adresāts
outbox-when = Izveidota
outbox-status = Statuss
outbox-status-queued = Rindā
outbox-status-sent = Nosūtīta
outbox-status-failed = Neizdevās
outbox-status-logged = Saglabāta šeit (nav SMTP servera)
