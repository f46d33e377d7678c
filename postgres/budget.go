package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// BudgetService implements koop.BudgetService.
type BudgetService struct{ db *DB }

// NewBudgetService returns the budget service.
func NewBudgetService(db *DB) *BudgetService { return &BudgetService{db: db} }

var _ koop.BudgetService = (*BudgetService)(nil)

// budgetAccess loads a cooperation and checks the actor's role grants p.
func (tx *Tx) budgetAccess(cooperationID string, p koop.Permission) (*koop.Cooperation, error) {
	c, err := tx.cooperation(cooperationID)
	if err != nil {
		return nil, err
	}
	return c, c.MyRole.Require(p)
}

// budgetEventRow is what the budget needs of an event.
type budgetEventRow struct {
	ID            string `db:"id"`
	CooperationID string `db:"cooperation_id"`
}

// budgetEvent loads the event a budget change concerns, checks the actor may edit budgets in
// its cooperation and locks the event, so that changes to one budget happen one after another.
// field names the input field that carried the ID ("" when it came from a line or sponsorship).
func (tx *Tx) budgetEvent(id, field string) (*koop.Cooperation, error) {
	notFound := &koop.Error{Code: koop.ENOTFOUND, Field: field, Message: "Die Veranstaltung wurde nicht gefunden."}
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, notFound
	}
	var e budgetEventRow
	err := tx.get(&e, `SELECT id, cooperation_id FROM events WHERE id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	c, err := tx.budgetAccess(e.CooperationID, koop.PermEditBudget)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, notFound
	}
	return c, err
}

const budgetLineSelect = `SELECT id, cooperation_id, event_id, category, description, planned_cents, actual_cents, share_mode, position,
	created_at, updated_at, version FROM budget_lines`

const sponsorshipSelect = `SELECT s.id, s.cooperation_id, s.event_id, s.organisation_id, s.kind, s.amount_cents, s.status, s.note, s.version,
	o.id AS "org.id", o.cooperation_id AS "org.cooperation_id", o.kind AS "org.kind", o.name AS "org.name", o.short_name AS "org.short_name",
	o.street AS "org.street", o.postal_code AS "org.postal_code", o.city AS "org.city", o.website AS "org.website", o.version AS "org.version",
	EXISTS (SELECT 1 FROM partners p WHERE p.organisation_id = o.id) AS "org.is_partner"
	FROM sponsorships s JOIN organisations o ON o.id = s.organisation_id`

type sponsorshipRow struct {
	koop.Sponsorship
	Org koop.Organisation `db:"org"`
}

// loadBudgets returns the budgets of events (all of cooperations in coops), tallied, in the
// order of eventIDs: three statements whatever the number of events, lines or sponsorships.
func (tx *Tx) loadBudgets(coops map[string]*koop.Cooperation, eventIDs []string, eventCoop map[string]string) ([]*koop.EventBudget, error) {
	out := make([]*koop.EventBudget, len(eventIDs))
	byID := make(map[string]*koop.EventBudget, len(eventIDs))
	for i, id := range eventIDs {
		b := byID[id]
		if b == nil {
			b = &koop.EventBudget{EventID: id, Lines: []*koop.BudgetLine{}, Sponsorships: []*koop.Sponsorship{}}
			byID[id] = b
		}
		out[i] = b
	}
	if len(eventIDs) == 0 {
		return out, nil
	}
	var lines []*koop.BudgetLine
	if err := tx.sel(&lines, budgetLineSelect+` WHERE event_id = ANY($1) ORDER BY position, created_at, id`, pq.Array(eventIDs)); err != nil {
		return nil, err
	}
	lineIDs := make([]string, len(lines))
	lineByID := make(map[string]*koop.BudgetLine, len(lines))
	for i, l := range lines {
		lineIDs[i], lineByID[l.ID] = l.ID, l
		l.Shares = []*koop.BudgetShare{}
		byID[l.EventID].Lines = append(byID[l.EventID].Lines, l)
	}
	if len(lines) > 0 {
		var shares []*koop.BudgetShare
		if err := tx.sel(&shares, `SELECT sh.line_id, sh.partner_id, sh.basis_points, sh.amount_cents FROM budget_line_shares sh
			JOIN partners p ON p.id = sh.partner_id WHERE sh.line_id = ANY($1) ORDER BY p.position, p.id`, pq.Array(lineIDs)); err != nil {
			return nil, err
		}
		for _, s := range shares {
			l := lineByID[s.LineID]
			s.Partner = partnerMap(coops[l.CooperationID])[s.PartnerID]
			l.Shares = append(l.Shares, s)
		}
	}
	var rows []sponsorshipRow
	if err := tx.sel(&rows, sponsorshipSelect+` WHERE s.event_id = ANY($1) ORDER BY s.amount_cents DESC, lower(o.name), s.id`, pq.Array(eventIDs)); err != nil {
		return nil, err
	}
	for i := range rows {
		s := &rows[i].Sponsorship
		s.Organisation = &rows[i].Org
		byID[s.EventID].Sponsorships = append(byID[s.EventID].Sponsorships, s)
	}
	for id, b := range byID {
		b.Tally(coops[eventCoop[id]].Partners)
	}
	return out, nil
}

// eventBudget returns the budget of one event of cooperation c.
func (tx *Tx) eventBudget(c *koop.Cooperation, eventID string) (*koop.EventBudget, error) {
	list, err := tx.loadBudgets(map[string]*koop.Cooperation{c.ID: c}, []string{eventID}, map[string]string{eventID: c.ID})
	if err != nil {
		return nil, err
	}
	return list[0], nil
}

// EventBudgets returns the budgets of events the actor may read, in the order asked.
func (s *BudgetService) EventBudgets(ctx context.Context, eventIDs []string) ([]*koop.EventBudget, error) {
	var out []*koop.EventBudget
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.actor(); err != nil {
			return err
		}
		notFound := koop.Errorf(koop.ENOTFOUND, "Die Veranstaltung wurde nicht gefunden.")
		for _, id := range eventIDs {
			if !validID(id) {
				return notFound
			}
		}
		var events []budgetEventRow
		if err := tx.sel(&events, `SELECT id, cooperation_id FROM events WHERE id = ANY($1)`, pq.Array(eventIDs)); err != nil {
			return err
		}
		eventCoop := make(map[string]string, len(events))
		coops := map[string]*koop.Cooperation{}
		for _, e := range events {
			eventCoop[e.ID] = e.CooperationID
			if coops[e.CooperationID] != nil {
				continue
			}
			c, err := tx.budgetAccess(e.CooperationID, koop.PermViewBudget)
			if koop.ErrorCode(err) == koop.ENOTFOUND {
				return notFound
			}
			if err != nil {
				return err
			}
			coops[c.ID] = c
		}
		for _, id := range eventIDs {
			if _, ok := eventCoop[id]; !ok {
				return notFound
			}
		}
		var err error
		out, err = tx.loadBudgets(coops, eventIDs, eventCoop)
		return err
	})
	return out, err
}

// BudgetSummary adds up the budgets of a cooperation's events starting in the year (Berlin).
func (s *BudgetService) BudgetSummary(ctx context.Context, cooperationID string, year int) (*koop.BudgetSummary, error) {
	var out *koop.BudgetSummary
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.budgetAccess(cooperationID, koop.PermViewBudget)
		if err != nil {
			return err
		}
		if year < 2000 || year > 2100 {
			return koop.FieldErrorf(koop.EINVALID, "year", "Bitte wählen Sie ein Jahr zwischen 2000 und 2100.")
		}
		from := time.Date(year, 1, 1, 0, 0, 0, 0, koop.Berlin)
		until := time.Date(year+1, 1, 1, 0, 0, 0, 0, koop.Berlin)
		var events []*koop.Event
		if err := tx.sel(&events, eventSelect+` WHERE e.cooperation_id = $1 AND e.starts_at >= $2 AND e.starts_at < $3 ORDER BY e.starts_at, e.id`,
			c.ID, from, until); err != nil {
			return err
		}
		if err := tx.loadEvents(c, events, koop.EventLoad{}); err != nil {
			return err
		}
		ids := make([]string, len(events))
		eventCoop := make(map[string]string, len(events))
		for i, e := range events {
			ids[i], eventCoop[e.ID] = e.ID, c.ID
		}
		budgets, err := tx.loadBudgets(map[string]*koop.Cooperation{c.ID: c}, ids, eventCoop)
		if err != nil {
			return err
		}
		out = koop.Summarise(year, c.Partners, events, budgets)
		return nil
	})
	return out, err
}

// checkLineShares validates shares against the line and the cooperation's partners.
func checkLineShares(c *koop.Cooperation, mode koop.BudgetShareMode, planned int, in []*koop.BudgetShareInput) ([]*koop.BudgetShare, error) {
	partners := partnerMap(c)
	for i, s := range in {
		if _, ok := partners[s.PartnerID]; !ok {
			return nil, koop.FieldErrorf(koop.EINVALID, fmt.Sprintf("shares.%d.partnerId", i), "Bitte wählen Sie einen Partner dieser Kooperation.")
		}
	}
	return koop.CheckShares(mode, planned, in)
}

// writeShares replaces the shares of a line.
func (tx *Tx) writeShares(c *koop.Cooperation, lineID string, shares []*koop.BudgetShare) error {
	if err := tx.exec(`DELETE FROM budget_line_shares WHERE line_id = $1`, lineID); err != nil {
		return err
	}
	partners := make([]string, len(shares))
	bps := make([]sql.NullInt64, len(shares))
	amounts := make([]sql.NullInt64, len(shares))
	for i, s := range shares {
		partners[i] = s.PartnerID
		if s.BasisPoints != nil {
			bps[i] = sql.NullInt64{Int64: int64(*s.BasisPoints), Valid: true}
		}
		if s.AmountCents != nil {
			amounts[i] = sql.NullInt64{Int64: int64(*s.AmountCents), Valid: true}
		}
	}
	return tx.exec(`INSERT INTO budget_line_shares (line_id, partner_id, cooperation_id, basis_points, amount_cents)
		SELECT $1, p, $2, b, a FROM unnest($3::uuid[], $4::integer[], $5::bigint[]) AS x (p, b, a)`,
		lineID, c.ID, pq.Array(partners), pq.Array(bps), pq.Array(amounts))
}

// sharesText describes shares for the audit trail: "partnerID=40 %, partnerID=60 %".
func sharesText(mode koop.BudgetShareMode, shares []*koop.BudgetShare) string {
	parts := make([]string, len(shares))
	for i, s := range shares {
		if mode == koop.SharePercent && s.BasisPoints != nil {
			parts[i] = s.PartnerID + "=" + koop.FormatPercent(*s.BasisPoints)
		} else if s.AmountCents != nil {
			parts[i] = s.PartnerID + "=" + koop.FormatEuro(*s.AmountCents)
		}
	}
	return strings.Join(parts, ", ")
}

// centsText is an optional amount for the audit trail.
func centsText(c *int) any {
	if c == nil {
		return nil
	}
	return *c
}

// lineIn returns the line of a budget by ID.
func lineIn(b *koop.EventBudget, id string) *koop.BudgetLine {
	for _, l := range b.Lines {
		if l.ID == id {
			return l
		}
	}
	return nil
}

// CreateBudgetLine adds a line at the end of an event's budget.
func (s *BudgetService) CreateBudgetLine(ctx context.Context, in koop.CreateBudgetLineInput) (*koop.BudgetLine, *koop.EventBudget, error) {
	var line *koop.BudgetLine
	var budget *koop.EventBudget
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.budgetEvent(in.EventID, "eventId")
		if err != nil {
			return err
		}
		if !in.Category.Valid() {
			return koop.FieldErrorf(koop.EINVALID, "category", "Bitte wählen Sie eine Kategorie.")
		}
		desc := ""
		if in.Description != nil {
			if desc, err = koop.OptionalText("description", "Die Beschreibung", *in.Description, 300); err != nil {
				return err
			}
		}
		if err := koop.CheckCents("plannedCents", "Der geplante Betrag", in.PlannedCents); err != nil {
			return err
		}
		if in.ActualCents != nil {
			if err := koop.CheckCents("actualCents", "Der tatsächliche Betrag", *in.ActualCents); err != nil {
				return err
			}
		}
		shares, err := checkLineShares(c, in.ShareMode, in.PlannedCents, in.Shares)
		if err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO budget_lines (cooperation_id, event_id, category, description, planned_cents, actual_cents, share_mode, position, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(position), 0) + 1 FROM budget_lines WHERE event_id = $2), $8, $8) RETURNING id`,
			c.ID, in.EventID, in.Category, desc, in.PlannedCents, in.ActualCents, in.ShareMode, tx.Now); err != nil {
			return err
		}
		if err := tx.writeShares(c, id, shares); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("eventId", nil, in.EventID)
		ch.Set("category", nil, in.Category)
		ch.Set("description", nil, desc)
		ch.Set("plannedCents", nil, in.PlannedCents)
		ch.Set("actualCents", nil, centsText(in.ActualCents))
		ch.Set("shareMode", nil, in.ShareMode)
		ch.Set("shares", nil, sharesText(in.ShareMode, shares))
		if err := tx.audit(&c.ID, "budget_line.create", "BudgetLine", id, ch); err != nil {
			return err
		}
		if budget, err = tx.eventBudget(c, in.EventID); err != nil {
			return err
		}
		line = lineIn(budget, id)
		return nil
	})
	return line, budget, err
}

