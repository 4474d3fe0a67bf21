-- Tenders published by public bodies, with their CPV codes, lots, change history, questions
-- and followers. Amounts are whole units; times are Unix seconds (UTC), shown in `time_zone`.
CREATE TABLE tenders (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed', 'awarded', 'cancelled')),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    contract_type TEXT NOT NULL,
    procedure_type TEXT NOT NULL,
    innovation TEXT,
    value_amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    -- The value in euros the EU threshold is measured against (the same as value_amount in EUR).
    value_eur BIGINT NOT NULL,
    social_services BIGINT NOT NULL DEFAULT 0,
    main_cpv TEXT NOT NULL,
    -- Byte order ("C"), so a prefix's range holds exactly the codes that start with it.
    nuts_code TEXT COLLATE "C" NOT NULL,
    country TEXT NOT NULL,
    questions_deadline BIGINT NOT NULL,
    submission_deadline BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    notice_url TEXT,
    ted_pending BIGINT NOT NULL DEFAULT 0,
    -- The threshold verdict as of the (planned) publication day, kept for filtering.
    above_threshold BIGINT NOT NULL,
    -- Lower-cased title, description, buyer and CPV labels: what the text search reads.
    search_text TEXT NOT NULL,
    awarded_to TEXT,
    awarded_value BIGINT,
    cancel_reason TEXT,
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tenders_organisation ON tenders (organisation_id, updated_at);
CREATE INDEX tenders_status_deadline ON tenders (status, submission_deadline);
CREATE INDEX tenders_status_published ON tenders (status, published_at);
CREATE INDEX tenders_status_value ON tenders (status, value_eur);
CREATE INDEX tenders_nuts ON tenders (nuts_code);
CREATE INDEX tenders_country ON tenders (country, status);

-- The main and additional CPV codes of each tender (a CPV filter finds children by code range).
CREATE TABLE tender_cpv (
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    code TEXT COLLATE "C" NOT NULL,
    is_main BIGINT NOT NULL,
    PRIMARY KEY (tender_id, code)
);
CREATE INDEX tender_cpv_code ON tender_cpv (code, tender_id);

CREATE TABLE tender_lots (
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (tender_id, position)
);

-- Every change to a published tender, field by field, as the public change history.
CREATE TABLE tender_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    changed_at BIGINT NOT NULL
);
CREATE INDEX tender_changes_tender ON tender_changes (tender_id, changed_at);

-- Clarification questions; the asker is never shown, only the question and the answer.
CREATE TABLE tender_questions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    asker_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    question TEXT NOT NULL,
    answer TEXT,
    asked_at BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX tender_questions_tender ON tender_questions (tender_id, asked_at);

CREATE TABLE tender_followers (
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    followed_at BIGINT NOT NULL,
    PRIMARY KEY (tender_id, user_id)
);
CREATE INDEX tender_followers_user ON tender_followers (user_id);

-- OCDS releases as published: each is immutable once written (publication, amendment,
-- cancellation, award), so the record of a tender lists what was said and when.
CREATE TABLE tender_releases (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    release_id TEXT NOT NULL UNIQUE,
    released_at BIGINT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX tender_releases_tender ON tender_releases (tender_id, released_at);
CREATE INDEX tender_releases_date ON tender_releases (released_at, id);

-- Documents of a tender. The bytes live in the object store under `object_key` (random); the
-- file name is only shown and offered for download, never used as a path.
CREATE TABLE tender_documents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    object_key TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX tender_documents_tender ON tender_documents (tender_id, uploaded_at);

-- Searches users keep: new matching tenders reach them as an e-mail digest.
CREATE TABLE saved_searches (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- Tenders published after this moment are new to the user.
    last_sent_at BIGINT NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id, created_at);

-- The words of each tender's search text (title, description, buyer, CPV labels), lower-cased:
-- the text search looks words up here by prefix, through the primary key, on both databases.
CREATE TABLE tender_words (
    word TEXT COLLATE "C" NOT NULL,
    tender_id BIGINT NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    PRIMARY KEY (word, tender_id)
);
CREATE INDEX tender_words_tender ON tender_words (tender_id);
