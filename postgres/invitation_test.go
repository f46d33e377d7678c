package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// guestFixture is a confirmed event of the demo cooperation with a capacity and n invited
// contacts (g0 … g(n-1)), their invitations sent.
type guestFixture struct {
	db     *pgtest.DB
	svc    *postgres.InvitationService
	events *postgres.EventService
	coord  context.Context
	event  *koop.Event
	inv    []*koop.Invitation // by contact number
}

func newGuestFixture(t testing.TB, db *pgtest.DB, capacity, n int) *guestFixture {
	t.Helper()
	f := &guestFixture{db: db, svc: postgres.NewInvitationService(db.DB), events: postgres.NewEventService(db.DB), coord: db.As(t, "coordinator@koop.test")}
	start := time.Date(2027, 3, 10, 17, 0, 0, 0, time.UTC)
	var err error
	f.event, err = f.events.CreateEvent(f.coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: fmt.Sprintf("Kultursalon %d", capacity), LeadPartnerID: ptr(pgtest.DemoBAPartnerID),
		StartsAt: start, EndsAt: start.Add(3 * time.Hour), Venue: ptr("Stadtteilzentrum"), Capacity: ptr(capacity), Status: ptr(koop.EventPlanning)})
	if err != nil {
		t.Fatal(err)
	}
	if f.event, err = f.events.ChangeEventStatus(f.coord, koop.ChangeEventStatusInput{ID: f.event.ID, Version: f.event.Version, Status: koop.EventConfirmed}); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, n)
	for i := range n {
		if err := db.SQL.Get(&ids[i], `INSERT INTO contacts (cooperation_id, salutation, first_name, last_name, email, legal_basis, created_at, updated_at)
			VALUES ($1, 'MS', 'Gast', $2, $3, 'LEGITIMATE_INTEREST', now(), now()) RETURNING id`,
			pgtest.DemoCooperationID, fmt.Sprintf("Nummer %02d", i), fmt.Sprintf("g%d.%s@example.test", i, f.event.ID[:8])); err != nil {
			t.Fatal(err)
		}
	}
	added, err := f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: f.event.ID, ContactIDs: ids})
	if err != nil || len(added.Added) != n {
		t.Fatalf("invite: %v", err)
	}
	sent, err := f.svc.SendInvitations(f.coord, koop.SendInvitationsInput{EventID: f.event.ID})
	if err != nil || sent.Sent != n {
		t.Fatalf("send: %+v %v", sent, err)
	}
	f.inv = make([]*koop.Invitation, n)
	for i, id := range ids {
		for _, a := range added.Added {
			if *a.ContactID == id {
				f.inv[i] = a
			}
		}
	}
	return f
}

// token is the RSVP token of guest i, read from the link in the queued invitation mail.
func (f *guestFixture) token(t testing.TB, i int) string {
	t.Helper()
	var link string
	if err := f.db.SQL.Get(&link, `SELECT data->>'link' FROM mail_outbox m JOIN contacts c ON lower(c.email) = m.to_address
		WHERE c.id = $1 AND m.template = 'guest_invitation' ORDER BY m.created_at DESC LIMIT 1`, *f.inv[i].ContactID); err != nil {
		t.Fatal(err)
	}
	return link[strings.LastIndex(link, "/")+1:]
}

// answer records guest i's answer through the RSVP link.
func (f *guestFixture) answer(t *testing.T, i int, a koop.RsvpAnswer, plusOne bool) *koop.Rsvp {
	t.Helper()
	r, err := f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: f.token(t, i), Answer: a, PlusOne: plusOne, PlusOneName: "Begleitung"})
	if err != nil {
		t.Fatalf("guest %d %s: %v", i, a, err)
	}
	return r
}

