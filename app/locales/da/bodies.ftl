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
body-team-title = Dine kolleger
body-team-intro = Din offentlige myndigheds folk på PPI Hub. Inviterede kolleger bliver indkøbere for myndigheden og deler dens verificering: de offentliggør udbud, besvarer beskeder og ser hinandens fremskridt i kurserne.
body-team-verified-first = Du kan invitere kolleger, når en moderator har verificeret din offentlige myndighed.
body-team-owner-invites = Den person, der registrerede jeres offentlige myndighed, inviterer kolleger.
