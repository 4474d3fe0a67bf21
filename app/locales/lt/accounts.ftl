## Registracija ir prisijungimas
signup-title = Registracija
signup-intro = Susikurkite nemokamą paskyrą. Pasirinkite jums tinkamą paskyros tipą.
signup-buyer-heading = Perku viešojo sektoriaus institucijai
signup-buyer-text = Savivaldybės, regionai, agentūros, ministerijos ir komunalinių paslaugų įmonės. Prieš jums skelbiant pirkimus, moderatorius patikrina jūsų instituciją.
signup-buyer-action = Registruotis kaip perkančioji organizacija
signup-supplier-heading = Parduodu viešajam sektoriui
signup-supplier-text = Įvairaus dydžio įmonės, ypač mažos ir vidutinės.
signup-supplier-action = Registruotis kaip tiekėjas
signup-have-account = Jau turite paskyrą?
signup-buyer-title = Perkančiosios organizacijos registracija
signup-buyer-explain = Papasakokite apie save ir savo instituciją. Kai patvirtinsite el. pašto adresą, moderatorius patikrins instituciją.
signup-supplier-title = Tiekėjo registracija
signup-supplier-explain = Papasakokite apie save ir savo įmonę. Įmonės profilį užpildysite prisijungę.
signup-submit = Sukurti paskyrą
signin-title = Prisijungimas
signin-submit = Prisijungti
signin-forgot = Pamiršote slaptažodį?
signin-no-account = Dar neturite paskyros?
forgot-title = Pamirštas slaptažodis
forgot-intro = Įveskite savo el. pašto adresą ir mes atsiųsime nuorodą naujam slaptažodžiui pasirinkti. Nuoroda veikia vieną kartą ir vieną valandą.
forgot-submit = Siųsti nuorodą
reset-title = Naujo slaptažodžio pasirinkimas
reset-submit = Išsaugoti naują slaptažodį
reset-invalid = Ši nuoroda netinkama arba nebegalioja.
reset-ask-again = Prašyti naujos nuorodos

## Paskyra
account-title = Mano paskyra
account-you = Apie jus
account-role = Vaidmuo
account-since = Paskyra sukurta
account-staff-note = Šioje platformoje moderuojate viešojo sektoriaus institucijas.
account-organisation = Jūsų organizacija
account-verification = Patvirtinimas
verification-pending = Laukiama moderatoriaus patikrinimo. Pirkimus galėsite skelbti, kai jūsų institucija bus patvirtinta.
verification-verified = Patvirtinta
verification-rejected = Nepatvirtinta: { $reason }
account-edit = Redaguoti duomenis
account-save = Išsaugoti
account-change-email = Keisti el. pašto adresą
account-change-email-intro = Nuorodą išsiųsime naujuoju adresu. Pakeitimas įsigalios, kai ją atidarysite.
account-change-password = Keisti slaptažodį
account-data = Jūsų duomenys
account-data-intro = Atsisiųskite viską, ką apie jus saugome, JSON failu.
account-data-download = Atsisiųsti mano duomenis
account-delete = Ištrinti paskyrą
account-delete-intro = Jūsų paskyra ir asmens duomenys bus ištrinti visam laikui. Jūsų organizacija liks, jei ja naudojasi kolegos.
account-delete-confirm = Suprantu, kad šio veiksmo atšaukti negalima.
account-delete-submit = Ištrinti mano paskyrą
role-buyer = Perkančioji organizacija
role-supplier = Tiekėjas
role-moderator = Moderatorius
role-admin = Administratorius

## Moderavimas
moderation-title = Tikrintinos viešojo sektoriaus institucijos
moderation-intro = Patikrinkite, ar kiekviena institucija yra perkančioji organizacija ir ar asmuo joje dirba, tada ją patvirtinkite arba atmeskite.
moderation-empty = Patvirtinimo nelaukia nė viena institucija.
moderation-count = { $count ->
    [one] { $count } viešojo sektoriaus institucija laukia patvirtinimo.
    [few] { $count } viešojo sektoriaus institucijos laukia patvirtinimo.
    [many] { $count } viešojo sektoriaus institucijos laukia patvirtinimo.
   *[other] { $count } viešojo sektoriaus institucijų laukia patvirtinimo.
}
moderation-contact = Kontaktinis asmuo
moderation-registered = Registracijos data
moderation-decision = Sprendimas
moderation-verify = Patvirtinti
moderation-reject = Atmesti
moderation-reason = Priežastis
moderation-submit = Išsaugoti sprendimą

## El. laiškai
mail-verify-subject = Patvirtinkite savo el. pašto adresą PPI Hub platformoje
mail-verify-body =
    Sveiki, { $name },

    Patvirtinkite savo el. pašto adresą atidarę šią nuorodą (ji galioja 48 valandas):

    { $link }

    Jei PPI Hub platformoje nesiregistravote, šio laiško nepaisykite.
mail-account-exists-subject = Kažkas bandė užsiregistruoti PPI Hub platformoje jūsų adresu
mail-account-exists-body =
    Sveiki, { $name },

    Kažkas bandė sukurti PPI Hub paskyrą šiuo el. pašto adresu, nors juo jau užregistruota paskyra. Jei tai buvote jūs, prisijunkite čia. Jei pamiršote slaptažodį, pasirinkite „Pamiršote slaptažodį?“:

    { $link }

    Jei tai buvote ne jūs, nieko daryti nereikia.
mail-reset-subject = Pasirinkite naują PPI Hub slaptažodį
mail-reset-body =
    Sveiki, { $name },

    Atidarykite šią nuorodą ir pasirinkite naują slaptažodį (ji veikia vieną kartą ir vieną valandą):

    { $link }

    Jei to neprašėte, šio laiško nepaisykite – jūsų slaptažodis liks nepakeistas.
mail-password-changed-subject = Jūsų PPI Hub slaptažodis pakeistas
mail-password-changed-body =
    Sveiki, { $name },

    Jūsų PPI Hub paskyros slaptažodis ką tik buvo pakeistas. Jei tai buvote ne jūs, nedelsdami atkurkite slaptažodį ir susisiekite su mumis.

    { $link }
mail-change-email-subject = Patvirtinkite naują el. pašto adresą PPI Hub platformoje
mail-change-email-body =
    Sveiki, { $name },

    Atidarykite šią nuorodą, kad šis adresas taptų jūsų PPI Hub paskyros adresu (ji galioja 24 valandas):

    { $link }

    Jei to neprašėte, šio laiško nepaisykite.
mail-email-changed-subject = Jūsų PPI Hub el. pašto adresas pakeistas
mail-email-changed-body =
    Sveiki, { $name },

    Jūsų PPI Hub paskyroje dabar naudojamas adresas { $email }. Jei tai buvote ne jūs, nedelsdami susisiekite su mumis.
mail-body-verified-subject = Institucija { $body } patvirtinta PPI Hub platformoje
mail-body-verified-body =
    Sveiki, { $name },

    Moderatorius patvirtino instituciją { $body }. Dabar galite skelbti pirkimus PPI Hub platformoje.

    { $link }
mail-body-rejected-subject = Institucijos { $body } nepavyko patvirtinti PPI Hub platformoje
mail-body-rejected-body =
    Sveiki, { $name },

    Moderatorius negalėjo patvirtinti, kad { $body } yra viešojo sektoriaus institucija. Nurodyta priežastis:

    { $reason }

    Jei manote, kad tai klaida, atsakykite į šį laišką.
