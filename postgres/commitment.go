package postgres

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// Commitments of agreements and the measures that fulfil them, per year. Every change locks
// the agreement's row first (agreementRow), so changes to one agreement happen one after the
// other and positions stay 1..n.

func errCommitmentNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Zusage wurde nicht gefunden.")
}

// errCommitmentsFixed refuses a change to the commitments of a signed agreement.
func errCommitmentsFixed() error {
	return koop.Errorf(koop.ECONFLICT, "Die Zusagen einer unterzeichneten Vereinbarung können nicht mehr geändert werden.")
}

// commitmentFor locates a commitment, locks its agreement and checks access, then reads the
// commitment as it stands under the lock.
func (tx *Tx) commitmentFor(id string, p koop.Permission) (*koop.Commitment, *koop.Agreement, *koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, nil, nil, err
	}
	if !validID(id) {
		return nil, nil, nil, errCommitmentNotFound()
	}
	var agreementID string
	err := tx.get(&agreementID, `SELECT agreement_id FROM commitments WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil, errCommitmentNotFound()
	}
	if err != nil {
		return nil, nil, nil, err
	}
	a, c, err := tx.agreementRow(agreementID, true, p, errCommitmentNotFound())
	if err != nil {
		return nil, nil, nil, err
	}
	var k koop.Commitment
	err = tx.get(&k, `SELECT id, agreement_id, position, title, description, recurring, carried_from_id, version
		FROM commitments WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil, errCommitmentNotFound()
	}
	if err != nil {
		return nil, nil, nil, err
	}
	return &k, a, c, nil
}

// editableCommitment is commitmentFor for a change to a commitment of a draft, read at version.
func (tx *Tx) editableCommitment(id string, version int) (*koop.Commitment, *koop.Agreement, *koop.Cooperation, error) {
	k, a, c, err := tx.commitmentFor(id, koop.PermManageStrategy)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := checkVersion(version, k.Version, "Die Zusage"); err != nil {
		return nil, nil, nil, err
	}
	if a.Status != koop.AgreementDraft {
		return nil, nil, nil, errCommitmentsFixed()
	}
	return k, a, c, nil
}

// touchAgreement bumps the version of an agreement whose commitments changed, so that whoever
// signs or edits it on the strength of an older reading gets a conflict.
func (tx *Tx) touchAgreement(id string) error {
	return tx.exec(`UPDATE agreements SET version = version + 1, updated_at = $2 WHERE id = $1`, id, tx.Now)
}

// renumberCommitments sets the positions of an agreement's commitments to 1..n in the order given.
func (tx *Tx) renumberCommitments(agreementID string, ids []string) error {
	return tx.exec(`UPDATE commitments k SET position = u.pos
		FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, pos)
		WHERE k.id = u.id AND k.agreement_id = $1 AND k.position <> u.pos`, agreementID, pq.Array(ids))
}

// commitmentIDs returns the IDs of an agreement's commitments in position order.
func (tx *Tx) commitmentIDs(agreementID string) ([]string, error) {
	var ids []string
	err := tx.sel(&ids, `SELECT id FROM commitments WHERE agreement_id = $1 ORDER BY position, id`, agreementID)
	return ids, err
}

// CreateCommitment adds a commitment at the end of a draft agreement.
func (s *AgreementService) CreateCommitment(ctx context.Context, in koop.CreateCommitmentInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		a, c, err := tx.agreementFor(in.AgreementID, true, koop.PermManageStrategy)
		if err != nil {
			return nil, "", err
		}
		if a.Status != koop.AgreementDraft {
			return nil, "", errCommitmentsFixed()
		}
		title, err := koop.RequireText("title", "Der Titel", in.Title, 300)
		if err != nil {
			return nil, "", err
		}
		desc := ""
		if in.Description != nil {
			if desc, err = koop.OptionalText("description", "Die Beschreibung", *in.Description, 5000); err != nil {
				return nil, "", err
			}
		}
		recurring := in.Recurring == nil || *in.Recurring
		var id string
		if err := tx.get(&id, `INSERT INTO commitments (cooperation_id, agreement_id, position, title, description, recurring, created_at, updated_at)
			VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM commitments WHERE agreement_id = $2), $3, $4, $5, $6, $6)
			RETURNING id`, c.ID, a.ID, title, desc, recurring, tx.Now); err != nil {
			return nil, "", err
		}
		if err := tx.touchAgreement(a.ID); err != nil {
			return nil, "", err
		}
		var ch koop.Changes
		ch.Set("agreementId", nil, a.ID)
		ch.Set("title", nil, title)
		ch.Set("description", nil, desc)
		ch.Set("recurring", nil, recurring)
		return c, a.ID, tx.audit(&c.ID, "commitment.create", "Commitment", id, ch)
	})
}

