## Public bodies and partner posts
theme-health-care = Sveikata ir priežiūra
theme-mobility-transport = Judumas ir transportas
theme-energy-climate = Energetika ir klimatas
theme-digital-services = Skaitmeninės paslaugos
theme-construction-buildings = Statyba ir pastatai
theme-water-environment = Vanduo ir aplinka
theme-education = Švietimas
theme-food = Maistas
theme-safety-security = Sauga ir saugumas
theme-circular-economy = Žiedinė ekonomika
theme-other = Kita
partner-status-open = Atviras
partner-status-closed = Uždarytas
body-profile-title = Jūsų institucijos puslapis
body-profile-intro = Tai, ką čia parašysite, bus rodoma jūsų institucijos puslapyje, kuriame jus randa tiekėjai ir kitos viešojo sektoriaus institucijos.
body-profile-view = Peržiūrėti puslapį
body-field-contact-name = Kontaktinis asmuo pirkimų klausimais
body-field-contact-email = Kontaktinio asmens pirkimų klausimais el. pašto adresas
hint-body-contact-email = Rodomas puslapyje: tiekėjai ir kitos institucijos gali juo rašyti. Tinka bendra pašto dėžutė.
body-field-themes = Temos, kuriomis vykdote pirkimus
body-field-cpv = Jus dominantys BVPŽ (CPV) kodai
hint-body-cpv = Kelis kodus atskirkite kableliais.
body-profile-save = Išsaugoti puslapį
notice-body-profile-saved = Jūsų institucijos puslapis išsaugotas.
body-contact = Kontaktinis asmuo pirkimų klausimais
body-interests = Interesai
body-themes = Temos
body-cpv = BVPŽ (CPV) kodai
body-no-interests = Interesai dar nenurodyti.
body-partner-posts = Partnerių paieškos skelbimai
body-no-partner-posts = Atvirų partnerių paieškos skelbimų nėra.
body-edit = Redaguoti šį puslapį
body-not-public-yet = Kol jūsų institucija nepatvirtinta, šį puslapį matote tik jūs ir jūsų kolegos.
body-contact-heading = Susisiekti su šia institucija
body-contact-intro = Jūsų žinutę gaus institucijos { $body } atstovai PPI Hub platformoje. Atsakymai ateis į jūsų žinutes.
body-contact-subject = Prisistatymas: { $company }
partners-link = Partnerių paieška
partners-title = Partnerių paieška
partners-intro = Viešojo sektoriaus institucijos aprašo poreikius, kuriuos nori įsigyti kartu su kitais arba apie kuriuos nori sužinoti iš kitų. Čia raskite partnerių.
partner-search-label = Ieškoti partnerių paieškos skelbimų
partner-search-country = Institucijos šalis
partner-search-seeking = Ieškoma partnerių iš
partner-search-count = { $count ->
    [one] { $count } atviras partnerių paieškos skelbimas
    [few] { $count } atviri partnerių paieškos skelbimai
    [many] { $count } atviro partnerių paieškos skelbimo
   *[other] { $count } atvirų partnerių paieškos skelbimų
}
partner-search-nothing = Atitinkančių atvirų partnerių paieškos skelbimų nėra.
partner-new-title = Paskelbti partnerių paieškos skelbimą
partner-new-intro = Aprašykite poreikį, kurį jūsų institucija nori įsigyti kartu su kitais arba apie kurį nori sužinoti iš kitų. Kitos patvirtintos institucijos gali pareikšti susidomėjimą; kiekviena iš jų taip pradeda pokalbį su jumis.
partner-field-title = Pavadinimas
partner-field-theme = Tema
partner-field-description = Aprašymas
hint-partner-description = Ko jums reikia ir kokio partnerio ieškote? Galite naudoti Markdown: **paryškinta**, sąrašai, nuorodos.
partner-field-cpv = BVPŽ (CPV) kodas
hint-partner-cpv = Pirkimo rūšis, jei ją žinote.
partner-field-timeline = Numatomas grafikas
hint-partner-timeline = Pavyzdžiui: rinkos konsultacijos 2027 m. I ketvirtį, pirkimas 2027 m. III ketvirtį.
partner-field-countries = Partnerių ieškoma iš
hint-partner-countries = Nieko nežymėkite, jei laukiate partnerių iš bet kurios šalies.
partner-publish = Paskelbti
notice-partner-post-published = Jūsų partnerių paieškos skelbimas paskelbtas.
partner-body = Institucija
partner-published-on = Paskelbta
partner-countries-any = Bet kuri šalis
partner-actions = Dalyvavimas
partner-interest-heading = Pareikšti susidomėjimą
partner-interest-explain = Jūsų žinute bus pradėtas pokalbis su institucija { $body }.
partner-field-message = Žinutė
hint-partner-message = Pristatykite savo instituciją ir parašykite, ko tikitės iš bendradarbiavimo.
partner-interest-submit = Siųsti
partner-interest-subject = Partnerių paieškos skelbimas: { $title }
notice-interest-sent = Jūsų susidomėjimas išsiųstas. Pokalbį rasite savo žinutėse.
partner-you-are-interested = Jūsų institucija pareiškė susidomėjimą { $date }
partner-open-conversation = Atidaryti pokalbį
partner-interested-heading = Susidomėjusios institucijos
partner-no-interest-yet = Susidomėjimo dar nepareiškė nė viena institucija.
partner-your-post = Jūsų skelbimas
partner-close = Uždaryti šį skelbimą
partner-close-explain = Uždarytas skelbimas lieka matomas, tačiau susidomėjimo juo nebegalima pareikšti.
notice-partner-post-closed = Skelbimas uždarytas.
partner-closed-note = Šis skelbimas uždarytas: susidomėjimo juo nebegalima pareikšti.
partner-sign-in-to-answer = Prisijunkite kaip patvirtinta perkančioji organizacija, kad galėtumėte pareikšti susidomėjimą
err-already-interested = Jūsų institucija jau pareiškė susidomėjimą šiuo skelbimu.
err-post-closed = Šis skelbimas uždarytas: susidomėjimo juo nebegalima pareikšti.
mail-partner-interest-subject = Institucija { $body } susidomėjo skelbimu „{ $title }“
mail-partner-interest-body =
    Sveiki, { $name },

    Institucija { $body } pareiškė susidomėjimą jūsų partnerių paieškos skelbimu „{ $title }“. Jos žinutę rasite savo žinutėse PPI Hub platformoje. Visos susidomėjusios institucijos nurodytos skelbimo puslapyje:

    { $link }
body-team-title = Jūsų kolegos
body-team-intro = Jūsų viešosios įstaigos žmonės PPI Hub. Pakviesti kolegos prisijungia kaip įstaigos pirkėjai ir dalijasi jos patvirtinimu: jie skelbia pirkimus, atsako į žinutes ir mato vieni kitų pažangą kursuose.
body-team-verified-first = Kolegas galima kviesti, kai moderatorius patvirtina jūsų viešąją įstaigą.
body-team-owner-invites = Kolegas kviečia asmuo, užregistravęs jūsų viešąją įstaigą.
