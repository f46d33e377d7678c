package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// AgreementService implements koop.AgreementService.
type AgreementService struct{ db *DB }

// NewAgreementService returns the service.
func NewAgreementService(db *DB) *AgreementService { return &AgreementService{db: db} }

var _ koop.AgreementService = (*AgreementService)(nil)

func errAgreementNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Vereinbarung wurde nicht gefunden.")
}

// errAgreementSigned refuses a change to what the partners signed.
func errAgreementSigned() error {
	return koop.Errorf(koop.ECONFLICT, "Eine unterzeichnete Vereinbarung kann nicht mehr geändert werden.")
}

const agreementSelect = `SELECT a.id, a.cooperation_id, a.title, a.body, a.valid_from, a.valid_until, a.status, a.predecessor_id,
	s.id AS successor_id, a.signed_at, coalesce(u.name, '') AS signed_by_name, a.version
	FROM agreements a
	LEFT JOIN agreements s ON s.predecessor_id = a.id
	LEFT JOIN users u ON u.id = a.signed_by`

// agreementCooperation loads a cooperation whose agreements the actor works on with p. As with
// goals and workstreams, an EXTERNAL member does not learn that the cooperation has agreements.
func (tx *Tx) agreementCooperation(cooperationID string, p koop.Permission) (*koop.Cooperation, error) {
	return tx.agreementAccess(cooperationID, p, errCooperationNotFound())
}

// agreementAccess checks the actor's role in the cooperation of an agreement (or of one of its
// parts): whoever is no member or does not read the directory (EXTERNAL) gets notFound, so that
// nobody learns what exists; p decides the rest.
func (tx *Tx) agreementAccess(cooperationID string, p koop.Permission, notFound error) (*koop.Cooperation, error) {
	c, err := tx.cooperation(cooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	if !c.MyRole.Can(koop.PermViewDirectory) {
		return nil, notFound
	}
	return c, c.MyRole.Require(p)
}

// agreementRow reads an agreement's own row (no parties, no commitments) and checks access. A
// locked read takes the row lock first: every change to an agreement, its parties, its
// commitments and their fulfilments holds it, so they happen one after the other.
func (tx *Tx) agreementRow(id string, lock bool, p koop.Permission, notFound error) (*koop.Agreement, *koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound
	}
	q := agreementSelect + ` WHERE a.id = $1`
	if lock {
		q += ` FOR UPDATE OF a`
	}
	var a koop.Agreement
	err := tx.get(&a, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := tx.agreementAccess(a.CooperationID, p, notFound)
	if err != nil {
		return nil, nil, err
	}
	return &a, c, nil
}

// agreementFor is agreementRow for an agreement addressed by its own ID.
func (tx *Tx) agreementFor(id string, lock bool, p koop.Permission) (*koop.Agreement, *koop.Cooperation, error) {
	return tx.agreementRow(id, lock, p, errAgreementNotFound())
}

// editableAgreement is agreementFor, locked, for a change to a draft read at version.
func (tx *Tx) editableAgreement(id string, version int, signed func() error) (*koop.Agreement, *koop.Cooperation, error) {
	a, c, err := tx.agreementFor(id, true, koop.PermManageStrategy)
	if err != nil {
		return nil, nil, err
	}
	if err := checkVersion(version, a.Version, "Die Vereinbarung"); err != nil {
		return nil, nil, err
	}
	if a.Status != koop.AgreementDraft {
		return nil, nil, signed()
	}
	return a, c, nil
}

// mutate runs fn in a transaction and returns the agreement of c that fn names, as it stands
// afterwards.
func (s *AgreementService) mutate(ctx context.Context, fn func(tx *Tx) (*koop.Cooperation, string, error)) (*koop.Agreement, error) {
	var out *koop.Agreement
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, id, err := fn(tx)
		if err != nil {
			return err
		}
		out, err = tx.agreementByID(c, id)
		return err
	})
	return out, err
}

// agreementByID reads one agreement of c with everything shown on its page.
func (tx *Tx) agreementByID(c *koop.Cooperation, id string) (*koop.Agreement, error) {
	list, err := tx.agreementsWhere(c, `a.id = $2`, id)
	if err != nil {
		return nil, err
	}
	if len(list) != 1 {
		return nil, errAgreementNotFound()
	}
	return list[0], nil
}

