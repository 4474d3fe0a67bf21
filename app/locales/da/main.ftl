## Formater
format-date = { $day }. { $month } { $year }
format-datetime = { $date } kl. { $time } UTC
format-datetime-zoned = { $date } kl. { $time }
format-group-separator = .
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Sideramme
skip-to-content = Gå til indhold
nav-label = Hovedmenu
nav-tenders = Udbud
nav-suppliers = Leverandører
nav-knowledge = Viden
nav-courses = Kurser
nav-assistant = Assistent
nav-sign-in = Log ind
nav-sign-up = Opret konto
nav-sign-out = Log ud
nav-account = Min konto
nav-moderation = Moderering
nav-outbox = Udbakke
language-label = Sprog
footer-tagline = PPI Hub – innovative offentlige indkøb i Østersøregionen.
footer-accessibility = Tilgængelighedserklæring
footer-privacy = Privatlivspolitik
choose = Vælg…

## Forside
home-tagline = innovative offentlige indkøb
home-title = Køb innovation sammen
home-lead = PPI Hub er stedet, hvor offentlige indkøbere og innovative virksomheder omkring Østersøen mødes, offentliggør og finder udbud og lærer, hvordan man køber innovation.
home-buyers-heading = For offentlige indkøbere
home-buyers-1 = Offentliggør udbud over og under EU-tærskelværdierne – med åbne data.
home-buyers-2 = Mød leverandører, du ellers ikke ville have mødt.
home-buyers-3 = Find offentlige myndigheder i andre lande, som I kan lave fælles indkøb med.
home-buyers-4 = Lær af gennemførte innovative indkøb og på selvstudiekurser.
home-suppliers-heading = For leverandører
home-suppliers-1 = Opret en profil, som indkøbere i hele regionen kan finde.
home-suppliers-2 = Find de udbud, der passer til din virksomhed, og få besked om nye.
home-suppliers-3 = Stil spørgsmål til indkøberne, før du afgiver tilbud.
home-suppliers-4 = Vis, hvad der er nyt i dine produkter og ydelser.
home-status-heading = Det virker allerede
home-status-text = Konti til offentlige indkøbere og leverandører, verificering af offentlige myndigheder og brugerfladen på syv sprog. Udbud, leverandørkataloget, videncentret, kurserne og assistenten kommer senere.

## Dele, der ikke er bygget endnu
upcoming-not-yet = Denne del er ikke tilgængelig endnu.
upcoming-tenders = Her vil verificerede offentlige indkøbere offentliggøre udbud, og leverandører vil kunne søge i dem efter tekst, CPV-kode, region og EU-tærskelværdi.
upcoming-suppliers = Her vil indkøbere kunne finde leverandører ud fra, hvad de tilbyder, og hvor de arbejder.
upcoming-knowledge = Her vil du finde gennemførte innovative indkøb og praktiske materialer.
upcoming-courses = Her vil du kunne tage selvstudiekurser i innovative indkøb og følge dine fremskridt.
upcoming-assistant = Her vil en assistent besvare spørgsmål om innovative indkøb ud fra videncentret og henvise til sine kilder.

## Formularer
field-optional = (valgfrit)
field-name = Dit navn
field-email = E-mailadresse
field-password = Adgangskode
field-new-password = Ny adgangskode
field-current-password = Nuværende adgangskode
field-new-email = Ny e-mailadresse
field-public-body = Offentlig myndighed
field-company = Virksomhedens navn
field-organisation-name = Navn
field-country = Land
field-body-type = Type offentlig myndighed
field-nuts = Region (NUTS)
field-registration-number = Virksomhedens registreringsnummer
hint-password = Mindst 12 tegn. Nogle få ord, der ikke har noget med hinanden at gøre, giver en stærk adgangskode.
hint-body-type = Det afgør, hvilke EU-tærskelværdier der gælder for dine udbud.
hint-nuts = Hvor din offentlige myndighed har hjemsted. Vælg den mest præcise region, du kan.
hint-registration-number = Som i virksomhedsregistret i det land, du har valgt, f.eks. HRB 12345 i Tyskland. Vi kontrollerer nummeret efter landets regler.
hint-moderation-reason = Skal udfyldes ved afvisning: Indkøberen modtager begrundelsen på e-mail.

## Fejl ved felter
err-required = Udfyld dette felt.
err-email-invalid = Indtast en e-mailadresse som name@example.com.
err-password-short = Adgangskoden skal have mindst 12 tegn.
err-password-long = Adgangskoden må højst have 256 tegn.
err-password-common = Denne adgangskode er blandt de mest almindelige. Vælg en anden.
err-too-long = Det er for langt.
err-control-chars = Fjern de usynlige kontroltegn.
err-choice = Vælg en af mulighederne.
err-nuts-invalid = Vælg en region på listen.
err-nuts-country = Denne region ligger ikke i det land, du har valgt.
err-nuts-unknown = Denne region findes ikke. Vælg en på listen.
err-registration-invalid = Skriv nummeret, som virksomhedsregistret skriver det: bogstaver, cifre, mellemrum og - / .
err-registration-format-dk = Et CVR-nummer har 8 cifre og begynder ikke med 0.
err-registration-format-de = Angiv registernummeret, f.eks. HRB 12345 (eller HRA, GnR, PR, VR, GsR), eller momsnummeret: DE og 9 cifre.
err-registration-format-ee = Et estisk registreringsnummer (registrikood) har 8 cifre.
err-registration-format-fi = Et finsk FO-nummer (Y-tunnus) har 7 cifre, en bindestreg og et kontrolciffer, f.eks. 1234567-1.
err-registration-format-lv = Et lettisk registreringsnummer har 11 cifre.
err-registration-format-lt = En litauisk virksomhedskode (įmonės kodas) har 9 cifre.
err-registration-format-no = Et norsk organisationsnummer har 9 cifre.
err-registration-format-se = Et svensk organisationsnummer har 10 cifre, f.eks. 556123-4567.
err-registration-checksum = Kontrolcifferet passer ikke. Se efter, om der er en tastefejl.
err-registration-se-entity = Det ligner et svensk personnummer. I en virksomheds organisationsnummer er det tredje ciffer 2 eller højere.
err-confirm-delete = Sæt flueben i feltet for at bekræfte.
err-credentials = E-mailadressen eller adgangskoden er forkert.
err-password-wrong = Adgangskoden er forkert.
err-email-unverified = Bekræft først din e-mailadresse. Vi har sendt dig et nyt link.
err-rate-limited = For mange forsøg. Vent et par minutter, og prøv igen.
err-network = Der kunne ikke oprettes forbindelse til serveren. Tjek din forbindelse, og prøv igen.
err-link-invalid = Linket er ugyldigt eller udløbet. Bed om et nyt.

