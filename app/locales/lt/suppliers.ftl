## Suppliers: profile, directory, team, dashboard, matching
nav-dashboard = Suvestinė
step-company = Įmonė
step-logo = Logotipas
step-offer = Ką siūlote
step-about = Gebėjimai
step-references = Įvykdytos sutartys
step-contact = Kontaktinis asmuo
step-review = Peržiūra ir paskelbimas
step-company-intro = Kas jūs esate: perkančiosios organizacijos pirmiausia tikrina šiuos faktus. Įmonės kodą tikriname pagal jūsų šalies registro taisykles.
step-logo-intro = Logotipas padeda perkančiosioms organizacijoms atpažinti jus kataloge. Šį žingsnį galite praleisti ir logotipą pridėti vėliau.
step-offer-intro = Ką tiekiate (BVPŽ (CPV) kodai), kur pristatote ir kokiomis kalbomis dirbate: pagal tai jus randa perkančiosios organizacijos ir automatinė atranka.
step-about-intro = Savais žodžiais: ką gebate ir ką naujo siūlote viešajam sektoriui.
step-references-intro = Ankstesnės viešųjų pirkimų sutartys parodo perkančiosioms organizacijoms, kad sugebate įvykdyti sutartis. Pridėkite tiek, kiek norite, arba kol kas nė vienos.
step-contact-intro = Į ką perkančiosios organizacijos turėtų kreiptis dėl jūsų pasiūlymo.
step-review-intro = Patikrinkite, ko dar trūksta, tada paskelbkite savo profilį tiekėjų kataloge.
profile-title = Jūsų įmonės profilis
profile-continue = Tęsti
profile-step-of = { $number } žingsnis iš { $count }: { $name }
profile-steps = Profilio žingsniai
profile-steps-done = Atlikta žingsnių: { $done } iš { $count }
profile-step-done = atlikta
profile-save-continue = Išsaugoti ir tęsti
profile-logo-alt = Įmonės { $name } logotipas
profile-logo-upload = Įkelti logotipą
profile-skip-logo = Tęsti be logotipo
profile-no-references = Sutarčių dar nenurodyta.
profile-reference-remove = Pašalinti
profile-reference-add = Pridėti sutartį
profile-hide = Paslėpti iš katalogo
profile-view-public = Peržiūrėti viešą profilį
profile-publish = Paskelbti kataloge
profile-preview = Peržiūrėti profilį
profile-publish-needs = Kad galėtumėte paskelbti profilį, užpildykite aukščiau nurodytus privalomus punktus.
profile-delete = Ištrinti profilį
profile-delete-confirm = Taip, ištrinti mūsų įmonės profilį
profile-delete-explain = Profilis ir visa jo informacija bus ištrinti visam laikui. Jūsų ir jūsų kolegų paskyros liks.
profile-percent = Profilis užpildytas { $percent } %
profile-status-is = Būsena: { $status }
profile-completeness = Profilio išsamumas
profile-item-done = atlikta
profile-item-required = trūksta (būtina norint paskelbti)
profile-item-missing = trūksta (neprivaloma)
profile-status-draft = juodraštis, neviešas
profile-status-published = paskelbtas kataloge
profile-status-hidden = paslėptas iš katalogo
complete-size = Įmonės dydis
complete-vat = PVM mokėtojo kodas
complete-year = Įkūrimo metai
complete-website = Interneto svetainė
complete-logo = Logotipas
complete-cpv = BVPŽ (CPV) kodai, pagal kuriuos tiekiate
complete-regions = Regionai, kuriuose veikiate
complete-languages = Darbo kalbos
complete-capability = Gebėjimų aprašymas
complete-innovation = Inovacijų pasiūlymas
complete-certifications = Sertifikatai
complete-references = Įvykdytos sutartys
complete-contact = Kontaktinis asmuo
size-micro = Labai maža įmonė
size-small = Maža įmonė
size-medium = Vidutinė įmonė
size-large = Didelė įmonė
size-micro-hint = mažiau nei 10 darbuotojų, apyvarta arba balansas iki 2 mln. EUR
size-small-hint = mažiau nei 50 darbuotojų, apyvarta arba balansas iki 10 mln. EUR
size-medium-hint = mažiau nei 250 darbuotojų, apyvarta iki 50 mln. EUR arba balansas iki 43 mln. EUR
size-large-hint = 250 ar daugiau darbuotojų arba viršijamos vidutinės įmonės ribos
language-en = Anglų kalba
language-da = Danų kalba
language-de = Vokiečių kalba
language-et = Estų kalba
language-fi = Suomių kalba
language-lv = Latvių kalba
language-lt = Lietuvių kalba
language-sv = Švedų kalba
language-no = Norvegų kalba
language-pl = Lenkų kalba
language-fr = Prancūzų kalba
language-es = Ispanų kalba
language-it = Italų kalba
language-nl = Nyderlandų kalba
field-vat-number = PVM mokėtojo kodas
hint-vat-number = Su šalies raidėmis, kaip nurodyta PVM mokėtojo registracijoje, pvz., FI01120389.
field-size = Įmonės dydis
hint-size = Pagal ES mažųjų ir vidutinių įmonių (MVĮ) apibrėžtį.
field-year-founded = Įkūrimo metai
field-website = Interneto svetainė
hint-website = Visas adresas, prasidedantis https://
field-logo = Logotipas
hint-logo = PNG, JPEG arba WebP paveikslėlis, ne didesnis kaip { $max } kB.
field-supplier-cpv = BVPŽ (CPV) kodai, pagal kuriuos tiekiate
hint-supplier-cpv = Įveskite žodį arba kodą ir pasirinkite iš sąrašo; pridėkite tiek kodų, kiek tinka (iki 30). Bendresni kodai atitinka daugiau pirkimų.
field-regions = Regionai, kuriuose veikiate
hint-regions = NUTS regionai arba visos šalys (pvz., FI1B, DK01, EE), atskirti kableliais.
field-all-eu = Veikiame visoje ES ir EEE
field-languages = Darbo kalbos
field-capability = Gebėjimų aprašymas
hint-capability = Ką jūsų įmonė daro ir yra padariusi: produktai, paslaugos, komanda, tiekimo pajėgumai.
field-innovation-offer = Inovacijų pasiūlymas
hint-innovation-offer = Ką naujo siūlote: produktą, metodą ar verslo modelį, kurio viešasis sektorius dar neperka.
field-certifications = Sertifikatai
hint-certifications = Pvz., ISO 9001, ISO 14001, ISO 27001, kiekvienas atskiroje eilutėje.
field-reference-buyer = Perkančioji organizacija
field-reference-year = Metai
field-reference-value = Sutarties vertė (EUR)
hint-reference-value = Sveikais eurais, pvz., 120 000.
field-reference-description = Ką tiekėte
field-contact-name = Kontaktinis asmuo
field-contact-email = Kontaktinis el. pašto adresas
field-contact-phone = Kontaktinis telefonas
field-weekly-tenders = Kartą per savaitę siųsti mums „Pirkimai jums“ el. paštu
hint-weekly-tenders = Nauji atviri pirkimai, atitinkantys jūsų profilį; šiuos laiškus galite bet kada išjungti.
field-join-company = Prašyti prisijungti prie šios įmonės, jei ji jau yra PPI Hub platformoje
hint-join-company = Jei jūsų įmonę jau užregistravo kolega, jos savininkas jus priims.
supplier-sme = MVĮ
supplier-all-eu = Visa ES ir EEE
supplier-preview = Tai peržiūra: jūsų profilis nepaskelbtas.
supplier-edit = Redaguoti profilį
supplier-references = Įvykdytos sutartys
supplier-contact = Kontaktai
supplier-sign-in-for-contact = Prisijunkite, kad matytumėte kontaktinius duomenis
supplier-contact-heading = Siųsti žinutę šiai įmonei
directory-title = Tiekėjų katalogas
directory-intro = Įmonės, norinčios dirbti su viešuoju sektoriumi: raskite jas pagal tai, ką jos tiekia, kur ir kokia kalba.
directory-your-profile = Jūsų įmonės profilis
directory-search-label = Ieškoti tiekėjų kataloge
directory-country = Įmonės šalis
directory-region = Aptarnaujamas regionas
hint-directory-region = NUTS kodas, pvz., FI1B arba DK01.
directory-sme-only = Tik mažosios ir vidutinės įmonės
directory-language = Darbo kalba
directory-nothing = Atitinkančių įmonių nėra. Pabandykite įvesti mažiau žodžių arba filtrų.
directory-count = { $count ->
    [one] Rasta { $count } įmonė
    [few] Rastos { $count } įmonės
    [many] Rasta { $count } įmonės
   *[other] Rasta { $count } įmonių
}
fit-heading = Galimai tinkami tiekėjai
fit-intro = Paskelbtos įmonės, kurių kodai, regionai ir aprašymai atitinka šį pirkimą. Praneškite joms apie jį arba pakvieskite į rinkos konsultacijas.
fit-none = Nė viena paskelbta įmonė dar neatitinka šio pirkimo kodų.
fit-unavailable = Rekomendacijos šiuo metu neprieinamos.
fit-same-main-code = Tiekia pagal pirkimo pagrindinį kodą { $code }.
fit-same-code = Tiekia pagal kodą { $code }, vieną iš pirkimo kodų.
fit-broader-main-code = Tiekia pagal kodą { $supplier }, kuris apima pirkimo pagrindinį kodą { $tender }.
fit-broader-code = Tiekia pagal kodą { $supplier }, kuris apima pirkimo kodą { $tender }.
fit-same-group = Tiekia pagal kodą { $supplier }, kuris yra toje pačioje grupėje kaip { $tender }.
fit-serves-region = Veikia sutarties vykdymo vietoje: { $region }.
fit-serves-all-eu = Veikia visoje ES ir EEE.
fit-shared-words = Įmonės aprašyme vartojami pirkimo žodžiai: { $words }.
team-title = Jūsų komanda
team-intro = Visi čia nurodyti asmenys atstovauja jūsų įmonei PPI Hub platformoje: redaguoja profilį ir atsako į žinutes.
team-people = Nariai
team-owner = savininkas
team-owners-invite = Kolegas kviečia jūsų įmonės savininkas.
team-invite = Pakviesti kolegą
team-invite-email = Kolegos el. pašto adresas
hint-team-invite = Kolega gaus prisijungimo nuorodą, galiojančią 7 dienas.
team-invite-submit = Siųsti kvietimą
team-invited-until = pakviestas, nuoroda galioja iki { $date }
team-open-invitations = Galiojantys kvietimai
team-requests = Prašymai prisijungti
team-accept = Priimti
team-decline = Atmesti
join-title = Prisijungimas prie kolegų
join-intro = Esate pakviesti prisijungti prie įmonės { $company } PPI Hub platformoje adresu { $email }.
join-submit = Prisijungti
join-create = Sukurti paskyrą ir prisijungti
join-have-account = Jau turite paskyrą šiuo adresu?
dashboard-title = Suvestinė
dashboard-hello = Sveiki, { $name }.
dashboard-join-waiting = Paprašėte prisijungti prie įmonės { $company }. Jos savininkui pranešta, ir jis jus priims.
dashboard-no-company = Jūsų paskyra nepriklauso jokiai įmonei.
dashboard-body-page = Jūsų institucijos puslapis
dashboard-body-profile = Redaguoti institucijos kontaktus ir interesus
dashboard-partners = Partnerių paieška
dashboard-messages = Žinutės
dashboard-profile = Jūsų įmonės profilis
dashboard-edit-profile = Redaguoti profilį
dashboard-tenders-for-you = Pirkimai jums
dashboard-no-tenders = Šiuo metu jūsų profilio neatitinka nė vienas atviras pirkimas. Pridėkite BVPŽ (CPV) kodų, kad matytumėte daugiau.
dashboard-why = Kodėl šis pirkimas?
dashboard-weekly-is-on = Naujus atitinkančius pirkimus gaunate el. paštu kartą per savaitę.
dashboard-weekly-is-off = Savaitinis el. laiškas su atitinkančiais pirkimais išjungtas.
dashboard-weekly-on = Siųsti man savaitinį el. laišką
dashboard-weekly-off = Nebesiųsti savaitinio el. laiško
err-vat-format = Įveskite PVM mokėtojo kodą su šalies raidėmis ir skaitmenimis, pvz., FI01120389 arba DK13585628.
err-year-invalid = Įveskite metus nuo 1800 iki šių metų, pvz., 2012.
err-phone-invalid = Įveskite telefono numerį iš 6–20 skaitmenų; galima naudoti tarpus, +, - ir skliaustus.
err-regions-required = Nurodykite bent vieną regioną, kuriame veikiate, arba pažymėkite visą ES.
err-company-exists = Ši įmonė jau yra PPI Hub platformoje. Pažymėkite „Prašyti prisijungti prie šios įmonės“, kad paprašytumėte jos savininko jus priimti.
err-logo-type = Šis failas nėra PNG, JPEG arba WebP paveikslėlis (tikriname jo turinį, o ne pavadinimą).
err-profile-incomplete = Trūksta kai kurių privalomų punktų: žr. sąrašą.
err-already-member = Šis asmuo jau priklauso jūsų įmonei.
err-invitation-other = Šis kvietimas skirtas kitam el. pašto adresui. Atsijunkite ir vėl atidarykite nuorodą.
err-invitation-sign-in = Paskyra šiuo adresu jau yra: pirmiausia prisijunkite, tada vėl atidarykite nuorodą.
notice-step-saved = Išsaugota. Galite čia sustoti ir tęsti vėliau.
notice-reference-added = Sutartis pridėta.
notice-reference-removed = Sutartis pašalinta.
notice-logo-saved = Logotipas išsaugotas.
notice-profile-published = Jūsų profilis paskelbtas tiekėjų kataloge.
notice-profile-hidden = Jūsų profilis paslėptas iš katalogo.
notice-profile-deleted = Profilis ištrintas.
notice-weekly-on = Savaitinis el. laiškas įjungtas.
notice-weekly-off = Savaitinis el. laiškas išjungtas.
notice-invitation-sent = Kvietimas išsiųstas.
notice-member-added = Priimta: jūsų įmonė turi naują narį.
notice-request-declined = Prašymas atmestas.
notice-joined = Sveiki: dabar PPI Hub esate savo organizacijos žmonių tarpe.
mail-join-request-subject = { $person } prašo prisijungti prie jūsų įmonės PPI Hub platformoje
mail-join-request-body =
    Sveiki, { $name },

    { $person } užsiregistravo PPI Hub platformoje kaip jūsų įmonės atstovas ir prašo prisijungti prie jos. Priimkite arba atmeskite prašymą savo komandos puslapyje:

    { $link }
