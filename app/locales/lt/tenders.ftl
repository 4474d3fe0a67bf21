## Tarptautinio pirkimo vertės ribos
threshold-above-works = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą darbų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-works = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą darbų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-central = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą centrinės valdžios institucijų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-central = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą centrinės valdžios institucijų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-sub-central = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą regioninės ir vietos valdžios institucijų bei viešosios teisės reglamentuojamų įstaigų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-sub-central = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą regioninės ir vietos valdžios institucijų bei viešosios teisės reglamentuojamų įstaigų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-utilities = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-utilities = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų prekių ir paslaugų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-utilities-works = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų darbų pirkimams nuo { $from } iki { $to }, todėl taikomos ES pirkimų procedūros, o skelbimas siunčiamas į TED.
threshold-below-utilities-works = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų darbų pirkimams nuo { $from } iki { $to }, todėl ES pirkimų procedūros netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-social = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl šioms paslaugoms taikoma lengvesnė ES pirkimų tvarka, o skelbimas siunčiamas į TED.
threshold-below-social = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl ES taisyklės netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.
threshold-above-utilities-social = Pasiekia tarptautinio pirkimo vertės ribą: numatoma vertė { $value } yra ne mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl šioms paslaugoms taikoma lengvesnė ES pirkimų tvarka, o skelbimas siunčiamas į TED.
threshold-below-utilities-social = Nepasiekia tarptautinio pirkimo vertės ribos: numatoma vertė { $value } yra mažesnė už { $threshold }, t. y. tarptautinio pirkimo vertės ribą, taikomą perkančiųjų subjektų socialinių ir kitų specialiųjų paslaugų pirkimams nuo { $from } iki { $to }, todėl ES taisyklės netaikomos, o skelbimo į TED siųsti nereikia, tačiau gali būti taikomos nacionalinės taisyklės.

## Pirkimai

