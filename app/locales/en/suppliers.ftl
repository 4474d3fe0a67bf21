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
join-title = Join your colleagues
join-intro = You are invited to join { $company } on PPI Hub as { $email }.
join-submit = Join
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
notice-joined = Welcome: you are now one of your organisation's people on PPI Hub.
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
supplier-public-cpv = What the company supplies (CPV)
supplier-public-regions = Where the company works
dashboard-body-pending = { $body } is waiting for a moderator to verify it. You can prepare tenders as drafts now and publish them once it is verified.
dashboard-body-rejected = A moderator did not verify { $body }; the e-mail you received says why. You can still prepare drafts.
dashboard-body-verified = { $body } is a verified public body: you can publish tenders and partner posts.
dashboard-attention = Waiting for you
dashboard-questions-waiting = Questions without an answer ({ $count }): { $title }
dashboard-unread = Unread messages: { $count }
dashboard-interest = Interest in your open partner posts: { $count }
dashboard-nothing-waiting = Nothing is waiting for you.
dashboard-your-tenders = Your tenders
dashboard-all-tenders = All your tenders
dashboard-suggestions-hint = The page of each of your tenders lists suppliers who may fit it, with the reasons.
