-- The knowledge centre: good-example cases and practical materials. An item's structured facts,
-- provenance and texts (one per language, the original first) are JSON documents: the search
-- index, not SQL, filters and ranks them. Every submitted and every published version is kept.
CREATE TABLE knowledge_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('case', 'material')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'published', 'retired')),
    -- The public body on the platform the case is about (its buyer), or none.
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    facts TEXT NOT NULL,
    provenance TEXT NOT NULL,
    texts TEXT NOT NULL,
    -- The last published version (0: never published).
    version BIGINT NOT NULL DEFAULT 0,
    -- A moderator's comment when returning a submitted case.
    review_comment TEXT NOT NULL DEFAULT '',
    -- The fingerprint of the content files last loaded into this item ('' if made on the platform).
    content_hash TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT,
    -- Raised by every change: each app server's search index catches up by comparing it.
    revision BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX knowledge_items_status ON knowledge_items (status, kind);
CREATE INDEX knowledge_items_organisation ON knowledge_items (organisation_id);

CREATE TABLE knowledge_versions (
    item_id BIGINT NOT NULL REFERENCES knowledge_items(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    facts TEXT NOT NULL,
    provenance TEXT NOT NULL,
    texts TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    -- 'submitted' (a body sent it to the moderators) or 'published'.
    event TEXT NOT NULL DEFAULT 'published' CHECK (event IN ('submitted', 'published')),
    -- What the version changed, as the list of changed fields (JSON array), computed on publishing.
    changes TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (item_id, version)
);