// fulfilmentRow is a fulfilment with the commitment it belongs to.
type fulfilmentRow struct {
	koop.Fulfilment
	CommitmentID string `db:"commitment_id"`
}

// agreementsWhere reads the agreements of c that match where (whose arguments start at $2),
// newest first, with parties, commitments and the ledger: four statements whatever the number
// of agreements, commitments and fulfilments.
func (tx *Tx) agreementsWhere(c *koop.Cooperation, where string, args ...any) ([]*koop.Agreement, error) {
	var list []*koop.Agreement
	if err := tx.sel(&list, agreementSelect+` WHERE a.cooperation_id = $1 AND `+where+`
		ORDER BY a.valid_from DESC, a.created_at DESC, a.id`, append([]any{c.ID}, args...)...); err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return []*koop.Agreement{}, nil
	}
	ids := make([]string, len(list))
	byID := make(map[string]*koop.Agreement, len(list))
	canManage, canSign := c.MyRole.Can(koop.PermManageStrategy), c.MyRole.Can(koop.PermSignAgreement)
	for i, a := range list {
		ids[i], byID[a.ID] = a.ID, a
		a.Parties, a.Commitments = []*koop.AgreementParty{}, []*koop.Commitment{}
		a.CanManage = canManage
		a.CanSign = canSign && a.Status == koop.AgreementDraft
	}

	var parties []struct {
		AgreementID string     `db:"agreement_id"`
		PartnerID   string     `db:"partner_id"`
		Signatory   string     `db:"signatory"`
		SignedOn    *time.Time `db:"signed_on"`
	}
	if err := tx.sel(&parties, `SELECT agreement_id, partner_id, signatory, signed_on FROM agreement_parties
		WHERE agreement_id = ANY($1::uuid[]) ORDER BY position, partner_id`, pq.Array(ids)); err != nil {
		return nil, err
	}
	partners := partnerMap(c)
	for _, p := range parties {
		a := byID[p.AgreementID]
		a.Parties = append(a.Parties, &koop.AgreementParty{Partner: partners[p.PartnerID], Signatory: p.Signatory, SignedOn: p.SignedOn})
	}

	var commitments []*koop.Commitment
	if err := tx.sel(&commitments, `SELECT id, agreement_id, position, title, description, recurring, carried_from_id, version
		FROM commitments WHERE agreement_id = ANY($1::uuid[]) ORDER BY position, id`, pq.Array(ids)); err != nil {
		return nil, err
	}
	kids := make([]string, len(commitments))
	for i, k := range commitments {
		kids[i] = k.ID
		byID[k.AgreementID].Commitments = append(byID[k.AgreementID].Commitments, k)
	}

	var rows []fulfilmentRow
	if len(kids) > 0 {
		if err := tx.sel(&rows, `SELECT f.id, f.commitment_id, f.year,
				CASE WHEN f.event_id IS NOT NULL THEN 'EVENT' WHEN f.award_cycle_id IS NOT NULL THEN 'AWARD_CYCLE'
					WHEN f.retreat_id IS NOT NULL THEN 'RETREAT' ELSE 'WORKSTREAM' END AS kind,
				coalesce(f.event_id, f.award_cycle_id, f.workstream_id, f.retreat_id) AS measure_id,
				coalesce(e.title, y.title, w.title, r.title) AS title,
				coalesce(e.status, y.phase, w.status, r.status) AS detail,
				coalesce(e.starts_at, r.starts_at) AS date
			FROM commitment_fulfilments f
			LEFT JOIN events e ON e.id = f.event_id
			LEFT JOIN award_cycles y ON y.id = f.award_cycle_id
			LEFT JOIN workstreams w ON w.id = f.workstream_id
			LEFT JOIN retreats r ON r.id = f.retreat_id
			WHERE f.commitment_id = ANY($1::uuid[])
			ORDER BY f.year, coalesce(e.starts_at, r.starts_at) NULLS LAST, coalesce(e.title, y.title, w.title, r.title), f.id`, pq.Array(kids)); err != nil {
			return nil, err
		}
	}
	fulfilments := map[string][]*koop.Fulfilment{}
	for i := range rows {
		f := &rows[i].Fulfilment
		f.State = fulfilmentStateOf(f.Kind, f.Detail)
		fulfilments[rows[i].CommitmentID] = append(fulfilments[rows[i].CommitmentID], f)
	}
	today := tx.today()
	for _, a := range list {
		agreementLedger(a, today, fulfilments)
	}
	return list, nil
}

