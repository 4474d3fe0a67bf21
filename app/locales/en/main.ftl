## Formats
format-date = { $day } { $month } { $year }
format-datetime = { $date }, { $time } UTC
format-datetime-zoned = { $date }, { $time }
format-group-separator = ,
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Page frame
skip-to-content = Skip to content
nav-label = Main
nav-tenders = Tenders
nav-suppliers = Suppliers
nav-knowledge = Knowledge
nav-courses = Courses
nav-assistant = Assistant
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-sign-out = Sign out
nav-account = My account
nav-moderation = Moderation
nav-outbox = Outbox
language-label = Language
footer-tagline = PPI Hub – innovative public procurement in the Baltic Sea region.
footer-accessibility = Accessibility statement
footer-privacy = Privacy
choose = Choose…

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
home-status-text = Accounts for public buyers and suppliers, verification of public bodies, and the interface in seven languages. Tenders, the supplier directory, the knowledge centre, courses and the assistant follow.

## Sections not built yet
upcoming-not-yet = This section is not available yet.
upcoming-tenders = Here verified public buyers will publish tenders, and suppliers will search them by text, CPV code, region and EU threshold.
upcoming-suppliers = Here buyers will find suppliers by what they offer and where they work.
upcoming-knowledge = Here you will find completed innovative procurements and practical materials.
upcoming-courses = Here you will take self-study courses on innovative procurement and track your progress.
upcoming-assistant = Here an assistant will answer questions about innovative procurement from the knowledge centre, citing its sources.

## Forms
field-optional = (optional)
field-name = Your name
field-email = E-mail address
field-password = Password
field-new-password = New password
field-current-password = Current password
field-new-email = New e-mail address
field-public-body = Public body
field-company = Company name
field-organisation-name = Name
field-country = Country
field-body-type = Type of public body
field-nuts = Region (NUTS)
field-registration-number = Business registration number
hint-password = At least 12 characters. A few unrelated words make a strong password.
hint-body-type = This decides which EU thresholds apply to your tenders.
hint-nuts = Where your public body is based. Choose the most precise region you can.
hint-registration-number = As in the business register of the country you chose, e.g. HRB 12345 in Germany. We check it by that country's rules.
hint-moderation-reason = Needed when you reject: the buyer receives it by e-mail.

## Errors at fields
err-required = Please fill in this field.
err-email-invalid = Enter an e-mail address such as name@example.com.
err-password-short = The password must have at least 12 characters.
err-password-long = The password can have at most 256 characters.
err-password-common = This password is among the most common ones. Choose another.
err-too-long = This is too long.
err-control-chars = Remove the invisible control characters.
err-choice = Choose one of the options.
err-nuts-invalid = Choose a region from the list.
err-nuts-country = This region is not in the country you chose.
err-nuts-unknown = This region does not exist. Choose one from the list.
err-registration-invalid = Use the number as the business register writes it: letters, digits, spaces and - / .
err-registration-format-dk = A Danish CVR number has 8 digits and does not start with 0.
err-registration-format-de = Enter the register number, e.g. HRB 12345 (or HRA, GnR, PR, VR, GsR), or the VAT ID: DE and 9 digits.
err-registration-format-ee = An Estonian registry code has 8 digits.
err-registration-format-fi = A Finnish Business ID has 7 digits, a dash and a check digit, e.g. 1234567-1.
err-registration-format-lv = A Latvian registration number has 11 digits.
err-registration-format-lt = A Lithuanian company code has 9 digits.
err-registration-format-no = A Norwegian organisation number has 9 digits.
err-registration-format-se = A Swedish organisation number has 10 digits, e.g. 556123-4567.
err-registration-checksum = The check digit does not match. Please look for a typing error.
err-registration-se-entity = This looks like a Swedish personal identity number. In a company's organisation number the third digit is 2 or higher.
err-confirm-delete = Tick the box to confirm.
err-credentials = The e-mail address or the password is wrong.
err-password-wrong = The password is wrong.
err-email-unverified = Please confirm your e-mail address first. We have sent you a new link.
err-rate-limited = Too many attempts. Wait a few minutes and try again.
err-network = The server could not be reached. Check your connection and try again.
err-link-invalid = This link is invalid or has expired. Ask for a new one.

## Notices after an action
notice-signed-out = You have signed out.
notice-signup-sent = Thank you. We have sent a link to your e-mail address: open it to confirm the address, then sign in.
notice-email-verified = Your e-mail address is confirmed. You can sign in now.
notice-reset-sent = If an account uses that address, we have sent it a link to choose a new password.
notice-password-reset = Your new password is set. Sign in with it.
notice-password-changed = Your password is changed. Other sessions have been signed out.
notice-email-change-sent = We have sent a link to the new address. Your address changes when you open it.
notice-email-changed = Your e-mail address is changed.
notice-profile-saved = Your details are saved.
notice-account-deleted = Your account and your personal data are deleted.
notice-decision-saved = The decision is saved and the buyer has been told.
notice-link-invalid = This link is invalid or has expired. Ask for a new one.

