-- +goose Up
-- The agreement and its goals: agreements with their parties and commitments (and which
-- measures fulfil each commitment per year), the mission statement and the goal tree, the joint
-- workstreams with milestones and status reports, and KPIs with their measurements.

-- Signed agreements of one cooperation must not overlap; the exclusion constraint needs
-- equality on uuid inside a GiST index.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE agreements (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    title          text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
    body           text NOT NULL DEFAULT '' CHECK (length(body) <= 50000),
    valid_from     date NOT NULL,
    -- NULL: open-ended
    valid_until    date,
    status         text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SIGNED')),
    -- the agreement this one succeeds
    predecessor_id uuid,
    signed_at      timestamptz,
    signed_by      uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT agreements_cooperation_id_id_key UNIQUE (cooperation_id, id),
    CONSTRAINT agreements_valid_range CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CONSTRAINT agreements_signed CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL)),
    -- one successor per agreement
    CONSTRAINT agreements_one_successor UNIQUE (predecessor_id),
    CONSTRAINT agreements_no_overlap EXCLUDE USING gist (
        cooperation_id WITH =, daterange(valid_from, valid_until, '[]') WITH &&) WHERE (status = 'SIGNED'),
    FOREIGN KEY (cooperation_id, predecessor_id) REFERENCES agreements (cooperation_id, id)
);
CREATE INDEX agreements_cooperation_idx ON agreements (cooperation_id, valid_from);

-- The partners that are party to an agreement, with who signs for them and when.
CREATE TABLE agreement_parties (
    agreement_id   uuid NOT NULL,
    partner_id     uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    signatory      text NOT NULL DEFAULT '' CHECK (length(signatory) <= 200),
    signed_on      date,
    position       integer NOT NULL,
    PRIMARY KEY (agreement_id, partner_id),
    FOREIGN KEY (cooperation_id, agreement_id) REFERENCES agreements (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, partner_id) REFERENCES partners (cooperation_id, id)
);

