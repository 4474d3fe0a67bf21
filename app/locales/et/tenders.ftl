## Rahvusvahelised piirmäärad
threshold-above-works = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-works = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-central = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on keskvalitsusasutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-central = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on keskvalitsusasutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-sub-central = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on piirkondlike ja kohalike omavalitsuste ning avalik-õiguslike asutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-sub-central = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on piirkondlike ja kohalike omavalitsuste ning avalik-õiguslike asutuste asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-utilities = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on võrgustikusektori hankijate asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-utilities = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on võrgustikusektori hankijate asjade ja teenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-utilities-works = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on võrgustikusektori hankijate ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega tuleb järgida ELi hankemenetlusi ja teade avaldatakse TEDis.
threshold-below-utilities-works = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on võrgustikusektori hankijate ehitustööde hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ei pea ELi hankemenetlusi järgima ega teadet TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-social = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega kohaldub nendele teenustele ELi lihtsustatud kord ja teade avaldatakse TEDis.
threshold-below-social = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ELi reeglid ei kohaldu ja teadet ei pea TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.
threshold-above-utilities-social = Üle rahvusvahelise piirmäära: { $value } on vähemalt { $threshold }, mis on võrgustikusektori hankijate sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega kohaldub nendele teenustele ELi lihtsustatud kord ja teade avaldatakse TEDis.
threshold-below-utilities-social = Alla rahvusvahelise piirmäära: { $value } on väiksem kui { $threshold }, mis on võrgustikusektori hankijate sotsiaal- ja eriteenuste hangete rahvusvaheline piirmäär ajavahemikul { $from } – { $to }, seega ELi reeglid ei kohaldu ja teadet ei pea TEDis avaldama, kuid kehtida võivad riigisisesed reeglid.

## Hanked

