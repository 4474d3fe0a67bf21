## ES līgumcenu robežvērtības
threshold-above-works = Virs ES līgumcenu robežvērtības: paredzamā līgumcena { $value } sasniedz vai pārsniedz { $threshold }, kas ir būvdarbu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc jāpiemēro ES iepirkuma procedūras un paziņojums jāpublicē TED.
threshold-below-works = Zem ES līgumcenu robežvērtības: paredzamā līgumcena { $value } ir mazāka par { $threshold }, kas ir būvdarbu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc ES iepirkuma procedūras nav jāpiemēro un paziņojums nav jāpublicē TED, taču var būt piemērojami valsts noteikumi.
threshold-above-central = Virs ES līgumcenu robežvērtības: paredzamā līgumcena { $value } sasniedz vai pārsniedz { $threshold }, kas ir centrālās valdības iestāžu piegādes un pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc jāpiemēro ES iepirkuma procedūras un paziņojums jāpublicē TED.
threshold-below-central = Zem ES līgumcenu robežvērtības: paredzamā līgumcena { $value } ir mazāka par { $threshold }, kas ir centrālās valdības iestāžu piegādes un pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc ES iepirkuma procedūras nav jāpiemēro un paziņojums nav jāpublicē TED, taču var būt piemērojami valsts noteikumi.
threshold-above-sub-central = Virs ES līgumcenu robežvērtības: paredzamā līgumcena { $value } sasniedz vai pārsniedz { $threshold }, kas ir reģionālo un vietējo iestāžu un publisko tiesību subjektu piegādes un pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc jāpiemēro ES iepirkuma procedūras un paziņojums jāpublicē TED.
threshold-below-sub-central = Zem ES līgumcenu robežvērtības: paredzamā līgumcena { $value } ir mazāka par { $threshold }, kas ir reģionālo un vietējo iestāžu un publisko tiesību subjektu piegādes un pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc ES iepirkuma procedūras nav jāpiemēro un paziņojums nav jāpublicē TED, taču var būt piemērojami valsts noteikumi.
threshold-above-utilities = Virs ES līgumcenu robežvērtības: paredzamā līgumcena { $value } sasniedz vai pārsniedz { $threshold }, kas ir sabiedrisko pakalpojumu sniedzēju piegādes un pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc jāpiemēro ES iepirkuma procedūras un paziņojums jāpublicē TED.
threshold-below-utilities = Zem ES līgumcenu robežvērtības: paredzamā līgumcena { $value } ir mazāka par { $threshold }, kas ir sabiedrisko pakalpojumu sniedzēju piegādes un pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc ES iepirkuma procedūras nav jāpiemēro un paziņojums nav jāpublicē TED, taču var būt piemērojami valsts noteikumi.
threshold-above-utilities-works = Virs ES līgumcenu robežvērtības: paredzamā līgumcena { $value } sasniedz vai pārsniedz { $threshold }, kas ir sabiedrisko pakalpojumu sniedzēju būvdarbu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc jāpiemēro ES iepirkuma procedūras un paziņojums jāpublicē TED.
threshold-below-utilities-works = Zem ES līgumcenu robežvērtības: paredzamā līgumcena { $value } ir mazāka par { $threshold }, kas ir sabiedrisko pakalpojumu sniedzēju būvdarbu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc ES iepirkuma procedūras nav jāpiemēro un paziņojums nav jāpublicē TED, taču var būt piemērojami valsts noteikumi.
threshold-above-social = Virs ES līgumcenu robežvērtības: paredzamā līgumcena { $value } sasniedz vai pārsniedz { $threshold }, kas ir sociālo un citu īpašu pakalpojumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc šiem pakalpojumiem jāpiemēro atvieglotais ES regulējums un paziņojums jāpublicē TED.
threshold-below-social = Zem ES līgumcenu robežvērtības: paredzamā līgumcena { $value } ir mazāka par { $threshold }, kas ir sociālo un citu īpašu pakalpojumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc ES noteikumi nav jāpiemēro un paziņojums nav jāpublicē TED, taču var būt piemērojami valsts noteikumi.
threshold-above-utilities-social = Virs ES līgumcenu robežvērtības: paredzamā līgumcena { $value } sasniedz vai pārsniedz { $threshold }, kas ir sabiedrisko pakalpojumu sniedzēju sociālo un citu īpašu pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc šiem pakalpojumiem jāpiemēro atvieglotais ES regulējums un paziņojums jāpublicē TED.
threshold-below-utilities-social = Zem ES līgumcenu robežvērtības: paredzamā līgumcena { $value } ir mazāka par { $threshold }, kas ir sabiedrisko pakalpojumu sniedzēju sociālo un citu īpašu pakalpojumu līgumu ES līgumcenu robežvērtība laikposmā { $from } – { $to }, tāpēc ES noteikumi nav jāpiemēro un paziņojums nav jāpublicē TED, taču var būt piemērojami valsts noteikumi.

