## Forside
home-tagline = innovative offentlige indkøb
home-title = Køb innovation sammen
home-lead = PPI Hub er stedet, hvor offentlige indkøbere og innovative virksomheder omkring Østersøen mødes, offentliggør og finder udbud og lærer, hvordan man køber innovation.
home-buyers-heading = For offentlige indkøbere
home-buyers-1 = Offentliggør udbud over og under EU-tærskelværdierne – med åbne data.
home-buyers-2 = Mød leverandører, du ellers ikke ville have mødt.
home-buyers-3 = Find offentlige myndigheder i andre lande, som I kan lave fælles indkøb med.
home-buyers-4 = Lær af gennemførte innovative indkøb og på selvstudiekurser.
home-suppliers-heading = For leverandører
home-suppliers-1 = Opret en profil, som indkøbere i hele regionen kan finde.
home-suppliers-2 = Find de udbud, der passer til din virksomhed, og få besked om nye.
home-suppliers-3 = Stil spørgsmål til indkøberne, før du afgiver tilbud.
home-suppliers-4 = Vis, hvad der er nyt i dine produkter og ydelser.
home-status-heading = Det virker allerede
home-status-text = Konti til offentlige indkøbere og leverandører med verificerede offentlige myndigheder; udbud med søgning, spørgsmål, påmindelser og åbne data i OCDS; leverandørkataloget med matchmaking; partneropslag og beskeder mellem organisationer; alt på syv sprog. Videncentret, kurserne og assistenten kommer senere.

## Dele, der ikke er bygget endnu

## Tilgængelighedserklæring
a11y-title = Tilgængelighedserklæring
a11y-intro = PPI Hub arbejder for at gøre sit websted tilgængeligt i overensstemmelse med direktiv (EU) 2016/2102 og de nationale love, der gennemfører det. Denne erklæring gælder for hele PPI Hub-platformen.
a11y-status-heading = Overholdelsesstatus
a11y-status = Vi stræber efter fuld overensstemmelse med WCAG 2.1 niveau AA (den harmoniserede standard EN 301 549). Ved hver ændring testes hver side automatisk med axe-core efter WCAG 2.1 A og AA i både computer- og mobilbredde.
a11y-how-heading = Det gør vi
a11y-how-1 = Alle sider kan betjenes med tastaturet alene, og fokus er altid synligt.
a11y-how-2 = Alle sider virker uden JavaScript. Formularer forklarer fejl ved feltet og beholder det, du har skrevet.
a11y-how-3 = Siderne tilpasser sig alt fra mobiler med en bredde på 360 pixel til brede skærme og zoom på 200 %.
a11y-how-4 = Brugerfladen findes på engelsk, dansk, tysk, estisk, finsk, lettisk og litauisk.
a11y-limits-heading = Kendte begrænsninger
a11y-limits = Listen over regioner i oprettelsesformularen for indkøbere er lang. Skriv begyndelsen af regionens kode eller navn for at springe direkte til den. Automatiske test kan ikke finde alle problemer, så vi tager også gerne imod dine henvendelser.
a11y-feedback-heading = Feedback og kontakt
a11y-feedback = Hvis du støder på en barriere eller har brug for information i et andet format, så skriv til os. Vi svarer inden for 10 arbejdsdage.
a11y-enforcement-heading = Klagemulighed
a11y-enforcement = Hvis du ikke er tilfreds med vores svar, kan du henvende dig til den myndighed, der fører tilsyn med webtilgængelighed i dit land. I Danmark er det Digitaliseringsstyrelsen.
a11y-prepared = Erklæringen blev udarbejdet i november 2026 og gennemgås ved hver ny version.

## Privatlivspolitik
privacy-title = Privatlivspolitik
privacy-intro = PPI Hub gemmer kun det, der er nødvendigt for at drive platformen for dig, i overensstemmelse med EU's databeskyttelsesforordning (GDPR).
privacy-what-heading = Det gemmer vi
privacy-what-1 = Dit navn, din e-mailadresse og det sprog, du har valgt til brugerfladen.
privacy-what-2 = Din organisation: navn, land og for offentlige myndigheder også type og region.
privacy-what-3 = Din adgangskode, men kun som en argon2id-hash, der ikke kan omdannes til adgangskoden igen.
privacy-what-4 = De e-mails, platformen har sendt dig (bekræftelseslinks, meddelelser).
privacy-cookies-heading = Cookies
privacy-cookies = Vi bruger to cookies, som begge er strengt nødvendige: en sessionscookie, mens du er logget ind, og en, der husker dit sprog. Ingen sporing, ingen reklamer, ingen tredjeparter.
privacy-rights-heading = Dine rettigheder
privacy-rights = På din kontoside kan du se og rette dine data, downloade dem alle som en fil (artikel 15 og 20 i databeskyttelsesforordningen/GDPR) og slette din konto (artikel 17 i databeskyttelsesforordningen/GDPR).
privacy-contact-heading = Kontakt
privacy-contact = Har du spørgsmål om dine data, så skriv til os:
