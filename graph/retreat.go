package graph

import (
	"context"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// Subscription returns the subscription resolvers.
func (r *Resolver) Subscription() SubscriptionResolver { return &subscriptionResolver{r} }

type subscriptionResolver struct{ *Resolver }

func (r *queryResolver) Retreats(ctx context.Context, cooperationID string) ([]*koop.Retreat, error) {
	return r.Resolver.Retreats.Retreats(ctx, cooperationID)
}

func (r *queryResolver) Retreat(ctx context.Context, id string) (*koop.Retreat, error) {
	return r.Resolver.Retreats.Retreat(ctx, id)
}

func (r *queryResolver) Proposal(ctx context.Context, id string) (*koop.Proposal, error) {
	return r.Resolver.Retreats.Proposal(ctx, id)
}

func retreatPayload(x *koop.Retreat, err error) (*model.RetreatPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.RetreatPayload{Retreat: x}, nil
}

func proposalPayload(p *koop.Proposal, err error) (*model.ProposalPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

func decisionPayload(d *koop.Decision, err error) (*model.DecisionPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.DecisionPayload{Decision: d}, nil
}

func (r *mutationResolver) CreateRetreat(ctx context.Context, input koop.CreateRetreatInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.CreateRetreat(ctx, input))
}

func (r *mutationResolver) UpdateRetreat(ctx context.Context, input koop.UpdateRetreatInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.UpdateRetreat(ctx, input))
}

func (r *mutationResolver) DeleteRetreat(ctx context.Context, input koop.RetreatStepInput) (*model.DeleteRetreatPayload, error) {
	if err := r.Retreats.DeleteRetreat(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteRetreatPayload{ID: input.ID}, nil
}

func (r *mutationResolver) StartRetreatSession(ctx context.Context, input koop.RetreatStepInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.StartRetreatSession(ctx, input))
}

func (r *mutationResolver) OpenVoting(ctx context.Context, input koop.RetreatStepInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.OpenVoting(ctx, input))
}

func (r *mutationResolver) CloseVoting(ctx context.Context, input koop.RetreatStepInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.CloseVoting(ctx, input))
}

func (r *mutationResolver) CloseRetreat(ctx context.Context, input koop.RetreatStepInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.CloseRetreat(ctx, input))
}

func (r *mutationResolver) AddAgendaItem(ctx context.Context, input koop.AddAgendaItemInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.AddAgendaItem(ctx, input))
}

func (r *mutationResolver) UpdateAgendaItem(ctx context.Context, input koop.UpdateAgendaItemInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.UpdateAgendaItem(ctx, input))
}

func (r *mutationResolver) MoveAgendaItem(ctx context.Context, input koop.MoveAgendaItemInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.MoveAgendaItem(ctx, input))
}

func (r *mutationResolver) DeleteAgendaItem(ctx context.Context, id string) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.DeleteAgendaItem(ctx, id))
}

func (r *mutationResolver) SubmitProposal(ctx context.Context, input koop.SubmitProposalInput) (*model.ProposalPayload, error) {
	return proposalPayload(r.Retreats.SubmitProposal(ctx, input))
}

func (r *mutationResolver) UpdateProposal(ctx context.Context, input koop.UpdateProposalInput) (*model.ProposalPayload, error) {
	return proposalPayload(r.Retreats.UpdateProposal(ctx, input))
}

func (r *mutationResolver) WithdrawProposal(ctx context.Context, input koop.WithdrawProposalInput) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.WithdrawProposal(ctx, input))
}

func (r *mutationResolver) CastVote(ctx context.Context, input koop.CastVoteInput) (*model.CastVotePayload, error) {
	t, err := r.Retreats.CastVote(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CastVotePayload{Tally: t}, nil
}

func (r *mutationResolver) RecordDecision(ctx context.Context, input koop.RecordDecisionInput) (*model.DecisionPayload, error) {
	return decisionPayload(r.Retreats.RecordDecision(ctx, input))
}

func (r *mutationResolver) UpdateDecision(ctx context.Context, input koop.UpdateDecisionInput) (*model.DecisionPayload, error) {
	return decisionPayload(r.Retreats.UpdateDecision(ctx, input))
}

func (r *mutationResolver) DeleteDecision(ctx context.Context, id string) (*model.RetreatPayload, error) {
	return retreatPayload(r.Retreats.DeleteDecision(ctx, id))
}

// TallyChanged sends the tally at once, then again whenever it may have changed in any server
// process. It ends when the reader may no longer see the retreat.
func (r *subscriptionResolver) TallyChanged(ctx context.Context, retreatID string) (<-chan *koop.RetreatTally, error) {
	// watch before the first read, so that no change between the two is missed
	ctx, cancel := context.WithCancel(ctx)
	changed, err := r.Retreats.WatchTally(ctx, retreatID)
	if err != nil {
		cancel()
		return nil, err
	}
	first, err := r.Retreats.Tally(ctx, retreatID)
	if err != nil {
		cancel()
		return nil, err
	}
	out := make(chan *koop.RetreatTally, 1)
	out <- first
	go func() {
		defer cancel()
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-changed:
				if !ok {
					return
				}
				t, err := r.tallyRetrying(ctx, retreatID)
				if err != nil {
					return
				}
				select {
				case out <- t:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}

// tallyRetrying reads the tally, retrying a few times while the database is unavailable; an
// answer that the reader may no longer see it ends the subscription at once.
func (r *subscriptionResolver) tallyRetrying(ctx context.Context, retreatID string) (*koop.RetreatTally, error) {
	wait := 250 * time.Millisecond
	for attempt := 0; ; attempt++ {
		t, err := r.Retreats.Tally(ctx, retreatID)
		if err == nil || attempt == 5 {
			return t, err
		}
		switch koop.ErrorCode(err) {
		case koop.EUNAVAILABLE, koop.EINTERNAL:
		default:
			return nil, err
		}
		select {
		case <-time.After(wait):
			wait *= 2
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}
