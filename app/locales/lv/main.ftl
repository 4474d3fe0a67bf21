## Formāti
format-date = { $year }. gada { $day }. { $month }
format-datetime = { $date } plkst. { $time } UTC
format-group-separator = { "\u00A0" }
month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris

## Lapas ietvars
skip-to-content = Pāriet uz saturu
nav-label = Galvenā izvēlne
nav-tenders = Iepirkumi
nav-suppliers = Piegādātāji
nav-knowledge = Zināšanas
nav-courses = Kursi
nav-assistant = Asistents
nav-sign-in = Pieteikties
nav-sign-up = Reģistrēties
nav-sign-out = Iziet
nav-account = Mans konts
nav-moderation = Moderēšana
nav-outbox = Izsūtne
language-label = Valoda
footer-tagline = PPI Hub – inovatīvi publiskie iepirkumi Baltijas jūras reģionā.
footer-accessibility = Piekļūstamības paziņojums
footer-privacy = Privātums
choose = Izvēlieties…

## Sākumlapa
home-tagline = inovatīvi publiskie iepirkumi
home-title = Iepirksim inovācijas kopā
home-lead = PPI Hub ir vieta, kur Baltijas jūras reģiona publiskie pasūtītāji un inovatīvi uzņēmumi satiekas, publicē un atrod iepirkumus un mācās iepirkt inovācijas.
home-buyers-heading = Publiskajiem pasūtītājiem
home-buyers-1 = Publicējiet iepirkumus virs un zem ES līgumcenu robežvērtībām – ar atvērtajiem datiem.
home-buyers-2 = Iepazīstiet piegādātājus, ar kuriem citādi jūsu ceļi nekrustotos.
home-buyers-3 = Atrodiet citu valstu publiskās iestādes kopīgiem iepirkumiem.
home-buyers-4 = Mācieties no pabeigtiem inovatīviem iepirkumiem un pašmācības kursos.
home-suppliers-heading = Piegādātājiem
home-suppliers-1 = Izveidojiet profilu, ko varēs atrast pasūtītāji visā reģionā.
home-suppliers-2 = Atrodiet jūsu uzņēmumam piemērotus iepirkumus un saņemiet paziņojumus par jauniem.
home-suppliers-3 = Uzdodiet pasūtītājiem jautājumus, pirms iesniedzat piedāvājumu.
home-suppliers-4 = Parādiet savus jaunākos produktus un pakalpojumus.
home-status-heading = Kas darbojas jau šodien
home-status-text = Konti publiskajiem pasūtītājiem un piegādātājiem, publisko iestāžu pārbaude un saskarne septiņās valodās. Vēlāk sekos iepirkumi, piegādātāju katalogs, zināšanu centrs, kursi un asistents.

## Sadaļas, kas vēl tiek veidotas
upcoming-not-yet = Šī sadaļa vēl nav pieejama.
upcoming-tenders = Šeit apstiprināti publiskie pasūtītāji publicēs iepirkumus, un piegādātāji varēs tos meklēt pēc teksta, CPV koda, reģiona un ES līgumcenu robežvērtības.
upcoming-suppliers = Šeit pasūtītāji atradīs piegādātājus pēc tā, ko tie piedāvā un kur tie darbojas.
upcoming-knowledge = Šeit atradīsiet pabeigtus inovatīvus iepirkumus un praktiskus materiālus.
upcoming-courses = Šeit varēsiet apgūt pašmācības kursus par inovatīviem iepirkumiem un sekot savam progresam.
upcoming-assistant = Šeit asistents, balstoties uz zināšanu centru, atbildēs uz jautājumiem par inovatīviem iepirkumiem un norādīs savus avotus.

## Veidlapas
field-optional = (nav obligāts)
field-name = Vārds, uzvārds
field-email = E-pasta adrese
field-password = Parole
field-new-password = Jaunā parole
field-current-password = Pašreizējā parole
field-new-email = Jaunā e-pasta adrese
field-public-body = Publiskā iestāde
field-company = Uzņēmuma nosaukums
field-organisation-name = Nosaukums
field-country = Valsts
field-body-type = Publiskās iestādes veids
field-nuts = Reģions (NUTS)
field-registration-number = Reģistrācijas numurs
hint-password = Vismaz 12 rakstzīmes. Daži savstarpēji nesaistīti vārdi veido drošu paroli.
hint-body-type = No tā atkarīgs, kuras ES līgumcenu robežvērtības attiecas uz jūsu iepirkumiem.
hint-nuts = Kur atrodas jūsu iestāde. Izvēlieties pēc iespējas precīzāku reģionu.
hint-registration-number = Kā izvēlētās valsts uzņēmumu reģistrā, piemēram, HRB 12345 Vācijā. Mēs pārbaudām numuru pēc šīs valsts noteikumiem.
hint-moderation-reason = Obligāti, ja noraidāt: pasūtītājs to saņems e-pastā.

