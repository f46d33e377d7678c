package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// EventService implements koop.EventService.
type EventService struct{ db *DB }

// NewEventService returns the event service.
func NewEventService(db *DB) *EventService { return &EventService{db: db} }

var _ koop.EventService = (*EventService)(nil)

// partnerMap returns the partners of a cooperation by partner ID.
func partnerMap(c *koop.Cooperation) map[string]*koop.Partner {
	m := make(map[string]*koop.Partner, len(c.Partners))
	for _, p := range c.Partners {
		m[p.ID] = p
	}
	return m
}

// readable loads a cooperation and checks the actor may read its plans (all but EXTERNAL).
func (tx *Tx) readable(cooperationID string) (*koop.Cooperation, error) {
	c, err := tx.cooperation(cooperationID)
	if err != nil {
		return nil, err
	}
	return c, c.MyRole.Require(koop.PermViewDirectory)
}

// planning loads a cooperation and checks the actor may plan in it (COORDINATOR, ADMIN).
func (tx *Tx) planning(cooperationID string) (*koop.Cooperation, error) {
	c, err := tx.cooperation(cooperationID)
	if err != nil {
		return nil, err
	}
	return c, c.MyRole.Require(koop.PermPlan)
}

// ---- series -------------------------------------------------------------------------------

type seriesRow struct {
	koop.EventSeries
	TemplateJSON []byte `db:"task_template"`
}

const seriesSelect = `SELECT s.id, s.cooperation_id, s.name, s.description, s.default_lead_partner_id, s.usual_month, s.version,
	s.task_template, (SELECT count(*) FROM events e WHERE e.series_id = s.id) AS event_count FROM event_series s`

// toSeries decodes rows and links their partners.
func toSeries(rows []seriesRow, partners map[string]*koop.Partner) ([]*koop.EventSeries, error) {
	out := make([]*koop.EventSeries, len(rows))
	for i := range rows {
		s := &rows[i].EventSeries
		if err := json.Unmarshal(rows[i].TemplateJSON, &s.TaskTemplate); err != nil {
			return nil, err
		}
		if s.DefaultLeadPartnerID != nil {
			s.DefaultLeadPartner = partners[*s.DefaultLeadPartnerID]
		}
		for _, it := range s.TaskTemplate {
			if it.OwnerPartnerID != nil {
				it.OwnerPartner = partners[*it.OwnerPartnerID]
			}
		}
		out[i] = s
	}
	return out, nil
}

// EventSeries lists a cooperation's series by name.
func (s *EventService) EventSeries(ctx context.Context, cooperationID string) ([]*koop.EventSeries, error) {
	var list []*koop.EventSeries
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.readable(cooperationID)
		if err != nil {
			return err
		}
		var rows []seriesRow
		if err := tx.sel(&rows, seriesSelect+` WHERE s.cooperation_id = $1 ORDER BY lower(s.name)`, cooperationID); err != nil {
			return err
		}
		list, err = toSeries(rows, partnerMap(c))
		return err
	})
	return list, err
}

// series loads one series with the actor's access checked by check.
func (tx *Tx) series(id string, check func(string) (*koop.Cooperation, error), lock bool) (*koop.EventSeries, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Veranstaltungsreihe wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound
	}
	q := seriesSelect + ` WHERE s.id = $1`
	if lock {
		q += ` FOR UPDATE OF s`
	}
	var rows []seriesRow
	if err := tx.sel(&rows, q, id); err != nil {
		return nil, nil, err
	}
	if len(rows) == 0 {
		return nil, nil, notFound
	}
	c, err := check(rows[0].CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	list, err := toSeries(rows, partnerMap(c))
	if err != nil {
		return nil, nil, err
	}
	return list[0], c, nil
}

// EventSeriesByID returns one series.
func (s *EventService) EventSeriesByID(ctx context.Context, id string) (*koop.EventSeries, error) {
	var out *koop.EventSeries
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, _, err = tx.series(id, tx.readable, false)
		return err
	})
	return out, err
}

