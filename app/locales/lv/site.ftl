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
home-status-text = Konti publiskajiem pasūtītājiem un piegādātājiem ar pārbaudītām iestādēm; iepirkumi ar meklēšanu, jautājumiem, paziņojumiem un atvērtajiem datiem OCDS formātā; piegādātāju katalogs ar atbilstību meklēšanu; partneru sludinājumi un ziņas starp organizācijām; viss septiņās valodās. Vēlāk sekos zināšanu centrs, kursi un asistents.

## Sadaļas, kas vēl tiek veidotas

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
