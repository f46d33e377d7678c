package postgres

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/lib/pq"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/ical"
)

// InvitationService implements koop.InvitationService.
type InvitationService struct{ db *DB }

// NewInvitationService returns the guest list service.
func NewInvitationService(db *DB) *InvitationService { return &InvitationService{db: db} }

var _ koop.InvitationService = (*InvitationService)(nil)

const invitationSelect = `SELECT i.id, i.cooperation_id, i.event_id, i.contact_id, i.walk_in_name, i.status, i.plus_one, i.plus_one_name,
	i.invited_at, i.answered_at, i.waitlisted_at, i.promoted_at, i.checked_in_at, i.reminded_at, i.created_at, i.updated_at, i.version
	FROM invitations i`

// guestCountsSelect sums up guest lists per event in one statement.
const guestCountsSelect = `SELECT event_id,
	count(*) FILTER (WHERE status = 'DRAFT') AS draft,
	count(*) FILTER (WHERE status = 'INVITED') AS invited,
	count(*) FILTER (WHERE status = 'ACCEPTED') AS accepted,
	count(*) FILTER (WHERE status = 'DECLINED') AS declined,
	count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
	count(*) FILTER (WHERE status = 'ATTENDED') AS attended,
	count(*) FILTER (WHERE status = 'NO_SHOW') AS no_show,
	coalesce(sum(1 + plus_one::int) FILTER (WHERE status IN ('ACCEPTED', 'ATTENDED')), 0) AS seats_taken,
	coalesce(sum(1 + plus_one::int) FILTER (WHERE status = 'ATTENDED'), 0) AS seats_attended
	FROM invitations WHERE event_id = ANY($1) GROUP BY event_id`

var errInvitationNotFound = koop.Errorf(koop.ENOTFOUND, "Die Einladung wurde nicht gefunden.")

// guestCounts returns the counts of the events, zero counts for events without guests.
func (tx *Tx) guestCounts(events []*koop.Event) (map[string]*koop.GuestCounts, error) {
	out := make(map[string]*koop.GuestCounts, len(events))
	if len(events) == 0 {
		return out, nil
	}
	ids := make([]string, len(events))
	for i, e := range events {
		ids[i] = e.ID
		out[e.ID] = &koop.GuestCounts{EventID: e.ID, Capacity: e.Capacity}
	}
	var rows []*koop.GuestCounts
	if err := tx.sel(&rows, guestCountsSelect, pq.Array(ids)); err != nil {
		return nil, err
	}
	for _, r := range rows {
		r.Capacity = out[r.EventID].Capacity
		out[r.EventID] = r
	}
	return out, nil
}

// eventRow loads an event without any access check (the RSVP page has no actor), locked for
// the seat decisions when lock is set: every change to who holds a seat of an event takes this
// lock first, so concurrent answers are decided one after the other and never overfill it.
func (tx *Tx) eventRow(id string, lock bool) (*koop.Event, error) {
	q := eventSelect + ` WHERE e.id = $1`
	if lock {
		q += ` FOR UPDATE OF e`
	}
	var e koop.Event
	err := tx.get(&e, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, koop.Errorf(koop.ENOTFOUND, "Die Veranstaltung wurde nicht gefunden.")
	}
	return &e, err
}

// checkCapacity refuses a capacity below the seats already promised.
func (tx *Tx) checkCapacity(e *koop.Event) error {
	if e.Capacity == nil {
		return nil
	}
	counts, err := tx.guestCounts([]*koop.Event{e})
	if err != nil {
		return err
	}
	if taken := counts[e.ID].SeatsTaken; taken > *e.Capacity {
		return koop.FieldErrorf(koop.EINVALID, "capacity",
			"Es haben bereits %d Personen (mit Begleitungen) zugesagt; die Kapazität darf nicht darunter liegen.", taken)
	}
	return nil
}

// freeSeats is what is left of the locked event's capacity, -1 when unlimited.
func (tx *Tx) freeSeats(e *koop.Event) (int, error) {
	if e.Capacity == nil {
		return -1, nil
	}
	counts, err := tx.guestCounts([]*koop.Event{e})
	if err != nil {
		return 0, err
	}
	return *counts[e.ID].SeatsFree(), nil
}

// promoteWaiting gives free seats of the locked event to waiting parties in their order; a
// party that does not fit keeps its place. Each promoted guest gets a mail.
func (tx *Tx) promoteWaiting(e *koop.Event) ([]*koop.Invitation, error) {
	free, err := tx.freeSeats(e)
	if err != nil || free == 0 {
		return nil, err
	}
	var waiting []*koop.Invitation
	if err := tx.sel(&waiting, invitationSelect+` WHERE i.event_id = $1 AND i.status = 'WAITLISTED' ORDER BY i.waitlisted_at, i.id`, e.ID); err != nil {
		return nil, err
	}
	promoted := koop.Promote(free, waiting)
	for _, inv := range promoted {
		if err := tx.exec(`UPDATE invitations SET status = 'ACCEPTED', waitlisted_at = NULL, promoted_at = $2, updated_at = $2,
			version = version + 1 WHERE id = $1`, inv.ID, tx.Now); err != nil {
			return nil, err
		}
		var ch koop.Changes
		ch.Set("status", koop.InvitationWaitlisted, koop.InvitationAccepted)
		if err := tx.audit(&e.CooperationID, "invitation.promote", "Invitation", inv.ID, ch); err != nil {
			return nil, err
		}
		if err := tx.mailGuest(e, inv, koop.MailGuestPromoted); err != nil {
			return nil, err
		}
	}
	return promoted, nil
}

