package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
)

// Comments and files in the role matrix: whoever reads events reads them; MEMBER and up write.
func init() {
	comments := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT count(*)::text FROM comments`)
	}
	files := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT count(*)::text FROM attachments`)
	}
	authzOps = append(authzOps,
		authzOp{
			name: "Comments", policy: authzViewDirectory,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewCommentService(f.db.DB).Comments(ctx, neujahr())
				return err
			},
		},
		authzOp{
			name: "AddComment", policy: authzTakeTasks, action: "comment.create", state: comments,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewCommentService(f.db.DB).AddComment(ctx, neujahr(), "Raum ist reserviert.")
				return err
			},
		},
		authzOp{
			name: "Attachments", policy: authzViewDirectory,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewAttachmentService(f.db.DB).Attachments(ctx, neujahr())
				return err
			},
		},
		authzOp{
			name: "UploadAttachment", policy: authzTakeTasks, action: "attachment.create", state: files,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewAttachmentService(f.db.DB).UploadAttachment(ctx, koop.AttachmentUpload{Subject: neujahr(), FileName: "Programm.pdf", Data: testPDF})
				return err
			},
		},
	)
}
