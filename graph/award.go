package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) AwardProgrammes(ctx context.Context, cooperationID string) ([]*koop.AwardProgramme, error) {
	return r.Resolver.Awards.AwardProgrammes(ctx, cooperationID)
}

func (r *queryResolver) AwardCycle(ctx context.Context, id string) (*koop.AwardCycle, error) {
	return r.Resolver.Awards.AwardCycle(ctx, id)
}

func (r *mutationResolver) CreateAwardProgramme(ctx context.Context, input model.CreateAwardProgrammeInput) (*model.CreateAwardProgrammePayload, error) {
	p, err := r.Resolver.Awards.CreateAwardProgramme(ctx, input.CooperationID, koop.AwardProgrammeInput{
		Name: input.Name, Description: input.Description, WinnerExclusionYears: input.WinnerExclusionYears})
	if err != nil {
		return nil, err
	}
	return &model.CreateAwardProgrammePayload{AwardProgramme: p}, nil
}

func (r *mutationResolver) UpdateAwardProgramme(ctx context.Context, input model.UpdateAwardProgrammeInput) (*model.UpdateAwardProgrammePayload, error) {
	p, err := r.Resolver.Awards.UpdateAwardProgramme(ctx, input.ID, input.Version, koop.AwardProgrammeInput{
		Name: input.Name, Description: input.Description, WinnerExclusionYears: input.WinnerExclusionYears})
	if err != nil {
		return nil, err
	}
	return &model.UpdateAwardProgrammePayload{AwardProgramme: p}, nil
}

func (r *mutationResolver) CreateAwardCycle(ctx context.Context, input model.CreateAwardCycleInput) (*model.CreateAwardCyclePayload, error) {
	y, err := r.Resolver.Awards.CreateAwardCycle(ctx, input.ProgrammeID, input.Year, koop.AwardCycleInput{
		Title: input.Title, Categories: input.Categories, NominationOpensAt: input.NominationOpensAt,
		NominationClosesAt: input.NominationClosesAt, VotingClosesAt: input.VotingClosesAt, Quorum: input.Quorum,
		TieBreakRule: input.TieBreakRule, AnnouncementEventID: input.AnnouncementEventID})
	if err != nil {
		return nil, err
	}
	return &model.CreateAwardCyclePayload{AwardCycle: y}, nil
}

func (r *mutationResolver) UpdateAwardCycle(ctx context.Context, input model.UpdateAwardCycleInput) (*model.UpdateAwardCyclePayload, error) {
	y, err := r.Resolver.Awards.UpdateAwardCycle(ctx, input.ID, input.Version, koop.AwardCycleInput{
		Title: input.Title, Categories: input.Categories, NominationOpensAt: input.NominationOpensAt,
		NominationClosesAt: input.NominationClosesAt, VotingClosesAt: input.VotingClosesAt, Quorum: input.Quorum,
		TieBreakRule: input.TieBreakRule, AnnouncementEventID: input.AnnouncementEventID})
	if err != nil {
		return nil, err
	}
	return &model.UpdateAwardCyclePayload{AwardCycle: y}, nil
}

func (r *mutationResolver) AddCriterion(ctx context.Context, input model.AddCriterionInput) (*model.AddCriterionPayload, error) {
	y, err := r.Resolver.Awards.AddCriterion(ctx, input.CycleID, input.CriteriaVersion, koop.CriterionInput{
		Name: input.Name, Description: input.Description, Weight: input.Weight, ScoreMin: input.ScoreMin, ScoreMax: input.ScoreMax})
	if err != nil {
		return nil, err
	}
	return &model.AddCriterionPayload{AwardCycle: y}, nil
}

func (r *mutationResolver) UpdateCriterion(ctx context.Context, input model.UpdateCriterionInput) (*model.UpdateCriterionPayload, error) {
	y, err := r.Resolver.Awards.UpdateCriterion(ctx, input.ID, input.CriteriaVersion, koop.CriterionInput{
		Name: input.Name, Description: input.Description, Weight: input.Weight, ScoreMin: input.ScoreMin, ScoreMax: input.ScoreMax})
	if err != nil {
		return nil, err
	}
	return &model.UpdateCriterionPayload{AwardCycle: y}, nil
}

func (r *mutationResolver) DeleteCriterion(ctx context.Context, input model.DeleteCriterionInput) (*model.DeleteCriterionPayload, error) {
	y, err := r.Resolver.Awards.DeleteCriterion(ctx, input.ID, input.CriteriaVersion)
	if err != nil {
		return nil, err
	}
	return &model.DeleteCriterionPayload{AwardCycle: y}, nil
}

func (r *mutationResolver) ReorderCriteria(ctx context.Context, input model.ReorderCriteriaInput) (*model.ReorderCriteriaPayload, error) {
	y, err := r.Resolver.Awards.ReorderCriteria(ctx, input.CycleID, input.CriteriaVersion, input.CriterionIds)
	if err != nil {
		return nil, err
	}
	return &model.ReorderCriteriaPayload{AwardCycle: y}, nil
}

func (r *mutationResolver) ApproveCriteria(ctx context.Context, input model.ApproveCriteriaInput) (*model.ApproveCriteriaPayload, error) {
	y, err := r.Resolver.Awards.ApproveCriteria(ctx, input.CycleID, input.CriteriaVersion)
	if err != nil {
		return nil, err
	}
	return &model.ApproveCriteriaPayload{AwardCycle: y}, nil
}

func (r *mutationResolver) WithdrawCriteriaApproval(ctx context.Context, input model.WithdrawCriteriaApprovalInput) (*model.WithdrawCriteriaApprovalPayload, error) {
	y, err := r.Resolver.Awards.WithdrawCriteriaApproval(ctx, input.CycleID, input.CriteriaVersion)
	if err != nil {
		return nil, err
	}
	return &model.WithdrawCriteriaApprovalPayload{AwardCycle: y}, nil
}

func (r *mutationResolver) ChangeAwardPhase(ctx context.Context, input model.ChangeAwardPhaseInput) (*model.ChangeAwardPhasePayload, error) {
	y, err := r.Resolver.Awards.ChangeAwardPhase(ctx, input.ID, input.Version, input.Phase)
	if err != nil {
		return nil, err
	}
	return &model.ChangeAwardPhasePayload{AwardCycle: y}, nil
}
