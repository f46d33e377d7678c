package graph

import (
	"context"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) PlanningWarnings(ctx context.Context, input model.PlanningCheckInput) ([]*koop.PlanningWarning, error) {
	c := koop.PlanningCandidate{StartsAt: input.StartsAt, EndsAt: input.EndsAt, Venue: deref(input.Venue)}
	if input.EventID != nil {
		c.EventID = *input.EventID
	}
	return r.Resolver.Planning.PlanningWarnings(ctx, input.CooperationID, c)
}

func (r *queryResolver) PublicHolidays(ctx context.Context, from, to time.Time) ([]*koop.PublicHoliday, error) {
	list, err := r.Resolver.Planning.PublicHolidays(ctx, from, to)
	return pointers(list), err
}

func (r *queryResolver) HolidayOverrides(ctx context.Context) ([]*koop.HolidayOverride, error) {
	list, err := r.Resolver.Planning.HolidayOverrides(ctx)
	return pointers(list), err
}

func (r *mutationResolver) SetHolidayOverride(ctx context.Context, input model.SetHolidayOverrideInput) (*model.SetHolidayOverridePayload, error) {
	isHoliday := input.IsHoliday == nil || *input.IsHoliday
	o, err := r.Resolver.Planning.SetHolidayOverride(ctx, koop.HolidayOverride{Date: input.Date, Name: input.Name, IsHoliday: isHoliday})
	if err != nil {
		return nil, err
	}
	return &model.SetHolidayOverridePayload{HolidayOverride: o}, nil
}

func (r *mutationResolver) DeleteHolidayOverride(ctx context.Context, input model.DeleteHolidayOverrideInput) (*model.DeleteHolidayOverridePayload, error) {
	if err := r.Resolver.Planning.DeleteHolidayOverride(ctx, input.Date); err != nil {
		return nil, err
	}
	return &model.DeleteHolidayOverridePayload{Ok: true}, nil
}

// pointers turns a slice of values into the slice of pointers gqlgen wants.
func pointers[T any](list []T) []*T {
	out := make([]*T, len(list))
	for i := range list {
		out[i] = &list[i]
	}
	return out
}
