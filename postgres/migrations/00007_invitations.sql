-- Guests: invitations of contacts (or walk-ins at the door) to events, with their answer, a
-- plus-one, the waiting list and check-in. The personal RSVP link's token is never stored: it is
-- derived from a server key (app_settings 'rsvp_key') and the invitation's token_serial, and only
-- its SHA-256 hash is kept for the lookup. Mails may now carry one attachment (the .ics).

-- +goose Up
ALTER TABLE events
    ADD COLUMN rsvp_deadline     timestamptz,
    ADD COLUMN plus_ones_allowed boolean NOT NULL DEFAULT true;

CREATE TABLE invitations (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    event_id       uuid NOT NULL,
    contact_id     uuid,
    -- a walk-in without a contact record carries only a name
    walk_in_name   text NOT NULL DEFAULT '' CHECK (length(walk_in_name) <= 200),
    status         text NOT NULL CHECK (status IN ('DRAFT', 'INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW')),
    plus_one       boolean NOT NULL DEFAULT false,
    plus_one_name  text NOT NULL DEFAULT '' CHECK (length(plus_one_name) <= 200),
    invited_at     timestamptz,
    answered_at    timestamptz,
    -- the place on the waiting list: the time the party asked for a seat
    waitlisted_at  timestamptz,
    promoted_at    timestamptz,
    checked_in_at  timestamptz,
    reminded_at    timestamptz,
    token_serial   integer NOT NULL DEFAULT 0,
    token_hash     bytea UNIQUE,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT invitations_guest CHECK (contact_id IS NOT NULL OR btrim(walk_in_name) <> ''),
    CONSTRAINT invitations_waitlist CHECK ((status = 'WAITLISTED') = (waitlisted_at IS NOT NULL)),
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, contact_id) REFERENCES contacts (cooperation_id, id)
);
CREATE UNIQUE INDEX invitations_contact_key ON invitations (event_id, contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX invitations_event_idx ON invitations (event_id, status);
CREATE INDEX invitations_contact_idx ON invitations (contact_id) WHERE contact_id IS NOT NULL;

ALTER TABLE mail_outbox
    ADD COLUMN attachment_name text NOT NULL DEFAULT '',
    ADD COLUMN attachment_type text NOT NULL DEFAULT '',
    ADD COLUMN attachment_data bytea;

-- +goose Down
ALTER TABLE mail_outbox DROP COLUMN attachment_name, DROP COLUMN attachment_type, DROP COLUMN attachment_data;
DROP TABLE invitations;
ALTER TABLE events DROP COLUMN rsvp_deadline, DROP COLUMN plus_ones_allowed;