## Sign-up and sign-in
signup-title = Sign up
signup-intro = Create a free account. Choose the kind that fits you.
signup-buyer-heading = I buy for a public body
signup-buyer-text = Municipalities, regions, agencies, ministries and utilities. A moderator verifies your public body before you publish tenders.
signup-buyer-action = Sign up as a public buyer
signup-supplier-heading = I sell to the public sector
signup-supplier-text = Companies of every size, above all small and medium-sized ones.
signup-supplier-action = Sign up as a supplier
signup-have-account = Already have an account?
signup-buyer-title = Sign up as a public buyer
signup-buyer-explain = Tell us about yourself and your public body. After you confirm your e-mail address, a moderator verifies the public body.
signup-supplier-title = Sign up as a supplier
signup-supplier-explain = Tell us about yourself and your company. You complete the company profile after signing in.
signup-submit = Create account
signin-title = Sign in
signin-submit = Sign in
signin-forgot = Forgot your password?
signin-no-account = No account yet?
forgot-title = Forgot your password
forgot-intro = Enter your e-mail address and we will send you a link to choose a new password. The link works once, for one hour.
forgot-submit = Send the link
reset-title = Choose a new password
reset-submit = Save the new password
reset-invalid = This link is invalid or has expired.
reset-ask-again = Ask for a new link

## Account
account-title = My account
account-you = You
account-role = Role
account-since = Member since
account-staff-note = You moderate public bodies on this platform.
account-organisation = Your organisation
account-verification = Verification
verification-pending = Waiting for a moderator. You can publish tenders once your public body is verified.
verification-verified = Verified
verification-rejected = Not verified: { $reason }
account-edit = Edit your details
account-save = Save
account-change-email = Change e-mail address
account-change-email-intro = We send a link to the new address; the change takes effect when you open it.
account-change-password = Change password
account-data = Your data
account-data-intro = Download everything we store about you as a JSON file.
account-data-download = Download my data
account-delete = Delete account
account-delete-intro = This deletes your account and your personal data for good. Your organisation stays if colleagues use it.
account-delete-confirm = I understand that this cannot be undone.
account-delete-submit = Delete my account
role-buyer = Public buyer
role-supplier = Supplier
role-moderator = Moderator
role-admin = Administrator

## Moderation
moderation-title = Public bodies to verify
moderation-intro = Check that each body is a contracting authority and that the person belongs to it, then verify or reject it.
moderation-empty = No public body is waiting.
moderation-count = { $count ->
    [one] One public body is waiting.
   *[other] { $count } public bodies are waiting.
}
moderation-contact = Contact
moderation-registered = Registered
moderation-decision = Decision
moderation-verify = Verify
moderation-reject = Reject
moderation-reason = Reason
moderation-submit = Save decision

## Outbox
outbox-title = Outbox
outbox-intro = Every e-mail the platform has sent, newest first. Without an SMTP server, mail stays here.
outbox-empty = No e-mail yet.
outbox-to = To
outbox-when = Created
outbox-status = Status
outbox-status-queued = Queued
outbox-status-sent = Sent
outbox-status-failed = Failed
outbox-status-logged = Kept here (no SMTP server)

## Reference data
country-dk = Denmark
country-ee = Estonia
country-fi = Finland
country-de = Germany
country-lv = Latvia
country-lt = Lithuania
country-no = Norway
country-se = Sweden
body-type-central-government = Central government authority
body-type-regional-local = Regional or local authority
body-type-public-law-body = Body governed by public law
body-type-utility = Utility (water, energy, transport, postal services)

## EU thresholds
threshold-above-works = Above the EU threshold: { $value } is at least the { $threshold } that applies to public works contracts from { $from } to { $to }, so the EU procedures apply and the notice goes to TED.
threshold-below-works = Below the EU threshold: { $value } is less than the { $threshold } that applies to public works contracts from { $from } to { $to }, so the EU procedures do not apply and the notice need not go to TED, though national rules may.
threshold-above-central = Above the EU threshold: { $value } is at least the { $threshold } that applies to supplies and services of central government authorities from { $from } to { $to }, so the EU procedures apply and the notice goes to TED.
threshold-below-central = Below the EU threshold: { $value } is less than the { $threshold } that applies to supplies and services of central government authorities from { $from } to { $to }, so the EU procedures do not apply and the notice need not go to TED, though national rules may.
threshold-above-sub-central = Above the EU threshold: { $value } is at least the { $threshold } that applies to supplies and services of regional and local authorities and bodies governed by public law from { $from } to { $to }, so the EU procedures apply and the notice goes to TED.
threshold-below-sub-central = Below the EU threshold: { $value } is less than the { $threshold } that applies to supplies and services of regional and local authorities and bodies governed by public law from { $from } to { $to }, so the EU procedures do not apply and the notice need not go to TED, though national rules may.
threshold-above-utilities = Above the EU threshold: { $value } is at least the { $threshold } that applies to supplies and services of utilities from { $from } to { $to }, so the EU procedures apply and the notice goes to TED.
threshold-below-utilities = Below the EU threshold: { $value } is less than the { $threshold } that applies to supplies and services of utilities from { $from } to { $to }, so the EU procedures do not apply and the notice need not go to TED, though national rules may.
threshold-above-utilities-works = Above the EU threshold: { $value } is at least the { $threshold } that applies to works contracts of utilities from { $from } to { $to }, so the EU procedures apply and the notice goes to TED.
threshold-below-utilities-works = Below the EU threshold: { $value } is less than the { $threshold } that applies to works contracts of utilities from { $from } to { $to }, so the EU procedures do not apply and the notice need not go to TED, though national rules may.
threshold-above-social = Above the EU threshold: { $value } is at least the { $threshold } that applies to social and other specific services from { $from } to { $to }, so the EU's light regime for these services applies and the notice goes to TED.
threshold-below-social = Below the EU threshold: { $value } is less than the { $threshold } that applies to social and other specific services from { $from } to { $to }, so the EU rules do not apply and the notice need not go to TED, though national rules may.
threshold-above-utilities-social = Above the EU threshold: { $value } is at least the { $threshold } that applies to social and other specific services bought by utilities from { $from } to { $to }, so the EU's light regime for these services applies and the notice goes to TED.
threshold-below-utilities-social = Below the EU threshold: { $value } is less than the { $threshold } that applies to social and other specific services bought by utilities from { $from } to { $to }, so the EU rules do not apply and the notice need not go to TED, though national rules may.

