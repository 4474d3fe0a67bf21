## Sõnumid
nav-messages = Sõnumid
messages-unread-hidden = lugemata
messages-title = Sõnumid
messages-intro = Teie organisatsiooni ja teiste organisatsioonide vahelised vestlused. Kõik teie organisatsiooni liikmed saavad neid lugeda ja neile vastata.
messages-empty = Vestlusi veel pole. Vestluse alustamiseks kasutage pakkuja profiilil või avaliku sektori asutuse lehel olevat kontaktivormi.
messages-unread = { $count ->
    [one] 1 lugemata
   *[other] { $count } lugemata
}
messages-mail-heading = E-posti teavitused
messages-mail-label = Teavita mind uutest sõnumitest e-posti teel
messages-mail-immediately = Kohe
messages-mail-daily = Kord päevas
messages-mail-never = Mitte kunagi
messages-mail-save = Salvesta seade
messages-send = Saada
messages-field-subject = Teema
messages-field-body = Sõnum
messages-field-reply = Teie vastus
hint-messages-body = Lihttekst, kuni 5000 märki. Kõik teise organisatsiooni liikmed saavad seda lugeda.
messages-with = Vestlus organisatsiooniga { $org }
messages-thread = Sõnumid
messages-reply-heading = Vastamine
messages-former-member = Endine liige
messages-you-blocked = Olete organisatsiooni { $org } blokeerinud: kumbki organisatsioon ei saa selles vestluses kirjutada, kuni te blokeeringu eemaldate.
messages-they-blocked = { $org } ei võta teie organisatsioonilt sõnumeid vastu.
messages-block-heading = Organisatsiooni blokeerimine
messages-block-explain = Blokeeritud organisatsioon ei saa enam teie organisatsioonile kirjutada ja teie organisatsioon ei saa enam sellele kirjutada. Kui sõnum rikub reegleid, teatage sellest moderaatoritele.
messages-block = Blokeeri organisatsioon { $org }
messages-unblock = Eemalda organisatsiooni { $org } blokeering
messages-report = Teata
messages-report-which = sõnum saatjalt { $name }, { $time }
messages-report-reason = Miks te sellest sõnumist teatate?
hint-messages-report = Moderaatorid näevad seda sõnumit ja teie põhjendust, kuid mitte midagi muud vestlusest.
messages-report-submit = Saada teade
reports-title = Teatatud sõnumid
reports-empty = Teatatud sõnumeid pole.
reports-from = Sõnum organisatsioonilt { $org }
reports-reporter = Teataja
reports-reason = Põhjus
reports-when = Teatamise aeg
reports-resolve = Märgi lahendatuks
notice-message-sent = Teie sõnum on saadetud.
notice-message-reported = Aitäh! Moderaatorid vaatavad sõnumi üle.
notice-message-mail-saved = Teie sõnumite e-posti seade on salvestatud.
notice-organisation-blocked = Organisatsioon on blokeeritud. Kumbki pool ei saa nüüd sõnumeid saata.
notice-organisation-unblocked = Organisatsiooni blokeering on eemaldatud.
notice-report-resolved = Teade on märgitud lahendatuks.
err-message-self = Oma organisatsioonile ei saa sõnumit saata.
err-blocked = Sõnumid nende organisatsioonide vahel on blokeeritud.
err-recipient-unavailable = See organisatsioon ei saa sõnumeid vastu võtta.
mail-message-received-subject = Uus sõnum organisatsioonilt { $org }: { $subject }
mail-message-received-body =
    Tere, { $name }!

    { $org } kirjutas teie organisatsioonile platvormil PPI Hub teemal „{ $subject }“.

    Lugege sõnumit ja vastake sellele siin: { $link }

    Seda, kui sageli teile sõnumitest e-kirju saadame, saate muuta oma sõnumite lehel.
mail-messages-daily-subject = { $count ->
    [one] 1 lugemata sõnum platvormil PPI Hub
   *[other] { $count } lugemata sõnumit platvormil PPI Hub
}
mail-messages-daily-body =
    Tere, { $name }!

    { $count ->
        [one] Teid ootab 1 uus sõnum.
       *[other] Teid ootab { $count } uut sõnumit.
    }

    Lugege siin: { $link }

    Seda, kui sageli teile sõnumitest e-kirju saadame, saate muuta oma sõnumite lehel.