## Kļūdas laukos
err-required = Lūdzu, aizpildiet šo lauku.
err-email-invalid = Ievadiet e-pasta adresi, piemēram, name@example.com.
err-password-short = Parolē jābūt vismaz 12 rakstzīmēm.
err-password-long = Parolē var būt ne vairāk kā 256 rakstzīmes.
err-password-common = Šī parole ir viena no visbiežāk lietotajām. Izvēlieties citu.
err-too-long = Teksts ir pārāk garš.
err-control-chars = Izņemiet neredzamās vadības rakstzīmes.
err-choice = Izvēlieties vienu no iespējām.
err-nuts-invalid = Izvēlieties reģionu no saraksta.
err-nuts-country = Šis reģions neatrodas jūsu izvēlētajā valstī.
err-nuts-unknown = Šāds reģions nepastāv. Izvēlieties kādu no saraksta.
err-registration-invalid = Ievadiet numuru tā, kā tas norādīts uzņēmumu reģistrā: burti, cipari, atstarpes un - / .
err-registration-format-dk = Dānijas CVR numuram ir 8 cipari, un tas nesākas ar 0.
err-registration-format-de = Ievadiet reģistra numuru, piemēram, HRB 12345 (vai HRA, GnR, PR, VR, GsR), vai PVN maksātāja numuru: DE un 9 cipari.
err-registration-format-ee = Igaunijas reģistra kodam ir 8 cipari.
err-registration-format-fi = Somijas uzņēmuma identifikatoram (Y-tunnus) ir 7 cipari, defise un kontrolcipars, piemēram, 1234567-1.
err-registration-format-lv = Reģistrācijas numuram ir 11 cipari.
err-registration-format-lt = Lietuvas uzņēmuma kodam (įmonės kodas) ir 9 cipari.
err-registration-format-no = Norvēģijas organizācijas numuram ir 9 cipari.
err-registration-format-se = Zviedrijas organizācijas numuram ir 10 cipari, piemēram, 556123-4567.
err-registration-checksum = Kontrolcipars nesakrīt. Pārbaudiet, vai numurā nav drukas kļūdas.
err-registration-se-entity = Tas izskatās pēc Zviedrijas personas koda. Uzņēmuma organizācijas numurā trešais cipars ir 2 vai lielāks.
err-confirm-delete = Lai apstiprinātu, atzīmējiet izvēles rūtiņu.
err-credentials = Nepareiza e-pasta adrese vai parole.
err-password-wrong = Nepareiza parole.
err-email-unverified = Lūdzu, vispirms apstipriniet savu e-pasta adresi. Mēs jums nosūtījām jaunu saiti.
err-rate-limited = Pārāk daudz mēģinājumu. Pagaidiet dažas minūtes un mēģiniet vēlreiz.
err-network = Neizdevās sazināties ar serveri. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.
err-link-invalid = Saite nav derīga, vai tās derīguma termiņš ir beidzies. Pieprasiet jaunu saiti.

## Paziņojumi pēc darbības
notice-signed-out = Izrakstīšanās ir veikta.
notice-signup-sent = Paldies! Mēs nosūtījām saiti uz jūsu e-pasta adresi. Atveriet to, lai apstiprinātu adresi, un pēc tam piesakieties.
notice-email-verified = Jūsu e-pasta adrese ir apstiprināta. Tagad varat pieteikties.
notice-reset-sent = Ja šī adrese ir piesaistīta kontam, mēs uz to nosūtījām saiti jaunas paroles izvēlei.
notice-password-reset = Jaunā parole ir saglabāta. Piesakieties ar to.
notice-password-changed = Jūsu parole ir nomainīta. Citas sesijas ir slēgtas.
notice-email-change-sent = Mēs nosūtījām saiti uz jauno adresi. Jūsu adrese mainīsies, kad to atvērsiet.
notice-email-changed = Jūsu e-pasta adrese ir nomainīta.
notice-profile-saved = Jūsu dati ir saglabāti.
notice-account-deleted = Jūsu konts un personas dati ir dzēsti.
notice-decision-saved = Lēmums ir saglabāts, un pasūtītājs ir informēts.
notice-link-invalid = Saite nav derīga, vai tās derīguma termiņš ir beidzies. Pieprasiet jaunu saiti.

