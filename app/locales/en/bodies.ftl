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
body-team-title = Your colleagues
body-team-intro = The people of your public body on PPI Hub. Invited colleagues join as buyers of the body and share its verification: they publish tenders, answer messages and see each other's course progress.
body-team-verified-first = Colleagues can be invited once a moderator has verified your public body.
body-team-owner-invites = The person who registered your public body invites colleagues.
