package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Agreements in the role matrix: whoever reads the directory reads them; COORDINATOR and ADMIN
// draft them, edit their commitments and link measures; only an ADMIN records the signature.
// Agreements (and commitments, and links) do not exist for an EXTERNAL member, as goals and
// workstreams do not.
var (
	authzReadAgreement = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: koop.ENOTFOUND,
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzManageAgreement = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzSignAgreement = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: koop.EFORBIDDEN, authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

// The matrix's own agreements in the demo cooperation, far from any the demo seeds: a signed
// one (2040–2044) with a commitment linked to an event, and a draft (2045–2049) whose parties
// all signed, with two commitments.
const (
	authzAgSigned       = "a9ee0000-0000-4000-8000-000000000001"
	authzAgDraft        = "a9ee0000-0000-4000-8000-000000000002"
	authzAgSignedPromis = "a9ee0000-0000-4000-8000-000000000011"
	authzAgDraftPromise = "a9ee0000-0000-4000-8000-000000000012"
	authzAgLink         = "a9ee0000-0000-4000-8000-000000000021"
	authzAgLinkedEvent  = "a9ee0000-0000-4000-8000-000000000031"
	authzAgFreeEvent    = "a9ee0000-0000-4000-8000-000000000032"
)

// authzAgreementPrepare inserts the matrix's agreements.
func authzAgreementPrepare(t *testing.T, f *authzFixture, actor string) {
	t.Helper()
	now, demo := f.db.Clock.T, pgtest.DemoCooperationID
	for _, s := range []struct {
		query string
		args  []any
	}{
		{`INSERT INTO agreements (id, cooperation_id, title, valid_from, valid_until, status, signed_at, created_at, updated_at) VALUES
			($1, $3, 'Matrix-Vereinbarung 2040–2044', '2040-01-01', '2044-12-31', 'SIGNED', $4, $4, $4),
			($2, $3, 'Matrix-Entwurf 2045–2049', '2045-01-01', '2049-12-31', 'DRAFT', NULL, $4, $4)`,
			[]any{authzAgSigned, authzAgDraft, demo, now}},
		{`INSERT INTO agreement_parties (agreement_id, partner_id, cooperation_id, signatory, signed_on, position)
			SELECT a.id, p.id, p.cooperation_id, 'Person ' || p.position, '2026-01-15', p.position
			FROM partners p CROSS JOIN (VALUES ($1::uuid), ($2::uuid)) AS a(id) WHERE p.cooperation_id = $3`,
			[]any{authzAgSigned, authzAgDraft, demo}},
		{`INSERT INTO commitments (id, cooperation_id, agreement_id, position, title, recurring, created_at, updated_at) VALUES
			($1, $4, $5, 1, 'Wirtschaftsdinner gemeinsam fortführen', true, $7, $7),
			($2, $4, $6, 1, 'Investitionsmesse veranstalten', false, $7, $7),
			($3, $4, $6, 2, 'Einmal pro Jahr in Klausur gehen', true, $7, $7)`,
			[]any{authzAgSignedPromis, authzAgDraftPromise, "a9ee0000-0000-4000-8000-000000000013", demo, authzAgSigned, authzAgDraft, now}},
		{`INSERT INTO events (id, cooperation_id, title, starts_at, ends_at, lead_partner_id, status, created_at, updated_at) VALUES
			($1, $3, 'Wirtschaftsdinner 2041', '2041-09-12 16:00:00+00', '2041-09-12 20:00:00+00', $4, 'PLANNING', $5, $5),
			($2, $3, 'Wirtschaftsdinner 2042', '2042-09-11 16:00:00+00', '2042-09-11 20:00:00+00', $4, 'IDEA', $5, $5)`,
			[]any{authzAgLinkedEvent, authzAgFreeEvent, demo, pgtest.DemoBAPartnerID, now}},
		{`INSERT INTO commitment_fulfilments (id, cooperation_id, commitment_id, year, event_id, created_at) VALUES ($1, $2, $3, 2041, $4, $5)`,
			[]any{authzAgLink, demo, authzAgSignedPromis, authzAgLinkedEvent, now}},
	} {
		if _, err := f.db.SQL.Exec(s.query, s.args...); err != nil {
			t.Fatalf("prepare agreements: %v", err)
		}
	}
}

func init() {
	agreements := func(f *authzFixture) *postgres.AgreementService { return postgres.NewAgreementService(f.db.DB) }
	agreementRows := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT string_agg(id || ':' || title || ':' || status || ':' || version, ',' ORDER BY id) FROM agreements`)
	}
	commitmentRows := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(id || ':' || position || ':' || title || ':' || version, ',' ORDER BY id), '') FROM commitments`)
	}
	links := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM commitment_fulfilments`)
	}
	// checkSigned checks what a reader sees of the signed agreement.
	checkSigned := func(t *testing.T, a *koop.Agreement, actor string) {
		t.Helper()
		if a.Status != koop.AgreementSigned || len(a.Years) != 5 || len(a.Parties) != 3 || len(a.Commitments) != 1 ||
			len(a.Commitments[0].Years) != 5 || len(a.Commitments[0].Years[1].Fulfilments) != 1 || a.CanSign ||
			a.CanManage != (authzManageAgreement[actor] == "") {
			t.Errorf("signed agreement as %s: %+v", actor, a)
		}
	}
	authzOps = append(authzOps,
		authzOp{
			name: "Agreements", policy: authzReadAgreement, prepare: authzAgreementPrepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				l, err := agreements(f).Agreements(ctx, pgtest.DemoCooperationID)
				if err != nil {
					return err
				}
				if want := f.db.Count(t, `SELECT count(*) FROM agreements WHERE cooperation_id = $1`, pgtest.DemoCooperationID); len(l) != want {
					t.Errorf("agreements: %d, want %d", len(l), want)
				}
				seen := 0
				for _, a := range l {
					switch a.ID {
					case authzAgSigned:
						seen++
						checkSigned(t, a, actor)
					case authzAgDraft:
						seen++
						if a.CanSign != (authzSignAgreement[actor] == "") || len(a.Commitments) != 2 {
							t.Errorf("draft as %s: canSign %v, %d commitments", actor, a.CanSign, len(a.Commitments))
						}
					}
				}
				if seen != 2 {
					t.Errorf("the matrix's agreements are missing from %d listed", len(l))
				}
				return nil
			},
		},
		authzOp{
			name: "Agreement", policy: authzReadAgreement, prepare: authzAgreementPrepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				a, err := agreements(f).Agreement(ctx, authzAgSigned)
				if err == nil {
					checkSigned(t, a, actor)
				}
				return err
			},
		},
		authzOp{
			name: "CreateAgreement", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "agreement.create", state: agreementRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).CreateAgreement(ctx, koop.CreateAgreementInput{CooperationID: pgtest.DemoCooperationID,
					Title: "Matrix-Entwurf 2050", ValidFrom: agDate(2050, 1, 1)})
				return err
			},
		},
		authzOp{
			name: "UpdateAgreement", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "agreement.update", state: agreementRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).UpdateAgreement(ctx, koop.UpdateAgreementInput{ID: authzAgDraft,
					Version: authzVersion(t, f.db, "agreements", authzAgDraft), Title: authzPtr("Matrix-Entwurf, überarbeitet")})
				return err
			},
		},
		authzOp{
			name: "SignAgreement", policy: authzSignAgreement, prepare: authzAgreementPrepare, action: "agreement.sign", state: agreementRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).SignAgreement(ctx, koop.SignAgreementInput{ID: authzAgDraft, Version: authzVersion(t, f.db, "agreements", authzAgDraft)})
				return err
			},
		},
		authzOp{
			name: "DeleteAgreement", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "agreement.delete", state: agreementRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return agreements(f).DeleteAgreement(ctx, koop.DeleteAgreementInput{ID: authzAgDraft, Version: authzVersion(t, f.db, "agreements", authzAgDraft)})
			},
		},
		authzOp{
			name: "CreateSuccessorAgreement", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "agreement.create_successor", state: agreementRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				a, err := agreements(f).CreateSuccessorAgreement(ctx, koop.CreateSuccessorAgreementInput{PredecessorID: authzAgSigned, Title: "Matrix-Nachfolge"})
				if err == nil && (len(a.Commitments) != 1 || a.ValidFrom.Year() != 2045) {
					t.Errorf("successor: %d commitments, from %s", len(a.Commitments), a.ValidFrom)
				}
				return err
			},
		},
		authzOp{
			name: "CreateCommitment", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "commitment.create", state: commitmentRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).CreateCommitment(ctx, koop.CreateCommitmentInput{AgreementID: authzAgDraft, Title: "Fachkräfte sichern"})
				return err
			},
		},
		authzOp{
			name: "UpdateCommitment", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "commitment.update", state: commitmentRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).UpdateCommitment(ctx, koop.UpdateCommitmentInput{ID: authzAgDraftPromise,
					Version: authzVersion(t, f.db, "commitments", authzAgDraftPromise), Position: authzPtr(2)})
				return err
			},
		},
		authzOp{
			name: "DeleteCommitment", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "commitment.delete", state: commitmentRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).DeleteCommitment(ctx, koop.DeleteCommitmentInput{ID: authzAgDraftPromise,
					Version: authzVersion(t, f.db, "commitments", authzAgDraftPromise)})
				return err
			},
		},
		authzOp{
			name: "AddFulfilment", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "commitment_fulfilment.add", state: links,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).AddFulfilment(ctx, koop.AddFulfilmentInput{CommitmentID: authzAgSignedPromis, Kind: koop.FulfilmentEvent,
					MeasureID: authzAgFreeEvent})
				return err
			},
		},
		authzOp{
			name: "RemoveFulfilment", policy: authzManageAgreement, prepare: authzAgreementPrepare, action: "commitment_fulfilment.remove", state: links,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := agreements(f).RemoveFulfilment(ctx, authzAgLink)
				return err
			},
		},
	)
}