## Reģistrācija un pieteikšanās
signup-title = Reģistrācija
signup-intro = Izveidojiet bezmaksas kontu. Izvēlieties sev piemērotāko konta veidu.
signup-buyer-heading = Es iepērku publiskas iestādes vajadzībām
signup-buyer-text = Pašvaldības, plānošanas reģioni, aģentūras, ministrijas un sabiedrisko pakalpojumu sniedzēji. Pirms varat publicēt iepirkumus, moderators pārbauda jūsu iestādi.
signup-buyer-action = Reģistrēties kā publiskais pasūtītājs
signup-supplier-heading = Es pārdodu publiskajam sektoram
signup-supplier-text = Jebkura lieluma uzņēmumi, īpaši mazie un vidējie.
signup-supplier-action = Reģistrēties kā piegādātājs
signup-have-account = Jums jau ir konts?
signup-buyer-title = Reģistrācija publiskajiem pasūtītājiem
signup-buyer-explain = Pastāstiet par sevi un savu iestādi. Pēc e-pasta adreses apstiprināšanas moderators pārbaudīs iestādi.
signup-supplier-title = Reģistrācija piegādātājiem
signup-supplier-explain = Pastāstiet par sevi un savu uzņēmumu. Uzņēmuma profilu aizpildīsiet pēc pieteikšanās.
signup-submit = Izveidot kontu
signin-title = Pieteikšanās
signin-submit = Pieteikties
signin-forgot = Aizmirsāt paroli?
signin-no-account = Vēl nav konta?
forgot-title = Aizmirsta parole
forgot-intro = Ievadiet savu e-pasta adresi, un mēs nosūtīsim saiti jaunas paroles izvēlei. Saite derīga vienu reizi un vienu stundu.
forgot-submit = Nosūtīt saiti
reset-title = Jaunas paroles izvēle
reset-submit = Saglabāt jauno paroli
reset-invalid = Saite nav derīga, vai tās derīguma termiņš ir beidzies.
reset-ask-again = Pieprasīt jaunu saiti

## Konts
account-title = Mans konts
account-you = Par jums
account-role = Loma
account-since = Konts izveidots
account-staff-note = Jūs šajā platformā moderējat publiskās iestādes.
account-organisation = Jūsu organizācija
account-verification = Pārbaude
verification-pending = Gaida moderatora pārbaudi. Iepirkumus varēsiet publicēt, kad jūsu iestāde būs apstiprināta.
verification-verified = Apstiprināta
verification-rejected = Nav apstiprināta: { $reason }
account-edit = Labot savus datus
account-save = Saglabāt
account-change-email = Mainīt e-pasta adresi
account-change-email-intro = Mēs nosūtīsim saiti uz jauno adresi. Izmaiņas stāsies spēkā, kad to atvērsiet.
account-change-password = Mainīt paroli
account-data = Jūsu dati
account-data-intro = Lejupielādējiet visu, ko par jums glabājam, kā JSON datni.
account-data-download = Lejupielādēt manus datus
account-delete = Dzēst kontu
account-delete-intro = Tādējādi jūsu konts un personas dati tiks neatgriezeniski dzēsti. Jūsu organizācija saglabāsies, ja to izmanto kolēģi.
account-delete-confirm = Es saprotu, ka to nevar atsaukt.
account-delete-submit = Dzēst manu kontu
role-buyer = Publiskais pasūtītājs
role-supplier = Piegādātājs
role-moderator = Moderators
role-admin = Administrators

## Moderēšana
moderation-title = Pārbaudāmās publiskās iestādes
moderation-intro = Pārbaudiet, vai katra iestāde ir pasūtītājs publisko iepirkumu izpratnē un vai persona tajā strādā, un tad apstipriniet vai noraidiet to.
moderation-empty = Neviena publiskā iestāde negaida pārbaudi.
moderation-count = { $count ->
    [zero] { $count } publiskās iestādes gaida pārbaudi.
    [one] { $count } publiskā iestāde gaida pārbaudi.
   *[other] { $count } publiskās iestādes gaida pārbaudi.
}
moderation-contact = Kontaktpersona
moderation-registered = Reģistrācijas datums
moderation-decision = Lēmums
moderation-verify = Apstiprināt
moderation-reject = Noraidīt
moderation-reason = Pamatojums
moderation-submit = Saglabāt lēmumu

## Izsūtne
outbox-title = Izsūtne
outbox-intro = Visas platformas nosūtītās e-pasta vēstules, jaunākās vispirms. Ja nav SMTP servera, vēstules paliek šeit.
outbox-empty = Vēl nav nevienas e-pasta vēstules.
outbox-to = Adresāts
outbox-when = Izveidota
outbox-status = Statuss
outbox-status-queued = Rindā
outbox-status-sent = Nosūtīta
outbox-status-failed = Neizdevās
outbox-status-logged = Saglabāta šeit (nav SMTP servera)

