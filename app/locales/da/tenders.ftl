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
tender-delete-draft-heading = Slet dette udkast
tender-delete-draft = Slet udkastet
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
notice-tender-draft-deleted = Udkastet er slettet.
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
err-procedure-below-threshold-only = Udbuddet er over EU-tærskelværdien: vælg en procedure efter direktivet, ikke den forenklede procedure under tærskelværdien.
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
