package server_test

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The guest flow through the API: invite and send as a coordinator, answer without a login
// through the link, and the guest list as CSV for German Excel.
func TestGuestsRsvpAndCSV(t *testing.T) {
	e := newEnv(t)
	coord, _ := e.login(t, "coordinator@koop.test")
	const boettcher, braun = "6b00c0de-0000-4000-8000-000000000404", "6b00c0de-0000-4000-8000-000000000416"
	var invited struct {
		InviteGuests struct{ Added []struct{ ID string } }
	}
	e.post(t, gqlReq{token: coord, query: `mutation($e: ID!, $c: [ID!]) { inviteGuests(input: {eventId: $e, contactIds: $c}) { added { id status } skipped { name } } }`,
		vars: map[string]any{"e": neujahr2027, "c": []string{boettcher, braun}}}).ok(t).decode(t, &invited)
	ids := []string{}
	for _, a := range invited.InviteGuests.Added {
		ids = append(ids, a.ID)
	}
	var before struct {
		Event struct {
			GuestCounts struct{ Accepted, Invited, SeatsTaken int }
		}
	}
	e.post(t, gqlReq{token: coord, query: `query($e: ID!) { event(id: $e) { guestCounts { accepted invited seatsTaken } } }`,
		vars: map[string]any{"e": neujahr2027}}).ok(t).decode(t, &before)
	// only the two new drafts; the demo's other drafts stay
	var sent struct{ SendInvitations struct{ Sent int } }
	e.post(t, gqlReq{token: coord, query: `mutation($e: ID!, $i: [ID!]) { sendInvitations(input: {eventId: $e, invitationIds: $i}) { sent skipped { reason } } }`,
		vars: map[string]any{"e": neujahr2027, "i": ids}}).ok(t).decode(t, &sent)
	if sent.SendInvitations.Sent != 2 {
		t.Fatalf("sent %d", sent.SendInvitations.Sent)
	}
	var link string
	if err := e.db.SQL.Get(&link, `SELECT data->>'link' FROM mail_outbox WHERE template = 'guest_invitation' AND to_address = 'jens.boettcher@spreekueche.example'`); err != nil {
		t.Fatal(err)
	}
	token := link[strings.LastIndex(link, "/")+1:]

	// no login: the page and the answer
	var page struct {
		Rsvp struct {
			GuestName, LetterSalutation, Status, EventTitle, CooperationID string
			Open                                                           bool
		}
	}
	e.post(t, gqlReq{query: `query($t: String!) { rsvp(token: $t) { guestName letterSalutation status eventTitle open cooperationId } }`,
		vars: map[string]any{"t": token}}).ok(t).decode(t, &page)
	if page.Rsvp.EventTitle != "Neujahrsempfang 2027" || page.Rsvp.Status != "INVITED" || !page.Rsvp.Open || page.Rsvp.LetterSalutation != "Sehr geehrter Herr Böttcher" {
		t.Errorf("rsvp page: %+v", page.Rsvp)
	}
	var answered struct {
		AnswerRsvp struct {
			Rsvp struct{ Status, PlusOneName string }
		}
	}
	e.post(t, gqlReq{query: `mutation($t: String!) { answerRsvp(input: {token: $t, answer: ACCEPT, plusOne: true, plusOneName: "Anke Böttcher"}) { rsvp { status plusOneName } } }`,
		vars: map[string]any{"t": token}}).ok(t).decode(t, &answered)
	if answered.AnswerRsvp.Rsvp.Status != "ACCEPTED" || answered.AnswerRsvp.Rsvp.PlusOneName != "Anke Böttcher" {
		t.Errorf("answer: %+v", answered)
	}
	bad := e.post(t, gqlReq{query: `query { rsvp(token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") { status } }`}).wantError(t, "NOT_FOUND")
	if !strings.Contains(bad.Message, "Link ist ungültig") {
		t.Errorf("wrong token: %q", bad.Message)
	}
	// the guest list is not public
	e.post(t, gqlReq{query: `query($e: ID!) { guests(eventId: $e) { items { id } } }`, vars: map[string]any{"e": neujahr2027}}).wantError(t, "UNAUTHENTICATED")

	var ev struct {
		Event struct {
			GuestListCSVURL string `json:"guestListCsvUrl"`
			GuestCounts     struct{ Accepted, Invited, SeatsTaken int }
		}
	}
	e.post(t, gqlReq{token: coord, query: `query($e: ID!) { event(id: $e) { guestListCsvUrl guestCounts { accepted invited seatsTaken } } }`,
		vars: map[string]any{"e": neujahr2027}}).ok(t).decode(t, &ev)
	if c, b := ev.Event.GuestCounts, before.Event.GuestCounts; c.Accepted != b.Accepted+1 || c.Invited != b.Invited+1 || c.SeatsTaken != b.SeatsTaken+2 {
		t.Errorf("counts %+v after %+v", c, b)
	}
	got := e.serve(t, httptest.NewRequest(http.MethodGet, ev.Event.GuestListCSVURL, nil))
	if got.status != http.StatusOK || got.header.Get("Content-Type") != "text/csv; charset=utf-8" || !bytes.HasPrefix(got.body, []byte("\uFEFF")) {
		t.Fatalf("csv: %d %s %q", got.status, got.header.Get("Content-Type"), got.body)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got.body, []byte("\uFEFF"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil || len(rows) < 3 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	byName := map[string][]string{}
	for _, row := range rows[1:] {
		byName[row[3]] = row
	}
	if b, br := byName["Böttcher"], byName["Braun"]; rows[0][0] != "Anrede" || b == nil || br == nil || b[7] != "Zugesagt" || b[10] != "Anke Böttcher" || br[7] != "Eingeladen" {
		t.Errorf("rows: %q", rows)
	}
	if !strings.Contains(got.header.Get("Content-Disposition"), "Gaeste-Neujahrsempfang-2027.csv") {
		t.Errorf("file name: %s", got.header.Get("Content-Disposition"))
	}
	other := strings.Replace(ev.Event.GuestListCSVURL, neujahr2027, "6b00c0de-0000-4000-8000-00000000ffff", 1)
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, other, nil)); r.status != http.StatusUnauthorized {
		t.Errorf("token for another event: %d", r.status)
	}
}
