## Suppliers: profile, directory, team, dashboard, matching
nav-dashboard = Pārskats
step-company = Uzņēmums
step-logo = Logotips
step-offer = Jūsu piedāvājums
step-about = Spējas
step-references = References
step-contact = Kontaktpersona
step-review = Pārbaude un publicēšana
step-company-intro = Kas jūs esat: pasūtītāji vispirms pārbauda šos faktus. Reģistrācijas numuru pārbaudām pēc jūsu valsts reģistra noteikumiem.
step-logo-intro = Logotips palīdz pasūtītājiem atpazīt jūs katalogā. Šo soli varat izlaist un pievienot logotipu vēlāk.
step-offer-intro = Ko jūs piegādājat (CPV kodi), kur veicat piegādes un kādās valodās strādājat: pēc tā jūs atrod pasūtītāji un automātiskā atlase.
step-about-intro = Saviem vārdiem: ko jūs protat un ko jaunu sniedzat publiskajam sektoram.
step-references-intro = Iepriekš izpildīti publiskie līgumi parāda pasūtītājiem, ka spējat līgumus izpildīt. Pievienojiet tik daudz, cik vēlaties, vai pagaidām nevienu.
step-contact-intro = Ar ko pasūtītājiem sazināties par jūsu piedāvājumu.
step-review-intro = Pārbaudiet, kas vēl trūkst, un tad publicējiet savu profilu piegādātāju katalogā.
profile-title = Jūsu uzņēmuma profils
profile-continue = Turpināt
profile-step-of = { $number }. solis no { $count }: { $name }
profile-steps = Profila soļi
profile-steps-done = Pabeigti { $done } no { $count } soļiem
profile-step-done = pabeigts
profile-save-continue = Saglabāt un turpināt
profile-logo-alt = Uzņēmuma { $name } logotips
profile-logo-upload = Augšupielādēt logotipu
profile-skip-logo = Turpināt bez logotipa
profile-no-references = Vēl nav nevienas references.
profile-reference-remove = Noņemt
profile-reference-add = Pievienot referenci
profile-hide = Paslēpt no kataloga
profile-view-public = Skatīt savu publisko profilu
profile-publish = Publicēt katalogā
profile-preview = Priekšskatīt profilu
profile-publish-needs = Lai publicētu profilu, aizpildiet iepriekš norādītos obligātos punktus.
profile-delete = Dzēst profilu
profile-delete-confirm = Jā, dzēst mūsu uzņēmuma profilu
profile-delete-explain = Profils un viss tajā esošais tiks neatgriezeniski dzēsts. Jūsu konts un jūsu kolēģu konti saglabāsies.
profile-percent = Profils aizpildīts par { $percent } %
profile-status-is = Statuss: { $status }
profile-completeness = Profila aizpildījums
profile-item-done = gatavs
profile-item-required = trūkst (nepieciešams publicēšanai)
profile-item-missing = trūkst (nav obligāts)
profile-status-draft = melnraksts, nav publisks
profile-status-published = publicēts katalogā
profile-status-hidden = paslēpts no kataloga
complete-size = Uzņēmuma lielums
complete-vat = PVN maksātāja numurs
complete-year = Dibināšanas gads
complete-website = Tīmekļvietne
complete-logo = Logotips
complete-cpv = Jūsu piedāvājuma CPV kodi
complete-regions = Reģioni, kuros darbojaties
complete-languages = Darba valodas
complete-capability = Spēju apraksts
complete-innovation = Inovāciju piedāvājums
complete-certifications = Sertifikāti
complete-references = References
complete-contact = Kontaktpersona
size-micro = Mikrouzņēmums
size-small = Mazs uzņēmums
size-medium = Vidējs uzņēmums
size-large = Liels uzņēmums
size-micro-hint = mazāk nekā 10 darbinieku, apgrozījums vai bilance līdz 2 miljoniem EUR
size-small-hint = mazāk nekā 50 darbinieku, apgrozījums vai bilance līdz 10 miljoniem EUR
size-medium-hint = mazāk nekā 250 darbinieku, apgrozījums līdz 50 miljoniem EUR vai bilance līdz 43 miljoniem EUR
size-large-hint = 250 vai vairāk darbinieku vai rādītāji virs vidējā uzņēmuma robežām
language-en = Angļu valoda
language-da = Dāņu valoda
language-de = Vācu valoda
language-et = Igauņu valoda
language-fi = Somu valoda
language-lv = Latviešu valoda
language-lt = Lietuviešu valoda
language-sv = Zviedru valoda
language-no = Norvēģu valoda
language-pl = Poļu valoda
language-fr = Franču valoda
language-es = Spāņu valoda
language-it = Itāļu valoda
language-nl = Nīderlandiešu valoda
field-vat-number = PVN maksātāja numurs
hint-vat-number = Ar valsts burtiem, kā jūsu PVN reģistrācijā, piemēram, FI01120389.
field-size = Uzņēmuma lielums
hint-size = Saskaņā ar ES mazo un vidējo uzņēmumu (MVU) definīciju.
field-year-founded = Dibināšanas gads
field-website = Tīmekļvietne
hint-website = Pilna adrese, kas sākas ar https://
field-logo = Logotips
hint-logo = PNG, JPEG vai WebP attēls, ne lielāks par { $max } kB.
field-supplier-cpv = Jūsu piedāvājuma CPV kodi
hint-supplier-cpv = Ierakstiet vārdu vai kodu un izvēlieties no saraksta; pievienojiet tik daudz kodu, cik atbilst (līdz 30). Vispārīgāki kodi atbilst vairāk iepirkumiem.
field-regions = Reģioni, kuros darbojaties
hint-regions = NUTS reģioni vai veselas valstis (piemēram, FI1B, DK01, EE), atdalīti ar komatiem.
field-all-eu = Mēs darbojamies visā ES un EEZ
field-languages = Darba valodas
field-capability = Spēju apraksts
hint-capability = Ko jūsu uzņēmums dara un ir paveicis: produkti, pakalpojumi, komanda, piegādes jauda.
field-innovation-offer = Inovāciju piedāvājums
hint-innovation-offer = Ko jaunu jūs piedāvājat: produktu, metodi vai uzņēmējdarbības modeli, ko publiskais sektors vēl neiepērk.
field-certifications = Sertifikāti
hint-certifications = Piemēram, ISO 9001, ISO 14001, ISO 27001, katrs savā rindā.
field-reference-buyer = Publiskais pasūtītājs
field-reference-year = Gads
field-reference-value = Līgumcena (EUR)
hint-reference-value = Veselos eiro, piemēram, 120 000.
field-reference-description = Ko jūs piegādājāt
field-contact-name = Kontaktpersona
field-contact-email = Kontaktpersonas e-pasta adrese
field-contact-phone = Kontaktpersonas tālrunis
field-weekly-tenders = Reizi nedēļā sūtīt mums e-pastā „Iepirkumi jums”
hint-weekly-tenders = Jauni atvērti iepirkumi, kas atbilst jūsu profilam; to varat jebkurā laikā izslēgt.
field-join-company = Lūgt pievienoties šim uzņēmumam, ja tas jau ir PPI Hub platformā
hint-join-company = Ja kāds kolēģis jau ir reģistrējis jūsu uzņēmumu, tā īpašnieks jūs uzņems.
supplier-sme = MVU
supplier-all-eu = Visa ES un EEZ
supplier-preview = Šis ir priekšskatījums: jūsu profils nav publicēts.
supplier-edit = Labot profilu
supplier-references = References
supplier-contact = Kontaktinformācija
supplier-sign-in-for-contact = Piesakieties, lai redzētu kontaktinformāciju
supplier-contact-heading = Nosūtīt ziņu šim uzņēmumam
directory-title = Piegādātāju katalogs
directory-intro = Uzņēmumi, kas vēlas sadarboties ar publisko sektoru: atrodiet tos pēc tā, ko tie piegādā, kur un kādā valodā.
directory-your-profile = Jūsu uzņēmuma profils
directory-search-label = Meklēt piegādātāju katalogā
directory-country = Uzņēmuma valsts
directory-region = Darbības reģions
hint-directory-region = NUTS kods, piemēram, FI1B vai DK01.
directory-sme-only = Tikai mazie un vidējie uzņēmumi
directory-language = Darba valoda
directory-nothing = Neviens uzņēmums neatbilst. Izmēģiniet mazāk vārdu vai filtru.
directory-count = { $count ->
    [zero] Atrasti { $count } uzņēmumi
    [one] Atrasts { $count } uzņēmums
   *[other] Atrasti { $count } uzņēmumi
}
fit-heading = Piegādātāji, kas varētu būt piemēroti
fit-intro = Publicēti uzņēmumi, kuru kodi, reģioni un apraksti atbilst šim iepirkumam. Pastāstiet tiem par to vai aiciniet tos uz tirgus dialogu.
fit-none = Šī iepirkuma kodiem vēl neatbilst neviens publicēts uzņēmums.
fit-unavailable = Ieteikumi pašlaik nav pieejami.
fit-same-main-code = Piedāvājumā ir iepirkuma galvenais kods { $code }.
fit-same-code = Piedāvājumā ir kods { $code } – viens no iepirkuma kodiem.
fit-broader-main-code = Piedāvājumā ir kods { $supplier }, kas ietver iepirkuma galveno kodu { $tender }.
fit-broader-code = Piedāvājumā ir kods { $supplier }, kas ietver iepirkuma kodu { $tender }.
fit-same-group = Piedāvājumā ir kods { $supplier }, kas ir tajā pašā grupā, kur { $tender }.
fit-serves-region = Darbojas līguma izpildes vietā: { $region }.
fit-serves-all-eu = Darbojas visā ES un EEZ.
fit-shared-words = Uzņēmuma aprakstā ir iepirkuma vārdi: { $words }.
team-title = Jūsu komanda
team-intro = Ikviens šeit pārstāv jūsu uzņēmumu PPI Hub platformā: labo profilu un atbild uz ziņām.
team-people = Dalībnieki
team-owner = īpašnieks
team-owners-invite = Kolēģus uzaicina jūsu uzņēmuma īpašnieks.
team-invite = Uzaicināt kolēģi
team-invite-email = Kolēģa e-pasta adrese
hint-team-invite = Kolēģis saņems pievienošanās saiti, kas ir derīga 7 dienas.
team-invite-submit = Nosūtīt uzaicinājumu
team-invited-until = uzaicināts, saite derīga līdz { $date }
team-open-invitations = Aktīvie uzaicinājumi
team-requests = Pievienošanās pieprasījumi
team-accept = Uzņemt
team-decline = Noraidīt
join-title = Pievienošanās kolēģiem
join-intro = Jums ir uzaicinājums pievienoties uzņēmumam { $company } PPI Hub platformā ar adresi { $email }.
join-submit = Pievienoties
join-create = Izveidot kontu un pievienoties
join-have-account = Jums jau ir konts ar šo adresi?
dashboard-title = Pārskats
dashboard-hello = Laipni lūdzam, { $name }!
dashboard-join-waiting = Jūs lūdzāt atļauju pievienoties uzņēmumam { $company }. Tā īpašnieks ir informēts un jūs uzņems.
dashboard-no-company = Jūsu konts nav piesaistīts nevienam uzņēmumam.
dashboard-body-page = Jūsu publiskās iestādes lapa
dashboard-body-profile = Labot publiskās iestādes kontaktinformāciju un intereses
dashboard-partners = Partneru meklēšana
dashboard-messages = Ziņas
dashboard-profile = Jūsu uzņēmuma profils
dashboard-edit-profile = Labot profilu
dashboard-tenders-for-you = Iepirkumi jums
dashboard-no-tenders = Pašlaik jūsu profilam neatbilst neviens atvērts iepirkums. Pievienojiet CPV kodus, lai redzētu vairāk.
dashboard-why = Kāpēc šis iepirkums?
dashboard-weekly-is-on = Jaunus atbilstošus iepirkumus jūs saņemat e-pastā reizi nedēļā.
dashboard-weekly-is-off = Iknedēļas e-pasts ar atbilstošiem iepirkumiem ir izslēgts.
dashboard-weekly-on = Sūtīt man iknedēļas e-pastu
dashboard-weekly-off = Pārtraukt iknedēļas e-pastu
err-vat-format = Ievadiet PVN maksātāja numuru ar valsts burtiem un cipariem, piemēram, FI01120389 vai DK13585628.
err-year-invalid = Ievadiet gadu no 1800 līdz šim gadam, piemēram, 2012.
err-phone-invalid = Ievadiet tālruņa numuru ar 6 līdz 20 cipariem; atstarpes, +, - un iekavas ir atļautas.
err-regions-required = Norādiet vismaz vienu reģionu, kurā darbojaties, vai atzīmējiet visu ES.
err-company-exists = Šis uzņēmums jau ir PPI Hub platformā. Atzīmējiet „Lūgt pievienoties šim uzņēmumam”, lai lūgtu tā īpašniekam jūs uzņemt.
err-logo-type = Šī datne nav PNG, JPEG vai WebP attēls (mēs pārbaudām tās saturu, nevis nosaukumu).
err-profile-incomplete = Trūkst dažu obligāto punktu: skatiet sarakstu.
err-already-member = Šī persona jau ir jūsu uzņēmuma dalībnieks.
err-invitation-other = Šis uzaicinājums ir paredzēts citai e-pasta adresei. Izrakstieties un atveriet saiti vēlreiz.
err-invitation-sign-in = Konts ar šo adresi jau pastāv: vispirms piesakieties un tad atveriet saiti vēlreiz.
notice-step-saved = Saglabāts. Varat šeit apstāties un turpināt vēlāk.
notice-reference-added = Reference ir pievienota.
notice-reference-removed = Reference ir noņemta.
notice-logo-saved = Logotips ir saglabāts.
notice-profile-published = Jūsu profils ir publicēts piegādātāju katalogā.
notice-profile-hidden = Jūsu profils ir paslēpts no kataloga.
notice-profile-deleted = Profils ir dzēsts.
notice-weekly-on = Iknedēļas e-pasts ir ieslēgts.
notice-weekly-off = Iknedēļas e-pasts ir izslēgts.
notice-invitation-sent = Uzaicinājums ir nosūtīts.
notice-member-added = Gatavs: jūsu uzņēmumam ir jauns dalībnieks.
notice-request-declined = Pieprasījums ir noraidīts.
notice-joined = Laipni lūdzam! Tagad PPI Hub esat savas organizācijas cilvēku vidū.
mail-join-request-subject = { $person } lūdz atļauju pievienoties jūsu uzņēmumam PPI Hub platformā
mail-join-request-body =
    Labdien, { $name }!

    { $person } reģistrējās PPI Hub platformā kā jūsu uzņēmuma pārstāvis un lūdz atļauju tam pievienoties. Uzņemiet šo personu vai noraidiet pieprasījumu savas komandas lapā:

    { $link }