// budgetRowCooperation finds the event of a row of table (budget_lines or sponsorships) and
// checks the actor may edit that event's budget; a missing row or event is notFound.
func (tx *Tx) budgetRowCooperation(table, id string, notFound error) (*koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, notFound
	}
	var eventID string
	err := tx.get(&eventID, `SELECT event_id FROM `+table+` WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	c, err := tx.budgetEvent(eventID, "")
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, notFound
	}
	return c, err
}

// budgetLine loads and locks a line for a change, checking the actor may edit its budget.
func (tx *Tx) budgetLine(id string, version int) (*koop.BudgetLine, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Budgetposition wurde nicht gefunden.")
	c, err := tx.budgetRowCooperation(`budget_lines`, id, notFound)
	if err != nil {
		return nil, nil, err
	}
	var l koop.BudgetLine
	if err := tx.get(&l, budgetLineSelect+` WHERE id = $1 FOR UPDATE`, id); err != nil {
		return nil, nil, err
	}
	if err := checkVersion(version, l.Version, "Die Budgetposition"); err != nil {
		return nil, nil, err
	}
	if err := tx.sel(&l.Shares, `SELECT line_id, partner_id, basis_points, amount_cents FROM budget_line_shares sh
		JOIN partners p ON p.id = sh.partner_id WHERE line_id = $1 ORDER BY p.position, p.id`, id); err != nil {
		return nil, nil, err
	}
	return &l, c, nil
}

// UpdateBudgetLine changes a line; its shares must fit the changed line.
func (s *BudgetService) UpdateBudgetLine(ctx context.Context, in koop.UpdateBudgetLineInput) (*koop.BudgetLine, *koop.EventBudget, error) {
	var line *koop.BudgetLine
	var budget *koop.EventBudget
	err := s.db.transact(ctx, func(tx *Tx) error {
		cur, c, err := tx.budgetLine(in.ID, in.Version)
		if err != nil {
			return err
		}
		l := *cur
		if in.Category != nil {
			if !in.Category.Valid() {
				return koop.FieldErrorf(koop.EINVALID, "category", "Bitte wählen Sie eine Kategorie.")
			}
			l.Category = *in.Category
		}
		if in.Description != nil {
			if l.Description, err = koop.OptionalText("description", "Die Beschreibung", *in.Description, 300); err != nil {
				return err
			}
		}
		if in.PlannedCents != nil {
			if err := koop.CheckCents("plannedCents", "Der geplante Betrag", *in.PlannedCents); err != nil {
				return err
			}
			l.PlannedCents = *in.PlannedCents
		}
		if in.ClearActual != nil && *in.ClearActual {
			l.ActualCents = nil
		} else if in.ActualCents != nil {
			if err := koop.CheckCents("actualCents", "Der tatsächliche Betrag", *in.ActualCents); err != nil {
				return err
			}
			l.ActualCents = in.ActualCents
		}
		if in.ShareMode != nil {
			l.ShareMode = *in.ShareMode
		}
		sharesIn := in.Shares
		if sharesIn == nil {
			if l.ShareMode != cur.ShareMode {
				return koop.FieldErrorf(koop.EINVALID, "shares", "Bitte geben Sie die Anteile neu an, wenn Sie die Art der Aufteilung ändern.")
			}
			for _, sh := range cur.Shares {
				sharesIn = append(sharesIn, &koop.BudgetShareInput{PartnerID: sh.PartnerID, BasisPoints: sh.BasisPoints, AmountCents: sh.AmountCents})
			}
		}
		shares, err := checkLineShares(c, l.ShareMode, l.PlannedCents, sharesIn)
		if err != nil {
			return err
		}
		if err := tx.exec(`UPDATE budget_lines SET category = $2, description = $3, planned_cents = $4, actual_cents = $5, share_mode = $6,
			updated_at = $7, version = version + 1 WHERE id = $1`, l.ID, l.Category, l.Description, l.PlannedCents, l.ActualCents, l.ShareMode, tx.Now); err != nil {
			return err
		}
		if err := tx.writeShares(c, l.ID, shares); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("category", cur.Category, l.Category)
		ch.Set("description", cur.Description, l.Description)
		ch.Set("plannedCents", cur.PlannedCents, l.PlannedCents)
		ch.Set("actualCents", centsText(cur.ActualCents), centsText(l.ActualCents))
		ch.Set("shareMode", cur.ShareMode, l.ShareMode)
		ch.Set("shares", sharesText(cur.ShareMode, cur.Shares), sharesText(l.ShareMode, shares))
		if err := tx.audit(&c.ID, "budget_line.update", "BudgetLine", l.ID, ch); err != nil {
			return err
		}
		if budget, err = tx.eventBudget(c, l.EventID); err != nil {
			return err
		}
		line = lineIn(budget, l.ID)
		return nil
	})
	return line, budget, err
}

// DeleteBudgetLine deletes a line and its shares.
func (s *BudgetService) DeleteBudgetLine(ctx context.Context, in koop.DeleteBudgetLineInput) (*koop.EventBudget, error) {
	var budget *koop.EventBudget
	err := s.db.transact(ctx, func(tx *Tx) error {
		cur, c, err := tx.budgetLine(in.ID, in.Version)
		if err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM budget_lines WHERE id = $1`, cur.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("eventId", cur.EventID, nil)
		ch.Set("category", cur.Category, nil)
		ch.Set("description", cur.Description, nil)
		ch.Set("plannedCents", cur.PlannedCents, nil)
		ch.Set("actualCents", centsText(cur.ActualCents), nil)
		ch.Set("shares", sharesText(cur.ShareMode, cur.Shares), nil)
		if err := tx.audit(&c.ID, "budget_line.delete", "BudgetLine", cur.ID, ch); err != nil {
			return err
		}
		budget, err = tx.eventBudget(c, cur.EventID)
		return err
	})
	return budget, err
}