tenders-title = Hanked
tenders-intro = Läänemere piirkonna avaliku sektori hankijate hanked nii üle kui ka alla rahvusvahelise piirmäära. Otsige sõnade, piirkonna, CPV-koodi ja muu järgi.
tenders-mine-title = Teie hanked
tenders-mine-empty = Teie asutusel pole veel hankeid.
tender-new-title = Avalda hange
tender-new-intro = Salvestage hange kõigepealt mustandina, seejärel saate seda kontrollida ja selle avaldada. Hinnang rahvusvahelise piirmäära kohta uueneb maksumuse sisestamise ajal.
tender-edit-title = Muuda mustandit
tender-amend-title = Muuda hanget
tender-amend-intro = See hange on avaldatud. Iga salvestatud muudatus kuvatakse hanke avalikus muudatuste ajaloos ja jälgijaid teavitatakse.
tender-save-draft = Salvesta mustand
tender-save-amendment = Salvesta muudatus
tender-field-title = Pealkiri
tender-field-description = Kirjeldus
tender-field-contract-type = Lepingu liik
tender-field-procedure = Menetluse liik
tender-field-innovation = Innovatsiooni liik
tender-field-value = Eeldatav maksumus
tender-field-currency = Valuuta
tender-field-value-eur = Eeldatav maksumus eurodes
tender-field-social-services = Sotsiaal- või muud eriteenused
tender-field-notice-url = Ametlik hanketeade (TED või riiklik portaal)
tender-field-ted-pending = Teadet avaldatakse praegu TEDis
tender-field-main-cpv = Peamine CPV-kood
tender-field-additional-cpv = Täiendavad CPV-koodid
tender-field-nuts = Täitmise koht (NUTS)
tender-field-lots = Hanke osad
tender-field-questions-deadline = Küsimuste esitamise tähtaeg
tender-field-submission-deadline = Pakkumuste esitamise tähtaeg
tender-field-contact-name = Kontaktisik
tender-field-contact-email = Kontaktisiku e-posti aadress
tender-field-winner = Edukas pakkuja
tender-field-awarded-value = Lepingu maksumus
tender-field-cancel-reason = Hanke tühistamise põhjus
hint-tender-description = Markdown: # pealkiri, **paks kiri**, - loend, [link](https://…).
hint-tender-innovation = eFormsi kood „Innovatsioonihange“ (BT-776), kui hankega ostetakse midagi uut.
hint-tender-value = Kogusumma ilma käibemaksuta, koos täiendavate hankevõimaluste ja pikendamistega.
hint-tender-value-eur = Vajalik, kui valuuta ei ole euro: rahvusvahelised piirmäärad on eurodes.
hint-tender-social-services = Direktiivi 2014/24/EL XIV lisas nimetatud teenustel (tervishoiu-, sotsiaal-, haridus-, kultuuriteenused …) on oma, kõrgem piirmäär.
hint-tender-notice-url = Nõutav üle rahvusvahelise piirmäära, välja arvatud juhul, kui teadet alles avaldatakse TEDis.
hint-tender-cpv = Sisestage sõna või koodi esimesed numbrid ja valige loendist.
hint-tender-additional-cpv = Mitu koodi, komadega eraldatud.
hint-tender-nuts = Sisestage piirkonna nimi või kood ja valige loendist.
hint-tender-lots = Iga osa eraldi real.
hint-tender-deadline = Kohalik aeg, ajavöönd { $zone }.
hint-tender-question = Teie küsimus avaldatakse koos vastusega, teie nimi ja ettevõte mitte.
picker-search-cpv = Otsi CPV-loendist (avaneb uuel vahelehel)
picker-search-nuts = Otsi NUTS-piirkondi (avaneb uuel vahelehel)
innovation-none = Märkimata
contract-works = Ehitustööd
contract-supplies = Asjad
contract-services = Teenused
procedure-open = Avatud hankemenetlus
procedure-restricted = Piiratud hankemenetlus
procedure-neg-w-call = Konkurentsipõhine läbirääkimistega hankemenetlus
procedure-comp-dial = Võistlev dialoog
procedure-innovation = Innovatsioonipartnerlus
procedure-pcp = Kommertsialiseerimiseelne hange
procedure-neg-wo-call = Väljakuulutamiseta läbirääkimistega hankemenetlus
procedure-simplified = Lihthange (alla rahvusvahelise piirmäära)
procedure-market-consultation = Turu-uuring / eelteade
innovation-mar-nov = Uus või oluliselt täiustatud toode, teenus või protsess
innovation-proc-innov = Protsessiinnovatsioon
innovation-prod-innov = Toote- või teenuseinnovatsioon
innovation-rd-act = Teadus- ja arendustegevus
currency-EUR = Euro (EUR)
currency-DKK = Taani kroon (DKK)
currency-SEK = Rootsi kroon (SEK)
currency-NOK = Norra kroon (NOK)
status-draft = Mustand
status-published = Avatud
status-closed = Suletud
status-awarded = Leping sõlmitud
status-cancelled = Tühistatud
tender-above-threshold = Üle rahvusvahelise piirmäära
tender-below-threshold = Alla rahvusvahelise piirmäära
tender-facts = Ülevaade
tender-buyer = Hankija
tender-contact = Kontakt
tender-published-on = Avaldatud
tender-ted-pending = Avaldamisel TEDis
tender-add-to-calendar = Lisa tähtaeg oma kalendrisse
tender-open-data = Avaandmed: see hange OCDS-vormingus
tender-deadline-passed = tähtaeg on möödunud
tender-days-left = jäänud { $count } päeva
tender-hours-left = { $count ->
    [one] jäänud 1 tund
   *[other] jäänud { $count } tundi
}
tender-cancelled-because = See hange on tühistatud: { $reason }
tender-awarded-to = Leping sõlmiti pakkujaga { $winner }, maksumus { $value }.
tender-history = Muudatuste ajalugu
tender-history-when = Millal
tender-history-field = Mis
tender-history-before = Enne
tender-history-after = Pärast
tender-questions = Küsimused ja vastused
tender-no-questions = Vastatud küsimusi veel pole.
tender-question-asked = Küsimus, esitatud { $date }
tender-answer = Vastus
tender-publish-answer = Avalda vastus
tender-ask-heading = Esitage hankijale küsimus
tender-ask-label = Teie küsimus
tender-ask-submit = Saada küsimus
tender-sign-in-to-ask = Küsimuse esitamiseks logige sisse pakkujana
tender-follow-explain = Jälgijad saavad e-posti teel teada muudatustest ja uutest vastustest.
tender-follow = Jälgi seda hanget
tender-unfollow = Lõpeta jälgimine
tender-actions = Toimingud
tender-your-tender = Teie hange
tender-edit = Muuda mustandit
tender-amend = Muuda hanget
tender-publish = Avalda
tender-publish-needs-verification = Saate avaldada, kui moderaator on teie asutuse kinnitanud.
tender-close = Lõpeta pakkumuste vastuvõtmine kohe
tender-award-heading = Lepingu sõlmimise märkimine
tender-award = Märgi leping sõlmituks
tender-cancel-heading = Hanke tühistamine
tender-delete-draft-heading = Kustuta see mustand
tender-delete-draft = Kustuta mustand
tender-cancel = Tühista hange
body-tenders = Hanked
body-no-tenders = Avaldatud hankeid veel pole.
search-label = Hangete otsing
search-words = Sõnad
search-any = Kõik
search-cpv = CPV-kood
hint-search-cpv = Kood või selle esimesed numbrid: 45 leiab kõik ehitustööd.
hint-search-nuts = Piirkonna kood: FI1B leiab Helsingi-Uusimaa ja selle alampiirkonnad.
search-threshold = Rahvusvaheline piirmäär
search-status = Olek
search-status-open = Pakkumusi võetakse vastu
search-status-closed = Suletud
search-status-awarded = Leping sõlmitud
search-status-cancelled = Tühistatud
search-status-all = Kõik olekud
search-deadline = Pakkumuste esitamise tähtaeg
search-from = Alates
search-to = Kuni
search-value = Eeldatav maksumus (EUR)
search-min = Vähemalt
search-max = Kõige rohkem
search-sort = Järjestus
search-sort-deadline = Lähim tähtaeg eespool
search-sort-newest = Uuemad eespool
search-sort-value = Suurim maksumus eespool
search-submit = Otsi
search-reset = Tühjenda otsing
search-count = { $count ->
    [one] Leiti 1 hange
   *[other] Leiti { $count } hanget
}
search-nothing = Midagi ei leitud. Proovige vähemate sõnade või filtritega.
search-ignored = Mõnest otsinguseadest ei saadud aru ja neid ei arvestata: { $params }.
search-feed = Jälgi seda otsingut uudistelugejas (Atom)
search-pages = Tulemuste leheküljed
search-previous = Eelmine lehekülg
search-next = Järgmine lehekülg
search-page-of = Lehekülg { $page } / { $pages }
codes-cpv-title = CPV-koodid
codes-cpv-intro = Otsige ühtsest riigihangete klassifikaatorist (CPV) sõnade või koodi esimeste numbrite järgi ja kopeerige kood oma vormi.
codes-nuts-title = NUTS-piirkonnad
codes-nuts-intro = Otsige meie teenindatavate riikide piirkondi nime või koodi järgi ja kopeerige kood oma vormi.
codes-query = Sõnad või kood
codes-code = Kood
codes-label = Nimetus
codes-count = { $count ->
    [one] 1 vaste
   *[other] { $count } vastet
}
notice-draft-saved = Mustand on salvestatud. Kontrollige seda ja avaldage see seejärel.
notice-tender-published = Hange on avaldatud.
notice-tender-amended = Muudatus on salvestatud ja kuvatakse muudatuste ajaloos.
notice-tender-closed = Hankes on pakkumuste vastuvõtmine lõpetatud.
notice-tender-cancelled = Hange on tühistatud.
notice-tender-draft-deleted = Mustand on kustutatud.
notice-tender-awarded = Lepingu sõlmimine on märgitud.
notice-question-sent = Teie küsimus on saadetud. Vastus ilmub siia ja anname teile sellest e-posti teel teada.
notice-answer-published = Vastus on avaldatud.
notice-following = Te jälgite seda hanget.
notice-unfollowed = Te ei jälgi enam seda hanget.
err-amount-invalid = Sisestage täissumma numbritega, nt 250 000.
err-amount-negative = Summa ei tohi olla negatiivne.
err-amount-too-large = See summa on liiga suur.
err-cpv-invalid = CPV-kood on kujul 45210000-2: kaheksa numbrit, sidekriips ja kontrollnumber.
err-cpv-unknown = Sellist CPV-koodi ei ole. Valige kood loendist.
err-datetime-invalid = Sisestage kuupäev ja kellaaeg.
err-deadline-order = Pakkumuste esitamise tähtaeg peab olema hiljem kui küsimuste esitamise tähtaeg.
err-deadline-past = See tähtaeg on juba möödunud.
err-notice-required = Üle rahvusvahelise piirmäära sisestage ametliku hanketeate aadress või märkige, et teadet avaldatakse praegu TEDis.
err-procedure-below-threshold-only = See hange ületab rahvusvahelise piirmäära: valige direktiivi kohane menetlus, mitte lihtsustatud alla piirmäära menetlus.
err-url-invalid = Sisestage veebiaadress, mis algab kujul https://
err-too-many = Liiga palju kirjeid.
err-tender-not-editable = Seda hanget ei saa enam sel viisil muuta.
err-tender-incomplete = Hange ei ole avaldamiseks valmis: muutke seda ja parandage märgitud kohad.
err-tender-not-closed = Lepingu sõlmimise saab märkida alles siis, kui pakkumuste vastuvõtmine on lõpetatud.
err-questions-closed = Selle hanke kohta ei saa enam küsimusi esitada.
err-already-answered = Sellele küsimusele on juba vastatud.
mail-tender-amended-subject = Hanget, mida jälgite, on muudetud: { $title }
mail-tender-amended-body =
    Tere, { $name }!

    Hankija on muutnud hanget „{ $title }“. Muudatuste ajaloost näete, mis muutus:

    { $link }
