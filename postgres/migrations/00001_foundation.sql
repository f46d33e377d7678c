-- The foundation: cooperations, organisations, partners, users, memberships, sessions,
-- credentials, login throttling, the audit trail and the mail outbox.

-- +goose Up
CREATE TABLE app_settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    name            text NOT NULL CHECK (btrim(name) <> ''),
    locale          text NOT NULL DEFAULT 'DE' CHECK (locale IN ('DE', 'EN')),
    password_hash   text,
    is_system_admin boolean NOT NULL DEFAULT false,
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE cooperations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL CHECK (btrim(name) <> ''),
    description text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer NOT NULL DEFAULT 1
);

CREATE TABLE organisations (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('AUTHORITY', 'ASSOCIATION', 'COMPANY', 'OTHER')),
    name           text NOT NULL CHECK (btrim(name) <> ''),
    short_name     text NOT NULL DEFAULT '',
    street         text NOT NULL DEFAULT '',
    postal_code    text NOT NULL DEFAULT '',
    city           text NOT NULL DEFAULT '',
    website        text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    -- lets other tables require that an organisation belongs to the same cooperation
    CONSTRAINT organisations_cooperation_id_id_key UNIQUE (cooperation_id, id)
);
CREATE UNIQUE INDEX organisations_name_key ON organisations (cooperation_id, lower(name));

CREATE TABLE partners (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id  uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL,
    position        integer NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT partners_organisation_key UNIQUE (cooperation_id, organisation_id),
    FOREIGN KEY (cooperation_id, organisation_id) REFERENCES organisations (cooperation_id, id)
);

CREATE TABLE memberships (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id  uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users (id),
    role            text NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER', 'EXTERNAL')),
    organisation_id uuid,
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT memberships_user_key UNIQUE (cooperation_id, user_id),
    FOREIGN KEY (cooperation_id, organisation_id) REFERENCES organisations (cooperation_id, id)
);
CREATE INDEX memberships_user_id_idx ON memberships (user_id);

CREATE TABLE sessions (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES users (id),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoke_reason text
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id) WHERE revoked_at IS NULL;

-- Refresh tokens rotate: each use marks the token used and issues a successor. Presenting a
-- used token again means it was stolen, and the whole session is revoked.
CREATE TABLE refresh_tokens (
    token_hash bytea PRIMARY KEY,
    session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id);

CREATE TABLE password_tokens (
    token_hash bytea PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id),
    purpose    text NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX password_tokens_user_id_idx ON password_tokens (user_id);

-- Failed logins per account and per address, shared by all server processes. The address is
-- kept only for the throttling window (old rows are deleted on each login).
CREATE TABLE login_attempts (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email   text NOT NULL,
    address text NOT NULL,
    at      timestamptz NOT NULL
);
CREATE INDEX login_attempts_email_idx ON login_attempts (email, at);
CREATE INDEX login_attempts_address_idx ON login_attempts (address, at);

CREATE TABLE audit_entries (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid REFERENCES cooperations (id) ON DELETE CASCADE,
    at             timestamptz NOT NULL,
    actor_id       uuid REFERENCES users (id),
    action         text NOT NULL,
    entity_type    text NOT NULL,
    entity_id      text NOT NULL,
    changes        jsonb NOT NULL DEFAULT '[]',
    request_id     text NOT NULL DEFAULT ''
);
CREATE INDEX audit_entries_cooperation_at_idx ON audit_entries (cooperation_id, at DESC);
CREATE INDEX audit_entries_entity_idx ON audit_entries (entity_type, entity_id);

CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    to_address      text NOT NULL,
    template        text NOT NULL,
    locale          text NOT NULL CHECK (locale IN ('DE', 'EN')),
    data            jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      text NOT NULL DEFAULT '',
    sent_at         timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- +goose Down
DROP TABLE mail_outbox, audit_entries, login_attempts, password_tokens, refresh_tokens, sessions,
    memberships, partners, organisations, cooperations, users, app_settings;