// rsvpKey is the installation's key the RSVP tokens are derived from, made on first use.
func (tx *Tx) rsvpKey() ([]byte, error) {
	_, hash, err := koop.NewOpaqueToken()
	if err != nil {
		return nil, err
	}
	// Two statements: under read committed the second sees a key another transaction inserted
	// at the same moment (the insert waited for it and did nothing).
	if err := tx.exec(`INSERT INTO app_settings (key, value) VALUES ('rsvp_key', $1) ON CONFLICT (key) DO NOTHING`, hex.EncodeToString(hash)); err != nil {
		return nil, err
	}
	var key string
	err = tx.get(&key, `SELECT value FROM app_settings WHERE key = 'rsvp_key'`)
	return []byte(key), err
}

// rsvpToken derives an invitation's personal token: unguessable without the key, the same in
// every mail (invitation, reminder), and replaced by raising token_serial.
func rsvpToken(key []byte, invitationID string, serial int) string {
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "rsvp:%s:%d", invitationID, serial)
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// rsvpLink is the personal link of an invitation; it stores the token's hash when missing.
func (tx *Tx) rsvpLink(inv *koop.Invitation) (string, error) {
	key, err := tx.rsvpKey()
	if err != nil {
		return "", err
	}
	var serial int
	if err := tx.get(&serial, `SELECT token_serial FROM invitations WHERE id = $1`, inv.ID); err != nil {
		return "", err
	}
	token := rsvpToken(key, inv.ID, serial)
	if err := tx.exec(`UPDATE invitations SET token_hash = $2 WHERE id = $1 AND token_hash IS DISTINCT FROM $2`, inv.ID, tokenHash(token)); err != nil {
		return "", err
	}
	return tx.db.cfg.PublicURL + "/rsvp/" + token, nil
}

// mailGuest queues a guest mail with the personal link and the event's .ics; guests without an
// address or who opted out get none.
func (tx *Tx) mailGuest(e *koop.Event, inv *koop.Invitation, tmpl koop.MailTemplate) error {
	if inv.ContactID == nil {
		return nil
	}
	var c koop.Contact
	if err := tx.get(&c, contactSelect+` WHERE c.id = $1`, *inv.ContactID); err != nil {
		return err
	}
	if c.Email == nil || c.OptedOutAt != nil {
		return nil
	}
	link, err := tx.rsvpLink(inv)
	if err != nil {
		return err
	}
	var coopName string
	if err := tx.get(&coopName, `SELECT name FROM cooperations WHERE id = $1`, e.CooperationID); err != nil {
		return err
	}
	data := map[string]string{
		"salutation":  c.LetterSalutation(),
		"event":       e.Title,
		"when":        koop.GermanEventTime(e.StartsAt, e.EndsAt),
		"where":       ical.Location(e),
		"description": e.Description,
		"deadline":    koop.GermanDateTime(e.RsvpClosesAt()),
		"link":        link,
		"optout":      link + "?abmelden=1",
		"cooperation": coopName,
		"plusOne":     map[bool]string{true: "yes", false: ""}[e.PlusOnesAllowed],
	}
	ics, err := ical.EventFile(e, tx.db.cfg.PublicURL)
	if err != nil {
		return err
	}
	return tx.queueMailAttached(*c.Email, tmpl, koop.LocaleDE, data, &koop.MailAttachment{
		Name: koop.FileNameFor(e.Title, ".ics"), ContentType: "text/calendar; charset=utf-8; method=PUBLISH", Data: ics,
	})
}

// guestEvent loads an event for a guest list change: access checked with p, the row locked.
func (tx *Tx) guestEvent(eventID string, p koop.Permission, lock bool) (*koop.Event, *koop.Cooperation, error) {
	return tx.event(eventID, func(id string) (*koop.Cooperation, error) {
		c, err := tx.cooperation(id)
		if err != nil {
			return nil, err
		}
		return c, c.MyRole.Require(p)
	}, lock, koop.EventLoad{})
}