mail-invitation-subject = Pievienojieties uzņēmumam { $company } PPI Hub platformā
mail-invitation-body =
    Labdien!

    { $person } aicina jūs pievienoties uzņēmumam { $company } PPI Hub platformā, kur satiekas publiskie pasūtītāji un piegādātāji. Pieņemiet uzaicinājumu 7 dienu laikā:

    { $link }
mail-join-accepted-subject = Laipni lūdzam uzņēmumā { $company } PPI Hub platformā
mail-join-accepted-body =
    Labdien, { $name }!

    Tagad esat uzņēmuma { $company } dalībnieks PPI Hub platformā. Piesakieties:

    { $link }
mail-join-declined-subject = Jūsu pieprasījums pievienoties uzņēmumam { $company }
mail-join-declined-body =
    Labdien, { $name }!

    Uzņēmuma { $company } īpašnieks noraidīja jūsu pieprasījumu pievienoties tam PPI Hub platformā. Ja tā ir kļūda, lūdzu, sazinieties ar viņu tieši.
mail-tenders-for-you-subject = { $count ->
    [zero] { $count } jauni iepirkumi jums PPI Hub platformā
    [one] { $count } jauns iepirkums jums PPI Hub platformā
   *[other] { $count } jauni iepirkumi jums PPI Hub platformā
}
mail-tenders-for-you-body =
    Labdien, { $name }!

    Šie atvērtie iepirkumi tika publicēti šonedēļ un varētu būt piemēroti jūsu uzņēmumam:

    { $list }

    Savā pārskatā varat redzēt, kāpēc tie ir piemēroti, vai izslēgt šo iknedēļas e-pastu:
    { $link }
