-- +goose Up
-- The annual retreat: participants, agenda, proposals linked to goals, the points participants
-- place on proposals, decisions and what closing created from them.

CREATE TABLE retreats (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id      uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    title               text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
    plan_year           integer NOT NULL CHECK (plan_year BETWEEN 2000 AND 2100),
    starts_at           timestamptz NOT NULL,
    ends_on             date NOT NULL,
    place               text NOT NULL DEFAULT '' CHECK (length(place) <= 300),
    status              text NOT NULL DEFAULT 'PREPARING' CHECK (status IN ('PREPARING', 'IN_SESSION', 'CLOSED')),
    voting_open         boolean NOT NULL DEFAULT false,
    points_budget       integer NOT NULL CHECK (points_budget BETWEEN 1 AND 100),
    chair_membership_id uuid,
    closed_at           timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             integer NOT NULL DEFAULT 1,
    CONSTRAINT retreats_cooperation_id_id_key UNIQUE (cooperation_id, id),
    -- one retreat plans one year
    CONSTRAINT retreats_plan_year_key UNIQUE (cooperation_id, plan_year),
    CONSTRAINT retreats_voting_in_session CHECK (NOT voting_open OR status = 'IN_SESSION'),
    CONSTRAINT retreats_closed_at CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    FOREIGN KEY (cooperation_id, chair_membership_id) REFERENCES memberships (cooperation_id, id) ON DELETE SET NULL (chair_membership_id)
);

CREATE TABLE retreat_participants (
    retreat_id     uuid NOT NULL,
    membership_id  uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    PRIMARY KEY (retreat_id, membership_id),
    FOREIGN KEY (cooperation_id, retreat_id) REFERENCES retreats (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, membership_id) REFERENCES memberships (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX retreat_participants_membership_idx ON retreat_participants (membership_id);

CREATE TABLE proposals (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id          uuid NOT NULL,
    retreat_id              uuid NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('TOPIC', 'EVENT', 'WORKSTREAM', 'PRIORITY')),
    title                   text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
    description             text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    series_id               uuid,
    planned_on              date,
    workstream_id           uuid,
    priority                text CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    submitter_membership_id uuid,
    -- the submitter as they were named, for the minutes
    submitter_name          text NOT NULL,
    submitter_partner_id    uuid,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    version                 integer NOT NULL DEFAULT 1,
    CONSTRAINT proposals_cooperation_id_id_key UNIQUE (cooperation_id, id),
    CONSTRAINT proposals_retreat_id_id_key UNIQUE (retreat_id, id),
    CONSTRAINT proposals_event_fields CHECK (kind <> 'EVENT' OR (series_id IS NOT NULL AND planned_on IS NOT NULL)),
    CONSTRAINT proposals_series_only_event CHECK (kind = 'EVENT' OR (series_id IS NULL AND planned_on IS NULL)),
    CONSTRAINT proposals_workstream_only CHECK (kind = 'WORKSTREAM' OR workstream_id IS NULL),
    CONSTRAINT proposals_priority_needed CHECK (NOT (kind = 'PRIORITY' OR (kind = 'WORKSTREAM' AND workstream_id IS NOT NULL)) OR priority IS NOT NULL),
    FOREIGN KEY (cooperation_id, retreat_id) REFERENCES retreats (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, series_id) REFERENCES event_series (cooperation_id, id),
    FOREIGN KEY (cooperation_id, workstream_id) REFERENCES workstreams (cooperation_id, id) ON DELETE SET NULL (workstream_id),
    FOREIGN KEY (cooperation_id, submitter_membership_id) REFERENCES memberships (cooperation_id, id) ON DELETE SET NULL (submitter_membership_id),
    FOREIGN KEY (cooperation_id, submitter_partner_id) REFERENCES partners (cooperation_id, id) ON DELETE SET NULL (submitter_partner_id)
);
CREATE INDEX proposals_retreat_idx ON proposals (retreat_id, created_at);
CREATE INDEX proposals_workstream_idx ON proposals (workstream_id) WHERE workstream_id IS NOT NULL;
CREATE INDEX proposals_series_idx ON proposals (series_id) WHERE series_id IS NOT NULL;

CREATE TABLE proposal_goals (
    proposal_id    uuid NOT NULL,
    goal_id        uuid NOT NULL,
    cooperation_id uuid NOT NULL,
    PRIMARY KEY (proposal_id, goal_id),
    FOREIGN KEY (cooperation_id, proposal_id) REFERENCES proposals (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, goal_id) REFERENCES goals (cooperation_id, id) ON DELETE CASCADE
);
CREATE INDEX proposal_goals_goal_idx ON proposal_goals (goal_id);

CREATE TABLE agenda_items (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id          uuid NOT NULL,
    retreat_id              uuid NOT NULL,
    position                integer NOT NULL CHECK (position >= 1),
    title                   text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
    duration_minutes        integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    presenter_membership_id uuid,
    notes                   text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    version                 integer NOT NULL DEFAULT 1,
    FOREIGN KEY (cooperation_id, retreat_id) REFERENCES retreats (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (retreat_id, presenter_membership_id) REFERENCES retreat_participants (retreat_id, membership_id) ON DELETE SET NULL (presenter_membership_id)
);
CREATE INDEX agenda_items_retreat_idx ON agenda_items (retreat_id, position);

CREATE TABLE agenda_item_proposals (
    agenda_item_id uuid NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    proposal_id    uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    PRIMARY KEY (agenda_item_id, proposal_id)
);
CREATE INDEX agenda_item_proposals_proposal_idx ON agenda_item_proposals (proposal_id);

-- A participant's points on a proposal; no row is no points. The sum per participant stays
-- within the retreat's budget: a vote locks the participant's row before it counts.
CREATE TABLE votes (
    retreat_id    uuid NOT NULL,
    proposal_id   uuid NOT NULL,
    membership_id uuid NOT NULL,
    points        integer NOT NULL CHECK (points BETWEEN 1 AND 100),
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, membership_id),
    FOREIGN KEY (retreat_id, proposal_id) REFERENCES proposals (retreat_id, id) ON DELETE CASCADE,
    FOREIGN KEY (retreat_id, membership_id) REFERENCES retreat_participants (retreat_id, membership_id) ON DELETE CASCADE
);
CREATE INDEX votes_participant_idx ON votes (retreat_id, membership_id);

CREATE TABLE decisions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id   uuid NOT NULL,
    retreat_id       uuid NOT NULL,
    -- NULL: a free decision
    proposal_id      uuid UNIQUE,
    outcome          text NOT NULL CHECK (outcome IN ('ACCEPTED', 'REJECTED', 'DEFERRED')),
    text             text NOT NULL CHECK (btrim(text) <> '' AND length(text) <= 2000),
    owner_partner_id uuid,
    due_on           date,
    created_at       timestamptz NOT NULL,
    version          integer NOT NULL DEFAULT 1,
    CONSTRAINT decisions_accepted_owner CHECK (outcome <> 'ACCEPTED' OR owner_partner_id IS NOT NULL),
    CONSTRAINT decisions_free_accepted CHECK (proposal_id IS NOT NULL OR outcome = 'ACCEPTED'),
    FOREIGN KEY (cooperation_id, retreat_id) REFERENCES retreats (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (retreat_id, proposal_id) REFERENCES proposals (retreat_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, owner_partner_id) REFERENCES partners (cooperation_id, id)
);
CREATE INDEX decisions_retreat_idx ON decisions (retreat_id, created_at);

-- What closing created or changed for a decision: the minutes' record, written once.
CREATE TABLE plan_items (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    decision_id uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('EVENT', 'WORKSTREAM', 'WORKSTREAM_PRIORITY', 'GOAL_PRIORITY', 'TASK')),
    target_id   uuid NOT NULL,
    title       text NOT NULL,
    detail      text NOT NULL DEFAULT '',
    position    integer NOT NULL,
    CONSTRAINT plan_items_target_key UNIQUE (decision_id, kind, target_id)
);

