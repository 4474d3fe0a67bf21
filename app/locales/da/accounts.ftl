## Oprettelse og login
signup-title = Opret konto
signup-intro = Opret en gratis konto. Vælg den type, der passer til dig.
signup-buyer-heading = Jeg køber ind for en offentlig myndighed
signup-buyer-text = Kommuner, regioner, styrelser, ministerier og forsyningsvirksomheder. En moderator verificerer din offentlige myndighed, før du kan offentliggøre udbud.
signup-buyer-action = Opret konto som offentlig indkøber
signup-supplier-heading = Jeg sælger til den offentlige sektor
signup-supplier-text = Virksomheder af alle størrelser, især små og mellemstore.
signup-supplier-action = Opret konto som leverandør
signup-have-account = Har du allerede en konto?
signup-buyer-title = Opret konto som offentlig indkøber
signup-buyer-explain = Fortæl os om dig selv og din offentlige myndighed. Når du har bekræftet din e-mailadresse, verificerer en moderator myndigheden.
signup-supplier-title = Opret konto som leverandør
signup-supplier-explain = Fortæl os om dig selv og din virksomhed. Du udfylder virksomhedsprofilen, når du er logget ind.
signup-submit = Opret konto
signin-title = Log ind
signin-submit = Log ind
signin-forgot = Har du glemt din adgangskode?
signin-no-account = Har du ikke en konto endnu?
forgot-title = Glemt adgangskode
forgot-intro = Indtast din e-mailadresse, så sender vi dig et link, hvor du kan vælge en ny adgangskode. Linket virker én gang og i én time.
forgot-submit = Send linket
reset-title = Vælg en ny adgangskode
reset-submit = Gem den nye adgangskode
reset-invalid = Linket er ugyldigt eller udløbet.
reset-ask-again = Bed om et nyt link

## Konto
account-title = Min konto
account-you = Om dig
account-role = Rolle
account-since = Medlem siden
account-staff-note = Du modererer offentlige myndigheder på denne platform.
account-organisation = Din organisation
account-verification = Verificering
verification-pending = Afventer en moderator. Du kan offentliggøre udbud, når din offentlige myndighed er verificeret.
verification-verified = Verificeret
verification-rejected = Ikke verificeret: { $reason }
account-edit = Ret dine oplysninger
account-save = Gem
account-change-email = Skift e-mailadresse
account-change-email-intro = Vi sender et link til den nye adresse. Ændringen træder i kraft, når du åbner det.
account-change-password = Skift adgangskode
account-data = Dine data
account-data-intro = Download alt, hvad vi gemmer om dig, som en JSON-fil.
account-data-download = Download mine data
account-delete = Slet konto
account-delete-intro = Det sletter din konto og dine personoplysninger permanent. Din organisation bliver bevaret, hvis kolleger bruger den.
account-delete-confirm = Jeg forstår, at det ikke kan fortrydes.
account-delete-submit = Slet min konto
role-buyer = Offentlig indkøber
role-supplier = Leverandør
role-moderator = Moderator
role-admin = Administrator

## Moderering
moderation-title = Offentlige myndigheder, der skal verificeres
moderation-intro = Kontrollér, at hver myndighed er en ordregivende myndighed, og at personen hører til den. Verificér eller afvis den derefter.
moderation-empty = Ingen offentlige myndigheder venter.
moderation-count = { $count ->
    [one] { $count } offentlig myndighed venter.
   *[other] { $count } offentlige myndigheder venter.
}
moderation-contact = Kontaktperson
moderation-registered = Registreret
moderation-decision = Afgørelse
moderation-verify = Verificér
moderation-reject = Afvis
moderation-reason = Begrundelse
moderation-submit = Gem afgørelse

## E-mails
mail-verify-subject = Bekræft din e-mailadresse til PPI Hub
mail-verify-body =
    Hej { $name }

    Bekræft din e-mailadresse ved at åbne dette link (det virker i 48 timer):

    { $link }

    Hvis du ikke har oprettet en konto på PPI Hub, kan du se bort fra denne e-mail.
mail-account-exists-subject = Nogen har forsøgt at oprette en konto på PPI Hub med din adresse
mail-account-exists-body =
    Hej { $name }

    Nogen har forsøgt at oprette en PPI Hub-konto med denne e-mailadresse, som allerede har en konto. Hvis det var dig, kan du logge ind her. Hvis du har glemt adgangskoden, så vælg »Har du glemt din adgangskode?«:

    { $link }

    Hvis det ikke var dig, behøver du ikke gøre noget.
mail-reset-subject = Vælg en ny adgangskode til PPI Hub
mail-reset-body =
    Hej { $name }

    Åbn dette link for at vælge en ny adgangskode (det virker én gang og i én time):

    { $link }

    Hvis du ikke har bedt om det, kan du se bort fra denne e-mail. Din adgangskode forbliver uændret.
mail-password-changed-subject = Din adgangskode til PPI Hub er blevet ændret
mail-password-changed-body =
    Hej { $name }

    Adgangskoden til din PPI Hub-konto er netop blevet ændret. Hvis det ikke var dig, så nulstil din adgangskode med det samme, og kontakt os.

    { $link }
mail-change-email-subject = Bekræft din nye e-mailadresse til PPI Hub
mail-change-email-body =
    Hej { $name }

    Åbn dette link for at gøre denne adresse til din adresse på PPI Hub (det virker i 24 timer):

    { $link }

    Hvis du ikke har bedt om det, kan du se bort fra denne e-mail.
mail-email-changed-subject = Din e-mailadresse på PPI Hub er blevet ændret
mail-email-changed-body =
    Hej { $name }

    Din PPI Hub-konto bruger nu adressen { $email }. Hvis det ikke var dig, så kontakt os med det samme.
mail-body-verified-subject = { $body } er verificeret på PPI Hub
mail-body-verified-body =
    Hej { $name }

    En moderator har verificeret { $body }. Du kan nu offentliggøre udbud på PPI Hub.

    { $link }
mail-body-rejected-subject = { $body } kunne ikke verificeres på PPI Hub
mail-body-rejected-body =
    Hej { $name }

    En moderator kunne ikke verificere { $body } som offentlig myndighed. Den angivne begrundelse:

    { $reason }

    Svar på denne e-mail, hvis du mener, at der er tale om en fejl.
