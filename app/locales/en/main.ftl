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