-- The task a decision became, so that it is never created twice.
ALTER TABLE tasks ADD COLUMN decision_id uuid REFERENCES decisions (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX tasks_decision_key ON tasks (decision_id) WHERE decision_id IS NOT NULL;

-- Comments on proposals use the comments table.
ALTER TABLE comments ADD COLUMN proposal_id uuid;
ALTER TABLE comments ADD FOREIGN KEY (cooperation_id, proposal_id)
    REFERENCES proposals (cooperation_id, id) ON DELETE CASCADE;
ALTER TABLE comments DROP CONSTRAINT comments_one_subject;
ALTER TABLE comments ADD CONSTRAINT comments_one_subject CHECK (num_nonnulls(event_id, workstream_id, proposal_id) = 1);
CREATE INDEX comments_proposal_idx ON comments (proposal_id, created_at) WHERE proposal_id IS NOT NULL;

-- A retreat fulfils a commitment ("einmal pro Jahr in Klausur gehen") in the year it was held.
ALTER TABLE commitment_fulfilments ADD COLUMN retreat_id uuid;
ALTER TABLE commitment_fulfilments ADD FOREIGN KEY (cooperation_id, retreat_id)
    REFERENCES retreats (cooperation_id, id) ON DELETE CASCADE;
ALTER TABLE commitment_fulfilments DROP CONSTRAINT commitment_fulfilments_one_measure;
ALTER TABLE commitment_fulfilments ADD CONSTRAINT commitment_fulfilments_one_measure
    CHECK (num_nonnulls(event_id, award_cycle_id, workstream_id, retreat_id) = 1);
CREATE UNIQUE INDEX commitment_fulfilments_retreat_key ON commitment_fulfilments (commitment_id, retreat_id) WHERE retreat_id IS NOT NULL;

-- Revoking a session tells every server process, so that its open websockets close at once.
-- +goose StatementBegin
CREATE FUNCTION notify_session_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('koop_session_revoked', NEW.id::text);
    RETURN NEW;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER sessions_revoked AFTER UPDATE OF revoked_at ON sessions
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION notify_session_revoked();

-- +goose Down
DROP TRIGGER sessions_revoked ON sessions;
DROP FUNCTION notify_session_revoked();
DROP INDEX commitment_fulfilments_retreat_key;
ALTER TABLE commitment_fulfilments DROP CONSTRAINT commitment_fulfilments_one_measure;
DELETE FROM commitment_fulfilments WHERE retreat_id IS NOT NULL;
ALTER TABLE commitment_fulfilments ADD CONSTRAINT commitment_fulfilments_one_measure
    CHECK (num_nonnulls(event_id, award_cycle_id, workstream_id) = 1);
ALTER TABLE commitment_fulfilments DROP COLUMN retreat_id;
DROP INDEX comments_proposal_idx;
ALTER TABLE comments DROP CONSTRAINT comments_one_subject;
DELETE FROM comments WHERE proposal_id IS NOT NULL;
ALTER TABLE comments ADD CONSTRAINT comments_one_subject CHECK (num_nonnulls(event_id, workstream_id) = 1);
ALTER TABLE comments DROP COLUMN proposal_id;
DROP INDEX tasks_decision_key;
ALTER TABLE tasks DROP COLUMN decision_id;
DROP TABLE plan_items, decisions, votes, agenda_item_proposals, agenda_items, proposal_goals, proposals,
    retreat_participants, retreats;
