package postgres

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// SearchService implements koop.SearchService.
type SearchService struct{ db *DB }

// NewSearchService returns the service.
func NewSearchService(db *DB) *SearchService { return &SearchService{db: db} }

var _ koop.SearchService = (*SearchService)(nil)

// The searched documents. Each expression is the one its GIN index in migration 00015 is built
// on, so that the index serves the match; the alias is the table's in the statement below.
const (
	searchEventDoc      = `(setweight(to_tsvector('german', e.title), 'A') || setweight(to_tsvector('german', e.venue || ' ' || e.description), 'C'))`
	searchContactDoc    = `(setweight(to_tsvector('german', c.first_name || ' ' || c.last_name), 'A') || setweight(to_tsvector('german', c.function), 'B'))`
	searchContactName   = `(c.first_name || ' ' || c.last_name)`
	searchOrgDoc        = `setweight(to_tsvector('german', o.name || ' ' || o.short_name), 'A')`
	searchNominationDoc = `(setweight(to_tsvector('german', n.category), 'B') || setweight(to_tsvector('german', n.justification || ' ' || n.eligibility_reason), 'C'))`
	searchProposalDoc   = `(setweight(to_tsvector('german', p.title), 'A') || setweight(to_tsvector('german', p.description), 'C'))`
	searchWorkstreamDoc = `(setweight(to_tsvector('german', w.title), 'A') || setweight(to_tsvector('german', w.description), 'C'))`
	searchGoalDoc       = `(setweight(to_tsvector('german', g.title), 'A') || setweight(to_tsvector('german', g.description), 'C'))`
)

