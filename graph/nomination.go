package graph

import (
	"context"
	"io"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// Nomination returns the resolvers of Nomination's relation fields.
func (r *Resolver) Nomination() NominationResolver { return &nominationResolver{r} }

type nominationResolver struct{ *Resolver }

func (r *nominationResolver) Attachments(ctx context.Context, obj *koop.Nomination) ([]*koop.Attachment, error) {
	return r.Resolver.Attachments.Attachments(ctx, koop.Subject{Kind: koop.SubjectNomination, ID: obj.ID})
}

func (r *awardCycleResolver) Nominations(ctx context.Context, obj *koop.AwardCycle) ([]*koop.Nomination, error) {
	return r.Resolver.Nominations.Nominations(ctx, obj.ID)
}

func (r *queryResolver) Nomination(ctx context.Context, id string) (*koop.Nomination, error) {
	return r.Resolver.Nominations.Nomination(ctx, id)
}

func (r *queryResolver) PublicNominationForm(ctx context.Context, cycleID string) (*koop.PublicNominationForm, error) {
	return r.Resolver.Nominations.PublicNominationForm(ctx, cycleID)
}

func (r *mutationResolver) SubmitPublicNomination(ctx context.Context, input model.PublicNominationInput) (*koop.PublicNominationPayload, error) {
	if len(input.Files) > koop.MaxPublicNominationFiles {
		return nil, koop.FieldErrorf(koop.EINVALID, "files", "Bitte hängen Sie höchstens %d Dokumente an.", koop.MaxPublicNominationFiles)
	}
	in := koop.PublicNomination{
		CycleID: input.CycleID, Company: *input.Company, Category: input.Category, Nominator: *input.Nominator,
		Justification: input.Justification, Consent: input.Consent, Homepage: input.Homepage,
	}
	for _, f := range input.Files {
		// One byte more than allowed is enough to tell "too large" (the transport limits the request).
		data, err := io.ReadAll(io.LimitReader(f.File, koop.MaxAttachmentBytes+1))
		if err != nil {
			return nil, koop.FieldErrorf(koop.EINVALID, "files", "Die Datei „%s“ konnte nicht gelesen werden.", koop.CleanFileName(f.Filename))
		}
		in.Files = append(in.Files, koop.AttachmentUpload{FileName: f.Filename, Data: data})
	}
	return r.Resolver.Nominations.SubmitPublicNomination(ctx, koop.RequestFromContext(ctx).IP, in)
}

func (r *mutationResolver) CreateNomination(ctx context.Context, input koop.CreateNominationInput) (*model.NominationPayload, error) {
	n, err := r.Resolver.Nominations.CreateNomination(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.NominationPayload{Nomination: n}, nil
}

func (r *mutationResolver) UpdateNomination(ctx context.Context, input koop.UpdateNominationInput) (*model.NominationPayload, error) {
	n, err := r.Resolver.Nominations.UpdateNomination(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.NominationPayload{Nomination: n}, nil
}

func (r *mutationResolver) DeleteNomination(ctx context.Context, input model.DeleteNominationInput) (*model.DeleteNominationPayload, error) {
	if err := r.Resolver.Nominations.DeleteNomination(ctx, input.ID, input.Version); err != nil {
		return nil, err
	}
	return &model.DeleteNominationPayload{ID: input.ID}, nil
}

func (r *mutationResolver) DecideEligibility(ctx context.Context, input koop.DecideEligibilityInput) (*model.NominationPayload, error) {
	n, err := r.Resolver.Nominations.DecideEligibility(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.NominationPayload{Nomination: n}, nil
}