// UpdateCommitment changes a commitment of a draft agreement; a new position moves it and
// renumbers the others.
func (s *AgreementService) UpdateCommitment(ctx context.Context, in koop.UpdateCommitmentInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		k, a, c, err := tx.editableCommitment(in.ID, in.Version)
		if err != nil {
			return nil, "", err
		}
		var ch koop.Changes
		title, desc, recurring := k.Title, k.Description, k.Recurring
		if in.Title != nil {
			if title, err = koop.RequireText("title", "Der Titel", *in.Title, 300); err != nil {
				return nil, "", err
			}
			ch.Set("title", k.Title, title)
		}
		if in.Description != nil {
			if desc, err = koop.OptionalText("description", "Die Beschreibung", *in.Description, 5000); err != nil {
				return nil, "", err
			}
			ch.Set("description", k.Description, desc)
		}
		if in.Recurring != nil {
			recurring = *in.Recurring
			ch.Set("recurring", k.Recurring, recurring)
		}
		if in.Position != nil && *in.Position != k.Position {
			ids, err := tx.commitmentIDs(a.ID)
			if err != nil {
				return nil, "", err
			}
			pos := *in.Position
			if pos < 1 || pos > len(ids) {
				return nil, "", koop.FieldErrorf(koop.EINVALID, "position", "Die Position muss zwischen 1 und %d liegen.", len(ids))
			}
			moved := make([]string, 0, len(ids))
			for _, id := range ids {
				if id != k.ID {
					moved = append(moved, id)
				}
			}
			moved = append(moved[:pos-1], append([]string{k.ID}, moved[pos-1:]...)...)
			if err := tx.renumberCommitments(a.ID, moved); err != nil {
				return nil, "", err
			}
			ch.Set("position", k.Position, pos)
		}
		if err := tx.exec(`UPDATE commitments SET title = $2, description = $3, recurring = $4, updated_at = $5, version = version + 1
			WHERE id = $1`, k.ID, title, desc, recurring, tx.Now); err != nil {
			return nil, "", err
		}
		if err := tx.touchAgreement(a.ID); err != nil {
			return nil, "", err
		}
		return c, a.ID, tx.audit(&c.ID, "commitment.update", "Commitment", k.ID, ch)
	})
}

// DeleteCommitment removes a commitment (and its links) from a draft agreement.
func (s *AgreementService) DeleteCommitment(ctx context.Context, in koop.DeleteCommitmentInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		k, a, c, err := tx.editableCommitment(in.ID, in.Version)
		if err != nil {
			return nil, "", err
		}
		if err := tx.exec(`DELETE FROM commitments WHERE id = $1`, k.ID); err != nil {
			return nil, "", err
		}
		ids, err := tx.commitmentIDs(a.ID)
		if err != nil {
			return nil, "", err
		}
		if err := tx.renumberCommitments(a.ID, ids); err != nil {
			return nil, "", err
		}
		if err := tx.touchAgreement(a.ID); err != nil {
			return nil, "", err
		}
		var ch koop.Changes
		ch.Set("agreementId", a.ID, nil)
		ch.Set("title", k.Title, nil)
		return c, a.ID, tx.audit(&c.ID, "commitment.delete", "Commitment", k.ID, ch)
	})
}

// fulfilmentTarget is a measure checked for linking: its column and the year it counts for.
type fulfilmentTarget struct {
	column string
	year   int
	noun   string
}