## Meddelelser efter en handling
notice-signed-out = Du er logget ud.
notice-signup-sent = Tak. Vi har sendt et link til din e-mailadresse. Åbn det for at bekræfte adressen, og log derefter ind.
notice-email-verified = Din e-mailadresse er bekræftet. Du kan logge ind nu.
notice-reset-sent = Hvis en konto bruger den adresse, har vi sendt et link til den, så du kan vælge en ny adgangskode.
notice-password-reset = Din nye adgangskode er gemt. Log ind med den.
notice-password-changed = Din adgangskode er ændret. Dine andre sessioner er logget ud.
notice-email-change-sent = Vi har sendt et link til den nye adresse. Din adresse ændres, når du åbner det.
notice-email-changed = Din e-mailadresse er ændret.
notice-profile-saved = Dine oplysninger er gemt.
notice-account-deleted = Din konto og dine personoplysninger er slettet.
notice-decision-saved = Afgørelsen er gemt, og indkøberen har fået besked.
notice-link-invalid = Linket er ugyldigt eller udløbet. Bed om et nyt.

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

## Referencedata
country-dk = Danmark
country-ee = Estland
country-fi = Finland
country-de = Tyskland
country-lv = Letland
country-lt = Litauen
country-no = Norge
country-se = Sverige
body-type-central-government = Central myndighed
body-type-regional-local = Regional eller lokal myndighed
body-type-public-law-body = Offentligretligt organ
body-type-utility = Forsyningsvirksomhed (vand, energi, transport, posttjenester)

## EU-tærskelværdier
threshold-above-works = Over tærskelværdien: { $value } er på eller over tærskelværdien på { $threshold }, der gælder for offentlige bygge- og anlægskontrakter fra { $from } til { $to }, og derfor skal kontrakten i EU-udbud, og bekendtgørelsen offentliggøres i TED.
threshold-below-works = Under tærskelværdien: { $value } er under tærskelværdien på { $threshold }, der gælder for offentlige bygge- og anlægskontrakter fra { $from } til { $to }, og derfor skal kontrakten ikke i EU-udbud, og bekendtgørelsen skal ikke til TED, men nationale regler kan gælde.
threshold-above-central = Over tærskelværdien: { $value } er på eller over tærskelværdien på { $threshold }, der gælder for vareindkøb og tjenesteydelser hos centrale myndigheder fra { $from } til { $to }, og derfor skal kontrakten i EU-udbud, og bekendtgørelsen offentliggøres i TED.
threshold-below-central = Under tærskelværdien: { $value } er under tærskelværdien på { $threshold }, der gælder for vareindkøb og tjenesteydelser hos centrale myndigheder fra { $from } til { $to }, og derfor skal kontrakten ikke i EU-udbud, og bekendtgørelsen skal ikke til TED, men nationale regler kan gælde.
threshold-above-sub-central = Over tærskelværdien: { $value } er på eller over tærskelværdien på { $threshold }, der gælder for vareindkøb og tjenesteydelser hos regionale og lokale myndigheder og offentligretlige organer fra { $from } til { $to }, og derfor skal kontrakten i EU-udbud, og bekendtgørelsen offentliggøres i TED.
threshold-below-sub-central = Under tærskelværdien: { $value } er under tærskelværdien på { $threshold }, der gælder for vareindkøb og tjenesteydelser hos regionale og lokale myndigheder og offentligretlige organer fra { $from } til { $to }, og derfor skal kontrakten ikke i EU-udbud, og bekendtgørelsen skal ikke til TED, men nationale regler kan gælde.
threshold-above-utilities = Over tærskelværdien: { $value } er på eller over tærskelværdien på { $threshold }, der gælder for forsyningsvirksomheders vareindkøb og tjenesteydelser fra { $from } til { $to }, og derfor skal kontrakten i EU-udbud, og bekendtgørelsen offentliggøres i TED.
threshold-below-utilities = Under tærskelværdien: { $value } er under tærskelværdien på { $threshold }, der gælder for forsyningsvirksomheders vareindkøb og tjenesteydelser fra { $from } til { $to }, og derfor skal kontrakten ikke i EU-udbud, og bekendtgørelsen skal ikke til TED, men nationale regler kan gælde.
threshold-above-utilities-works = Over tærskelværdien: { $value } er på eller over tærskelværdien på { $threshold }, der gælder for forsyningsvirksomheders bygge- og anlægskontrakter fra { $from } til { $to }, og derfor skal kontrakten i EU-udbud, og bekendtgørelsen offentliggøres i TED.
threshold-below-utilities-works = Under tærskelværdien: { $value } er under tærskelværdien på { $threshold }, der gælder for forsyningsvirksomheders bygge- og anlægskontrakter fra { $from } til { $to }, og derfor skal kontrakten ikke i EU-udbud, og bekendtgørelsen skal ikke til TED, men nationale regler kan gælde.
threshold-above-social = Over tærskelværdien: { $value } er på eller over tærskelværdien på { $threshold }, der gælder for sociale og andre specifikke tjenesteydelser fra { $from } til { $to }, og derfor gælder EU's light-regime for disse tjenesteydelser, og bekendtgørelsen offentliggøres i TED.
threshold-below-social = Under tærskelværdien: { $value } er under tærskelværdien på { $threshold }, der gælder for sociale og andre specifikke tjenesteydelser fra { $from } til { $to }, og derfor gælder EU-reglerne ikke, og bekendtgørelsen skal ikke til TED, men nationale regler kan gælde.
threshold-above-utilities-social = Over tærskelværdien: { $value } er på eller over tærskelværdien på { $threshold }, der gælder for forsyningsvirksomheders køb af sociale og andre specifikke tjenesteydelser fra { $from } til { $to }, og derfor gælder EU's light-regime for disse tjenesteydelser, og bekendtgørelsen offentliggøres i TED.
threshold-below-utilities-social = Under tærskelværdien: { $value } er under tærskelværdien på { $threshold }, der gælder for forsyningsvirksomheders køb af sociale og andre specifikke tjenesteydelser fra { $from } til { $to }, og derfor gælder EU-reglerne ikke, og bekendtgørelsen skal ikke til TED, men nationale regler kan gælde.