// states lists the guests' statuses with plus-one and waiting place: "ACCEPTED+1 WAITLISTED#1 …".
func (f *guestFixture) states(t *testing.T) string {
	t.Helper()
	g, err := f.svc.Guests(f.coord, f.event.ID, koop.GuestFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byContact := map[string]*koop.Invitation{}
	for _, inv := range g.Items {
		if inv.ContactID != nil {
			byContact[*inv.ContactID] = inv
		}
	}
	out := make([]string, len(f.inv))
	for i, inv := range f.inv {
		cur := byContact[*inv.ContactID]
		s := string(cur.Status)
		if cur.PlusOne {
			s += "+1"
		}
		if cur.WaitlistPosition > 0 {
			s += fmt.Sprintf("#%d", cur.WaitlistPosition)
		}
		out[i] = s
	}
	return strings.Join(out, " ")
}

func TestWaitingListPromotesPartiesThatFit(t *testing.T) {
	f := newGuestFixture(t, pgtest.Seeded(t), 4, 6)
	f.answer(t, 0, koop.AnswerAccept, true)
	f.answer(t, 1, koop.AnswerAccept, true) // full: 4 of 4
	r := f.answer(t, 2, koop.AnswerAccept, true)
	if r.Invitation.Status != koop.InvitationWaitlisted || r.Invitation.WaitlistPosition != 1 {
		t.Fatalf("a party of two when full: %s #%d, want WAITLISTED #1", r.Invitation.Status, r.Invitation.WaitlistPosition)
	}
	// the test clock stands still: move it, so the waiting order is the order of the answers
	f.db.Clock.Advance(time.Minute)
	f.answer(t, 3, koop.AnswerAccept, false)
	f.db.Clock.Advance(time.Minute)
	f.answer(t, 4, koop.AnswerAccept, false)
	if got, want := f.states(t), "ACCEPTED+1 ACCEPTED+1 WAITLISTED+1#1 WAITLISTED#2 WAITLISTED#3 INVITED"; got != want {
		t.Fatalf("states %q, want %q", got, want)
	}

	// Guest 1 brings nobody after all: one seat, the couple waiting first does not fit and keeps
	// its place, the single guest behind it comes in.
	f.answer(t, 1, koop.AnswerAccept, false)
	if got, want := f.states(t), "ACCEPTED+1 ACCEPTED WAITLISTED+1#1 ACCEPTED WAITLISTED#2 INVITED"; got != want {
		t.Fatalf("after a plus-one withdrawn: %q, want %q", got, want)
	}
	// Guest 0 declines: two seats, the couple comes in together.
	f.answer(t, 0, koop.AnswerDecline, false)
	if got, want := f.states(t), "DECLINED ACCEPTED ACCEPTED+1 ACCEPTED WAITLISTED#1 INVITED"; got != want {
		t.Fatalf("after a decline: %q, want %q", got, want)
	}
	// The promoted guests got a mail each; nobody else did.
	if n := f.db.Count(t, `SELECT count(*) FROM mail_outbox WHERE template = 'guest_promoted'`); n != 2 {
		t.Errorf("%d promotion mails, want 2", n)
	}
	// A plus-one that no longer fits is refused, the answer stays.
	if _, err := f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: f.token(t, 1), Answer: koop.AnswerAccept, PlusOne: true}); koop.ErrorField(err) != "plusOne" {
		t.Errorf("plus-one into a full event: %v, want a message at plusOne", err)
	}
	// The capacity cannot drop below the promised seats, and raising it lets the waiting in.
	ev, err := f.events.Event(f.coord, f.event.ID, koop.EventLoad{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.events.UpdateEvent(f.coord, koop.UpdateEventInput{ID: ev.ID, Version: ev.Version, Capacity: ptr(3)}); koop.ErrorField(err) != "capacity" ||
		!strings.Contains(koop.ErrorMessage(err), "bereits 4 Personen") {
		t.Errorf("capacity below acceptances: %v", err)
	}
	if _, err := f.events.UpdateEvent(f.coord, koop.UpdateEventInput{ID: ev.ID, Version: ev.Version, Capacity: ptr(5)}); err != nil {
		t.Fatal(err)
	}
	if got, want := f.states(t), "DECLINED ACCEPTED ACCEPTED+1 ACCEPTED ACCEPTED INVITED"; got != want {
		t.Errorf("after raising the capacity: %q, want %q", got, want)
	}
}

func TestConcurrentAnswersNeverOverfill(t *testing.T) {
	db := pgtest.Seeded(t)
	db.SQL.SetMaxOpenConns(6)
	f := newGuestFixture(t, db, 7, 24)
	tokens := make([]string, len(f.inv))
	for i := range f.inv {
		tokens[i] = f.token(t, i)
	}
	run := func(answer func(i int) (koop.RsvpAnswer, bool)) {
		var wg sync.WaitGroup
		errs := make(chan error, len(tokens))
		for i, tok := range tokens {
			wg.Go(func() {
				a, plus := answer(i)
				// a plus-one refused for want of a seat is a correct answer, not a failure
				if _, err := f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: tok, Answer: a, PlusOne: plus}); err != nil && koop.ErrorField(err) != "plusOne" {
					errs <- err
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		g, err := f.svc.Guests(f.coord, f.event.ID, koop.GuestFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if g.Counts.SeatsTaken > 7 {
			t.Fatalf("overfilled: %d seats taken of 7", g.Counts.SeatsTaken)
		}
		if g.Counts.SeatsTaken < 6 && g.Counts.Waitlisted > 0 {
			t.Errorf("%d seats taken of 7 with %d waiting: someone who fits was not promoted", g.Counts.SeatsTaken, g.Counts.Waitlisted)
		}
	}
	// Everyone accepts at once, every third with a plus-one.
	run(func(i int) (koop.RsvpAnswer, bool) { return koop.AnswerAccept, i%3 == 0 })
	// Then half decline while the other half change their plus-ones, all at once.
	run(func(i int) (koop.RsvpAnswer, bool) {
		if i%2 == 0 {
			return koop.AnswerDecline, false
		}
		return koop.AnswerAccept, i%4 == 1
	})
}

func TestRsvpLinkWithoutLogin(t *testing.T) {
	db := pgtest.Seeded(t)
	f := newGuestFixture(t, db, 10, 2)
	// The mail carries the link, an opt-out and the .ics.
	var m struct {
		Subject string `db:"event"`
		Name    string `db:"attachment_name"`
		Data    []byte `db:"attachment_data"`
		OptOut  string `db:"optout"`
	}
	if err := db.SQL.Get(&m, `SELECT data->>'event' AS event, data->>'optout' AS optout, attachment_name, attachment_data FROM mail_outbox
		WHERE template = 'guest_invitation' LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	if m.Name != "Kultursalon-10.ics" || !strings.Contains(string(m.Data), "BEGIN:VCALENDAR") || !strings.HasSuffix(m.OptOut, "?abmelden=1") {
		t.Errorf("invitation mail: %+v", m)
	}
	// The token is stored only as a hash.
	tok := f.token(t, 0)
	if n := db.Count(t, `SELECT count(*) FROM invitations WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'`, tok); n != 0 {
		t.Error("the token is stored in the clear")
	}
	r, err := f.svc.Rsvp(context.Background(), tok)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Open || r.LetterSalutation != "Sehr geehrte Frau Nummer 00" || r.Event.Title != "Kultursalon 10" || r.CooperationID != pgtest.DemoCooperationID {
		t.Errorf("rsvp: %+v", r)
	}
	if r.Invitation.Contact.Email != nil {
		t.Error("the RSVP page gets the guest's e-mail address")
	}
	r, err = f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: tok, Answer: koop.AnswerAccept, PlusOne: true, PlusOneName: "  Max   Muster "})
	if err != nil || r.Invitation.Status != koop.InvitationAccepted || r.Invitation.PlusOneName != "Max Muster" {
		t.Fatalf("accept: %+v %v", r, err)
	}
	// Used again, the link shows the answer and changes it.
	r, err = f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: tok, Answer: koop.AnswerDecline})
	if err != nil || r.Invitation.Status != koop.InvitationDeclined || r.Invitation.PlusOne {
		t.Fatalf("decline: %+v %v", r, err)
	}
	for _, bad := range []string{"", "kurz", strings.Repeat("x", 43), tok + "x", strings.Repeat("ü", 300)} {
		if _, err := f.svc.Rsvp(context.Background(), bad); koop.ErrorCode(err) != koop.ENOTFOUND || !strings.Contains(koop.ErrorMessage(err), "Link ist ungültig") {
			t.Errorf("token %q: %v", bad, err)
		}
	}
	if _, err := f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: tok, Answer: koop.AnswerAccept, PlusOneName: "<script>"}); koop.ErrorField(err) != "plusOneName" {
		t.Errorf("markup as a name: %v", err)
	}
	// After the deadline the page still shows the answer, but it cannot change.
	db.Clock.T = f.event.StartsAt.Add(time.Minute)
	r, err = f.svc.Rsvp(context.Background(), tok)
	if err != nil || r.Open || !strings.Contains(r.ClosedReason, "Antwortfrist ist am Mittwoch, 10. März 2027, 18:00 Uhr abgelaufen") {
		t.Errorf("after the deadline: %+v %v", r, err)
	}
	if _, err := f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: tok, Answer: koop.AnswerAccept}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("answer after the deadline: %v", err)
	}
	// Opting out marks the contact; the next invitation to them is not sent.
	if r, err = f.svc.OptOut(context.Background(), f.token(t, 1)); err != nil || !r.OptedOut {
		t.Fatalf("opt out: %+v %v", r, err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'contact.opt_out'`); n != 1 {
		t.Errorf("%d opt-out audit entries", n)
	}
}

func TestSendingIsIdempotentAndSkipsWhoCannotBeMailed(t *testing.T) {
	db := pgtest.Seeded(t)
	f := newGuestFixture(t, db, 0, 3)
	before := db.Count(t, `SELECT count(*) FROM mail_outbox WHERE template = 'guest_invitation'`)
	again, err := f.svc.SendInvitations(f.coord, koop.SendInvitationsInput{EventID: f.event.ID})
	if err != nil || again.Sent != 0 || db.Count(t, `SELECT count(*) FROM mail_outbox WHERE template = 'guest_invitation'`) != before {
		t.Errorf("a second send: %+v %v", again, err)
	}
	// The status moved on by itself.
	ev, _ := f.events.Event(f.coord, f.event.ID, koop.EventLoad{})
	if ev.Status != koop.EventInvitationsSent {
		t.Errorf("event status %s after sending", ev.Status)
	}
	// A contact without an address and one who opted out stay drafts, with the reason.
	var noMail, optedOut string
	db.SQL.Get(&noMail, `INSERT INTO contacts (cooperation_id, first_name, last_name, legal_basis, created_at, updated_at)
		VALUES ($1, 'Ohne', 'Adresse', 'LEGITIMATE_INTEREST', now(), now()) RETURNING id`, pgtest.DemoCooperationID)
	db.SQL.Get(&optedOut, `INSERT INTO contacts (cooperation_id, first_name, last_name, email, legal_basis, opted_out_at, created_at, updated_at)
		VALUES ($1, 'Schon', 'Abgemeldet', 'weg@example.test', 'LEGITIMATE_INTEREST', now(), now(), now()) RETURNING id`, pgtest.DemoCooperationID)
	if _, err := f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: f.event.ID, ContactIDs: []string{noMail, optedOut}}); err != nil {
		t.Fatal(err)
	}
	res, err := f.svc.SendInvitations(f.coord, koop.SendInvitationsInput{EventID: f.event.ID})
	if err != nil || res.Sent != 0 || len(res.Skipped) != 2 || res.Skipped[0].Reason == "" {
		t.Errorf("send to the unreachable: %+v %v", res, err)
	}
	// The same contact twice: refused at the field; in a batch: skipped with the reason.
	if _, err := f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: f.event.ID, ContactIDs: []string{noMail}}); koop.ErrorField(err) != "contactIds" ||
		!strings.Contains(koop.ErrorMessage(err), "Ohne Adresse steht bereits auf der Gästeliste") {
		t.Errorf("invited twice: %v", err)
	}
	res2, err := f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: f.event.ID, ContactIDs: []string{noMail, *f.inv[0].ContactID}})
	if err != nil || len(res2.Added) != 0 || len(res2.Skipped) != 2 {
		t.Errorf("a batch of the invited: %+v %v", res2, err)
	}
	// A contact on a guest list cannot be deleted.
	contacts := postgres.NewContactService(db.DB)
	c, err := contacts.Contact(f.coord, noMail)
	if err != nil {
		t.Fatal(err)
	}
	if err := contacts.DeleteContact(f.coord, koop.DeleteContactInput{ID: c.ID, Version: c.Version}); err == nil || !strings.Contains(koop.ErrorMessage(err), "Gästeliste") {
		t.Errorf("delete an invited contact: %v", err)
	}
}

func TestInviteFromListAndPreviousEvent(t *testing.T) {
	db := pgtest.Seeded(t)
	f := newGuestFixture(t, db, 0, 3)
	f.answer(t, 0, koop.AnswerAccept, false)
	f.answer(t, 1, koop.AnswerDecline, false)
	start := time.Date(2027, 9, 10, 17, 0, 0, 0, time.UTC)
	next, err := f.events.CreateEvent(f.coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: "Kultursalon Herbst", LeadPartnerID: ptr(pgtest.DemoBAPartnerID),
		StartsAt: start, EndsAt: start.Add(2 * time.Hour), Status: ptr(koop.EventPlanning)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: next.ID, FromEventID: &f.event.ID})
	if err != nil || len(res.Added) != 1 || *res.Added[0].ContactID != *f.inv[0].ContactID {
		t.Fatalf("from the previous event (only who accepted): %+v %v", res, err)
	}
	var listID string
	if err := db.SQL.Get(&listID, `SELECT id FROM distribution_lists WHERE cooperation_id = $1 ORDER BY name LIMIT 1`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	members := db.Count(t, `SELECT count(*) FROM distribution_list_members WHERE list_id = $1`, listID)
	res, err = f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: next.ID, DistributionListID: &listID})
	if err != nil || len(res.Added)+len(res.Skipped) != members || members == 0 {
		t.Fatalf("from a list of %d: %+v %v", members, res, err)
	}
	if _, err := f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: next.ID, ContactIDs: []string{"not-an-id"}}); koop.ErrorField(err) != "contactIds" {
		t.Errorf("a bad ID: %v", err)
	}
	if _, err := f.svc.InviteGuests(f.coord, koop.InviteGuestsInput{EventID: next.ID}); koop.ErrorField(err) != "contactIds" {
		t.Errorf("nobody: %v", err)
	}
}

func TestCheckInWalkInAndNoShows(t *testing.T) {
	db := pgtest.Seeded(t)
	f := newGuestFixture(t, db, 3, 4)
	f.answer(t, 0, koop.AnswerAccept, true)
	f.answer(t, 1, koop.AnswerAccept, false)
	f.answer(t, 2, koop.AnswerAccept, false) // waiting
	member := db.As(t, "member@koop.test")
	in, err := f.svc.CheckIn(member, koop.CheckInInput{ID: f.inv[0].ID})
	if err != nil || in.Status != koop.InvitationAttended || in.CheckedInAt == nil {
		t.Fatalf("check in: %+v %v", in, err)
	}
	if _, err := f.svc.CheckIn(member, koop.CheckInInput{ID: f.inv[0].ID}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("twice: %v", err)
	}
	// the waiting guest who stands at the door comes in
	if in, err = f.svc.CheckIn(member, koop.CheckInInput{ID: f.inv[2].ID}); err != nil || in.Status != koop.InvitationAttended {
		t.Fatalf("a waiting guest at the door: %+v %v", in, err)
	}
	walk, err := f.svc.AddWalkIn(member, koop.AddWalkInInput{EventID: f.event.ID, Name: "Petra Spontan", PlusOne: true})
	if err != nil || walk.Status != koop.InvitationAttended || walk.GuestName() != "Petra Spontan" {
		t.Fatalf("walk-in: %+v %v", walk, err)
	}
	if _, err := f.svc.AddWalkIn(member, koop.AddWalkInInput{EventID: f.event.ID, Name: "  "}); koop.ErrorField(err) != "name" {
		t.Errorf("a walk-in without a name: %v", err)
	}
	if _, err := f.svc.AddWalkIn(member, koop.AddWalkInInput{EventID: f.event.ID, ContactID: f.inv[1].ContactID}); koop.ErrorField(err) != "contactId" {
		t.Errorf("a guest on the list as a walk-in: %v", err)
	}
	g, err := f.svc.Guests(f.coord, f.event.ID, koop.GuestFilter{Query: ptr("spontan")})
	if err != nil || len(g.Items) != 1 || g.Counts.Attended != 3 || g.Counts.SeatsAttended != 5 {
		t.Errorf("search and counts: %d items, %+v, %v", len(g.Items), g.Counts, err)
	}
	// The event is held: who accepted and never came is a no-show.
	ev, _ := f.events.Event(f.coord, f.event.ID, koop.EventLoad{})
	if _, err = f.events.ChangeEventStatus(f.coord, koop.ChangeEventStatusInput{ID: ev.ID, Version: ev.Version, Status: koop.EventHeld}); err != nil {
		t.Fatal(err)
	}
	if got, want := f.states(t), "ATTENDED+1 NO_SHOW ATTENDED INVITED"; got != want {
		t.Errorf("after the event: %q, want %q", got, want)
	}
}

func TestGuestListStatementsAreConstant(t *testing.T) {
	count := func(n int) int {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		f := newGuestFixture(t, db, 0, n)
		for i := range n / 2 {
			f.answer(t, i, koop.AnswerAccept, i%2 == 0)
		}
		st.Reset()
		g, err := f.svc.Guests(f.coord, f.event.ID, koop.GuestFilter{})
		if err != nil || len(g.Items) != n {
			t.Fatalf("%d guests, %v", len(g.Items), err)
		}
		return st.N()
	}
	small, large := count(2), count(40)
	if small != large {
		t.Errorf("statements grow with guests: %d → %d", small, large)
	}
	t.Logf("an event with its guests: %d statements", small)
}

func TestGuestsWithoutAnswerAreRemindedOnce(t *testing.T) {
	db := pgtest.Seeded(t)
	f := newGuestFixture(t, db, 0, 3)
	f.answer(t, 0, koop.AnswerAccept, false)
	reminders := postgres.NewReminders(db.DB, postgres.ReminderConfig{TaskDays: 2})
	count := func() int {
		// the fixture's guests only: the demo's Fachtag has its own unanswered guests
		return db.Count(t, `SELECT count(*) FROM mail_outbox WHERE template = 'guest_reminder' AND to_address LIKE 'g%.' || $1 || '@example.test'`, f.event.ID[:8])
	}
	// Too early: the deadline (the start) is more than a week away.
	if _, err := reminders.SendDueReminders(t.Context(), f.event.StartsAt.Add(-8*24*time.Hour)); err != nil || count() != 0 {
		t.Fatalf("early: %d reminders, %v", count(), err)
	}
	// Six days before: the two who did not answer get one each, with their personal link.
	now := f.event.StartsAt.Add(-6 * 24 * time.Hour)
	db.Clock.T = now
	if _, err := reminders.SendDueReminders(t.Context(), now); err != nil || count() != 2 {
		t.Fatalf("due: %d reminders, %v", count(), err)
	}
	var link string
	if err := db.SQL.Get(&link, `SELECT data->>'link' FROM mail_outbox WHERE template = 'guest_reminder' AND to_address LIKE 'g1.%'`); err != nil ||
		!strings.HasSuffix(link, "/rsvp/"+f.token(t, 1)) {
		t.Errorf("the reminder's link %q is not the invitation's (%v)", link, err)
	}
	// Again, and again later: nothing more.
	for _, at := range []time.Time{now, now.Add(24 * time.Hour)} {
		if _, err := reminders.SendDueReminders(t.Context(), at); err != nil || count() != 2 {
			t.Fatalf("repeated: %d reminders, %v", count(), err)
		}
	}
}

// BenchmarkGuests measures an event's guest list of 200 parties (the Neujahrsempfang's size) and
// a guest's answer through the link; run with -run XXX -bench Guests -benchtime 100x.
func BenchmarkGuests(b *testing.B) {
	db := pgtest.Seeded(b)
	f := newGuestFixture(b, db, 150, 200)
	tokens := make([]string, 200)
	for i := range tokens {
		tokens[i] = f.token(b, i)
	}
	b.Run("list", func(b *testing.B) {
		for b.Loop() {
			if _, err := f.svc.Guests(f.coord, f.event.ID, koop.GuestFilter{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("answer", func(b *testing.B) {
		i := 0
		for b.Loop() {
			a := koop.AnswerAccept
			if i%3 == 0 {
				a = koop.AnswerDecline
			}
			if _, err := f.svc.AnswerRsvp(context.Background(), koop.RsvpAnswerInput{Token: tokens[i%len(tokens)], Answer: a, PlusOne: i%2 == 0}); err != nil && koop.ErrorField(err) != "plusOne" {
				b.Fatal(err)
			}
			i++
		}
	})
}
