-- +goose Up
-- Search: German full text over what the search box finds, and trigram matching (pg_trgm) for
-- names and titles, so that "Schultz" finds "Schulz". The expressions are the ones
-- postgres/search.go searches, character for character apart from table aliases.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX events_search_idx ON events USING gin (
    (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', venue || ' ' || description), 'C')));
CREATE INDEX events_title_trgm_idx ON events USING gin (title gin_trgm_ops);

CREATE INDEX contacts_search_idx ON contacts USING gin (
    (setweight(to_tsvector('german', first_name || ' ' || last_name), 'A') || setweight(to_tsvector('german', function), 'B')));
CREATE INDEX contacts_note_search_idx ON contacts USING gin ((to_tsvector('german', note)));
CREATE INDEX contacts_name_trgm_idx ON contacts USING gin ((first_name || ' ' || last_name) gin_trgm_ops);

CREATE INDEX organisations_search_idx ON organisations USING gin ((setweight(to_tsvector('german', name || ' ' || short_name), 'A')));
CREATE INDEX organisations_name_trgm_idx ON organisations USING gin (name gin_trgm_ops);
CREATE INDEX organisations_short_name_trgm_idx ON organisations USING gin (short_name gin_trgm_ops);

CREATE INDEX award_nominations_search_idx ON award_nominations USING gin (
    (setweight(to_tsvector('german', category), 'B') || setweight(to_tsvector('german', justification || ' ' || eligibility_reason), 'C')));

CREATE INDEX proposals_search_idx ON proposals USING gin (
    (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', description), 'C')));
CREATE INDEX proposals_title_trgm_idx ON proposals USING gin (title gin_trgm_ops);

CREATE INDEX workstreams_search_idx ON workstreams USING gin (
    (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', description), 'C')));
CREATE INDEX workstreams_title_trgm_idx ON workstreams USING gin (title gin_trgm_ops);

CREATE INDEX goals_search_idx ON goals USING gin (
    (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', description), 'C')));
CREATE INDEX goals_title_trgm_idx ON goals USING gin (title gin_trgm_ops);

-- +goose Down
DROP INDEX goals_title_trgm_idx;
DROP INDEX goals_search_idx;
DROP INDEX workstreams_title_trgm_idx;
DROP INDEX workstreams_search_idx;
DROP INDEX proposals_title_trgm_idx;
DROP INDEX proposals_search_idx;
DROP INDEX award_nominations_search_idx;
DROP INDEX organisations_short_name_trgm_idx;
DROP INDEX organisations_name_trgm_idx;
DROP INDEX organisations_search_idx;
DROP INDEX contacts_name_trgm_idx;
DROP INDEX contacts_note_search_idx;
DROP INDEX contacts_search_idx;
DROP INDEX events_title_trgm_idx;
DROP INDEX events_search_idx;
DROP EXTENSION IF EXISTS pg_trgm;
