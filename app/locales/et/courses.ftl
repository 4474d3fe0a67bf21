## Kursused: kataloog
course-catalogue-intro = Iseõppekursused innovaatiliste riigihangete kohta, koostatud ELi direktiivide, Euroopa Komisjoni suuniste ja päris juhtumite põhjal. Lugege ja vastake omas tempos; teie edenemine liigub teiega kaasa telefonist arvutisse. Logige sisse, et edenemine jäädavalt säiliks ja saaksite tunnistuse.
course-filters = Filtreeri kursusi
course-for = Kellele
course-level = Tase
course-language = Keel
course-languages = Keeled
course-topic = Teema
course-length = Maht
course-found = { $count ->
    [one] 1 kursus
   *[other] { $count } kursust
}
course-none-found = Nende filtritega ei leitud ühtegi kursust. Eemaldage mõni filter, et näha rohkem.
course-lessons-count = { $count ->
    [one] 1 õppetund
   *[other] { $count } õppetundi
}
course-minutes = umbes { $minutes } min
course-hours-minutes = umbes { $hours } h { $minutes } min
course-start = Alusta kursust
course-continue = Jätka
course-continue-named = Jätka kursust „{ $title }“
course-review = Vaata kursus uuesti läbi
course-my-learning = Teie õpingud
course-my-certificates = Teie tunnistused
course-visitor-progress = Praegu hoitakse teie edenemist selles brauseris. Logige sisse või looge konto, et see oleks olemas kõigis teie seadmetes.
course-level-introductory = Algtase
course-level-intermediate = Kesktase
course-level-advanced = Edasijõudnutele
course-audience-buyer = Avaliku sektori hankijad
course-audience-supplier = Pakkujad
course-topic-fundamentals = Alused
course-topic-market-engagement = Suhtlus turuga
course-topic-procedures = Menetlused
course-topic-contract-management = Lepingu haldamine
course-topic-strategy = Strateegia
course-topic-legal = Õigusraamistik

## Kursus
course-your-progress = Teie edenemine
course-progress-of = { $done ->
    [one] { $done } õppetund { $total }-st läbitud
   *[other] { $done } õppetundi { $total }-st läbitud
}
course-time-left = Jäänud on { $time }.
course-next-lesson = Järgmisena: { $title }
course-complete = Olete selle kursuse läbinud.
course-lessons = Õppetunnid
course-linear = Selles kursuses avaneb iga õppetund siis, kui olete eelmise läbinud.
course-outcomes = Mida te õpite
course-facts = Teave kursuse kohta
course-pass-mark = Testi läbimise lävend
course-pass-mark-value = { $percent } % küsimustest õigesti
course-version = Versioon
course-back = Kõik kursused
notice-course-complete = Tubli! Olete kursuse läbinud. Teie tunnistus on allpool.

## Õppetund
lesson-breadcrumbs = Teie asukoht
lesson-n-of = Õppetund { $n }/{ $total }
lesson-state-done = Läbitud
lesson-state-open = Veel läbimata
lesson-state-locked = Avaneb pärast eelmist õppetundi
lesson-has-quiz = { $count ->
    [one] 1 küsimusega test
   *[other] { $count } küsimusega test
}
lesson-optional = valikuline
lesson-rule-read = Läbitud, kui olete selle lõpuni lugenud
lesson-rule-quiz = Läbitud, kui sooritate õppetunni testi ({ $percent } % õigesti)
lesson-locked = See õppetund avaneb, kui olete eelnevad õppetunnid läbinud.
lesson-video = Vaata videot (avaneb teisel veebisaidil)
lesson-read-more = Loe lähemalt teadmuskeskusest
lesson-sources = Allikad
lesson-previous = Eelmine õppetund
lesson-done-next = Valmis, järgmine õppetund
lesson-done-last = Valmis, tagasi kursuse juurde
lesson-to-course = Kursuse ülevaade

