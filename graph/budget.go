package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// Budget is a batch resolver: gqlgen hands it every event of a response at once, so a list of
// events with their budgets costs the same statements as one event.
func (r *eventResolver) Budget(ctx context.Context, objs []*koop.Event) ([]*koop.EventBudget, error) {
	ids := make([]string, len(objs))
	for i, e := range objs {
		ids[i] = e.ID
	}
	return r.Budgets.EventBudgets(ctx, ids)
}

func (r *queryResolver) BudgetSummary(ctx context.Context, cooperationID string, year int) (*koop.BudgetSummary, error) {
	return r.Budgets.BudgetSummary(ctx, cooperationID, year)
}

func (r *mutationResolver) CreateBudgetLine(ctx context.Context, input koop.CreateBudgetLineInput) (*model.CreateBudgetLinePayload, error) {
	l, b, err := r.Budgets.CreateBudgetLine(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateBudgetLinePayload{BudgetLine: l, Budget: b}, nil
}

func (r *mutationResolver) UpdateBudgetLine(ctx context.Context, input koop.UpdateBudgetLineInput) (*model.UpdateBudgetLinePayload, error) {
	l, b, err := r.Budgets.UpdateBudgetLine(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateBudgetLinePayload{BudgetLine: l, Budget: b}, nil
}

func (r *mutationResolver) DeleteBudgetLine(ctx context.Context, input koop.DeleteBudgetLineInput) (*model.DeleteBudgetLinePayload, error) {
	b, err := r.Budgets.DeleteBudgetLine(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.DeleteBudgetLinePayload{ID: input.ID, Budget: b}, nil
}

func (r *mutationResolver) CreateSponsorship(ctx context.Context, input koop.CreateSponsorshipInput) (*model.CreateSponsorshipPayload, error) {
	s, b, err := r.Budgets.CreateSponsorship(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateSponsorshipPayload{Sponsorship: s, Budget: b}, nil
}

func (r *mutationResolver) UpdateSponsorship(ctx context.Context, input koop.UpdateSponsorshipInput) (*model.UpdateSponsorshipPayload, error) {
	s, b, err := r.Budgets.UpdateSponsorship(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateSponsorshipPayload{Sponsorship: s, Budget: b}, nil
}

func (r *mutationResolver) DeleteSponsorship(ctx context.Context, input koop.DeleteSponsorshipInput) (*model.DeleteSponsorshipPayload, error) {
	b, err := r.Budgets.DeleteSponsorship(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.DeleteSponsorshipPayload{ID: input.ID, Budget: b}, nil
}