mail-invitation-subject = Prisijunkite prie įmonės { $company } PPI Hub platformoje
mail-invitation-body =
    Sveiki,

    { $person } kviečia jus prisijungti prie įmonės { $company } PPI Hub platformoje, kur susitinka perkančiosios organizacijos ir tiekėjai. Priimkite kvietimą per 7 dienas:

    { $link }
mail-join-accepted-subject = Esate priimti į įmonę { $company } PPI Hub platformoje
mail-join-accepted-body =
    Sveiki, { $name },

    Dabar esate įmonės { $company } narys PPI Hub platformoje. Prisijunkite:

    { $link }
mail-join-declined-subject = Jūsų prašymas prisijungti prie įmonės { $company }
mail-join-declined-body =
    Sveiki, { $name },

    Įmonės { $company } savininkas atmetė jūsų prašymą prisijungti prie jos PPI Hub platformoje. Jei tai klaida, susisiekite su juo tiesiogiai.
mail-tenders-for-you-subject = { $count ->
    [one] { $count } naujas pirkimas jums PPI Hub platformoje
    [few] { $count } nauji pirkimai jums PPI Hub platformoje
    [many] { $count } naujo pirkimo jums PPI Hub platformoje
   *[other] { $count } naujų pirkimų jums PPI Hub platformoje
}
mail-tenders-for-you-body =
    Sveiki, { $name },

    Šie atviri pirkimai paskelbti šią savaitę ir gali tikti jūsų įmonei:

    { $list }

    Kodėl jie tinka, matysite savo suvestinėje; ten taip pat galite išjungti šį savaitinį el. laišką:
    { $link }