## Atsauces dati
country-dk = Dānija
country-ee = Igaunija
country-fi = Somija
country-de = Vācija
country-lv = Latvija
country-lt = Lietuva
country-no = Norvēģija
country-se = Zviedrija
body-type-central-government = Centrālās valdības iestāde
body-type-regional-local = Reģionālā vai vietējā iestāde (piemēram, pašvaldība)
body-type-public-law-body = Publisko tiesību subjekts
body-type-utility = Sabiedrisko pakalpojumu sniedzējs (ūdensapgāde, enerģētika, transports, pasta pakalpojumi)

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

## Kļūdu lapas
error-home-link = Uz sākumlapu
error-400-title = Pieprasījumā ir kļūda
error-400-text = Veidlapas datus neizdevās nolasīt. Atgriezieties un mēģiniet vēlreiz.
error-403-title = Nav atļauts
error-403-text = Jums nav atļaujas to darīt. Ja uzskatāt, ka tai vajadzētu būt, piesakieties ar pareizo kontu.
error-404-title = Lapa nav atrasta
error-404-text = Šajā adresē nav lapas. Pārbaudiet adresi vai sāciet no sākumlapas.
error-405-title = Šeit tas nav iespējams
error-405-text = Šī adrese nepieņem šāda veida pieprasījumus.
error-413-title = Pārāk liels apjoms
error-413-text = Nosūtītais apjoms pārsniedz pieļaujamo.
error-415-title = Neatbalstīts formāts
error-415-text = Nosūtītais ir formātā, ko mēs nepieņemam.
error-429-title = Pārāk daudz pieprasījumu
error-429-text = Lūdzu, pagaidiet dažas minūtes un mēģiniet vēlreiz.
error-500-title = Radās kļūda
error-500-text = Mūsu pusē radās kļūda. Lūdzu, pēc brīža mēģiniet vēlreiz.

## Piekļūstamības paziņojums
a11y-title = Piekļūstamības paziņojums
a11y-intro = PPI Hub apņemas padarīt savu tīmekļvietni piekļūstamu saskaņā ar Direktīvu (ES) 2016/2102 un to ieviešošajiem valstu tiesību aktiem. Šis paziņojums attiecas uz visu PPI Hub platformu.
a11y-status-heading = Atbilstības statuss
a11y-status = Mūsu mērķis ir pilnībā atbilst WCAG 2.1 AA līmenim (saskaņotais standarts EN 301 549). Pēc katrām izmaiņām ikviena lapa tiek automātiski pārbaudīta ar axe-core atbilstoši WCAG 2.1 A un AA līmenim gan datora, gan tālruņa ekrāna platumā.
a11y-how-heading = Ko mēs darām
a11y-how-1 = Ikvienu lapu var lietot tikai ar tastatūru, un fokuss vienmēr ir redzams.
a11y-how-2 = Ikviena lapa darbojas bez JavaScript. Veidlapās kļūdas ir paskaidrotas blakus laukam, un ievadītais saglabājas.
a11y-how-3 = Lapas pielāgojas ekrāniem no 360 pikseļu plata tālruņa līdz platiem ekrāniem, kā arī 200 % tālummaiņai.
a11y-how-4 = Saskarne ir pieejama angļu, dāņu, vācu, igauņu, somu, latviešu un lietuviešu valodā.
a11y-limits-heading = Zināmie ierobežojumi
a11y-limits = Reģionu saraksts pasūtītāju reģistrācijas veidlapā ir garš. Ierakstiet reģiona koda vai nosaukuma sākumu, lai pārietu uz to. Automātiskie testi nevar atrast visas problēmas, tāpēc labprāt saņemsim arī jūsu ziņojumus.
a11y-feedback-heading = Atsauksmes un saziņa
a11y-feedback = Ja saskaraties ar šķērsli vai jums vajadzīga informācija citā formātā, rakstiet mums. Mēs atbildam 10 darbdienu laikā.
a11y-enforcement-heading = Izpildes panākšanas procedūra
a11y-enforcement = Ja mūsu atbilde jūs neapmierina, varat vērsties savas valsts iestādē, kas uzrauga tīmekļvietņu piekļūstamību. Latvijā tā ir Valsts digitālās attīstības aģentūra (VDAA, agrāk – Valsts reģionālās attīstības aģentūra, VRAA).
a11y-prepared = Šis paziņojums sagatavots 2026. gada novembrī, un tas tiek pārskatīts ar katru jaunu versiju.