## Error pages
error-home-link = Go to the home page
error-400-title = Something is wrong with the request
error-400-text = The form data could not be read. Go back and try again.
error-403-title = Not allowed
error-403-text = You do not have permission to do this. If you think you should, sign in with the right account.
error-404-title = Page not found
error-404-text = There is no page at this address. Check the address or start from the home page.
error-405-title = Not possible here
error-405-text = This address does not accept that kind of request.
error-413-title = Too large
error-413-text = What you sent is larger than we accept.
error-415-title = Unsupported format
error-415-text = What you sent is in a format we do not accept.
error-429-title = Too many requests
error-429-text = Please wait a few minutes and try again.
error-500-title = Something went wrong
error-500-text = Something went wrong on our side. Please try again in a moment.

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

## E-mails
mail-verify-subject = Confirm your e-mail address for PPI Hub
mail-verify-body =
    Hello { $name },

    please confirm your e-mail address by opening this link (it works for 48 hours):

    { $link }

    If you did not sign up for PPI Hub, ignore this message.
mail-account-exists-subject = Someone tried to sign up with your address on PPI Hub
mail-account-exists-body =
    Hello { $name },

    someone tried to create a PPI Hub account with this e-mail address, which already has one. If it was you, sign in here; if you forgot the password, choose "Forgot your password?":

    { $link }

    If it was not you, you need not do anything.
mail-reset-subject = Choose a new password for PPI Hub
mail-reset-body =
    Hello { $name },

    open this link to choose a new password (it works once, for one hour):

    { $link }

    If you did not ask for this, ignore this message: your password stays as it is.
mail-password-changed-subject = Your PPI Hub password was changed
mail-password-changed-body =
    Hello { $name },

    the password of your PPI Hub account was just changed. If this was not you, reset your password at once and contact us.

    { $link }
mail-change-email-subject = Confirm your new e-mail address for PPI Hub
mail-change-email-body =
    Hello { $name },

    open this link to make this your PPI Hub address (it works for 24 hours):

    { $link }

    If you did not ask for this, ignore this message.
mail-email-changed-subject = Your PPI Hub e-mail address was changed
mail-email-changed-body =
    Hello { $name },

    your PPI Hub account now uses the address { $email }. If this was not you, contact us at once.
mail-body-verified-subject = { $body } is verified on PPI Hub
mail-body-verified-body =
    Hello { $name },

    a moderator has verified { $body }. You can now publish tenders on PPI Hub.

    { $link }
mail-body-rejected-subject = { $body } could not be verified on PPI Hub
mail-body-rejected-body =
    Hello { $name },

    a moderator could not verify { $body } as a public body. The reason given:

    { $reason }

    Reply to this message if you think this is a mistake.

## Tenders

