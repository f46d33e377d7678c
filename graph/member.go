package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) Members(ctx context.Context, cooperationID string, filter *koop.MemberFilter, limit, offset *int) (*koop.MembershipList, error) {
	p, err := koop.NewPage(limit, offset)
	if err != nil {
		return nil, err
	}
	return r.Resolver.Members.Members(ctx, cooperationID, deref(filter), p)
}

func (r *mutationResolver) InviteMember(ctx context.Context, input koop.InviteMemberInput) (*model.InviteMemberPayload, error) {
	m, err := r.Resolver.Members.InviteMember(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.InviteMemberPayload{Membership: m}, nil
}

func (r *mutationResolver) UpdateMemberRole(ctx context.Context, input koop.UpdateMemberRoleInput) (*model.UpdateMemberRolePayload, error) {
	m, err := r.Resolver.Members.UpdateMemberRole(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateMemberRolePayload{Membership: m}, nil
}

func (r *mutationResolver) SetMemberActive(ctx context.Context, input koop.SetMemberActiveInput) (*model.SetMemberActivePayload, error) {
	m, err := r.Resolver.Members.SetMemberActive(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.SetMemberActivePayload{Membership: m}, nil
}

func (r *mutationResolver) ResendInvitation(ctx context.Context, input koop.ResendInvitationInput) (*model.ResendInvitationPayload, error) {
	m, err := r.Resolver.Members.ResendInvitation(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ResendInvitationPayload{Membership: m}, nil
}
