package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// loginPayload mints the access token for a fresh session and sets its refresh cookie.
func (r *Resolver) loginPayload(ctx context.Context, s *koop.Session) (*model.LoginPayload, error) {
	token, exp, err := r.Tokens.Issue(s.User.ID, s.ID)
	if err != nil {
		return nil, err
	}
	cookies(ctx).SetRefresh(s.RefreshToken, s.RefreshExpiresAt)
	return &model.LoginPayload{AccessToken: token, ExpiresAt: exp, User: s.User}, nil
}

func (r *mutationResolver) Login(ctx context.Context, input koop.LoginInput) (*model.LoginPayload, error) {
	s, err := r.Auth.Login(ctx, input)
	if err != nil {
		return nil, err
	}
	return r.loginPayload(ctx, s)
}

func (r *mutationResolver) RefreshSession(ctx context.Context) (*model.LoginPayload, error) {
	s, err := r.Auth.Refresh(ctx, cookies(ctx).RefreshToken)
	if err != nil {
		cookies(ctx).ClearRefresh()
		return nil, err
	}
	return r.loginPayload(ctx, s)
}

func (r *mutationResolver) Logout(ctx context.Context) (*model.LogoutPayload, error) {
	c := cookies(ctx)
	if err := r.Auth.Logout(ctx, c.RefreshToken); err != nil {
		return nil, err
	}
	c.ClearRefresh()
	return &model.LogoutPayload{Ok: true}, nil
}

func (r *mutationResolver) RequestPasswordReset(ctx context.Context, input koop.RequestPasswordResetInput) (*model.RequestPasswordResetPayload, error) {
	if err := r.Auth.RequestPasswordReset(ctx, input); err != nil {
		return nil, err
	}
	return &model.RequestPasswordResetPayload{Ok: true}, nil
}

func (r *mutationResolver) SetPassword(ctx context.Context, input koop.SetPasswordInput) (*model.LoginPayload, error) {
	s, err := r.Auth.SetPassword(ctx, input)
	if err != nil {
		return nil, err
	}
	return r.loginPayload(ctx, s)
}

func (r *queryResolver) PasswordToken(ctx context.Context, token string) (*koop.PasswordTokenInfo, error) {
	return r.Auth.PasswordToken(ctx, token)
}
