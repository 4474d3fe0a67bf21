-- The assistant: conversations (a signed-in person's, or a visitor's, known by a token kept in
-- their session), their turns (question and answer, the answer as JSON), ratings, and the
-- moderators' queue of unanswered and poorly rated questions.
CREATE TABLE assistant_conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    -- A visitor's conversations: the random token in their session ('' once signed in).
    owner_token TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX assistant_conversations_user ON assistant_conversations (user_id, updated_at);
CREATE INDEX assistant_conversations_token ON assistant_conversations (owner_token);

CREATE TABLE assistant_turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id BIGINT NOT NULL REFERENCES assistant_conversations(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- answered | rule | refused; '' while the answer is being written (streamed).
    outcome TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    -- The refusal rule's score, in thousandths.
    score BIGINT NOT NULL DEFAULT 0,
    -- 1 helpful, -1 not helpful, 0 not rated.
    rating BIGINT NOT NULL DEFAULT 0,
    rating_reason TEXT NOT NULL DEFAULT '',
    -- The moderators' queue: 'open' (refused or rated unhelpful), 'done', or ''.
    queue TEXT NOT NULL DEFAULT '',
    -- Who asked, for the hourly limits: the address is forgotten after a day.
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    asker_ip TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX assistant_turns_conversation ON assistant_turns (conversation_id, id);
CREATE INDEX assistant_turns_queue ON assistant_turns (queue, created_at);
CREATE INDEX assistant_turns_user ON assistant_turns (user_id, created_at);
CREATE INDEX assistant_turns_ip ON assistant_turns (asker_ip, created_at);

-- Dense vectors of the knowledge passages (one per item, language and section), from the
-- embeddings endpoint named by `model`; computed when content changes, never at question time.
CREATE TABLE assistant_vectors (
    item_id BIGINT NOT NULL REFERENCES knowledge_items(id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    lang TEXT NOT NULL,
    section TEXT NOT NULL,
    model TEXT NOT NULL,
    -- Little-endian f32 values, base64.
    vector TEXT NOT NULL,
    PRIMARY KEY (item_id, lang, section, model)
);
