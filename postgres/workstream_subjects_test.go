package postgres_test

import (
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Tasks, comments and files on workstreams use what events use.

func TestTasksOnWorkstreams(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	tasks := postgres.NewTaskService(db.DB)
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Aufgaben"})
	memberID := db.UserID(t, "member@koop.test")

	task, err := tasks.CreateTask(e.coord, koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, WorkstreamID: &w.ID, Title: "Flächenliste abgleichen",
		DueOn: ptr(wsDay(2026, 12, 1)), AssigneeID: &memberID})
	if err != nil {
		t.Fatal(err)
	}
	if task.Workstream == nil || task.Workstream.ID != w.ID || task.Workstream.Title != "Testprojekt Aufgaben" || task.Event != nil ||
		task.WorkstreamID == nil || *task.WorkstreamID != w.ID {
		t.Fatalf("created task: workstream %+v, event %+v", task.Workstream, task.Event)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'task.create' AND entity_id = $1 AND changes @> $2::jsonb`,
		task.ID, `[{"field": "workstreamId", "new": "`+w.ID+`"}]`); n != 1 {
		t.Errorf("the task's workstream is not in the audit trail (%d)", n)
	}

	// The assignee's list shows where the task belongs; completing it keeps the link.
	mine, err := tasks.MyTasks(e.member, false, koop.Page{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	var found *koop.Task
	for _, x := range mine.Items {
		if x.ID == task.ID {
			found = x
		}
	}
	if found == nil || found.Workstream == nil || found.Workstream.Title != "Testprojekt Aufgaben" {
		t.Fatalf("my tasks: %+v", found)
	}
	done, err := tasks.UpdateTask(e.member, koop.UpdateTaskInput{ID: task.ID, Version: task.Version, Done: ptr(true)})
	if err != nil || !done.Done || done.Workstream == nil || done.Workstream.ID != w.ID {
		t.Fatalf("member completes the task: %+v, %v", done, err)
	}
	got, err := e.ws.Workstream(e.viewer, w.ID)
	if err != nil || len(got.Tasks) != 1 || got.OpenTaskCount != 0 || !got.Tasks[0].Done {
		t.Fatalf("workstream tasks %+v, open %d, %v", got.Tasks, got.OpenTaskCount, err)
	}

	// Refused: both an event and a workstream, a workstream of another cooperation, a
	// malformed or unknown one.
	coops := postgres.NewCooperationService(db.DB)
	other, err := coops.CreateCooperation(e.admin, koop.CreateCooperationInput{Name: "Kooperation Spandau",
		Partners: []*koop.NewPartnerInput{{Name: "Bezirksamt Spandau", Kind: koop.OrganisationAuthority}}, AdminEmail: "spandau@koop.test", AdminName: "Sina Spand"})
	if err != nil {
		t.Fatal(err)
	}
	foreign := e.create(t, koop.CreateWorkstreamInput{CooperationID: other.ID, Title: "Fremdes Projekt"})
	before := db.Count(t, `SELECT count(*) FROM tasks`) + db.Count(t, `SELECT count(*) FROM audit_entries`)
	for name, in := range map[string]koop.CreateTaskInput{
		"event and workstream":  {EventID: ptr(pgtest.DemoNeujahr2027), WorkstreamID: &w.ID},
		"other cooperation":     {WorkstreamID: &foreign.ID},
		"malformed workstream":  {WorkstreamID: ptr("nope")},
		"unknown workstream":    {WorkstreamID: ptr(authzMissingID)},
		"workstream as eventId": {EventID: &w.ID},
	} {
		in.CooperationID, in.Title = pgtest.DemoCooperationID, "Doppelt"
		_, err := tasks.CreateTask(e.coord, in)
		field := "workstreamId"
		if in.WorkstreamID == nil {
			field = "eventId"
		}
		if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != field {
			t.Errorf("%s: %v; want INVALID/%s", name, err, field)
		}
	}
	if after := db.Count(t, `SELECT count(*) FROM tasks`) + db.Count(t, `SELECT count(*) FROM audit_entries`); after != before {
		t.Error("refused tasks left rows behind")
	}
	// A member cannot put tasks on a workstream (planning), even one they lead.
	if _, err := tasks.CreateTask(e.member, koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, WorkstreamID: &w.ID, Title: "Eigene"}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member creates a workstream task: %v", err)
	}
}

func TestCommentsAndFilesOnWorkstreams(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	comments, files := postgres.NewCommentService(db.DB), postgres.NewAttachmentService(db.DB)
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Dokumente"})
	subj := koop.Subject{Kind: koop.SubjectWorkstream, ID: w.ID}
	authzAddMembership(t, db, pgtest.DemoCooperationID, authzAddUser(t, db, "ext.subj@koop.test", "Egon Extern", false), koop.RoleExternal, true)
	external := db.As(t, "ext.subj@koop.test")

	c, err := comments.AddComment(e.member, subj, "Entwurf liegt bei.")
	if err != nil || !c.CanEdit || !c.CanDelete {
		t.Fatalf("member comments: %+v, %v", c, err)
	}
	if _, err := comments.AddComment(e.viewer, subj, "Darf ich?"); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer comments: %v", err)
	}
	list, err := comments.Comments(e.viewer, subj)
	if err != nil || len(list) != 1 || list[0].Body != "Entwurf liegt bei." || list[0].CanDelete {
		t.Fatalf("viewer reads comments: %+v, %v", list, err)
	}
	if list, err := comments.Comments(e.coord, subj); err != nil || len(list) != 1 || !list[0].CanDelete || list[0].CanEdit {
		t.Errorf("coordinator reads comments: %+v, %v", list, err)
	}
	if n := db.Count(t, `SELECT count(*) FROM comments WHERE workstream_id = $1 AND event_id IS NULL`, w.ID); n != 1 {
		t.Errorf("comment stored on the workstream: %d", n)
	}
	edited, err := comments.EditComment(e.member, c.ID, c.Version, "Entwurf liegt bei (Fassung 2).")
	if err != nil || edited.Body != "Entwurf liegt bei (Fassung 2)." {
		t.Fatalf("edit: %+v, %v", edited, err)
	}

	a, err := files.UploadAttachment(e.member, koop.AttachmentUpload{Subject: subj, FileName: "Exposé.pdf", Data: testPDF, Description: "Entwurf"})
	if err != nil || !a.CanDelete {
		t.Fatalf("member uploads: %+v, %v", a, err)
	}
	if _, err := files.UploadAttachment(e.viewer, koop.AttachmentUpload{Subject: subj, FileName: "x.pdf", Data: testPDF}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer uploads: %v", err)
	}
	if l, err := files.Attachments(e.viewer, subj); err != nil || len(l) != 1 || l[0].FileName != "Exposé.pdf" || l[0].CanDelete {
		t.Errorf("viewer lists files: %+v, %v", l, err)
	}
	if f, err := files.AttachmentFile(e.viewer, a.ID); err != nil || string(f.Data) != string(testPDF) {
		t.Errorf("viewer downloads: %v", err)
	}

	// To an EXTERNAL member the workstream, its comments and its files do not exist.
	if _, err := comments.Comments(external, subj); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external reads comments: %v", err)
	}
	if _, err := files.Attachments(external, subj); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external lists files: %v", err)
	}
	if _, err := files.AttachmentFile(external, a.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external downloads: %v", err)
	}
	if err := comments.DeleteComment(external, c.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external deletes a comment: %v", err)
	}
	if err := files.DeleteAttachment(external, a.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external deletes a file: %v", err)
	}
	if _, err := comments.Comments(e.member, koop.Subject{Kind: koop.SubjectWorkstream, ID: authzMissingID}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("comments of an unknown workstream: %v", err)
	}

	// Planners remove anything; the uploader removes their own.
	if err := files.DeleteAttachment(e.viewer, a.ID); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer deletes a file: %v", err)
	}
	if err := files.DeleteAttachment(e.member, a.ID); err != nil {
		t.Errorf("uploader deletes: %v", err)
	}
	if err := comments.DeleteComment(e.coord, c.ID); err != nil {
		t.Errorf("coordinator deletes a comment: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action IN ('comment.create', 'comment.update', 'comment.delete', 'attachment.create', 'attachment.delete')
		AND entity_id IN ($1, $2)`, c.ID, a.ID); n != 5 {
		t.Errorf("%d audit entries for the comment and the file, want 5", n)
	}
}