// invitation loads an invitation and its event, checking p and locking the event's seats.
func (tx *Tx) invitation(id string, p koop.Permission) (*koop.Invitation, *koop.Event, *koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, nil, nil, err
	}
	if !validID(id) {
		return nil, nil, nil, errInvitationNotFound
	}
	var eventID string
	err := tx.get(&eventID, `SELECT event_id FROM invitations WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil, errInvitationNotFound
	}
	if err != nil {
		return nil, nil, nil, err
	}
	e, c, err := tx.guestEvent(eventID, p, true)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, nil, errInvitationNotFound
	}
	if err != nil {
		return nil, nil, nil, err
	}
	var inv koop.Invitation
	if err := tx.get(&inv, invitationSelect+` WHERE i.id = $1 FOR UPDATE`, id); err != nil {
		return nil, nil, nil, err
	}
	return &inv, e, c, nil
}

// loadGuests fills contacts (details per role) and waiting-list places, in constant statements.
func (tx *Tx) loadGuests(role koop.Role, invs []*koop.Invitation) error {
	ids := []string{}
	for _, inv := range invs {
		if inv.ContactID != nil {
			ids = append(ids, *inv.ContactID)
		}
	}
	if len(ids) > 0 {
		var contacts []*koop.Contact
		if err := tx.sel(&contacts, contactSelect+` WHERE c.id = ANY($1)`, pq.Array(ids)); err != nil {
			return err
		}
		if err := tx.loadContacts(contacts, role); err != nil {
			return err
		}
		byID := make(map[string]*koop.Contact, len(contacts))
		for _, c := range contacts {
			byID[c.ID] = c
		}
		for _, inv := range invs {
			if inv.ContactID != nil {
				inv.Contact = byID[*inv.ContactID]
			}
		}
	}
	waiting := []*koop.Invitation{}
	for _, inv := range invs {
		if inv.Status == koop.InvitationWaitlisted {
			waiting = append(waiting, inv)
		}
	}
	// the order promotion uses (waitlisted_at, id), so the places shown are the places served
	sort.Slice(waiting, func(a, b int) bool {
		if ta, tb := *waiting[a].WaitlistedAt, *waiting[b].WaitlistedAt; !ta.Equal(tb) {
			return ta.Before(tb)
		}
		return waiting[a].ID < waiting[b].ID
	})
	for i, inv := range waiting {
		inv.WaitlistPosition = i + 1
	}
	return nil
}

// Guests returns an event's guest list, sorted by name, with its counts.
func (s *InvitationService) Guests(ctx context.Context, eventID string, f koop.GuestFilter) (*koop.GuestList, error) {
	out := &koop.GuestList{Items: []*koop.Invitation{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		e, c, err := tx.event(eventID, tx.readable, false, koop.EventLoad{})
		if err != nil {
			return err
		}
		out.Event = e
		statuses := make([]string, 0, len(f.Statuses))
		for _, st := range f.Statuses {
			if !st.Valid() {
				return koop.FieldErrorf(koop.EINVALID, "statuses", "Unbekannter Status.")
			}
			statuses = append(statuses, string(st))
		}
		// all of the event's guests: the waiting-list places count everyone waiting
		if err := tx.sel(&out.Items, invitationSelect+` LEFT JOIN contacts c ON c.id = i.contact_id WHERE i.event_id = $1
			ORDER BY lower(coalesce(c.last_name, i.walk_in_name)), lower(coalesce(c.first_name, '')), i.id`, e.ID); err != nil {
			return err
		}
		if err := tx.loadGuests(c.MyRole, out.Items); err != nil {
			return err
		}
		sortGuests(out.Items)
		q := strings.ToLower(strings.TrimSpace(ptrString(f.Query)))
		kept := out.Items[:0]
		for _, inv := range out.Items {
			if len(statuses) > 0 && !slices.Contains(statuses, string(inv.Status)) {
				continue
			}
			if q != "" && !guestMatches(inv, q) {
				continue
			}
			kept = append(kept, inv)
		}
		out.Items = kept
		counts, err := tx.guestCounts([]*koop.Event{e})
		out.Counts = counts[e.ID]
		return err
	})
	return out, err
}

// sortGuests orders a guest list the way a German reader expects it: by last name, then first
// name, umlauts next to their vowels ("Böttcher" before "Braun").
func sortGuests(list []*koop.Invitation) {
	col := collate.New(language.German, collate.IgnoreCase)
	key := func(inv *koop.Invitation) (string, string) {
		if c := inv.Contact; c != nil {
			return c.LastName, c.FirstName
		}
		return inv.WalkInName, ""
	}
	sort.SliceStable(list, func(a, b int) bool {
		la, fa := key(list[a])
		lb, fb := key(list[b])
		if r := col.CompareString(la, lb); r != 0 {
			return r < 0
		}
		return col.CompareString(fa, fb) < 0
	})
}

func ptrString(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// guestMatches finds a guest by name, plus-one, organisation or e-mail (when visible).
func guestMatches(inv *koop.Invitation, q string) bool {
	hay := []string{inv.GuestName(), inv.PlusOneName}
	if c := inv.Contact; c != nil {
		if c.Organisation != nil {
			hay = append(hay, c.Organisation.Name)
		}
		if c.Email != nil {
			hay = append(hay, *c.Email)
		}
	}
	return strings.Contains(strings.ToLower(strings.Join(hay, " ")), q)
}

// GuestCounts returns the counts of events the actor may read.
func (s *InvitationService) GuestCounts(ctx context.Context, eventIDs []string) (map[string]*koop.GuestCounts, error) {
	var out map[string]*koop.GuestCounts
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.actor(); err != nil {
			return err
		}
		valid := []string{}
		for _, id := range eventIDs {
			if validID(id) {
				valid = append(valid, id)
			}
		}
		var events []*koop.Event
		if err := tx.sel(&events, eventSelect+` WHERE e.id = ANY($1)`, pq.Array(valid)); err != nil {
			return err
		}
		readable := events[:0]
		roles := map[string]koop.Role{}
		for _, e := range events {
			r, ok := roles[e.CooperationID]
			if !ok {
				var err error
				if r, err = tx.role(e.CooperationID); err != nil && koop.ErrorCode(err) != koop.ENOTFOUND {
					return err
				}
				roles[e.CooperationID] = r
			}
			if r.Can(koop.PermViewDirectory) {
				readable = append(readable, e)
			}
		}
		var err error
		out, err = tx.guestCounts(readable)
		return err
	})
	return out, err
}

// InviteGuests adds contacts to the guest list as drafts.
func (s *InvitationService) InviteGuests(ctx context.Context, in koop.InviteGuestsInput) (*koop.InviteGuestsResult, error) {
	out := &koop.InviteGuestsResult{Added: []*koop.Invitation{}, Skipped: []*koop.SkippedGuest{}}
	err := s.db.transact(ctx, func(tx *Tx) error {
		e, c, err := tx.guestEvent(in.EventID, koop.PermManageGuests, true)
		if err != nil {
			return err
		}
		if e.Status == koop.EventCancelled || e.Status == koop.EventHeld || e.Status == koop.EventDocumented {
			return koop.Errorf(koop.EINVALID, "Zu einer Veranstaltung im Status „%s“ kann niemand mehr eingeladen werden.", e.Status.Label())
		}
		ids := []string{}
		seen := map[string]bool{}
		add := func(list []string) {
			for _, id := range list {
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			}
		}
		for _, id := range in.ContactIDs {
			if !validID(id) {
				return koop.FieldErrorf(koop.EINVALID, "contactIds", "Unbekannter Kontakt.")
			}
		}
		add(in.ContactIDs)
		if in.DistributionListID != nil {
			l, err := tx.distributionList(*in.DistributionListID, koop.PermViewDirectory, false)
			if err != nil || l.CooperationID != c.ID {
				return koop.FieldErrorf(koop.EINVALID, "distributionListId", "Der Verteiler wurde nicht gefunden.")
			}
			var members []string
			if err := tx.sel(&members, `SELECT m.contact_id FROM distribution_list_members m JOIN contacts c ON c.id = m.contact_id
				WHERE m.list_id = $1 ORDER BY lower(c.last_name), lower(c.first_name)`, l.ID); err != nil {
				return err
			}
			add(members)
		}
		if in.FromEventID != nil {
			if !validID(*in.FromEventID) || *in.FromEventID == e.ID {
				return koop.FieldErrorf(koop.EINVALID, "fromEventId", "Bitte wählen Sie eine andere Veranstaltung.")
			}
			var prev []string
			if err := tx.sel(&prev, `SELECT i.contact_id FROM invitations i JOIN events p ON p.id = i.event_id
				JOIN contacts c ON c.id = i.contact_id
				WHERE i.event_id = $1 AND p.cooperation_id = $2 AND i.status IN ('ACCEPTED', 'ATTENDED', 'NO_SHOW')
				ORDER BY lower(c.last_name), lower(c.first_name)`, *in.FromEventID, c.ID); err != nil {
				return err
			}
			add(prev)
		}
		if len(ids) == 0 {
			return koop.FieldErrorf(koop.EINVALID, "contactIds", "Bitte wählen Sie mindestens einen Kontakt, einen Verteiler mit Kontakten oder eine Veranstaltung mit Gästen.")
		}
		var contacts []*koop.Contact
		if err := tx.sel(&contacts, contactSelect+` WHERE c.id = ANY($1) AND c.cooperation_id = $2`, pq.Array(ids), c.ID); err != nil {
			return err
		}
		if len(contacts) != len(ids) {
			return koop.FieldErrorf(koop.EINVALID, "contactIds", "Mindestens ein Kontakt gehört nicht zu dieser Kooperation.")
		}
		var already []string
		if err := tx.sel(&already, `SELECT contact_id FROM invitations WHERE event_id = $1 AND contact_id = ANY($2)`, e.ID, pq.Array(ids)); err != nil {
			return err
		}
		byID := map[string]*koop.Contact{}
		for _, ct := range contacts {
			byID[ct.ID] = ct
		}
		for _, id := range ids {
			ct := byID[id]
			if slices.Contains(already, id) {
				out.Skipped = append(out.Skipped, &koop.SkippedGuest{ContactID: id, Name: ct.Name(), Reason: "Steht bereits auf der Gästeliste."})
				continue
			}
			var inv koop.Invitation
			if err := tx.get(&inv, `INSERT INTO invitations (cooperation_id, event_id, contact_id, status, created_at, updated_at)
				VALUES ($1, $2, $3, 'DRAFT', $4, $4) RETURNING id, cooperation_id, event_id, contact_id, walk_in_name, status, plus_one,
				plus_one_name, created_at, updated_at, version`, c.ID, e.ID, id, tx.Now); err != nil {
				return err
			}
			inv.Contact = ct
			out.Added = append(out.Added, &inv)
		}
		if len(ids) == 1 && len(out.Added) == 0 && len(in.ContactIDs) == 1 {
			return koop.FieldErrorf(koop.EINVALID, "contactIds", "%s steht bereits auf der Gästeliste dieser Veranstaltung.", byID[ids[0]].Name())
		}
		if err := tx.loadContacts(contactsOf(out.Added), c.MyRole); err != nil {
			return err
		}
		ch := koop.Changes{}
		ch.Set("added", 0, len(out.Added))
		return tx.audit(&c.ID, "event.invite_guests", "Event", e.ID, ch)
	})
	return out, err
}

func contactsOf(invs []*koop.Invitation) []*koop.Contact {
	out := []*koop.Contact{}
	for _, inv := range invs {
		if inv.Contact != nil {
			out = append(out, inv.Contact)
		}
	}
	return out
}

// SendInvitations mails the drafts; only drafts are sent, so a retry sends nothing twice.
func (s *InvitationService) SendInvitations(ctx context.Context, in koop.SendInvitationsInput) (*koop.SendInvitationsResult, error) {
	out := &koop.SendInvitationsResult{Skipped: []*koop.SkippedGuest{}}
	err := s.db.transact(ctx, func(tx *Tx) error {
		e, c, err := tx.guestEvent(in.EventID, koop.PermManageGuests, true)
		if err != nil {
			return err
		}
		switch e.Status {
		case koop.EventIdea, koop.EventPlanning:
			return koop.Errorf(koop.EINVALID, "Einladungen können erst verschickt werden, wenn die Veranstaltung bestätigt ist (Status „Bestätigt“).")
		case koop.EventCancelled, koop.EventHeld, koop.EventDocumented:
			return koop.Errorf(koop.EINVALID, "Zu einer Veranstaltung im Status „%s“ werden keine Einladungen mehr verschickt.", e.Status.Label())
		}
		if !tx.Now.Before(e.RsvpClosesAt()) {
			return koop.Errorf(koop.EINVALID, "Die Antwortfrist ist abgelaufen; bitte verlängern Sie sie zuerst.")
		}
		for _, id := range in.InvitationIDs {
			if !validID(id) {
				return koop.FieldErrorf(koop.EINVALID, "invitationIds", "Unbekannte Einladung.")
			}
		}
		var drafts []*koop.Invitation
		if err := tx.sel(&drafts, invitationSelect+` WHERE i.event_id = $1 AND i.status = 'DRAFT'
			AND (coalesce(cardinality($2::uuid[]), 0) = 0 OR i.id = ANY($2)) ORDER BY i.created_at, i.id FOR UPDATE`, e.ID, pq.Array(in.InvitationIDs)); err != nil {
			return err
		}
		if err := tx.loadGuests(c.MyRole, drafts); err != nil {
			return err
		}
		// the addresses, whatever the reader may see
		var addrs []struct {
			ID       string  `db:"id"`
			Email    *string `db:"email"`
			OptedOut bool    `db:"opted_out"`
		}
		if err := tx.sel(&addrs, `SELECT i.id, c.email, c.opted_out_at IS NOT NULL AS opted_out FROM invitations i JOIN contacts c ON c.id = i.contact_id
			WHERE i.event_id = $1 AND i.status = 'DRAFT'`, e.ID); err != nil {
			return err
		}
		for _, inv := range drafts {
			var email *string
			opted := false
			for _, a := range addrs {
				if a.ID == inv.ID {
					email, opted = a.Email, a.OptedOut
				}
			}
			switch {
			case opted:
				out.Skipped = append(out.Skipped, &koop.SkippedGuest{ContactID: ptrString(inv.ContactID), Name: inv.GuestName(), Reason: "Hat sich von Einladungen abgemeldet."})
				continue
			case email == nil:
				out.Skipped = append(out.Skipped, &koop.SkippedGuest{ContactID: ptrString(inv.ContactID), Name: inv.GuestName(), Reason: "Keine E-Mail-Adresse hinterlegt."})
				continue
			}
			if err := tx.exec(`UPDATE invitations SET status = 'INVITED', invited_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`,
				inv.ID, tx.Now); err != nil {
				return err
			}
			if err := tx.mailGuest(e, inv, koop.MailGuestInvitation); err != nil {
				return err
			}
			out.Sent++
		}
		if out.Sent > 0 && e.Status == koop.EventConfirmed {
			if err := tx.exec(`UPDATE events SET status = 'INVITATIONS_SENT', updated_at = $2, version = version + 1 WHERE id = $1`, e.ID, tx.Now); err != nil {
				return err
			}
		}
		ch := koop.Changes{}
		ch.Set("sent", 0, out.Sent)
		return tx.audit(&c.ID, "event.send_invitations", "Event", e.ID, ch)
	})
	return out, err
}

// answer applies a guest's answer to the invitation of the locked event and returns the
// invitation as it is now. byGuest answers are held to the deadline.
func (tx *Tx) answer(inv *koop.Invitation, e *koop.Event, a koop.RsvpAnswer, plusOne bool, plusOneName string, byGuest bool) error {
	switch {
	case e.Status == koop.EventCancelled:
		return koop.Errorf(koop.EINVALID, "Die Veranstaltung wurde abgesagt.")
	case inv.Status == koop.InvitationDraft:
		return koop.Errorf(koop.EINVALID, "Die Einladung wurde noch nicht verschickt.")
	case !inv.Status.Answerable():
		return koop.Errorf(koop.EINVALID, "Der Gast ist bereits als „%s“ erfasst; die Antwort lässt sich nicht mehr ändern.", inv.Status.Label())
	case byGuest && !tx.Now.Before(e.RsvpClosesAt()):
		return koop.Errorf(koop.EINVALID, "Die Antwortfrist ist am %s abgelaufen.", koop.GermanDateTime(e.RsvpClosesAt()))
	}
	if a != koop.AnswerAccept && a != koop.AnswerDecline {
		return koop.FieldErrorf(koop.EINVALID, "answer", "Bitte sagen Sie zu oder ab.")
	}
	name, err := koop.CheckPlusOneName(plusOneName, "plusOneName")
	if err != nil {
		return err
	}
	if a == koop.AnswerDecline || !plusOne {
		plusOne, name = false, ""
	}
	if plusOne && !e.PlusOnesAllowed {
		return koop.FieldErrorf(koop.EINVALID, "plusOne", "Zu dieser Veranstaltung ist keine Begleitung vorgesehen.")
	}
	before := *inv
	status, waitlistedAt := inv.Status, inv.WaitlistedAt
	switch {
	case a == koop.AnswerDecline:
		status, waitlistedAt = koop.InvitationDeclined, nil
	case inv.Status == koop.InvitationAccepted:
		free, err := tx.freeSeats(e)
		if err != nil {
			return err
		}
		if extra := 1 + boolInt(plusOne) - inv.Seats(); free >= 0 && extra > free {
			return koop.FieldErrorf(koop.EINVALID, "plusOne", "Für eine Begleitung ist leider kein Platz mehr frei.")
		}
	case inv.Status == koop.InvitationWaitlisted:
		// keeps its place; a smaller party may now fit (promotion below)
	default:
		free, err := tx.freeSeats(e)
		if err != nil {
			return err
		}
		if free < 0 || 1+boolInt(plusOne) <= free {
			status = koop.InvitationAccepted
		} else {
			status, waitlistedAt = koop.InvitationWaitlisted, &tx.Now
		}
	}
	if err := tx.exec(`UPDATE invitations SET status = $2, plus_one = $3, plus_one_name = $4, waitlisted_at = $5, answered_at = $6,
		updated_at = $6, version = version + 1 WHERE id = $1`, inv.ID, status, plusOne, name, waitlistedAt, tx.Now); err != nil {
		return err
	}
	var ch koop.Changes
	ch.Set("status", before.Status, status)
	ch.Set("plusOne", before.PlusOne, plusOne)
	action := "invitation.answer"
	if byGuest {
		action = "invitation.rsvp"
	}
	if err := tx.audit(&e.CooperationID, action, "Invitation", inv.ID, ch); err != nil {
		return err
	}
	if _, err := tx.promoteWaiting(e); err != nil {
		return err
	}
	return tx.get(inv, invitationSelect+` WHERE i.id = $1`, inv.ID)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// RecordAnswer records an answer on the guest's behalf.
func (s *InvitationService) RecordAnswer(ctx context.Context, in koop.RecordAnswerInput) (*koop.Invitation, error) {
	var out *koop.Invitation
	err := s.db.transact(ctx, func(tx *Tx) error {
		inv, e, c, err := tx.invitation(in.ID, koop.PermManageGuests)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, inv.Version, "Die Einladung"); err != nil {
			return err
		}
		if err := tx.answer(inv, e, in.Answer, in.PlusOne, in.PlusOneName, false); err != nil {
			return err
		}
		out = inv
		return tx.loadGuests(c.MyRole, []*koop.Invitation{out})
	})
	return out, err
}

// DeleteInvitation removes a draft.
func (s *InvitationService) DeleteInvitation(ctx context.Context, id string, version int) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		inv, _, c, err := tx.invitation(id, koop.PermManageGuests)
		if err != nil {
			return err
		}
		if err := checkVersion(version, inv.Version, "Die Einladung"); err != nil {
			return err
		}
		if inv.Status != koop.InvitationDraft {
			return koop.Errorf(koop.EINVALID, "Nur noch nicht verschickte Einladungen lassen sich löschen; erfassen Sie stattdessen eine Absage.")
		}
		if err := tx.exec(`DELETE FROM invitations WHERE id = $1`, inv.ID); err != nil {
			return err
		}
		return tx.audit(&c.ID, "invitation.delete", "Invitation", inv.ID, nil)
	})
}

// CheckIn marks a guest as arrived or undoes it.
func (s *InvitationService) CheckIn(ctx context.Context, in koop.CheckInInput) (*koop.Invitation, error) {
	var out *koop.Invitation
	err := s.db.transact(ctx, func(tx *Tx) error {
		inv, e, c, err := tx.invitation(in.ID, koop.PermCheckIn)
		if err != nil {
			return err
		}
		if e.Status == koop.EventCancelled {
			return koop.Errorf(koop.EINVALID, "Die Veranstaltung wurde abgesagt.")
		}
		before := inv.Status
		if in.Undo {
			if inv.Status != koop.InvitationAttended {
				return koop.Errorf(koop.EINVALID, "Der Gast ist nicht als anwesend erfasst.")
			}
			if err := tx.exec(`UPDATE invitations SET status = 'ACCEPTED', checked_in_at = NULL, updated_at = $2, version = version + 1 WHERE id = $1`,
				inv.ID, tx.Now); err != nil {
				return err
			}
		} else {
			switch inv.Status {
			case koop.InvitationAttended:
				return koop.Errorf(koop.EINVALID, "Der Gast ist bereits eingecheckt.")
			case koop.InvitationDraft:
				return koop.Errorf(koop.EINVALID, "Der Gast wurde nie eingeladen; erfassen Sie ihn als Gast ohne Einladung.")
			}
			// whoever stands at the door comes in: a guest who had not answered, declined or
			// waited now takes a seat, even beyond the capacity (the door staff decides)
			if err := tx.exec(`UPDATE invitations SET status = 'ATTENDED', waitlisted_at = NULL, checked_in_at = $2, updated_at = $2,
				version = version + 1 WHERE id = $1`, inv.ID, tx.Now); err != nil {
				return err
			}
		}
		var ch koop.Changes
		ch.Set("status", before, map[bool]koop.InvitationStatus{true: koop.InvitationAccepted, false: koop.InvitationAttended}[in.Undo])
		if err := tx.audit(&c.ID, "invitation.check_in", "Invitation", inv.ID, ch); err != nil {
			return err
		}
		if err := tx.get(inv, invitationSelect+` WHERE i.id = $1`, inv.ID); err != nil {
			return err
		}
		out = inv
		return tx.loadGuests(c.MyRole, []*koop.Invitation{out})
	})
	return out, err
}

// AddWalkIn adds a guest at the door, checked in.
func (s *InvitationService) AddWalkIn(ctx context.Context, in koop.AddWalkInInput) (*koop.Invitation, error) {
	var out *koop.Invitation
	err := s.db.transact(ctx, func(tx *Tx) error {
		e, c, err := tx.guestEvent(in.EventID, koop.PermCheckIn, true)
		if err != nil {
			return err
		}
		if e.Status == koop.EventCancelled {
			return koop.Errorf(koop.EINVALID, "Die Veranstaltung wurde abgesagt.")
		}
		name := ""
		if in.ContactID != nil {
			if !validID(*in.ContactID) {
				return koop.FieldErrorf(koop.EINVALID, "contactId", "Unbekannter Kontakt.")
			}
			var n int
			if err := tx.get(&n, `SELECT count(*) FROM contacts WHERE id = $1 AND cooperation_id = $2`, *in.ContactID, c.ID); err != nil {
				return err
			}
			if n == 0 {
				return koop.FieldErrorf(koop.EINVALID, "contactId", "Unbekannter Kontakt.")
			}
			var existing int
			if err := tx.get(&existing, `SELECT count(*) FROM invitations WHERE event_id = $1 AND contact_id = $2`, e.ID, *in.ContactID); err != nil {
				return err
			}
			if existing > 0 {
				return koop.FieldErrorf(koop.EINVALID, "contactId", "Dieser Kontakt steht bereits auf der Gästeliste; bitte dort einchecken.")
			}
		} else {
			if name, err = koop.RequireText("name", "Der Name", in.Name, 200); err != nil {
				return err
			}
			if strings.ContainsAny(name, "<>") {
				return koop.FieldErrorf(koop.EINVALID, "name", "Der Name darf keine spitzen Klammern enthalten.")
			}
		}
		var id string
		if err := tx.get(&id, `INSERT INTO invitations (cooperation_id, event_id, contact_id, walk_in_name, status, plus_one, checked_in_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, 'ATTENDED', $5, $6, $6, $6) RETURNING id`, c.ID, e.ID, in.ContactID, name, in.PlusOne, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&c.ID, "invitation.walk_in", "Invitation", id, nil); err != nil {
			return err
		}
		var inv koop.Invitation
		if err := tx.get(&inv, invitationSelect+` WHERE i.id = $1`, id); err != nil {
			return err
		}
		out = &inv
		return tx.loadGuests(c.MyRole, []*koop.Invitation{out})
	})
	return out, err
}

// ---- the public RSVP ------------------------------------------------------------------------

var errRsvpNotFound = koop.Errorf(koop.ENOTFOUND, "Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben, oder wenden Sie sich an die Einladenden.")

// rsvp opens an invitation by its token; lock takes the event's seat lock for an answer.
func (tx *Tx) rsvp(token string, lock bool) (*koop.Rsvp, error) {
	if len(token) < 20 || len(token) > 100 {
		return nil, errRsvpNotFound
	}
	var eventID string
	err := tx.get(&eventID, `SELECT event_id FROM invitations WHERE token_hash = $1`, tokenHash(token))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errRsvpNotFound
	}
	if err != nil {
		return nil, err
	}
	e, err := tx.eventRow(eventID, lock)
	if err != nil {
		return nil, err
	}
	q := invitationSelect + ` WHERE i.token_hash = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	var inv koop.Invitation
	if err := tx.get(&inv, q, tokenHash(token)); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, errRsvpNotFound
		}
		return nil, err
	}
	r := &koop.Rsvp{Invitation: &inv, Event: e, CooperationID: e.CooperationID, Deadline: e.RsvpClosesAt(), Open: true}
	if err := tx.get(&r.CooperationName, `SELECT name FROM cooperations WHERE id = $1`, e.CooperationID); err != nil {
		return nil, err
	}
	if inv.ContactID != nil {
		var c koop.Contact
		if err := tx.get(&c, contactSelect+` WHERE c.id = $1`, *inv.ContactID); err != nil {
			return nil, err
		}
		r.LetterSalutation, r.OptedOut = c.LetterSalutation(), c.OptedOutAt != nil
		// the guest sees their own name, nothing else of the record
		inv.Contact = &koop.Contact{ID: c.ID, Salutation: c.Salutation, Title: c.Title, FirstName: c.FirstName, LastName: c.LastName}
	}
	if inv.Status == koop.InvitationWaitlisted {
		if err := tx.get(&inv.WaitlistPosition, `SELECT count(*) FROM invitations WHERE event_id = $1 AND status = 'WAITLISTED'
			AND (waitlisted_at, id) <= ($2, $3)`, e.ID, inv.WaitlistedAt, inv.ID); err != nil {
			return nil, err
		}
	}
	switch {
	case e.Status == koop.EventCancelled:
		r.Open, r.ClosedReason = false, "Die Veranstaltung wurde abgesagt."
	case !inv.Status.Answerable():
		r.Open, r.ClosedReason = false, "Ihre Teilnahme ist bereits erfasst."
	case !tx.Now.Before(r.Deadline):
		r.Open, r.ClosedReason = false, fmt.Sprintf("Die Antwortfrist ist am %s abgelaufen.", koop.GermanDateTime(r.Deadline))
	}
	return r, nil
}

