package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The demo's award cycles: 2025 (announced, judged by members) and 2026 (jury voting, judged by
// the outside jurors juror1–3).
const (
	srCycle2025 = "6b00c0de-0000-4000-8000-000000000a12"
	srCycle2026 = "6b00c0de-0000-4000-8000-000000000a13"
	srWKHLOrg   = "Wirtschaftskreis Hohenschönhausen-Lichtenberg e. V."
)

type srEnv struct {
	db *pgtest.DB
	ss *postgres.SearchService
}

func newSearchEnv(t *testing.T) *srEnv {
	t.Helper()
	db := pgtest.Seeded(t)
	return &srEnv{db: db, ss: postgres.NewSearchService(db.DB)}
}

// search runs a search in the demo cooperation with room for every hit.
func (e *srEnv) search(t *testing.T, ctx context.Context, query string, kinds ...koop.SearchKind) *koop.SearchResult {
	t.Helper()
	r, err := e.ss.Search(ctx, koop.SearchInput{CooperationID: pgtest.DemoCooperationID, Query: query, Kinds: kinds, Limit: koop.MaxSearchLimit})
	if err != nil {
		t.Fatalf("search %q: %v", query, err)
	}
	return r
}

// group returns the hits of one kind (nil when there are none).
func group(r *koop.SearchResult, kind koop.SearchKind) *koop.SearchGroup {
	for _, g := range r.Groups {
		if g.Kind == kind {
			return g
		}
	}
	return nil
}

// titles lists the titles of the hits of one kind, best first.
func titles(r *koop.SearchResult, kind koop.SearchKind) []string {
	out := []string{}
	if g := group(r, kind); g != nil {
		for _, h := range g.Hits {
			out = append(out, h.Title)
		}
	}
	return out
}

