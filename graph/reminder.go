package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) MyReminderSettings(ctx context.Context) (*koop.ReminderSettings, error) {
	return r.ReminderSettings.MyReminderSettings(ctx)
}

func (r *mutationResolver) UpdateReminderSettings(ctx context.Context, input koop.UpdateReminderSettingsInput) (*model.UpdateReminderSettingsPayload, error) {
	s, err := r.ReminderSettings.UpdateReminderSettings(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateReminderSettingsPayload{Settings: s}, nil
}