## Fejlsider
error-home-link = Gå til forsiden
error-400-title = Der er noget galt med forespørgslen
error-400-text = Formulardataene kunne ikke læses. Gå tilbage, og prøv igen.
error-403-title = Ikke tilladt
error-403-text = Du har ikke tilladelse til at gøre dette. Hvis du mener, at du burde have det, så log ind med den rigtige konto.
error-404-title = Siden blev ikke fundet
error-404-text = Der er ingen side på denne adresse. Tjek adressen, eller start fra forsiden.
error-405-title = Ikke muligt her
error-405-text = Denne adresse modtager ikke den type forespørgsel.
error-413-title = For stor
error-413-text = Det, du har sendt, er større, end vi modtager.
error-415-title = Formatet understøttes ikke
error-415-text = Det, du har sendt, er i et format, vi ikke modtager.
error-429-title = For mange forespørgsler
error-429-text = Vent et par minutter, og prøv igen.
error-500-title = Noget gik galt
error-500-text = Der opstod en fejl hos os. Prøv igen om lidt.

## Tilgængelighedserklæring
a11y-title = Tilgængelighedserklæring
a11y-intro = PPI Hub arbejder for at gøre sit websted tilgængeligt i overensstemmelse med direktiv (EU) 2016/2102 og de nationale love, der gennemfører det. Denne erklæring gælder for hele PPI Hub-platformen.
a11y-status-heading = Overholdelsesstatus
a11y-status = Vi stræber efter fuld overensstemmelse med WCAG 2.1 niveau AA (den harmoniserede standard EN 301 549). Ved hver ændring testes hver side automatisk med axe-core efter WCAG 2.1 A og AA i både computer- og mobilbredde.
a11y-how-heading = Det gør vi
a11y-how-1 = Alle sider kan betjenes med tastaturet alene, og fokus er altid synligt.
a11y-how-2 = Alle sider virker uden JavaScript. Formularer forklarer fejl ved feltet og beholder det, du har skrevet.
a11y-how-3 = Siderne tilpasser sig alt fra mobiler med en bredde på 360 pixel til brede skærme og zoom på 200 %.
a11y-how-4 = Brugerfladen findes på engelsk, dansk, tysk, estisk, finsk, lettisk og litauisk.
a11y-limits-heading = Kendte begrænsninger
a11y-limits = Listen over regioner i oprettelsesformularen for indkøbere er lang. Skriv begyndelsen af regionens kode eller navn for at springe direkte til den. Automatiske test kan ikke finde alle problemer, så vi tager også gerne imod dine henvendelser.
a11y-feedback-heading = Feedback og kontakt
a11y-feedback = Hvis du støder på en barriere eller har brug for information i et andet format, så skriv til os. Vi svarer inden for 10 arbejdsdage.
a11y-enforcement-heading = Klagemulighed
a11y-enforcement = Hvis du ikke er tilfreds med vores svar, kan du henvende dig til den myndighed, der fører tilsyn med webtilgængelighed i dit land. I Danmark er det Digitaliseringsstyrelsen.
a11y-prepared = Erklæringen blev udarbejdet i november 2026 og gennemgås ved hver ny version.

## Privatlivspolitik
privacy-title = Privatlivspolitik
privacy-intro = PPI Hub gemmer kun det, der er nødvendigt for at drive platformen for dig, i overensstemmelse med EU's databeskyttelsesforordning (GDPR).
privacy-what-heading = Det gemmer vi
privacy-what-1 = Dit navn, din e-mailadresse og det sprog, du har valgt til brugerfladen.
privacy-what-2 = Din organisation: navn, land og for offentlige myndigheder også type og region.
privacy-what-3 = Din adgangskode, men kun som en argon2id-hash, der ikke kan omdannes til adgangskoden igen.
privacy-what-4 = De e-mails, platformen har sendt dig (bekræftelseslinks, meddelelser).
privacy-cookies-heading = Cookies
privacy-cookies = Vi bruger to cookies, som begge er strengt nødvendige: en sessionscookie, mens du er logget ind, og en, der husker dit sprog. Ingen sporing, ingen reklamer, ingen tredjeparter.
privacy-rights-heading = Dine rettigheder
privacy-rights = På din kontoside kan du se og rette dine data, downloade dem alle som en fil (artikel 15 og 20 i databeskyttelsesforordningen/GDPR) og slette din konto (artikel 17 i databeskyttelsesforordningen/GDPR).
privacy-contact-heading = Kontakt
privacy-contact = Har du spørgsmål om dine data, så skriv til os:

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

## Udbud