// Rsvp opens an invitation by its token.
func (s *InvitationService) Rsvp(ctx context.Context, token string) (*koop.Rsvp, error) {
	var out *koop.Rsvp
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = tx.rsvp(token, false)
		return err
	})
	return out, err
}

// AnswerRsvp records the guest's own answer.
func (s *InvitationService) AnswerRsvp(ctx context.Context, in koop.RsvpAnswerInput) (*koop.Rsvp, error) {
	var out *koop.Rsvp
	err := s.db.transact(ctx, func(tx *Tx) error {
		r, err := tx.rsvp(in.Token, true)
		if err != nil {
			return err
		}
		if err := tx.answer(r.Invitation, r.Event, in.Answer, in.PlusOne, in.PlusOneName, true); err != nil {
			return err
		}
		out, err = tx.rsvp(in.Token, false)
		return err
	})
	return out, err
}

// OptOut marks the token's contact as not wishing further invitations.
func (s *InvitationService) OptOut(ctx context.Context, token string) (*koop.Rsvp, error) {
	var out *koop.Rsvp
	err := s.db.transact(ctx, func(tx *Tx) error {
		r, err := tx.rsvp(token, false)
		if err != nil {
			return err
		}
		if r.Invitation.ContactID == nil || r.OptedOut {
			out = r
			return nil
		}
		if err := tx.exec(`UPDATE contacts SET opted_out_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`,
			*r.Invitation.ContactID, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&r.CooperationID, "contact.opt_out", "Contact", *r.Invitation.ContactID, nil); err != nil {
			return err
		}
		out, err = tx.rsvp(token, false)
		return err
	})
	return out, err
}