// fulfilmentTargetOf checks that the measure belongs to the cooperation and finds its year: an
// event's is the Berlin year of its start, a cycle's its own, a workstream's the one given,
// within its dates.
func (tx *Tx) fulfilmentTargetOf(cooperationID string, in koop.AddFulfilmentInput) (*fulfilmentTarget, error) {
	wrongYear := func(what string, year int) error {
		return koop.FieldErrorf(koop.EINVALID, "year", "%s gehört zum Jahr %d; sie kann nur für dieses Jahr verknüpft werden.", what, year)
	}
	switch in.Kind {
	case koop.FulfilmentEvent:
		year, err := tx.startYear("events", cooperationID, in.MeasureID, "Die Veranstaltung wurde in dieser Kooperation nicht gefunden.")
		if err != nil {
			return nil, err
		}
		if in.Year != nil && *in.Year != year {
			return nil, wrongYear("Die Veranstaltung", year)
		}
		return &fulfilmentTarget{column: "event_id", year: year, noun: "Diese Veranstaltung"}, nil
	case koop.FulfilmentAwardCycle:
		notFound := koop.FieldErrorf(koop.EINVALID, "measureId", "Die Preisrunde wurde in dieser Kooperation nicht gefunden.")
		if !validID(in.MeasureID) {
			return nil, notFound
		}
		var year int
		err := tx.get(&year, `SELECT year FROM award_cycles WHERE id = $1 AND cooperation_id = $2`, in.MeasureID, cooperationID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, notFound
		}
		if err != nil {
			return nil, err
		}
		if in.Year != nil && *in.Year != year {
			return nil, wrongYear("Die Preisrunde", year)
		}
		return &fulfilmentTarget{column: "award_cycle_id", year: year, noun: "Diese Preisrunde"}, nil
	case koop.FulfilmentWorkstream:
		notFound := koop.FieldErrorf(koop.EINVALID, "measureId", "Das Projekt wurde in dieser Kooperation nicht gefunden.")
		if !validID(in.MeasureID) {
			return nil, notFound
		}
		var w struct {
			StartsOn time.Time  `db:"starts_on"`
			EndsOn   *time.Time `db:"ends_on"`
		}
		err := tx.get(&w, `SELECT starts_on, ends_on FROM workstreams WHERE id = $1 AND cooperation_id = $2`, in.MeasureID, cooperationID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, notFound
		}
		if err != nil {
			return nil, err
		}
		if in.Year == nil {
			return nil, koop.FieldErrorf(koop.EINVALID, "year", "Bitte geben Sie an, für welches Jahr das Projekt die Zusage erfüllt.")
		}
		if *in.Year < w.StartsOn.Year() || (w.EndsOn != nil && *in.Year > w.EndsOn.Year()) {
			return nil, koop.FieldErrorf(koop.EINVALID, "year", "Das Projekt läuft %s; das Jahr %d liegt außerhalb.",
				agreementPeriod(w.StartsOn, w.EndsOn), *in.Year)
		}
		return &fulfilmentTarget{column: "workstream_id", year: *in.Year, noun: "Dieses Projekt"}, nil
	case koop.FulfilmentRetreat:
		// a retreat counts for the year it is held in
		year, err := tx.startYear("retreats", cooperationID, in.MeasureID, "Die Klausur wurde in dieser Kooperation nicht gefunden.")
		if err != nil {
			return nil, err
		}
		if in.Year != nil && *in.Year != year {
			return nil, wrongYear("Die Klausur", year)
		}
		return &fulfilmentTarget{column: "retreat_id", year: year, noun: "Diese Klausur"}, nil
	}
	return nil, koop.FieldErrorf(koop.EINVALID, "kind", "Bitte wählen Sie eine Veranstaltung, eine Preisrunde, ein Projekt oder eine Klausur.")
}

// startYear is the Berlin year in which an event or a retreat of the cooperation starts; an
// unknown or malformed ID is refused on measureId with notFound.
func (tx *Tx) startYear(table, cooperationID, id, notFound string) (int, error) {
	refused := koop.FieldErrorf(koop.EINVALID, "measureId", "%s", notFound)
	if !validID(id) {
		return 0, refused
	}
	var startsAt time.Time
	err := tx.get(&startsAt, `SELECT starts_at FROM `+table+` WHERE id = $1 AND cooperation_id = $2`, id, cooperationID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, refused
	}
	if err != nil {
		return 0, err
	}
	return startsAt.In(koop.Berlin).Year(), nil
}

