## Siunčiamieji
outbox-title = Siunčiamieji laiškai
outbox-intro = Visi platformos išsiųsti el. laiškai, naujausi viršuje. Jei nėra SMTP serverio, laiškai lieka čia.
outbox-empty = El. laiškų dar nėra.
outbox-to = Gavėjas
outbox-when = Sukurta
outbox-status = Būsena
outbox-status-queued = Eilėje
outbox-status-sent = Išsiųsta
outbox-status-failed = Nepavyko
outbox-status-logged = Laikoma čia (nėra SMTP serverio)