tenders-title = Tenders
tenders-intro = Tenders of public buyers in the Baltic Sea region, above and below the EU thresholds. Search by words, region, CPV code and more.
tenders-mine-title = Your tenders
tenders-mine-empty = Your public body has no tenders yet.
tender-new-title = Publish a tender
tender-new-intro = Save the tender as a draft first; you can check it, then publish it. The EU threshold verdict updates as you enter the value.
tender-edit-title = Edit the draft
tender-amend-title = Amend the tender
tender-amend-intro = This tender is published. Every change you save is shown in its public change history, and followers are told.
tender-save-draft = Save draft
tender-save-amendment = Save amendment
tender-field-title = Title
tender-field-description = Description
tender-field-contract-type = Type of contract
tender-field-procedure = Procedure
tender-field-innovation = Innovation character
tender-field-value = Estimated value
tender-field-currency = Currency
tender-field-value-eur = Estimated value in euros
tender-field-social-services = Social or other specific services
tender-field-notice-url = Official notice (TED or national portal)
tender-field-ted-pending = The notice is being published on TED
tender-field-main-cpv = Main CPV code
tender-field-additional-cpv = Additional CPV codes
tender-field-nuts = Place of performance (NUTS)
tender-field-lots = Lots
tender-field-questions-deadline = Deadline for questions
tender-field-submission-deadline = Deadline for tenders
tender-field-contact-name = Contact person
tender-field-contact-email = Contact e-mail address
tender-field-winner = Winning supplier
tender-field-awarded-value = Contract value
tender-field-cancel-reason = Why the tender is cancelled
hint-tender-description = Markdown: # heading, **bold**, - list, [link](https://…).
hint-tender-innovation = The eForms "procurement of innovation" code (BT-776), if the tender buys something new.
hint-tender-value = Whole amount without VAT, options and renewals included.
hint-tender-value-eur = Needed when the currency is not the euro: the EU thresholds are in euros.
hint-tender-social-services = Services of Annex XIV of Directive 2014/24/EU (health, social, education, cultural services …) have their own, higher threshold.
hint-tender-notice-url = Required above the EU threshold, unless the notice is being published on TED.
hint-tender-cpv = Type a word or the first digits of a code and choose from the list.
hint-tender-additional-cpv = Several codes, separated by commas.
hint-tender-nuts = Type a region's name or code and choose from the list.
hint-tender-lots = One lot per line.
hint-tender-deadline = Local time in { $zone }.
hint-tender-question = Your question is published with the answer; your name and company are not.
picker-search-cpv = Search the CPV list (opens in a new tab)
picker-search-nuts = Search the NUTS regions (opens in a new tab)
innovation-none = Not stated
contract-works = Works
contract-supplies = Supplies
contract-services = Services
procedure-open = Open procedure
procedure-restricted = Restricted procedure
procedure-neg-w-call = Competitive procedure with negotiation
procedure-comp-dial = Competitive dialogue
procedure-innovation = Innovation partnership
procedure-pcp = Pre-commercial procurement
procedure-neg-wo-call = Negotiated without prior publication
procedure-simplified = Simplified below-threshold procedure
procedure-market-consultation = Market consultation / prior information notice
innovation-mar-nov = Novel or significantly improved product, service or process
innovation-proc-innov = Innovative process
innovation-prod-innov = Innovative product or service
innovation-rd-act = Research and development
currency-EUR = Euro (EUR)
currency-DKK = Danish krone (DKK)
currency-SEK = Swedish krona (SEK)
currency-NOK = Norwegian krone (NOK)
status-draft = Draft
status-published = Open
status-closed = Closed
status-awarded = Awarded
status-cancelled = Cancelled
tender-above-threshold = Above the EU threshold
tender-below-threshold = Below the EU threshold
tender-facts = At a glance
tender-buyer = Buyer
tender-contact = Contact
tender-published-on = Published
tender-ted-pending = Being published on TED
tender-add-to-calendar = Add the deadline to your calendar
tender-open-data = Open data: this tender in OCDS
tender-deadline-passed = deadline passed
tender-days-left = { $count } days left
tender-hours-left = { $count ->
    [one] 1 hour left
   *[other] { $count } hours left
}
tender-cancelled-because = This tender is cancelled: { $reason }
tender-awarded-to = Awarded to { $winner } for { $value }.
tender-history = Change history
tender-history-when = When
tender-history-field = What
tender-history-before = Before
tender-history-after = After
tender-questions = Questions and answers
tender-no-questions = No questions answered yet.
tender-question-asked = Question of { $date }
tender-answer = Answer
tender-publish-answer = Publish the answer
tender-ask-heading = Ask the buyer a question
tender-ask-label = Your question
tender-ask-submit = Send the question
tender-sign-in-to-ask = Sign in as a supplier to ask a question
tender-follow-explain = Followers hear by e-mail of amendments and new answers.
tender-follow = Follow this tender
tender-unfollow = Stop following
tender-actions = Actions
tender-your-tender = Your tender
tender-edit = Edit the draft
tender-amend = Amend the tender
tender-publish = Publish
tender-publish-needs-verification = You can publish once a moderator has verified your public body.
tender-close = Close for tenders now
tender-award-heading = Record the award
tender-award = Mark as awarded
tender-cancel-heading = Cancel the tender
tender-cancel = Cancel the tender
body-tenders = Tenders
body-no-tenders = No published tenders yet.
search-label = Search tenders
search-words = Words
search-any = Any
search-cpv = CPV code
hint-search-cpv = A code or its first digits: 45 finds all construction work.
hint-search-nuts = A region code: FI1B finds Helsinki-Uusimaa and its sub-regions.
search-threshold = EU threshold
search-status = Status
search-status-open = Open for tenders
search-status-closed = Closed
search-status-awarded = Awarded
search-status-cancelled = Cancelled
search-status-all = Any status
search-deadline = Deadline for tenders
search-from = From
search-to = To
search-value = Estimated value (EUR)
search-min = At least
search-max = At most
search-sort = Sort by
search-sort-deadline = Deadline, soonest first
search-sort-newest = Newest first
search-sort-value = Value, highest first
search-submit = Search
search-reset = Clear the search
search-count = { $count ->
    [one] 1 tender found
   *[other] { $count } tenders found
}
search-nothing = Nothing matches. Try fewer words or filters.
search-ignored = Some search settings were not understood and are ignored: { $params }.
search-feed = Follow this search in a feed reader (Atom)
search-pages = Result pages
search-previous = Previous page
search-next = Next page
search-page-of = Page { $page } of { $pages }
codes-cpv-title = CPV codes
codes-cpv-intro = Search the Common Procurement Vocabulary by words or by the first digits of a code; copy the code into your form.
codes-nuts-title = NUTS regions
codes-nuts-intro = Search the regions of the countries we serve by name or code; copy the code into your form.
codes-query = Words or code
codes-code = Code
codes-label = Name
codes-count = { $count ->
    [one] 1 match
   *[other] { $count } matches
}
notice-draft-saved = The draft is saved. Check it, then publish it.
notice-tender-published = The tender is published.
notice-tender-amended = The amendment is saved and shown in the change history.
notice-tender-closed = The tender is closed for tenders.
notice-tender-cancelled = The tender is cancelled.
notice-tender-awarded = The award is recorded.
notice-question-sent = Your question is sent. The answer will appear here, and we will e-mail you.
notice-answer-published = The answer is published.
notice-following = You follow this tender.
notice-unfollowed = You no longer follow this tender.
err-amount-invalid = Enter a whole amount in digits, e.g. 250 000.
err-amount-negative = The amount cannot be negative.
err-amount-too-large = This amount is too large.
err-cpv-invalid = A CPV code looks like 45210000-2: eight digits, a dash and a check digit.
err-cpv-unknown = There is no such CPV code. Choose one from the list.
err-datetime-invalid = Enter a date and time.
err-deadline-order = The deadline for tenders must come after the deadline for questions.
err-deadline-past = This deadline has already passed.
err-notice-required = Above the EU threshold, give the official notice's address or tick that it is being published on TED.
err-url-invalid = Enter a web address starting with https://
err-too-many = Too many entries.
err-tender-not-editable = This tender can no longer be changed this way.
err-tender-incomplete = The tender is not ready to publish: edit it and correct what is marked.
err-tender-not-closed = A tender can be awarded once it is closed for tenders.
err-questions-closed = Questions are closed for this tender.
err-already-answered = This question is already answered.
mail-tender-amended-subject = A tender you follow has changed: { $title }
mail-tender-amended-body =
    Hello { $name },

    the buyer has amended "{ $title }". The change history shows what changed:

    { $link }
