-- Comments and attachments. One table each for every kind of subject: a nullable column per
-- subject (events now; nominations, proposals and workstreams later add theirs and widen the
-- CHECK), so that every reference is a real foreign key inside one cooperation.

-- +goose Up
CREATE TABLE comments (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    event_id       uuid,
    author_id      uuid REFERENCES users (id) ON DELETE SET NULL,
    body           text NOT NULL CHECK (btrim(body) <> '' AND length(body) <= 5000),
    created_at     timestamptz NOT NULL,
    edited_at      timestamptz,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT comments_one_subject CHECK (num_nonnulls(event_id) = 1),
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX comments_event_idx ON comments (event_id, created_at) WHERE event_id IS NOT NULL;

CREATE TABLE attachments (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    event_id       uuid,
    file_name      text NOT NULL CHECK (btrim(file_name) <> '' AND length(file_name) <= 200),
    content_type   text NOT NULL,
    size_bytes     integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256         text NOT NULL,
    description    text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    uploaded_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    CONSTRAINT attachments_one_subject CHECK (num_nonnulls(event_id) = 1),
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX attachments_event_idx ON attachments (event_id, created_at) WHERE event_id IS NOT NULL;

-- The bytes live apart, so that listing files never reads them.
CREATE TABLE attachment_data (
    attachment_id uuid PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    data          bytea NOT NULL
);
ALTER TABLE attachment_data ALTER COLUMN data SET STORAGE EXTERNAL;

-- +goose Down
DROP TABLE attachment_data;
DROP TABLE attachments;
DROP TABLE comments;