// fulfilmentStateOf says what a linked measure contributes, from its own status.
func fulfilmentStateOf(kind koop.FulfilmentKind, detail string) koop.FulfilmentState {
	switch kind {
	case koop.FulfilmentEvent:
		switch koop.EventStatus(detail) {
		case koop.EventHeld, koop.EventDocumented:
			return koop.FulfilmentDone
		case koop.EventCancelled:
			return koop.FulfilmentVoid
		}
	case koop.FulfilmentAwardCycle:
		switch koop.AwardPhase(detail) {
		case koop.PhaseDecided, koop.PhaseAnnounced:
			return koop.FulfilmentDone
		}
	case koop.FulfilmentRetreat:
		if koop.RetreatStatus(detail) == koop.RetreatClosed {
			return koop.FulfilmentDone
		}
	case koop.FulfilmentWorkstream:
		switch koop.WorkstreamStatus(detail) {
		case koop.WorkstreamDone:
			return koop.FulfilmentDone
		case koop.WorkstreamAtRisk, koop.WorkstreamOffTrack:
			return koop.FulfilmentTroubled
		case koop.WorkstreamPaused:
			return koop.FulfilmentVoid
		}
	}
	return koop.FulfilmentUnderWay
}

// agreementLedger sets the agreement's years and each commitment's standing per year.
func agreementLedger(a *koop.Agreement, today time.Time, fulfilments map[string][]*koop.Fulfilment) {
	first := a.ValidFrom.Year()
	last := first
	if a.ValidUntil != nil {
		last = a.ValidUntil.Year()
	} else {
		// Open-ended: up to next year, or further when measures are linked for later years.
		last = max(last, today.Year()+1)
		for _, k := range a.Commitments {
			for _, f := range fulfilments[k.ID] {
				last = max(last, f.Year)
			}
		}
	}
	a.Years = make([]int, 0, last-first+1)
	for y := first; y <= last; y++ {
		a.Years = append(a.Years, y)
	}
	for _, k := range a.Commitments {
		byYear := map[int][]*koop.Fulfilment{}
		for _, f := range fulfilments[k.ID] {
			byYear[f.Year] = append(byYear[f.Year], f)
		}
		k.Years = make([]*koop.CommitmentYear, 0, len(a.Years))
		fulfilledBefore := false
		for _, y := range a.Years {
			fs := byYear[y]
			if fs == nil {
				fs = []*koop.Fulfilment{}
			}
			status, reason := koop.CommitmentYearStatus(y, today, k.Recurring, fulfilledBefore, fs)
			k.Years = append(k.Years, &koop.CommitmentYear{Year: y, Status: status, Reason: reason, Fulfilments: fs})
			if commitmentDone(fs) {
				fulfilledBefore = true
			}
		}
	}
}

// commitmentDone reports whether one of the measures fulfils the commitment.
func commitmentDone(fs []*koop.Fulfilment) bool {
	for _, f := range fs {
		if f.State == koop.FulfilmentDone {
			return true
		}
	}
	return false
}

// Agreements lists a cooperation's agreements, newest first, with commitments and ledger.
func (s *AgreementService) Agreements(ctx context.Context, cooperationID string) ([]*koop.Agreement, error) {
	var out []*koop.Agreement
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.agreementCooperation(cooperationID, koop.PermViewDirectory)
		if err != nil {
			return err
		}
		out, err = tx.agreementsWhere(c, `true`)
		return err
	})
	return out, err
}

// Agreement returns one agreement with its commitments and ledger.
func (s *AgreementService) Agreement(ctx context.Context, id string) (*koop.Agreement, error) {
	var out *koop.Agreement
	err := s.db.read(ctx, func(tx *Tx) error {
		a, c, err := tx.agreementFor(id, false, koop.PermViewDirectory)
		if err != nil {
			return err
		}
		out, err = tx.agreementByID(c, a.ID)
		return err
	})
	return out, err
}

