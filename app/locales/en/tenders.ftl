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
tender-delete-draft-heading = Delete this draft
tender-delete-draft = Delete the draft
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
notice-tender-draft-deleted = The draft is deleted.
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
err-procedure-below-threshold-only = This tender is above the EU threshold: choose a procedure of the directive, not the simplified below-threshold procedure.
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
