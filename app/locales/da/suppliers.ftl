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
join-title = Slut dig til dine kolleger
join-intro = Du er inviteret til at blive medlem af { $company } på PPI Hub som { $email }.
join-submit = Slut dig til
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
notice-joined = Velkommen: Du hører nu til din organisation på PPI Hub.
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
supplier-public-cpv = Hvad virksomheden leverer (CPV)
supplier-public-regions = Hvor virksomheden arbejder
dashboard-body-pending = { $body } venter på, at en moderator verificerer den. Du kan allerede nu forberede udbud som kladder og offentliggøre dem, når den er verificeret.
dashboard-body-rejected = En moderator har ikke verificeret { $body }; e-mailen, du modtog, forklarer hvorfor. Du kan stadig forberede kladder.
dashboard-body-verified = { $body } er en verificeret offentlig myndighed: du kan offentliggøre udbud og partneropslag.
dashboard-attention = Venter på dig
dashboard-questions-waiting = Spørgsmål uden svar ({ $count }): { $title }
dashboard-unread = Ulæste beskeder: { $count }
dashboard-interest = Interesse for dine åbne partneropslag: { $count }
dashboard-nothing-waiting = Intet venter på dig.
dashboard-your-tenders = Dine udbud
dashboard-all-tenders = Alle dine udbud
dashboard-suggestions-hint = Siden for hvert af dine udbud viser leverandører, der kan passe, med begrundelsen.
