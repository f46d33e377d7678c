-- +goose Up
-- A retreat's tally revision counts the changes of its proposals, votes and session. Screens
-- get tallies from the subscription and from their own votes over different connections; the
-- revision lets them keep the newest. A row of its own, not a column of retreats: votes hold the
-- retreat's row in share mode, and counting there would deadlock two votes at once.
CREATE TABLE retreat_tallies (
    retreat_id uuid PRIMARY KEY REFERENCES retreats (id) ON DELETE CASCADE,
    revision   bigint NOT NULL DEFAULT 0
);
INSERT INTO retreat_tallies (retreat_id) SELECT id FROM retreats;

-- +goose Down
DROP TABLE retreat_tallies;