tenders-title = Udbud
tenders-intro = Udbud fra offentlige indkøbere i Østersøregionen, over og under EU-tærskelværdierne. Søg på ord, region, CPV-kode og meget mere.
tenders-mine-title = Dine udbud
tenders-mine-empty = Din offentlige myndighed har ingen udbud endnu.
tender-new-title = Offentliggør et udbud
tender-new-intro = Gem først udbuddet som kladde. Så kan du kontrollere det og derefter offentliggøre det. Vurderingen i forhold til EU-tærskelværdien opdateres, mens du indtaster værdien.
tender-edit-title = Ret kladden
tender-amend-title = Ændr udbuddet
tender-amend-intro = Udbuddet er offentliggjort. Alle ændringer, du gemmer, vises i udbuddets offentlige ændringshistorik, og de, der følger udbuddet, får besked.
tender-save-draft = Gem kladde
tender-save-amendment = Gem ændring
tender-field-title = Titel
tender-field-description = Beskrivelse
tender-field-contract-type = Kontrakttype
tender-field-procedure = Udbudsprocedure
tender-field-innovation = Innovationskarakter
tender-field-value = Anslået værdi
tender-field-currency = Valuta
tender-field-value-eur = Anslået værdi i euro
tender-field-social-services = Sociale eller andre specifikke tjenesteydelser
tender-field-notice-url = Officiel bekendtgørelse (TED eller national portal)
tender-field-ted-pending = Bekendtgørelsen er ved at blive offentliggjort i TED
tender-field-main-cpv = Primær CPV-kode
tender-field-additional-cpv = Supplerende CPV-koder
tender-field-nuts = Udførelsessted (NUTS)
tender-field-lots = Delkontrakter
tender-field-questions-deadline = Frist for spørgsmål
tender-field-submission-deadline = Tilbudsfrist
tender-field-contact-name = Kontaktperson
tender-field-contact-email = E-mailadresse til kontakt
tender-field-winner = Vindende leverandør
tender-field-awarded-value = Kontraktværdi
tender-field-cancel-reason = Begrundelse for annulleringen
hint-tender-description = Markdown: # overskrift, **fed**, - liste, [link](https://…).
hint-tender-innovation = eForms-koden »Offentlige indkøb af innovationsløsninger« (BT-776), hvis udbuddet køber noget nyt.
hint-tender-value = Det samlede beløb uden moms, inklusive optioner og forlængelser.
hint-tender-value-eur = Skal udfyldes, når valutaen ikke er euro: EU-tærskelværdierne er i euro.
hint-tender-social-services = Tjenesteydelser i bilag XIV til direktiv 2014/24/EU (sundhed, sociale ydelser, undervisning, kultur …) har deres egen, højere tærskelværdi.
hint-tender-notice-url = Skal udfyldes over EU-tærskelværdien, medmindre bekendtgørelsen er ved at blive offentliggjort i TED.
hint-tender-cpv = Skriv et ord eller de første cifre i en kode, og vælg på listen.
hint-tender-additional-cpv = Flere koder adskilt af kommaer.
hint-tender-nuts = Skriv en regions navn eller kode, og vælg på listen.
hint-tender-lots = Én delkontrakt pr. linje.
hint-tender-deadline = Lokal tid i tidszonen { $zone }.
hint-tender-question = Dit spørgsmål offentliggøres sammen med svaret, men det gør dit navn og din virksomhed ikke.
picker-search-cpv = Søg i CPV-listen (åbner i en ny fane)
picker-search-nuts = Søg i NUTS-regionerne (åbner i en ny fane)
innovation-none = Ikke angivet
contract-works = Bygge- og anlægsarbejder
contract-supplies = Varer
contract-services = Tjenesteydelser
procedure-open = Offentligt udbud
procedure-restricted = Begrænset udbud
procedure-neg-w-call = Udbud med forhandling
procedure-comp-dial = Konkurrencepræget dialog
procedure-innovation = Innovationspartnerskab
procedure-pcp = Prækommercielt indkøb
procedure-neg-wo-call = Udbud med forhandling uden forudgående offentliggørelse
procedure-simplified = Forenklet procedure under EU-tærskelværdien
procedure-market-consultation = Markedsdialog / forhåndsmeddelelse
innovation-mar-nov = Nyt eller væsentligt forbedret produkt, tjenesteydelse eller proces
innovation-proc-innov = Procesinnovation
innovation-prod-innov = Produkt- eller serviceinnovation
innovation-rd-act = Forskning og udvikling
currency-EUR = Euro (EUR)
currency-DKK = Danske kroner (DKK)
currency-SEK = Svenske kroner (SEK)
currency-NOK = Norske kroner (NOK)
status-draft = Kladde
status-published = Åben
status-closed = Lukket
status-awarded = Tildelt
status-cancelled = Annulleret
tender-above-threshold = Over EU-tærskelværdien
tender-below-threshold = Under EU-tærskelværdien
tender-facts = Overblik
tender-buyer = Ordregiver
tender-contact = Kontakt
tender-published-on = Offentliggjort
tender-ted-pending = Ved at blive offentliggjort i TED
tender-add-to-calendar = Føj fristen til din kalender
tender-open-data = Åbne data: dette udbud i OCDS
tender-deadline-passed = fristen er udløbet
tender-days-left = { $count } dage tilbage
tender-hours-left = { $count ->
    [one] 1 time tilbage
   *[other] { $count } timer tilbage
}
tender-cancelled-because = Udbuddet er annulleret: { $reason }
tender-awarded-to = Tildelt { $winner } for { $value }.
tender-history = Ændringshistorik
tender-history-when = Hvornår
tender-history-field = Hvad
tender-history-before = Før
tender-history-after = Efter
tender-questions = Spørgsmål og svar
tender-no-questions = Ingen spørgsmål er besvaret endnu.
tender-question-asked = Spørgsmål stillet { $date }
tender-answer = Svar
tender-publish-answer = Offentliggør svaret
tender-ask-heading = Stil ordregiveren et spørgsmål
tender-ask-label = Dit spørgsmål
tender-ask-submit = Send spørgsmålet
tender-sign-in-to-ask = Log ind som leverandør for at stille et spørgsmål
tender-follow-explain = De, der følger udbuddet, får besked på e-mail om ændringer og nye svar.
tender-follow = Følg udbuddet
tender-unfollow = Stop med at følge
tender-actions = Handlinger
tender-your-tender = Dit udbud
tender-edit = Ret kladden
tender-amend = Ændr udbuddet
tender-publish = Offentliggør
tender-publish-needs-verification = Du kan offentliggøre, når en moderator har verificeret din offentlige myndighed.
tender-close = Luk for tilbud nu
tender-award-heading = Registrér tildelingen
tender-award = Markér som tildelt
tender-cancel-heading = Annullér udbuddet
tender-cancel = Annullér udbuddet
body-tenders = Udbud
body-no-tenders = Ingen offentliggjorte udbud endnu.
search-label = Søg i udbud
search-words = Ord
search-any = Alle
search-cpv = CPV-kode
hint-search-cpv = En kode eller dens første cifre: 45 finder alle bygge- og anlægsarbejder.
hint-search-nuts = En regionskode: FI1B finder Helsinki-Uusimaa og dens underregioner.
search-threshold = EU-tærskelværdi
search-status = Status
search-status-open = Åben for tilbud
search-status-closed = Lukket
search-status-awarded = Tildelt
search-status-cancelled = Annulleret
search-status-all = Alle statusser
search-deadline = Tilbudsfrist
search-from = Fra
search-to = Til
search-value = Anslået værdi (EUR)
search-min = Mindst
search-max = Højst
search-sort = Sortér efter
search-sort-deadline = Frist, nærmeste først
search-sort-newest = Nyeste først
search-sort-value = Værdi, højeste først
search-submit = Søg
search-reset = Ryd søgningen
search-count = { $count ->
    [one] 1 udbud fundet
   *[other] { $count } udbud fundet
}
search-nothing = Intet passer til søgningen. Prøv med færre ord eller filtre.
search-ignored = Nogle søgeindstillinger blev ikke forstået og ignoreres: { $params }.
search-feed = Følg søgningen i en feedlæser (Atom)
search-pages = Resultatsider
search-previous = Forrige side
search-next = Næste side
search-page-of = Side { $page } af { $pages }
codes-cpv-title = CPV-koder
codes-cpv-intro = Søg i det fælles glossar for offentlige kontrakter (CPV) på ord eller på de første cifre i en kode, og kopiér koden ind i din formular.
codes-nuts-title = NUTS-regioner
codes-nuts-intro = Søg i regionerne i de lande, vi dækker, på navn eller kode, og kopiér koden ind i din formular.
codes-query = Ord eller kode
codes-code = Kode
codes-label = Betegnelse
codes-count = { $count ->
    [one] 1 resultat
   *[other] { $count } resultater
}
notice-draft-saved = Kladden er gemt. Kontrollér den, og offentliggør den derefter.
notice-tender-published = Udbuddet er offentliggjort.
notice-tender-amended = Ændringen er gemt og vises i ændringshistorikken.
notice-tender-closed = Udbuddet er lukket for tilbud.
notice-tender-cancelled = Udbuddet er annulleret.
notice-tender-awarded = Tildelingen er registreret.
notice-question-sent = Dit spørgsmål er sendt. Svaret bliver vist her, og vi giver dig besked på e-mail.
notice-answer-published = Svaret er offentliggjort.
notice-following = Du følger udbuddet.
notice-unfollowed = Du følger ikke længere udbuddet.
err-amount-invalid = Indtast et helt beløb med cifre, f.eks. 250.000.
err-amount-negative = Beløbet må ikke være negativt.
err-amount-too-large = Beløbet er for stort.
err-cpv-invalid = En CPV-kode ser sådan ud: 45210000-2 – otte cifre, en bindestreg og et kontrolciffer.
err-cpv-unknown = Den CPV-kode findes ikke. Vælg en på listen.
err-datetime-invalid = Indtast dato og klokkeslæt.
err-deadline-order = Tilbudsfristen skal ligge efter fristen for spørgsmål.
err-deadline-past = Fristen er allerede udløbet.
err-notice-required = Over EU-tærskelværdien skal du angive adressen på den officielle bekendtgørelse eller markere, at den er ved at blive offentliggjort i TED.
err-url-invalid = Indtast en webadresse, der begynder med https://
err-too-many = For mange poster.
err-tender-not-editable = Udbuddet kan ikke længere ændres på denne måde.
err-tender-incomplete = Udbuddet er ikke klar til at blive offentliggjort: Redigér det, og ret det, der er markeret.
err-tender-not-closed = Et udbud kan først tildeles, når det er lukket for tilbud.
err-questions-closed = Der kan ikke længere stilles spørgsmål til dette udbud.
err-already-answered = Spørgsmålet er allerede besvaret.
mail-tender-amended-subject = Et udbud, du følger, er ændret: { $title }
mail-tender-amended-body =
    Hej { $name }

    Ordregiveren har ændret »{ $title }«. Ændringshistorikken viser, hvad der er ændret:

    { $link }
