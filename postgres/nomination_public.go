package postgres

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// The public nomination page works without login, like the public RSVP: it reads and writes
// nothing but its own cycle, answers every unknown, malformed or unpublished (DRAFT) cycle alike,
// and limits submissions per address and per cycle.

func errPublicFormNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Diese Nominierungsseite gibt es nicht.")
}

// The rate-limit rows of the public page in public_submissions: one per submission and address,
// and one per submission and cycle (its ID as the address).
const (
	publicNominationKind      = "nomination"
	publicNominationCycleKind = "nomination_cycle"
)

// publicCycle loads a published cycle for the public page; anything else is not found.
func (tx *Tx) publicCycle(id string, lock bool) (*nomCycle, error) {
	if !validID(id) {
		return nil, errPublicFormNotFound()
	}
	y, err := tx.nomCycleRow(id, nil, lock)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errPublicFormNotFound()
	}
	if err != nil {
		return nil, err
	}
	if y.Phase == koop.PhaseDraft {
		return nil, errPublicFormNotFound()
	}
	return y, nil
}

// PublicNominationForm returns the public page's view of a cycle.
func (s *NominationService) PublicNominationForm(ctx context.Context, cycleID string) (*koop.PublicNominationForm, error) {
	var out *koop.PublicNominationForm
	err := s.db.read(ctx, func(tx *Tx) error {
		y, err := tx.publicCycle(cycleID, false)
		if err != nil {
			return err
		}
		out = &koop.PublicNominationForm{CycleID: y.ID, CooperationID: y.CooperationID, ProgrammeName: y.ProgrammeName, Title: y.Title,
			Categories: y.categories(), ClosesAt: y.ClosesAt, Open: koop.CheckNominationOpen(y.Phase, y.ClosesAt, tx.Now) == nil}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// publicRateLimit refuses a submission beyond the limits per address and hour and per cycle
// and day, and records this one. An advisory lock on the address makes its count exact when
// the same sender submits in parallel.
func (tx *Tx) publicRateLimit(address, cycleID string) error {
	if err := tx.exec(`SELECT pg_advisory_xact_lock(hashtext('public_nomination:' || $1))`, address); err != nil {
		return err
	}
	var n struct {
		Address int `db:"per_address"`
		Cycle   int `db:"per_cycle"`
	}
	if err := tx.get(&n, `SELECT
		(SELECT count(*) FROM public_submissions WHERE kind = $1 AND address = $2 AND at > $5) AS per_address,
		(SELECT count(*) FROM public_submissions WHERE kind = $3 AND address = $4 AND at > $6) AS per_cycle`,
		publicNominationKind, address, publicNominationCycleKind, cycleID, tx.Now.Add(-time.Hour), tx.Now.Add(-24*time.Hour)); err != nil {
		return err
	}
	if n.Address >= koop.PublicNominationsPerAddressHour || n.Cycle >= koop.PublicNominationsPerCycleDay {
		return koop.Errorf(koop.EINVALID, "Es wurden zu viele Nominierungen von Ihrem Anschluss gesendet. Bitte versuchen Sie es in einer Stunde erneut.")
	}
	// Rows older than the longest window count for nothing.
	return tx.exec(`WITH old AS (DELETE FROM public_submissions WHERE kind IN ($1, $3) AND at < $6)
		INSERT INTO public_submissions (kind, address, at) VALUES ($1, $2, $5), ($3, $4, $5)`,
		publicNominationKind, address, publicNominationCycleKind, cycleID, tx.Now, tx.Now.Add(-48*time.Hour))
}

// fakeReference is what a filled spam trap is answered with: a reference like a real one.
func fakeReference() string {
	b := make([]byte, 4)
	rand.Read(b)
	return "N-" + strings.ToUpper(hex.EncodeToString(b))
}

// SubmitPublicNomination stores a nomination from the public page, all of it in one
// transaction: the company as an organisation (the existing one of the same name), the
// nominator as a contact on their consent, the nomination and its documents.
func (s *NominationService) SubmitPublicNomination(ctx context.Context, address string, in koop.PublicNomination) (*koop.PublicNominationPayload, error) {
	var out *koop.PublicNominationPayload
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, err := tx.publicCycle(in.CycleID, true)
		if err != nil {
			return err
		}
		if err := koop.CheckNominationOpen(y.Phase, y.ClosesAt, tx.Now); err != nil {
			return err
		}
		address = strings.TrimSpace(address)
		if address == "" {
			address = "unbekannt"
		}
		if err := tx.publicRateLimit(address, y.ID); err != nil {
			return err
		}
		if in.SpamTrapped() {
			out = &koop.PublicNominationPayload{Reference: fakeReference()}
			return nil
		}
		if err := in.Validate(y.categories()); err != nil {
			return err
		}
		orgID, orgName, err := tx.nomCompany(y.CooperationID, in.Company)
		if err != nil {
			return err
		}
		// A company already nominated in the category: the nomination stands, the sender hears
		// only that it was received.
		if dup, err := tx.nomDuplicate(y.ID, orgID, in.Category, ""); err != nil {
			return err
		} else if dup != "" {
			out = &koop.PublicNominationPayload{Reference: koop.NominationReference(dup)}
			return nil
		}
		contactID, err := tx.nomNominator(y.CooperationID, in.Nominator, koop.LegalBasisConsent)
		if err != nil {
			return err
		}
		id, err := tx.insertNomination(y, orgID, in.Category, &contactID, in.Justification, koop.SourcePublic, nil)
		if err != nil {
			return err
		}
		subj := koop.Subject{Kind: koop.SubjectNomination, ID: id}
		for _, f := range in.Files {
			f.Subject = subj
			if _, err := tx.storeAttachment(y.CooperationID, "nomination_id", f, nil); err != nil {
				if e := (*koop.Error)(nil); errors.As(err, &e) && e.Code == koop.EINVALID {
					return koop.FieldErrorf(koop.EINVALID, "files", "„%s“: %s", koop.CleanFileName(f.FileName), e.Message)
				}
				return err
			}
		}
		var ch koop.Changes
		ch.Set("cycleId", nil, y.ID)
		ch.Set("organisationId", nil, orgID)
		ch.Set("companyName", nil, orgName)
		ch.Set("category", nil, in.Category)
		ch.Set("nominatorContactId", nil, contactID)
		ch.Set("source", nil, string(koop.SourcePublic))
		ch.Set("files", nil, len(in.Files))
		ch.Redact("justification")
		if err := tx.audit(&y.CooperationID, "award_nomination.public", "Nomination", id, ch); err != nil {
			return err
		}
		out = &koop.PublicNominationPayload{Reference: koop.NominationReference(id)}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
