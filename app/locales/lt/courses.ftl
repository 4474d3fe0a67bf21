## Kursai: katalogas
course-catalogue-intro = Savarankiško mokymosi kursai apie inovatyvius viešuosius pirkimus, parengti remiantis ES direktyvomis, Europos Komisijos gairėmis ir tikrais atvejais. Skaitykite ir atsakinėkite savo tempu; jūsų pažanga išlieka, kai pereinate nuo telefono prie kompiuterio. Prisijunkite, kad ją išsaugotumėte visam laikui ir gautumėte pažymėjimą.
course-filters = Filtruoti kursus
course-for = Kam skirta
course-level = Lygis
course-language = Kalba
course-languages = Kalbos
course-topic = Tema
course-length = Apimtis
course-found = { $count ->
    [one] { $count } kursas
    [few] { $count } kursai
    [many] { $count } kurso
   *[other] { $count } kursų
}
course-none-found = Šiuos filtrus atitinkančių kursų nėra. Pašalinkite filtrą, kad pamatytumėte daugiau.
course-lessons-count = { $count ->
    [one] { $count } pamoka
    [few] { $count } pamokos
    [many] { $count } pamokos
   *[other] { $count } pamokų
}
course-minutes = apie { $minutes } min.
course-hours-minutes = apie { $hours } val. { $minutes } min.
course-start = Pradėti kursą
course-continue = Tęsti
course-continue-named = Tęsti kursą „{ $title }“
course-review = Peržiūrėti kursą dar kartą
course-my-learning = Jūsų mokymasis
course-my-certificates = Jūsų pažymėjimai
course-visitor-progress = Kol kas jūsų pažanga saugoma šioje naršyklėje. Prisijunkite arba susikurkite paskyrą, kad ji būtų prieinama visuose jūsų įrenginiuose.
course-level-introductory = Įvadinis
course-level-intermediate = Vidutinis
course-level-advanced = Pažengusiems
course-audience-buyer = Perkančiosios organizacijos
course-audience-supplier = Tiekėjai
course-topic-fundamentals = Pagrindai
course-topic-market-engagement = Rinkos įtraukimas
course-topic-procedures = Procedūros
course-topic-contract-management = Sutarčių valdymas
course-topic-strategy = Strategija
course-topic-legal = Teisinis reglamentavimas

## Kursas
course-your-progress = Jūsų pažanga
course-progress-of = Baigta pamokų: { $done } iš { $total }
course-time-left = Liko { $time } iki kurso pabaigos.
course-next-lesson = Kita pamoka: { $title }
course-complete = Baigėte šį kursą.
course-lessons = Pamokos
course-linear = Šiame kurse kiekviena pamoka atsidaro, kai baigiate ankstesnę.
course-outcomes = Ko išmoksite
course-facts = Apie šį kursą
course-pass-mark = Testo išlaikymo riba
course-pass-mark-value = { $percent } % teisingų atsakymų
course-version = Versija
course-back = Visi kursai
notice-course-complete = Puiku! Baigėte kursą. Jūsų pažymėjimas – žemiau.

## Pamoka
lesson-breadcrumbs = Jūs esate čia
lesson-n-of = Pamoka { $n } iš { $total }
lesson-state-done = Baigta
lesson-state-open = Dar nebaigta
lesson-state-locked = Atsidarys po ankstesnės pamokos
lesson-has-quiz = { $count ->
    [one] testas iš { $count } klausimo
    [few] testas iš { $count } klausimų
    [many] testas iš { $count } klausimo
   *[other] testas iš { $count } klausimų
}
lesson-optional = neprivaloma
lesson-rule-read = Baigta, kai perskaitote iki galo
lesson-rule-quiz = Baigta, kai išlaikote pamokos testą ({ $percent } % teisingų atsakymų)
lesson-locked = Ši pamoka atsidarys, kai baigsite ankstesnes pamokas.
lesson-video = Žiūrėti vaizdo įrašą (atsidaro kitoje svetainėje)
lesson-read-more = Skaitykite daugiau žinių centre
lesson-sources = Šaltiniai
lesson-previous = Ankstesnė pamoka
lesson-done-next = Baigti ir pereiti prie kitos pamokos
lesson-done-last = Baigti ir grįžti į kursą
lesson-to-course = Kurso apžvalga