## Privātums
privacy-title = Privātums
privacy-intro = PPI Hub saskaņā ar ES Vispārīgo datu aizsardzības regulu (VDAR) glabā tikai to, kas nepieciešams, lai nodrošinātu platformas darbību jums.
privacy-what-heading = Ko mēs glabājam
privacy-what-1 = Jūsu vārdu, uzvārdu, e-pasta adresi un izvēlēto saskarnes valodu.
privacy-what-2 = Jūsu organizācijas nosaukumu, valsti un publiskajām iestādēm arī veidu un reģionu.
privacy-what-3 = Jūsu paroli tikai kā argon2id jaucējvērtību, no kuras paroli atjaunot nav iespējams.
privacy-what-4 = E-pasta vēstules, ko platforma jums nosūtījusi (apstiprinājuma saites, paziņojumi).
privacy-cookies-heading = Sīkdatnes
privacy-cookies = Mēs izmantojam divas sīkdatnes, un abas ir strikti nepieciešamas: sesijas sīkdatni, kamēr strādājat savā kontā, un sīkdatni, kas atceras jūsu valodu. Nekādas izsekošanas, reklāmas vai trešo pušu.
privacy-rights-heading = Jūsu tiesības
privacy-rights = Sava konta lapā varat skatīt un labot savus datus, lejupielādēt tos visus kā datni (VDAR 15. un 20. pants) un dzēst savu kontu (VDAR 17. pants).
privacy-contact-heading = Saziņa
privacy-contact = Ja jums ir jautājumi par saviem datiem, rakstiet mums:

## E-pasta vēstules
mail-verify-subject = Apstipriniet savu e-pasta adresi PPI Hub platformā
mail-verify-body =
    Labdien, { $name }!

    Lūdzu, apstipriniet savu e-pasta adresi, atverot šo saiti (tā ir derīga 48 stundas):

    { $link }

    Ja reģistrāciju PPI Hub platformā neveicāt jūs, neņemiet vērā šo vēstuli.
mail-account-exists-subject = Kāds mēģināja reģistrēties PPI Hub platformā ar jūsu adresi
mail-account-exists-body =
    Labdien, { $name }!

    Kāds mēģināja izveidot PPI Hub kontu ar šo e-pasta adresi, kurai jau ir konts. Ja tas bijāt jūs, piesakieties šeit. Ja neatceraties paroli, izvēlieties „Aizmirsāt paroli?”:

    { $link }

    Ja tas nebijāt jūs, jums nekas nav jādara.
mail-reset-subject = Jaunas paroles izvēle PPI Hub platformā
mail-reset-body =
    Labdien, { $name }!

    Atveriet šo saiti, lai izvēlētos jaunu paroli (tā ir derīga vienu reizi un vienu stundu):

    { $link }

    Ja to nepieprasījāt, neņemiet vērā šo vēstuli – jūsu parole paliks nemainīta.
mail-password-changed-subject = Jūsu PPI Hub parole ir nomainīta
mail-password-changed-body =
    Labdien, { $name }!

    Jūsu PPI Hub konta parole tikko tika nomainīta. Ja to nedarījāt jūs, nekavējoties atjaunojiet paroli un sazinieties ar mums.

    { $link }
mail-change-email-subject = Apstipriniet savu jauno e-pasta adresi PPI Hub platformā
mail-change-email-body =
    Labdien, { $name }!

    Atveriet šo saiti, lai šī adrese kļūtu par jūsu PPI Hub konta adresi (saite ir derīga 24 stundas):

    { $link }

    Ja to nepieprasījāt, neņemiet vērā šo vēstuli.
mail-email-changed-subject = Jūsu PPI Hub e-pasta adrese ir nomainīta
mail-email-changed-body =
    Labdien, { $name }!

    Jūsu PPI Hub konts tagad izmanto adresi { $email }. Ja to nedarījāt jūs, nekavējoties sazinieties ar mums.
mail-body-verified-subject = Iestāde { $body } ir apstiprināta PPI Hub platformā
mail-body-verified-body =
    Labdien, { $name }!

    Moderators ir apstiprinājis iestādi { $body }. Tagad varat publicēt iepirkumus PPI Hub platformā.

    { $link }
mail-body-rejected-subject = Iestādi { $body } neizdevās apstiprināt PPI Hub platformā
mail-body-rejected-body =
    Labdien, { $name }!

    Moderators nevarēja apstiprināt, ka { $body } ir publiska iestāde. Norādītais iemesls:

    { $reason }

    Ja uzskatāt, ka tā ir kļūda, atbildiet uz šo vēstuli.