## Testid
quiz-title = Kontrollige, mida õppisite
quiz-pass-mark = Läbimiseks: { $percent } % küsimustest õigesti.
quiz-attempts = Kasutatud katseid: { $used }/{ $allowed }.
quiz-question-n = Küsimus { $n }/{ $total }
quiz-choose-one = Valige üks vastus.
quiz-choose-all = Valige kõik õiged vastused.
quiz-check = Kontrolli vastust
quiz-right = Õige.
quiz-wrong = Pole õige.
quiz-your-answer = Teie vastus:
quiz-learn-more = Loe lähemalt:
quiz-score = Vastasite õigesti { $correct } küsimusele { $total }-st ({ $percent } %).
quiz-passed = Sooritatud.
quiz-failed = Veel sooritamata: vaja on { $percent } %.
quiz-retry = Tee test uuesti
quiz-cooling-down-until = Uuesti saate proovida { $time } või hiljem.
err-quiz-choose = Valige vastus.
err-quiz-one-option = Valige ainult üks vastus.
err-quiz-unknown-option = Seda vastust ei ole selle küsimuse vastusevariantide hulgas. Valige üks kuvatud vastustest.
err-quiz-answered = Olete sellele küsimusele selle katse jooksul juba vastanud.
err-quiz-attempt-over = See katse on lõppenud. Lehel on nüüd näha teie praegune katse.
err-quiz-passed = Olete selle testi juba sooritanud.
err-quiz-no-attempts = Olete kõik selle testi katsed ära kasutanud.
err-quiz-cooling-down = Palun oodake enne järgmist katset mõni minut.
err-lesson-locked = See õppetund avaneb, kui olete eelnevad õppetunnid läbinud.

## Tunnistused
certificate-title = Tunnistus
certificate-check = Kontrolli tunnistust
certificate-code = Tunnistuse kood
certificate-code-hint = 12 tähte ja numbrit nii, nagu need on tunnistusel, näiteks ABCD-EFGH-JKMN.
certificate-check-submit = Kontrolli
err-certificate-code = Tunnistuse koodis on 12 tähte ja numbrit (mitte 0, O, 1, I ega L), näiteks ABCD-EFGH-JKMN.
err-certificate-unknown = Selle koodiga tunnistust ei ole. Kontrollige koodi nii, nagu see on tunnistusele trükitud.
certificate-valid = See tunnistus kehtib: selle on välja andnud PPI Hub ja seda ei ole tühistatud.
certificate-revoked = See tunnistus tühistati { $date }.
certificate-withdrawn-note = Olete selle tunnistuse avalikkuse eest peitnud: seda lehte näete ainult teie. Teistele, kes selle koodi avavad, öeldakse, et sellise koodiga tunnistust ei ole.
certificate-certifies = Käesolevaga tõendatakse, et
certificate-completed = on läbinud kursuse
certificate-hours = Õppeaeg tundides
certificate-date = Läbimise kuupäev
certificate-band = Tulemus
certificate-band-completed = Läbitud
certificate-band-pass = Sooritatud
certificate-band-merit = Sooritatud hea tulemusega (vähemalt 75 % testiküsimustest õigesti)
certificate-band-distinction = Sooritatud kiitusega (vähemalt 90 % testiküsimustest õigesti)
certificate-issuer = Väljaandja
certificate-qr-alt = Selle tunnistuse lehe QR-kood
certificate-to-course = Kursuse tutvustus
certificate-yours = Teie tunnistus
certificate-open = Ava oma tunnistus
certificate-sign-in = Tunnistuse saamiseks logige sisse või looge konto: tunnistusele kantakse teie nimi.
certificate-share = Jagage selle lehe aadressi või printige leht välja (QR-kood viib siia tagasi).
certificate-download-pdf = Laadi alla PDF-ina printimiseks
certificate-pdf-check = Kontrollige, et tunnistus on ehtne: skannige QR-kood või avage see aadress. Leht näitab, kas tunnistus kehtib endiselt.
certificate-download-badge = Laadi alla digitaalse märgina (Open Badges 3.0)
certificate-badge-hint = Digitaalselt allkirjastatud tõend, mille saate lisada digitaalsesse rahakotti; iga kontrollija saab seda kontrollida platvormi PPI Hub avaldatud võtme abil.
certificate-withdraw = Peida avalikkuse eest
certificate-restore = Näita uuesti avalikult
certificate-revoke = Tühista see tunnistus (moderaatoritele)
certificate-revoke-reason = Põhjus, mis kuvatakse tunnistusel
certificate-revoke-hint = Kuni { $max } märki.
certificate-revoke-submit = Tühista
notice-certificate-withdrawn = Teie tunnistus ei ole enam avalik.
notice-certificate-restored = Teie tunnistus on jälle avalik.
notice-certificate-revoked = Tunnistus on tühistatud.

