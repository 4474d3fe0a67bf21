## Pakkujad: profiil, kataloog, meeskond, töölaud, sobitamine
nav-dashboard = Töölaud
step-company = Ettevõte
step-logo = Logo
step-offer = Mida pakute
step-about = Võimekus
step-references = Referentsid
step-contact = Kontaktisik
step-review = Ülevaatus ja avaldamine
step-company-intro = Kes te olete: hankijad kontrollivad kõigepealt neid andmeid. Registrikoodi kontrollitakse teie riigi registri reeglite järgi.
step-logo-intro = Logo aitab hankijatel teid kataloogis ära tunda. Võite selle sammu vahele jätta ja logo hiljem lisada.
step-offer-intro = Mida te pakute (CPV-koodid), kuhu tarnite ja millistes keeltes töötate: nende andmete järgi leiavad teid hankijad ja automaatne sobitamine.
step-about-intro = Teie enda sõnadega: mida te oskate ja mida uut toote avalikule sektorile.
step-references-intro = Varasemad riigihankelepingud näitavad hankijatele, et suudate lepinguid täita. Lisage neid nii palju, kui soovite, või praegu mitte ühtegi.
step-contact-intro = Kellega peaksid hankijad teie pakkumise asjus ühendust võtma.
step-review-intro = Kontrollige, mis veel puudub, ja avaldage seejärel oma profiil pakkujate kataloogis.
profile-title = Teie ettevõtte profiil
profile-continue = Jätka
profile-step-of = Samm { $number }/{ $count }: { $name }
profile-steps = Profiili sammud
profile-steps-done = { $done }/{ $count } sammu tehtud
profile-step-done = tehtud
profile-save-continue = Salvesta ja jätka
profile-logo-alt = Ettevõtte { $name } logo
profile-logo-upload = Laadi logo üles
profile-skip-logo = Jätka ilma logota
profile-no-references = Referentse veel pole.
profile-reference-remove = Eemalda
profile-reference-add = Lisa referents
profile-hide = Peida kataloogist
profile-view-public = Vaata oma avalikku profiili
profile-publish = Avalda kataloogis
profile-preview = Profiili eelvaade
profile-publish-needs = Profiili avaldamiseks täitke ülal loetletud nõutud andmed.
profile-delete = Kustuta profiil
profile-delete-confirm = Jah, kustuta meie ettevõtte profiil
profile-delete-explain = Profiil ja kõik selles olev kustutatakse jäädavalt. Teie konto ja teie kolleegide kontod jäävad alles.
profile-percent = Profiil on { $percent }% valmis
profile-status-is = Olek: { $status }
profile-completeness = Profiili täielikkus
profile-item-done = tehtud
profile-item-required = puudub (vajalik avaldamiseks)
profile-item-missing = puudub (valikuline)
profile-status-draft = mustand, ei ole avalik
profile-status-published = kataloogis avaldatud
profile-status-hidden = kataloogist peidetud
complete-size = Ettevõtte suurus
complete-vat = Käibemaksukohustuslase number
complete-year = Asutamisaasta
complete-website = Veebisait
complete-logo = Logo
complete-cpv = CPV-koodid, mida pakute
complete-regions = Piirkonnad, mida teenindate
complete-languages = Töökeeled
complete-capability = Võimekuse kirjeldus
complete-innovation = Innovatsioonipakkumus
complete-certifications = Sertifikaadid
complete-references = Referentsid
complete-contact = Kontaktisik
size-micro = Mikroettevõte
size-small = Väikeettevõte
size-medium = Keskmise suurusega ettevõte
size-large = Suurettevõte
size-micro-hint = alla 10 töötaja, käive või bilansimaht kuni 2 miljonit eurot
size-small-hint = alla 50 töötaja, käive või bilansimaht kuni 10 miljonit eurot
size-medium-hint = alla 250 töötaja, käive kuni 50 miljonit eurot või bilansimaht kuni 43 miljonit eurot
size-large-hint = 250 või rohkem töötajat või üle keskmise suurusega ettevõtte piirmäärade
language-en = Inglise keel
language-da = Taani keel
language-de = Saksa keel
language-et = Eesti keel
language-fi = Soome keel
language-lv = Läti keel
language-lt = Leedu keel
language-sv = Rootsi keel
language-no = Norra keel
language-pl = Poola keel
language-fr = Prantsuse keel
language-es = Hispaania keel
language-it = Itaalia keel
language-nl = Hollandi keel
field-vat-number = Käibemaksukohustuslase number
hint-vat-number = Koos riigitähtedega, nagu käibemaksukohustuslasena registreerimise andmetes, nt FI01120389.
field-size = Ettevõtte suurus
hint-size = ELi väikeste ja keskmise suurusega ettevõtete (VKE) määratluse järgi.
field-year-founded = Asutamisaasta
field-website = Veebisait
hint-website = Täielik aadress, mis algab kujul https://
field-logo = Logo
hint-logo = PNG-, JPEG- või WebP-pilt, kuni { $max } kB.
field-supplier-cpv = CPV-koodid, mida pakute
hint-supplier-cpv = Sisestage sõna või kood ja valige loendist; lisage nii palju koode, kui sobib (kuni 30). Üldisemad koodid vastavad rohkematele hangetele.
field-regions = Piirkonnad, mida teenindate
hint-regions = NUTS-piirkonnad või terved riigid (nt FI1B, DK01, EE), komadega eraldatud.
field-all-eu = Teenindame kogu ELi ja EMP-d
field-languages = Töökeeled
field-capability = Võimekuse kirjeldus
hint-capability = Mida teie ettevõte teeb ja on teinud: tooted, teenused, meeskond, tarnevõime.
field-innovation-offer = Innovatsioonipakkumus
hint-innovation-offer = Mida uut te pakute: toode, meetod või ärimudel, mida avalik sektor veel ei osta.
field-certifications = Sertifikaadid
hint-certifications = Nt ISO 9001, ISO 14001, ISO 27001, igaüks eraldi real.
field-reference-buyer = Avaliku sektori hankija
field-reference-year = Aasta
field-reference-value = Lepingu maksumus (EUR)
hint-reference-value = Täiseurodes, nt 120 000.
field-reference-description = Mida te tarnisite
field-contact-name = Kontaktisik
field-contact-email = Kontaktisiku e-posti aadress
field-contact-phone = Kontaktisiku telefon
field-weekly-tenders = Saatke meile kord nädalas e-kiri „Teile sobivad hanked“
hint-weekly-tenders = Uued avatud hanked, mis sobivad teie profiiliga; saate selle igal ajal välja lülitada.
field-join-company = Soovin liituda selle ettevõttega, kui see on juba platvormil PPI Hub
hint-join-company = Kui kolleeg on teie ettevõtte juba registreerinud, laseb ettevõtte omanik teid liituda.
supplier-sme = VKE
supplier-all-eu = Kogu EL ja EMP
supplier-preview = See on eelvaade: teie profiil ei ole avaldatud.
supplier-edit = Muuda profiili
supplier-references = Referentsid
supplier-contact = Kontakt
supplier-sign-in-for-contact = Kontaktandmete nägemiseks logige sisse
supplier-contact-heading = Saatke sellele ettevõttele sõnum
directory-title = Pakkujate kataloog
directory-intro = Ettevõtted, kes soovivad teha koostööd avaliku sektoriga: leidke need selle järgi, mida, kus ja millises keeles nad pakuvad.
directory-your-profile = Teie ettevõtte profiil
directory-search-label = Otsi pakkujate kataloogist
directory-country = Ettevõtte riik
directory-region = Teenindatav piirkond
hint-directory-region = NUTS-kood, nt FI1B või DK01.
directory-sme-only = Ainult väikesed ja keskmise suurusega ettevõtted
directory-language = Töökeel
directory-nothing = Ükski ettevõte ei vasta otsingule. Proovige vähemate sõnade või filtritega.
directory-count = { $count ->
    [one] Leiti 1 ettevõte
   *[other] Leiti { $count } ettevõtet
}
fit-heading = Pakkujad, kes võivad sobida
fit-intro = Avaldatud ettevõtted, kelle koodid, piirkonnad ja kirjeldused vastavad sellele hankele. Andke neile hankest teada või kutsuge nad turudialoogi.
fit-none = Selle hanke koodidele ei vasta veel ükski avaldatud ettevõte.
fit-unavailable = Soovitused ei ole praegu saadaval.
fit-same-main-code = Pakub hanke peamist koodi { $code }.
fit-same-code = Pakub koodi { $code }, mis on üks hanke koodidest.
fit-broader-main-code = Pakub koodi { $supplier }, mis hõlmab hanke peamist koodi { $tender }.
fit-broader-code = Pakub koodi { $supplier }, mis hõlmab hanke koodi { $tender }.
fit-same-group = Pakub koodi { $supplier }, mis on koodiga { $tender } samas rühmas.
fit-serves-region = Teenindab piirkonda { $region }, kus lepingut täidetakse.
fit-serves-all-eu = Teenindab kogu ELi ja EMP-d.
fit-shared-words = Kirjeldab end hanke sõnadega: { $words }.
team-title = Teie meeskond
team-intro = Kõik siin loetletud esindavad teie ettevõtet platvormil PPI Hub: nad muudavad profiili ja vastavad sõnumitele.
team-people = Inimesed
team-owner = omanik
team-owners-invite = Kolleege kutsub teie ettevõtte omanik.
team-invite = Kolleegi kutsumine
team-invite-email = Kolleegi e-posti aadress
hint-team-invite = Kolleeg saab liitumislingi, mis kehtib 7 päeva.
team-invite-submit = Saada kutse
team-invited-until = kutsutud, link kehtib kuni { $date }
team-open-invitations = Vastamata kutsed
team-requests = Liitumissoovid
team-accept = Luba liituda
team-decline = Keeldu
join-title = Liitumine kolleegidega
join-intro = Teid on kutsutud liituma ettevõttega { $company } platvormil PPI Hub aadressiga { $email }.
join-submit = Liitu
join-create = Loo konto ja liitu
join-have-account = Kas teil on selle aadressiga juba konto?
dashboard-title = Töölaud
dashboard-hello = Tere tulemast, { $name }!
dashboard-join-waiting = Soovisite liituda ettevõttega { $company }. Selle omanikku on teavitatud ja ta laseb teid liituda.
dashboard-no-company = Teie konto ei kuulu ühelegi ettevõttele.
dashboard-body-page = Teie asutuse leht
dashboard-body-profile = Muutke oma asutuse kontaktandmeid ja huvivaldkondi
dashboard-partners = Partnerite otsing
dashboard-messages = Sõnumid
dashboard-profile = Teie ettevõtte profiil
dashboard-edit-profile = Muuda profiili
dashboard-tenders-for-you = Teile sobivad hanked
dashboard-no-tenders = Praegu ei sobi teie profiiliga ükski avatud hange. Lisage CPV-koode, et näha rohkem.
dashboard-why = Miks see hange?
dashboard-weekly-is-on = Saate uued sobivad hanked e-posti teel kord nädalas.
dashboard-weekly-is-off = Sobivate hangete iganädalane e-kiri on välja lülitatud.
dashboard-weekly-on = Saada mulle iganädalane e-kiri
dashboard-weekly-off = Lõpeta iganädalane e-kiri
err-vat-format = Sisestage käibemaksukohustuslase number riigitähtede ja numbritega, nt FI01120389 või DK13585628.
err-year-invalid = Sisestage aasta vahemikus 1800 kuni käesolev aasta, nt 2012.
err-phone-invalid = Sisestage 6–20-kohaline telefoninumber; tühikud, +, - ja sulud on lubatud.
err-regions-required = Nimetage vähemalt üks piirkond, mida teenindate, või märkige kogu EL.
err-company-exists = See ettevõte on juba platvormil PPI Hub. Märkige „Soovin liituda selle ettevõttega“, et paluda omanikult luba liituda.
err-logo-type = See fail ei ole PNG-, JPEG- ega WebP-pilt (kontrollime faili sisu, mitte nime).
err-profile-incomplete = Mõned nõutud andmed puuduvad: vaadake loendit.
err-already-member = See inimene kuulub juba teie ettevõttesse.
err-invitation-other = See kutse on mõeldud teisele e-posti aadressile. Logige välja ja avage link uuesti.
err-invitation-sign-in = Selle aadressiga konto on olemas: logige kõigepealt sisse ja avage siis link uuesti.
notice-step-saved = Salvestatud. Võite siin pooleli jätta ja hiljem jätkata.
notice-reference-added = Referents on lisatud.
notice-reference-removed = Referents on eemaldatud.
notice-logo-saved = Logo on salvestatud.
notice-profile-published = Teie profiil on pakkujate kataloogis avaldatud.
notice-profile-hidden = Teie profiil on kataloogist peidetud.
notice-profile-deleted = Profiil on kustutatud.
notice-weekly-on = Iganädalane e-kiri on sisse lülitatud.
notice-weekly-off = Iganädalane e-kiri on välja lülitatud.
notice-invitation-sent = Kutse on saadetud.
notice-member-added = Liitumine õnnestus: teie ettevõttel on uus liige.
notice-request-declined = Liitumissoovist on keeldutud.
notice-joined = Tere tulemast: kuulute nüüd PPI Hubis oma organisatsiooni inimeste hulka.
mail-join-request-subject = { $person } soovib liituda teie ettevõttega platvormil PPI Hub
mail-join-request-body =
    Tere, { $name }!

    { $person } registreerus platvormil PPI Hub teie ettevõtte nimel ja soovib sellega liituda. Lubage tal liituda või keelduge oma meeskonna lehel:

    { $link }
