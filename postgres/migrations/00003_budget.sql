-- Joint events: budgets. Lines with the share each partner pays, and sponsorships by
-- organisations. Money is integer euro cents. Composite foreign keys (cooperation_id, id) keep
-- every reference inside one cooperation, as in 00002_events.sql.

-- +goose Up
CREATE TABLE budget_lines (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    event_id       uuid NOT NULL,
    category       text NOT NULL
        CHECK (category IN ('VENUE', 'CATERING', 'PRINT_AND_ADVERTISING', 'TECHNOLOGY', 'FEES', 'GIFTS_AND_AWARDS', 'OTHER')),
    description    text NOT NULL DEFAULT '',
    planned_cents  bigint NOT NULL CHECK (planned_cents >= 0),
    actual_cents   bigint CHECK (actual_cents >= 0),
    share_mode     text NOT NULL CHECK (share_mode IN ('PERCENT', 'AMOUNT')),
    position       integer NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT budget_lines_cooperation_id_id_key UNIQUE (cooperation_id, id),
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX budget_lines_event_idx ON budget_lines (event_id, position);

-- One row per partner and line: basis points (10000 = 100 %) for PERCENT lines, cents for
-- AMOUNT lines. That they add up is checked by the service, which sees the whole line.
CREATE TABLE budget_line_shares (
    line_id        uuid NOT NULL,
    partner_id     uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    basis_points   integer CHECK (basis_points BETWEEN 0 AND 10000),
    amount_cents   bigint CHECK (amount_cents >= 0),
    PRIMARY KEY (line_id, partner_id),
    CONSTRAINT budget_line_shares_one_value CHECK ((basis_points IS NULL) <> (amount_cents IS NULL)),
    FOREIGN KEY (cooperation_id, line_id) REFERENCES budget_lines (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, partner_id) REFERENCES partners (cooperation_id, id)
);
CREATE INDEX budget_line_shares_partner_idx ON budget_line_shares (partner_id);

CREATE TABLE sponsorships (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id  uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    event_id        uuid NOT NULL,
    organisation_id uuid NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('MONEY', 'IN_KIND')),
    amount_cents    bigint NOT NULL CHECK (amount_cents > 0),
    status          text NOT NULL DEFAULT 'PLEDGED' CHECK (status IN ('PLEDGED', 'RECEIVED')),
    note            text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 1,
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, organisation_id) REFERENCES organisations (cooperation_id, id)
);
CREATE INDEX sponsorships_event_idx ON sponsorships (event_id);
CREATE INDEX sponsorships_organisation_idx ON sponsorships (organisation_id);

-- +goose Down
DROP TABLE sponsorships, budget_line_shares, budget_lines;