mail-tender-cancelled-subject = Et udbud, du følger, er annulleret: { $title }
mail-tender-cancelled-body =
    Hej { $name }

    Ordregiveren har annulleret »{ $title }«. Begrundelsen står på udbuddets side:

    { $link }
mail-tender-awarded-subject = Et udbud, du følger, er tildelt: { $title }
mail-tender-awarded-body =
    Hej { $name }

    Ordregiveren har tildelt kontrakten i »{ $title }«:

    { $link }
mail-tender-answered-subject = Nyt svar i et udbud, du følger: { $title }
mail-tender-answered-body =
    Hej { $name }

    Ordregiveren har besvaret et spørgsmål om »{ $title }«:

    { $link }
mail-question-asked-subject = En leverandør har stillet et spørgsmål: { $title }
mail-question-asked-body =
    Hej { $name }

    En leverandør har stillet et spørgsmål om »{ $title }«. Besvar det på udbuddets side. Svaret offentliggøres for alle:

    { $link }
mail-question-answered-subject = Dit spørgsmål er besvaret: { $title }
mail-question-answered-body =
    Hej { $name }

    Ordregiveren har besvaret dit spørgsmål om »{ $title }«:

    { $link }
tender-documents = Dokumenter
tender-no-documents = Ingen dokumenter endnu.
tender-upload-label = Tilføj et dokument
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS eller ZIP, højst { $max } MB. Vi kontrollerer filtypen ud fra filens indhold.
tender-upload-submit = Upload
tender-document-delete = Fjern { $name }
tender-document-delete-short = Fjern
tender-field-documents = Dokumenter
notice-document-added = Dokumentet er tilføjet.
notice-document-removed = Dokumentet er fjernet.
err-file-required = Vælg den fil, du vil uploade.
err-file-too-large = Filen er for stor. Den må højst fylde 25 MB.
err-file-type = Filen er ikke i et af de tilladte formater (PDF, DOCX, XLSX, ODT, ODS eller ZIP). Vi kontrollerer filens indhold, ikke dens navn.
saved-title = Dine gemte søgninger
saved-intro = Nye udbud, der passer til en gemt søgning, får du på e-mail én gang i timen og i søgningens feed.
saved-empty = Du har ingen gemte søgninger endnu. Søg på siden Udbud, og gem søgningen der.
saved-save-heading = Gem denne søgning
saved-explain = Nye udbud, der passer til søgningen, får du på e-mail.
saved-name = Søgningens navn
hint-saved-name = Så du kan genkende den i din e-mail.
saved-default-name = Min udbudssøgning
saved-save = Gem søgningen
saved-since = Gemt { $date }
saved-show = Vis resultaterne
saved-delete = Slet
notice-search-saved = Søgningen er gemt. Nye udbud, der passer til søgningen, får du på e-mail.
notice-search-deleted = Søgningen er slettet.
mail-saved-search-digest-subject = { $count ->
    [one] 1 nyt udbud til »{ $search }«
   *[other] { $count } nye udbud til »{ $search }«
}
mail-saved-search-digest-body =
    Hej { $name }

    Der er nye udbud, der passer til din gemte søgning »{ $search }«:

    { $list }

    Alle resultater: { $link }
search-filters = { $count ->
    [0] Filtre
    [one] Filtre (1 i brug)
   *[other] Filtre ({ $count } i brug)
}

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

