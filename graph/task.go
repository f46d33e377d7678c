package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) MyTasks(ctx context.Context, done *bool, limit, offset *int) (*koop.TaskList, error) {
	p, err := koop.NewPage(limit, offset)
	if err != nil {
		return nil, err
	}
	return r.Tasks.MyTasks(ctx, deref(done), p)
}

func (r *mutationResolver) CreateTask(ctx context.Context, input koop.CreateTaskInput) (*model.CreateTaskPayload, error) {
	t, err := r.Tasks.CreateTask(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateTaskPayload{Task: t}, nil
}

func (r *mutationResolver) UpdateTask(ctx context.Context, input koop.UpdateTaskInput) (*model.UpdateTaskPayload, error) {
	t, err := r.Tasks.UpdateTask(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateTaskPayload{Task: t}, nil
}

func (r *mutationResolver) DeleteTask(ctx context.Context, input koop.DeleteTaskInput) (*model.DeleteTaskPayload, error) {
	if err := r.Tasks.DeleteTask(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteTaskPayload{ID: input.ID}, nil
}