// ---- validation ---------------------------------------------------------------------------

// agreementDay is the calendar day of t as midnight UTC, the form in which dates are stored.
func agreementDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// agreementPeriod writes a validity the German way.
func agreementPeriod(from time.Time, until *time.Time) string {
	if until == nil {
		return "ab " + from.Format("02.01.2006") + ", unbefristet"
	}
	return from.Format("02.01.2006") + " bis " + until.Format("02.01.2006")
}

// checkAgreementDates checks a validity: a start, an end not before it, both within the years
// the ledger can hold.
func checkAgreementDates(from time.Time, until *time.Time) (time.Time, *time.Time, error) {
	if from.IsZero() {
		return time.Time{}, nil, koop.FieldErrorf(koop.EINVALID, "validFrom", "Bitte geben Sie an, ab wann die Vereinbarung gilt.")
	}
	from = agreementDay(from)
	if from.Year() < 2000 || from.Year() > 2100 {
		return time.Time{}, nil, koop.FieldErrorf(koop.EINVALID, "validFrom", "Der Beginn der Laufzeit muss zwischen 2000 und 2100 liegen.")
	}
	if until == nil {
		return from, nil, nil
	}
	u := agreementDay(*until)
	if u.Before(from) {
		return time.Time{}, nil, koop.FieldErrorf(koop.EINVALID, "validUntil", "Das Ende der Laufzeit (%s) darf nicht vor ihrem Beginn (%s) liegen.",
			u.Format("02.01.2006"), from.Format("02.01.2006"))
	}
	if u.Year() > 2100 {
		return time.Time{}, nil, koop.FieldErrorf(koop.EINVALID, "validUntil", "Das Ende der Laufzeit muss vor 2101 liegen.")
	}
	return from, &u, nil
}

// agreementParty is a checked party, ready to store.
type agreementParty struct {
	partner   *koop.Partner
	signatory string
	signedOn  *time.Time
}

// checkAgreementParties checks the parties against the cooperation's partners and returns them
// in partner order; none given means every partner, without signatures.
func checkAgreementParties(c *koop.Cooperation, in []*koop.AgreementPartyInput, today time.Time) ([]agreementParty, error) {
	if in == nil {
		out := make([]agreementParty, len(c.Partners))
		for i, p := range c.Partners {
			out[i] = agreementParty{partner: p}
		}
		return out, nil
	}
	if len(in) == 0 {
		return nil, koop.FieldErrorf(koop.EINVALID, "parties", "Eine Vereinbarung braucht mindestens eine Vertragspartei.")
	}
	order := make(map[string]int, len(c.Partners))
	for i, p := range c.Partners {
		order[p.ID] = i
	}
	seen := map[string]bool{}
	out := make([]agreementParty, 0, len(in))
	for i, p := range in {
		field := fmt.Sprintf("parties.%d", i)
		idx, ok := order[p.PartnerID]
		if !ok {
			return nil, koop.FieldErrorf(koop.EINVALID, field+".partnerId", "Bitte wählen Sie einen Partner dieser Kooperation.")
		}
		if seen[p.PartnerID] {
			return nil, koop.FieldErrorf(koop.EINVALID, field+".partnerId", "%s ist bereits Vertragspartei.", c.Partners[idx].Organisation.Name)
		}
		seen[p.PartnerID] = true
		party := agreementParty{partner: c.Partners[idx]}
		if p.Signatory != nil {
			s, err := koop.OptionalText(field+".signatory", "Der Name der unterzeichnenden Person", *p.Signatory, 200)
			if err != nil {
				return nil, err
			}
			party.signatory = s
		}
		if p.SignedOn != nil {
			d := agreementDay(*p.SignedOn)
			if d.After(today) {
				return nil, koop.FieldErrorf(koop.EINVALID, field+".signedOn", "Das Datum der Unterzeichnung darf nicht in der Zukunft liegen.")
			}
			party.signedOn = &d
		}
		out = append(out, party)
	}
	sort.SliceStable(out, func(i, j int) bool { return order[out[i].partner.ID] < order[out[j].partner.ID] })
	return out, nil
}