mail-invitation-subject = Liituge ettevõttega { $company } platvormil PPI Hub
mail-invitation-body =
    Tere!

    { $person } kutsub teid liituma ettevõttega { $company } platvormil PPI Hub, kus kohtuvad avaliku sektori hankijad ja pakkujad. Võtke kutse vastu 7 päeva jooksul:

    { $link }
mail-join-accepted-subject = Olete liitunud: { $company } platvormil PPI Hub
mail-join-accepted-body =
    Tere, { $name }!

    Kuulute nüüd platvormil PPI Hub ettevõttesse { $company }. Logige sisse:

    { $link }
mail-join-declined-subject = Teie soov liituda ettevõttega { $company }
mail-join-declined-body =
    Tere, { $name }!

    Ettevõtte { $company } omanik keeldus teie soovist liituda ettevõttega platvormil PPI Hub. Kui see on eksitus, võtke palun temaga otse ühendust.
mail-tenders-for-you-subject = { $count ->
    [one] 1 uus teile sobiv hange platvormil PPI Hub
   *[other] { $count } uut teile sobivat hanget platvormil PPI Hub
}
mail-tenders-for-you-body =
    Tere, { $name }!

    Need avatud hanked avaldati sel nädalal ja võivad teie ettevõttele sobida:

    { $list }

    Oma töölaual näete, miks need sobivad, ja saate selle iganädalase e-kirja välja lülitada:
    { $link }