## Iepirkumi

tenders-title = Iepirkumi
tenders-intro = Baltijas jūras reģiona publisko pasūtītāju iepirkumi virs un zem ES līgumcenu robežvērtībām. Meklējiet pēc vārdiem, reģiona, CPV koda un citiem kritērijiem.
tenders-mine-title = Jūsu iepirkumi
tenders-mine-empty = Jūsu iestādei vēl nav neviena iepirkuma.
tender-new-title = Publicēt iepirkumu
tender-new-intro = Vispirms saglabājiet iepirkumu kā melnrakstu; pēc tam varat to pārbaudīt un publicēt. Vērtējums attiecībā uz ES līgumcenu robežvērtību tiek atjaunināts, kamēr ievadāt līgumcenu.
tender-edit-title = Labot melnrakstu
tender-amend-title = Grozīt iepirkumu
tender-amend-intro = Šis iepirkums ir publicēts. Katrs saglabātais grozījums tiek parādīts tā publiskajā izmaiņu vēsturē, un sekotāji saņem paziņojumu.
tender-save-draft = Saglabāt melnrakstu
tender-save-amendment = Saglabāt grozījumu
tender-field-title = Nosaukums
tender-field-description = Apraksts
tender-field-contract-type = Līguma veids
tender-field-procedure = Iepirkuma procedūra
tender-field-innovation = Inovācijas raksturs
tender-field-value = Paredzamā līgumcena
tender-field-currency = Valūta
tender-field-value-eur = Paredzamā līgumcena eiro
tender-field-social-services = Sociālie vai citi īpaši pakalpojumi
tender-field-notice-url = Oficiālais paziņojums (TED vai valsts portāls)
tender-field-ted-pending = Paziņojums pašlaik tiek publicēts TED
tender-field-main-cpv = Galvenais CPV kods
tender-field-additional-cpv = Papildu CPV kodi
tender-field-nuts = Izpildes vieta (NUTS)
tender-field-lots = Iepirkuma daļas
tender-field-questions-deadline = Jautājumu uzdošanas termiņš
tender-field-submission-deadline = Piedāvājumu iesniegšanas termiņš
tender-field-contact-name = Kontaktpersona
tender-field-contact-email = Kontaktpersonas e-pasta adrese
tender-field-winner = Izraudzītais piegādātājs
tender-field-awarded-value = Līgumcena
tender-field-cancel-reason = Iepirkuma pārtraukšanas iemesls
hint-tender-description = Markdown: # virsraksts, **treknraksts**, - saraksts, [saite](https://…).
hint-tender-innovation = eForms kods „Inovācijas iepirkums” (BT-776), ja iepirkumā tiek iegādāts kaut kas jauns.
hint-tender-value = Visa summa bez PVN, ieskaitot opcijas un līguma pagarinājumus.
hint-tender-value-eur = Nepieciešama, ja valūta nav eiro: ES līgumcenu robežvērtības ir noteiktas eiro.
hint-tender-social-services = Direktīvas 2014/24/ES XIV pielikumā minētajiem pakalpojumiem (veselības, sociālajiem, izglītības, kultūras pakalpojumiem …) ir sava, augstāka robežvērtība.
hint-tender-notice-url = Obligāti virs ES līgumcenu robežvērtības, ja vien paziņojums pašlaik netiek publicēts TED.
hint-tender-cpv = Ierakstiet vārdu vai koda pirmos ciparus un izvēlieties no saraksta.
hint-tender-additional-cpv = Vairāki kodi, atdalīti ar komatiem.
hint-tender-nuts = Ierakstiet reģiona nosaukumu vai kodu un izvēlieties no saraksta.
hint-tender-lots = Katra daļa savā rindā.
hint-tender-deadline = Vietējais laiks, laika josla { $zone }.
hint-tender-question = Jūsu jautājums tiek publicēts kopā ar atbildi, bet jūsu vārds un uzņēmums – ne.
picker-search-cpv = Meklēt CPV sarakstā (atveras jaunā cilnē)
picker-search-nuts = Meklēt NUTS reģionus (atveras jaunā cilnē)
innovation-none = Nav norādīts
contract-works = Būvdarbi
contract-supplies = Piegādes
contract-services = Pakalpojumi
procedure-open = Atklāts konkurss
procedure-restricted = Slēgts konkurss
procedure-neg-w-call = Konkursa procedūra ar sarunām
procedure-comp-dial = Konkursa dialogs
procedure-innovation = Inovācijas partnerība
procedure-pcp = Pirmskomercializācijas iepirkums
procedure-neg-wo-call = Sarunu procedūra bez iepriekšējas izsludināšanas
procedure-simplified = Vienkāršota procedūra zem ES līgumcenu robežvērtības
procedure-market-consultation = Tirgus izpēte / iepriekšējs informatīvs paziņojums
innovation-mar-nov = Jauns vai būtiski uzlabots produkts, pakalpojums vai process
innovation-proc-innov = Procesa inovācija
innovation-prod-innov = Produkta vai pakalpojuma inovācija
innovation-rd-act = Pētniecība un izstrāde
currency-EUR = Eiro (EUR)
currency-DKK = Dānijas krona (DKK)
currency-SEK = Zviedrijas krona (SEK)
currency-NOK = Norvēģijas krona (NOK)
status-draft = Melnraksts
status-published = Atvērts
status-closed = Slēgts
status-awarded = Līgums piešķirts
status-cancelled = Pārtraukts
tender-above-threshold = Virs ES līgumcenu robežvērtības
tender-below-threshold = Zem ES līgumcenu robežvērtības
tender-facts = Īsumā
tender-buyer = Pasūtītājs
tender-contact = Kontaktinformācija
tender-published-on = Publicēts
tender-ted-pending = Pašlaik tiek publicēts TED
tender-add-to-calendar = Pievienot termiņu savam kalendāram
tender-open-data = Atvērtie dati: šis iepirkums OCDS formātā
tender-deadline-passed = termiņš ir beidzies
tender-days-left = { $count ->
    [zero] atlikušas { $count } dienas
    [one] atlikusi { $count } diena
   *[other] atlikušas { $count } dienas
}
tender-hours-left = { $count ->
    [zero] atlikušas { $count } stundas
    [one] atlikusi { $count } stunda
   *[other] atlikušas { $count } stundas
}
tender-cancelled-because = Šis iepirkums ir pārtraukts: { $reason }
tender-awarded-to = Līgums piešķirts: { $winner }, līgumcena { $value }.
tender-history = Izmaiņu vēsture
tender-history-when = Kad
tender-history-field = Kas
tender-history-before = Iepriekš
tender-history-after = Pēc izmaiņām
tender-questions = Jautājumi un atbildes
tender-no-questions = Vēl nav atbildēts neviens jautājums.
tender-question-asked = Jautājums ({ $date })
tender-answer = Atbilde
tender-publish-answer = Publicēt atbildi
tender-ask-heading = Uzdot jautājumu pasūtītājam
tender-ask-label = Jūsu jautājums
tender-ask-submit = Nosūtīt jautājumu
tender-sign-in-to-ask = Piesakieties kā piegādātājs, lai uzdotu jautājumu
tender-follow-explain = Sekotāji e-pastā saņem ziņas par grozījumiem un jaunām atbildēm.
tender-follow = Sekot šim iepirkumam
tender-unfollow = Pārtraukt sekošanu
tender-actions = Darbības
tender-your-tender = Jūsu iepirkums
tender-edit = Labot melnrakstu
tender-amend = Grozīt iepirkumu
tender-publish = Publicēt
tender-publish-needs-verification = Varēsiet publicēt, kad moderators būs apstiprinājis jūsu iestādi.
tender-close = Slēgt piedāvājumu iesniegšanu tagad
tender-award-heading = Reģistrēt līguma piešķiršanu
tender-award = Atzīmēt, ka līgums piešķirts
tender-cancel-heading = Pārtraukt iepirkumu
tender-delete-draft-heading = Dzēst šo melnrakstu
tender-delete-draft = Dzēst melnrakstu
tender-cancel = Pārtraukt iepirkumu
body-tenders = Iepirkumi
body-no-tenders = Vēl nav publicētu iepirkumu.
search-label = Meklēt iepirkumus
search-words = Vārdi
search-any = Visi
search-cpv = CPV kods
hint-search-cpv = Kods vai tā pirmie cipari: 45 atrod visus būvdarbus.
hint-search-nuts = Reģiona kods: FI1B atrod Helsinki-Uusimaa un tā apakšreģionus.
search-threshold = ES līgumcenu robežvērtība
search-status = Statuss
search-status-open = Var iesniegt piedāvājumus
search-status-closed = Slēgts
search-status-awarded = Līgums piešķirts
search-status-cancelled = Pārtraukts
search-status-all = Visi statusi
search-deadline = Piedāvājumu iesniegšanas termiņš
search-from = No
search-to = Līdz
search-value = Paredzamā līgumcena (EUR)
search-min = Vismaz
search-max = Ne vairāk kā
search-sort = Kārtošana
search-sort-deadline = Tuvākais termiņš vispirms
search-sort-newest = Jaunākie vispirms
search-sort-value = Augstākā līgumcena vispirms
search-submit = Meklēt
search-reset = Notīrīt meklēšanu
search-count = { $count ->
    [zero] Atrasti { $count } iepirkumi
    [one] Atrasts { $count } iepirkums
   *[other] Atrasti { $count } iepirkumi
}
search-nothing = Nekas netika atrasts. Izmēģiniet mazāk vārdu vai filtru.
search-ignored = Daži meklēšanas iestatījumi netika saprasti un netiek ņemti vērā: { $params }.
search-feed = Sekot šai meklēšanai ziņu lasītājā (Atom)
search-pages = Rezultātu lapas
search-previous = Iepriekšējā lapa
search-next = Nākamā lapa
search-page-of = { $page }. lapa no { $pages }
codes-cpv-title = CPV kodi
codes-cpv-intro = Meklējiet kopējā iepirkuma vārdnīcā (CPV) pēc vārdiem vai koda pirmajiem cipariem un iekopējiet kodu savā veidlapā.
codes-nuts-title = NUTS reģioni
codes-nuts-intro = Meklējiet to valstu reģionus, kurās darbojamies, pēc nosaukuma vai koda un iekopējiet kodu savā veidlapā.
codes-query = Vārdi vai kods
codes-code = Kods
codes-label = Nosaukums
codes-count = { $count ->
    [zero] { $count } rezultāti
    [one] { $count } rezultāts
   *[other] { $count } rezultāti
}
notice-draft-saved = Melnraksts ir saglabāts. Pārbaudiet to un tad publicējiet.
notice-tender-published = Iepirkums ir publicēts.
notice-tender-amended = Grozījums ir saglabāts un redzams izmaiņu vēsturē.
notice-tender-closed = Piedāvājumu iesniegšana šim iepirkumam ir slēgta.
notice-tender-cancelled = Iepirkums ir pārtraukts.
notice-tender-draft-deleted = Melnraksts ir izdzēsts.
notice-tender-awarded = Līguma piešķiršana ir reģistrēta.
notice-question-sent = Jūsu jautājums ir nosūtīts. Atbilde parādīsies šeit, un mēs jums paziņosim e-pastā.
notice-answer-published = Atbilde ir publicēta.
notice-following = Jūs sekojat šim iepirkumam.
notice-unfollowed = Jūs vairs nesekojat šim iepirkumam.
err-amount-invalid = Ievadiet veselu summu cipariem, piemēram, 250 000.
err-amount-negative = Summa nevar būt negatīva.
err-amount-too-large = Šī summa ir pārāk liela.
err-cpv-invalid = CPV kods izskatās šādi: 45210000-2 – astoņi cipari, defise un kontrolcipars.
err-cpv-unknown = Šāda CPV koda nav. Izvēlieties kodu no saraksta.
err-datetime-invalid = Ievadiet datumu un laiku.
err-deadline-order = Piedāvājumu iesniegšanas termiņam jābūt vēlākam par jautājumu uzdošanas termiņu.
err-deadline-past = Šis termiņš jau ir pagājis.
err-notice-required = Virs ES līgumcenu robežvērtības norādiet oficiālā paziņojuma adresi vai atzīmējiet, ka tas pašlaik tiek publicēts TED.
err-procedure-below-threshold-only = Šis iepirkums pārsniedz ES līgumcenu robežvērtību: izvēlieties direktīvā paredzētu procedūru, nevis vienkāršoto procedūru zem robežvērtības.
err-url-invalid = Ievadiet tīmekļa adresi, kas sākas ar https://
err-too-many = Pārāk daudz ierakstu.
err-tender-not-editable = Šo iepirkumu vairs nevar mainīt šādā veidā.
err-tender-incomplete = Iepirkums vēl nav gatavs publicēšanai: labojiet to un izlabojiet atzīmēto.
err-tender-not-closed = Līguma piešķiršanu var reģistrēt tikai tad, kad piedāvājumu iesniegšana ir slēgta.
err-questions-closed = Par šo iepirkumu vairs nevar uzdot jautājumus.
err-already-answered = Uz šo jautājumu jau ir atbildēts.
mail-tender-amended-subject = Iepirkumā, kuram sekojat, ir izdarīti grozījumi: { $title }
mail-tender-amended-body =
    Labdien, { $name }!

    Pasūtītājs ir grozījis iepirkumu „{ $title }”. Izmaiņu vēsturē redzams, kas ir mainījies:

    { $link }
