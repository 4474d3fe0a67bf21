## Public bodies and partner posts
theme-health-care = Veselība un aprūpe
theme-mobility-transport = Mobilitāte un transports
theme-energy-climate = Enerģētika un klimats
theme-digital-services = Digitālie pakalpojumi
theme-construction-buildings = Būvniecība un ēkas
theme-water-environment = Ūdens un vide
theme-education = Izglītība
theme-food = Pārtika
theme-safety-security = Drošums un drošība
theme-circular-economy = Aprites ekonomika
theme-other = Cits
partner-status-open = Atvērts
partner-status-closed = Slēgts
body-profile-title = Jūsu publiskās iestādes lapa
body-profile-intro = Šeit ierakstītais parādās jūsu publiskās iestādes lapā, kur jūs atrod piegādātāji un citas publiskās iestādes.
body-profile-view = Skatīt lapu
body-field-contact-name = Kontaktpersona iepirkumu jautājumos
body-field-contact-email = Kontaktpersonas e-pasta adrese iepirkumu jautājumos
hint-body-contact-email = Tiek rādīta lapā: piegādātāji un citas publiskās iestādes var uz to rakstīt. Labi der kopīga pastkaste.
body-field-themes = Tēmas, kurās veicat iepirkumus
body-field-cpv = CPV kodi, kas jūs interesē
hint-body-cpv = Vairākus kodus atdaliet ar komatiem.
body-profile-save = Saglabāt lapu
notice-body-profile-saved = Jūsu publiskās iestādes lapa ir saglabāta.
body-contact = Kontaktpersona iepirkumu jautājumos
body-interests = Intereses
body-themes = Tēmas
body-cpv = CPV kodi
body-no-interests = Intereses vēl nav norādītas.
body-partner-posts = Partneru meklēšanas sludinājumi
body-no-partner-posts = Nav atvērtu partneru meklēšanas sludinājumu.
body-edit = Labot šo lapu
body-not-public-yet = Kamēr jūsu publiskā iestāde nav apstiprināta, šo lapu redzat tikai jūs un jūsu kolēģi.
body-contact-heading = Sazināties ar šo publisko iestādi
body-contact-intro = Jūsu ziņu PPI Hub platformā saņems iestādes { $body } darbinieki. Atbildes pienāks jūsu ziņās.
body-contact-subject = Iepazīšanās: { $company }
partners-link = Partneru meklēšana
partners-title = Partneru meklēšana
partners-intro = Publiskās iestādes apraksta vajadzības, kuras tās vēlas iepirkt kopā ar citiem vai par kurām vēlas uzzināt no citiem. Atrodiet šeit partnerus.
partner-search-label = Meklēt partneru meklēšanas sludinājumus
partner-search-country = Publiskās iestādes valsts
partner-search-seeking = Partneri tiek meklēti no
partner-search-count = { $count ->
    [zero] { $count } atvērti partneru meklēšanas sludinājumi
    [one] { $count } atvērts partneru meklēšanas sludinājums
   *[other] { $count } atvērti partneru meklēšanas sludinājumi
}
partner-search-nothing = Neviens atvērts partneru meklēšanas sludinājums neatbilst meklēšanai.
partner-new-title = Publicēt partneru meklēšanas sludinājumu
partner-new-intro = Aprakstiet vajadzību, kuru jūsu publiskā iestāde vēlas iepirkt kopā ar citiem vai par kuru vēlas uzzināt no citiem. Citas apstiprinātas publiskās iestādes var paust interesi; katra no tām ar to sāk sarunu ar jums.
partner-field-title = Nosaukums
partner-field-theme = Tēma
partner-field-description = Apraksts
hint-partner-description = Kas jums vajadzīgs, un kādu partneri meklējat? Varat izmantot Markdown: **treknraksts**, saraksti, saites.
partner-field-cpv = CPV kods
hint-partner-cpv = Iepirkuma veids, ja to zināt.
partner-field-timeline = Laika grafiks
hint-partner-timeline = Piemēram: tirgus dialogs 2027. gada 1. ceturksnī, iepirkums 2027. gada 3. ceturksnī.
partner-field-countries = Partneri tiek meklēti no
hint-partner-countries = Neatzīmējiet nevienu valsti, ja gaidāt partnerus no jebkuras valsts.
partner-publish = Publicēt
notice-partner-post-published = Jūsu partneru meklēšanas sludinājums ir publicēts.
partner-body = Publiskā iestāde
partner-published-on = Publicēts
partner-countries-any = Jebkura valsts
partner-actions = Dalība
partner-interest-heading = Paust interesi
partner-interest-explain = Jūsu ziņa sāks sarunu ar iestādi { $body }.
partner-field-message = Ziņa
hint-partner-message = Iepazīstiniet ar savu publisko iestādi un pastāstiet, ko cerat iegūt no sadarbības.
partner-interest-submit = Nosūtīt
partner-interest-subject = Partneru meklēšanas sludinājums: { $title }
notice-interest-sent = Jūsu interese ir nosūtīta. Saruna ir atrodama jūsu ziņās.
partner-you-are-interested = Jūsu publiskā iestāde pauda interesi { $date }.
partner-open-conversation = Atvērt sarunu
partner-interested-heading = Ieinteresētās publiskās iestādes
partner-no-interest-yet = Neviena publiskā iestāde vēl nav paudusi interesi.
partner-your-post = Jūsu sludinājums
partner-close = Slēgt šo sludinājumu
partner-close-explain = Slēgts sludinājums paliek redzams, bet par to vairs nevar paust interesi.
notice-partner-post-closed = Sludinājums ir slēgts.
partner-closed-note = Šis sludinājums ir slēgts: par to vairs nevar paust interesi.
partner-sign-in-to-answer = Piesakieties kā apstiprināts publiskais pasūtītājs, lai paustu interesi
err-already-interested = Jūsu publiskā iestāde jau ir paudusi interesi par šo sludinājumu.
err-post-closed = Šis sludinājums ir slēgts: par to vairs nevar paust interesi.
mail-partner-interest-subject = Iestāde { $body } ir ieinteresēta sludinājumā „{ $title }”
mail-partner-interest-body =
    Labdien, { $name }!

    Iestāde { $body } ir paudusi interesi par jūsu partneru meklēšanas sludinājumu „{ $title }”. Tās ziņa ir jūsu ziņās PPI Hub platformā. Visas ieinteresētās iestādes ir uzskaitītas sludinājuma lapā:

    { $link }
body-team-title = Jūsu kolēģi
body-team-intro = Jūsu publiskās iestādes cilvēki PPI Hub. Uzaicinātie kolēģi pievienojas kā iestādes pasūtītāji un dala tās verifikāciju: viņi publicē iepirkumus, atbild uz ziņām un redz cits cita progresu kursos.
body-team-verified-first = Kolēģus var uzaicināt, kad moderators ir verificējis jūsu publisko iestādi.
body-team-owner-invites = Kolēģus uzaicina persona, kas reģistrēja jūsu publisko iestādi.