## Valmisoleku enesehindamine
readiness-title = Kui valmis on teie asutus innovatiivseteks riigihangeteks?
readiness-intro = Hinnake { $count ->
    [one] üht väidet
   *[other] { $count } väidet
} oma asutuse kohta kuues valdkonnas, strateegiast tulemuste mõõtmiseni. Saate iga valdkonna tulemuse, oma nõrgimate valdkondade kohta nõuanded koos kursuste, materjalide ja juhtumitega, muutuse võrreldes eelmise hindamisega ning, kui vähemalt viis teist asutust on vastanud, võrdluse oma riigi ja sama liiki asutustega. Selleks kulub umbes 10 minutit. Teie vastuseid näevad ainult teie asutuse töötajad.
readiness-who = Enesehindamisele vastavad platvormil oleva avaliku sektori asutuse töötajad. Vastamiseks logige sisse kontoga, mis on seotud teie asutusega.
readiness-history = Teie asutuse varasemad hindamised
readiness-submit = Vaata meie tulemusi
readiness-result-title = Teie valmisolek innovatiivseteks riigihangeteks
readiness-result-of = Hindamise kuupäev: { $date }.
readiness-chart-title = Tulemus valdkonniti skaalal 0 kuni 100 %
readiness-table-caption = Tulemused valdkonniti, muutus võrreldes eelmise hindamisega ja teiste asutuste keskmine
readiness-dimension = Valdkond
readiness-score = Tulemus
readiness-change = Muutus (protsendipunktides)
readiness-country = Teie riigi asutused
readiness-type = Sama liiki asutused
readiness-too-few = Teie riigist või sama liiki asutuste seast on vastanud veel vähem kui viis teist asutust, seega võrdlust ei näidata: nii ei saa selle põhjal järeldada ühegi asutuse vastuseid.
readiness-peers-note = Riba tume märk näitab teie riigi teiste asutuste (vähemalt viie) viimaste vastuste keskmist.
readiness-advice = Millega alustada
readiness-again = Vasta uuesti
err-readiness-unanswered = Valige üks viiest vastusest.
err-readiness-step = Valige üks viiest kuvatud vastusest.
err-readiness-incomplete = Mõnele väitele pole veel vastatud: need on allpool märgitud. Teie teised vastused on alles.

## Teie õpingud: valikud, õppeandmed, kolleegid
course-settings = Teie õpingute seaded
course-settings-hide = Peida minu edenemine kursustel kolleegide eest
course-settings-reminders = Saada mulle e-posti teel meeldetuletus, kui ma pole alustatud kursusel 7 päeva jooksul edasi jõudnud
course-settings-save = Salvesta seaded
notice-course-settings-saved = Teie õpingute seaded on salvestatud.
course-records = Laadi alla minu õppeandmed (xAPI)
course-records-hint = Üks xAPI-kirje rea kohta, teie organisatsiooni õpihaldussüsteemi jaoks.
course-team-title = Teie kolleegide kursused
course-team-intro = Kursused, mida teie organisatsiooni töötajad on alustanud: kes on need läbinud ja kus õppimine pooleli jääb. Kolleege, kes oma edenemist peidavad, ei näidata.
course-team-none = Keegi teie organisatsioonist ei ole veel ühtegi kursust alustanud.
course-team-csv = Laadi alla CSV-failina
course-team-summary = Alustanud: { $started }, läbinud: { $completed }.
course-team-stop = Kus õppimine pooleli jääb: „{ $lesson }“ ({ $count }).
course-team-person = Isik
course-team-progress = Edenemine
course-team-last = Viimane tegevus
course-team-completed = Läbitud

## Meeldetuletus pärast 7 tegevuseta päeva
mail-course-reminder-subject = Teie kursus ootab teid: { $course }
mail-course-reminder-body =
    Tere, { $name }!

    Te ei ole kursust „{ $course }“ nädal aega jätkanud. Jätkake sealt, kus pooleli jäite:
    { $link }

    Need meeldetuletused saate välja lülitada oma õpingute seadetes:
    { $settings }

    PPI Hub
