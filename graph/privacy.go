package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) ErasurePlan(ctx context.Context, person koop.PersonInput) (*koop.ErasurePlan, error) {
	return r.Resolver.Privacy.ErasurePlan(ctx, person)
}

func (r *queryResolver) RetentionReview(ctx context.Context, cooperationID string) (*koop.RetentionReview, error) {
	return r.Resolver.Privacy.RetentionReview(ctx, cooperationID)
}

func (r *mutationResolver) ExportPersonalData(ctx context.Context, input koop.ExportPersonalDataInput) (*model.ExportPersonalDataPayload, error) {
	x, err := r.Resolver.Privacy.ExportPersonalData(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ExportPersonalDataPayload{FileName: x.FileName, JSON: x.JSON}, nil
}

func (r *mutationResolver) ErasePerson(ctx context.Context, input koop.ErasePersonInput) (*model.ErasePersonPayload, error) {
	effects, err := r.Resolver.Privacy.ErasePerson(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ErasePersonPayload{Effects: effects}, nil
}

func (r *mutationResolver) SetContactRetention(ctx context.Context, input koop.SetContactRetentionInput) (*model.SetContactRetentionPayload, error) {
	review, err := r.Resolver.Privacy.SetContactRetention(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.SetContactRetentionPayload{Review: review}, nil
}

func (r *mutationResolver) ApplyContactRetention(ctx context.Context, input koop.ApplyContactRetentionInput) (*model.ApplyContactRetentionPayload, error) {
	n, review, err := r.Resolver.Privacy.ApplyContactRetention(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ApplyContactRetentionPayload{Erased: n, Review: review}, nil
}