// checkPartner returns an EINVALID error for the field when id is not a partner of c.
func checkPartner(c *koop.Cooperation, id *string, field string) error {
	if id == nil {
		return nil
	}
	if _, ok := partnerMap(c)[*id]; !ok {
		return koop.FieldErrorf(koop.EINVALID, field, "Bitte wählen Sie einen Partner dieser Kooperation.")
	}
	return nil
}

// checkTemplate validates a checklist and its partners.
func checkTemplate(c *koop.Cooperation, in []*koop.TaskTemplateItemInput) ([]byte, error) {
	items, err := koop.CheckTaskTemplate(in)
	if err != nil {
		return nil, err
	}
	for i, it := range items {
		if err := checkPartner(c, it.OwnerPartnerID, fmt.Sprintf("taskTemplate.%d.ownerPartnerId", i)); err != nil {
			return nil, err
		}
	}
	return json.Marshal(items)
}

// CreateEventSeries creates a series.
func (s *EventService) CreateEventSeries(ctx context.Context, in koop.CreateEventSeriesInput) (*koop.EventSeries, error) {
	var out *koop.EventSeries
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.planning(in.CooperationID)
		if err != nil {
			return err
		}
		name, err := koop.RequireText("name", "Der Name", in.Name, 200)
		if err != nil {
			return err
		}
		desc := ""
		if in.Description != nil {
			if desc, err = koop.OptionalText("description", "Die Beschreibung", *in.Description, 5000); err != nil {
				return err
			}
		}
		if err := koop.CheckUsualMonth(in.UsualMonth); err != nil {
			return err
		}
		if err := checkPartner(c, in.DefaultLeadPartnerID, "defaultLeadPartnerId"); err != nil {
			return err
		}
		tmpl, err := checkTemplate(c, in.TaskTemplate)
		if err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO event_series (cooperation_id, name, description, default_lead_partner_id, usual_month, task_template, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`, c.ID, name, desc, in.DefaultLeadPartnerID, in.UsualMonth, tmpl, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", nil, name)
		ch.Set("description", nil, desc)
		ch.Set("defaultLeadPartnerId", nil, in.DefaultLeadPartnerID)
		ch.Set("usualMonth", nil, in.UsualMonth)
		ch.Set("taskTemplate", nil, string(tmpl))
		if err := tx.audit(&c.ID, "event_series.create", "EventSeries", id, ch); err != nil {
			return err
		}
		out, _, err = tx.series(id, tx.planning, false)
		return err
	})
	return out, err
}

// UpdateEventSeries changes a series; events already created keep their tasks.
func (s *EventService) UpdateEventSeries(ctx context.Context, in koop.UpdateEventSeriesInput) (*koop.EventSeries, error) {
	var out *koop.EventSeries
	err := s.db.transact(ctx, func(tx *Tx) error {
		cur, c, err := tx.series(in.ID, tx.planning, true)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, cur.Version, "Die Veranstaltungsreihe"); err != nil {
			return err
		}
		var ch koop.Changes
		name, desc, lead, month := cur.Name, cur.Description, cur.DefaultLeadPartnerID, cur.UsualMonth
		if in.Name != nil {
			if name, err = koop.RequireText("name", "Der Name", *in.Name, 200); err != nil {
				return err
			}
			ch.Set("name", cur.Name, name)
		}
		if in.Description != nil {
			if desc, err = koop.OptionalText("description", "Die Beschreibung", *in.Description, 5000); err != nil {
				return err
			}
			ch.Set("description", cur.Description, desc)
		}
		if in.ClearDefaultLeadPartner != nil && *in.ClearDefaultLeadPartner {
			lead = nil
		} else if in.DefaultLeadPartnerID != nil {
			if err := checkPartner(c, in.DefaultLeadPartnerID, "defaultLeadPartnerId"); err != nil {
				return err
			}
			lead = in.DefaultLeadPartnerID
		}
		ch.Set("defaultLeadPartnerId", cur.DefaultLeadPartnerID, lead)
		if in.UsualMonth != nil {
			if *in.UsualMonth == 0 {
				month = nil
			} else if err := koop.CheckUsualMonth(in.UsualMonth); err != nil {
				return err
			} else {
				month = in.UsualMonth
			}
			ch.Set("usualMonth", cur.UsualMonth, month)
		}
		tmpl, err := json.Marshal(cur.TaskTemplate)
		if err != nil {
			return err
		}
		if in.TaskTemplate != nil {
			old := string(tmpl)
			if tmpl, err = checkTemplate(c, in.TaskTemplate); err != nil {
				return err
			}
			ch.Set("taskTemplate", old, string(tmpl))
		}
		if err := tx.exec(`UPDATE event_series SET name = $2, description = $3, default_lead_partner_id = $4, usual_month = $5, task_template = $6,
			updated_at = $7, version = version + 1 WHERE id = $1`, cur.ID, name, desc, lead, month, tmpl, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&c.ID, "event_series.update", "EventSeries", cur.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.series(cur.ID, tx.planning, false)
		return err
	})
	return out, err
}

// ---- events -------------------------------------------------------------------------------

const eventSelect = `SELECT e.id, e.cooperation_id, e.title, e.series_id, e.starts_at, e.ends_at, e.venue, e.address, e.capacity,
	e.lead_partner_id, e.description, e.status, e.rsvp_deadline, e.plus_ones_allowed, e.created_at, e.version,
	(SELECT count(*) FROM tasks t WHERE t.event_id = e.id AND NOT t.done) AS open_task_count FROM events e`

// loadEvents fills the relations of a page of events of one cooperation: series always, tasks
// and organisers when asked; one statement each, whatever the page size.
func (tx *Tx) loadEvents(c *koop.Cooperation, events []*koop.Event, load koop.EventLoad) error {
	if len(events) == 0 {
		return nil
	}
	partners := partnerMap(c)
	ids := make([]string, len(events))
	byID := make(map[string]*koop.Event, len(events))
	seriesIDs := []string{}
	for i, e := range events {
		ids[i], byID[e.ID] = e.ID, e
		e.LeadPartner = partners[e.LeadPartnerID]
		e.Tasks, e.Organisers = []*koop.Task{}, []*koop.EventOrganiser{}
		if e.SeriesID != nil {
			seriesIDs = append(seriesIDs, *e.SeriesID)
		}
	}
	if len(seriesIDs) > 0 {
		var rows []seriesRow
		if err := tx.sel(&rows, seriesSelect+` WHERE s.id = ANY($1)`, pq.Array(seriesIDs)); err != nil {
			return err
		}
		list, err := toSeries(rows, partners)
		if err != nil {
			return err
		}
		for _, e := range events {
			for _, s := range list {
				if e.SeriesID != nil && *e.SeriesID == s.ID {
					e.Series = s
				}
			}
		}
	}
	if load.Tasks {
		tasks, err := tx.tasks(`t.event_id = ANY($1)`, `t.due_on NULLS LAST, lower(t.title), t.id`, pq.Array(ids))
		if err != nil {
			return err
		}
		for _, t := range tasks {
			e := byID[*t.EventID]
			t.OwnerPartner = partnerOf(partners, t.OwnerPartnerID)
			t.Event = &koop.TaskEvent{ID: e.ID, Title: e.Title, StartsAt: e.StartsAt}
			e.Tasks = append(e.Tasks, t)
		}
	}
	if load.Warnings {
		if err := tx.eventWarnings(c, events); err != nil {
			return err
		}
	}
	if load.GuestCounts {
		counts, err := tx.guestCounts(events)
		if err != nil {
			return err
		}
		for _, e := range events {
			e.GuestCounts = counts[e.ID]
		}
	}
	if load.Organisers {
		var links []struct {
			EventID      string `db:"event_id"`
			MembershipID string `db:"membership_id"`
		}
		if err := tx.sel(&links, `SELECT event_id, membership_id FROM event_organisers WHERE event_id = ANY($1)`, pq.Array(ids)); err != nil {
			return err
		}
		if len(links) > 0 {
			mids := make([]string, len(links))
			for i, l := range links {
				mids[i] = l.MembershipID
			}
			var rows []memberRow
			if err := tx.sel(&rows, memberSelect+` WHERE m.id = ANY($1) ORDER BY lower(u.name)`, pq.Array(mids)); err != nil {
				return err
			}
			ms, err := tx.memberships(rows, map[string]*koop.Cooperation{c.ID: c})
			if err != nil {
				return err
			}
			for _, m := range ms {
				for _, l := range links {
					if l.MembershipID == m.ID {
						byID[l.EventID].Organisers = append(byID[l.EventID].Organisers, &koop.EventOrganiser{Membership: m})
					}
				}
			}
		}
	}
	return nil
}

func partnerOf(partners map[string]*koop.Partner, id *string) *koop.Partner {
	if id == nil {
		return nil
	}
	return partners[*id]
}

// Events lists a cooperation's events.
func (s *EventService) Events(ctx context.Context, cooperationID string, f koop.EventFilter, order koop.EventOrder, p koop.Page, load koop.EventLoad) (*koop.EventList, error) {
	list := &koop.EventList{Items: []*koop.Event{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.readable(cooperationID)
		if err != nil {
			return err
		}
		for _, id := range []struct {
			v     *string
			field string
		}{{f.SeriesID, "seriesId"}, {f.LeadPartnerID, "leadPartnerId"}} {
			if id.v != nil && !validID(*id.v) {
				return koop.FieldErrorf(koop.EINVALID, id.field, "Unbekannte Auswahl.")
			}
		}
		statuses := make([]string, 0, len(f.Statuses))
		for _, st := range f.Statuses {
			if !st.Valid() {
				return koop.FieldErrorf(koop.EINVALID, "statuses", "Unbekannter Status.")
			}
			statuses = append(statuses, string(st))
		}
		where := ` WHERE e.cooperation_id = $1 AND ($2::timestamptz IS NULL OR e.ends_at >= $2) AND ($3::timestamptz IS NULL OR e.starts_at < $3)
			AND (cardinality($4::text[]) = 0 OR e.status = ANY($4)) AND ($5::uuid IS NULL OR e.series_id = $5)
			AND ($6::uuid IS NULL OR e.lead_partner_id = $6)
			AND ($7::text IS NULL OR e.title ILIKE $7 OR e.venue ILIKE $7 OR e.description ILIKE $7)`
		args := []any{c.ID, f.From, f.Until, pq.Array(statuses), f.SeriesID, f.LeadPartnerID, likePattern(f.Query)}
		if err := tx.get(&list.TotalCount, `SELECT count(*) FROM events e`+where, args...); err != nil {
			return err
		}
		dir := "ASC"
		if order == koop.EventOrderStartsAtDesc {
			dir = "DESC"
		}
		if err := tx.sel(&list.Items, eventSelect+where+` ORDER BY e.starts_at `+dir+`, e.id LIMIT $8 OFFSET $9`,
			append(args, p.Limit, p.Offset)...); err != nil {
			return err
		}
		return tx.loadEvents(c, list.Items, load)
	})
	return list, err
}

// event loads one event, its access checked by check.
func (tx *Tx) event(id string, check func(string) (*koop.Cooperation, error), lock bool, load koop.EventLoad) (*koop.Event, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Veranstaltung wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound
	}
	q := eventSelect + ` WHERE e.id = $1`
	if lock {
		q += ` FOR UPDATE OF e`
	}
	var e koop.Event
	err := tx.get(&e, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := check(e.CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	return &e, c, tx.loadEvents(c, []*koop.Event{&e}, load)
}

var loadAll = koop.EventLoad{Tasks: true, Organisers: true, Warnings: true, GuestCounts: true}

// Event returns one event.
func (s *EventService) Event(ctx context.Context, id string, load koop.EventLoad) (*koop.Event, error) {
	var out *koop.Event
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, _, err = tx.event(id, tx.readable, false, load)
		return err
	})
	return out, err
}

// setOrganisers replaces an event's organisers with active members of its cooperation.
func (tx *Tx) setOrganisers(c *koop.Cooperation, eventID string, ids []string) error {
	uniq := map[string]bool{}
	for _, id := range ids {
		if !validID(id) {
			return koop.FieldErrorf(koop.EINVALID, "organiserMembershipIds", "Bitte wählen Sie Mitglieder dieser Kooperation.")
		}
		uniq[id] = true
	}
	list := make([]string, 0, len(uniq))
	for id := range uniq {
		list = append(list, id)
	}
	var n int
	if err := tx.get(&n, `SELECT count(*) FROM memberships WHERE cooperation_id = $1 AND active AND id = ANY($2)`, c.ID, pq.Array(list)); err != nil {
		return err
	}
	if n != len(list) {
		return koop.FieldErrorf(koop.EINVALID, "organiserMembershipIds", "Bitte wählen Sie aktive Mitglieder dieser Kooperation.")
	}
	if err := tx.exec(`DELETE FROM event_organisers WHERE event_id = $1`, eventID); err != nil {
		return err
	}
	return tx.exec(`INSERT INTO event_organisers (event_id, membership_id, cooperation_id) SELECT $1, unnest($2::uuid[]), $3`, eventID, pq.Array(list), c.ID)
}

// CreateEvent creates an event and the tasks of its series' checklist, due relative to its start.
func (s *EventService) CreateEvent(ctx context.Context, in koop.CreateEventInput) (*koop.Event, error) {
	var out *koop.Event
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.planning(in.CooperationID)
		if err != nil {
			return err
		}
		e := &koop.Event{CooperationID: c.ID, Status: koop.EventIdea, StartsAt: in.StartsAt, EndsAt: in.EndsAt}
		if in.Status != nil {
			if *in.Status != koop.EventIdea && *in.Status != koop.EventPlanning {
				return koop.FieldErrorf(koop.EINVALID, "status", "Eine neue Veranstaltung beginnt als Idee oder in Planung.")
			}
			e.Status = *in.Status
		}
		title := in.Title
		if err := (koop.UpdateEventInput{Title: &title, Venue: in.Venue, Address: in.Address, Capacity: in.Capacity, Description: in.Description}).Apply(e); err != nil {
			return err
		}
		var series *koop.EventSeries
		if in.SeriesID != nil {
			if series, _, err = tx.series(*in.SeriesID, tx.planning, false); err != nil || series.CooperationID != c.ID {
				return koop.FieldErrorf(koop.EINVALID, "seriesId", "Die Veranstaltungsreihe wurde nicht gefunden.")
			}
			e.SeriesID = &series.ID
		}
		lead := in.LeadPartnerID
		if lead == nil && series != nil {
			lead = series.DefaultLeadPartnerID
		}
		if lead == nil {
			return koop.FieldErrorf(koop.EINVALID, "leadPartnerId", "Bitte wählen Sie den federführenden Partner.")
		}
		if err := checkPartner(c, lead, "leadPartnerId"); err != nil {
			return err
		}
		e.LeadPartnerID = *lead
		if err := tx.get(&e.ID, `INSERT INTO events (cooperation_id, series_id, title, starts_at, ends_at, venue, address, capacity, lead_partner_id, description, status, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
			c.ID, e.SeriesID, e.Title, e.StartsAt, e.EndsAt, e.Venue, e.Address, e.Capacity, e.LeadPartnerID, e.Description, e.Status, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", nil, e.Title)
		ch.Set("seriesId", nil, e.SeriesID)
		ch.Set("startsAt", nil, e.StartsAt)
		ch.Set("endsAt", nil, e.EndsAt)
		ch.Set("venue", nil, e.Venue)
		ch.Set("address", nil, e.Address)
		ch.Set("capacity", nil, e.Capacity)
		ch.Set("leadPartnerId", nil, e.LeadPartnerID)
		ch.Set("status", nil, e.Status)
		if err := tx.audit(&c.ID, "event.create", "Event", e.ID, ch); err != nil {
			return err
		}
		if len(in.OrganiserMembershipIds) > 0 {
			if err := tx.setOrganisers(c, e.ID, in.OrganiserMembershipIds); err != nil {
				return err
			}
		}
		if series != nil {
			if err := tx.addChecklist(c, series, e.ID, e.LeadPartnerID, e.StartsAt); err != nil {
				return err
			}
		}
		out, _, err = tx.event(e.ID, tx.planning, false, loadAll)
		return err
	})
	return out, err
}

