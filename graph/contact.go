package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) Contacts(ctx context.Context, cooperationID string, filter *koop.ContactFilter, limit, offset *int) (*koop.ContactList, error) {
	p, err := koop.NewPage(limit, offset)
	if err != nil {
		return nil, err
	}
	return r.Resolver.Contacts.Contacts(ctx, cooperationID, deref(filter), p)
}

func (r *queryResolver) Contact(ctx context.Context, id string) (*koop.Contact, error) {
	return r.Resolver.Contacts.Contact(ctx, id)
}

func (r *queryResolver) DistributionLists(ctx context.Context, cooperationID string) ([]*koop.DistributionList, error) {
	return r.Resolver.Contacts.DistributionLists(ctx, cooperationID)
}

func (r *queryResolver) DistributionList(ctx context.Context, id string) (*koop.DistributionList, error) {
	return r.Resolver.Contacts.DistributionList(ctx, id)
}

func (r *queryResolver) PreviewContactImport(ctx context.Context, input koop.PreviewContactImportInput) (*koop.ContactImportReport, error) {
	return r.Resolver.Contacts.PreviewContactImport(ctx, input)
}

func (r *mutationResolver) CreateContact(ctx context.Context, input koop.CreateContactInput) (*model.CreateContactPayload, error) {
	c, err := r.Resolver.Contacts.CreateContact(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateContactPayload{Contact: c}, nil
}

func (r *mutationResolver) UpdateContact(ctx context.Context, input koop.UpdateContactInput) (*model.UpdateContactPayload, error) {
	c, err := r.Resolver.Contacts.UpdateContact(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateContactPayload{Contact: c}, nil
}

func (r *mutationResolver) DeleteContact(ctx context.Context, input koop.DeleteContactInput) (*model.DeleteContactPayload, error) {
	if err := r.Resolver.Contacts.DeleteContact(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteContactPayload{ID: input.ID}, nil
}

func (r *mutationResolver) CreateDistributionList(ctx context.Context, input koop.CreateDistributionListInput) (*model.CreateDistributionListPayload, error) {
	l, err := r.Resolver.Contacts.CreateDistributionList(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateDistributionListPayload{DistributionList: l}, nil
}

func (r *mutationResolver) UpdateDistributionList(ctx context.Context, input koop.UpdateDistributionListInput) (*model.UpdateDistributionListPayload, error) {
	l, err := r.Resolver.Contacts.UpdateDistributionList(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateDistributionListPayload{DistributionList: l}, nil
}

func (r *mutationResolver) DeleteDistributionList(ctx context.Context, input koop.DeleteDistributionListInput) (*model.DeleteDistributionListPayload, error) {
	if err := r.Resolver.Contacts.DeleteDistributionList(ctx, input); err != nil {
		return nil, err
	}
	return &model.DeleteDistributionListPayload{ID: input.ID}, nil
}

func (r *mutationResolver) AddContactsToList(ctx context.Context, input koop.ListContactsInput) (*model.ListContactsPayload, error) {
	l, err := r.Resolver.Contacts.AddContactsToList(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ListContactsPayload{DistributionList: l}, nil
}

func (r *mutationResolver) RemoveContactsFromList(ctx context.Context, input koop.ListContactsInput) (*model.ListContactsPayload, error) {
	l, err := r.Resolver.Contacts.RemoveContactsFromList(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ListContactsPayload{DistributionList: l}, nil
}

func (r *mutationResolver) ImportContacts(ctx context.Context, input koop.ImportContactsInput) (*model.ImportContactsPayload, error) {
	res, err := r.Resolver.Contacts.ImportContacts(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.ImportContactsPayload{Report: res.Report, CreatedCount: res.CreatedCount, UpdatedCount: res.UpdatedCount,
		SkippedCount: res.SkippedCount, OrganisationsCreated: res.OrganisationsCreated, DistributionList: res.DistributionList}, nil
}
