package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) Cooperations(ctx context.Context) ([]*koop.Cooperation, error) {
	return r.Resolver.Cooperations.Cooperations(ctx)
}

func (r *queryResolver) Cooperation(ctx context.Context, id string) (*koop.Cooperation, error) {
	return r.Resolver.Cooperations.Cooperation(ctx, id)
}

func (r *queryResolver) Organisations(ctx context.Context, cooperationID string, filter *koop.OrganisationFilter, limit, offset *int) (*koop.OrganisationList, error) {
	p, err := koop.NewPage(limit, offset)
	if err != nil {
		return nil, err
	}
	return r.Resolver.Cooperations.Organisations(ctx, cooperationID, deref(filter), p)
}

func (r *mutationResolver) CreateCooperation(ctx context.Context, input koop.CreateCooperationInput) (*model.CreateCooperationPayload, error) {
	c, err := r.Resolver.Cooperations.CreateCooperation(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateCooperationPayload{Cooperation: c}, nil
}

func (r *mutationResolver) UpdateCooperation(ctx context.Context, input koop.UpdateCooperationInput) (*model.UpdateCooperationPayload, error) {
	c, err := r.Resolver.Cooperations.UpdateCooperation(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateCooperationPayload{Cooperation: c}, nil
}

func (r *mutationResolver) CreateOrganisation(ctx context.Context, input koop.CreateOrganisationInput) (*model.CreateOrganisationPayload, error) {
	o, err := r.Resolver.Cooperations.CreateOrganisation(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateOrganisationPayload{Organisation: o}, nil
}

func (r *mutationResolver) UpdateOrganisation(ctx context.Context, input koop.UpdateOrganisationInput) (*model.UpdateOrganisationPayload, error) {
	o, err := r.Resolver.Cooperations.UpdateOrganisation(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateOrganisationPayload{Organisation: o}, nil
}

func (r *mutationResolver) AddPartner(ctx context.Context, input koop.AddPartnerInput) (*model.AddPartnerPayload, error) {
	p, err := r.Resolver.Cooperations.AddPartner(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.AddPartnerPayload{Partner: p}, nil
}

func (r *mutationResolver) RemovePartner(ctx context.Context, input koop.RemovePartnerInput) (*model.RemovePartnerPayload, error) {
	c, err := r.Resolver.Cooperations.RemovePartner(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.RemovePartnerPayload{Cooperation: c}, nil
}

// deref returns the value a filter pointer points to, or the zero filter.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
