package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// AwardCycle returns the resolvers of AwardCycle's relation fields (nominations, jury, ballot,
// result): each is one service call, asked for on a cycle's own page.
func (r *Resolver) AwardCycle() AwardCycleResolver { return &awardCycleResolver{r} }

type awardCycleResolver struct{ *Resolver }

func (r *awardCycleResolver) Jurors(ctx context.Context, obj *koop.AwardCycle) ([]*koop.Juror, error) {
	return r.Jury.Jurors(ctx, obj.ID)
}

func (r *awardCycleResolver) MyBallot(ctx context.Context, obj *koop.AwardCycle) (*koop.Ballot, error) {
	return r.Jury.MyBallot(ctx, obj.ID)
}

func (r *awardCycleResolver) Turnout(ctx context.Context, obj *koop.AwardCycle) (*koop.Turnout, error) {
	return r.Jury.Turnout(ctx, obj.ID)
}

func (r *awardCycleResolver) Result(ctx context.Context, obj *koop.AwardCycle) (*koop.AwardResult, error) {
	return r.Jury.AwardResult(ctx, obj.ID)
}

func (r *awardCycleResolver) Winners(ctx context.Context, obj *koop.AwardCycle) ([]*koop.AwardWinner, error) {
	return r.Jury.Winners(ctx, obj.ID)
}

func (r *eventResolver) AwardWinners(ctx context.Context, objs []*koop.Event) ([][]*koop.AwardWinner, error) {
	ids := make([]string, len(objs))
	for i, e := range objs {
		ids[i] = e.ID
	}
	byEvent, err := r.Jury.EventAwardWinners(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([][]*koop.AwardWinner, len(objs))
	for i, e := range objs {
		out[i] = byEvent[e.ID]
		if out[i] == nil {
			out[i] = []*koop.AwardWinner{}
		}
	}
	return out, nil
}

// jury returns the cycle after a change of its jury.
func (r *mutationResolver) jury(ctx context.Context, cycleID string, err error) (*model.JuryPayload, error) {
	if err != nil {
		return nil, err
	}
	c, err := r.Awards.AwardCycle(ctx, cycleID)
	if err != nil {
		return nil, err
	}
	return &model.JuryPayload{AwardCycle: c}, nil
}

func (r *mutationResolver) AddJuror(ctx context.Context, input model.AddJurorInput) (*model.JuryPayload, error) {
	err := r.Jury.AddJuror(ctx, input.CycleID, input.UserID, input.Chair != nil && *input.Chair)
	return r.jury(ctx, input.CycleID, err)
}

func (r *mutationResolver) RemoveJuror(ctx context.Context, input model.RemoveJurorInput) (*model.JuryPayload, error) {
	cycleID, err := r.Jury.RemoveJuror(ctx, input.JurorID)
	return r.jury(ctx, cycleID, err)
}

func (r *mutationResolver) SetJuryChair(ctx context.Context, input model.SetJuryChairInput) (*model.JuryPayload, error) {
	cycleID, err := r.Jury.SetJuryChair(ctx, input.JurorID)
	return r.jury(ctx, cycleID, err)
}

// conflict returns the nomination after a change of its conflicts, as the reader sees it.
func (r *mutationResolver) conflict(ctx context.Context, nominationID string, err error) (*model.ConflictPayload, error) {
	if err != nil {
		return nil, err
	}
	n, err := r.Nominations.Nomination(ctx, nominationID)
	if err != nil {
		return nil, err
	}
	return &model.ConflictPayload{Nomination: n}, nil
}

func (r *mutationResolver) DeclareConflict(ctx context.Context, input model.DeclareConflictInput) (*model.ConflictPayload, error) {
	return r.conflict(ctx, input.NominationID, r.Jury.DeclareConflict(ctx, input.NominationID, input.Reason))
}

func (r *mutationResolver) SetConflict(ctx context.Context, input model.SetConflictInput) (*model.ConflictPayload, error) {
	return r.conflict(ctx, input.NominationID, r.Jury.SetConflict(ctx, input.JurorID, input.NominationID, input.Reason))
}

func (r *mutationResolver) RemoveConflict(ctx context.Context, input model.RemoveConflictInput) (*model.ConflictPayload, error) {
	return r.conflict(ctx, input.NominationID, r.Jury.RemoveConflict(ctx, input.JurorID, input.NominationID))
}

func (r *mutationResolver) SaveScores(ctx context.Context, input model.SaveScoresInput) (*model.BallotPayload, error) {
	scores := make([]koop.ScoreInput, len(input.Scores))
	for i, s := range input.Scores {
		scores[i] = *s
	}
	b, err := r.Jury.SaveScores(ctx, input.CycleID, input.BallotVersion, scores)
	if err != nil {
		return nil, err
	}
	return &model.BallotPayload{Ballot: b}, nil
}

func (r *mutationResolver) SubmitBallot(ctx context.Context, input model.SubmitBallotInput) (*model.BallotPayload, error) {
	b, err := r.Jury.SubmitBallot(ctx, input.CycleID, input.BallotVersion)
	if err != nil {
		return nil, err
	}
	return &model.BallotPayload{Ballot: b}, nil
}

func (r *mutationResolver) CloseAwardVoting(ctx context.Context, input model.CloseAwardVotingInput) (*model.CloseAwardVotingPayload, error) {
	if err := r.Jury.CloseAwardVoting(ctx, input.CycleID, input.Version); err != nil {
		return nil, err
	}
	c, err := r.Awards.AwardCycle(ctx, input.CycleID)
	if err != nil {
		return nil, err
	}
	return &model.CloseAwardVotingPayload{AwardCycle: c}, nil
}

func (r *mutationResolver) RecordCastingVote(ctx context.Context, input model.RecordCastingVoteInput) (*model.CloseAwardVotingPayload, error) {
	if err := r.Jury.RecordCastingVote(ctx, input.CycleID, input.Version, input.Order); err != nil {
		return nil, err
	}
	c, err := r.Awards.AwardCycle(ctx, input.CycleID)
	if err != nil {
		return nil, err
	}
	return &model.CloseAwardVotingPayload{AwardCycle: c}, nil
}