## Testai
quiz-title = Pasitikrinkite, ką išmokote
quiz-pass-mark = Išlaikymo riba: { $percent } % teisingų atsakymų.
quiz-attempts = Bandymai: { $used } iš { $allowed }.
quiz-question-n = Klausimas { $n } iš { $total }
quiz-choose-one = Pasirinkite vieną atsakymą.
quiz-choose-all = Pasirinkite visus teisingus atsakymus.
quiz-check = Tikrinti atsakymą
quiz-right = Teisingai.
quiz-wrong = Neteisingai.
quiz-your-answer = Jūsų atsakymas:
quiz-learn-more = Sužinokite daugiau:
quiz-score = Teisingų atsakymų: { $correct } iš { $total } ({ $percent } %).
quiz-passed = Išlaikyta.
quiz-failed = Dar neišlaikyta: reikia { $percent } %.
quiz-retry = Bandyti testą dar kartą
quiz-cooling-down-until = Bandyti dar kartą galėsite nuo { $time }.
err-quiz-choose = Pasirinkite atsakymą.
err-quiz-one-option = Pasirinkite tik vieną atsakymą.
err-quiz-unknown-option = Šio atsakymo nėra tarp šio klausimo variantų. Pasirinkite vieną iš pateiktų atsakymų.
err-quiz-answered = Į šį klausimą per šį bandymą jau atsakėte.
err-quiz-attempt-over = Šis bandymas baigėsi. Dabar puslapyje rodomas jūsų dabartinis bandymas.
err-quiz-passed = Šį testą jau išlaikėte.
err-quiz-no-attempts = Išnaudojote visus šio testo bandymus.
err-quiz-cooling-down = Prieš kitą bandymą palaukite kelias minutes.
err-lesson-locked = Ši pamoka atsidarys, kai baigsite ankstesnes pamokas.

## Pažymėjimai
certificate-title = Pažymėjimas
certificate-check = Patikrinti pažymėjimą
certificate-code = Pažymėjimo kodas
certificate-code-hint = 12 raidžių ir skaitmenų, kaip nurodyta pažymėjime, pvz., ABCD-EFGH-JKMN.
certificate-check-submit = Tikrinti
err-certificate-code = Pažymėjimo kodą sudaro 12 raidžių ir skaitmenų (be 0, O, 1, I ir L), pvz., ABCD-EFGH-JKMN.
err-certificate-unknown = Pažymėjimo su šiuo kodu nėra. Patikrinkite kodą, kaip jis nurodytas pažymėjime.
certificate-valid = Šis pažymėjimas galioja: jį išdavė PPI Hub, ir jis nėra atšauktas.
certificate-revoked = Šis pažymėjimas atšauktas { $date }
certificate-withdrawn-note = Šį pažymėjimą paslėpėte nuo viešos prieigos: šį puslapį matote tik jūs. Kitiems, kurie atidaro jo kodą, pranešama, kad pažymėjimo su tokiu kodu nėra.
certificate-certifies = Šiuo pažymėjimu patvirtinama, kad
certificate-completed = baigė kursą
certificate-hours = Mokymosi trukmė (val.)
certificate-date = Baigimo data
certificate-band = Rezultatas
certificate-band-completed = Baigta
certificate-band-pass = Išlaikyta
certificate-band-merit = Išlaikyta gerai (ne mažiau kaip 75 % teisingų atsakymų į testų klausimus)
certificate-band-distinction = Išlaikyta su pagyrimu (ne mažiau kaip 90 % teisingų atsakymų į testų klausimus)
certificate-issuer = Išdavė
certificate-qr-alt = Šio pažymėjimo puslapio QR kodas
certificate-to-course = Apie kursą
certificate-yours = Jūsų pažymėjimas
certificate-open = Atidaryti savo pažymėjimą
certificate-sign-in = Prisijunkite arba susikurkite paskyrą, kad gautumėte pažymėjimą: jame nurodomas jūsų vardas ir pavardė.
certificate-share = Bendrinkite šio puslapio adresą arba jį atspausdinkite (QR kodas veda atgal čia).
certificate-download-pdf = Atsisiųsti PDF spausdinimui
certificate-pdf-check = Patikrinkite, ar pažymėjimas tikras: nuskenuokite QR kodą arba atverkite šį adresą. Puslapyje matyti, ar jis vis dar galioja.
certificate-download-badge = Atsisiųsti kaip skaitmeninį ženklelį (Open Badges 3.0)
certificate-badge-hint = Elektroniniu parašu pasirašytas įrodymas, kurį galite įkelti į skaitmeninę piniginę; bet kuris tikrintojas gali jį patikrinti pagal paskelbtą PPI Hub raktą.
certificate-withdraw = Paslėpti nuo viešos prieigos
certificate-restore = Vėl rodyti viešai
certificate-revoke = Atšaukti šį pažymėjimą (moderatoriams)
certificate-revoke-reason = Priežastis, kuri bus rodoma pažymėjime
certificate-revoke-hint = Iki { $max } simbolių.
certificate-revoke-submit = Atšaukti
notice-certificate-withdrawn = Jūsų pažymėjimas nebėra viešas.
notice-certificate-restored = Jūsų pažymėjimas vėl viešas.
notice-certificate-revoked = Pažymėjimas atšauktas.