mail-tender-cancelled-subject = A tender you follow is cancelled: { $title }
mail-tender-cancelled-body =
    Hello { $name },

    the buyer has cancelled "{ $title }". The reason is on the tender's page:

    { $link }
mail-tender-awarded-subject = A tender you follow is awarded: { $title }
mail-tender-awarded-body =
    Hello { $name },

    the buyer has awarded "{ $title }":

    { $link }
mail-tender-answered-subject = New answer on a tender you follow: { $title }
mail-tender-answered-body =
    Hello { $name },

    the buyer has answered a question on "{ $title }":

    { $link }
mail-question-asked-subject = A supplier asked a question: { $title }
mail-question-asked-body =
    Hello { $name },

    a supplier has asked a question on "{ $title }". Answer it on the tender's page; the answer is published for everyone:

    { $link }
mail-question-answered-subject = Your question is answered: { $title }
mail-question-answered-body =
    Hello { $name },

    the buyer has answered your question on "{ $title }":

    { $link }
tender-documents = Documents
tender-no-documents = No documents yet.
tender-upload-label = Add a document
hint-tender-upload = PDF, DOCX, XLSX, ODT, ODS or ZIP, up to { $max } MB. We check the type by the file's content.
tender-upload-submit = Upload
tender-document-delete = Remove { $name }
tender-document-delete-short = Remove
tender-field-documents = Documents
notice-document-added = The document is added.
notice-document-removed = The document is removed.
err-file-required = Choose a file to upload.
err-file-too-large = This file is too large: at most 25 MB.
err-file-type = This file is not a PDF, DOCX, XLSX, ODT, ODS or ZIP document (we check its content, not its name).
saved-title = Your saved searches
saved-intro = New tenders that match a saved search reach you by e-mail once an hour, and in the search's feed.
saved-empty = You have no saved searches yet. Search on the Tenders page, then save the search there.
saved-save-heading = Save this search
saved-explain = New matching tenders will reach you by e-mail.
saved-name = Name of the search
hint-saved-name = So you recognise it in your e-mail.
saved-default-name = My tender search
saved-save = Save the search
saved-since = Saved on { $date }
saved-show = Show the results
saved-delete = Delete
notice-search-saved = The search is saved. New matching tenders will reach you by e-mail.
notice-search-deleted = The search is deleted.
mail-saved-search-digest-subject = { $count ->
    [one] 1 new tender for "{ $search }"
   *[other] { $count } new tenders for "{ $search }"
}
mail-saved-search-digest-body =
    Hello { $name },

    new tenders match your saved search "{ $search }":

    { $list }

    All results: { $link }
search-filters = { $count ->
    [0] Filters
    [one] Filters (1 in use)
   *[other] Filters ({ $count } in use)
}

## Messages
nav-messages = Messages
messages-unread-hidden = unread
messages-title = Messages
messages-intro = Conversations between your organisation and others. Everyone in your organisation can read and answer them.
messages-empty = No conversations yet. To start one, use the contact form on a supplier's profile or a public body's page.
messages-unread = { $count ->
    [one] 1 unread
   *[other] { $count } unread
}
messages-mail-heading = E-mail notices
messages-mail-label = E-mail me about new messages
messages-mail-immediately = At once
messages-mail-daily = Once a day
messages-mail-never = Never
messages-mail-save = Save the setting
messages-send = Send
messages-field-subject = Subject
messages-field-body = Message
messages-field-reply = Your reply
hint-messages-body = Plain text, up to 5,000 characters. Everyone in the other organisation can read it.
messages-with = Conversation with { $org }
messages-thread = Messages
messages-reply-heading = Reply
messages-former-member = Former member
messages-you-blocked = You have blocked { $org }: neither organisation can write in this conversation until you unblock it.
messages-they-blocked = { $org } does not accept messages from your organisation.
messages-block-heading = Block this organisation
messages-block-explain = An organisation you block can no longer write to yours, and yours can no longer write to it. To tell the moderators about a message that breaks the rules, report it.
messages-block = Block { $org }
messages-unblock = Unblock { $org }
messages-report = Report
messages-report-which = the message from { $name }, { $time }
messages-report-reason = Why are you reporting this message?
hint-messages-report = The moderators see this message and your reason, nothing else of the conversation.
messages-report-submit = Send the report
reports-title = Reported messages
reports-empty = No reported messages.
reports-from = Message from { $org }
reports-reporter = Reported by
reports-reason = Reason
reports-when = Reported on
reports-resolve = Resolved
notice-message-sent = Your message is sent.
notice-message-reported = Thank you. The moderators will look at the message.
notice-message-mail-saved = Your e-mail setting for messages is saved.
notice-organisation-blocked = The organisation is blocked. Neither side can send messages now.
notice-organisation-unblocked = The organisation is unblocked.
notice-report-resolved = The report is marked resolved.
err-message-self = You cannot send a message to your own organisation.
err-blocked = Messages between these organisations are blocked.
err-recipient-unavailable = This organisation cannot receive messages.
mail-message-received-subject = New message from { $org }: { $subject }
mail-message-received-body =
    Hello { $name },

    { $org } has written to your organisation on PPI Hub about "{ $subject }".

    Read and answer it here: { $link }

    You can change how often we e-mail you about messages on your Messages page.