CREATE TABLE commitments (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    agreement_id   uuid NOT NULL,
    position       integer NOT NULL,
    title          text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
    description    text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    -- recurring: to be kept every year (the dinner); otherwise once (a trade fair)
    recurring      boolean NOT NULL DEFAULT true,
    -- the commitment of the predecessor agreement this one takes over
    carried_from_id uuid REFERENCES commitments (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT commitments_cooperation_id_id_key UNIQUE (cooperation_id, id),
    FOREIGN KEY (cooperation_id, agreement_id) REFERENCES agreements (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX commitments_agreement_idx ON commitments (agreement_id, position);

-- The mission statement [Leitbild] of a cooperation.
CREATE TABLE strategies (
    cooperation_id    uuid PRIMARY KEY REFERENCES cooperations (id) ON DELETE CASCADE,
    mission_statement text NOT NULL DEFAULT '' CHECK (length(mission_statement) <= 2000),
    updated_at        timestamptz NOT NULL,
    version           integer NOT NULL DEFAULT 1
);

-- Top goals [Oberziele] have no parent; sub-goals [Unterziele] do. Codes ("2.3") are the
-- positions along the path and are computed, never stored.
CREATE TABLE goals (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    parent_id      uuid,
    position       integer NOT NULL CHECK (position >= 1),
    title          text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
    description    text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    -- NULL: not prioritised yet (a coverage gap)
    priority       text CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT goals_cooperation_id_id_key UNIQUE (cooperation_id, id),
    CONSTRAINT goals_not_own_parent CHECK (parent_id IS DISTINCT FROM id),
    FOREIGN KEY (cooperation_id, parent_id) REFERENCES goals (cooperation_id, id)
);
CREATE INDEX goals_parent_idx ON goals (cooperation_id, parent_id, position);

CREATE TABLE workstreams (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    title          text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
    description    text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    status         text NOT NULL DEFAULT 'PROPOSED'
        CHECK (status IN ('PROPOSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE', 'PAUSED')),
    -- NULL: not prioritised (the retreat sets it)
    priority       text CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    starts_on      date NOT NULL,
    ends_on        date,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT workstreams_cooperation_id_id_key UNIQUE (cooperation_id, id),
    CONSTRAINT workstreams_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX workstreams_cooperation_idx ON workstreams (cooperation_id, status);
CREATE UNIQUE INDEX workstreams_title_key ON workstreams (cooperation_id, lower(title));

-- The leads of a workstream: members of the cooperation, ideally one from each partner.
CREATE TABLE workstream_leads (
    workstream_id  uuid NOT NULL,
    membership_id  uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    PRIMARY KEY (workstream_id, membership_id),
    FOREIGN KEY (cooperation_id, workstream_id) REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, membership_id) REFERENCES memberships (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX workstream_leads_membership_idx ON workstream_leads (membership_id);

-- Measures [Maßnahmen] linked to the goals they serve: workstreams and event series.
CREATE TABLE workstream_goals (
    workstream_id  uuid NOT NULL,
    goal_id        uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    PRIMARY KEY (workstream_id, goal_id),
    FOREIGN KEY (cooperation_id, workstream_id) REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, goal_id) REFERENCES goals (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX workstream_goals_goal_idx ON workstream_goals (goal_id);

CREATE TABLE event_series_goals (
    series_id      uuid NOT NULL,
    goal_id        uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    PRIMARY KEY (series_id, goal_id),
    FOREIGN KEY (cooperation_id, series_id) REFERENCES event_series (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, goal_id) REFERENCES goals (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX event_series_goals_goal_idx ON event_series_goals (goal_id);

CREATE TABLE milestones (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    workstream_id  uuid NOT NULL,
    title          text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 300),
    due_on         date NOT NULL,
    done_on        date,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    FOREIGN KEY (cooperation_id, workstream_id) REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX milestones_workstream_idx ON milestones (workstream_id, due_on);

-- Periodic status reports; each records the status the workstream was set to.
CREATE TABLE status_reports (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    workstream_id  uuid NOT NULL,
    status         text NOT NULL CHECK (status IN ('PROPOSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE', 'PAUSED')),
    summary        text NOT NULL CHECK (btrim(summary) <> '' AND length(summary) <= 10000),
    author_id      uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    FOREIGN KEY (cooperation_id, workstream_id) REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX status_reports_workstream_idx ON status_reports (workstream_id, created_at DESC);

-- KPIs [Kennzahlen] measure a goal, a workstream or an event series.
CREATE TABLE kpis (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    goal_id        uuid,
    workstream_id  uuid,
    series_id      uuid,
    name           text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
    unit           text NOT NULL CHECK (btrim(unit) <> '' AND length(unit) <= 40),
    baseline       numeric NOT NULL,
    baseline_on    date,
    target         numeric NOT NULL,
    target_on      date,
    direction      text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 1,
    CONSTRAINT kpis_cooperation_id_id_key UNIQUE (cooperation_id, id),
    CONSTRAINT kpis_one_subject CHECK (num_nonnulls(goal_id, workstream_id, series_id) = 1),
    CONSTRAINT kpis_target_direction CHECK (
        (direction = 'HIGHER_IS_BETTER' AND target > baseline) OR (direction = 'LOWER_IS_BETTER' AND target < baseline)),
    FOREIGN KEY (cooperation_id, goal_id) REFERENCES goals (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, workstream_id) REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, series_id) REFERENCES event_series (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX kpis_goal_idx ON kpis (goal_id) WHERE goal_id IS NOT NULL;
CREATE INDEX kpis_workstream_idx ON kpis (workstream_id) WHERE workstream_id IS NOT NULL;
CREATE INDEX kpis_series_idx ON kpis (series_id) WHERE series_id IS NOT NULL;

CREATE TABLE measurements (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    kpi_id         uuid NOT NULL,
    measured_on    date NOT NULL,
    value          numeric NOT NULL,
    note           text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    recorded_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT measurements_one_per_day UNIQUE (kpi_id, measured_on),
    FOREIGN KEY (cooperation_id, kpi_id) REFERENCES kpis (cooperation_id, id) ON DELETE CASCADE
);

-- Which measures fulfil a commitment in a year: an event, an award cycle or a workstream
-- (retreats add their column).
CREATE TABLE commitment_fulfilments (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    commitment_id  uuid NOT NULL,
    year           integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    event_id       uuid,
    award_cycle_id uuid,
    workstream_id  uuid,
    created_at     timestamptz NOT NULL,
    CONSTRAINT commitment_fulfilments_one_measure CHECK (num_nonnulls(event_id, award_cycle_id, workstream_id) = 1),
    FOREIGN KEY (cooperation_id, commitment_id) REFERENCES commitments (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, event_id) REFERENCES events (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, award_cycle_id) REFERENCES award_cycles (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, workstream_id) REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX commitment_fulfilments_commitment_idx ON commitment_fulfilments (commitment_id, year);
CREATE UNIQUE INDEX commitment_fulfilments_event_key ON commitment_fulfilments (commitment_id, event_id) WHERE event_id IS NOT NULL;
CREATE UNIQUE INDEX commitment_fulfilments_cycle_key ON commitment_fulfilments (commitment_id, award_cycle_id) WHERE award_cycle_id IS NOT NULL;
CREATE UNIQUE INDEX commitment_fulfilments_workstream_key ON commitment_fulfilments (commitment_id, year, workstream_id) WHERE workstream_id IS NOT NULL;
CREATE INDEX commitment_fulfilments_event_idx ON commitment_fulfilments (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX commitment_fulfilments_workstream_idx ON commitment_fulfilments (workstream_id) WHERE workstream_id IS NOT NULL;

-- Tasks, comments and files on workstreams use the tables of events.
ALTER TABLE tasks ADD COLUMN workstream_id uuid;
ALTER TABLE tasks ADD FOREIGN KEY (cooperation_id, workstream_id)
    REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE;
ALTER TABLE tasks ADD CONSTRAINT tasks_one_subject CHECK (num_nonnulls(event_id, workstream_id) <= 1);
CREATE INDEX tasks_workstream_idx ON tasks (workstream_id) WHERE workstream_id IS NOT NULL;

ALTER TABLE comments ADD COLUMN workstream_id uuid;
ALTER TABLE comments ADD FOREIGN KEY (cooperation_id, workstream_id)
    REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE;
ALTER TABLE comments DROP CONSTRAINT comments_one_subject;
ALTER TABLE comments ADD CONSTRAINT comments_one_subject CHECK (num_nonnulls(event_id, workstream_id) = 1);
CREATE INDEX comments_workstream_idx ON comments (workstream_id, created_at) WHERE workstream_id IS NOT NULL;

ALTER TABLE attachments ADD COLUMN workstream_id uuid;
ALTER TABLE attachments ADD FOREIGN KEY (cooperation_id, workstream_id)
    REFERENCES workstreams (cooperation_id, id) ON DELETE CASCADE;
ALTER TABLE attachments DROP CONSTRAINT attachments_one_subject;
ALTER TABLE attachments ADD CONSTRAINT attachments_one_subject CHECK (num_nonnulls(event_id, nomination_id, workstream_id) = 1);
CREATE INDEX attachments_workstream_idx ON attachments (workstream_id, created_at) WHERE workstream_id IS NOT NULL;

-- +goose Down
DROP INDEX attachments_workstream_idx;
ALTER TABLE attachments DROP CONSTRAINT attachments_one_subject;
DELETE FROM attachments WHERE workstream_id IS NOT NULL;
ALTER TABLE attachments ADD CONSTRAINT attachments_one_subject CHECK (num_nonnulls(event_id, nomination_id) = 1);
ALTER TABLE attachments DROP COLUMN workstream_id;
DROP INDEX comments_workstream_idx;
ALTER TABLE comments DROP CONSTRAINT comments_one_subject;
DELETE FROM comments WHERE workstream_id IS NOT NULL;
ALTER TABLE comments ADD CONSTRAINT comments_one_subject CHECK (num_nonnulls(event_id) = 1);
ALTER TABLE comments DROP COLUMN workstream_id;
DELETE FROM tasks WHERE workstream_id IS NOT NULL;
ALTER TABLE tasks DROP CONSTRAINT tasks_one_subject;
ALTER TABLE tasks DROP COLUMN workstream_id;
DROP TABLE commitment_fulfilments, measurements, kpis, status_reports, milestones, event_series_goals,
    workstream_goals, workstream_leads, workstreams, goals, strategies, commitments, agreement_parties, agreements;
