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

## Messages
nav-messages = Ziņas
messages-unread-hidden = nelasītas
messages-title = Ziņas
messages-intro = Jūsu organizācijas sarunas ar citām organizācijām. Tās var lasīt un uz tām atbildēt ikviens jūsu organizācijā.
messages-empty = Vēl nav nevienas sarunas. Lai to sāktu, izmantojiet saziņas veidlapu piegādātāja profilā vai publiskās iestādes lapā.
messages-unread = { $count ->
    [zero] { $count } nelasītas
    [one] { $count } nelasīta
   *[other] { $count } nelasītas
}
messages-mail-heading = Paziņojumi e-pastā
messages-mail-label = Informēt mani e-pastā par jaunām ziņām
messages-mail-immediately = Nekavējoties
messages-mail-daily = Reizi dienā
messages-mail-never = Nekad
messages-mail-save = Saglabāt iestatījumu
messages-send = Nosūtīt
messages-field-subject = Temats
messages-field-body = Ziņa
messages-field-reply = Jūsu atbilde
hint-messages-body = Vienkāršs teksts, ne vairāk kā 5000 rakstzīmju. To var lasīt ikviens otrā organizācijā.
messages-with = Saruna ar organizāciju { $org }
messages-thread = Ziņas
messages-reply-heading = Atbildēt
messages-former-member = Bijušais dalībnieks
messages-you-blocked = Jūs bloķējāt organizāciju { $org }: kamēr neatcelsiet bloķēšanu, neviena no organizācijām šajā sarunā nevar rakstīt.
messages-they-blocked = Organizācija { $org } nepieņem ziņas no jūsu organizācijas.
messages-block-heading = Bloķēt šo organizāciju
messages-block-explain = Organizācija, kuru bloķējat, vairs nevar rakstīt jūsu organizācijai, un jūsu organizācija vairs nevar rakstīt tai. Lai informētu moderatorus par ziņu, kas pārkāpj noteikumus, ziņojiet par to.
messages-block = Bloķēt organizāciju { $org }
messages-unblock = Atbloķēt organizāciju { $org }
messages-report = Ziņot
messages-report-which = ziņa, ko nosūtīja { $name }, { $time }
messages-report-reason = Kāpēc ziņojat par šo ziņu?
hint-messages-report = Moderatori redz šo ziņu un jūsu norādīto iemeslu, bet neko citu no sarunas.
messages-report-submit = Nosūtīt ziņojumu
reports-title = Ziņas, par kurām ziņots
reports-empty = Nav ziņu, par kurām būtu ziņots.
reports-from = Organizācijas { $org } ziņa
reports-reporter = Ziņoja
reports-reason = Iemesls
reports-when = Ziņošanas laiks
reports-resolve = Atrisināts
notice-message-sent = Jūsu ziņa ir nosūtīta.
notice-message-reported = Paldies! Moderatori izskatīs šo ziņu.
notice-message-mail-saved = Jūsu e-pasta iestatījums ziņām ir saglabāts.
notice-organisation-blocked = Organizācija ir bloķēta. Tagad neviena puse nevar sūtīt ziņas.
notice-organisation-unblocked = Organizācija ir atbloķēta.
notice-report-resolved = Ziņojums ir atzīmēts kā atrisināts.
err-message-self = Jūs nevarat nosūtīt ziņu savai organizācijai.
err-blocked = Ziņapmaiņa starp šīm organizācijām ir bloķēta.
err-recipient-unavailable = Šī organizācija nevar saņemt ziņas.
mail-message-received-subject = Jauna ziņa no organizācijas { $org }: { $subject }
mail-message-received-body =
    Labdien, { $name }!

    Organizācija { $org } ir rakstījusi jūsu organizācijai PPI Hub platformā par tematu „{ $subject }”.

    Izlasiet to un atbildiet šeit: { $link }

    To, cik bieži mēs jums rakstām par ziņām, varat mainīt savā lapā „Ziņas”.
mail-messages-daily-subject = { $count ->
    [zero] { $count } nelasītas ziņas PPI Hub platformā
    [one] { $count } nelasīta ziņa PPI Hub platformā
   *[other] { $count } nelasītas ziņas PPI Hub platformā
}
mail-messages-daily-body =
    Labdien, { $name }!

    { $count ->
        [zero] Jūs gaida { $count } jaunas ziņas.
        [one] Jūs gaida { $count } jauna ziņa.
       *[other] Jūs gaida { $count } jaunas ziņas.
    }

    Izlasiet tās šeit: { $link }

    To, cik bieži mēs jums rakstām par ziņām, varat mainīt savā lapā „Ziņas”.

