package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// The agreement and its goals: mission statement, goals, KPIs, coverage, workstreams and
// agreements. Each resolver calls one service method.

func (r *queryResolver) Strategy(ctx context.Context, cooperationID string) (*koop.Strategy, error) {
	return r.Resolver.Strategy.Strategy(ctx, cooperationID)
}

// Coverage asks for the current year when none is given (year 0).
func (r *queryResolver) Coverage(ctx context.Context, cooperationID string, year *int) (*koop.Coverage, error) {
	y := 0
	if year != nil {
		y = *year
	}
	return r.Resolver.Strategy.Coverage(ctx, cooperationID, y)
}

func (r *queryResolver) Kpi(ctx context.Context, id string) (*koop.Kpi, error) {
	return r.Resolver.Kpis.Kpi(ctx, id)
}

func (r *mutationResolver) UpdateMissionStatement(ctx context.Context, input koop.UpdateMissionStatementInput) (*model.StrategyPayload, error) {
	s, err := r.Resolver.Strategy.UpdateMissionStatement(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.StrategyPayload{Strategy: s}, nil
}

func goalPayload(g *koop.Goal, err error) (*model.GoalPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.GoalPayload{Goal: g}, nil
}

func (r *mutationResolver) CreateGoal(ctx context.Context, input koop.CreateGoalInput) (*model.GoalPayload, error) {
	return goalPayload(r.Resolver.Strategy.CreateGoal(ctx, input))
}

func (r *mutationResolver) UpdateGoal(ctx context.Context, input koop.UpdateGoalInput) (*model.GoalPayload, error) {
	return goalPayload(r.Resolver.Strategy.UpdateGoal(ctx, input))
}

func (r *mutationResolver) DeleteGoal(ctx context.Context, input koop.DeleteGoalInput) (*model.DeleteGoalPayload, error) {
	if err := r.Resolver.Strategy.DeleteGoal(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteGoalPayload{ID: input.ID}, nil
}

func (r *mutationResolver) LinkGoalMeasure(ctx context.Context, input koop.GoalMeasureInput) (*model.GoalPayload, error) {
	return goalPayload(r.Resolver.Strategy.LinkGoalMeasure(ctx, input))
}

func (r *mutationResolver) UnlinkGoalMeasure(ctx context.Context, input koop.GoalMeasureInput) (*model.GoalPayload, error) {
	return goalPayload(r.Resolver.Strategy.UnlinkGoalMeasure(ctx, input))
}

func kpiPayload(k *koop.Kpi, err error) (*model.KpiPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.KpiPayload{Kpi: k}, nil
}

func (r *mutationResolver) CreateKpi(ctx context.Context, input koop.CreateKpiInput) (*model.KpiPayload, error) {
	return kpiPayload(r.Resolver.Kpis.CreateKpi(ctx, input))
}

func (r *mutationResolver) UpdateKpi(ctx context.Context, input koop.UpdateKpiInput) (*model.KpiPayload, error) {
	return kpiPayload(r.Resolver.Kpis.UpdateKpi(ctx, input))
}

func (r *mutationResolver) DeleteKpi(ctx context.Context, input koop.DeleteKpiInput) (*model.DeleteKpiPayload, error) {
	if err := r.Resolver.Kpis.DeleteKpi(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteKpiPayload{ID: input.ID}, nil
}

func (r *mutationResolver) RecordMeasurement(ctx context.Context, input koop.RecordMeasurementInput) (*model.KpiPayload, error) {
	return kpiPayload(r.Resolver.Kpis.RecordMeasurement(ctx, input))
}

func (r *mutationResolver) DeleteMeasurement(ctx context.Context, id string) (*model.KpiPayload, error) {
	return kpiPayload(r.Resolver.Kpis.DeleteMeasurement(ctx, id))
}

func (r *queryResolver) Workstreams(ctx context.Context, cooperationID string, filter *koop.WorkstreamFilter) ([]*koop.Workstream, error) {
	var f koop.WorkstreamFilter
	if filter != nil {
		f = *filter
	}
	return r.Resolver.Workstreams.Workstreams(ctx, cooperationID, f)
}

func (r *queryResolver) Workstream(ctx context.Context, id string) (*koop.Workstream, error) {
	return r.Resolver.Workstreams.Workstream(ctx, id)
}

func workstreamPayload(w *koop.Workstream, err error) (*model.WorkstreamPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.WorkstreamPayload{Workstream: w}, nil
}

func (r *mutationResolver) CreateWorkstream(ctx context.Context, input koop.CreateWorkstreamInput) (*model.WorkstreamPayload, error) {
	return workstreamPayload(r.Resolver.Workstreams.CreateWorkstream(ctx, input))
}

func (r *mutationResolver) UpdateWorkstream(ctx context.Context, input koop.UpdateWorkstreamInput) (*model.WorkstreamPayload, error) {
	return workstreamPayload(r.Resolver.Workstreams.UpdateWorkstream(ctx, input))
}

func (r *mutationResolver) DeleteWorkstream(ctx context.Context, input koop.DeleteWorkstreamInput) (*model.DeleteWorkstreamPayload, error) {
	if err := r.Resolver.Workstreams.DeleteWorkstream(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteWorkstreamPayload{ID: input.ID}, nil
}

func (r *mutationResolver) CreateMilestone(ctx context.Context, input koop.CreateMilestoneInput) (*model.WorkstreamPayload, error) {
	return workstreamPayload(r.Resolver.Workstreams.CreateMilestone(ctx, input))
}

func (r *mutationResolver) UpdateMilestone(ctx context.Context, input koop.UpdateMilestoneInput) (*model.WorkstreamPayload, error) {
	return workstreamPayload(r.Resolver.Workstreams.UpdateMilestone(ctx, input))
}

func (r *mutationResolver) DeleteMilestone(ctx context.Context, input koop.DeleteMilestoneInput) (*model.WorkstreamPayload, error) {
	return workstreamPayload(r.Resolver.Workstreams.DeleteMilestone(ctx, input))
}

func (r *mutationResolver) AddStatusReport(ctx context.Context, input koop.AddStatusReportInput) (*model.WorkstreamPayload, error) {
	return workstreamPayload(r.Resolver.Workstreams.AddStatusReport(ctx, input))
}

func (r *queryResolver) Agreements(ctx context.Context, cooperationID string) ([]*koop.Agreement, error) {
	return r.Resolver.Agreements.Agreements(ctx, cooperationID)
}

func (r *queryResolver) Agreement(ctx context.Context, id string) (*koop.Agreement, error) {
	return r.Resolver.Agreements.Agreement(ctx, id)
}

func agreementPayload(a *koop.Agreement, err error) (*model.AgreementPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.AgreementPayload{Agreement: a}, nil
}

func (r *mutationResolver) CreateAgreement(ctx context.Context, input koop.CreateAgreementInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.CreateAgreement(ctx, input))
}

func (r *mutationResolver) UpdateAgreement(ctx context.Context, input koop.UpdateAgreementInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.UpdateAgreement(ctx, input))
}

func (r *mutationResolver) SignAgreement(ctx context.Context, input koop.SignAgreementInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.SignAgreement(ctx, input))
}

func (r *mutationResolver) DeleteAgreement(ctx context.Context, input koop.DeleteAgreementInput) (*model.DeleteAgreementPayload, error) {
	if err := r.Resolver.Agreements.DeleteAgreement(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteAgreementPayload{ID: input.ID}, nil
}

func (r *mutationResolver) CreateSuccessorAgreement(ctx context.Context, input koop.CreateSuccessorAgreementInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.CreateSuccessorAgreement(ctx, input))
}

func (r *mutationResolver) CreateCommitment(ctx context.Context, input koop.CreateCommitmentInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.CreateCommitment(ctx, input))
}

