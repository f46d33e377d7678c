package postgres_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// privacyExec runs a statement or fails the test.
func privacyExec(t *testing.T, db *pgtest.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.SQL.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// privacyTotals are the figures history needs, which erasing a person must not change: guest
// counts per event and status, the partner balance of attendees per organisation, budgets and
// sponsorships, award results, retreat votes.
func privacyTotals(t *testing.T, db *pgtest.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, q := range map[string]string{
		"guests":      `SELECT coalesce(string_agg(x, ',' ORDER BY x), '') FROM (SELECT event_id || ':' || status || ':' || count(*) || ':' || sum(plus_one::int) AS x FROM invitations GROUP BY event_id, status) s`,
		"attendees":   `SELECT coalesce(string_agg(x, ',' ORDER BY x), '') FROM (SELECT coalesce(c.organisation_id::text, '-') || ':' || count(*) AS x FROM invitations i LEFT JOIN contacts c ON c.id = i.contact_id WHERE i.status = 'ATTENDED' GROUP BY c.organisation_id) s`,
		"budget":      `SELECT coalesce(sum(planned_cents), 0) || '/' || coalesce(sum(actual_cents), 0) FROM budget_lines`,
		"sponsoring":  `SELECT coalesce(sum(amount_cents), 0)::text FROM sponsorships`,
		"results":     `SELECT coalesce(string_agg(nomination_id || ':' || rank || ':' || coalesce(mean_num, 0) || ':' || jurors, ',' ORDER BY nomination_id), '') FROM award_results`,
		"scores":      `SELECT count(*) || '/' || coalesce(sum(value), 0) FROM award_scores`,
		"votes":       `SELECT coalesce(string_agg(x, ',' ORDER BY x), '') FROM (SELECT proposal_id || ':' || sum(points) AS x FROM votes GROUP BY proposal_id) s`,
		"nominations": `SELECT count(*)::text FROM award_nominations`,
		"comments":    `SELECT count(*)::text FROM comments`,
		"audit":       `SELECT count(*)::text FROM audit_entries WHERE action NOT LIKE 'person.%'`,
	} {
		out[name] = authzText(t, db, q)
	}
	return out
}

// privacySnapshot is the whole public schema as text, to prove that a refused erasure wrote
// nothing.
func privacySnapshot(t *testing.T, db *pgtest.DB) string {
	t.Helper()
	var tables []string
	if err := db.SQL.Select(&tables, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, tb := range tables {
		fmt.Fprintf(&b, "%s:%s\n", tb, authzText(t, db, `SELECT coalesce(string_agg(x::text, '|' ORDER BY x::text), '') FROM `+pq.QuoteIdentifier(tb)+` x`))
	}
	return b.String()
}

// privacyFind returns where any of the markers still occurs in any text-like column of any
// table of the public schema.
func privacyFind(t *testing.T, db *pgtest.DB, markers []string) []string {
	t.Helper()
	var cols []struct {
		Table  string `db:"table_name"`
		Column string `db:"column_name"`
		Type   string `db:"data_type"`
	}
	if err := db.SQL.Select(&cols, `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
		JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
		WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'tsvector', 'bytea'))
		ORDER BY 1, 2`); err != nil {
		t.Fatal(err)
	}
	if len(cols) < 50 {
		t.Fatalf("only %d text columns found: the scan would prove nothing", len(cols))
	}
	patterns := make([]string, len(markers))
	for i, m := range markers {
		patterns[i] = "%" + strings.ToLower(m) + "%"
	}
	var found []string
	for _, c := range cols {
		expr := pq.QuoteIdentifier(c.Column) + "::text"
		if c.Type == "bytea" {
			expr = "encode(" + pq.QuoteIdentifier(c.Column) + ", 'escape')"
		}
		q := fmt.Sprintf(`SELECT count(*) FROM %s WHERE lower(%s) LIKE ANY($1)`, pq.QuoteIdentifier(c.Table), expr)
		if n := db.Count(t, q, pq.Array(patterns)); n > 0 {
			found = append(found, fmt.Sprintf("%s.%s (%d rows)", c.Table, c.Column, n))
		}
	}
	return found
}

// The test the issue asks for: a contact and a user with a unique marker in every personal
// field, spread through the app; erasing both leaves no marker in any text column of any
// table, keeps every total, and a blocked erasure writes nothing.
func TestPrivacyEraseLeavesNoPersonalValueAnywhere(t *testing.T) {
	db := pgtest.Seeded(t)
	admin := db.As(t, "admin@koop.test")
	root := db.As(t, "admin@koop.test") // admin@koop.test is also system admin
	contacts := postgres.NewContactService(db.DB)
	members := postgres.NewMemberService(db.DB)
	privacy := postgres.NewPrivacyService(db.DB)
	demo := pgtest.DemoCooperationID

	contactMarkers := []string{"Mktitelqz", "Mkvornameqz", "Mknachnameqz", "Mkfunktionqz", "mkmailqz@example.org", "+49 (30) 555-7719",
		"Mkstrasseqz", "Mkplzqz", "Mkortqz", "Mknotizqz", "Mkbegleitqz"}
	userMarkers := []string{"Mkbenutzerqz", "Mkkontoqz", "mkuserqz@example.org", "mkhashqz", "mkadresseqz"}

	// The contact, through the service (its audit entries redact the personal fields).
	c, err := contacts.CreateContact(admin, koop.CreateContactInput{CooperationID: demo, Title: authzPtr("Dr. Mktitelqz"),
		FirstName: authzPtr("Mkvornameqz"), LastName: "Mknachnameqz", Function: authzPtr("Mkfunktionqz"), OrganisationID: authzPtr(authzWKHLID),
		Email: authzPtr("mkmailqz@example.org"), Phone: authzPtr("+49 (30) 555-7719"), Street: authzPtr("Mkstrasseqz 1"),
		PostalCode: authzPtr("10365"), City: authzPtr("Mkortqz"), LegalBasis: koop.LegalBasisConsent,
		ConsentAt: authzPtr(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)), Note: authzPtr("Mag Mknotizqz")})
	if err != nil {
		t.Fatalf("create contact: %v", err)
	}
	privacyExec(t, db, `UPDATE contacts SET postal_code = 'Mkplzqz' WHERE id = $1`, c.ID)
	var listID string
	if err := db.SQL.Get(&listID, `INSERT INTO distribution_lists (cooperation_id, name, created_at, updated_at) VALUES ($1, 'Privacy-Test', now(), now()) RETURNING id`, demo); err != nil {
		t.Fatal(err)
	}
	privacyExec(t, db, `INSERT INTO distribution_list_members (list_id, contact_id, cooperation_id, added_at) VALUES ($1, $2, $3, now())`, listID, c.ID, demo)
	heldEvent := authzText(t, db, `SELECT id::text FROM events WHERE cooperation_id = $1 AND status IN ('HELD', 'DOCUMENTED') ORDER BY starts_at LIMIT 1`, demo)
	var invitationID string
	if err := db.SQL.Get(&invitationID, `INSERT INTO invitations (cooperation_id, event_id, contact_id, status, plus_one, plus_one_name, invited_at, answered_at,
		checked_in_at, token_serial, token_hash, created_at, updated_at) VALUES ($1, $2, $3, 'ATTENDED', true, 'Mkbegleitqz', now(), now(), now(), 1, '\xdeadbeef', now(), now())
		RETURNING id`, demo, heldEvent, c.ID); err != nil {
		t.Fatal(err)
	}
	// An upcoming invitation blocks the erasure until it is removed.
	privacyExec(t, db, `INSERT INTO invitations (cooperation_id, event_id, contact_id, status, invited_at, created_at, updated_at)
		VALUES ($1, $2, $3, 'INVITED', now(), now(), now())`, demo, pgtest.DemoNeujahr2027, c.ID)
	cycle := authzText(t, db, `SELECT id::text FROM award_cycles WHERE cooperation_id = $1 AND phase NOT IN ('DECIDED', 'ANNOUNCED') ORDER BY year LIMIT 1`, demo)
	privacyExec(t, db, `INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, nominator_contact_id, justification, source, created_at, updated_at)
		VALUES ($1, $2, $3, 'Privacy-Kategorie', $4, 'Ein guter Betrieb.', 'STAFF', now(), now())`, demo, cycle, authzBezirksamtID, c.ID)
	privacyExec(t, db, `INSERT INTO mail_outbox (to_address, template, locale, data, created_at, next_attempt_at, sent_at)
		VALUES ('mkmailqz@example.org', 'invitation', 'DE', '{"salutation": "Sehr geehrter Herr Dr. Mktitelqz Mknachnameqz"}', now(), now(), now())`)
	privacyExec(t, db, `INSERT INTO mail_outbox (to_address, template, locale, data, created_at, next_attempt_at)
		VALUES ('organiser@koop.test', 'guest_answered', 'DE', '{"guest": "Mkvornameqz Mknachnameqz hat zugesagt"}', now(), now())`)
	privacyExec(t, db, `INSERT INTO audit_entries (cooperation_id, at, action, entity_type, entity_id, changes)
		VALUES ($1, now(), 'invitation.update', 'Invitation', $2, '[{"field": "plusOneName", "new": "Mkbegleitqz"}, {"field": "status", "new": "ATTENDED"}]')`,
		demo, invitationID)

	// The user, invited through the service, then spread through the app.
	ms, err := members.InviteMember(admin, koop.InviteMemberInput{CooperationID: demo, Email: "mkuserqz@example.org", Name: "Mkbenutzerqz Mkkontoqz",
		Role: koop.RoleMember, OrganisationID: authzPtr(authzWKHLID)})
	if err != nil {
		t.Fatalf("invite member: %v", err)
	}
	userID := ms.UserID
	privacyExec(t, db, `UPDATE users SET password_hash = 'mkhashqz' WHERE id = $1`, userID)
	userCtx := db.As(t, "mkuserqz@example.org")
	privacyExec(t, db, `INSERT INTO login_attempts (email, address, at) VALUES ('mkuserqz@example.org', 'mkadresseqz', now())`)
	privacyExec(t, db, `INSERT INTO comments (cooperation_id, event_id, author_id, body, created_at) VALUES ($1, $2, $3, 'Gute Idee.', now())`, demo, heldEvent, userID)
	privacyExec(t, db, `INSERT INTO tasks (cooperation_id, event_id, title, done, done_at, assignee_id, created_at, updated_at)
		VALUES ($1, $2, 'Erledigte Privacy-Aufgabe', true, now(), $3, now(), now())`, demo, heldEvent, userID)
	closedRetreat := authzText(t, db, `SELECT id::text FROM retreats WHERE cooperation_id = $1 AND status = 'CLOSED' LIMIT 1`, demo)
	privacyExec(t, db, `INSERT INTO retreat_participants (retreat_id, membership_id, cooperation_id) VALUES ($1, $2, $3)`, closedRetreat, ms.ID, demo)
	var proposalID string
	if err := db.SQL.Get(&proposalID, `INSERT INTO proposals (cooperation_id, retreat_id, kind, title, submitter_membership_id, submitter_name, created_at, updated_at)
		VALUES ($1, $2, 'TOPIC', 'Privacy-Vorschlag', $3, 'Mkbenutzerqz Mkkontoqz', now(), now()) RETURNING id`, demo, closedRetreat, ms.ID); err != nil {
		t.Fatal(err)
	}
	privacyExec(t, db, `INSERT INTO votes (retreat_id, proposal_id, membership_id, points, updated_at) VALUES ($1, $2, $3, 3, now())`, closedRetreat, proposalID, ms.ID)
	privacyExec(t, db, `UPDATE award_cycles SET closed_by = $2, closed_by_name = 'Mkbenutzerqz Mkkontoqz' WHERE id = (
		SELECT id FROM award_cycles WHERE cooperation_id = $1 AND phase IN ('DECIDED', 'ANNOUNCED') LIMIT 1)`, demo, userID)
	privacyExec(t, db, `UPDATE agreement_parties SET signatory = 'Mkbenutzerqz Mkkontoqz' WHERE ctid = (SELECT ctid FROM agreement_parties WHERE cooperation_id = $1 LIMIT 1)`, demo)
	privacyExec(t, db, `INSERT INTO audit_entries (cooperation_id, at, actor_id, action, entity_type, entity_id, changes)
		VALUES ($1, now(), $2, 'proposal.create', 'Proposal', $3, '[{"field": "submitterName", "new": "Mkbenutzerqz Mkkontoqz"}]')`, demo, userID, proposalID)
	// An open task and a seat in an open jury block the user's erasure.
	privacyExec(t, db, `INSERT INTO tasks (cooperation_id, title, assignee_id, created_at, updated_at) VALUES ($1, 'Offene Privacy-Aufgabe', $2, now(), now())`, demo, userID)
	privacyExec(t, db, `INSERT INTO award_jurors (cycle_id, user_id, created_at) VALUES ($1, $2, now())`, cycle, userID)

	if found := privacyFind(t, db, append(append([]string{}, contactMarkers...), userMarkers...)); len(found) < 8 {
		t.Fatalf("the markers are spread through only %d columns (%v): the test would prove little", len(found), found)
	}

	// The exports hold the values, and say so in the audit trail.
	x, err := privacy.ExportPersonalData(admin, koop.ExportPersonalDataInput{Person: &koop.PersonInput{ContactID: &c.ID}})
	if err != nil {
		t.Fatalf("export contact: %v", err)
	}
	if x.FileName != "koop-personendaten-mknachnameqz-2026-11-25.json" {
		t.Errorf("file name %q", x.FileName)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(x.JSON), &doc); err != nil {
		t.Fatalf("export is no JSON: %v", err)
	}
	for _, m := range []string{"Mkvornameqz", "mkmailqz@example.org", "Mkbegleitqz", "Privacy-Test", "Privacy-Kategorie", `"invitation"`} {
		if !strings.Contains(x.JSON, m) {
			t.Errorf("contact export lacks %q", m)
		}
	}
	ux, err := privacy.ExportPersonalData(userCtx, koop.ExportPersonalDataInput{Person: &koop.PersonInput{UserID: &userID}})
	if err != nil {
		t.Fatalf("export user (self): %v", err)
	}
	for _, m := range []string{"Mkbenutzerqz", "Gute Idee.", "Erledigte Privacy-Aufgabe", "Privacy-Vorschlag", `"points": 3`} {
		if !strings.Contains(ux.JSON, m) {
			t.Errorf("user export lacks %q", m)
		}
	}
	if strings.Contains(ux.JSON, "mkhashqz") || strings.Contains(ux.JSON, "token") {
		t.Errorf("user export contains a secret: %s", ux.JSON)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'person.export'`); n != 2 {
		t.Errorf("%d person.export entries, want 2", n)
	}

	// Blocked: INVALID, and nothing written.
	totals := privacyTotals(t, db)
	before := privacySnapshot(t, db)
	for name, p := range map[string]*koop.PersonInput{"contact": {ContactID: &c.ID}, "user": {UserID: &userID}} {
		plan, err := privacy.ErasurePlan(root, *p)
		if err != nil || len(plan.Blockers) == 0 {
			t.Fatalf("%s plan: %+v, %v; want blockers", name, plan, err)
		}
		_, err = privacy.ErasePerson(root, koop.ErasePersonInput{Person: p, Reason: "Antrag nach Art. 17 DSGVO"})
		if koop.ErrorCode(err) != koop.EINVALID {
			t.Fatalf("%s with blockers: code %q, want INVALID (%v)", name, koop.ErrorCode(err), err)
		}
	}
	if after := privacySnapshot(t, db); after != before {
		t.Fatalf("a refused erasure changed the data")
	}

	// Resolve the blockers the way the plan says.
	privacyExec(t, db, `DELETE FROM invitations WHERE event_id = $1 AND contact_id = $2`, pgtest.DemoNeujahr2027, c.ID)
	privacyExec(t, db, `UPDATE tasks SET done = true, done_at = now() WHERE title = 'Offene Privacy-Aufgabe'`)
	privacyExec(t, db, `DELETE FROM award_jurors WHERE user_id = $1`, userID)
	totals = privacyTotals(t, db)

	plan, err := privacy.ErasurePlan(admin, koop.PersonInput{ContactID: &c.ID})
	if err != nil || len(plan.Blockers) != 0 || len(plan.Effects) == 0 {
		t.Fatalf("contact plan after resolving: %+v, %v", plan, err)
	}
	effects, err := privacy.ErasePerson(admin, koop.ErasePersonInput{Person: &koop.PersonInput{ContactID: &c.ID}, Reason: "Antrag von Mknachnameqz vom 20.11.2026"})
	if err != nil || len(effects) == 0 {
		t.Fatalf("erase contact: %v, %v", effects, err)
	}
	if _, err := privacy.ErasePerson(root, koop.ErasePersonInput{Person: &koop.PersonInput{UserID: &userID}, Reason: "Antrag von Mkbenutzerqz"}); err != nil {
		t.Fatalf("erase user: %v", err)
	}

	if found := privacyFind(t, db, append(append([]string{}, contactMarkers...), userMarkers...)); len(found) > 0 {
		t.Errorf("personal values remain after erasure in: %v", found)
		var rows []string
		_ = db.SQL.Select(&rows, `SELECT action || ' ' || entity_type || ' ' || changes::text FROM audit_entries WHERE changes::text ILIKE '%mk%qz%'`)
		t.Logf("audit: %v", rows)
	}
	if diff := cmp.Diff(totals, privacyTotals(t, db)); diff != "" {
		t.Errorf("totals changed by erasure (-before +after):\n%s", diff)
	}

	// What stays: the rows history needs, anonymised.
	var row struct {
		LastName string  `db:"last_name"`
		Email    *string `db:"email"`
		Erased   bool    `db:"erased"`
	}
	if err := db.SQL.Get(&row, `SELECT last_name, email, erased_at IS NOT NULL AS erased FROM contacts WHERE id = $1`, c.ID); err != nil {
		t.Fatalf("the contact row with a guest-list entry must stay: %v", err)
	}
	if row.LastName != koop.ErasedName || row.Email != nil || !row.Erased {
		t.Errorf("erased contact: %+v", row)
	}
	for q, want := range map[string]int{
		`SELECT count(*) FROM distribution_list_members WHERE contact_id = $1`:                                         0,
		`SELECT count(*) FROM invitations WHERE contact_id = $1 AND token_hash IS NULL`:                                1,
		`SELECT count(*) FROM award_nominations WHERE category = 'Privacy-Kategorie' AND nominator_contact_id IS NULL`: 1,
		`SELECT count(*) FROM audit_entries WHERE action = 'person.erase' AND entity_id = $1::text`:                    1,
	} {
		if n := db.Count(t, strings.ReplaceAll(q, "$1", "'"+c.ID+"'")); n != want {
			t.Errorf("%s: %d, want %d", q, n, want)
		}
	}
	for q, want := range map[string]int{
		`SELECT count(*) FROM users WHERE id = $1 AND name = 'Gelöschte Person' AND NOT active AND password_hash IS NULL AND erased_at IS NOT NULL`: 1,
		`SELECT count(*) FROM sessions WHERE user_id = $1`:                                               0,
		`SELECT count(*) FROM password_tokens WHERE user_id = $1`:                                        0,
		`SELECT count(*) FROM memberships WHERE user_id = $1 AND active`:                                 0,
		`SELECT count(*) FROM votes v JOIN memberships m ON m.id = v.membership_id WHERE m.user_id = $1`: 1,
		`SELECT count(*) FROM comments WHERE author_id = $1`:                                             1,
	} {
		if n := db.Count(t, q, userID); n != want {
			t.Errorf("%s: %d, want %d", q, n, want)
		}
	}
	// The erased user cannot log in, and an erased contact is no longer listed or editable.
	auth := postgres.NewAuthService(db.DB)
	if _, err := auth.Login(admin, koop.LoginInput{Email: "mkuserqz@example.org", Password: "whatever-long"}); err == nil {
		t.Errorf("the erased user logged in")
	}
	l, err := contacts.Contacts(admin, demo, koop.ContactFilter{}, koop.Page{Limit: koop.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range l.Items {
		if x.ID == c.ID {
			t.Errorf("the erased contact is listed")
		}
	}
	if _, err := contacts.UpdateContact(admin, koop.UpdateContactInput{ID: c.ID, Version: authzVersion(t, db, "contacts", c.ID), City: authzPtr("Berlin")}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("update of an erased contact: code %q, want INVALID", koop.ErrorCode(err))
	}
	if _, err := db.SQL.Exec(`INSERT INTO distribution_list_members (list_id, contact_id, cooperation_id, added_at) VALUES ($1, $2, $3, now())`, listID, c.ID, demo); err == nil {
		t.Errorf("an erased contact was put on a list")
	}
	// An erased account does not come back.
	if _, err := members.SetMemberActive(admin, koop.SetMemberActiveInput{MembershipID: ms.ID, Version: authzVersion(t, db, "memberships", ms.ID), Active: true}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("reactivating the erased user's membership: code %q, want INVALID", koop.ErrorCode(err))
	}
	if _, err := postgres.NewUserService(db.DB).SetUserActive(admin, koop.SetUserActiveInput{UserID: userID, Active: true}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("reactivating the erased user: code %q, want INVALID", koop.ErrorCode(err))
	}
	// Erasing twice is refused.
	if _, err := privacy.ErasePerson(admin, koop.ErasePersonInput{Person: &koop.PersonInput{ContactID: &c.ID}, Reason: "nochmal"}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("second erasure: code %q, want INVALID", koop.ErrorCode(err))
	}
}

// A contact nothing refers to is deleted outright.
func TestPrivacyEraseUnreferencedContactDeletesIt(t *testing.T) {
	db := pgtest.Seeded(t)
	admin := db.As(t, "admin@koop.test")
	c, err := postgres.NewContactService(db.DB).CreateContact(admin, koop.CreateContactInput{CooperationID: pgtest.DemoCooperationID,
		LastName: "Einzeln", LegalBasis: koop.LegalBasisLegitimateInterest})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.NewPrivacyService(db.DB).ErasePerson(admin, koop.ErasePersonInput{Person: &koop.PersonInput{ContactID: &c.ID}, Reason: "Antrag"}); err != nil {
		t.Fatal(err)
	}
	if n := db.Count(t, `SELECT count(*) FROM contacts WHERE id = $1`, c.ID); n != 0 {
		t.Errorf("unreferenced contact kept")
	}
}

// Users who would leave something behind are refused with what must happen first.
func TestPrivacyUserBlockers(t *testing.T) {
	db := pgtest.Seeded(t)
	root := db.As(t, "admin@koop.test")
	privacy := postgres.NewPrivacyService(db.DB)
	for _, tc := range []struct {
		name, email string
	}{
		{"yourself", "admin@koop.test"},
		{"open tasks", "coordinator@koop.test"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			id := db.UserID(t, tc.email)
			plan, err := privacy.ErasurePlan(root, koop.PersonInput{UserID: &id})
			if err != nil || len(plan.Blockers) == 0 {
				t.Fatalf("plan %+v, %v: want blockers", plan, err)
			}
			if _, err := privacy.ErasePerson(root, koop.ErasePersonInput{Person: &koop.PersonInput{UserID: &id}, Reason: "Test"}); koop.ErrorCode(err) != koop.EINVALID {
				t.Errorf("code %q, want INVALID", koop.ErrorCode(err))
			}
		})
	}
}

// The retention rule: years 1–30, candidates longest unused first, only candidates erased.
func TestPrivacyRetention(t *testing.T) {
	db := pgtest.Seeded(t)
	admin := db.As(t, "admin@koop.test")
	privacy := postgres.NewPrivacyService(db.DB)
	demo := pgtest.DemoCooperationID
	for _, y := range []int{0, 31, -1} {
		if _, err := privacy.SetContactRetention(admin, koop.SetContactRetentionInput{CooperationID: demo, Years: y}); koop.ErrorCode(err) != koop.EINVALID {
			t.Errorf("years %d: code %q, want INVALID", y, koop.ErrorCode(err))
		}
	}
	insert := func(name string, created time.Time) string {
		var id string
		if err := db.SQL.Get(&id, `INSERT INTO contacts (cooperation_id, last_name, legal_basis, created_at, updated_at) VALUES ($1, $2, 'LEGITIMATE_INTEREST', $3, $3) RETURNING id`,
			demo, name, created); err != nil {
			t.Fatal(err)
		}
		return id
	}
	now := db.Clock.T
	older := insert("Ältestens", now.AddDate(-9, 0, 0))
	old := insert("Altmann", now.AddDate(-5, 0, 0))
	recent := insert("Neuhaus", now.AddDate(-2, 0, 0))
	// invited two years ago: not a candidate under a rule of 3 years, although created long ago
	invited := insert("Gasthaus", now.AddDate(-8, 0, 0))
	heldEvent := authzText(t, db, `SELECT id::text FROM events WHERE cooperation_id = $1 AND status IN ('HELD', 'DOCUMENTED') ORDER BY starts_at LIMIT 1`, demo)
	privacyExec(t, db, `INSERT INTO invitations (cooperation_id, event_id, contact_id, status, invited_at, created_at, updated_at) VALUES ($1, $2, $3, 'DECLINED', $4, $4, $4)`,
		demo, heldEvent, invited, now.AddDate(-2, 0, 0))

	r, err := privacy.SetContactRetention(admin, koop.SetContactRetentionInput{CooperationID: demo, Years: 4})
	if err != nil {
		t.Fatal(err)
	}
	if r.Years != 4 || r.Cutoff.Format(time.DateOnly) != "2022-11-25" {
		t.Errorf("years %d, cutoff %s", r.Years, r.Cutoff.Format(time.DateOnly))
	}
	ids := func(r *koop.RetentionReview) []string {
		out := []string{}
		for _, c := range r.Candidates {
			if c.Contact.ID == older || c.Contact.ID == old || c.Contact.ID == recent || c.Contact.ID == invited {
				out = append(out, c.Contact.LastName)
			}
		}
		return out
	}
	if diff := cmp.Diff([]string{"Ältestens", "Altmann"}, ids(r)); diff != "" {
		t.Errorf("candidates (-want +got):\n%s", diff)
	}
	// a contact that is no candidate: INVALID, nothing erased
	before := privacySnapshot(t, db)
	if _, _, err := privacy.ApplyContactRetention(admin, koop.ApplyContactRetentionInput{CooperationID: demo, ContactIDs: []string{older, recent}}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("apply with a non-candidate: code %q, want INVALID", koop.ErrorCode(err))
	}
	if privacySnapshot(t, db) != before {
		t.Errorf("a refused retention run changed the data")
	}
	n, r, err := privacy.ApplyContactRetention(admin, koop.ApplyContactRetentionInput{CooperationID: demo, ContactIDs: []string{older, old}})
	if err != nil || n != 2 {
		t.Fatalf("apply: %d, %v", n, err)
	}
	if got := ids(r); len(got) != 0 {
		t.Errorf("still candidates: %v", got)
	}
	if n := db.Count(t, `SELECT count(*) FROM contacts WHERE id = ANY($1)`, pq.Array([]string{older, old})); n != 0 {
		t.Errorf("%d erased candidates left (they had no invitations)", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'contact.apply_retention'`); n != 1 {
		t.Errorf("%d retention audit entries", n)
	}
}
