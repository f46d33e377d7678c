package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

var testPDF = []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")

func neujahr() koop.Subject { return koop.Subject{Kind: koop.SubjectEvent, ID: pgtest.DemoNeujahr2027} }

func TestCommentsOnAnEvent(t *testing.T) {
	db := pgtest.Seeded(t)
	comments := postgres.NewCommentService(db.DB)
	member, coord, viewer := db.As(t, "member@koop.test"), db.As(t, "coordinator@koop.test"), db.As(t, "viewer@koop.test")

	if _, err := comments.AddComment(member, neujahr(), "  \n "); koop.ErrorField(err) != "body" {
		t.Errorf("empty comment: %v", err)
	}
	c, err := comments.AddComment(member, neujahr(), "Catering ist angefragt,\nAngebot kommt bis Freitag.")
	if err != nil {
		t.Fatal(err)
	}
	if c.AuthorName == "" || !c.CanEdit || !c.CanDelete {
		t.Errorf("own comment: %+v", c)
	}
	if _, err := comments.AddComment(viewer, neujahr(), "Darf ich?"); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer comments: %v", err)
	}
	list, err := comments.Comments(coord, neujahr())
	if err != nil || len(list) != 1 || list[0].CanEdit || !list[0].CanDelete {
		t.Fatalf("the coordinator's view: %+v %v", list, err)
	}
	// only the author edits; a stale version is a conflict
	if _, err := comments.EditComment(coord, c.ID, c.Version, "Übernommen"); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("someone else edits: %v", err)
	}
	edited, err := comments.EditComment(member, c.ID, c.Version, "Catering ist bestellt.")
	if err != nil || edited.EditedAt == nil || edited.Version != c.Version+1 {
		t.Fatalf("edit: %+v %v", edited, err)
	}
	if _, err := comments.EditComment(member, c.ID, c.Version, "alt"); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale edit: %v", err)
	}
	// the viewer reads but may not delete; the coordinator moderates
	if err := comments.DeleteComment(viewer, c.ID); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer deletes: %v", err)
	}
	if err := comments.DeleteComment(coord, c.ID); err != nil {
		t.Fatal(err)
	}
	if err := comments.DeleteComment(coord, c.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleting twice: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action LIKE 'comment.%'`); n != 3 {
		t.Errorf("%d comment audit entries, want 3", n)
	}
	// the audit trail records the change, not the text
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action LIKE 'comment.%' AND changes::text LIKE '%Catering%'`); n != 0 {
		t.Errorf("comment text in the audit trail")
	}
	if _, err := comments.Comments(member, koop.Subject{Kind: koop.SubjectEvent, ID: "6b00c0de-0000-4000-8000-00000000ffff"}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("unknown event: %v", err)
	}
}

