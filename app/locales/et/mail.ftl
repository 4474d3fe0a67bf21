## Väljuvad kirjad
outbox-title = Väljuvad kirjad
outbox-intro = Kõik platvormi saadetud e-kirjad, uusimad eespool. Kui SMTP-serverit pole, jäävad kirjad siia.
outbox-empty = E-kirju veel pole.
outbox-to = Saaja
outbox-when = Loodud
outbox-status = Olek
outbox-status-queued = Järjekorras
outbox-status-sent = Saadetud
outbox-status-failed = Ebaõnnestus
outbox-status-logged = Hoitakse siin (SMTP-serverit pole)