// The statement of each kind selects its matches as (id, title, body, context, extra, at,
// parent_id, rank) from the cooperation $1, with the tsquery text $2 (bound, read by
// to_tsquery) and the fuzzy text $3 (compared with names by word similarity, `<%` at pg_trgm's
// threshold of 0.6); $5 onwards are the kind's own. searchWrap ranks them, counts them, keeps
// the best $4 and cuts the excerpt from the body.
var searchKindSQL = map[koop.SearchKind]string{
	koop.SearchEvent: `SELECT e.id, e.title, concat_ws(' · ', nullif(e.venue, ''), nullif(e.description, '')) AS body, coalesce(s.name, '') AS context, e.venue AS extra,
		e.starts_at AS at, NULL::uuid AS parent_id,
		ts_rank(` + searchEventDoc + ` || setweight(to_tsvector('german', coalesce(s.name, '')), 'B'), q) + word_similarity($3, e.title) AS rank
		FROM events e LEFT JOIN event_series s ON s.id = e.series_id CROSS JOIN to_tsquery('german', $2) q
		WHERE e.cooperation_id = $1 AND (` + searchEventDoc + ` @@ q OR to_tsvector('german', coalesce(s.name, '')) @@ q OR $3 <% e.title)`,

	// $5: the reader sees contact details (e-mail, phone, note); $6: the query as an ILIKE
	// pattern; $7: its digits when it looks like a phone number, else ''.
	koop.SearchContact: `SELECT c.id, concat_ws(' ', nullif(c.title, ''), nullif(c.first_name, ''), c.last_name) AS title,
		CASE WHEN $5 AND c.email ILIKE $6 THEN c.email ELSE c.function END AS body, coalesce(o.name, '') AS context,
		NULL::text AS extra, NULL::timestamptz AS at, NULL::uuid AS parent_id,
		ts_rank(` + searchContactDoc + ` || setweight(to_tsvector('german', coalesce(o.name, '')), 'C'), q)
			+ word_similarity($3, ` + searchContactName + `)
			+ CASE WHEN $5 AND (c.email ILIKE $6 OR ($7 <> '' AND regexp_replace(c.phone, '[^0-9]', '', 'g') LIKE '%' || $7 || '%')) THEN 0.5
				WHEN $5 THEN ts_rank(setweight(to_tsvector('german', c.note), 'D'), q) ELSE 0 END AS rank
		FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id CROSS JOIN to_tsquery('german', $2) q
		WHERE c.cooperation_id = $1 AND c.erased_at IS NULL
			AND (` + searchContactDoc + ` @@ q OR $3 <% ` + searchContactName + `
				OR to_tsvector('german', coalesce(o.name, '') || ' ' || coalesce(o.short_name, '')) @@ q
				OR ($5 AND (c.email ILIKE $6 OR to_tsvector('german', c.note) @@ q
					OR ($7 <> '' AND regexp_replace(c.phone, '[^0-9]', '', 'g') LIKE '%' || $7 || '%'))))`,

	koop.SearchOrganisation: `SELECT o.id, o.name AS title,
		concat_ws(', ', nullif(o.street, ''), nullif(btrim(o.postal_code || ' ' || o.city), '')) AS body,
		o.kind AS context, o.short_name AS extra, NULL::timestamptz AS at, NULL::uuid AS parent_id,
		ts_rank(` + searchOrgDoc + `, q) + greatest(word_similarity($3, o.name), word_similarity($3, o.short_name)) AS rank
		FROM organisations o CROSS JOIN to_tsquery('german', $2) q
		WHERE o.cooperation_id = $1 AND (` + searchOrgDoc + ` @@ q OR $3 <% o.name OR $3 <% o.short_name)`,

	// The nominee, category, justification and eligibility reason; never scores, their comments
	// or conflicts. $5: the reader reads every nomination (as the nomination list decides);
	// otherwise only the eligible ones of cycles where $6 is a juror, once the vote began ($7).
	koop.SearchNomination: `SELECT n.id, o.name AS title, n.justification AS body, y.title AS context, n.category AS extra,
		NULL::timestamptz AS at, n.cycle_id AS parent_id,
		ts_rank(setweight(to_tsvector('german', o.name), 'A') || ` + searchNominationDoc + `, q) + word_similarity($3, o.name) AS rank
		FROM award_nominations n JOIN organisations o ON o.id = n.organisation_id JOIN award_cycles y ON y.id = n.cycle_id
			CROSS JOIN to_tsquery('german', $2) q
		WHERE n.cooperation_id = $1 AND (` + searchNominationDoc + ` @@ q OR to_tsvector('german', o.name) @@ q OR $3 <% o.name)
			AND ($5 OR (n.eligibility = 'ELIGIBLE' AND y.phase = ANY($7)
				AND EXISTS (SELECT 1 FROM award_jurors j WHERE j.cycle_id = n.cycle_id AND j.user_id = $6)))`,

	// $5: the reader reads every retreat; otherwise only those $6 takes part in.
	koop.SearchProposal: `SELECT p.id, p.title, p.description AS body, r.title AS context, NULL::text AS extra,
		NULL::timestamptz AS at, p.retreat_id AS parent_id,
		ts_rank(` + searchProposalDoc + `, q) + word_similarity($3, p.title) AS rank
		FROM proposals p JOIN retreats r ON r.id = p.retreat_id CROSS JOIN to_tsquery('german', $2) q
		WHERE p.cooperation_id = $1 AND (` + searchProposalDoc + ` @@ q OR $3 <% p.title)
			AND ($5 OR EXISTS (SELECT 1 FROM retreat_participants rp JOIN memberships m ON m.id = rp.membership_id
				WHERE rp.retreat_id = p.retreat_id AND m.user_id = $6 AND m.active))`,

	koop.SearchWorkstream: `SELECT w.id, w.title, w.description AS body, w.status AS context, NULL::text AS extra,
		NULL::timestamptz AS at, NULL::uuid AS parent_id,
		ts_rank(` + searchWorkstreamDoc + `, q) + word_similarity($3, w.title) AS rank
		FROM workstreams w CROSS JOIN to_tsquery('german', $2) q
		WHERE w.cooperation_id = $1 AND (` + searchWorkstreamDoc + ` @@ q OR $3 <% w.title)`,

	// Goal codes ("2.3") are the positions along the path, as goalTree computes them; $5 is the
	// query as a code, or ''.
	koop.SearchGoal: `WITH RECURSIVE n AS (
			SELECT id, parent_id, row_number() OVER (PARTITION BY parent_id ORDER BY position, id) AS pos FROM goals WHERE cooperation_id = $1),
		t AS (SELECT id, pos::text AS code FROM n WHERE parent_id IS NULL
			UNION ALL SELECT n.id, t.code || '.' || n.pos FROM n JOIN t ON n.parent_id = t.id)
		SELECT g.id, g.title, g.description AS body, t.code AS context, NULL::text AS extra,
			NULL::timestamptz AS at, NULL::uuid AS parent_id,
			ts_rank(` + searchGoalDoc + `, q) + word_similarity($3, g.title) + CASE WHEN t.code = $5 THEN 1 WHEN $5 <> '' AND t.code LIKE $5 || '.%' THEN 0.5 ELSE 0 END AS rank
		FROM goals g JOIN t ON t.id = g.id CROSS JOIN to_tsquery('german', $2) q
		WHERE g.cooperation_id = $1 AND (` + searchGoalDoc + ` @@ q OR $3 <% g.title OR ($5 <> '' AND (t.code = $5 OR t.code LIKE $5 || '.%')))`,
}

// searchWrap ranks a kind's matches, counts them all and keeps the best $4 with a plain-text
// excerpt of the body around the match (no markers: the SPA shows it as text).
func searchWrap(inner string) string {
	return `SELECT x.id, x.title, x.context, x.extra, x.at, x.parent_id, x.rank, x.total,
		ts_headline('german', x.body, to_tsquery('german', $2),
			'StartSel="", StopSel="", MaxWords=20, MinWords=8, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "') AS snippet
		FROM (SELECT m.*, count(*) OVER () AS total FROM (` + inner + `) m ORDER BY m.rank DESC, m.title, m.id LIMIT $4) x
		ORDER BY x.rank DESC, x.title, x.id`
}

// searchRow is one hit as selected, with the parts of its context.
type searchRow struct {
	ID       string     `db:"id"`
	Title    string     `db:"title"`
	Snippet  string     `db:"snippet"`
	Context  string     `db:"context"`
	Extra    *string    `db:"extra"`
	At       *time.Time `db:"at"`
	ParentID *string    `db:"parent_id"`
	Rank     float64    `db:"rank"`
	Total    int        `db:"total"`
}