err-sender-unverified = Jūsu iestāde varēs sākt sarunas, kad moderators to būs apstiprinājis. Uz citu sāktām sarunām jūs varat atbildēt jau tagad.
supplier-public-cpv = Ko uzņēmums piegādā (CPV)
supplier-public-regions = Kur uzņēmums darbojas
dashboard-body-pending = { $body } gaida moderatora pārbaudi. Iepirkumus jau tagad varat sagatavot kā melnrakstus un publicēt, kad iestāde būs pārbaudīta.
dashboard-body-rejected = Moderators neapstiprināja iestādi { $body }; iemesls ir saņemtajā e-pasta vēstulē. Melnrakstus joprojām varat sagatavot.
dashboard-body-verified = { $body } ir pārbaudīta publiska iestāde: varat publicēt iepirkumus un partneru sludinājumus.
dashboard-attention = Gaida jūs
dashboard-questions-waiting = Neatbildēti jautājumi ({ $count }): { $title }
dashboard-unread = Nelasītas ziņas: { $count }
dashboard-interest = Interese par jūsu atvērtajiem partneru sludinājumiem: { $count }
dashboard-nothing-waiting = Nekas jūs negaida.
dashboard-your-tenders = Jūsu iepirkumi
dashboard-all-tenders = Visi jūsu iepirkumi
dashboard-suggestions-hint = Katra jūsu iepirkuma lapā ir piegādātāji, kas varētu būt piemēroti, ar pamatojumu.