// addChecklist gives a new event of a series the series' checklist: a task per item, due its
// days before the start, owned by the item's partner or else the event's lead partner.
func (tx *Tx) addChecklist(c *koop.Cooperation, series *koop.EventSeries, eventID, leadPartnerID string, startsAt time.Time) error {
	partners := partnerMap(c)
	for _, it := range series.TaskTemplate {
		owner := &leadPartnerID
		if it.OwnerPartnerID != nil && partners[*it.OwnerPartnerID] != nil {
			owner = it.OwnerPartnerID
		}
		due := it.DueOn(startsAt)
		if _, err := tx.insertTask(c.ID, &eventID, it.Title, &due, nil, owner); err != nil {
			return err
		}
	}
	return nil
}

// UpdateEvent changes an event, refusing a stale version.
func (s *EventService) UpdateEvent(ctx context.Context, in koop.UpdateEventInput) (*koop.Event, error) {
	var out *koop.Event
	err := s.db.transact(ctx, func(tx *Tx) error {
		e, c, err := tx.event(in.ID, tx.planning, true, koop.EventLoad{})
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, e.Version, "Die Veranstaltung"); err != nil {
			return err
		}
		before := *e
		if err := in.Apply(e); err != nil {
			return err
		}
		if in.LeadPartnerID != nil {
			if err := checkPartner(c, in.LeadPartnerID, "leadPartnerId"); err != nil {
				return err
			}
			e.LeadPartnerID = *in.LeadPartnerID
		}
		var ch koop.Changes
		ch.Set("title", before.Title, e.Title)
		ch.Set("startsAt", before.StartsAt, e.StartsAt)
		ch.Set("endsAt", before.EndsAt, e.EndsAt)
		ch.Set("venue", before.Venue, e.Venue)
		ch.Set("address", before.Address, e.Address)
		ch.Set("capacity", before.Capacity, e.Capacity)
		ch.Set("leadPartnerId", before.LeadPartnerID, e.LeadPartnerID)
		ch.Set("description", before.Description, e.Description)
		ch.Set("rsvpDeadline", before.RsvpDeadline, e.RsvpDeadline)
		ch.Set("plusOnesAllowed", before.PlusOnesAllowed, e.PlusOnesAllowed)
		if err := tx.checkCapacity(e); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE events SET title = $2, starts_at = $3, ends_at = $4, venue = $5, address = $6, capacity = $7,
			lead_partner_id = $8, description = $9, rsvp_deadline = $11, plus_ones_allowed = $12, updated_at = $10, version = version + 1 WHERE id = $1`,
			e.ID, e.Title, e.StartsAt, e.EndsAt, e.Venue, e.Address, e.Capacity, e.LeadPartnerID, e.Description, tx.Now,
			e.RsvpDeadline, e.PlusOnesAllowed); err != nil {
			return err
		}
		// more room lets waiting guests in
		if _, err := tx.promoteWaiting(e); err != nil {
			return err
		}
		if in.OrganiserMembershipIds != nil {
			if err := tx.setOrganisers(c, e.ID, in.OrganiserMembershipIds); err != nil {
				return err
			}
			ch.Set("organiserMembershipIds", nil, fmt.Sprint(in.OrganiserMembershipIds))
		}
		if err := tx.audit(&c.ID, "event.update", "Event", e.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.event(e.ID, tx.planning, false, loadAll)
		return err
	})
	return out, err
}

// ChangeEventStatus moves an event along its status machine.
func (s *EventService) ChangeEventStatus(ctx context.Context, in koop.ChangeEventStatusInput) (*koop.Event, error) {
	var out *koop.Event
	err := s.db.transact(ctx, func(tx *Tx) error {
		e, c, err := tx.event(in.ID, tx.planning, true, koop.EventLoad{})
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, e.Version, "Die Veranstaltung"); err != nil {
			return err
		}
		if err := koop.CheckTransition(e.Status, in.Status); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE events SET status = $2, updated_at = $3, version = version + 1 WHERE id = $1`, e.ID, in.Status, tx.Now); err != nil {
			return err
		}
		if in.Status == koop.EventHeld {
			// once the door closed, accepted guests who never arrived did not come — if the door
			// was kept at all (someone was checked in)
			if err := tx.exec(`UPDATE invitations SET status = 'NO_SHOW', updated_at = $2, version = version + 1
				WHERE event_id = $1 AND status = 'ACCEPTED' AND EXISTS (SELECT 1 FROM invitations a WHERE a.event_id = $1 AND a.status = 'ATTENDED')`,
				e.ID, tx.Now); err != nil {
				return err
			}
		}
		var ch koop.Changes
		ch.Set("status", e.Status, in.Status)
		if err := tx.audit(&c.ID, "event.change_status", "Event", e.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.event(e.ID, tx.planning, false, loadAll)
		return err
	})
	return out, err
}