// AddFulfilment links a measure to a commitment for a year, on a draft or a signed agreement.
func (s *AgreementService) AddFulfilment(ctx context.Context, in koop.AddFulfilmentInput) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		k, a, c, err := tx.commitmentFor(in.CommitmentID, koop.PermManageStrategy)
		if err != nil {
			return nil, "", err
		}
		m, err := tx.fulfilmentTargetOf(c.ID, in)
		if err != nil {
			return nil, "", err
		}
		if m.year < a.ValidFrom.Year() || (a.ValidUntil != nil && m.year > a.ValidUntil.Year()) {
			return nil, "", koop.FieldErrorf(koop.EINVALID, "year", "Das Jahr %d liegt außerhalb der Laufzeit der Vereinbarung (%s).",
				m.year, agreementPeriod(a.ValidFrom, a.ValidUntil))
		}
		// An event or a cycle fulfils a commitment once; a workstream once per year. The unique
		// indexes say the same; checking first gives the clearer message.
		var linked bool
		if err := tx.get(&linked, `SELECT EXISTS (SELECT 1 FROM commitment_fulfilments
			WHERE commitment_id = $1 AND `+m.column+` = $2 AND ($3 OR year = $4))`,
			k.ID, in.MeasureID, m.column != "workstream_id", m.year); err != nil {
			return nil, "", err
		}
		if linked {
			if m.column == "workstream_id" {
				return nil, "", koop.FieldErrorf(koop.ECONFLICT, "measureId", "%s ist mit der Zusage für %d bereits verknüpft.", m.noun, m.year)
			}
			return nil, "", koop.FieldErrorf(koop.ECONFLICT, "measureId", "%s ist mit der Zusage bereits verknüpft.", m.noun)
		}
		var id string
		if err := tx.get(&id, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, `+m.column+`, created_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`, c.ID, k.ID, m.year, in.MeasureID, tx.Now); err != nil {
			return nil, "", err
		}
		var ch koop.Changes
		ch.Set("commitmentId", nil, k.ID)
		ch.Set("kind", nil, string(in.Kind))
		ch.Set("measureId", nil, in.MeasureID)
		ch.Set("year", nil, strconv.Itoa(m.year))
		return c, a.ID, tx.audit(&c.ID, "commitment_fulfilment.add", "CommitmentFulfilment", id, ch)
	})
}

// RemoveFulfilment removes the link of a measure to a commitment.
func (s *AgreementService) RemoveFulfilment(ctx context.Context, id string) (*koop.Agreement, error) {
	return s.mutate(ctx, func(tx *Tx) (*koop.Cooperation, string, error) {
		notFound := koop.Errorf(koop.ENOTFOUND, "Die Verknüpfung wurde nicht gefunden.")
		if _, err := tx.actor(); err != nil {
			return nil, "", err
		}
		if !validID(id) {
			return nil, "", notFound
		}
		var link struct {
			CommitmentID string `db:"commitment_id"`
			Year         int    `db:"year"`
			MeasureID    string `db:"measure_id"`
			AgreementID  string `db:"agreement_id"`
			Kind         string `db:"kind"`
		}
		err := tx.get(&link, `SELECT f.commitment_id, f.year, coalesce(f.event_id, f.award_cycle_id, f.workstream_id, f.retreat_id) AS measure_id, k.agreement_id,
				CASE WHEN f.event_id IS NOT NULL THEN 'EVENT' WHEN f.award_cycle_id IS NOT NULL THEN 'AWARD_CYCLE'
					WHEN f.retreat_id IS NOT NULL THEN 'RETREAT' ELSE 'WORKSTREAM' END AS kind
			FROM commitment_fulfilments f JOIN commitments k ON k.id = f.commitment_id WHERE f.id = $1`, id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, "", notFound
		}
		if err != nil {
			return nil, "", err
		}
		a, c, err := tx.agreementRow(link.AgreementID, true, koop.PermManageStrategy, notFound)
		if err != nil {
			return nil, "", err
		}
		// Under the agreement's lock the link may since have gone.
		var gone bool
		if err := tx.get(&gone, `WITH d AS (DELETE FROM commitment_fulfilments WHERE id = $1 RETURNING 1)
			SELECT NOT EXISTS (SELECT 1 FROM d)`, id); err != nil {
			return nil, "", err
		}
		if gone {
			return nil, "", notFound
		}
		var ch koop.Changes
		ch.Set("commitmentId", link.CommitmentID, nil)
		ch.Set("kind", link.Kind, nil)
		ch.Set("measureId", link.MeasureID, nil)
		ch.Set("year", strconv.Itoa(link.Year), nil)
		return c, a.ID, tx.audit(&c.ID, "commitment_fulfilment.remove", "CommitmentFulfilment", id, ch)
	})
}