// agreementPartiesText summarises parties for the audit trail.
func agreementPartiesText(ps []agreementParty) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		s := p.partner.Organisation.Name
		if p.signatory != "" || p.signedOn != nil {
			d := dateText(p.signedOn)
			if d == nil {
				d = new(string)
			}
			s += " (" + p.signatory + ", " + *d + ")"
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}

// writeAgreementParties replaces the parties of an agreement.
func (tx *Tx) writeAgreementParties(cooperationID, agreementID string, ps []agreementParty) error {
	if err := tx.exec(`DELETE FROM agreement_parties WHERE agreement_id = $1`, agreementID); err != nil {
		return err
	}
	for i, p := range ps {
		if err := tx.exec(`INSERT INTO agreement_parties (agreement_id, partner_id, cooperation_id, signatory, signed_on, position)
			VALUES ($1, $2, $3, $4, $5, $6)`, agreementID, p.partner.ID, cooperationID, p.signatory, p.signedOn, i+1); err != nil {
			return err
		}
	}
	return nil
}

// ---- agreements ---------------------------------------------------------------------------

// CreateAgreement drafts an agreement.
func (s *AgreementService) CreateAgreement(ctx context.Context, in koop.CreateAgreementInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		c, err := tx.agreementCooperation(in.CooperationID, koop.PermManageStrategy)
		if err != nil {
			return nil, "", err
		}
		title, err := koop.RequireText("title", "Der Titel", in.Title, 200)
		if err != nil {
			return nil, "", err
		}
		body := ""
		if in.Body != nil {
			if body, err = koop.OptionalText("body", "Der Text", *in.Body, 50000); err != nil {
				return nil, "", err
			}
		}
		from, until, err := checkAgreementDates(in.ValidFrom, in.ValidUntil)
		if err != nil {
			return nil, "", err
		}
		parties, err := checkAgreementParties(c, in.Parties, tx.today())
		if err != nil {
			return nil, "", err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO agreements (cooperation_id, title, body, valid_from, valid_until, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`, c.ID, title, body, from, until, tx.Now); err != nil {
			return nil, "", err
		}
		if err := tx.writeAgreementParties(c.ID, id, parties); err != nil {
			return nil, "", err
		}
		var ch koop.Changes
		ch.Set("title", nil, title)
		ch.Set("body", nil, body)
		ch.Set("validFrom", nil, dateText(&from))
		ch.Set("validUntil", nil, dateText(until))
		ch.Set("parties", nil, agreementPartiesText(parties))
		return c, id, tx.audit(&c.ID, "agreement.create", "Agreement", id, ch)
	})
}

// checkFulfilmentYears refuses a validity that would leave linked measures outside it.
func (tx *Tx) checkFulfilmentYears(agreementID string, from time.Time, until *time.Time) error {
	last := 2100
	if until != nil {
		last = until.Year()
	}
	var years []int
	if err := tx.sel(&years, `SELECT DISTINCT f.year FROM commitment_fulfilments f JOIN commitments k ON k.id = f.commitment_id
		WHERE k.agreement_id = $1 AND (f.year < $2 OR f.year > $3) ORDER BY f.year`, agreementID, from.Year(), last); err != nil {
		return err
	}
	if len(years) == 0 {
		return nil
	}
	field := "validUntil"
	if years[0] < from.Year() {
		field = "validFrom"
	}
	return koop.FieldErrorf(koop.EINVALID, field, "Für das Jahr %d sind Maßnahmen mit Zusagen verknüpft; es muss in der Laufzeit bleiben. Entfernen Sie zuerst diese Verknüpfungen.", years[0])
}

// UpdateAgreement changes a draft.
func (s *AgreementService) UpdateAgreement(ctx context.Context, in koop.UpdateAgreementInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		a, c, err := tx.editableAgreement(in.ID, in.Version, errAgreementSigned)
		if err != nil {
			return nil, "", err
		}
		var ch koop.Changes
		title, body := a.Title, a.Body
		if in.Title != nil {
			if title, err = koop.RequireText("title", "Der Titel", *in.Title, 200); err != nil {
				return nil, "", err
			}
			ch.Set("title", a.Title, title)
		}
		if in.Body != nil {
			if body, err = koop.OptionalText("body", "Der Text", *in.Body, 50000); err != nil {
				return nil, "", err
			}
			ch.Set("body", a.Body, body)
		}
		from, until := a.ValidFrom, a.ValidUntil
		if in.ValidFrom != nil {
			from = *in.ValidFrom
		}
		if in.ClearValidUntil != nil && *in.ClearValidUntil {
			until = nil
		} else if in.ValidUntil != nil {
			until = in.ValidUntil
		}
		if from, until, err = checkAgreementDates(from, until); err != nil {
			return nil, "", err
		}
		ch.Set("validFrom", dateText(&a.ValidFrom), dateText(&from))
		ch.Set("validUntil", dateText(a.ValidUntil), dateText(until))
		if err := tx.checkFulfilmentYears(a.ID, from, until); err != nil {
			return nil, "", err
		}
		if in.Parties != nil {
			cur, err := tx.agreementByID(c, a.ID)
			if err != nil {
				return nil, "", err
			}
			old := make([]agreementParty, len(cur.Parties))
			for i, p := range cur.Parties {
				old[i] = agreementParty{partner: p.Partner, signatory: p.Signatory, signedOn: p.SignedOn}
			}
			parties, err := checkAgreementParties(c, in.Parties, tx.today())
			if err != nil {
				return nil, "", err
			}
			if err := tx.writeAgreementParties(c.ID, a.ID, parties); err != nil {
				return nil, "", err
			}
			ch.Set("parties", agreementPartiesText(old), agreementPartiesText(parties))
		}
		if err := tx.exec(`UPDATE agreements SET title = $2, body = $3, valid_from = $4, valid_until = $5, updated_at = $6, version = version + 1
			WHERE id = $1`, a.ID, title, body, from, until, tx.Now); err != nil {
			return nil, "", err
		}
		return c, a.ID, tx.audit(&c.ID, "agreement.update", "Agreement", a.ID, ch)
	})
}

// endPredecessor lets the signing of a successor end an open-ended predecessor: it is valid
// until the day before the successor begins (a successor always begins after it). A predecessor
// with an end date keeps it; an overlap is then refused as with any other agreement.
func (tx *Tx) endPredecessor(a *koop.Agreement) error {
	if a.PredecessorID == nil {
		return nil
	}
	var pre struct {
		ValidFrom  time.Time  `db:"valid_from"`
		ValidUntil *time.Time `db:"valid_until"`
		Status     string     `db:"status"`
	}
	if err := tx.get(&pre, `SELECT valid_from, valid_until, status FROM agreements WHERE id = $1 FOR UPDATE`, *a.PredecessorID); err != nil {
		return err
	}
	if pre.Status != string(koop.AgreementSigned) || pre.ValidUntil != nil || !pre.ValidFrom.Before(a.ValidFrom) {
		return nil
	}
	until := a.ValidFrom.AddDate(0, 0, -1)
	if err := tx.exec(`UPDATE agreements SET valid_until = $2, updated_at = $3, version = version + 1 WHERE id = $1`,
		*a.PredecessorID, until, tx.Now); err != nil {
		return err
	}
	var ch koop.Changes
	ch.Set("validUntil", nil, dateText(&until))
	return tx.audit(&a.CooperationID, "agreement.end_by_successor", "Agreement", *a.PredecessorID, ch)
}

// signedOverlap returns the signed agreement of the cooperation, other than a, whose validity
// overlaps from..until, or nil.
func (tx *Tx) signedOverlap(a *koop.Agreement) (*koop.Agreement, error) {
	var list []*koop.Agreement
	if err := tx.sel(&list, agreementSelect+` WHERE a.cooperation_id = $1 AND a.id <> $2 AND a.status = 'SIGNED'
			AND daterange(a.valid_from, a.valid_until, '[]') && daterange($3::date, $4::date, '[]')
		ORDER BY a.valid_from LIMIT 1`, a.CooperationID, a.ID, a.ValidFrom, a.ValidUntil); err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, nil
	}
	return list[0], nil
}

// errAgreementOverlap names the signed agreement whose validity is in the way.
func errAgreementOverlap(other *koop.Agreement) error {
	msg := "Die Laufzeit überschneidet sich mit einer anderen unterzeichneten Vereinbarung dieser Kooperation. Unterzeichnete Vereinbarungen dürfen sich nicht überschneiden."
	if other != nil {
		msg = fmt.Sprintf("Die Laufzeit überschneidet sich mit der unterzeichneten Vereinbarung „%s“ (%s). Unterzeichnete Vereinbarungen einer Kooperation dürfen sich nicht überschneiden.",
			other.Title, agreementPeriod(other.ValidFrom, other.ValidUntil))
		if other.ValidUntil == nil {
			msg += " Eine unbefristete Vereinbarung überschneidet sich mit jeder, die später beginnt."
		} else {
			msg += fmt.Sprintf(" Bitte lassen Sie diese Vereinbarung frühestens am %s beginnen.", other.ValidUntil.AddDate(0, 0, 1).Format("02.01.2006"))
		}
	}
	return koop.Errorf(koop.ECONFLICT, "%s", msg)
}

// isOverlapViolation reports whether err is the database refusing two overlapping signed
// agreements (the exclusion constraint, SQLSTATE 23P01).
func isOverlapViolation(err error) bool {
	var pqErr *pq.Error
	return errors.As(err, &pqErr) && pqErr.Code == "23P01"
}

// SignAgreement records the signature of a complete draft.
func (s *AgreementService) SignAgreement(ctx context.Context, in koop.SignAgreementInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		a, c, err := tx.agreementFor(in.ID, true, koop.PermSignAgreement)
		if err != nil {
			return nil, "", err
		}
		if err := checkVersion(in.Version, a.Version, "Die Vereinbarung"); err != nil {
			return nil, "", err
		}
		if a.Status != koop.AgreementDraft {
			return nil, "", koop.Errorf(koop.ECONFLICT, "Die Vereinbarung ist bereits unterzeichnet.")
		}
		full, err := tx.agreementByID(c, a.ID)
		if err != nil {
			return nil, "", err
		}
		if len(full.Parties) == 0 {
			return nil, "", koop.FieldErrorf(koop.EINVALID, "parties", "Die Vereinbarung hat keine Vertragsparteien.")
		}
		for i, p := range full.Parties {
			if p.Signatory == "" || p.SignedOn == nil {
				return nil, "", koop.FieldErrorf(koop.EINVALID, fmt.Sprintf("parties.%d", i),
					"Für %s fehlen noch die unterzeichnende Person oder das Datum der Unterzeichnung.", p.Partner.Organisation.Name)
			}
		}
		if err := tx.endPredecessor(a); err != nil {
			return nil, "", err
		}
		other, err := tx.signedOverlap(a)
		if err != nil {
			return nil, "", err
		}
		if other != nil {
			return nil, "", errAgreementOverlap(other)
		}
		// Two overlapping drafts signed at the same moment both pass the check above; the
		// exclusion constraint refuses the later one, and the savepoint keeps the transaction
		// usable to name the winner.
		if err := tx.exec(`SAVEPOINT agreement_sign`); err != nil {
			return nil, "", err
		}
		err = tx.exec(`UPDATE agreements SET status = 'SIGNED', signed_at = $2, signed_by = $3, updated_at = $2, version = version + 1
			WHERE id = $1`, a.ID, tx.Now, tx.actorID())
		if isOverlapViolation(err) {
			if err := tx.exec(`ROLLBACK TO SAVEPOINT agreement_sign`); err != nil {
				return nil, "", err
			}
			other, err := tx.signedOverlap(a)
			if err != nil {
				return nil, "", err
			}
			return nil, "", errAgreementOverlap(other)
		}
		if err != nil {
			return nil, "", err
		}
		var ch koop.Changes
		ch.Set("status", a.Status, koop.AgreementSigned)
		ch.Set("signedAt", nil, tx.Now)
		return c, a.ID, tx.audit(&c.ID, "agreement.sign", "Agreement", a.ID, ch)
	})
}

// DeleteAgreement deletes a draft with its commitments and their links.
func (s *AgreementService) DeleteAgreement(ctx context.Context, in koop.DeleteAgreementInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		a, c, err := tx.editableAgreement(in.ID, in.Version, func() error {
			return koop.Errorf(koop.ECONFLICT, "Eine unterzeichnete Vereinbarung kann nicht gelöscht werden.")
		})
		if err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM agreements WHERE id = $1`, a.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", a.Title, nil)
		ch.Set("validFrom", dateText(&a.ValidFrom), nil)
		ch.Set("validUntil", dateText(a.ValidUntil), nil)
		return tx.audit(&c.ID, "agreement.delete", "Agreement", a.ID, ch)
	})
}

