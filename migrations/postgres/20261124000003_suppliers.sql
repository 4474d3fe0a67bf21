-- Supplier profiles, public-body profiles, partner posts, invitations and messages between
-- organisations. Times are Unix seconds; flags are 0/1 integers.

-- The first person of an organisation owns it: owners invite colleagues and accept requests to join.
ALTER TABLE users ADD COLUMN org_role TEXT NOT NULL DEFAULT 'member';
UPDATE users SET org_role = 'owner'
 WHERE id IN (SELECT MIN(id) FROM users WHERE organisation_id IS NOT NULL GROUP BY organisation_id);
-- How often a user hears of new messages by e-mail: 'immediately', 'daily' or 'never'.
ALTER TABLE users ADD COLUMN message_mail TEXT NOT NULL DEFAULT 'immediately';
ALTER TABLE users ADD COLUMN message_mail_sent_at BIGINT NOT NULL DEFAULT 0;

-- A public body's procurement contact and interests (themes here; CPV codes in organisation_cpv).
ALTER TABLE organisations ADD COLUMN contact_name TEXT;
ALTER TABLE organisations ADD COLUMN contact_email TEXT;
ALTER TABLE organisations ADD COLUMN themes TEXT;
-- One company per country and registration number: a second sign-up asks to join instead.
CREATE UNIQUE INDEX organisations_company_registration ON organisations (country, registration_number) WHERE kind = 'company';
CREATE INDEX organisations_kind_country ON organisations (kind, country);

-- A company's profile, filled in step by step; public once published.
CREATE TABLE supplier_profiles (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'hidden')),
    vat_number TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT '',
    year_founded BIGINT,
    website TEXT NOT NULL DEFAULT '',
    logo_key TEXT,
    logo_type TEXT,
    all_eu BIGINT NOT NULL DEFAULT 0,
    capability TEXT NOT NULL DEFAULT '',
    innovation TEXT NOT NULL DEFAULT '',
    certifications TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    -- Onboarding steps completed, as a bit set: leaving half-way keeps what was saved.
    steps_done BIGINT NOT NULL DEFAULT 0,
    weekly_tenders BIGINT NOT NULL DEFAULT 1,
    tenders_mail_sent_at BIGINT NOT NULL DEFAULT 0,
    published_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX supplier_profiles_status ON supplier_profiles (status, published_at);
CREATE INDEX supplier_profiles_size ON supplier_profiles (size, status);

-- CPV codes: what a company supplies, or what a public body is interested in.
CREATE TABLE organisation_cpv (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    code TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (organisation_id, code)
);
CREATE INDEX organisation_cpv_code ON organisation_cpv (code, organisation_id);

-- The NUTS regions a company serves (none and all_eu = 0: not said yet).
CREATE TABLE supplier_regions (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    nuts_code TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (organisation_id, nuts_code)
);
CREATE INDEX supplier_regions_code ON supplier_regions (nuts_code, organisation_id);

-- The languages a company works in (ISO 639-1 codes).
CREATE TABLE supplier_languages (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (organisation_id, language)
);
CREATE INDEX supplier_languages_language ON supplier_languages (language, organisation_id);

-- Past public contracts a company names as references.
CREATE TABLE supplier_references (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    buyer TEXT NOT NULL,
    year BIGINT NOT NULL,
    value_eur BIGINT NOT NULL,
    description TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX supplier_references_organisation ON supplier_references (organisation_id, year);

-- The directory's word index of published profiles (as tender_words for tenders).
CREATE TABLE supplier_words (
    word TEXT COLLATE "C" NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    PRIMARY KEY (word, organisation_id)
);
CREATE INDEX supplier_words_organisation ON supplier_words (organisation_id);

-- Invitations an owner sends to colleagues; only a hash of the link's token is kept.
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX invitations_organisation ON invitations (organisation_id, created_at);

-- Someone who signed up for a company already here asks its owners to let them in.
CREATE TABLE join_requests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX join_requests_organisation ON join_requests (organisation_id);

-- Needs a public body wants to procure jointly or learn about; other bodies express interest.
CREATE TABLE partner_posts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    theme TEXT NOT NULL,
    description TEXT NOT NULL,
    cpv_code TEXT,
    timeline TEXT NOT NULL,
    -- Country codes sought, comma-separated; empty means any country.
    countries TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_at BIGINT NOT NULL
);
CREATE INDEX partner_posts_status ON partner_posts (status, created_at);
CREATE INDEX partner_posts_organisation ON partner_posts (organisation_id);

CREATE TABLE partner_interests (
    post_id BIGINT NOT NULL REFERENCES partner_posts(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    conversation_id BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, organisation_id)
);

-- A conversation is between two organisations; every member of either may read and write.
CREATE TABLE conversations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject TEXT NOT NULL,
    from_org BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    to_org BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    -- What it started from: 'supplier', 'body', 'partner_post' or 'tender', and its id.
    about_kind TEXT,
    about_id BIGINT,
    created_at BIGINT NOT NULL,
    last_message_at BIGINT NOT NULL
);
CREATE INDEX conversations_from ON conversations (from_org, last_message_at);
CREATE INDEX conversations_to ON conversations (to_org, last_message_at);

CREATE TABLE messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id BIGINT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    sender_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    sender_org BIGINT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX messages_conversation ON messages (conversation_id, id);
CREATE INDEX messages_sender ON messages (sender_id, created_at);

-- The last message each user has seen in a conversation (what is newer is unread).
CREATE TABLE conversation_reads (
    conversation_id BIGINT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_read_id BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);

-- An organisation that blocked another gets no more messages from it.
CREATE TABLE organisation_blocks (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    blocked_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, blocked_id)
);

-- Messages reported to the moderators.
CREATE TABLE message_reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    reporter_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT
);
CREATE INDEX message_reports_open ON message_reports (resolved_at, created_at);
