-- +goose Up
-- The award, slice 2: nominations (by staff and through the public page), their eligibility,
-- the jury with its chair, conflicts of interest, the secret scores, and the locked result.

CREATE TABLE award_nominations (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cooperation_id         uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
    cycle_id               uuid NOT NULL,
    organisation_id        uuid NOT NULL,
    category               text NOT NULL CHECK (btrim(category) <> ''),
    -- the nominator; erasing the contact keeps the nomination
    nominator_contact_id   uuid REFERENCES contacts (id) ON DELETE SET NULL,
    justification          text NOT NULL CHECK (btrim(justification) <> '' AND length(justification) <= 10000),
    source                 text NOT NULL CHECK (source IN ('STAFF', 'PUBLIC')),
    eligibility            text NOT NULL DEFAULT 'PENDING' CHECK (eligibility IN ('PENDING', 'ELIGIBLE', 'INELIGIBLE')),
    eligibility_reason     text NOT NULL DEFAULT '',
    eligibility_decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
    eligibility_decided_at timestamptz,
    created_by             uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                integer NOT NULL DEFAULT 1,
    CONSTRAINT award_nominations_cooperation_id_id_key UNIQUE (cooperation_id, id),
    -- a company is nominated once per category and cycle
    CONSTRAINT award_nominations_once UNIQUE (cycle_id, organisation_id, category),
    -- a decision always carries its reason
    CONSTRAINT award_nominations_reasoned CHECK (eligibility = 'PENDING' OR btrim(eligibility_reason) <> ''),
    FOREIGN KEY (cooperation_id, cycle_id) REFERENCES award_cycles (cooperation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (cooperation_id, organisation_id) REFERENCES organisations (cooperation_id, id)
);
CREATE INDEX award_nominations_cycle_idx ON award_nominations (cycle_id, category, created_at);
CREATE INDEX award_nominations_organisation_idx ON award_nominations (organisation_id);

-- Documents attached to a nomination use the attachments of events, tasks and the rest.
ALTER TABLE attachments ADD COLUMN nomination_id uuid;
ALTER TABLE attachments ADD FOREIGN KEY (cooperation_id, nomination_id)
    REFERENCES award_nominations (cooperation_id, id) ON DELETE CASCADE;
ALTER TABLE attachments DROP CONSTRAINT attachments_one_subject;
ALTER TABLE attachments ADD CONSTRAINT attachments_one_subject CHECK (num_nonnulls(event_id, nomination_id) = 1);
CREATE INDEX attachments_nomination_idx ON attachments (nomination_id, created_at) WHERE nomination_id IS NOT NULL;

-- The jury of a cycle: members of the cooperation (outside jurors are EXTERNAL members), one of
-- them the chair. submitted_at is set when the juror submits the ballot; revising scores
-- afterwards keeps it submitted.
CREATE TABLE award_jurors (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    cycle_id     uuid NOT NULL REFERENCES award_cycles (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL REFERENCES users (id),
    is_chair     boolean NOT NULL DEFAULT false,
    submitted_at timestamptz,
    -- the last reminder sent to a juror who has not submitted
    reminded_at  timestamptz,
    created_at   timestamptz NOT NULL,
    -- counts the juror's ballot changes; it guards drafts against a stale tab
    ballot_version integer NOT NULL DEFAULT 0,
    CONSTRAINT award_jurors_once UNIQUE (cycle_id, user_id),
    CONSTRAINT award_jurors_cycle_id_id_key UNIQUE (cycle_id, id)
);
CREATE UNIQUE INDEX award_jurors_one_chair ON award_jurors (cycle_id) WHERE is_chair;
CREATE INDEX award_jurors_user_idx ON award_jurors (user_id);

-- A conflict of interest of a juror with a nomination: declared by the juror or set by the chair.
CREATE TABLE award_conflicts (
    cycle_id      uuid NOT NULL,
    juror_id      uuid NOT NULL,
    nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
    reason        text NOT NULL CHECK (btrim(reason) <> '' AND length(reason) <= 1000),
    set_by_chair  boolean NOT NULL,
    created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (juror_id, nomination_id),
    FOREIGN KEY (cycle_id, juror_id) REFERENCES award_jurors (cycle_id, id) ON DELETE CASCADE
);
CREATE INDEX award_conflicts_nomination_idx ON award_conflicts (nomination_id);

-- The secret scores: one row per juror, nomination and criterion. Only the juror reads their
-- own before the cycle is decided.
CREATE TABLE award_scores (
    cycle_id      uuid NOT NULL,
    juror_id      uuid NOT NULL,
    nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
    criterion_id  uuid NOT NULL REFERENCES award_criteria (id) ON DELETE CASCADE,
    value         integer NOT NULL,
    comment       text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (juror_id, nomination_id, criterion_id),
    FOREIGN KEY (cycle_id, juror_id) REFERENCES award_jurors (cycle_id, id) ON DELETE CASCADE
);
CREATE INDEX award_scores_nomination_idx ON award_scores (nomination_id);

-- The closed result: who closed it and when, the chair's casting vote if one was needed, and
-- one row per ranked nomination, written once.
ALTER TABLE award_cycles ADD COLUMN closed_by uuid REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE award_cycles ADD COLUMN closed_by_name text;
ALTER TABLE award_cycles ADD COLUMN closed_at timestamptz;
ALTER TABLE award_cycles ADD COLUMN casting_vote uuid[] NOT NULL DEFAULT '{}';
ALTER TABLE award_cycles ADD COLUMN announced_at timestamptz;

CREATE TABLE award_results (
    cycle_id      uuid NOT NULL REFERENCES award_cycles (id) ON DELETE CASCADE,
    nomination_id uuid NOT NULL REFERENCES award_nominations (id) ON DELETE CASCADE,
    category      text NOT NULL,
    rank          integer NOT NULL CHECK (rank >= 1),
    mean_num      bigint,
    mean_den      bigint,
    median_num    bigint,
    median_den    bigint,
    jurors        integer NOT NULL,
    top_ranks     integer NOT NULL,
    decided_by    text NOT NULL,
    PRIMARY KEY (cycle_id, nomination_id)
);

-- The lock: once a cycle is decided, nothing that made the result can change, whatever path
-- tries. The services refuse first with a German reason; this is the last line.
-- +goose StatementBegin
CREATE FUNCTION award_refuse_when_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    c uuid;
    p text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        c := OLD.cycle_id;
    ELSE
        c := NEW.cycle_id;
    END IF;
    -- Erasing a person must stay possible: dropping a reference to a contact or user (ON
    -- DELETE SET NULL) changes nothing that made the result.
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - ARRAY['nominator_contact_id', 'eligibility_decided_by', 'created_by'])
        = (to_jsonb(OLD) - ARRAY['nominator_contact_id', 'eligibility_decided_by', 'created_by']) THEN
        RETURN NEW;
    END IF;
    SELECT phase INTO p FROM award_cycles WHERE id = c;
    IF p IN ('DECIDED', 'ANNOUNCED') THEN
        RAISE EXCEPTION 'award cycle % is locked', c USING ERRCODE = 'P0001', HINT = 'award_locked';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER award_scores_locked BEFORE INSERT OR UPDATE OR DELETE ON award_scores
    FOR EACH ROW EXECUTE FUNCTION award_refuse_when_locked();
CREATE TRIGGER award_conflicts_locked BEFORE INSERT OR UPDATE OR DELETE ON award_conflicts
    FOR EACH ROW EXECUTE FUNCTION award_refuse_when_locked();
CREATE TRIGGER award_nominations_locked BEFORE INSERT OR UPDATE OR DELETE ON award_nominations
    FOR EACH ROW EXECUTE FUNCTION award_refuse_when_locked();
CREATE TRIGGER award_criteria_locked BEFORE INSERT OR UPDATE OR DELETE ON award_criteria
    FOR EACH ROW EXECUTE FUNCTION award_refuse_when_locked();
CREATE TRIGGER award_jurors_locked BEFORE INSERT OR DELETE ON award_jurors
    FOR EACH ROW EXECUTE FUNCTION award_refuse_when_locked();

-- Submissions through the public nomination page, per address, for the rate limit.
CREATE TABLE public_submissions (
    kind    text NOT NULL,
    address text NOT NULL,
    at      timestamptz NOT NULL
);
CREATE INDEX public_submissions_idx ON public_submissions (kind, address, at);

-- +goose Down
DROP TABLE public_submissions;
DROP TRIGGER award_jurors_locked ON award_jurors;
DROP TRIGGER award_criteria_locked ON award_criteria;
DROP TRIGGER award_nominations_locked ON award_nominations;
DROP TRIGGER award_conflicts_locked ON award_conflicts;
DROP TRIGGER award_scores_locked ON award_scores;
DROP FUNCTION award_refuse_when_locked();
DROP TABLE award_results;
ALTER TABLE award_cycles DROP COLUMN announced_at, DROP COLUMN casting_vote, DROP COLUMN closed_at,
    DROP COLUMN closed_by_name, DROP COLUMN closed_by;
DROP TABLE award_scores;
DROP TABLE award_conflicts;
DROP TABLE award_jurors;
DROP INDEX attachments_nomination_idx;
ALTER TABLE attachments DROP CONSTRAINT attachments_one_subject;
DELETE FROM attachments WHERE nomination_id IS NOT NULL;
ALTER TABLE attachments ADD CONSTRAINT attachments_one_subject CHECK (num_nonnulls(event_id) = 1);
ALTER TABLE attachments DROP COLUMN nomination_id;
DROP TABLE award_nominations;
