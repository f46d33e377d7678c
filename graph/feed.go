package graph

import (
	"context"
	"net/url"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// CalendarFileSigner mints the short-lived token of an event's .ics link for the acting user.
type CalendarFileSigner interface {
	SignEventFile(userID, sessionID, eventID string) (string, error)
}

func (r *eventResolver) IcsURL(ctx context.Context, e *koop.Event) (string, error) {
	actor, err := koop.RequireActor(ctx)
	if err != nil {
		return "", err
	}
	token, err := r.Resolver.CalendarFiles.SignEventFile(actor.UserID, actor.SessionID, e.ID)
	if err != nil {
		return "", err
	}
	return "/calendar/events/" + url.PathEscape(e.ID) + ".ics?token=" + url.QueryEscape(token), nil
}

func (r *queryResolver) CalendarFeed(ctx context.Context, cooperationID string) (*koop.CalendarFeed, error) {
	f, err := r.Resolver.CalendarFeeds.CalendarFeed(ctx, cooperationID)
	if err != nil || !f.Active {
		return nil, err //nolint:nilnil // null is the documented answer when the cooperation has no feed
	}
	return f, nil
}

func (r *mutationResolver) RotateCalendarFeed(ctx context.Context, input model.RotateCalendarFeedInput) (*model.RotateCalendarFeedPayload, error) {
	f, err := r.Resolver.CalendarFeeds.RotateCalendarFeed(ctx, input.CooperationID)
	if err != nil {
		return nil, err
	}
	return &model.RotateCalendarFeedPayload{CalendarFeed: f.Feed, URL: f.URL}, nil
}

func (r *mutationResolver) DeleteCalendarFeed(ctx context.Context, input model.DeleteCalendarFeedInput) (*model.DeleteCalendarFeedPayload, error) {
	if err := r.Resolver.CalendarFeeds.DeleteCalendarFeed(ctx, input.CooperationID); err != nil {
		return nil, err
	}
	return &model.DeleteCalendarFeedPayload{CooperationID: input.CooperationID}, nil
}
