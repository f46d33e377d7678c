-- Joint events: series with their task checklist, events, organisers, and the one task kind.
-- Composite foreign keys (cooperation_id, id) keep every reference inside one cooperation.

-- +goose Up
ALTER TABLE partners ADD CONSTRAINT partners_cooperation_id_id_key UNIQUE (cooperation_id, id);
ALTER TABLE memberships ADD CONSTRAINT memberships_cooperation_id_id_key UNIQUE (cooperation_id, id);

CREATE TABLE event_series (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id          uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    name                    text NOT NULL CHECK (btrim(name) <> ''),
    description             text NOT NULL DEFAULT '',
    default_lead_partner_id uuid,
    usual_month             integer CHECK (usual_month BETWEEN 1 AND 12),
    task_template           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(task_template) = 'array'),
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    version                 integer NOT NULL DEFAULT 1,
    CONSTRAINT event_series_cooperation_id_id_key UNIQUE (cooperation_id, id),
    FOREIGN KEY (cooperation_id, default_lead_partner_id) REFERENCES partners (cooperation_id, id)
);
CREATE UNIQUE INDEX event_series_name_key ON event_series (cooperation_id, lower(name));

CREATE TABLE events (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id  uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    series_id       uuid,
    title           text NOT NULL CHECK (btrim(title) <> ''),
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    venue           text NOT NULL DEFAULT '',
    address         text NOT NULL DEFAULT '',
    capacity        integer CHECK (capacity > 0),
    lead_partner_id uuid NOT NULL,
    description     text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT 'IDEA'
        CHECK (status IN ('IDEA', 'PLANNING', 'CONFIRMED', 'INVITATIONS_SENT', 'HELD', 'DOCUMENTED', 'CANCELLED')),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT events_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT events_cooperation_id_id_key UNIQUE (cooperation_id, id),
    FOREIGN KEY (cooperation_id, series_id) REFERENCES event_series (cooperation_id, id),
    FOREIGN KEY (cooperation_id, lead_partner_id) REFERENCES partners (cooperation_id, id)
);
CREATE INDEX events_cooperation_starts_idx ON events (cooperation_id, starts_at);
CREATE INDEX events_series_idx ON events (series_id);

CREATE TABLE event_organisers (
    event_id       uuid NOT NULL,
    membership_id  uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    PRIMARY KEY (event_id, membership_id),
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, membership_id) REFERENCES memberships (cooperation_id, id) ON DELETE CASCADE
);

CREATE TABLE tasks (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id   uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    event_id         uuid,
    title            text NOT NULL CHECK (btrim(title) <> ''),
    due_on           date,
    done             boolean NOT NULL DEFAULT false,
    done_at          timestamptz,
    assignee_id      uuid REFERENCES users (id),
    owner_partner_id uuid,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          integer NOT NULL DEFAULT 1,
    CONSTRAINT tasks_done_at CHECK (done = (done_at IS NOT NULL)),
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, owner_partner_id) REFERENCES partners (cooperation_id, id)
);
CREATE INDEX tasks_event_idx ON tasks (event_id);
CREATE INDEX tasks_assignee_open_idx ON tasks (assignee_id, due_on) WHERE NOT done;

-- +goose Down
DROP TABLE tasks, event_organisers, events, event_series;
ALTER TABLE memberships DROP CONSTRAINT memberships_cooperation_id_id_key;
ALTER TABLE partners DROP CONSTRAINT partners_cooperation_id_id_key;
