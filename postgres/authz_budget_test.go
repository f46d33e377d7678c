package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Budgets: everyone who reads events reads budgets (PermViewBudget); those who plan edit them
// (PermEditBudget); EXTERNAL members see neither.
var (
	authzViewBudget = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: koop.EFORBIDDEN,
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzEditBudget = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

func authzBudgets(f *authzFixture) *postgres.BudgetService { return postgres.NewBudgetService(f.db.DB) }

// authzBudgetLineState is what a change of the seeded dinner venue line shows.
func authzBudgetLineState(t *testing.T, f *authzFixture) string {
	return authzText(t, f.db, `SELECT coalesce((SELECT planned_cents || '/' || version || '/' ||
		(SELECT string_agg(partner_id || '=' || basis_points, ',' ORDER BY partner_id) FROM budget_line_shares WHERE line_id = l.id)
		FROM budget_lines l WHERE id = $1), 'deleted')`, budgetDinnerVenue)
}

func authzSponsorshipState(t *testing.T, f *authzFixture) string {
	return authzText(t, f.db, `SELECT coalesce((SELECT amount_cents || '/' || status || '/' || version FROM sponsorships WHERE id = $1), 'deleted')`, budgetStadtwerkMoney)
}

var authzBudgetOps = []authzOp{
	{
		name: "EventBudgets", policy: authzViewBudget,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := authzBudgets(f).EventBudgets(ctx, []string{budgetDinner2026})
			if err == nil && (len(l) != 1 || len(l[0].Lines) != 4 || len(l[0].Sponsorships) != 3 || len(l[0].Partners) != 3) {
				t.Errorf("budget of the dinner: %+v; want 4 lines, 3 sponsorships, 3 partner totals", l)
			}
			return err
		},
	},
	{
		name: "BudgetSummary", policy: authzViewBudget,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			s, err := authzBudgets(f).BudgetSummary(ctx, pgtest.DemoCooperationID, 2026)
			if err == nil && (len(s.Events) != 5 || s.PlannedCents != 3295000) {
				t.Errorf("summary 2026: %d events, planned %d; want 5, 3295000", len(s.Events), s.PlannedCents)
			}
			return err
		},
	},
	{
		name: "CreateBudgetLine", policy: authzEditBudget, action: "budget_line.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM budget_lines WHERE event_id = $1`, budgetDinner2026)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, _, err := authzBudgets(f).CreateBudgetLine(ctx, koop.CreateBudgetLineInput{EventID: budgetDinner2026, Category: koop.BudgetTechnology,
				PlannedCents: 50000, ShareMode: koop.SharePercent, Shares: percentShares(4000, 6000)})
			return err
		},
	},
	{
		name: "UpdateBudgetLine", policy: authzEditBudget, action: "budget_line.update",
		state: authzBudgetLineState,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, _, err := authzBudgets(f).UpdateBudgetLine(ctx, koop.UpdateBudgetLineInput{ID: budgetDinnerVenue,
				Version: authzVersion(t, f.db, "budget_lines", budgetDinnerVenue), PlannedCents: ptr(480000), Shares: percentShares(5000, 5000)})
			return err
		},
	},
	{
		name: "DeleteBudgetLine", policy: authzEditBudget, action: "budget_line.delete",
		state: authzBudgetLineState,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzBudgets(f).DeleteBudgetLine(ctx, koop.DeleteBudgetLineInput{ID: budgetDinnerVenue,
				Version: authzVersion(t, f.db, "budget_lines", budgetDinnerVenue)})
			return err
		},
	},
	{
		name: "CreateSponsorship", policy: authzEditBudget, action: "sponsorship.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM sponsorships WHERE event_id = $1`, budgetDinner2026)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, _, err := authzBudgets(f).CreateSponsorship(ctx, koop.CreateSponsorshipInput{EventID: budgetDinner2026, OrganisationID: f.newOrgID,
				Kind: koop.SponsorshipInKind, AmountCents: 30000, Note: authzPtr("Brötchen für den Empfang")})
			return err
		},
	},
	{
		name: "UpdateSponsorship", policy: authzEditBudget, action: "sponsorship.update",
		state: authzSponsorshipState,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, _, err := authzBudgets(f).UpdateSponsorship(ctx, koop.UpdateSponsorshipInput{ID: budgetStadtwerkMoney,
				Version: authzVersion(t, f.db, "sponsorships", budgetStadtwerkMoney), AmountCents: ptr(275000)})
			return err
		},
	},
	{
		name: "DeleteSponsorship", policy: authzEditBudget, action: "sponsorship.delete",
		state: authzSponsorshipState,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzBudgets(f).DeleteSponsorship(ctx, koop.DeleteSponsorshipInput{ID: budgetStadtwerkMoney,
				Version: authzVersion(t, f.db, "sponsorships", budgetStadtwerkMoney)})
			return err
		},
	},
}

func init() { authzOps = append(authzOps, authzBudgetOps...) }
