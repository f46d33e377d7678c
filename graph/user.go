package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// Me is null for an anonymous request; a refused token is an error, so that the client
// knows to refresh instead of thinking it is logged out.
func (r *queryResolver) Me(ctx context.Context) (*koop.User, error) {
	if koop.ActorFromContext(ctx) == nil {
		if err := koop.AuthErrorFromContext(ctx); err != nil {
			return nil, err
		}
		return nil, nil //nolint:nilnil // null is the documented answer when not logged in
	}
	return r.Users.Me(ctx)
}

// Memberships are shown only to the user themselves.
func (r *userResolver) Memberships(ctx context.Context, obj *koop.User) ([]*koop.Membership, error) {
	if a := koop.ActorFromContext(ctx); a == nil || a.UserID != obj.ID {
		return []*koop.Membership{}, nil
	}
	return r.Users.MyMemberships(ctx)
}

func (r *mutationResolver) UpdateMe(ctx context.Context, input koop.UpdateMeInput) (*model.UpdateMePayload, error) {
	u, err := r.Users.UpdateMe(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateMePayload{User: u}, nil
}

func (r *mutationResolver) SetUserActive(ctx context.Context, input koop.SetUserActiveInput) (*model.SetUserActivePayload, error) {
	u, err := r.Users.SetUserActive(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.SetUserActivePayload{User: u}, nil
}
