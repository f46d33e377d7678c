package graph

import (
	"context"
	"io"
	"net/url"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

// DownloadSigner mints the short-lived token of a download link for the acting user.
type DownloadSigner interface {
	SignDownload(userID, sessionID, attachmentID string) (string, error)
}

func subject(in *model.SubjectInput) koop.Subject {
	if in == nil {
		return koop.Subject{}
	}
	return koop.Subject{Kind: in.Kind, ID: in.ID}
}

func (r *queryResolver) Comments(ctx context.Context, s model.SubjectInput) ([]*koop.Comment, error) {
	return r.Resolver.Comments.Comments(ctx, subject(&s))
}

func (r *queryResolver) Attachments(ctx context.Context, s model.SubjectInput) ([]*koop.Attachment, error) {
	return r.Resolver.Attachments.Attachments(ctx, subject(&s))
}

func (r *mutationResolver) AddComment(ctx context.Context, input model.AddCommentInput) (*model.AddCommentPayload, error) {
	c, err := r.Resolver.Comments.AddComment(ctx, subject(input.Subject), input.Body)
	if err != nil {
		return nil, err
	}
	return &model.AddCommentPayload{Comment: c}, nil
}

func (r *mutationResolver) EditComment(ctx context.Context, input model.EditCommentInput) (*model.EditCommentPayload, error) {
	c, err := r.Resolver.Comments.EditComment(ctx, input.ID, input.Version, input.Body)
	if err != nil {
		return nil, err
	}
	return &model.EditCommentPayload{Comment: c}, nil
}

func (r *mutationResolver) DeleteComment(ctx context.Context, input model.DeleteCommentInput) (*model.DeleteCommentPayload, error) {
	if err := r.Resolver.Comments.DeleteComment(ctx, input.ID); err != nil {
		return nil, err
	}
	return &model.DeleteCommentPayload{ID: input.ID}, nil
}

func (r *mutationResolver) UploadAttachment(ctx context.Context, input model.UploadAttachmentInput) (*model.UploadAttachmentPayload, error) {
	// One byte more than allowed is enough to tell "too large" (the transport limits the request).
	data, err := io.ReadAll(io.LimitReader(input.File.File, koop.MaxAttachmentBytes+1))
	if err != nil {
		return nil, koop.FieldErrorf(koop.EINVALID, "file", "Die Datei konnte nicht gelesen werden.")
	}
	a, err := r.Resolver.Attachments.UploadAttachment(ctx, koop.AttachmentUpload{
		Subject: subject(input.Subject), FileName: input.File.Filename, Data: data, Description: deref(input.Description),
	})
	if err != nil {
		return nil, err
	}
	return &model.UploadAttachmentPayload{Attachment: a}, nil
}

func (r *mutationResolver) DeleteAttachment(ctx context.Context, input model.DeleteAttachmentInput) (*model.DeleteAttachmentPayload, error) {
	if err := r.Resolver.Attachments.DeleteAttachment(ctx, input.ID); err != nil {
		return nil, err
	}
	return &model.DeleteAttachmentPayload{ID: input.ID}, nil
}

type attachmentResolver struct{ *Resolver }

// Attachment returns the resolvers of Attachment's computed fields.
func (r *Resolver) Attachment() AttachmentResolver { return &attachmentResolver{r} }

func (r *attachmentResolver) DownloadURL(ctx context.Context, a *koop.Attachment) (string, error) {
	actor, err := koop.RequireActor(ctx)
	if err != nil {
		return "", err
	}
	token, err := r.Resolver.Downloads.SignDownload(actor.UserID, actor.SessionID, a.ID)
	if err != nil {
		return "", err
	}
	return "/files/" + url.PathEscape(a.ID) + "?token=" + url.QueryEscape(token), nil
}
