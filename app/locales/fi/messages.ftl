## Viestit
nav-messages = Viestit
messages-unread-hidden = lukematonta
messages-title = Viestit
messages-intro = Organisaatiosi ja muiden organisaatioiden väliset keskustelut. Kaikki organisaatiosi jäsenet voivat lukea niitä ja vastata niihin.
messages-empty = Ei vielä keskusteluja. Voit aloittaa keskustelun toimittajan profiilin tai julkisen organisaation sivun yhteydenottolomakkeella.
messages-unread = { $count ->
    [one] 1 lukematon
   *[other] { $count } lukematonta
}
messages-mail-heading = Sähköposti-ilmoitukset
messages-mail-label = Ilmoita minulle uusista viesteistä sähköpostitse
messages-mail-immediately = Heti
messages-mail-daily = Kerran päivässä
messages-mail-never = Ei koskaan
messages-mail-save = Tallenna asetus
messages-send = Lähetä
messages-field-subject = Aihe
messages-field-body = Viesti
messages-field-reply = Vastauksesi
hint-messages-body = Pelkkää tekstiä, enintään 5 000 merkkiä. Kaikki toisen organisaation jäsenet voivat lukea sen.
messages-with = Keskustelu organisaation { $org } kanssa
messages-thread = Viestit
messages-reply-heading = Vastaa
messages-former-member = Entinen jäsen
messages-you-blocked = Olet estänyt organisaation { $org }: kumpikaan organisaatio ei voi kirjoittaa tähän keskusteluun, ennen kuin poistat eston.
messages-they-blocked = { $org } ei ota vastaan viestejä organisaatioltasi.
messages-block-heading = Estä tämä organisaatio
messages-block-explain = Estämäsi organisaatio ei voi enää kirjoittaa organisaatiollesi, eikä organisaatiosi voi enää kirjoittaa sille. Jos viesti rikkoo sääntöjä, ilmoita siitä moderaattoreille.
messages-block = Estä organisaatio { $org }
messages-unblock = Poista organisaation { $org } esto
messages-report = Ilmoita
messages-report-which = viesti lähettäjältä { $name }, { $time }
messages-report-reason = Miksi ilmoitat tästä viestistä?
hint-messages-report = Moderaattorit näkevät tämän viestin ja perustelusi, mutta eivät mitään muuta keskustelusta.
messages-report-submit = Lähetä ilmoitus
reports-title = Ilmoitetut viestit
reports-empty = Ei ilmoitettuja viestejä.
reports-from = Viesti organisaatiolta { $org }
reports-reporter = Ilmoittaja
reports-reason = Syy
reports-when = Ilmoitettu
reports-resolve = Merkitse ratkaistuksi
notice-message-sent = Viestisi on lähetetty.
notice-message-reported = Kiitos! Moderaattorit tarkistavat viestin.
notice-message-mail-saved = Viestien sähköpostiasetuksesi on tallennettu.
notice-organisation-blocked = Organisaatio on estetty. Kumpikaan osapuoli ei voi nyt lähettää viestejä.
notice-organisation-unblocked = Organisaation esto on poistettu.
notice-report-resolved = Ilmoitus on merkitty ratkaistuksi.
err-message-self = Et voi lähettää viestiä omalle organisaatiollesi.
err-blocked = Viestit näiden organisaatioiden välillä on estetty.
err-recipient-unavailable = Tämä organisaatio ei voi vastaanottaa viestejä.
mail-message-received-subject = Uusi viesti organisaatiolta { $org }: { $subject }
mail-message-received-body =
    Hei { $name },

    { $org } on kirjoittanut organisaatiollesi PPI Hub -palvelussa aiheesta ”{ $subject }”.

    Lue viesti ja vastaa siihen täällä: { $link }

    Voit muuttaa Viestit-sivulla, kuinka usein lähetämme sinulle sähköpostia viesteistä.
mail-messages-daily-subject = { $count ->
    [one] 1 lukematon viesti PPI Hub -palvelussa
   *[other] { $count } lukematonta viestiä PPI Hub -palvelussa
}
mail-messages-daily-body =
    Hei { $name },

    { $count ->
        [one] Sinua odottaa 1 uusi viesti.
       *[other] Sinua odottaa { $count } uutta viestiä.
    }

    Lue viestit täällä: { $link }

    Voit muuttaa Viestit-sivulla, kuinka usein lähetämme sinulle sähköpostia viesteistä.