func (r *mutationResolver) UpdateCommitment(ctx context.Context, input koop.UpdateCommitmentInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.UpdateCommitment(ctx, input))
}

func (r *mutationResolver) DeleteCommitment(ctx context.Context, input koop.DeleteCommitmentInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.DeleteCommitment(ctx, input))
}

func (r *mutationResolver) AddFulfilment(ctx context.Context, input koop.AddFulfilmentInput) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.AddFulfilment(ctx, input))
}

func (r *mutationResolver) RemoveFulfilment(ctx context.Context, id string) (*model.AgreementPayload, error) {
	return agreementPayload(r.Resolver.Agreements.RemoveFulfilment(ctx, id))
}

// EventSeries returns the resolvers of EventSeries' relation fields (the batch-loaded KPIs).
func (r *Resolver) EventSeries() EventSeriesResolver { return &eventSeriesResolver{r} }

type eventSeriesResolver struct{ *Resolver }

// Kpis is a batch resolver: the KPIs of every series of a response in one call.
func (r *eventSeriesResolver) Kpis(ctx context.Context, objs []*koop.EventSeries) ([][]*koop.Kpi, error) {
	ids := make([]string, len(objs))
	for i, s := range objs {
		ids[i] = s.ID
	}
	return r.Resolver.Kpis.SeriesKpis(ctx, ids)
}
