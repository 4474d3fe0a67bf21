## Messages
nav-messages = Žinutės
messages-unread-hidden = neskaitytos
messages-title = Žinutės
messages-intro = Jūsų organizacijos pokalbiai su kitomis organizacijomis. Juos gali skaityti ir į juos atsakyti visi jūsų organizacijos nariai.
messages-empty = Pokalbių dar nėra. Norėdami pradėti pokalbį, naudokite kontaktinę formą tiekėjo profilyje arba viešojo sektoriaus institucijos puslapyje.
messages-unread = { $count ->
    [one] { $count } neskaityta
    [few] { $count } neskaitytos
    [many] { $count } neskaitytos
   *[other] { $count } neskaitytų
}
messages-mail-heading = Pranešimai el. paštu
messages-mail-label = Pranešti man el. paštu apie naujas žinutes
messages-mail-immediately = Iš karto
messages-mail-daily = Kartą per dieną
messages-mail-never = Niekada
messages-mail-save = Išsaugoti nustatymą
messages-send = Siųsti
messages-field-subject = Tema
messages-field-body = Žinutė
messages-field-reply = Jūsų atsakymas
hint-messages-body = Paprastas tekstas, ne daugiau kaip 5000 simbolių. Žinutę gali perskaityti visi kitos organizacijos nariai.
messages-with = Pokalbis su organizacija { $org }
messages-thread = Žinutės
messages-reply-heading = Atsakyti
messages-former-member = Buvęs narys
messages-you-blocked = Užblokavote organizaciją { $org }: kol jos neatblokuosite, nė viena organizacija negalės rašyti šiame pokalbyje.
messages-they-blocked = Organizacija { $org } nepriima žinučių iš jūsų organizacijos.
messages-block-heading = Blokuoti šią organizaciją
messages-block-explain = Jūsų užblokuota organizacija nebegali rašyti jūsų organizacijai, o jūsų organizacija nebegali rašyti jai. Jei norite pranešti moderatoriams apie taisykles pažeidžiančią žinutę, praneškite apie ją.
messages-block = Blokuoti organizaciją { $org }
messages-unblock = Atblokuoti organizaciją { $org }
messages-report = Pranešti
messages-report-which = žinutė, kurią išsiuntė { $name }, { $time }
messages-report-reason = Kodėl pranešate apie šią žinutę?
hint-messages-report = Moderatoriai matys šią žinutę ir jūsų nurodytą priežastį, bet ne likusį pokalbį.
messages-report-submit = Siųsti pranešimą
reports-title = Žinutės, apie kurias pranešta
reports-empty = Žinučių, apie kurias pranešta, nėra.
reports-from = Organizacijos { $org } žinutė
reports-reporter = Pranešė
reports-reason = Priežastis
reports-when = Pranešimo laikas
reports-resolve = Išspręsta
notice-message-sent = Jūsų žinutė išsiųsta.
notice-message-reported = Ačiū. Moderatoriai peržiūrės žinutę.
notice-message-mail-saved = Jūsų el. pašto pranešimų apie žinutes nustatymas išsaugotas.
notice-organisation-blocked = Organizacija užblokuota. Dabar nė viena pusė negali siųsti žinučių.
notice-organisation-unblocked = Organizacija atblokuota.
notice-report-resolved = Pranešimas pažymėtas kaip išspręstas.
err-message-self = Negalite siųsti žinutės savo organizacijai.
err-blocked = Žinučių siuntimas tarp šių organizacijų užblokuotas.
err-recipient-unavailable = Ši organizacija negali gauti žinučių.
mail-message-received-subject = Nauja organizacijos { $org } žinutė: { $subject }
mail-message-received-body =
    Sveiki, { $name },

    Organizacija { $org } parašė jūsų organizacijai PPI Hub platformoje tema „{ $subject }“.

    Perskaitykite ir atsakykite čia: { $link }

    Kaip dažnai siunčiame jums el. laiškus apie žinutes, galite pakeisti puslapyje „Žinutės“.
mail-messages-daily-subject = { $count ->
    [one] { $count } neskaityta žinutė PPI Hub platformoje
    [few] { $count } neskaitytos žinutės PPI Hub platformoje
    [many] { $count } neskaitytos žinutės PPI Hub platformoje
   *[other] { $count } neskaitytų žinučių PPI Hub platformoje
}
mail-messages-daily-body =
    Sveiki, { $name },

    { $count ->
        [one] Jūsų laukia { $count } nauja žinutė.
        [few] Jūsų laukia { $count } naujos žinutės.
        [many] Jūsų laukia { $count } naujos žinutės.
       *[other] Jūsų laukia { $count } naujų žinučių.
    }

    Perskaitykite jas čia: { $link }

    Kaip dažnai siunčiame jums el. laiškus apie žinutes, galite pakeisti puslapyje „Žinutės“.
