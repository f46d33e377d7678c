-- Calendar feeds and the legal texts of a cooperation's public pages.
-- A feed's secret token is stored only as its SHA-256 hash: one feed per cooperation, replaced
-- when rotated, so that the old address stops working at once.

-- +goose Up
CREATE TABLE calendar_feeds (
    cooperation_id uuid PRIMARY KEY REFERENCES cooperations (id) ON DELETE CASCADE,
    token_hash     bytea NOT NULL CHECK (length(token_hash) = 32),
    created_at     timestamptz NOT NULL,
    created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash)
);

-- Imprint, privacy notice and accessibility statement: plain text, paragraphs separated by
-- blank lines. A cooperation without a row has empty texts (version 0).
CREATE TABLE legal_texts (
    cooperation_id uuid PRIMARY KEY REFERENCES cooperations (id) ON DELETE CASCADE,
    imprint        text NOT NULL DEFAULT '' CHECK (length(imprint) <= 20000),
    privacy        text NOT NULL DEFAULT '' CHECK (length(privacy) <= 60000),
    accessibility  text NOT NULL DEFAULT '' CHECK (length(accessibility) <= 30000),
    updated_at     timestamptz NOT NULL,
    updated_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    version        integer NOT NULL DEFAULT 1 CHECK (version > 0)
);

-- +goose Down
DROP TABLE legal_texts;
DROP TABLE calendar_feeds;