mail-tender-cancelled-subject = Hange, mida jälgite, on tühistatud: { $title }
mail-tender-cancelled-body =
    Tere, { $name }!

    Hankija on tühistanud hanke „{ $title }“. Põhjus on kirjas hanke lehel:

    { $link }
mail-tender-awarded-subject = Hankes, mida jälgite, on leping sõlmitud: { $title }
mail-tender-awarded-body =
    Tere, { $name }!

    Hankija on sõlminud hankes „{ $title }“ lepingu:

    { $link }
mail-tender-answered-subject = Uus vastus hankes, mida jälgite: { $title }
mail-tender-answered-body =
    Tere, { $name }!

    Hankija on vastanud küsimusele hanke „{ $title }“ kohta:

    { $link }
mail-question-asked-subject = Pakkuja esitas küsimuse: { $title }
mail-question-asked-body =
    Tere, { $name }!

    Pakkuja on esitanud küsimuse hanke „{ $title }“ kohta. Vastake sellele hanke lehel; vastus avaldatakse kõigile:

    { $link }
mail-question-answered-subject = Teie küsimusele on vastatud: { $title }
mail-question-answered-body =
    Tere, { $name }!

    Hankija on vastanud teie küsimusele hanke „{ $title }“ kohta:

    { $link }
tender-documents = Dokumendid
tender-no-documents = Dokumente veel pole.
tender-upload-label = Lisa dokument
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS või ZIP, kuni { $max } MB. Failitüüpi kontrollime faili sisu järgi.
tender-upload-submit = Laadi üles
tender-document-delete = Eemalda dokument { $name }
tender-document-delete-short = Eemalda
tender-field-documents = Dokumendid
notice-document-added = Dokument on lisatud.
notice-document-removed = Dokument on eemaldatud.
err-file-required = Valige üleslaaditav fail.
err-file-too-large = See fail on liiga suur. Lubatud on kuni 25 MB.
err-file-type = See fail ei ole lubatud vormingus (PDF, DOCX, XLSX, ODT, ODS või ZIP). Kontrollime faili sisu, mitte nime.
saved-title = Teie salvestatud otsingud
saved-intro = Uued hanked, mis vastavad salvestatud otsingule, saadetakse teile e-posti teel kord tunnis ja need ilmuvad ka otsingu uudisvoogu.
saved-empty = Teil pole veel salvestatud otsinguid. Otsige lehel „Hanked“ ja salvestage otsing seal.
saved-save-heading = Salvesta see otsing
saved-explain = Uued sobivad hanked saadetakse teile e-posti teel.
saved-name = Otsingu nimi
hint-saved-name = Et tunneksite selle e-kirjas ära.
saved-default-name = Minu hangete otsing
saved-save = Salvesta otsing
saved-since = Salvestatud { $date }
saved-show = Näita tulemusi
saved-delete = Kustuta
notice-search-saved = Otsing on salvestatud. Uued sobivad hanked saadetakse teile e-posti teel.
notice-search-deleted = Otsing on kustutatud.
mail-saved-search-digest-subject = { $count ->
    [one] Otsingule „{ $search }“ vastab 1 uus hange
   *[other] Otsingule „{ $search }“ vastab { $count } uut hanget
}
mail-saved-search-digest-body =
    Tere, { $name }!

    Teie salvestatud otsingule „{ $search }“ vastavad uued hanked:

    { $list }

    Kõik tulemused: { $link }
search-filters = { $count ->
    [0] Filtrid
    [one] Filtrid (1 kasutusel)
   *[other] Filtrid ({ $count } kasutusel)
}