tenders-title = Pirkimai
tenders-intro = Baltijas jūros regiono perkančiųjų organizacijų pirkimai, kurių vertė siekia tarptautinio pirkimo vertės ribas arba yra už jas mažesnė. Ieškokite pagal žodžius, regioną, BVPŽ (CPV) kodą ir kitus kriterijus.
tenders-mine-title = Jūsų pirkimai
tenders-mine-empty = Jūsų institucija dar neturi pirkimų.
tender-new-title = Paskelbti pirkimą
tender-new-intro = Pirmiausia išsaugokite pirkimą kaip juodraštį, tada galėsite jį patikrinti ir paskelbti. Vertinimas pagal tarptautinio pirkimo vertės ribą atnaujinamas jums įvedant vertę.
tender-edit-title = Redaguoti juodraštį
tender-amend-title = Keisti pirkimą
tender-amend-intro = Šis pirkimas paskelbtas. Kiekvienas išsaugotas pakeitimas rodomas viešoje jo pakeitimų istorijoje, o sekėjams apie jį pranešama.
tender-save-draft = Išsaugoti juodraštį
tender-save-amendment = Išsaugoti pakeitimą
tender-field-title = Pavadinimas
tender-field-description = Aprašymas
tender-field-contract-type = Sutarties tipas
tender-field-procedure = Pirkimo būdas
tender-field-innovation = Inovatyvumo pobūdis
tender-field-value = Numatoma vertė
tender-field-currency = Valiuta
tender-field-value-eur = Numatoma vertė eurais
tender-field-social-services = Socialinės ar kitos specialiosios paslaugos
tender-field-notice-url = Oficialus skelbimas (TED arba nacionalinis portalas)
tender-field-ted-pending = Skelbimas šiuo metu skelbiamas TED
tender-field-main-cpv = Pagrindinis BVPŽ (CPV) kodas
tender-field-additional-cpv = Papildomi BVPŽ (CPV) kodai
tender-field-nuts = Vykdymo vieta (NUTS)
tender-field-lots = Pirkimo dalys
tender-field-questions-deadline = Klausimų pateikimo terminas
tender-field-submission-deadline = Pasiūlymų pateikimo terminas
tender-field-contact-name = Kontaktinis asmuo
tender-field-contact-email = Kontaktinio asmens el. pašto adresas
tender-field-winner = Laimėjęs tiekėjas
tender-field-awarded-value = Sutarties vertė
tender-field-cancel-reason = Pirkimo nutraukimo priežastis
hint-tender-description = Markdown: # antraštė, **paryškinta**, - sąrašas, [nuoroda](https://…).
hint-tender-innovation = eForms kodas „Inovacinių sprendimų viešieji pirkimai“ (BT-776), jei pirkimu įsigyjama kas nors nauja.
hint-tender-value = Visa suma be PVM, įskaitant pasirinkimo galimybes ir pratęsimus.
hint-tender-value-eur = Būtina, jei valiuta nėra euras: tarptautinio pirkimo vertės ribos nustatytos eurais.
hint-tender-social-services = Direktyvos 2014/24/ES XIV priede nurodytoms paslaugoms (sveikatos priežiūros, socialinėms, švietimo, kultūros paslaugoms …) taikoma atskira, aukštesnė vertės riba.
hint-tender-notice-url = Privaloma, kai vertė siekia tarptautinio pirkimo vertės ribą, nebent skelbimas šiuo metu skelbiamas TED.
hint-tender-cpv = Įveskite žodį arba pirmuosius kodo skaitmenis ir pasirinkite iš sąrašo.
hint-tender-additional-cpv = Keli kodai, atskirti kableliais.
hint-tender-nuts = Įveskite regiono pavadinimą arba kodą ir pasirinkite iš sąrašo.
hint-tender-lots = Kiekviena dalis atskiroje eilutėje.
hint-tender-deadline = Vietos laikas, laiko juosta { $zone }.
hint-tender-question = Jūsų klausimas skelbiamas kartu su atsakymu, o jūsų vardas ir įmonė – ne.
picker-search-cpv = Ieškoti BVPŽ (CPV) sąraše (atsidaro naujoje kortelėje)
picker-search-nuts = Ieškoti NUTS regionų (atsidaro naujoje kortelėje)
innovation-none = Nenurodyta
contract-works = Darbai
contract-supplies = Prekės
contract-services = Paslaugos
procedure-open = Atviras konkursas
procedure-restricted = Ribotas konkursas
procedure-neg-w-call = Konkurso procedūra su derybomis
procedure-comp-dial = Konkurencinis dialogas
procedure-innovation = Inovacijų partnerystė
procedure-pcp = Ikiprekybinis pirkimas
procedure-neg-wo-call = Derybų procedūra be išankstinio skelbimo
procedure-simplified = Supaprastintas pirkimas, kurio vertė mažesnė už tarptautinio pirkimo vertės ribą
procedure-market-consultation = Rinkos konsultacijos / išankstinis informacinis skelbimas
innovation-mar-nov = Naujas arba gerokai patobulintas produktas, paslauga ar procesas
innovation-proc-innov = Proceso inovacija
innovation-prod-innov = Produkto ar paslaugos inovacija
innovation-rd-act = Moksliniai tyrimai ir plėtra
currency-EUR = Euras (EUR)
currency-DKK = Danijos krona (DKK)
currency-SEK = Švedijos krona (SEK)
currency-NOK = Norvegijos krona (NOK)
status-draft = Juodraštis
status-published = Atviras
status-closed = Uždarytas
status-awarded = Sutartis skirta
status-cancelled = Nutrauktas
tender-above-threshold = Pasiekia tarptautinio pirkimo vertės ribą
tender-below-threshold = Nepasiekia tarptautinio pirkimo vertės ribos
tender-facts = Trumpai
tender-buyer = Perkančioji organizacija
tender-contact = Kontaktai
tender-published-on = Paskelbta
tender-ted-pending = Šiuo metu skelbiamas TED
tender-add-to-calendar = Įtraukti terminą į savo kalendorių
tender-open-data = Atvirieji duomenys: šis pirkimas OCDS formatu
tender-deadline-passed = terminas pasibaigęs
tender-days-left = { $count ->
    [one] liko { $count } diena
    [few] liko { $count } dienos
    [many] liko { $count } dienos
   *[other] liko { $count } dienų
}
tender-hours-left = { $count ->
    [one] liko { $count } valanda
    [few] liko { $count } valandos
    [many] liko { $count } valandos
   *[other] liko { $count } valandų
}
tender-cancelled-because = Šis pirkimas nutrauktas: { $reason }
tender-awarded-to = Sutartis skirta tiekėjui { $winner }, vertė { $value }.
tender-history = Pakeitimų istorija
tender-history-when = Kada
tender-history-field = Kas
tender-history-before = Prieš
tender-history-after = Po
tender-questions = Klausimai ir atsakymai
tender-no-questions = Atsakytų klausimų dar nėra.
tender-question-asked = Klausimas pateiktas { $date }
tender-answer = Atsakymas
tender-publish-answer = Paskelbti atsakymą
tender-ask-heading = Užduokite klausimą perkančiajai organizacijai
tender-ask-label = Jūsų klausimas
tender-ask-submit = Siųsti klausimą
tender-sign-in-to-ask = Prisijunkite kaip tiekėjas, kad galėtumėte užduoti klausimą
tender-follow-explain = Sekėjai el. paštu gauna pranešimus apie pakeitimus ir naujus atsakymus.
tender-follow = Sekti šį pirkimą
tender-unfollow = Nebesekti
tender-actions = Veiksmai
tender-your-tender = Jūsų pirkimas
tender-edit = Redaguoti juodraštį
tender-amend = Keisti pirkimą
tender-publish = Paskelbti
tender-publish-needs-verification = Skelbti galėsite, kai moderatorius patvirtins jūsų instituciją.
tender-close = Baigti priimti pasiūlymus dabar
tender-award-heading = Užregistruoti sutarties skyrimą
tender-award = Pažymėti, kad sutartis skirta
tender-cancel-heading = Nutraukti pirkimą
tender-delete-draft-heading = Ištrinti šį juodraštį
tender-delete-draft = Ištrinti juodraštį
tender-cancel = Nutraukti pirkimą
body-tenders = Pirkimai
body-no-tenders = Paskelbtų pirkimų dar nėra.
search-label = Ieškoti pirkimų
search-words = Žodžiai
search-any = Visi
search-cpv = BVPŽ (CPV) kodas
hint-search-cpv = Kodas arba pirmieji jo skaitmenys: 45 randa visus statybos darbus.
hint-search-nuts = Regiono kodas: FI1B randa regioną Helsinki-Uusimaa ir jo subregionus.
search-threshold = Tarptautinio pirkimo vertės riba
search-status = Būsena
search-status-open = Priimami pasiūlymai
search-status-closed = Uždarytas
search-status-awarded = Sutartis skirta
search-status-cancelled = Nutrauktas
search-status-all = Visos būsenos
search-deadline = Pasiūlymų pateikimo terminas
search-from = Nuo
search-to = Iki
search-value = Numatoma vertė (EUR)
search-min = Ne mažiau kaip
search-max = Ne daugiau kaip
search-sort = Rikiavimas
search-sort-deadline = Artimiausias terminas pirmiau
search-sort-newest = Naujausi pirmiau
search-sort-value = Didžiausia vertė pirmiau
search-submit = Ieškoti
search-reset = Išvalyti paiešką
search-count = { $count ->
    [one] Rastas { $count } pirkimas
    [few] Rasti { $count } pirkimai
    [many] Rasta { $count } pirkimo
   *[other] Rasta { $count } pirkimų
}
search-nothing = Nieko nerasta. Pabandykite įvesti mažiau žodžių arba filtrų.
search-ignored = Kai kurie paieškos nustatymai nesuprasti, todėl į juos neatsižvelgiama: { $params }.
search-feed = Sekti šią paiešką naujienų skaitytuve (Atom)
search-pages = Rezultatų puslapiai
search-previous = Ankstesnis puslapis
search-next = Kitas puslapis
search-page-of = { $page } puslapis iš { $pages }
codes-cpv-title = BVPŽ (CPV) kodai
codes-cpv-intro = Ieškokite Bendrajame viešųjų pirkimų žodyne (BVPŽ, angl. CPV) pagal žodžius arba pirmuosius kodo skaitmenis ir nukopijuokite kodą į savo formą.
codes-nuts-title = NUTS regionai
codes-nuts-intro = Ieškokite šalių, kuriose veikiame, regionų pagal pavadinimą arba kodą ir nukopijuokite kodą į savo formą.
codes-query = Žodžiai arba kodas
codes-code = Kodas
codes-label = Pavadinimas
codes-count = { $count ->
    [one] Rastas { $count } rezultatas
    [few] Rasti { $count } rezultatai
    [many] Rasta { $count } rezultato
   *[other] Rasta { $count } rezultatų
}
notice-draft-saved = Juodraštis išsaugotas. Patikrinkite jį ir paskelbkite.
notice-tender-published = Pirkimas paskelbtas.
notice-tender-amended = Pakeitimas išsaugotas ir rodomas pakeitimų istorijoje.
notice-tender-closed = Pasiūlymų priėmimas šiame pirkime baigtas.
notice-tender-cancelled = Pirkimas nutrauktas.
notice-tender-draft-deleted = Juodraštis ištrintas.
notice-tender-awarded = Sutarties skyrimas užregistruotas.
notice-question-sent = Jūsų klausimas išsiųstas. Atsakymas bus paskelbtas čia, o mes jums pranešime el. paštu.
notice-answer-published = Atsakymas paskelbtas.
notice-following = Sekate šį pirkimą.
notice-unfollowed = Šio pirkimo nebesekate.
err-amount-invalid = Įveskite sveiką sumą skaitmenimis, pvz., 250 000.
err-amount-negative = Suma negali būti neigiama.
err-amount-too-large = Ši suma per didelė.
err-cpv-invalid = BVPŽ (CPV) kodas atrodo taip: 45210000-2 – aštuoni skaitmenys, brūkšnelis ir kontrolinis skaitmuo.
err-cpv-unknown = Tokio BVPŽ (CPV) kodo nėra. Pasirinkite kodą iš sąrašo.
err-datetime-invalid = Įveskite datą ir laiką.
err-deadline-order = Pasiūlymų pateikimo terminas turi būti vėlesnis už klausimų pateikimo terminą.
err-deadline-past = Šis terminas jau praėjo.
err-notice-required = Kai vertė siekia tarptautinio pirkimo vertės ribą, nurodykite oficialaus skelbimo adresą arba pažymėkite, kad jis šiuo metu skelbiamas TED.
err-procedure-below-threshold-only = Šis pirkimas viršija tarptautinio pirkimo vertės ribą: pasirinkite direktyvoje numatytą procedūrą, o ne supaprastintą procedūrą žemiau ribos.
err-url-invalid = Įveskite interneto adresą, prasidedantį https://
err-too-many = Per daug įrašų.
err-tender-not-editable = Šio pirkimo tokiu būdu pakeisti nebegalima.
err-tender-incomplete = Pirkimas dar neparengtas skelbti: redaguokite jį ir ištaisykite pažymėtas vietas.
err-tender-not-closed = Sutarties skyrimą galima užregistruoti tik pasibaigus pasiūlymų priėmimui.
err-questions-closed = Klausimai dėl šio pirkimo nebepriimami.
err-already-answered = Į šį klausimą jau atsakyta.
mail-tender-amended-subject = Jūsų sekamas pirkimas pakeistas: { $title }
mail-tender-amended-body =
    Sveiki, { $name },

    Perkančioji organizacija pakeitė pirkimą „{ $title }“. Kas pasikeitė, matyti pakeitimų istorijoje:

    { $link }