err-sender-unverified = Teie asutus saab vestlusi alustada pärast seda, kui moderaator on selle kinnitanud. Teiste alustatud vestlustele saate vastata juba praegu.
supplier-public-cpv = Mida ettevõte pakub (CPV)
supplier-public-regions = Kus ettevõte tegutseb
dashboard-body-pending = { $body } ootab moderaatori kinnitust. Hankeid saate juba praegu mustandina ette valmistada ja avaldada, kui asutus on kinnitatud.
dashboard-body-rejected = Moderaator ei kinnitanud asutust { $body }; põhjus on teile saadetud e-kirjas. Mustandeid saate endiselt ette valmistada.
dashboard-body-verified = { $body } on kinnitatud avaliku sektori asutus: saate avaldada hankeid ja partnerikuulutusi.
dashboard-attention = Ootab teid
dashboard-questions-waiting = Vastamata küsimused ({ $count }): { $title }
dashboard-unread = Lugemata sõnumid: { $count }
dashboard-interest = Huvi teie avatud partnerikuulutuste vastu: { $count }
dashboard-nothing-waiting = Midagi ei oota teid.
dashboard-your-tenders = Teie hanked
dashboard-all-tenders = Kõik teie hanked
dashboard-suggestions-hint = Iga teie hanke lehel on pakkujad, kes võivad sobida, koos põhjustega.
