package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// eventLoad looks ahead at the selection set: the list loads tasks and organisers only when
// the query asks for them, each for the whole page in one statement (DESIGN.md).
func eventLoad(ctx context.Context, path ...string) koop.EventLoad {
	fields := graphql.CollectFieldsCtx(ctx, nil)
	for _, name := range path {
		var next []graphql.CollectedField
		for _, f := range fields {
			if f.Name == name {
				next = append(next, graphql.CollectFields(graphql.GetOperationContext(ctx), f.Selections, nil)...)
			}
		}
		fields = next
	}
	var load koop.EventLoad
	for _, f := range fields {
		switch f.Name {
		case "tasks":
			load.Tasks = true
		case "organisers":
			load.Organisers = true
		case "warnings":
			load.Warnings = true
		case "guestCounts":
			load.GuestCounts = true
		}
	}
	return load
}

func (r *queryResolver) EventSeries(ctx context.Context, cooperationID string) ([]*koop.EventSeries, error) {
	return r.Resolver.Events.EventSeries(ctx, cooperationID)
}

func (r *queryResolver) EventSeriesByID(ctx context.Context, id string) (*koop.EventSeries, error) {
	return r.Resolver.Events.EventSeriesByID(ctx, id)
}

func (r *queryResolver) Events(ctx context.Context, cooperationID string, filter *koop.EventFilter, orderBy *koop.EventOrder, limit, offset *int) (*koop.EventList, error) {
	p, err := koop.NewPage(limit, offset)
	if err != nil {
		return nil, err
	}
	return r.Resolver.Events.Events(ctx, cooperationID, deref(filter), deref(orderBy), p, eventLoad(ctx, "items"))
}

func (r *queryResolver) Event(ctx context.Context, id string) (*koop.Event, error) {
	return r.Resolver.Events.Event(ctx, id, eventLoad(ctx))
}

func (r *mutationResolver) CreateEventSeries(ctx context.Context, input koop.CreateEventSeriesInput) (*model.CreateEventSeriesPayload, error) {
	s, err := r.Resolver.Events.CreateEventSeries(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateEventSeriesPayload{EventSeries: s}, nil
}

func (r *mutationResolver) UpdateEventSeries(ctx context.Context, input koop.UpdateEventSeriesInput) (*model.UpdateEventSeriesPayload, error) {
	s, err := r.Resolver.Events.UpdateEventSeries(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateEventSeriesPayload{EventSeries: s}, nil
}

func (r *mutationResolver) CreateEvent(ctx context.Context, input koop.CreateEventInput) (*model.CreateEventPayload, error) {
	e, err := r.Resolver.Events.CreateEvent(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateEventPayload{Event: e}, nil
}

func (r *mutationResolver) UpdateEvent(ctx context.Context, input koop.UpdateEventInput) (*model.UpdateEventPayload, error) {
	e, err := r.Resolver.Events.UpdateEvent(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateEventPayload{Event: e}, nil
}

func (r *mutationResolver) ChangeEventStatus(ctx context.Context, input koop.ChangeEventStatusInput) (*model.ChangeEventStatusPayload, error) {
	e, err := r.Resolver.Events.ChangeEventStatus(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ChangeEventStatusPayload{Event: e}, nil
}

func (r *mutationResolver) DeleteEventSeries(ctx context.Context, input koop.DeleteEventSeriesInput) (*model.DeleteEventSeriesPayload, error) {
	if err := r.Resolver.Events.DeleteEventSeries(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteEventSeriesPayload{ID: input.ID}, nil
}

func (r *mutationResolver) DeleteEvent(ctx context.Context, input koop.DeleteEventInput) (*model.DeleteEventPayload, error) {
	if err := r.Resolver.Events.DeleteEvent(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteEventPayload{ID: input.ID}, nil
}