mail-messages-daily-subject = { $count ->
    [one] 1 unread message on PPI Hub
   *[other] { $count } unread messages on PPI Hub
}
mail-messages-daily-body =
    Hello { $name },

    { $count ->
        [one] 1 new message is waiting for you.
       *[other] { $count } new messages are waiting for you.
    }

    Read them here: { $link }

    You can change how often we e-mail you about messages on your Messages page.

## Public bodies and partner posts
theme-health-care = Health and care
theme-mobility-transport = Mobility and transport
theme-energy-climate = Energy and climate
theme-digital-services = Digital services
theme-construction-buildings = Construction and buildings
theme-water-environment = Water and environment
theme-education = Education
theme-food = Food
theme-safety-security = Safety and security
theme-circular-economy = Circular economy
theme-other = Other
partner-status-open = Open
partner-status-closed = Closed
body-profile-title = Your public body's page
body-profile-intro = What you write here appears on your public body's page, where suppliers and other public bodies find you.
body-profile-view = See the page
body-field-contact-name = Procurement contact
body-field-contact-email = Procurement contact's e-mail
hint-body-contact-email = Shown on the page: suppliers and other public bodies may write to it. A shared mailbox works well.
body-field-themes = Themes you procure in
body-field-cpv = CPV codes you are interested in
hint-body-cpv = Separate several codes with commas.
body-profile-save = Save the page
notice-body-profile-saved = Your public body's page is saved.
body-contact = Procurement contact
body-interests = Interests
body-themes = Themes
body-cpv = CPV codes
body-no-interests = No interests given yet.
body-partner-posts = Partner posts
body-no-partner-posts = No open partner posts.
body-edit = Edit this page
body-not-public-yet = Only you and your colleagues see this page until your public body is verified.
body-contact-heading = Contact this public body
body-contact-intro = Your message reaches the people of { $body } on PPI Hub. Replies arrive in your messages.
body-contact-subject = Introduction: { $company }
partners-link = Partner search
partners-title = Partner search
partners-intro = Public bodies describe needs they want to procure together with others, or learn about from them. Find partners here.
partner-search-label = Search partner posts
partner-search-country = Country of the public body
partner-search-seeking = Seeking partners from
partner-search-count = { $count ->
    [one] 1 open partner post
   *[other] { $count } open partner posts
}
partner-search-nothing = No open partner post matches.
partner-new-title = Publish a partner post
partner-new-intro = Describe a need your public body wants to procure together with others, or learn about from them. Other verified public bodies may express interest; each starts a conversation with you.
partner-field-title = Title
partner-field-theme = Theme
partner-field-description = Description
hint-partner-description = What do you need, and what kind of partner are you looking for? You may use Markdown: **bold**, lists, links.
partner-field-cpv = CPV code
hint-partner-cpv = The kind of purchase, if you know it.
partner-field-timeline = Timeline
hint-partner-timeline = For example: Market dialogue in Q1 2027, tender in Q3 2027.
partner-field-countries = Partners sought from
hint-partner-countries = Tick none to welcome partners from any country.
partner-publish = Publish
notice-partner-post-published = Your partner post is published.
partner-body = Public body
partner-published-on = Published on
partner-countries-any = Any country
partner-actions = Taking part
partner-interest-heading = Express interest
partner-interest-explain = Your message starts a conversation with { $body }.
partner-field-message = Message
hint-partner-message = Introduce your public body and say what you hope for from working together.
partner-interest-submit = Send
partner-interest-subject = Partner post: { $title }
notice-interest-sent = Your interest is sent. The conversation is in your messages.
partner-you-are-interested = Your public body expressed interest on { $date }.
partner-open-conversation = Open the conversation
partner-interested-heading = Interested public bodies
partner-no-interest-yet = No public body has expressed interest yet.
partner-your-post = Your post
partner-close = Close this post
partner-close-explain = A closed post stays visible but takes no more expressions of interest.
notice-partner-post-closed = The post is closed.
partner-closed-note = This post is closed: it takes no more expressions of interest.
partner-sign-in-to-answer = Sign in as a verified public buyer to express interest
err-already-interested = Your public body has already expressed interest in this post.
err-post-closed = This post is closed: it takes no more expressions of interest.
mail-partner-interest-subject = { $body } is interested in "{ $title }"
mail-partner-interest-body =
    Hello { $name },

    { $body } has expressed interest in your partner post "{ $title }". Their message is in your messages on PPI Hub. Everyone interested is listed on the post's page:

    { $link }