mail-tender-cancelled-subject = Iepirkums, kuram sekojat, ir pārtraukts: { $title }
mail-tender-cancelled-body =
    Labdien, { $name }!

    Pasūtītājs ir pārtraucis iepirkumu „{ $title }”. Iemesls ir norādīts iepirkuma lapā:

    { $link }
mail-tender-awarded-subject = Iepirkumā, kuram sekojat, ir piešķirts līgums: { $title }
mail-tender-awarded-body =
    Labdien, { $name }!

    Pasūtītājs ir piešķīris līgumu iepirkumā „{ $title }”:

    { $link }
mail-tender-answered-subject = Jauna atbilde iepirkumā, kuram sekojat: { $title }
mail-tender-answered-body =
    Labdien, { $name }!

    Pasūtītājs ir atbildējis uz jautājumu par iepirkumu „{ $title }”:

    { $link }
mail-question-asked-subject = Piegādātājs uzdeva jautājumu: { $title }
mail-question-asked-body =
    Labdien, { $name }!

    Piegādātājs ir uzdevis jautājumu par iepirkumu „{ $title }”. Atbildiet uz to iepirkuma lapā; atbilde tiks publicēta visiem:

    { $link }
mail-question-answered-subject = Uz jūsu jautājumu ir atbildēts: { $title }
mail-question-answered-body =
    Labdien, { $name }!

    Pasūtītājs ir atbildējis uz jūsu jautājumu par iepirkumu „{ $title }”:

    { $link }
