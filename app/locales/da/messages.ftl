## Messages
nav-messages = Beskeder
messages-unread-hidden = ulæste
messages-title = Beskeder
messages-intro = Samtaler mellem din organisation og andre. Alle i din organisation kan læse og besvare dem.
messages-empty = Ingen samtaler endnu. Du kan starte en med kontaktformularen på en leverandørs profil eller på en offentlig myndigheds side.
messages-unread = { $count ->
    [one] 1 ulæst
   *[other] { $count } ulæste
}
messages-mail-heading = Notifikationer på e-mail
messages-mail-label = Send mig en e-mail om nye beskeder
messages-mail-immediately = Med det samme
messages-mail-daily = Én gang om dagen
messages-mail-never = Aldrig
messages-mail-save = Gem indstillingen
messages-send = Send
messages-field-subject = Emne
messages-field-body = Besked
messages-field-reply = Dit svar
hint-messages-body = Almindelig tekst, højst 5.000 tegn. Alle i den anden organisation kan læse den.
messages-with = Samtale med { $org }
messages-thread = Beskeder
messages-reply-heading = Svar
messages-former-member = Tidligere medlem
messages-you-blocked = Du har blokeret { $org }: Ingen af organisationerne kan skrive i denne samtale, før du ophæver blokeringen.
messages-they-blocked = { $org } modtager ikke beskeder fra din organisation.
messages-block-heading = Blokér denne organisation
messages-block-explain = En organisation, du blokerer, kan ikke længere skrive til din, og din kan ikke længere skrive til den. Hvis du vil gøre moderatorerne opmærksom på en besked, der bryder reglerne, så anmeld den.
messages-block = Blokér { $org }
messages-unblock = Ophæv blokeringen af { $org }
messages-report = Anmeld
messages-report-which = beskeden fra { $name }, { $time }
messages-report-reason = Hvorfor anmelder du denne besked?
hint-messages-report = Moderatorerne ser denne besked og din begrundelse, men intet andet fra samtalen.
messages-report-submit = Send anmeldelsen
reports-title = Anmeldte beskeder
reports-empty = Ingen anmeldte beskeder.
reports-from = Besked fra { $org }
reports-reporter = Anmeldt af
reports-reason = Begrundelse
reports-when = Anmeldt
reports-resolve = Markér som løst
notice-message-sent = Din besked er sendt.
notice-message-reported = Tak. Moderatorerne vil se på beskeden.
notice-message-mail-saved = Din e-mailindstilling for beskeder er gemt.
notice-organisation-blocked = Organisationen er blokeret. Ingen af parterne kan sende beskeder nu.
notice-organisation-unblocked = Blokeringen af organisationen er ophævet.
notice-report-resolved = Anmeldelsen er markeret som løst.
err-message-self = Du kan ikke sende en besked til din egen organisation.
err-blocked = Beskeder mellem disse organisationer er blokeret.
err-recipient-unavailable = Denne organisation kan ikke modtage beskeder.
mail-message-received-subject = Ny besked fra { $org }: { $subject }
mail-message-received-body =
    Hej { $name }

    { $org } har skrevet til din organisation på PPI Hub om »{ $subject }«.

    Læs og besvar beskeden her: { $link }

    Du kan ændre, hvor ofte vi sender dig e-mails om beskeder, på din side Beskeder.
mail-messages-daily-subject = { $count ->
    [one] 1 ulæst besked på PPI Hub
   *[other] { $count } ulæste beskeder på PPI Hub
}
mail-messages-daily-body =
    Hej { $name }

    { $count ->
        [one] 1 ny besked venter på dig.
       *[other] { $count } nye beskeder venter på dig.
    }

    Gå til dine beskeder: { $link }

    Du kan ændre, hvor ofte vi sender dig e-mails om beskeder, på din side Beskeder.