// DeleteEventSeries deletes a series without events.
func (s *EventService) DeleteEventSeries(ctx context.Context, in koop.DeleteEventSeriesInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		cur, c, err := tx.series(in.ID, tx.planning, true)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, cur.Version, "Die Veranstaltungsreihe"); err != nil {
			return err
		}
		if cur.EventCount > 0 {
			return koop.Errorf(koop.EINVALID, "Zur Reihe „%s“ gehören %d Veranstaltungen; eine Reihe lässt sich nur löschen, solange sie keine hat.", cur.Name, cur.EventCount)
		}
		var proposals int
		if err := tx.get(&proposals, `SELECT count(*) FROM proposals WHERE series_id = $1`, cur.ID); err != nil {
			return err
		}
		if proposals > 0 {
			return koop.Errorf(koop.EINVALID, "Die Reihe „%s“ ist Ziel von %d Vorschlägen einer Klausur; sie bleibt für deren Protokoll erhalten.", cur.Name, proposals)
		}
		if err := tx.exec(`DELETE FROM event_series WHERE id = $1`, cur.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", cur.Name, nil)
		return tx.audit(&c.ID, "event_series.delete", "EventSeries", cur.ID, ch)
	})
}

// DeleteEvent deletes an event that never reached its guests; its tasks, budget, comments,
// files and draft guests go with it.
func (s *EventService) DeleteEvent(ctx context.Context, in koop.DeleteEventInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		e, c, err := tx.event(in.ID, tx.planning, true, koop.EventLoad{})
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, e.Version, "Die Veranstaltung"); err != nil {
			return err
		}
		if e.Status == koop.EventHeld || e.Status == koop.EventDocumented {
			return koop.Errorf(koop.EINVALID, "Eine durchgeführte Veranstaltung bleibt für Berichte und Nachweise erhalten und lässt sich nicht löschen.")
		}
		var sent int
		if err := tx.get(&sent, `SELECT count(*) FROM invitations WHERE event_id = $1 AND status <> 'DRAFT'`, e.ID); err != nil {
			return err
		}
		if sent > 0 {
			return koop.Errorf(koop.EINVALID, "%d Gäste haben bereits eine Einladung erhalten; sagen Sie die Veranstaltung ab, statt sie zu löschen, damit die Gäste Bescheid wissen.", sent)
		}
		if err := tx.exec(`DELETE FROM events WHERE id = $1`, e.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", e.Title, nil)
		ch.Set("startsAt", e.StartsAt, nil)
		return tx.audit(&c.ID, "event.delete", "Event", e.ID, ch)
	})
}
