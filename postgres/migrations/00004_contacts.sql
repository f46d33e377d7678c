-- Contacts (people koop holds data on: guests, nominators, outside jurors) and distribution
-- lists. Contacts are personal data (GDPR): each records its legal basis, and consent carries
-- its date. opted_out_at is set by the opt-out link of invitation mails (later work).

-- +goose Up
CREATE TABLE contacts (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id  uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    salutation      text NOT NULL DEFAULT 'NONE' CHECK (salutation IN ('NONE', 'MS', 'MR', 'DIVERSE')),
    title           text NOT NULL DEFAULT '',
    first_name      text NOT NULL DEFAULT '',
    last_name       text NOT NULL CHECK (btrim(last_name) <> ''),
    function        text NOT NULL DEFAULT '',
    organisation_id uuid,
    email           text CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    phone           text NOT NULL DEFAULT '',
    street          text NOT NULL DEFAULT '',
    postal_code     text NOT NULL DEFAULT '',
    city            text NOT NULL DEFAULT '',
    legal_basis     text NOT NULL CHECK (legal_basis IN ('CONSENT', 'LEGITIMATE_INTEREST', 'CONTRACT', 'PUBLIC_TASK')),
    consent_at      date,
    note            text NOT NULL DEFAULT '',
    opted_out_at    timestamptz NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 1,
    -- consent needs its date; other legal bases have none
    CONSTRAINT contacts_consent_date CHECK ((legal_basis = 'CONSENT') = (consent_at IS NOT NULL)),
    -- lets invitations and list members require a contact of the same cooperation
    CONSTRAINT contacts_cooperation_id_id_key UNIQUE (cooperation_id, id),
    FOREIGN KEY (cooperation_id, organisation_id) REFERENCES organisations (cooperation_id, id)
);
CREATE UNIQUE INDEX contacts_email_key ON contacts (cooperation_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX contacts_cooperation_name_idx ON contacts (cooperation_id, lower(last_name), lower(first_name));
CREATE INDEX contacts_organisation_idx ON contacts (organisation_id);

CREATE TABLE distribution_lists (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    name           text NOT NULL CHECK (btrim(name) <> ''),
    description    text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT distribution_lists_cooperation_id_id_key UNIQUE (cooperation_id, id)
);
CREATE UNIQUE INDEX distribution_lists_name_key ON distribution_lists (cooperation_id, lower(name));

CREATE TABLE distribution_list_members (
    list_id        uuid NOT NULL,
    contact_id     uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    added_at       timestamptz NOT NULL,
    PRIMARY KEY (list_id, contact_id),
    FOREIGN KEY (cooperation_id, list_id) REFERENCES distribution_lists (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, contact_id) REFERENCES contacts (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX distribution_list_members_contact_idx ON distribution_list_members (contact_id);

-- +goose Down
DROP TABLE distribution_list_members, distribution_lists, contacts;