err-sender-unverified = Jūsų institucija galės pradėti pokalbius, kai moderatorius ją patvirtins. Į kitų pradėtus pokalbius galite atsakyti jau dabar.
supplier-public-cpv = Ką įmonė tiekia (BVPŽ)
supplier-public-regions = Kur įmonė veikia
dashboard-body-pending = { $body } laukia moderatoriaus patvirtinimo. Pirkimus jau dabar galite rengti kaip juodraščius ir paskelbti, kai institucija bus patvirtinta.
dashboard-body-rejected = Moderatorius nepatvirtino institucijos { $body }; priežastis nurodyta gautame el. laiške. Juodraščius vis tiek galite rengti.
dashboard-body-verified = { $body } yra patvirtinta viešojo sektoriaus institucija: galite skelbti pirkimus ir partnerių skelbimus.
dashboard-attention = Laukia jūsų
dashboard-questions-waiting = Neatsakyti klausimai ({ $count }): { $title }
dashboard-unread = Neperskaitytos žinutės: { $count }
dashboard-interest = Susidomėjimas jūsų atvirais partnerių skelbimais: { $count }
dashboard-nothing-waiting = Niekas jūsų nelaukia.
dashboard-your-tenders = Jūsų pirkimai
dashboard-all-tenders = Visi jūsų pirkimai
dashboard-suggestions-hint = Kiekvieno jūsų pirkimo puslapyje nurodyti tiekėjai, kurie galėtų tikti, su priežastimis.
