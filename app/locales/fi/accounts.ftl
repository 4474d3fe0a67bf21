## Rekisteröityminen ja kirjautuminen
signup-title = Rekisteröidy
signup-intro = Luo maksuton tili. Valitse sinulle sopiva tilityyppi.
signup-buyer-heading = Hankin julkiselle organisaatiolle
signup-buyer-text = Kunnat, hyvinvointialueet, virastot, ministeriöt sekä vesi-, energia- ja liikennelaitokset. Moderaattori varmentaa julkisen organisaatiosi ennen kuin voit julkaista tarjouspyyntöjä.
signup-buyer-action = Rekisteröidy julkiseksi hankkijaksi
signup-supplier-heading = Myyn julkiselle sektorille
signup-supplier-text = Kaikenkokoiset yritykset, erityisesti pienet ja keskisuuret.
signup-supplier-action = Rekisteröidy toimittajaksi
signup-have-account = Onko sinulla jo tili?
signup-buyer-title = Rekisteröidy julkiseksi hankkijaksi
signup-buyer-explain = Kerro meille itsestäsi ja julkisesta organisaatiostasi. Kun olet vahvistanut sähköpostiosoitteesi, moderaattori varmentaa organisaation.
signup-supplier-title = Rekisteröidy toimittajaksi
signup-supplier-explain = Kerro meille itsestäsi ja yrityksestäsi. Täydennät yritysprofiilin, kun olet kirjautunut sisään.
signup-submit = Luo tili
signin-title = Kirjaudu sisään
signin-submit = Kirjaudu sisään
signin-forgot = Unohditko salasanasi?
signin-no-account = Eikö sinulla ole vielä tiliä?
forgot-title = Unohtunut salasana
forgot-intro = Anna sähköpostiosoitteesi, niin lähetämme sinulle linkin, jolla voit valita uuden salasanan. Linkki toimii kerran ja tunnin ajan.
forgot-submit = Lähetä linkki
reset-title = Valitse uusi salasana
reset-submit = Tallenna uusi salasana
reset-invalid = Linkki on virheellinen tai vanhentunut.
reset-ask-again = Pyydä uusi linkki

## Tili
account-title = Oma tili
account-you = Omat tiedot
account-role = Rooli
account-since = Jäsen alkaen
account-staff-note = Moderoit julkisia organisaatioita tällä alustalla.
account-organisation = Organisaatiosi
account-verification = Varmennus
verification-pending = Odottaa moderaattoria. Voit julkaista tarjouspyyntöjä, kun julkinen organisaatiosi on varmennettu.
verification-verified = Varmennettu
verification-rejected = Ei varmennettu: { $reason }
account-edit = Muokkaa tietojasi
account-save = Tallenna
account-change-email = Vaihda sähköpostiosoite
account-change-email-intro = Lähetämme linkin uuteen osoitteeseen. Muutos tulee voimaan, kun avaat linkin.
account-change-password = Vaihda salasana
account-data = Tallennetut tietosi
account-data-intro = Lataa kaikki sinusta tallentamamme tiedot JSON-tiedostona.
account-data-download = Lataa tietoni
account-delete = Poista tili
account-delete-intro = Tämä poistaa tilisi ja henkilötietosi pysyvästi. Organisaatiosi säilyy, jos kollegasi käyttävät sitä.
account-delete-confirm = Ymmärrän, että tätä ei voi perua.
account-delete-submit = Poista tilini
role-buyer = Julkinen hankkija
role-supplier = Toimittaja
role-moderator = Moderaattori
role-admin = Ylläpitäjä

## Moderointi
moderation-title = Varmennettavat julkiset organisaatiot
moderation-intro = Tarkista, että kukin organisaatio on hankintayksikkö ja että henkilö kuuluu siihen. Varmenna tai hylkää organisaatio sen jälkeen.
moderation-empty = Yksikään julkinen organisaatio ei odota.
moderation-count = { $count ->
    [one] { $count } julkinen organisaatio odottaa.
   *[other] { $count } julkista organisaatiota odottaa.
}
moderation-contact = Yhteyshenkilö
moderation-registered = Rekisteröity
moderation-decision = Päätös
moderation-verify = Varmenna
moderation-reject = Hylkää
moderation-reason = Perustelu
moderation-submit = Tallenna päätös

## Sähköpostit
mail-verify-subject = PPI Hub: vahvista sähköpostiosoitteesi
mail-verify-body =
    Hei { $name },

    Vahvista sähköpostiosoitteesi avaamalla tämä linkki (se toimii 48 tuntia):

    { $link }

    Jos et rekisteröitynyt PPI Hub -palveluun, voit jättää tämän viestin huomiotta.
mail-account-exists-subject = PPI Hub: osoitteellasi yritettiin rekisteröityä
mail-account-exists-body =
    Hei { $name },

    Joku yritti luoda PPI Hub -tilin tällä sähköpostiosoitteella, vaikka osoitteella on jo tili. Jos se olit sinä, kirjaudu sisään tästä. Jos olet unohtanut salasanasi, valitse ”Unohditko salasanasi?”:

    { $link }

    Jos se et ollut sinä, sinun ei tarvitse tehdä mitään.
mail-reset-subject = PPI Hub: valitse uusi salasana
mail-reset-body =
    Hei { $name },

    Avaa tämä linkki ja valitse uusi salasana (linkki toimii kerran ja tunnin ajan):

    { $link }

    Jos et pyytänyt tätä, voit jättää viestin huomiotta. Salasanasi pysyy ennallaan.
mail-password-changed-subject = PPI Hub: salasanasi on vaihdettu
mail-password-changed-body =
    Hei { $name },

    PPI Hub -tilisi salasana vaihdettiin juuri. Jos se et ollut sinä, vaihda salasanasi heti ja ota meihin yhteyttä.

    { $link }
mail-change-email-subject = PPI Hub: vahvista uusi sähköpostiosoitteesi
mail-change-email-body =
    Hei { $name },

    Avaa tämä linkki, niin tästä osoitteesta tulee PPI Hub -tilisi osoite (linkki toimii 24 tuntia):

    { $link }

    Jos et pyytänyt tätä, voit jättää viestin huomiotta.
mail-email-changed-subject = PPI Hub: sähköpostiosoitteesi on vaihdettu
mail-email-changed-body =
    Hei { $name },

    PPI Hub -tilisi käyttää nyt osoitetta { $email }. Jos se et ollut sinä, ota meihin heti yhteyttä.
mail-body-verified-subject = PPI Hub: { $body } on varmennettu
mail-body-verified-body =
    Hei { $name },

    Moderaattori on varmentanut organisaation { $body }. Voit nyt julkaista tarjouspyyntöjä PPI Hub -palvelussa.

    { $link }
mail-body-rejected-subject = PPI Hub: organisaatiota { $body } ei voitu varmentaa
mail-body-rejected-body =
    Hei { $name },

    Moderaattori ei voinut varmentaa organisaatiota { $body } julkiseksi organisaatioksi. Annettu perustelu:

    { $reason }

    Vastaa tähän viestiin, jos mielestäsi kyseessä on virhe.