mail-tender-cancelled-subject = Jūsų sekamas pirkimas nutrauktas: { $title }
mail-tender-cancelled-body =
    Sveiki, { $name },

    Perkančioji organizacija nutraukė pirkimą „{ $title }“. Priežastis nurodyta pirkimo puslapyje:

    { $link }
mail-tender-awarded-subject = Jūsų sekamame pirkime skirta sutartis: { $title }
mail-tender-awarded-body =
    Sveiki, { $name },

    Perkančioji organizacija skyrė sutartį pirkime „{ $title }“:

    { $link }
mail-tender-answered-subject = Naujas atsakymas jūsų sekamame pirkime: { $title }
mail-tender-answered-body =
    Sveiki, { $name },

    Perkančioji organizacija atsakė į klausimą dėl pirkimo „{ $title }“:

    { $link }
mail-question-asked-subject = Tiekėjas uždavė klausimą: { $title }
mail-question-asked-body =
    Sveiki, { $name },

    Tiekėjas uždavė klausimą dėl pirkimo „{ $title }“. Atsakykite į jį pirkimo puslapyje; atsakymas bus paskelbtas visiems:

    { $link }
mail-question-answered-subject = Į jūsų klausimą atsakyta: { $title }
mail-question-answered-body =
    Sveiki, { $name },

    Perkančioji organizacija atsakė į jūsų klausimą dėl pirkimo „{ $title }“:

    { $link }
