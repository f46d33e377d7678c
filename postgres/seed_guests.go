package postgres

import (
	"fmt"
	"time"
)

// demoGuest is a demo contact (by its number, 401–440) on an event's guest list.
type demoGuest struct {
	n       int
	status  string
	plusOne bool
}

// demoGuestLists are the demo's guest lists: the two past events with who came, the
// Neujahrsempfang 2027 with answers coming in, and the Fachtag 2027 full with a waiting list.
var demoGuestLists = []struct {
	event  string
	guests []demoGuest
}{
	{"6b00c0de-0000-4000-8000-000000000301", []demoGuest{
		{1, "ATTENDED", true}, {2, "ATTENDED", false}, {3, "ATTENDED", false}, {5, "ATTENDED", true}, {9, "ATTENDED", false},
		{12, "ATTENDED", false}, {13, "ATTENDED", true}, {22, "ATTENDED", false}, {30, "ATTENDED", false}, {31, "ATTENDED", false},
		{33, "ATTENDED", false}, {10, "NO_SHOW", false}, {11, "NO_SHOW", false}, {14, "DECLINED", false}, {18, "DECLINED", false},
	}},
	{"6b00c0de-0000-4000-8000-000000000304", []demoGuest{
		{1, "ATTENDED", false}, {5, "ATTENDED", true}, {9, "ATTENDED", false}, {11, "ATTENDED", false}, {16, "ATTENDED", false},
		{19, "ATTENDED", true}, {20, "ATTENDED", false}, {35, "ATTENDED", false}, {37, "ATTENDED", false}, {2, "NO_SHOW", false},
		{12, "DECLINED", false},
	}},
	// Jens Böttcher (404) and Claudia Braun (416) stay off this list: tests invite them.
	{"6b00c0de-0000-4000-8000-000000000306", []demoGuest{
		{1, "ACCEPTED", true}, {3, "ACCEPTED", false}, {5, "ACCEPTED", true}, {9, "ACCEPTED", false}, {12, "ACCEPTED", false},
		{22, "ACCEPTED", false}, {30, "ACCEPTED", false}, {33, "ACCEPTED", false}, {14, "DECLINED", false}, {19, "DECLINED", false},
		{2, "INVITED", false}, {10, "INVITED", false}, {11, "INVITED", false}, {13, "INVITED", false}, {17, "INVITED", false},
		{20, "INVITED", false}, {25, "DRAFT", false}, {27, "DRAFT", false},
	}},
	// 30 seats: 21 guests, 9 of them with a companion; three parties wait.
	{"6b00c0de-0000-4000-8000-000000000307", []demoGuest{
		{1, "ACCEPTED", true}, {3, "ACCEPTED", true}, {6, "ACCEPTED", true}, {10, "ACCEPTED", true}, {12, "ACCEPTED", false},
		{13, "ACCEPTED", true}, {16, "ACCEPTED", false}, {18, "ACCEPTED", false}, {20, "ACCEPTED", false}, {21, "ACCEPTED", false},
		{22, "ACCEPTED", true}, {23, "ACCEPTED", false}, {24, "ACCEPTED", false}, {25, "ACCEPTED", false}, {26, "ACCEPTED", false},
		{27, "ACCEPTED", false}, {30, "ACCEPTED", false}, {32, "ACCEPTED", false}, {34, "ACCEPTED", true}, {36, "ACCEPTED", true},
		{38, "ACCEPTED", true}, {5, "WAITLISTED", true}, {2, "WAITLISTED", false}, {9, "WAITLISTED", false},
		{11, "DECLINED", false}, {14, "DECLINED", false}, {17, "INVITED", false}, {19, "INVITED", false}, {31, "INVITED", false},
	}},
}

// seedGuests puts demo contacts on the demo events' guest lists, once.
func (tx *Tx) seedGuests(coop string) error {
	for ei, list := range demoGuestLists {
		var start time.Time
		if err := tx.get(&start, `SELECT starts_at FROM events WHERE id = $1`, list.event); err != nil {
			return err
		}
		invited := start.AddDate(0, 0, -42)
		for gi, g := range list.guests {
			id := fmt.Sprintf("6b00c0de-0000-4000-8000-%012d", 500000+ei*100+g.n)
			contact := fmt.Sprintf("6b00c0de-0000-4000-8000-%012d", 400+g.n)
			var invitedAt, answeredAt, waitlistedAt, checkedInAt *time.Time
			if g.status != "DRAFT" {
				invitedAt = &invited
			}
			if g.status != "DRAFT" && g.status != "INVITED" {
				a := invited.Add(time.Duration(24+gi*7) * time.Hour)
				answeredAt = &a
			}
			if g.status == "WAITLISTED" {
				waitlistedAt = answeredAt
			}
			if g.status == "ATTENDED" {
				c := start.Add(time.Duration(gi) * time.Minute)
				checkedInAt = &c
			}
			plusOneName := ""
			if g.plusOne && gi%2 == 0 {
				plusOneName = []string{"Andreas Schulz", "Maria Krüger", "Peter Neumann", "Ute Hartmann", "Lena Franke"}[gi%5]
			}
			if _, err := tx.seedRow(`INSERT INTO invitations (id, cooperation_id, event_id, contact_id, status, plus_one, plus_one_name,
				invited_at, answered_at, waitlisted_at, checked_in_at, created_at, updated_at)
				SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12
				WHERE NOT EXISTS (SELECT 1 FROM invitations WHERE event_id = $3 AND contact_id = $4)
				ON CONFLICT (id) DO NOTHING`,
				id, coop, list.event, contact, g.status, g.plusOne, plusOneName, invitedAt, answeredAt, waitlistedAt, checkedInAt, tx.Now); err != nil {
				return err
			}
		}
	}
	return nil
}
