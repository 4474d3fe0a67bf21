-- Organisations: public bodies (verified by moderators) and companies.
CREATE TABLE organisations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('public_body', 'company')),
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    body_type TEXT,
    nuts_code TEXT,
    registration_number TEXT,
    verification TEXT NOT NULL CHECK (verification IN ('pending', 'verified', 'rejected', 'not_required')),
    decision_reason TEXT,
    decided_by BIGINT,
    decided_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX organisations_verification ON organisations (verification, created_at);

CREATE TABLE users (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('buyer', 'supplier', 'moderator', 'admin')),
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    locale TEXT NOT NULL,
    email_verified_at BIGINT,
    password_changed_at BIGINT NOT NULL,
    -- Raised at every password change; a session signed in under an older value is over.
    session_epoch BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX users_organisation ON users (organisation_id);
ALTER TABLE organisations ADD CONSTRAINT organisations_decided_by FOREIGN KEY (decided_by) REFERENCES users(id) ON DELETE SET NULL;

-- Single-use links sent by e-mail. Only a hash of the token is stored.
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
    new_email TEXT,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX tokens_user ON tokens (user_id);

-- Every e-mail the platform sends, whether an SMTP server took it or not.
CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'logged')),
    error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_created ON outbox (created_at);
CREATE INDEX outbox_to ON outbox (to_address);
