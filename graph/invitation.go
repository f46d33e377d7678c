package graph

import (
	"context"
	"net/url"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// GuestListSigner mints the short-lived token of an event's guest-list CSV link.
type GuestListSigner interface {
	SignGuestList(userID, sessionID, eventID string) (string, error)
}

func (r *eventResolver) GuestListCSVURL(ctx context.Context, e *koop.Event) (string, error) {
	actor, err := koop.RequireActor(ctx)
	if err != nil {
		return "", err
	}
	token, err := r.Resolver.GuestLists.SignGuestList(actor.UserID, actor.SessionID, e.ID)
	if err != nil {
		return "", err
	}
	return "/events/" + url.PathEscape(e.ID) + "/guests.csv?token=" + url.QueryEscape(token), nil
}

func (r *queryResolver) Guests(ctx context.Context, eventID string, filter *koop.GuestFilter) (*koop.GuestList, error) {
	return r.Resolver.Invitations.Guests(ctx, eventID, deref(filter))
}

func (r *queryResolver) Rsvp(ctx context.Context, token string) (*koop.Rsvp, error) {
	return r.Resolver.Invitations.Rsvp(ctx, token)
}

func (r *mutationResolver) InviteGuests(ctx context.Context, input koop.InviteGuestsInput) (*model.InviteGuestsPayload, error) {
	res, err := r.Resolver.Invitations.InviteGuests(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.InviteGuestsPayload{Added: res.Added, Skipped: res.Skipped}, nil
}

func (r *mutationResolver) SendInvitations(ctx context.Context, input koop.SendInvitationsInput) (*model.SendInvitationsPayload, error) {
	res, err := r.Resolver.Invitations.SendInvitations(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.SendInvitationsPayload{Sent: res.Sent, Skipped: res.Skipped}, nil
}

func invitationPayload(inv *koop.Invitation, err error) (*model.InvitationPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.InvitationPayload{Invitation: inv}, nil
}

func (r *mutationResolver) RecordAnswer(ctx context.Context, input koop.RecordAnswerInput) (*model.InvitationPayload, error) {
	return invitationPayload(r.Resolver.Invitations.RecordAnswer(ctx, input))
}

func (r *mutationResolver) DeleteInvitation(ctx context.Context, input model.DeleteInvitationInput) (*model.DeleteInvitationPayload, error) {
	if err := r.Resolver.Invitations.DeleteInvitation(ctx, input.ID, input.Version); err != nil {
		return nil, err
	}
	return &model.DeleteInvitationPayload{ID: input.ID}, nil
}

func (r *mutationResolver) CheckIn(ctx context.Context, input koop.CheckInInput) (*model.InvitationPayload, error) {
	return invitationPayload(r.Resolver.Invitations.CheckIn(ctx, input))
}

func (r *mutationResolver) AddWalkIn(ctx context.Context, input koop.AddWalkInInput) (*model.InvitationPayload, error) {
	return invitationPayload(r.Resolver.Invitations.AddWalkIn(ctx, input))
}

func rsvpPayload(rs *koop.Rsvp, err error) (*model.RsvpPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.RsvpPayload{Rsvp: rs}, nil
}

func (r *mutationResolver) AnswerRsvp(ctx context.Context, input koop.RsvpAnswerInput) (*model.RsvpPayload, error) {
	return rsvpPayload(r.Resolver.Invitations.AnswerRsvp(ctx, input))
}

func (r *mutationResolver) OptOut(ctx context.Context, input model.OptOutInput) (*model.RsvpPayload, error) {
	return rsvpPayload(r.Resolver.Invitations.OptOut(ctx, input.Token))
}
