-- +goose Up
-- The award, slice 1: programmes, yearly cycles with their phase, criteria and the partners'
-- approvals of the criteria set. Nominations, the jury and the scores come with later slices.

CREATE TABLE award_programmes (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id         uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    name                   text NOT NULL CHECK (btrim(name) <> ''),
    description            text NOT NULL DEFAULT '',
    winner_exclusion_years integer NOT NULL DEFAULT 0 CHECK (winner_exclusion_years BETWEEN 0 AND 50),
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                integer NOT NULL DEFAULT 1,
    CONSTRAINT award_programmes_cooperation_id_id_key UNIQUE (cooperation_id, id)
);
CREATE UNIQUE INDEX award_programmes_name_key ON award_programmes (cooperation_id, lower(name));

CREATE TABLE award_cycles (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id        uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    programme_id          uuid NOT NULL,
    year                  integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    title                 text NOT NULL CHECK (btrim(title) <> ''),
    categories            text[] NOT NULL DEFAULT '{}',
    nomination_opens_at   timestamptz NOT NULL,
    nomination_closes_at  timestamptz NOT NULL,
    voting_closes_at      timestamptz NOT NULL,
    quorum                integer NOT NULL CHECK (quorum >= 1),
    tie_break_rule        text NOT NULL CHECK (tie_break_rule IN ('MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR', 'MEDIAN_THEN_CHAIR')),
    announcement_event_id uuid,
    phase                 text NOT NULL DEFAULT 'DRAFT'
        CHECK (phase IN ('DRAFT', 'NOMINATION_OPEN', 'NOMINATION_CLOSED', 'JURY_VOTING', 'DECIDED', 'ANNOUNCED')),
    criteria_version      integer NOT NULL DEFAULT 1,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               integer NOT NULL DEFAULT 1,
    CONSTRAINT award_cycles_year_key UNIQUE (programme_id, year),
    CONSTRAINT award_cycles_cooperation_id_id_key UNIQUE (cooperation_id, id),
    CONSTRAINT award_cycles_dates_ordered CHECK (nomination_opens_at < nomination_closes_at AND nomination_closes_at < voting_closes_at),
    FOREIGN KEY (cooperation_id, programme_id) REFERENCES award_programmes (cooperation_id, id) ON DELETE CASCADE,
    -- deleting the event unlinks it (PostgreSQL 15: SET NULL of one column of the key)
    FOREIGN KEY (cooperation_id, announcement_event_id) REFERENCES events (cooperation_id, id) ON DELETE SET NULL (announcement_event_id)
);

CREATE TABLE award_criteria (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cycle_id    uuid NOT NULL REFERENCES award_cycles (id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    description text NOT NULL DEFAULT '',
    weight      integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    score_min   integer NOT NULL,
    score_max   integer NOT NULL,
    position    integer NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT award_criteria_range CHECK (score_min < score_max)
);
CREATE UNIQUE INDEX award_criteria_name_key ON award_criteria (cycle_id, lower(name));
CREATE INDEX award_criteria_cycle_id_idx ON award_criteria (cycle_id, position);

-- One row per partner that approved the cycle's current criteria set; any change to the
-- criteria deletes them all. A partner that leaves the cooperation takes its approval along.
CREATE TABLE award_criteria_approvals (
    cycle_id         uuid NOT NULL REFERENCES award_cycles (id) ON DELETE CASCADE,
    partner_id       uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    approved_by      uuid REFERENCES users (id),
    approved_at      timestamptz NOT NULL,
    criteria_version integer NOT NULL,
    PRIMARY KEY (cycle_id, partner_id)
);

-- +goose Down
DROP TABLE award_criteria_approvals;
DROP TABLE award_criteria;
DROP TABLE award_cycles;
DROP TABLE award_programmes;