## Public bodies and partner posts
theme-health-care = Sundhed og omsorg
theme-mobility-transport = Mobilitet og transport
theme-energy-climate = Energi og klima
theme-digital-services = Digitale tjenester
theme-construction-buildings = Byggeri og bygninger
theme-water-environment = Vand og miljø
theme-education = Uddannelse
theme-food = Fødevarer
theme-safety-security = Sikkerhed og beredskab
theme-circular-economy = Cirkulær økonomi
theme-other = Andet
partner-status-open = Åben
partner-status-closed = Lukket
body-profile-title = Din offentlige myndigheds side
body-profile-intro = Det, du skriver her, vises på din offentlige myndigheds side, hvor leverandører og andre offentlige myndigheder kan finde jer.
body-profile-view = Se siden
body-field-contact-name = Indkøbskontakt
body-field-contact-email = Indkøbskontaktens e-mailadresse
hint-body-contact-email = Vises på siden: Leverandører og andre offentlige myndigheder kan skrive til den. En fælles postkasse er en god løsning.
body-field-themes = Temaer, I køber ind inden for
body-field-cpv = CPV-koder, I er interesserede i
hint-body-cpv = Adskil flere koder med kommaer.
body-profile-save = Gem siden
notice-body-profile-saved = Din offentlige myndigheds side er gemt.
body-contact = Indkøbskontakt
body-interests = Interesser
body-themes = Temaer
body-cpv = CPV-koder
body-no-interests = Ingen interesser angivet endnu.
body-partner-posts = Partneropslag
body-no-partner-posts = Ingen åbne partneropslag.
body-edit = Redigér siden
body-not-public-yet = Kun du og dine kolleger kan se denne side, indtil din offentlige myndighed er verificeret.
body-contact-heading = Kontakt denne offentlige myndighed
body-contact-intro = Din besked når frem til medarbejderne hos { $body } på PPI Hub. Svar kommer i dine beskeder.
body-contact-subject = Præsentation: { $company }
partners-link = Partnersøgning
partners-title = Partnersøgning
partners-intro = Offentlige myndigheder beskriver behov, som de vil købe ind sammen med andre eller lære om fra andre. Find partnere her.
partner-search-label = Søg i partneropslag
partner-search-country = Den offentlige myndigheds land
partner-search-seeking = Søger partnere fra
partner-search-count = { $count ->
    [one] 1 åbent partneropslag
   *[other] { $count } åbne partneropslag
}
partner-search-nothing = Intet åbent partneropslag passer til søgningen.
partner-new-title = Offentliggør et partneropslag
partner-new-intro = Beskriv et behov, som din offentlige myndighed vil købe ind sammen med andre eller lære om fra andre. Andre verificerede offentlige myndigheder kan vise interesse, og hver af dem starter en samtale med dig.
partner-field-title = Titel
partner-field-theme = Tema
partner-field-description = Beskrivelse
hint-partner-description = Hvad har I brug for, og hvilken slags partner søger I? Du kan bruge Markdown: **fed**, lister, links.
partner-field-cpv = CPV-kode
hint-partner-cpv = Typen af indkøb, hvis du kender den.
partner-field-timeline = Tidsplan
hint-partner-timeline = For eksempel: markedsdialog i 1. kvartal 2027, udbud i 3. kvartal 2027.
partner-field-countries = Partnere søges fra
hint-partner-countries = Sæt ikke flueben ved noget land, hvis partnere fra alle lande er velkomne.
partner-publish = Offentliggør
notice-partner-post-published = Dit partneropslag er offentliggjort.
partner-body = Offentlig myndighed
partner-published-on = Offentliggjort
partner-countries-any = Alle lande
partner-actions = Deltagelse
partner-interest-heading = Vis interesse
partner-interest-explain = Din besked starter en samtale med { $body }.
partner-field-message = Besked
hint-partner-message = Præsentér din offentlige myndighed, og fortæl, hvad I håber at få ud af et samarbejde.
partner-interest-submit = Send
partner-interest-subject = Partneropslag: { $title }
notice-interest-sent = Din interesse er sendt. Samtalen findes i dine beskeder.
partner-you-are-interested = Din offentlige myndighed viste interesse { $date }.
partner-open-conversation = Åbn samtalen
partner-interested-heading = Interesserede offentlige myndigheder
partner-no-interest-yet = Ingen offentlig myndighed har vist interesse endnu.
partner-your-post = Dit opslag
partner-close = Luk opslaget
partner-close-explain = Et lukket opslag forbliver synligt, men der kan ikke længere vises interesse for det.
notice-partner-post-closed = Opslaget er lukket.
partner-closed-note = Opslaget er lukket: Der kan ikke længere vises interesse for det.
partner-sign-in-to-answer = Log ind som verificeret offentlig indkøber for at vise interesse
err-already-interested = Din offentlige myndighed har allerede vist interesse for dette opslag.
err-post-closed = Opslaget er lukket: Der kan ikke længere vises interesse for det.
mail-partner-interest-subject = { $body } er interesseret i »{ $title }«
mail-partner-interest-body =
    Hej { $name }

    { $body } har vist interesse for dit partneropslag »{ $title }«. Deres besked ligger i dine beskeder på PPI Hub. Alle interesserede står på opslagets side:

    { $link }