func TestAttachmentsOnAnEvent(t *testing.T) {
	db := pgtest.Seeded(t)
	files := postgres.NewAttachmentService(db.DB)
	member, coord, viewer := db.As(t, "member@koop.test"), db.As(t, "coordinator@koop.test"), db.As(t, "viewer@koop.test")

	a, err := files.UploadAttachment(member, koop.AttachmentUpload{Subject: neujahr(), FileName: `C:\Flyer Neujahrsempfang.pdf`, Data: testPDF, Description: "Flyer, 2. Entwurf"})
	if err != nil {
		t.Fatal(err)
	}
	if a.FileName != "Flyer Neujahrsempfang.pdf" || a.ContentType != "application/pdf" || a.SizeBytes != len(testPDF) || !a.CanDelete || a.UploaderName == "" {
		t.Errorf("uploaded: %+v", a)
	}
	// a forbidden type or a viewer writes nothing
	before := db.Count(t, `SELECT count(*) FROM attachments`)
	if _, err := files.UploadAttachment(member, koop.AttachmentUpload{Subject: neujahr(), FileName: "x.html", Data: []byte("<html><script></script></html>")}); koop.ErrorField(err) != "file" {
		t.Errorf("html: %v", err)
	}
	if _, err := files.UploadAttachment(viewer, koop.AttachmentUpload{Subject: neujahr(), FileName: "f.pdf", Data: testPDF}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer uploads: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM attachments`); n != before {
		t.Errorf("refused uploads wrote %d rows", n-before)
	}
	list, err := files.Attachments(viewer, neujahr())
	if err != nil || len(list) != 1 || list[0].CanDelete {
		t.Fatalf("viewer's list: %+v %v", list, err)
	}
	f, err := files.AttachmentFile(viewer, a.ID)
	if err != nil || string(f.Data) != string(testPDF) {
		t.Fatalf("download: %v", err)
	}
	if err := files.DeleteAttachment(viewer, a.ID); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer deletes: %v", err)
	}
	if err := files.DeleteAttachment(coord, a.ID); err != nil {
		t.Fatal(err)
	}
	if n := db.Count(t, `SELECT count(*) FROM attachment_data`); n != 0 {
		t.Errorf("the bytes stayed behind")
	}
	if _, err := files.AttachmentFile(member, a.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleted file: %v", err)
	}
}

// A nomination's documents: its managers add and remove them before the vote; whoever reads
// the nomination reads them; nominations take no comments.
func TestAttachmentsOnANomination(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	comments := postgres.NewCommentService(e.db.DB)
	n := e.create(t, "Druckerei Letter", "10317", "Handwerk")
	subj := koop.Subject{Kind: koop.SubjectNomination, ID: n.ID}

	a, err := e.files.UploadAttachment(e.coord, koop.AttachmentUpload{Subject: subj, FileName: "Empfehlungsschreiben.pdf", Data: testPDF, Description: "Brief der IHK"})
	if err != nil || !a.CanDelete || a.ContentType != "application/pdf" {
		t.Fatalf("upload: %+v %v", a, err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM attachments WHERE id = $1 AND nomination_id IS NOT NULL AND event_id IS NULL`, a.ID); n != 1 {
		t.Errorf("stored on the nomination: %d", n)
	}
	before := e.db.Count(t, `SELECT count(*) FROM attachments`)
	for name, c := range map[string]struct {
		ctx  context.Context
		code string
	}{
		"member": {e.member, koop.EFORBIDDEN}, "viewer": {e.viewer, koop.EFORBIDDEN}, "EXTERNAL": {e.outsider, koop.ENOTFOUND},
		"other cooperation": {e.other, koop.ENOTFOUND}, "anonymous": {context.Background(), koop.EUNAUTHENTICATED},
	} {
		if _, err := e.files.UploadAttachment(c.ctx, koop.AttachmentUpload{Subject: subj, FileName: "f.pdf", Data: testPDF}); koop.ErrorCode(err) != c.code {
			t.Errorf("%s uploads: %v, want %s", name, err, c.code)
		}
	}
	if _, err := e.files.UploadAttachment(e.coord, koop.AttachmentUpload{Subject: subj, FileName: "x.svg", Data: []byte("<svg onload=alert(1)></svg>")}); koop.ErrorField(err) != "file" {
		t.Errorf("svg: %v", err)
	}
	if got := e.db.Count(t, `SELECT count(*) FROM attachments`); got != before {
		t.Errorf("refused uploads wrote %d rows", got-before)
	}
	list, err := e.files.Attachments(e.viewer, subj)
	if err != nil || len(list) != 1 || list[0].CanDelete {
		t.Fatalf("viewer's list: %+v %v", list, err)
	}
	if f, err := e.files.AttachmentFile(e.member, a.ID); err != nil || string(f.Data) != string(testPDF) {
		t.Errorf("member downloads: %v", err)
	}
	if _, err := e.files.AttachmentFile(e.other, a.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("other cooperation downloads: %v", err)
	}
	if err := e.files.DeleteAttachment(e.member, a.ID); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member deletes: %v", err)
	}
	if _, err := comments.AddComment(e.member, subj, "Klingt gut."); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("comment on a nomination: %v", err)
	}
	if _, err := comments.AddComment(e.coord, subj, "Klingt gut."); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("coordinator comments on a nomination: %v", err)
	}

	// from the vote on, the documents are fixed
	e.phase(t, koop.PhaseJuryVoting)
	if l, err := e.files.Attachments(e.coord, subj); err != nil || len(l) != 1 || l[0].CanDelete {
		t.Errorf("manager's list during the vote: %+v %v", l, err)
	}
	if _, err := e.files.UploadAttachment(e.coord, koop.AttachmentUpload{Subject: subj, FileName: "spät.pdf", Data: testPDF}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("upload during the vote: %v", err)
	}
	if err := e.files.DeleteAttachment(e.coord, a.ID); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("delete during the vote: %v", err)
	}
	e.phase(t, koop.PhaseNominationClosed)
	if err := e.files.DeleteAttachment(e.coord, a.ID); err != nil {
		t.Errorf("delete before the vote: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action IN ('attachment.create', 'attachment.delete') AND changes::text LIKE '%NOMINATION%'`); n != 1 {
		t.Errorf("%d audited uploads on the nomination, want 1", n)
	}
}