// organisationKindLabels are the German names of the organisation kinds.
var organisationKindLabels = map[string]string{
	string(koop.OrganisationAuthority):   "Behörde",
	string(koop.OrganisationAssociation): "Verband",
	string(koop.OrganisationCompany):     "Unternehmen",
	string(koop.OrganisationOther):       "Sonstige",
}

// context writes where a hit belongs, in German.
func (r *searchRow) context(kind koop.SearchKind) string {
	extra := ""
	if r.Extra != nil {
		extra = *r.Extra
	}
	switch kind {
	case koop.SearchEvent:
		parts := []string{}
		if r.Context != "" {
			parts = append(parts, "Reihe "+r.Context)
		}
		if r.At != nil {
			parts = append(parts, koop.GermanDate(*r.At))
		}
		return strings.Join(parts, " · ")
	case koop.SearchContact:
		return r.Context
	case koop.SearchOrganisation:
		label := organisationKindLabels[r.Context]
		if extra != "" {
			return label + " · " + extra
		}
		return label
	case koop.SearchNomination:
		return r.Context + " · Kategorie " + extra
	case koop.SearchProposal:
		return "Vorschlag für " + r.Context
	case koop.SearchWorkstream:
		return "Arbeitsfeld · " + koop.WorkstreamStatus(r.Context).Label()
	case koop.SearchGoal:
		return "Ziel " + r.Context
	}
	return r.Context
}

// searchSnippetMax caps an excerpt, in characters.
const searchSnippetMax = 200

// plainSnippet collapses the whitespace of an excerpt and cuts it to searchSnippetMax characters.
func plainSnippet(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > searchSnippetMax {
		s = strings.TrimSpace(string(r[:searchSnippetMax-1])) + "…"
	}
	return s
}

// Search searches a cooperation for what the reader may see, with one statement for the
// reader's role and one per kind searched, whatever the data size. Readers of the directory
// search every kind (VIEWER contacts by name, function and organisation only, as they see no
// contact details); EXTERNAL members only the nominations of the cycles they judge and the
// proposals of the retreats they take part in.
func (s *SearchService) Search(ctx context.Context, in koop.SearchInput) (*koop.SearchResult, error) {
	terms, err := koop.CheckSearch(in)
	if err != nil {
		return nil, err
	}
	out := &koop.SearchResult{Query: terms.Query, Groups: []*koop.SearchGroup{}}
	err = s.db.read(ctx, func(tx *Tx) error {
		role, err := tx.role(in.CooperationID)
		if err != nil {
			return err
		}
		if len(terms.Words) == 0 {
			// nothing searchable (only punctuation or operators): nothing found
			return nil
		}
		all := role.Can(koop.PermViewDirectory)
		var votingPhases []string
		for _, p := range []koop.AwardPhase{koop.PhaseDraft, koop.PhaseNominationOpen, koop.PhaseNominationClosed,
			koop.PhaseJuryVoting, koop.PhaseDecided, koop.PhaseAnnounced} {
			if koop.JurySeesNominations(p) {
				votingPhases = append(votingPhases, string(p))
			}
		}
		a, err := tx.actor()
		if err != nil {
			return err
		}
		base := []any{in.CooperationID, terms.TSQuery(), terms.Fuzzy(), terms.Limit}
		for _, kind := range terms.Kinds {
			args := append([]any{}, base...)
			switch kind {
			case koop.SearchContact:
				if !role.Can(koop.PermViewContacts) {
					continue
				}
				q := terms.Query
				args = append(args, role.Can(koop.PermViewContactDetails), *likePattern(&q), terms.PhoneDigits())
			case koop.SearchNomination:
				args = append(args, all, a.UserID, pq.StringArray(votingPhases))
			case koop.SearchProposal:
				args = append(args, all, a.UserID)
			case koop.SearchGoal:
				if !all {
					continue
				}
				args = append(args, terms.GoalCode())
			default:
				if !all {
					continue
				}
			}
			var rows []*searchRow
			if err := tx.sel(&rows, searchWrap(searchKindSQL[kind]), args...); err != nil {
				return err
			}
			if len(rows) == 0 {
				continue
			}
			g := &koop.SearchGroup{Kind: kind, Hits: make([]*koop.SearchHit, len(rows)), TotalCount: rows[0].Total}
			for i, r := range rows {
				g.Hits[i] = &koop.SearchHit{Kind: kind, ID: r.ID, Title: r.Title, Snippet: plainSnippet(r.Snippet),
					Context: r.context(kind), ParentID: r.ParentID, Rank: r.Rank}
			}
			out.Groups = append(out.Groups, g)
			out.TotalCount += g.TotalCount
		}
		// best group first; the groups were made in SearchKinds order, which breaks ties
		sort.SliceStable(out.Groups, func(i, j int) bool { return out.Groups[i].Hits[0].Rank > out.Groups[j].Hits[0].Rank })
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
