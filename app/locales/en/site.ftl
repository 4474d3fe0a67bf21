## Home
home-tagline = innovative public procurement
home-title = Buy innovation together
home-lead = PPI Hub is where public buyers and innovative companies around the Baltic Sea meet, publish and find tenders, and learn how to procure innovation.
home-buyers-heading = For public buyers
home-buyers-1 = Publish tenders above and below the EU thresholds, with open data.
home-buyers-2 = Meet suppliers you would not otherwise have met.
home-buyers-3 = Find public bodies in other countries to procure with.
home-buyers-4 = Learn from completed innovative procurements and self-study courses.
home-suppliers-heading = For suppliers
home-suppliers-1 = Create a profile that buyers across the region can find.
home-suppliers-2 = Find the tenders that fit your company and get alerts.
home-suppliers-3 = Ask buyers questions before you bid.
home-suppliers-4 = Show what is new in your offer.
home-status-heading = What works today
home-status-text = Accounts for public buyers and suppliers with verified public bodies; tenders with search, questions, alerts and OCDS open data; the supplier directory with matchmaking; partner posts and messages between organisations; all in seven languages. The knowledge centre, courses and the assistant follow.

## Sections not built yet

## Accessibility statement
a11y-title = Accessibility statement
a11y-intro = PPI Hub is committed to making its website accessible, in accordance with Directive (EU) 2016/2102 and the national laws that implement it. This statement applies to the whole PPI Hub platform.
a11y-status-heading = Compliance status
a11y-status = We aim to conform fully with WCAG 2.1 level AA (the harmonised standard EN 301 549). Every page is tested automatically with axe-core against WCAG 2.1 A and AA, at desktop and phone widths, on every change.
a11y-how-heading = What we do
a11y-how-1 = Every page works with a keyboard alone, and the focus is always visible.
a11y-how-2 = Every page works without JavaScript; forms explain errors next to the field and keep what you typed.
a11y-how-3 = Pages adapt from 360-pixel phones to wide screens and to 200% zoom.
a11y-how-4 = The interface is available in English, Danish, German, Estonian, Finnish, Latvian and Lithuanian.
a11y-limits-heading = Known limitations
a11y-limits = The region list on the buyer sign-up form is long; type the start of the region code or name to jump to it. Automated tests cannot find every problem, so we also welcome your reports.
a11y-feedback-heading = Feedback and contact
a11y-feedback = If you meet a barrier, or need information in another format, write to us. We answer within 10 working days.
a11y-enforcement-heading = Enforcement procedure
a11y-enforcement = If our answer does not satisfy you, you can turn to the monitoring body for web accessibility in your country (in Denmark, for example, the Agency for Digital Government).
a11y-prepared = This statement was prepared in November 2026 and is reviewed with every release.

## Privacy
privacy-title = Privacy
privacy-intro = PPI Hub stores only what it needs to run the platform for you, under the EU General Data Protection Regulation.
privacy-what-heading = What we store
privacy-what-1 = Your name, e-mail address and chosen interface language.
privacy-what-2 = Your organisation: its name, country, and for public bodies the type and region.
privacy-what-3 = Your password only as an argon2id hash, which cannot be turned back into the password.
privacy-what-4 = The e-mails the platform sent you (confirmation links, notices).
privacy-cookies-heading = Cookies
privacy-cookies = We use two cookies, both strictly necessary: a session cookie while you are signed in, and one that remembers your language. No tracking, no advertising, no third parties.
privacy-rights-heading = Your rights
privacy-rights = On your account page you can see and correct your data, download all of it as a file (Articles 15 and 20 GDPR) and delete your account (Article 17 GDPR).
privacy-contact-heading = Contact
privacy-contact = For questions about your data, write to us:
