## Messages
nav-messages = Ziņas
messages-unread-hidden = nelasītas
messages-title = Ziņas
messages-intro = Jūsu organizācijas sarunas ar citām organizācijām. Tās var lasīt un uz tām atbildēt ikviens jūsu organizācijā.
messages-empty = Vēl nav nevienas sarunas. Lai to sāktu, izmantojiet saziņas veidlapu piegādātāja profilā vai publiskās iestādes lapā.
messages-unread = { $count ->
    [zero] { $count } nelasītas
    [one] { $count } nelasīta
   *[other] { $count } nelasītas
}
messages-mail-heading = Paziņojumi e-pastā
messages-mail-label = Informēt mani e-pastā par jaunām ziņām
messages-mail-immediately = Nekavējoties
messages-mail-daily = Reizi dienā
messages-mail-never = Nekad
messages-mail-save = Saglabāt iestatījumu
messages-send = Nosūtīt
messages-field-subject = Temats
messages-field-body = Ziņa
messages-field-reply = Jūsu atbilde
hint-messages-body = Vienkāršs teksts, ne vairāk kā 5000 rakstzīmju. To var lasīt ikviens otrā organizācijā.
messages-with = Saruna ar organizāciju { $org }
messages-thread = Ziņas
messages-reply-heading = Atbildēt
messages-former-member = Bijušais dalībnieks
messages-you-blocked = Jūs bloķējāt organizāciju { $org }: kamēr neatcelsiet bloķēšanu, neviena no organizācijām šajā sarunā nevar rakstīt.
messages-they-blocked = Organizācija { $org } nepieņem ziņas no jūsu organizācijas.
messages-block-heading = Bloķēt šo organizāciju
messages-block-explain = Organizācija, kuru bloķējat, vairs nevar rakstīt jūsu organizācijai, un jūsu organizācija vairs nevar rakstīt tai. Lai informētu moderatorus par ziņu, kas pārkāpj noteikumus, ziņojiet par to.
messages-block = Bloķēt organizāciju { $org }
messages-unblock = Atbloķēt organizāciju { $org }
messages-report = Ziņot
messages-report-which = ziņa, ko nosūtīja { $name }, { $time }
messages-report-reason = Kāpēc ziņojat par šo ziņu?
hint-messages-report = Moderatori redz šo ziņu un jūsu norādīto iemeslu, bet neko citu no sarunas.
messages-report-submit = Nosūtīt ziņojumu
reports-title = Ziņas, par kurām ziņots
reports-empty = Nav ziņu, par kurām būtu ziņots.
reports-from = Organizācijas { $org } ziņa
reports-reporter = Ziņoja
reports-reason = Iemesls
reports-when = Ziņošanas laiks
reports-resolve = Atrisināts
notice-message-sent = Jūsu ziņa ir nosūtīta.
notice-message-reported = Paldies! Moderatori izskatīs šo ziņu.
notice-message-mail-saved = Jūsu e-pasta iestatījums ziņām ir saglabāts.
notice-organisation-blocked = Organizācija ir bloķēta. Tagad neviena puse nevar sūtīt ziņas.
notice-organisation-unblocked = Organizācija ir atbloķēta.
notice-report-resolved = Ziņojums ir atzīmēts kā atrisināts.
err-message-self = Jūs nevarat nosūtīt ziņu savai organizācijai.
err-blocked = Ziņapmaiņa starp šīm organizācijām ir bloķēta.
err-recipient-unavailable = Šī organizācija nevar saņemt ziņas.
mail-message-received-subject = Jauna ziņa no organizācijas { $org }: { $subject }
mail-message-received-body =
    Labdien, { $name }!

    Organizācija { $org } ir rakstījusi jūsu organizācijai PPI Hub platformā par tematu „{ $subject }”.

    Izlasiet to un atbildiet šeit: { $link }

    To, cik bieži mēs jums rakstām par ziņām, varat mainīt savā lapā „Ziņas”.
mail-messages-daily-subject = { $count ->
    [zero] { $count } nelasītas ziņas PPI Hub platformā
    [one] { $count } nelasīta ziņa PPI Hub platformā
   *[other] { $count } nelasītas ziņas PPI Hub platformā
}
mail-messages-daily-body =
    Labdien, { $name }!

    { $count ->
        [zero] Jūs gaida { $count } jaunas ziņas.
        [one] Jūs gaida { $count } jauna ziņa.
       *[other] Jūs gaida { $count } jaunas ziņas.
    }

    Izlasiet tās šeit: { $link }

    To, cik bieži mēs jums rakstām par ziņām, varat mainīt savā lapā „Ziņas”.