## Suppliers: profile, directory, team, dashboard, matching
nav-dashboard = Oversigt
step-company = Virksomhed
step-logo = Logo
step-offer = Det tilbyder du
step-about = Kompetencer
step-references = Referencer
step-contact = Kontaktperson
step-review = Gennemse og offentliggør
step-company-intro = Om virksomheden: Indkøbere tjekker disse oplysninger først. Registreringsnummeret kontrolleres efter reglerne for registret i dit land.
step-logo-intro = Et logo hjælper indkøbere med at genkende dig i kataloget. Du kan springe dette trin over og tilføje et logo senere.
step-offer-intro = Hvad du leverer (CPV-koder), hvor du leverer, og på hvilke sprog du arbejder: Det er sådan, indkøbere og den automatiske matchning finder dig.
step-about-intro = Med dine egne ord: hvad du kan, og hvad du bringer af nyt til den offentlige sektor.
step-references-intro = Tidligere offentlige kontrakter viser indkøbere, at du kan levere. Tilføj så mange, du vil, eller ingen indtil videre.
step-contact-intro = Hvem indkøbere skal kontakte om det, du tilbyder.
step-review-intro = Tjek, hvad der stadig mangler, og offentliggør derefter din profil i leverandørkataloget.
profile-title = Din virksomhedsprofil
profile-continue = Fortsæt
profile-step-of = Trin { $number } af { $count }: { $name }
profile-steps = Profilens trin
profile-steps-done = { $done } af { $count } trin udført
profile-step-done = udført
profile-save-continue = Gem og fortsæt
profile-logo-alt = Logo for { $name }
profile-logo-upload = Upload logo
profile-skip-logo = Fortsæt uden logo
profile-no-references = Ingen referencer endnu.
profile-reference-remove = Fjern
profile-reference-add = Tilføj en reference
profile-hide = Skjul i kataloget
profile-view-public = Se din offentlige profil
profile-publish = Offentliggør i kataloget
profile-preview = Se et eksempel på din profil
profile-publish-needs = Udfyld de påkrævede punkter ovenfor for at offentliggøre din profil.
profile-delete = Slet profilen
profile-delete-confirm = Ja, slet vores virksomheds profil
profile-delete-explain = Profilen og alt i den slettes permanent. Din konto og dine kollegers konti bevares.
profile-percent = Profilen er { $percent } % udfyldt
profile-status-is = Status: { $status }
profile-completeness = Profilens fuldstændighed
profile-item-done = udfyldt
profile-item-required = mangler (påkrævet for at offentliggøre)
profile-item-missing = mangler (valgfrit)
profile-status-draft = kladde, ikke offentlig
profile-status-published = offentliggjort i kataloget
profile-status-hidden = skjult i kataloget
complete-size = Virksomhedsstørrelse
complete-vat = Momsnummer
complete-year = Stiftelsesår
complete-website = Websted
complete-logo = Logo
complete-cpv = CPV-koder, du leverer
complete-regions = Regioner, du betjener
complete-languages = Arbejdssprog
complete-capability = Kompetencebeskrivelse
complete-innovation = Innovationstilbud
complete-certifications = Certificeringer
complete-references = Referencer
complete-contact = Kontaktperson
size-micro = Mikrovirksomhed
size-small = Lille virksomhed
size-medium = Mellemstor virksomhed
size-large = Stor virksomhed
size-micro-hint = færre end 10 ansatte, omsætning eller balance på højst 2 mio. EUR
size-small-hint = færre end 50 ansatte, omsætning eller balance på højst 10 mio. EUR
size-medium-hint = færre end 250 ansatte, omsætning på højst 50 mio. EUR eller balance på højst 43 mio. EUR
size-large-hint = 250 ansatte eller flere, eller over grænserne for mellemstore virksomheder
language-en = engelsk
language-da = dansk
language-de = tysk
language-et = estisk
language-fi = finsk
language-lv = lettisk
language-lt = litauisk
language-sv = svensk
language-no = norsk
language-pl = polsk
language-fr = fransk
language-es = spansk
language-it = italiensk
language-nl = nederlandsk
field-vat-number = Momsnummer
hint-vat-number = Med landebogstaverne, som på din momsregistrering, f.eks. FI01120389.
field-size = Virksomhedsstørrelse
hint-size = Som EU definerer små og mellemstore virksomheder (SMV'er).
field-year-founded = Stiftelsesår
field-website = Websted
hint-website = Den fulde adresse, der begynder med https://
field-logo = Logo
hint-logo = Et PNG-, JPEG- eller WebP-billede på højst { $max } kB.
field-supplier-cpv = CPV-koder, du leverer
hint-supplier-cpv = Skriv et ord eller en kode, og vælg på listen. Tilføj så mange, der passer (højst 30). Bredere koder matcher flere udbud.
field-regions = Regioner, du betjener
hint-regions = NUTS-regioner eller hele lande (f.eks. FI1B, DK01, EE) adskilt af kommaer.
field-all-eu = Vi betjener hele EU og EØS
field-languages = Arbejdssprog
field-capability = Kompetencebeskrivelse
hint-capability = Hvad din virksomhed laver og har lavet: produkter, ydelser, team, leveringskapacitet.
field-innovation-offer = Innovationstilbud
hint-innovation-offer = Hvad du bringer af nyt: et produkt, en metode eller en forretningsmodel, som den offentlige sektor endnu ikke køber.
field-certifications = Certificeringer
hint-certifications = F.eks. ISO 9001, ISO 14001, ISO 27001, én pr. linje.
field-reference-buyer = Offentlig indkøber
field-reference-year = År
field-reference-value = Kontraktværdi (EUR)
hint-reference-value = Hele euro, f.eks. 120.000.
field-reference-description = Hvad du leverede
field-contact-name = Kontaktperson
field-contact-email = Kontaktpersonens e-mailadresse
field-contact-phone = Kontaktpersonens telefonnummer
field-weekly-tenders = Modtag »Udbud til dig« på e-mail én gang om ugen
hint-weekly-tenders = Nye åbne udbud, der passer til din profil. Du kan slå det fra når som helst.
field-join-company = Bed om at blive medlem af virksomheden, hvis den allerede er på PPI Hub
hint-join-company = Hvis en kollega har registreret din virksomhed, lukker virksomhedens ejer på PPI Hub dig ind.
supplier-sme = SMV
supplier-all-eu = Hele EU og EØS
supplier-preview = Dette er et eksempel: Din profil er ikke offentliggjort.
supplier-edit = Redigér profilen
supplier-references = Referencer
supplier-contact = Kontakt
supplier-sign-in-for-contact = Log ind for at se kontaktoplysningerne
supplier-contact-heading = Send virksomheden en besked
directory-title = Leverandørkatalog
directory-intro = Virksomheder, der vil arbejde med den offentlige sektor: Find dem ud fra, hvad de leverer, hvor og på hvilket sprog.
directory-your-profile = Din virksomhedsprofil
directory-search-label = Søg i leverandørkataloget
directory-country = Virksomhedens land
directory-region = Betjent region
hint-directory-region = En NUTS-kode, f.eks. FI1B eller DK01.
directory-sme-only = Kun små og mellemstore virksomheder
directory-language = Arbejdssprog
directory-nothing = Ingen virksomheder passer til søgningen. Prøv med færre ord eller filtre.
directory-count = { $count ->
    [one] 1 virksomhed fundet
   *[other] { $count } virksomheder fundet
}
fit-heading = Leverandører, der kan passe
fit-intro = Offentliggjorte virksomheder, hvis koder, regioner og beskrivelser passer til dette udbud. Fortæl dem om udbuddet, eller invitér dem til en markedsdialog.
fit-none = Ingen offentliggjort virksomhed passer til dette udbuds koder endnu.
fit-unavailable = Forslag er ikke tilgængelige lige nu.
fit-same-main-code = Leverer udbuddets primære kode, { $code }.
fit-same-code = Leverer { $code }, en af udbuddets koder.
fit-broader-main-code = Leverer { $supplier }, som omfatter udbuddets primære kode { $tender }.
fit-broader-code = Leverer { $supplier }, som omfatter udbuddets kode { $tender }.
fit-same-group = Leverer { $supplier }, i samme gruppe som { $tender }.
fit-serves-region = Betjener { $region }, hvor kontrakten udføres.
fit-serves-all-eu = Betjener hele EU og EØS.
fit-shared-words = Beskriver sig selv med udbuddets ord: { $words }.
team-title = Dit team
team-intro = Alle her taler på din virksomheds vegne på PPI Hub: De redigerer profilen og besvarer beskeder.
team-people = Personer
team-owner = ejer
team-owners-invite = Din virksomheds ejer på PPI Hub inviterer kolleger.
team-invite = Invitér en kollega
team-invite-email = Kollegaens e-mailadresse
hint-team-invite = Kollegaen får et link til at blive medlem, som gælder i 7 dage.
team-invite-submit = Send invitationen
team-invited-until = inviteret, linket gælder til { $date }
team-open-invitations = Åbne invitationer
team-requests = Anmodninger om at blive medlem
team-accept = Godkend
team-decline = Afvis
join-title = Bliv medlem af din virksomhed
join-intro = Du er inviteret til at blive medlem af { $company } på PPI Hub som { $email }.
join-submit = Bliv medlem af virksomheden
join-create = Opret kontoen, og bliv medlem
join-have-account = Har du allerede en konto med denne adresse?
dashboard-title = Oversigt
dashboard-hello = Velkommen, { $name }.
dashboard-join-waiting = Du har bedt om at blive medlem af { $company }. Ejeren har fået besked og vil lukke dig ind.
dashboard-no-company = Din konto hører ikke til en virksomhed.
dashboard-body-page = Din offentlige myndigheds side
dashboard-body-profile = Redigér din offentlige myndigheds kontakt og interesser
dashboard-partners = Partnersøgning
dashboard-messages = Beskeder
dashboard-profile = Din virksomhedsprofil
dashboard-edit-profile = Redigér profilen
dashboard-tenders-for-you = Udbud til dig
dashboard-no-tenders = Ingen åbne udbud passer til din profil lige nu. Tilføj CPV-koder for at se flere.
dashboard-why = Hvorfor dette udbud?
dashboard-weekly-is-on = Du får nye relevante udbud på e-mail én gang om ugen.
dashboard-weekly-is-off = Den ugentlige e-mail med relevante udbud er slået fra.
dashboard-weekly-on = Send mig den ugentlige e-mail
dashboard-weekly-off = Stop den ugentlige e-mail
err-vat-format = Indtast momsnummeret med dit lands bogstaver og cifre, f.eks. FI01120389 eller DK13585628.
err-year-invalid = Indtast et år fra 1800 til i år, f.eks. 2012.
err-phone-invalid = Indtast et telefonnummer på 6 til 20 cifre. Mellemrum, +, - og parenteser er tilladt.
err-regions-required = Angiv mindst én region, du betjener, eller sæt flueben ved hele EU.
err-company-exists = Denne virksomhed er allerede på PPI Hub. Sæt flueben ved »Bed om at blive medlem af virksomheden« for at bede ejeren om at lukke dig ind.
err-logo-type = Filen er ikke et PNG-, JPEG- eller WebP-billede (vi kontrollerer filens indhold, ikke dens navn).
err-profile-incomplete = Nogle påkrævede punkter mangler: Se listen.
err-already-member = Denne person hører allerede til din virksomhed.
err-invitation-other = Invitationen er til en anden e-mailadresse. Log ud, og åbn linket igen.
err-invitation-sign-in = Der findes allerede en konto med denne adresse: Log ind først, og åbn derefter linket igen.
notice-step-saved = Gemt. Du kan stoppe her og fortsætte senere.
notice-reference-added = Referencen er tilføjet.
notice-reference-removed = Referencen er fjernet.
notice-logo-saved = Logoet er gemt.
notice-profile-published = Din profil er offentliggjort i leverandørkataloget.
notice-profile-hidden = Din profil er skjult i kataloget.
notice-profile-deleted = Profilen er slettet.
notice-weekly-on = Den ugentlige e-mail er slået til.
notice-weekly-off = Den ugentlige e-mail er slået fra.
notice-invitation-sent = Invitationen er sendt.
notice-member-added = Så er de med: Din virksomhed har fået et nyt medlem.
notice-request-declined = Anmodningen er afvist.
notice-joined = Velkommen: Du er nu en del af virksomheden.
mail-join-request-subject = { $person } beder om at blive medlem af din virksomhed på PPI Hub
mail-join-request-body =
    Hej { $name }

    { $person } har oprettet en konto for din virksomhed på PPI Hub og beder om at blive medlem. Godkend eller afvis anmodningen på din teamside:

    { $link }
mail-invitation-subject = Bliv medlem af { $company } på PPI Hub
mail-invitation-body =
    Hej

    { $person } inviterer dig til at blive medlem af { $company } på PPI Hub, hvor offentlige indkøbere og leverandører mødes. Acceptér invitationen inden for 7 dage:

    { $link }
mail-join-accepted-subject = Du er med: { $company } på PPI Hub
mail-join-accepted-body =
    Hej { $name }

    Du er nu en del af { $company } på PPI Hub. Log ind her:

    { $link }
mail-join-declined-subject = Din anmodning om at blive medlem af { $company }
mail-join-declined-body =
    Hej { $name }

    Ejeren af { $company } på PPI Hub har afvist din anmodning om at blive medlem. Hvis det er en fejl, så kontakt vedkommende direkte.
mail-tenders-for-you-subject = { $count ->
    [one] 1 nyt udbud til dig på PPI Hub
   *[other] { $count } nye udbud til dig på PPI Hub
}
mail-tenders-for-you-body =
    Hej { $name }

    Disse åbne udbud er offentliggjort i denne uge og kan passe til din virksomhed:

    { $list }

    Se, hvorfor de passer, eller slå den ugentlige e-mail fra på din oversigt:
    { $link }
err-sender-unverified = Din offentlige myndighed kan starte samtaler, når en moderator har verificeret den. Du kan allerede svare på samtaler, som andre starter.