## Suppliers: profile, directory, team, dashboard, matching
nav-dashboard = Dashboard
step-company = Company
step-logo = Logo
step-offer = What you offer
step-about = Capabilities
step-references = References
step-contact = Contact person
step-review = Review and publish
step-company-intro = Who you are: buyers check these facts first. The registration number is checked by your country's register rules.
step-logo-intro = A logo helps buyers recognise you in the directory. You can skip this step and add one later.
step-offer-intro = What you supply (CPV codes), where you deliver and in which languages you work: this is how buyers and matching find you.
step-about-intro = In your own words: what you can do, and what new you bring to the public sector.
step-references-intro = Past public contracts show buyers you can deliver. Add as many as you like, or none for now.
step-contact-intro = Whom buyers should contact about your offer.
step-review-intro = Check what is still missing, then publish your profile in the supplier directory.
profile-title = Your company profile
profile-continue = Continue
profile-step-of = Step { $number } of { $count }: { $name }
profile-steps = Profile steps
profile-steps-done = { $done } of { $count } steps done
profile-step-done = done
profile-save-continue = Save and continue
profile-logo-alt = Logo of { $name }
profile-logo-upload = Upload logo
profile-skip-logo = Continue without a logo
profile-no-references = No references yet.
profile-reference-remove = Remove
profile-reference-add = Add a reference
profile-hide = Hide from the directory
profile-view-public = See your public profile
profile-publish = Publish in the directory
profile-preview = Preview your profile
profile-publish-needs = Fill in the required items above to publish your profile.
profile-delete = Delete the profile
profile-delete-confirm = Yes, delete our company's profile
profile-delete-explain = The profile and everything in it is deleted for good. Your account and your colleagues' accounts stay.
profile-percent = Profile { $percent } % complete
profile-status-is = Status: { $status }
profile-completeness = Profile completeness
profile-item-done = done
profile-item-required = missing (needed to publish)
profile-item-missing = missing (optional)
profile-status-draft = draft, not public
profile-status-published = published in the directory
profile-status-hidden = hidden from the directory
complete-size = Company size
complete-vat = VAT number
complete-year = Year founded
complete-website = Website
complete-logo = Logo
complete-cpv = CPV codes you supply
complete-regions = Regions you serve
complete-languages = Working languages
complete-capability = Capability statement
complete-innovation = Innovation offer
complete-certifications = Certifications
complete-references = References
complete-contact = Contact person
size-micro = Micro enterprise
size-small = Small enterprise
size-medium = Medium-sized enterprise
size-large = Large enterprise
size-micro-hint = fewer than 10 staff, turnover or balance sheet up to EUR 2 million
size-small-hint = fewer than 50 staff, turnover or balance sheet up to EUR 10 million
size-medium-hint = fewer than 250 staff, turnover up to EUR 50 million or balance sheet up to EUR 43 million
size-large-hint = 250 staff or more, or above the medium-sized limits
language-en = English
language-da = Danish
language-de = German
language-et = Estonian
language-fi = Finnish
language-lv = Latvian
language-lt = Lithuanian
language-sv = Swedish
language-no = Norwegian
language-pl = Polish
language-fr = French
language-es = Spanish
language-it = Italian
language-nl = Dutch
field-vat-number = VAT number
hint-vat-number = With the country letters, as on your VAT registration, e.g. FI01120389.
field-size = Company size
hint-size = As the EU defines small and medium-sized enterprises (SMEs).
field-year-founded = Year founded
field-website = Website
hint-website = The full address, starting with https://
field-logo = Logo
hint-logo = A PNG, JPEG or WebP image, at most { $max } kB.
field-supplier-cpv = CPV codes you supply
hint-supplier-cpv = Type a word or a code and choose from the list; add as many as fit (up to 30). Broader codes match more tenders.
field-regions = Regions you serve
hint-regions = NUTS regions or whole countries (e.g. FI1B, DK01, EE), separated by commas.
field-all-eu = We serve the whole EU and EEA
field-languages = Working languages
field-capability = Capability statement
hint-capability = What your company does and has done: products, services, team, delivery capacity.
field-innovation-offer = Innovation offer
hint-innovation-offer = What new you bring: a product, method or business model the public sector does not buy yet.
field-certifications = Certifications
hint-certifications = E.g. ISO 9001, ISO 14001, ISO 27001, one per line.
field-reference-buyer = Public buyer
field-reference-year = Year
field-reference-value = Contract value (EUR)
hint-reference-value = Whole euros, e.g. 120 000.
field-reference-description = What you delivered
field-contact-name = Contact person
field-contact-email = Contact e-mail
field-contact-phone = Contact phone
field-weekly-tenders = Send us "tenders for you" by e-mail once a week
hint-weekly-tenders = New open tenders that fit your profile; you can switch this off at any time.
field-join-company = Ask to join this company if it is already on PPI Hub
hint-join-company = If a colleague has registered your company, its owner lets you in.
supplier-sme = SME
supplier-all-eu = Whole EU and EEA
supplier-preview = This is a preview: your profile is not published.
supplier-edit = Edit the profile
supplier-references = References
supplier-contact = Contact
supplier-sign-in-for-contact = Sign in to see the contact details
supplier-contact-heading = Send this company a message
directory-title = Supplier directory
directory-intro = Companies that want to work with the public sector: find them by what they supply, where and in which language.
directory-your-profile = Your company profile
directory-search-label = Search the supplier directory
directory-country = Company's country
directory-region = Region served
hint-directory-region = A NUTS code, e.g. FI1B or DK01.
directory-sme-only = Small and medium-sized enterprises only
directory-language = Working language
directory-nothing = No company matches. Try fewer words or filters.
directory-count = { $count ->
    [one] 1 company found
   *[other] { $count } companies found
}
fit-heading = Suppliers who may fit
fit-intro = Published companies whose codes, regions and descriptions meet this tender. Tell them about it, or ask them to a market dialogue.
fit-none = No published company fits this tender's codes yet.
fit-unavailable = Suggestions are not available right now.
fit-same-main-code = Supplies the tender's main code, { $code }.
fit-same-code = Supplies { $code }, one of the tender's codes.
fit-broader-main-code = Supplies { $supplier }, which includes the tender's main code { $tender }.
fit-broader-code = Supplies { $supplier }, which includes the tender's code { $tender }.
fit-same-group = Supplies { $supplier }, in the same group as { $tender }.
fit-serves-region = Serves { $region }, where the contract is performed.
fit-serves-all-eu = Serves the whole EU and EEA.
fit-shared-words = Describes itself with the tender's words: { $words }.
team-title = Your team
team-intro = Everyone here speaks for your company on PPI Hub: they edit the profile and answer messages.
team-people = People
team-owner = owner
team-owners-invite = Your company's owner invites colleagues.
team-invite = Invite a colleague
team-invite-email = Colleague's e-mail address
hint-team-invite = They get a link to join, valid for 7 days.
team-invite-submit = Send the invitation
team-invited-until = invited, link valid until { $date }
team-open-invitations = Open invitations
team-requests = Requests to join
team-accept = Let them in
team-decline = Decline
join-title = Join your company
join-intro = You are invited to join { $company } on PPI Hub as { $email }.
join-submit = Join the company
join-create = Create the account and join
join-have-account = Already have an account with this address?
dashboard-title = Dashboard
dashboard-hello = Welcome, { $name }.
dashboard-join-waiting = You asked to join { $company }. Its owner has been told and will let you in.
dashboard-no-company = Your account does not belong to a company.
dashboard-body-page = Your public body's page
dashboard-body-profile = Edit your public body's contact and interests
dashboard-partners = Partner search
dashboard-messages = Messages
dashboard-profile = Your company profile
dashboard-edit-profile = Edit the profile
dashboard-tenders-for-you = Tenders for you
dashboard-no-tenders = No open tender fits your profile right now. Add CPV codes to see more.
dashboard-why = Why this tender?
dashboard-weekly-is-on = You get new matching tenders by e-mail once a week.
dashboard-weekly-is-off = The weekly e-mail of matching tenders is off.
dashboard-weekly-on = Send me the weekly e-mail
dashboard-weekly-off = Stop the weekly e-mail
err-vat-format = Enter the VAT number with your country's letters and its digits, e.g. FI01120389 or DK13585628.
err-year-invalid = Enter a year from 1800 to this year, e.g. 2012.
err-phone-invalid = Enter a phone number of 6 to 20 digits; spaces, +, - and brackets are fine.
err-regions-required = Name at least one region you serve, or tick the whole EU.
err-company-exists = This company is already on PPI Hub. Tick "Ask to join this company" to ask its owner to let you in.
err-logo-type = This file is not a PNG, JPEG or WebP image (we check its content, not its name).
err-profile-incomplete = Some required items are missing: see the list.
err-already-member = This person already belongs to your company.
err-invitation-other = This invitation is for another e-mail address. Sign out and open the link again.
err-invitation-sign-in = An account with this address exists: sign in first, then open the link again.
notice-step-saved = Saved. You can stop here and continue later.
notice-reference-added = The reference is added.
notice-reference-removed = The reference is removed.
notice-logo-saved = The logo is saved.
notice-profile-published = Your profile is published in the supplier directory.
notice-profile-hidden = Your profile is hidden from the directory.
notice-profile-deleted = The profile is deleted.
notice-weekly-on = The weekly e-mail is on.
notice-weekly-off = The weekly e-mail is off.
notice-invitation-sent = The invitation is sent.
notice-member-added = They are in: your company has a new member.
notice-request-declined = The request is declined.
notice-joined = Welcome: you are now part of the company.
mail-join-request-subject = { $person } asks to join your company on PPI Hub
mail-join-request-body =
    Hello { $name },

    { $person } signed up for your company on PPI Hub and asks to join it. Let them in, or decline, on your team page:

    { $link }
mail-invitation-subject = Join { $company } on PPI Hub
mail-invitation-body =
    Hello,

    { $person } invites you to join { $company } on PPI Hub, where public buyers and suppliers meet. Accept within 7 days:

    { $link }
mail-join-accepted-subject = You are in: { $company } on PPI Hub
mail-join-accepted-body =
    Hello { $name },

    you are now part of { $company } on PPI Hub. Sign in:

    { $link }
mail-join-declined-subject = Your request to join { $company }
mail-join-declined-body =
    Hello { $name },

    the owner of { $company } declined your request to join it on PPI Hub. If this is a mistake, please contact them directly.
mail-tenders-for-you-subject = { $count ->
    [one] 1 new tender for you on PPI Hub
   *[other] { $count } new tenders for you on PPI Hub
}
mail-tenders-for-you-body =
    Hello { $name },

    these open tenders were published this week and may fit your company:

    { $list }

    See why they fit, or switch this weekly e-mail off, on your dashboard:
    { $link }
err-sender-unverified = Your public body can start conversations once a moderator has verified it. Replies to conversations others start are open to you already.