## Public bodies and partner posts
theme-health-care = Veselība un aprūpe
theme-mobility-transport = Mobilitāte un transports
theme-energy-climate = Enerģētika un klimats
theme-digital-services = Digitālie pakalpojumi
theme-construction-buildings = Būvniecība un ēkas
theme-water-environment = Ūdens un vide
theme-education = Izglītība
theme-food = Pārtika
theme-safety-security = Drošums un drošība
theme-circular-economy = Aprites ekonomika
theme-other = Cits
partner-status-open = Atvērts
partner-status-closed = Slēgts
body-profile-title = Jūsu publiskās iestādes lapa
body-profile-intro = Šeit ierakstītais parādās jūsu publiskās iestādes lapā, kur jūs atrod piegādātāji un citas publiskās iestādes.
body-profile-view = Skatīt lapu
body-field-contact-name = Kontaktpersona iepirkumu jautājumos
body-field-contact-email = Kontaktpersonas e-pasta adrese iepirkumu jautājumos
hint-body-contact-email = Tiek rādīta lapā: piegādātāji un citas publiskās iestādes var uz to rakstīt. Labi der kopīga pastkaste.
body-field-themes = Tēmas, kurās veicat iepirkumus
body-field-cpv = CPV kodi, kas jūs interesē
hint-body-cpv = Vairākus kodus atdaliet ar komatiem.
body-profile-save = Saglabāt lapu
notice-body-profile-saved = Jūsu publiskās iestādes lapa ir saglabāta.
body-contact = Kontaktpersona iepirkumu jautājumos
body-interests = Intereses
body-themes = Tēmas
body-cpv = CPV kodi
body-no-interests = Intereses vēl nav norādītas.
body-partner-posts = Partneru meklēšanas sludinājumi
body-no-partner-posts = Nav atvērtu partneru meklēšanas sludinājumu.
body-edit = Labot šo lapu
body-not-public-yet = Kamēr jūsu publiskā iestāde nav apstiprināta, šo lapu redzat tikai jūs un jūsu kolēģi.
body-contact-heading = Sazināties ar šo publisko iestādi
body-contact-intro = Jūsu ziņu PPI Hub platformā saņems iestādes { $body } darbinieki. Atbildes pienāks jūsu ziņās.
body-contact-subject = Iepazīšanās: { $company }
partners-link = Partneru meklēšana
partners-title = Partneru meklēšana
partners-intro = Publiskās iestādes apraksta vajadzības, kuras tās vēlas iepirkt kopā ar citiem vai par kurām vēlas uzzināt no citiem. Atrodiet šeit partnerus.
partner-search-label = Meklēt partneru meklēšanas sludinājumus
partner-search-country = Publiskās iestādes valsts
partner-search-seeking = Partneri tiek meklēti no
partner-search-count = { $count ->
    [zero] { $count } atvērti partneru meklēšanas sludinājumi
    [one] { $count } atvērts partneru meklēšanas sludinājums
   *[other] { $count } atvērti partneru meklēšanas sludinājumi
}
partner-search-nothing = Neviens atvērts partneru meklēšanas sludinājums neatbilst meklēšanai.
partner-new-title = Publicēt partneru meklēšanas sludinājumu
partner-new-intro = Aprakstiet vajadzību, kuru jūsu publiskā iestāde vēlas iepirkt kopā ar citiem vai par kuru vēlas uzzināt no citiem. Citas apstiprinātas publiskās iestādes var paust interesi; katra no tām ar to sāk sarunu ar jums.
partner-field-title = Nosaukums
partner-field-theme = Tēma
partner-field-description = Apraksts
hint-partner-description = Kas jums vajadzīgs, un kādu partneri meklējat? Varat izmantot Markdown: **treknraksts**, saraksti, saites.
partner-field-cpv = CPV kods
hint-partner-cpv = Iepirkuma veids, ja to zināt.
partner-field-timeline = Laika grafiks
hint-partner-timeline = Piemēram: tirgus dialogs 2027. gada 1. ceturksnī, iepirkums 2027. gada 3. ceturksnī.
partner-field-countries = Partneri tiek meklēti no
hint-partner-countries = Neatzīmējiet nevienu valsti, ja gaidāt partnerus no jebkuras valsts.
partner-publish = Publicēt
notice-partner-post-published = Jūsu partneru meklēšanas sludinājums ir publicēts.
partner-body = Publiskā iestāde
partner-published-on = Publicēts
partner-countries-any = Jebkura valsts
partner-actions = Dalība
partner-interest-heading = Paust interesi
partner-interest-explain = Jūsu ziņa sāks sarunu ar iestādi { $body }.
partner-field-message = Ziņa
hint-partner-message = Iepazīstiniet ar savu publisko iestādi un pastāstiet, ko cerat iegūt no sadarbības.
partner-interest-submit = Nosūtīt
partner-interest-subject = Partneru meklēšanas sludinājums: { $title }
notice-interest-sent = Jūsu interese ir nosūtīta. Saruna ir atrodama jūsu ziņās.
partner-you-are-interested = Jūsu publiskā iestāde pauda interesi { $date }.
partner-open-conversation = Atvērt sarunu
partner-interested-heading = Ieinteresētās publiskās iestādes
partner-no-interest-yet = Neviena publiskā iestāde vēl nav paudusi interesi.
partner-your-post = Jūsu sludinājums
partner-close = Slēgt šo sludinājumu
partner-close-explain = Slēgts sludinājums paliek redzams, bet par to vairs nevar paust interesi.
notice-partner-post-closed = Sludinājums ir slēgts.
partner-closed-note = Šis sludinājums ir slēgts: par to vairs nevar paust interesi.
partner-sign-in-to-answer = Piesakieties kā apstiprināts publiskais pasūtītājs, lai paustu interesi
err-already-interested = Jūsu publiskā iestāde jau ir paudusi interesi par šo sludinājumu.
err-post-closed = Šis sludinājums ir slēgts: par to vairs nevar paust interesi.
mail-partner-interest-subject = Iestāde { $body } ir ieinteresēta sludinājumā „{ $title }”
mail-partner-interest-body =
    Labdien, { $name }!

    Iestāde { $body } ir paudusi interesi par jūsu partneru meklēšanas sludinājumu „{ $title }”. Tās ziņa ir jūsu ziņās PPI Hub platformā. Visas ieinteresētās iestādes ir uzskaitītas sludinājuma lapā:

    { $link }

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
join-title = Pievienošanās uzņēmumam
join-intro = Jums ir uzaicinājums pievienoties uzņēmumam { $company } PPI Hub platformā ar adresi { $email }.
join-submit = Pievienoties uzņēmumam
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
notice-joined = Laipni lūdzam! Tagad esat uzņēmuma dalībnieks.
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
