-- Courses: each course is one document (structure and texts in every language, JSON) with
-- every published version kept; the catalogue's filters are columns. Progress, quiz attempts
-- and answers belong to a learner: 'u<id>' for a signed-in person, 'v<token>' for a visitor
-- (the token is in their session), moved to the account when they sign in.
CREATE TABLE courses (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('published', 'retired')),
    version BIGINT NOT NULL,
    level TEXT NOT NULL,
    -- Space-separated codes, each padded with spaces (' buyer supplier '), for LIKE filters.
    audiences TEXT NOT NULL,
    topics TEXT NOT NULL,
    langs TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    document TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE course_versions (
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    document TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    PRIMARY KEY (course_id, version)
);

CREATE TABLE course_progress (
    learner TEXT NOT NULL,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    lesson TEXT NOT NULL,
    -- The section last seen (its anchor), for Continue.
    section TEXT NOT NULL DEFAULT '',
    viewed_at BIGINT,
    quiz_passed_at BIGINT,
    done_at BIGINT,
    -- In milliseconds: which of two steps in the same second came last decides Continue.
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (learner, course_id, lesson)
);
CREATE INDEX course_progress_learner ON course_progress (learner, updated_at);
CREATE INDEX course_progress_course ON course_progress (course_id, lesson);

CREATE TABLE quiz_attempts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    learner TEXT NOT NULL,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    lesson TEXT NOT NULL,
    -- 1, 2, 3 … per learner and lesson; unique, so two starts at once make one attempt.
    number BIGINT NOT NULL,
    questions BIGINT NOT NULL,
    correct BIGINT NOT NULL DEFAULT 0,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    passed BIGINT NOT NULL DEFAULT 0,
    UNIQUE (learner, course_id, lesson, number)
);

CREATE TABLE quiz_answers (
    attempt_id BIGINT NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    -- The chosen option ids, space-separated.
    chosen TEXT NOT NULL,
    correct BIGINT NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (attempt_id, question)
);

CREATE TABLE course_certificates (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    course_version BIGINT NOT NULL,
    learner_name TEXT NOT NULL,
    course_title TEXT NOT NULL,
    lang TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    score_band TEXT NOT NULL,
    completed_at BIGINT NOT NULL,
    -- The learner took it out of public view (the page then says so, and nothing else).
    withdrawn BIGINT NOT NULL DEFAULT 0,
    revoked_at BIGINT,
    revoked_reason TEXT NOT NULL DEFAULT '',
    -- The signed Open Badges 3.0 credential, as issued.
    credential TEXT NOT NULL,
    UNIQUE (user_id, course_id)
);

-- The platform's Ed25519 issuer keys (the newest signs; older ones stay published for old
-- credentials). The secret is the 32-byte seed, base64.
CREATE TABLE credential_keys (
    id TEXT PRIMARY KEY,
    secret TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- The readiness self-assessment: the questionnaire as loaded (one row per version), and each
-- public body's assessments (its history); scores per dimension as JSON.
CREATE TABLE readiness_questionnaires (
    version BIGINT PRIMARY KEY,
    document TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    loaded_at BIGINT NOT NULL
);

CREATE TABLE readiness_assessments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    version BIGINT NOT NULL,
    answers TEXT NOT NULL,
    scores TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX readiness_assessments_organisation ON readiness_assessments (organisation_id, created_at);

-- A learner's choices: hide their progress from colleagues, and the reminder after 7 idle days
-- (on unless switched off); when the last reminder went (ms), so there is one per idle spell.
CREATE TABLE course_learner_settings (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    hide_from_team BIGINT NOT NULL DEFAULT 0,
    reminders BIGINT NOT NULL DEFAULT 1,
    reminded_at BIGINT
);