// CreateSuccessorAgreement drafts the successor of a signed agreement with its parties (not
// yet signed) and its open commitments; the predecessor keeps its commitments and their
// fulfilments, its history.
func (s *AgreementService) CreateSuccessorAgreement(ctx context.Context, in koop.CreateSuccessorAgreementInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		p, c, err := tx.agreementFor(in.PredecessorID, true, koop.PermManageStrategy)
		if err != nil {
			return nil, "", err
		}
		if p.Status != koop.AgreementSigned {
			return nil, "", koop.FieldErrorf(koop.ECONFLICT, "predecessorId", "Nur eine unterzeichnete Vereinbarung kann eine Nachfolgerin bekommen; „%s“ ist noch ein Entwurf.", p.Title)
		}
		if p.SuccessorID != nil {
			return nil, "", koop.FieldErrorf(koop.ECONFLICT, "predecessorId", "Die Vereinbarung „%s“ hat bereits eine Nachfolgerin; bitte bearbeiten Sie diese.", p.Title)
		}
		title, err := koop.RequireText("title", "Der Titel", in.Title, 200)
		if err != nil {
			return nil, "", err
		}
		var from time.Time
		switch {
		case in.ValidFrom != nil:
			from = agreementDay(*in.ValidFrom)
			if !from.After(p.ValidFrom) {
				return nil, "", koop.FieldErrorf(koop.EINVALID, "validFrom", "Die Nachfolgerin muss nach dem Beginn ihrer Vorgängerin (%s) beginnen.", p.ValidFrom.Format("02.01.2006"))
			}
		case p.ValidUntil != nil:
			from = p.ValidUntil.AddDate(0, 0, 1)
		default:
			return nil, "", koop.FieldErrorf(koop.EINVALID, "validFrom",
				"Die Vereinbarung „%s“ ist unbefristet: Bitte geben Sie an, ab wann die Nachfolgerin gilt. Mit ihrer Unterzeichnung endet „%s“ am Vortag.", p.Title, p.Title)
		}
		from, until, err := checkAgreementDates(from, in.ValidUntil)
		if err != nil {
			return nil, "", err
		}
		old, err := tx.agreementByID(c, p.ID)
		if err != nil {
			return nil, "", err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO agreements (cooperation_id, title, body, valid_from, valid_until, predecessor_id, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`, c.ID, title, p.Body, from, until, p.ID, tx.Now); err != nil {
			return nil, "", err
		}
		if err := tx.exec(`INSERT INTO agreement_parties (agreement_id, partner_id, cooperation_id, position)
			SELECT $1, partner_id, cooperation_id, position FROM agreement_parties WHERE agreement_id = $2`, id, p.ID); err != nil {
			return nil, "", err
		}
		var carried []string
		for _, k := range old.Commitments {
			if !commitmentOpen(k) {
				continue
			}
			carried = append(carried, k.Title)
			if err := tx.exec(`INSERT INTO commitments (cooperation_id, agreement_id, position, title, description, recurring, carried_from_id, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`, c.ID, id, len(carried), k.Title, k.Description, k.Recurring, k.ID, tx.Now); err != nil {
				return nil, "", err
			}
		}
		var ch koop.Changes
		ch.Set("title", nil, title)
		ch.Set("predecessorId", nil, p.ID)
		ch.Set("validFrom", nil, dateText(&from))
		ch.Set("validUntil", nil, dateText(until))
		if len(carried) > 0 {
			ch.Set("carriedCommitments", nil, strings.Join(carried, "; "))
		}
		return c, id, tx.audit(&c.ID, "agreement.create_successor", "Agreement", id, ch)
	})
}

// commitmentOpen reports whether a successor takes the commitment over: a recurring one always,
// a one-off one while no measure fulfilled it in any year.
func commitmentOpen(k *koop.Commitment) bool {
	if k.Recurring {
		return true
	}
	for _, y := range k.Years {
		if commitmentDone(y.Fulfilments) {
			return false
		}
	}
	return true
}