tender-documents = Dokumentai
tender-no-documents = Dokumentų dar nėra.
tender-upload-label = Pridėti dokumentą
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS arba ZIP, ne daugiau kaip { $max } MB. Failo tipą tikriname pagal jo turinį.
tender-upload-submit = Įkelti
tender-document-delete = Pašalinti { $name }
tender-document-delete-short = Pašalinti
tender-field-documents = Dokumentai
notice-document-added = Dokumentas pridėtas.
notice-document-removed = Dokumentas pašalintas.
err-file-required = Pasirinkite failą, kurį norite įkelti.
err-file-too-large = Šis failas per didelis. Didžiausias leidžiamas dydis – 25 MB.
err-file-type = Šis failas nėra leidžiamo formato (PDF, DOCX, XLSX, ODT, ODS arba ZIP). Tikriname failo turinį, o ne pavadinimą.
saved-title = Jūsų išsaugotos paieškos
saved-intro = Nauji pirkimai, atitinkantys išsaugotą paiešką, jums siunčiami el. paštu kartą per valandą ir rodomi paieškos naujienų sraute.
saved-empty = Išsaugotų paieškų dar neturite. Ieškokite puslapyje „Pirkimai“ ir ten išsaugokite paiešką.
saved-save-heading = Išsaugoti šią paiešką
saved-explain = Naujus atitinkančius pirkimus gausite el. paštu.
saved-name = Paieškos pavadinimas
hint-saved-name = Kad atpažintumėte ją el. laiške.
saved-default-name = Mano pirkimų paieška
saved-save = Išsaugoti paiešką
saved-since = Išsaugota { $date }
saved-show = Rodyti rezultatus
saved-delete = Ištrinti
notice-search-saved = Paieška išsaugota. Naujus atitinkančius pirkimus gausite el. paštu.
notice-search-deleted = Paieška ištrinta.
mail-saved-search-digest-subject = { $count ->
    [one] { $count } naujas pirkimas pagal paiešką „{ $search }“
    [few] { $count } nauji pirkimai pagal paiešką „{ $search }“
    [many] { $count } naujo pirkimo pagal paiešką „{ $search }“
   *[other] { $count } naujų pirkimų pagal paiešką „{ $search }“
}
mail-saved-search-digest-body =
    Sveiki, { $name },

    Jūsų išsaugotą paiešką „{ $search }“ atitinka nauji pirkimai:

    { $list }

    Visi rezultatai: { $link }
search-filters = { $count ->
    [0] Filtrai
    [one] Filtrai ({ $count } naudojamas)
    [few] Filtrai ({ $count } naudojami)
    [many] Filtrai ({ $count } naudojamo)
   *[other] Filtrai ({ $count } naudojamų)
}