tender-documents = Dokumenti
tender-no-documents = Vēl nav neviena dokumenta.
tender-upload-label = Pievienot dokumentu
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS vai ZIP, ne vairāk kā { $max } MB. Datnes veidu pārbaudām pēc tās satura.
tender-upload-submit = Augšupielādēt
tender-document-delete = Noņemt { $name }
tender-document-delete-short = Noņemt
tender-field-documents = Dokumenti
notice-document-added = Dokuments ir pievienots.
notice-document-removed = Dokuments ir noņemts.
err-file-required = Izvēlieties augšupielādējamo datni.
err-file-too-large = Šī datne ir pārāk liela. Maksimālais lielums ir 25 MB.
err-file-type = Šī datne nav atļautā formātā (PDF, DOCX, XLSX, ODT, ODS vai ZIP). Mēs pārbaudām datnes saturu, nevis nosaukumu.
saved-title = Jūsu saglabātās meklēšanas
saved-intro = Jaunus iepirkumus, kas atbilst saglabātai meklēšanai, jūs saņemat e-pastā reizi stundā, kā arī meklēšanas ziņu plūsmā.
saved-empty = Jums vēl nav nevienas saglabātas meklēšanas. Meklējiet lapā „Iepirkumi” un saglabājiet meklēšanu tur.
saved-save-heading = Saglabāt šo meklēšanu
saved-explain = Jaunus atbilstošus iepirkumus jūs saņemsiet e-pastā.
saved-name = Meklēšanas nosaukums
hint-saved-name = Lai jūs to atpazītu e-pastā.
saved-default-name = Mana iepirkumu meklēšana
saved-save = Saglabāt meklēšanu
saved-since = Saglabāta { $date }
saved-show = Rādīt rezultātus
saved-delete = Dzēst
notice-search-saved = Meklēšana ir saglabāta. Jaunus atbilstošus iepirkumus jūs saņemsiet e-pastā.
notice-search-deleted = Meklēšana ir dzēsta.
mail-saved-search-digest-subject = { $count ->
    [zero] { $count } jauni iepirkumi meklēšanai „{ $search }”
    [one] { $count } jauns iepirkums meklēšanai „{ $search }”
   *[other] { $count } jauni iepirkumi meklēšanai „{ $search }”
}
mail-saved-search-digest-body =
    Labdien, { $name }!

    Jūsu saglabātajai meklēšanai „{ $search }” atbilst jauni iepirkumi:

    { $list }

    Visi rezultāti: { $link }
search-filters = { $count ->
    [0] Filtri
    [zero] Filtri ({ $count } lietoti)
    [one] Filtri ({ $count } lietots)
   *[other] Filtri ({ $count } lietoti)
}
