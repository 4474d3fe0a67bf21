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