// checkSponsor returns an EINVALID error unless the organisation belongs to c.
func (tx *Tx) checkSponsor(c *koop.Cooperation, organisationID string) error {
	bad := koop.FieldErrorf(koop.EINVALID, "organisationId", "Bitte wählen Sie eine Organisation dieser Kooperation.")
	if !validID(organisationID) {
		return bad
	}
	var ok bool
	if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM organisations WHERE id = $1 AND cooperation_id = $2)`, organisationID, c.ID); err != nil {
		return err
	}
	if !ok {
		return bad
	}
	return nil
}

// sponsorshipIn returns the sponsorship of a budget by ID.
func sponsorshipIn(b *koop.EventBudget, id string) *koop.Sponsorship {
	for _, s := range b.Sponsorships {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// CreateSponsorship records a sponsorship of an event by an organisation of its cooperation.
func (s *BudgetService) CreateSponsorship(ctx context.Context, in koop.CreateSponsorshipInput) (*koop.Sponsorship, *koop.EventBudget, error) {
	var sp *koop.Sponsorship
	var budget *koop.EventBudget
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.budgetEvent(in.EventID, "eventId")
		if err != nil {
			return err
		}
		n := koop.Sponsorship{EventID: in.EventID, OrganisationID: in.OrganisationID, Kind: in.Kind, AmountCents: in.AmountCents, Status: koop.SponsorshipPledged}
		if in.Status != nil {
			n.Status = *in.Status
		}
		if in.Note != nil {
			n.Note = *in.Note
		}
		if err := koop.CheckSponsorship(&n); err != nil {
			return err
		}
		if err := tx.checkSponsor(c, n.OrganisationID); err != nil {
			return err
		}
		if err := tx.get(&n.ID, `INSERT INTO sponsorships (cooperation_id, event_id, organisation_id, kind, amount_cents, status, note, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`, c.ID, n.EventID, n.OrganisationID, n.Kind, n.AmountCents, n.Status, n.Note, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("eventId", nil, n.EventID)
		ch.Set("organisationId", nil, n.OrganisationID)
		ch.Set("kind", nil, n.Kind)
		ch.Set("amountCents", nil, n.AmountCents)
		ch.Set("status", nil, n.Status)
		ch.Set("note", nil, n.Note)
		if err := tx.audit(&c.ID, "sponsorship.create", "Sponsorship", n.ID, ch); err != nil {
			return err
		}
		if budget, err = tx.eventBudget(c, n.EventID); err != nil {
			return err
		}
		sp = sponsorshipIn(budget, n.ID)
		return nil
	})
	return sp, budget, err
}

// sponsorship loads and locks a sponsorship for a change, checking the actor may edit its budget.
func (tx *Tx) sponsorship(id string, version int) (*koop.Sponsorship, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Das Sponsoring wurde nicht gefunden.")
	c, err := tx.budgetRowCooperation(`sponsorships`, id, notFound)
	if err != nil {
		return nil, nil, err
	}
	var sp koop.Sponsorship
	if err := tx.get(&sp, `SELECT id, cooperation_id, event_id, organisation_id, kind, amount_cents, status, note, version
		FROM sponsorships WHERE id = $1 FOR UPDATE`, id); err != nil {
		return nil, nil, err
	}
	return &sp, c, checkVersion(version, sp.Version, "Das Sponsoring")
}

// UpdateSponsorship changes a sponsorship.
func (s *BudgetService) UpdateSponsorship(ctx context.Context, in koop.UpdateSponsorshipInput) (*koop.Sponsorship, *koop.EventBudget, error) {
	var sp *koop.Sponsorship
	var budget *koop.EventBudget
	err := s.db.transact(ctx, func(tx *Tx) error {
		cur, c, err := tx.sponsorship(in.ID, in.Version)
		if err != nil {
			return err
		}
		n := *cur
		if in.OrganisationID != nil {
			if err := tx.checkSponsor(c, *in.OrganisationID); err != nil {
				return err
			}
			n.OrganisationID = *in.OrganisationID
		}
		if in.Kind != nil {
			n.Kind = *in.Kind
		}
		if in.AmountCents != nil {
			n.AmountCents = *in.AmountCents
		}
		if in.Status != nil {
			n.Status = *in.Status
		}
		if in.Note != nil {
			n.Note = *in.Note
		}
		if err := koop.CheckSponsorship(&n); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE sponsorships SET organisation_id = $2, kind = $3, amount_cents = $4, status = $5, note = $6,
			updated_at = $7, version = version + 1 WHERE id = $1`, n.ID, n.OrganisationID, n.Kind, n.AmountCents, n.Status, n.Note, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("organisationId", cur.OrganisationID, n.OrganisationID)
		ch.Set("kind", cur.Kind, n.Kind)
		ch.Set("amountCents", cur.AmountCents, n.AmountCents)
		ch.Set("status", cur.Status, n.Status)
		ch.Set("note", cur.Note, n.Note)
		if err := tx.audit(&c.ID, "sponsorship.update", "Sponsorship", n.ID, ch); err != nil {
			return err
		}
		if budget, err = tx.eventBudget(c, n.EventID); err != nil {
			return err
		}
		sp = sponsorshipIn(budget, n.ID)
		return nil
	})
	return sp, budget, err
}

// DeleteSponsorship deletes a sponsorship.
func (s *BudgetService) DeleteSponsorship(ctx context.Context, in koop.DeleteSponsorshipInput) (*koop.EventBudget, error) {
	var budget *koop.EventBudget
	err := s.db.transact(ctx, func(tx *Tx) error {
		cur, c, err := tx.sponsorship(in.ID, in.Version)
		if err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM sponsorships WHERE id = $1`, cur.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("eventId", cur.EventID, nil)
		ch.Set("organisationId", cur.OrganisationID, nil)
		ch.Set("kind", cur.Kind, nil)
		ch.Set("amountCents", cur.AmountCents, nil)
		ch.Set("status", cur.Status, nil)
		if err := tx.audit(&c.ID, "sponsorship.delete", "Sponsorship", cur.ID, ch); err != nil {
			return err
		}
		budget, err = tx.eventBudget(c, cur.EventID)
		return err
	})
	return budget, err
}