func (e *srEnv) exec(t *testing.T, q string, args ...any) {
	t.Helper()
	if _, err := e.db.SQL.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// addEvent adds an event of the demo cooperation.
func (e *srEnv) addEvent(t *testing.T, title, description string) string {
	t.Helper()
	var id string
	if err := e.db.SQL.Get(&id, `INSERT INTO events (cooperation_id, title, starts_at, ends_at, lead_partner_id, description, created_at, updated_at)
		VALUES ($1, $2, '2027-03-03 17:00Z', '2027-03-03 20:00Z', $3, $4, now(), now()) RETURNING id`,
		pgtest.DemoCooperationID, title, pgtest.DemoBAPartnerID, description); err != nil {
		t.Fatal(err)
	}
	return id
}

// addContact adds a contact of the demo cooperation.
func (e *srEnv) addContact(t *testing.T, first, last, email string) string {
	t.Helper()
	var id string
	if err := e.db.SQL.Get(&id, `INSERT INTO contacts (cooperation_id, first_name, last_name, email, legal_basis, created_at, updated_at)
		VALUES ($1, $2, $3, $4, 'LEGITIMATE_INTEREST', now(), now()) RETURNING id`,
		pgtest.DemoCooperationID, first, last, email); err != nil {
		t.Fatal(err)
	}
	return id
}

func TestSearchGermanStemmingAndRanking(t *testing.T) {
	e := newSearchEnv(t)
	admin := e.db.As(t, "admin@koop.test")
	body := e.addEvent(t, "Netzwerkabend am Fennpfuhl", "Eine Veranstaltung für alle, die im Bezirk gründen.")
	title := e.addEvent(t, "Veranstaltung zur Gründung", "Ein Abend mit Vorträgen.")

	// the plural finds the singular, in the title and in the description
	r := e.search(t, admin, "Veranstaltungen", koop.SearchEvent)
	g := group(r, koop.SearchEvent)
	if g == nil || g.TotalCount != 2 || len(g.Hits) != 2 {
		t.Fatalf("events: %+v", r)
	}
	// the title match ranks above the description match
	if g.Hits[0].ID != title || g.Hits[1].ID != body || !(g.Hits[0].Rank > g.Hits[1].Rank) {
		t.Errorf("ranking: %s (%v) before %s (%v)", g.Hits[0].Title, g.Hits[0].Rank, g.Hits[1].Title, g.Hits[1].Rank)
	}
	if h := g.Hits[1]; !strings.Contains(h.Snippet, "Veranstaltung") || strings.ContainsAny(h.Snippet, "<>") {
		t.Errorf("snippet %q: want the plain text around the match", h.Snippet)
	}
	if h := g.Hits[0]; h.ParentID != nil || !strings.Contains(h.Context, "2027") {
		t.Errorf("context %q, parent %v", h.Context, h.ParentID)
	}
	if r.TotalCount != 2 || r.Query != "Veranstaltungen" {
		t.Errorf("result: total %d, query %q", r.TotalCount, r.Query)
	}

	// search as you type: the last word matches as a prefix, the others whole
	if got := titles(e.search(t, admin, "  Gründung Veranst ", koop.SearchEvent), koop.SearchEvent); !cmp.Equal(got, []string{"Veranstaltung zur Gründung"}) {
		t.Errorf("prefix: %v", got)
	}
	// the limit caps each group, the total counts them all
	r, err := e.ss.Search(admin, koop.SearchInput{CooperationID: pgtest.DemoCooperationID, Query: "Veranstaltungen", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if g := group(r, koop.SearchEvent); g == nil || len(g.Hits) != 1 || g.TotalCount != 2 || g.Hits[0].ID != title {
		t.Errorf("limit 1: %+v", g)
	}
}

func TestSearchKindsAndGroups(t *testing.T) {
	e := newSearchEnv(t)
	member := e.db.As(t, "member@koop.test")
	r := e.search(t, member, "Gewerbeflächen")
	for _, k := range []koop.SearchKind{koop.SearchProposal, koop.SearchWorkstream, koop.SearchGoal} {
		if group(r, k) == nil {
			t.Errorf("no %s hit for Gewerbeflächen: %+v", k, r.Groups)
		}
	}
	// groups best first; hits best first within each; the total sums the groups
	total := 0
	for i, g := range r.Groups {
		total += g.TotalCount
		if i > 0 && g.Hits[0].Rank > r.Groups[i-1].Hits[0].Rank {
			t.Errorf("group %s (%v) after %s (%v)", g.Kind, g.Hits[0].Rank, r.Groups[i-1].Kind, r.Groups[i-1].Hits[0].Rank)
		}
		for j := 1; j < len(g.Hits); j++ {
			if g.Hits[j].Rank > g.Hits[j-1].Rank {
				t.Errorf("%s hit %d ranks above hit %d", g.Kind, j, j-1)
			}
		}
	}
	if total != r.TotalCount {
		t.Errorf("total %d, groups sum to %d", r.TotalCount, total)
	}
	// a proposal links through its retreat, with the retreat as context
	for _, h := range group(r, koop.SearchProposal).Hits {
		if h.ParentID == nil || !strings.Contains(h.Context, "Klausur") {
			t.Errorf("proposal %q: parent %v, context %q", h.Title, h.ParentID, h.Context)
		}
	}
	// goals by code
	if g := group(e.search(t, member, "1.", koop.SearchGoal), koop.SearchGoal); g == nil || g.Hits[0].Context != "Ziel 1" {
		t.Errorf("goal code 1: %+v", g)
	}
	// kinds narrow the search
	if r := e.search(t, member, "Gewerbeflächen", koop.SearchGoal); len(r.Groups) != 1 || r.Groups[0].Kind != koop.SearchGoal {
		t.Errorf("kinds GOAL: %+v", r.Groups)
	}
}

func TestSearchTypoTolerantNames(t *testing.T) {
	e := newSearchEnv(t)
	member := e.db.As(t, "member@koop.test")
	if got := titles(e.search(t, member, "Katrin Schultz", koop.SearchContact), koop.SearchContact); len(got) == 0 || got[0] != "Dr. Katrin Schulz" {
		t.Errorf("Katrin Schultz: %v", got)
	}
	if got := titles(e.search(t, member, "Schultz", koop.SearchContact), koop.SearchContact); !contains(got, "Dr. Katrin Schulz") {
		t.Errorf("Schultz: %v", got)
	}
	r := e.search(t, member, "Wirtschaftskreis Lichtenbrg", koop.SearchOrganisation)
	if got := titles(r, koop.SearchOrganisation); len(got) == 0 || got[0] != srWKHLOrg {
		t.Errorf("Wirtschaftskreis Lichtenbrg: %v", got)
	}
	if got := titles(e.search(t, member, "Lichtenbrg", koop.SearchOrganisation), koop.SearchOrganisation); !contains(got, srWKHLOrg) {
		t.Errorf("Lichtenbrg: %v", got)
	}
	// a contact shows its organisation
	g := group(e.search(t, member, "Katrin Schulz", koop.SearchContact), koop.SearchContact)
	if g == nil || g.Hits[0].Context != "Hohenschönhausener Metallbau GmbH" || g.Hits[0].Snippet != "Geschäftsführerin" {
		t.Errorf("contact hit: %+v", g)
	}
	// nothing alike: nothing found
	if r := e.search(t, member, "Xylophonquartett"); r.TotalCount != 0 || len(r.Groups) != 0 {
		t.Errorf("Xylophonquartett: %+v", r.Groups)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSearchPermissions(t *testing.T) {
	e := newSearchEnv(t)
	admin, member := e.db.As(t, "admin@koop.test"), e.db.As(t, "member@koop.test")
	viewer, juror := e.db.As(t, "viewer@koop.test"), e.db.As(t, "juror1@koop.test")

	t.Run("external juror", func(t *testing.T) {
		// the admin finds nominations of both cycles, the ineligible ones too
		all := group(e.search(t, admin, "GmbH", koop.SearchNomination), koop.SearchNomination)
		parents := map[string]int{}
		for _, h := range all.Hits {
			parents[*h.ParentID]++
		}
		if parents[srCycle2025] == 0 || parents[srCycle2026] == 0 {
			t.Fatalf("admin: %v", parents)
		}
		// juror1 judges 2026: only its eligible nominations, nothing else
		r := e.search(t, juror, "GmbH")
		if len(r.Groups) != 1 || r.Groups[0].Kind != koop.SearchNomination {
			t.Fatalf("juror groups: %+v", r.Groups)
		}
		for _, h := range r.Groups[0].Hits {
			if *h.ParentID != srCycle2026 || h.Title == "Hohenschönhausener Metallbau GmbH" {
				t.Errorf("juror finds %q of %s", h.Title, *h.ParentID)
			}
			if !strings.Contains(h.Context, "2026") {
				t.Errorf("context %q", h.Context)
			}
		}
		if n := r.Groups[0].TotalCount; n != 5 || r.TotalCount != 5 {
			t.Errorf("juror finds %d nominations, want the 5 eligible GmbHs of 2026", n)
		}
		for _, q := range []string{"Neujahrsempfang", "Katrin Schulz", "Bezirksamt", "Gewerbeflächen", "Fachkräfte"} {
			for _, g := range e.search(t, juror, q).Groups {
				if g.Kind != koop.SearchNomination {
					t.Errorf("juror finds %s for %q: %s", g.Kind, q, g.Hits[0].Title)
				}
			}
			// the admin does find something of another kind, so the query would show a leak
			found := false
			for _, g := range e.search(t, admin, q).Groups {
				found = found || g.Kind != koop.SearchNomination
			}
			if !found {
				t.Errorf("admin finds nothing but nominations for %q", q)
			}
		}
		// a juror of a cycle still taking nominations sees none of them yet
		e.exec(t, `UPDATE award_cycles SET phase = 'NOMINATION_CLOSED' WHERE id = $1`, srCycle2026)
		if r := e.search(t, juror, "GmbH"); r.TotalCount != 0 {
			t.Errorf("before the vote, the juror finds %+v", r.Groups)
		}
		e.exec(t, `UPDATE award_cycles SET phase = 'JURY_VOTING' WHERE id = $1`, srCycle2026)
	})

	t.Run("external participant of a retreat", func(t *testing.T) {
		if r := e.search(t, juror, "Gewerbeflächen", koop.SearchProposal); r.TotalCount != 0 {
			t.Fatalf("not taking part: %+v", r.Groups)
		}
		e.exec(t, `INSERT INTO retreat_participants (retreat_id, membership_id, cooperation_id)
			SELECT $1, m.id, m.cooperation_id FROM memberships m JOIN users u ON u.id = m.user_id
			WHERE u.email = 'juror1@koop.test' AND m.cooperation_id = $2`, rtRetreat, pgtest.DemoCooperationID)
		r := e.search(t, juror, "Gewerbeflächen", koop.SearchProposal)
		if len(r.Groups) != 1 || r.Groups[0].TotalCount != 1 {
			t.Fatalf("taking part: %+v", r.Groups)
		}
		for _, h := range r.Groups[0].Hits {
			if *h.ParentID != rtRetreat {
				t.Errorf("proposal %q of retreat %s", h.Title, *h.ParentID)
			}
		}
	})

	t.Run("viewer and contact details", func(t *testing.T) {
		e.addContact(t, "Paula", "Pfeiffer", "zz.quendelkraut@beispiel.example")
		e.exec(t, `UPDATE contacts SET note = 'Mag Holunderschorle.', phone = '030 4711 0815' WHERE last_name = 'Pfeiffer'`)
		for _, q := range []string{"quendelkraut", "zz.quendelkraut@beispiel.example", "Holunderschorle", "4711 0815"} {
			if got := titles(e.search(t, member, q), koop.SearchContact); !cmp.Equal(got, []string{"Paula Pfeiffer"}) {
				t.Errorf("member, %q: %v", q, got)
			}
			if r := e.search(t, viewer, q); r.TotalCount != 0 {
				t.Errorf("viewer, %q: %+v", q, r.Groups)
			}
		}
		g := group(e.search(t, member, "quendelkraut"), koop.SearchContact)
		if g == nil || g.Hits[0].Snippet != "zz.quendelkraut@beispiel.example" {
			t.Errorf("member's hit by e-mail: %+v", g)
		}
		// the viewer finds contacts by name, function and organisation, and every other kind
		if got := titles(e.search(t, viewer, "Pfeiffer"), koop.SearchContact); !cmp.Equal(got, []string{"Paula Pfeiffer"}) {
			t.Errorf("viewer by name: %v", got)
		}
		if r := e.search(t, viewer, "Geschäftsführerin", koop.SearchContact); r.TotalCount == 0 {
			t.Error("viewer by function: nothing")
		}
		for k, q := range map[koop.SearchKind]string{
			koop.SearchEvent: "Neujahrsempfang", koop.SearchOrganisation: "Bezirksamt", koop.SearchNomination: "Elektro Wartenberg",
			koop.SearchProposal: "Gewerbeflächen", koop.SearchWorkstream: "Gewerbeflächen", koop.SearchGoal: "Tourismuswirtschaft",
		} {
			if r := e.search(t, viewer, q, k); r.TotalCount == 0 {
				t.Errorf("viewer finds no %s for %q", k, q)
			}
		}
	})

	t.Run("erased contact", func(t *testing.T) {
		id := e.addContact(t, "Xaver", "Erasmusberg", "x.erasmusberg@beispiel.example")
		if got := titles(e.search(t, member, "Erasmusberg"), koop.SearchContact); len(got) != 1 {
			t.Fatalf("before erasing: %v", got)
		}
		e.exec(t, `UPDATE contacts SET erased_at = now() WHERE id = $1`, id)
		for _, q := range []string{"Erasmusberg", "Xaver Erasmusbergg", "x.erasmusberg"} {
			if r := e.search(t, admin, q); r.TotalCount != 0 {
				t.Errorf("erased, %q: %+v", q, r.Groups)
			}
		}
	})

	t.Run("no scores", func(t *testing.T) {
		// a score comment and a conflict of the 2026 jury (the 2025 cycle is locked)
		e.exec(t, `INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, comment, updated_at)
			SELECT $1, '6b00c0de-0000-4000-8000-000000000c11', n.id, c.id, c.score_min, 'Vorbildliche Zauberwurzelpflege.', now()
			FROM award_nominations n, award_criteria c WHERE n.cycle_id = $1 AND c.cycle_id = $1 AND n.eligibility = 'ELIGIBLE'`, srCycle2026)
		e.exec(t, `INSERT INTO award_conflicts (cycle_id, juror_id, nomination_id, reason, set_by_chair, created_at)
			SELECT $1, '6b00c0de-0000-4000-8000-000000000c12', id, 'Zauberwurzelpflege im Familienbetrieb.', false, now()
			FROM award_nominations WHERE cycle_id = $1 AND eligibility = 'ELIGIBLE' ORDER BY id DESC LIMIT 1`, srCycle2026)
		e.exec(t, `UPDATE award_nominations SET justification = justification || ' Glitzerwurzelpflege.'
			WHERE id = (SELECT id FROM award_nominations WHERE cycle_id = $1 AND eligibility = 'ELIGIBLE' ORDER BY id LIMIT 1)`, srCycle2026)
		for _, ctx := range []context.Context{admin, member, juror} {
			if r := e.search(t, ctx, "Zauberwurzelpflege"); r.TotalCount != 0 {
				t.Errorf("a score comment is found: %+v", r.Groups[0].Hits[0])
			}
			if r := e.search(t, ctx, "Glitzerwurzelpflege"); r.TotalCount != 1 {
				t.Errorf("the justification is not found: %+v", r.Groups)
			}
		}
	})

	t.Run("other cooperation", func(t *testing.T) {
		var coop, user string
		if err := e.db.SQL.Get(&coop, `INSERT INTO cooperations (name, created_at, updated_at) VALUES ('Andere Kooperation', now(), now()) RETURNING id`); err != nil {
			t.Fatal(err)
		}
		if err := e.db.SQL.Get(&user, `INSERT INTO users (email, name, created_at, updated_at) VALUES ('fremd@koop.test', 'Fritz Fremd', now(), now()) RETURNING id`); err != nil {
			t.Fatal(err)
		}
		e.exec(t, `INSERT INTO memberships (cooperation_id, user_id, role, created_at, updated_at) VALUES ($1, $2, 'ADMIN', now(), now())`, coop, user)
		other := e.db.As(t, "fremd@koop.test")
		_, err := e.ss.Search(other, koop.SearchInput{CooperationID: pgtest.DemoCooperationID, Query: "Lichtenberg", Limit: 5})
		if koop.ErrorCode(err) != koop.ENOTFOUND {
			t.Errorf("foreign cooperation: %v, want %s", err, koop.ENOTFOUND)
		}
		r, err := e.ss.Search(other, koop.SearchInput{CooperationID: coop, Query: "Lichtenberg", Limit: 5})
		if err != nil || r.TotalCount != 0 {
			t.Errorf("own cooperation: %v, %+v", err, r)
		}
		for _, id := range []string{"nicht-eine-id", "6b00c0de-0000-4000-8000-00000000ffff"} {
			if _, err := e.ss.Search(admin, koop.SearchInput{CooperationID: id, Query: "Lichtenberg", Limit: 5}); koop.ErrorCode(err) != koop.ENOTFOUND {
				t.Errorf("cooperation %s: %v", id, err)
			}
		}
		if _, err := e.ss.Search(context.Background(), koop.SearchInput{CooperationID: pgtest.DemoCooperationID, Query: "Lichtenberg", Limit: 5}); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
			t.Errorf("anonymous: %v", err)
		}
	})
}

func TestSearchBadInput(t *testing.T) {
	e := newSearchEnv(t)
	member := e.db.As(t, "member@koop.test")
	for _, c := range []struct {
		name  string
		in    koop.SearchInput
		field string
	}{
		{"empty", koop.SearchInput{Query: ""}, "query"},
		{"blank", koop.SearchInput{Query: "  \t "}, "query"},
		{"one character", koop.SearchInput{Query: " ä "}, "query"},
		{"201 characters", koop.SearchInput{Query: strings.Repeat("ü", 201)}, "query"},
		{"10,000 characters", koop.SearchInput{Query: strings.Repeat("Lichtenberg ", 834)[:10000]}, "query"},
		{"limit 0", koop.SearchInput{Query: "Lichtenberg", Limit: 0}, "limit"},
		{"limit -1", koop.SearchInput{Query: "Lichtenberg", Limit: -1}, "limit"},
		{"limit 51", koop.SearchInput{Query: "Lichtenberg", Limit: 51}, "limit"},
		{"unknown kind", koop.SearchInput{Query: "Lichtenberg", Kinds: []koop.SearchKind{"SCORE"}}, "kinds"},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.in.CooperationID = pgtest.DemoCooperationID
			if c.field != "limit" {
				c.in.Limit = 5
			}
			_, err := e.ss.Search(member, c.in)
			var ke *koop.Error
			if koop.ErrorCode(err) != koop.EINVALID || !asKoopError(err, &ke) || ke.Field != c.field {
				t.Errorf("err %v, want %s on %s", err, koop.EINVALID, c.field)
			}
		})
	}
	// 200 characters are fine
	if _, err := e.ss.Search(member, koop.SearchInput{CooperationID: pgtest.DemoCooperationID, Query: strings.Repeat("ü", 200), Limit: 5}); err != nil {
		t.Errorf("200 characters: %v", err)
	}

	// SQL and tsquery syntax is only text: no error, and the words in it still count
	for _, q := range []string{`'; DROP TABLE events; --`, `a & | !b`, `((`, `:*`, `Neujahrsempfang:*`, `!!Neujahrsempfang`, `"Neujahr" <-> 'x'`,
		`\\`, `%_%`, `Robert'); DELETE FROM contacts;--`, `$1 $$ ::text`, `Neujahr & | empfang`, `-- /* */`, `＆＆`, `🎉🎉`, `und der die`} {
		r, err := e.ss.Search(member, koop.SearchInput{CooperationID: pgtest.DemoCooperationID, Query: q, Limit: 5})
		if err != nil {
			t.Errorf("%q: %v", q, err)
			continue
		}
		if r.Query != strings.TrimSpace(q) {
			t.Errorf("%q: query %q", q, r.Query)
		}
	}
	if got := titles(e.search(t, member, `'Neujahrsempfang' & !(2027)`, koop.SearchEvent), koop.SearchEvent); len(got) == 0 || got[0] != "Neujahrsempfang 2027" {
		t.Errorf("`!` is not a negation: %v", got)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM events`); n == 0 {
		t.Error("the events are gone")
	}
}

func asKoopError(err error, target **koop.Error) bool { return errors.As(err, target) }

func TestSearchTerms(t *testing.T) {
	for _, c := range []struct {
		query, tsquery, fuzzy, phone, goal string
	}{
		{"Veranstaltungen", "veranstaltungen:*", "veranstaltungen", "", ""},
		{" Gründung  Veranst ", "gründung & veranst:*", "gründung veranst", "", ""},
		{`'; DROP TABLE x; --`, "drop & table & x:*", "drop table x", "", ""},
		{`a & | !b:*`, "a & b:*", "a b", "", ""},
		{"(030) 4711-0815", "030 & 4711 & 0815:*", "030 4711 0815", "03047110815", ""},
		{"2.3", "2 & 3:*", "2 3", "", "2.3"},
		{"12.", "12:*", "12", "", "12"},
		{"--", "", "", "", ""},
	} {
		terms, err := koop.CheckSearch(koop.SearchInput{Query: c.query, Limit: 5})
		if err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		if got := []string{terms.TSQuery(), terms.Fuzzy(), terms.PhoneDigits(), terms.GoalCode()}; !cmp.Equal(got, []string{c.tsquery, c.fuzzy, c.phone, c.goal}) {
			t.Errorf("%q: %q", c.query, got)
		}
	}
}

func TestSearchStatementsConstant(t *testing.T) {
	count := func(extra int) (member, juror int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		for i := range extra {
			if _, err := db.SQL.Exec(`INSERT INTO events (cooperation_id, title, starts_at, ends_at, lead_partner_id, description, created_at, updated_at)
				VALUES ($1, $2, '2027-03-03 17:00Z', '2027-03-03 20:00Z', $3, 'Lichtenberg', now(), now())`,
				pgtest.DemoCooperationID, fmt.Sprintf("Lichtenberger Abend %d", i), pgtest.DemoBAPartnerID); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SQL.Exec(`INSERT INTO contacts (cooperation_id, first_name, last_name, function, legal_basis, created_at, updated_at)
				VALUES ($1, 'Lichtenberg', $2, 'Lichtenberger', 'CONTRACT', now(), now())`, pgtest.DemoCooperationID, fmt.Sprintf("Nummer %d", i)); err != nil {
				t.Fatal(err)
			}
		}
		ss := postgres.NewSearchService(db.DB)
		for _, who := range []struct {
			email string
			n     *int
		}{{"member@koop.test", &member}, {"juror1@koop.test", &juror}} {
			ctx := db.As(t, who.email)
			st.Reset()
			r, err := ss.Search(ctx, koop.SearchInput{CooperationID: pgtest.DemoCooperationID, Query: "Lichtenberg", Limit: 50})
			if err != nil {
				t.Fatal(err)
			}
			*who.n = st.N()
			if who.email == "member@koop.test" && extra > 0 && r.TotalCount < extra {
				t.Errorf("found %d, want at least %d", r.TotalCount, extra)
			}
		}
		return
	}
	m1, j1 := count(0)
	m2, j2 := count(60)
	if m1 != m2 || j1 != j2 {
		t.Errorf("statements grow with data: member %d→%d, juror %d→%d", m1, m2, j1, j2)
	}
	if m1 > 8 {
		t.Errorf("member: %d statements, want one for the role and one per kind", m1)
	}
	t.Logf("statements: member %d, juror %d", m1, j1)
}