## Pasirengimo įsivertinimas
readiness-title = Kiek jūsų institucija pasirengusi inovatyviems viešiesiems pirkimams?
readiness-intro = Įvertinkite { $count ->
    [one] { $count } teiginį
    [few] { $count } teiginius
    [many] { $count } teiginio
   *[other] { $count } teiginių
} apie savo instituciją šešiose srityse – nuo strategijos iki rezultatų matavimo. Gausite kiekvienos srities rezultatą, silpniausioms sritims skirtus patarimus su nuorodomis į kursus, medžiagą ir atvejus, pokytį nuo paskutinio įsivertinimo ir, kai atsakys bent penkios kitos institucijos, palyginimą su jūsų šalies ir to paties tipo institucijomis. Tai užtrunka apie 10 minučių. Jūsų atsakymus mato tik jūsų institucijos darbuotojai.
readiness-who = Į įsivertinimo klausimus atsako platformoje užsiregistravusių viešojo sektoriaus institucijų darbuotojai. Kad galėtumėte atsakyti, prisijunkite su paskyra, susieta su jūsų institucija.
readiness-history = Ankstesni jūsų institucijos įsivertinimai
readiness-submit = Žiūrėti mūsų rezultatus
readiness-result-title = Jūsų pasirengimas inovatyviems viešiesiems pirkimams
readiness-result-of = Įsivertinimo data: { $date }
readiness-chart-title = Rezultatas pagal sritis nuo 0 iki 100 %
readiness-table-caption = Rezultatai pagal sritis, pokytis nuo ankstesnio įsivertinimo ir kitų institucijų vidurkis
readiness-dimension = Sritis
readiness-score = Rezultatas
readiness-change = Pokytis (procentiniais punktais)
readiness-country = Jūsų šalies institucijos
readiness-type = To paties tipo institucijos
readiness-too-few = Kol kas atsakė mažiau nei penkios kitos jūsų šalies ar to paties tipo institucijos, todėl palyginimas nerodomas: taip iš jo negalima nustatyti jokios institucijos atsakymų.
readiness-peers-note = Tamsi žymė ant juostos rodo kitų jūsų šalies institucijų (ne mažiau kaip penkių) naujausių atsakymų vidurkį.
readiness-advice = Nuo ko pradėti
readiness-again = Atsakyti dar kartą
err-readiness-unanswered = Pasirinkite vieną iš penkių atsakymų.
err-readiness-step = Pasirinkite vieną iš penkių pateiktų atsakymų.
err-readiness-incomplete = Į kai kuriuos teiginius dar neatsakyta: jie pažymėti žemiau. Kiti jūsų atsakymai išsaugoti.

## Jūsų mokymasis: pasirinkimai, įrašai, kolegos
course-settings = Jūsų mokymosi nustatymai
course-settings-hide = Slėpti mano kursų pažangą nuo kolegų
course-settings-reminders = Priminti man el. paštu, jei pradėtame kurse 7 dienas nėra pažangos
course-settings-save = Išsaugoti nustatymus
notice-course-settings-saved = Jūsų mokymosi nustatymai išsaugoti.
course-records = Atsisiųsti mano mokymosi įrašus (xAPI)
course-records-hint = Po vieną xAPI įrašą eilutėje – jūsų organizacijos mokymosi valdymo sistemai.
course-team-title = Jūsų kolegų kursai
course-team-intro = Kursai, kuriuos pradėjo jūsų organizacijos darbuotojai: kas juos baigė ir kur mokymasis nutrūksta. Kolegos, kurie slepia savo pažangą, nerodomi.
course-team-none = Dar niekas iš jūsų organizacijos nepradėjo jokio kurso.
course-team-csv = Atsisiųsti CSV formatu
course-team-summary = Pradėjo: { $started }, baigė: { $completed }.
course-team-stop = Kur mokymasis nutrūksta: „{ $lesson }“ ({ $count }).
course-team-person = Asmuo
course-team-progress = Pažanga
course-team-last = Paskutinė veikla
course-team-completed = Baigta

## Priminimas po 7 neaktyvumo dienų
mail-course-reminder-subject = Jūsų kursas jūsų laukia: { $course }
mail-course-reminder-body =
    Sveiki, { $name },

    Kurso „{ $course }“ netęsėte jau savaitę. Tęskite nuo ten, kur sustojote:
    { $link }

    Šiuos priminimus galite išjungti savo mokymosi nustatymuose:
    { $settings }

    PPI Hub
