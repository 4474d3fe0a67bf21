## Formāti
format-date = { $year }. gada { $day }. { $month }
format-datetime = { $date } plkst. { $time } UTC
format-datetime-zoned = { $date } plkst. { $time }
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
