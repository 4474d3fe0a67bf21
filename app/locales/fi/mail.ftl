## Lähtevät viestit
outbox-title = Lähtevät viestit
outbox-intro = Kaikki alustan lähettämät sähköpostit uusimmasta alkaen. Ilman SMTP-palvelinta viestit jäävät tänne.
outbox-empty = Ei vielä sähköposteja.
outbox-to = Vastaanottaja
outbox-when = Luotu
outbox-status = Tila
outbox-status-queued = Jonossa
outbox-status-sent = Lähetetty
outbox-status-failed = Epäonnistui
outbox-status-logged = Säilytetään täällä (ei SMTP-palvelinta)
