package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Workstreams in the role matrix: whoever reads the directory reads them, and to EXTERNAL
// members they do not exist; COORDINATOR and ADMIN manage them; its leads also report and mark
// milestones done. The matrix workstream is led by coordinator.wkhl@koop.test, who is none of
// the actors, so MEMBER and VIEWER are refused unless an operation makes them a lead first.
var (
	// Reading and managing: the policies of award cycles, which EXTERNAL members (who judge none
	// here) do not see either.
	authzWorkstreamRead   = authzReadAwardCycle
	authzWorkstreamManage = authzManageAwardCycle
	// What leads may do, once every actor who can be one leads the workstream: a VIEWER too.
	authzWorkstreamAsLead = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: koop.ENOTFOUND,
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Comments and files on a workstream: MEMBER and up write, as on events.
	authzWorkstreamContribute = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

const authzWorkstreamTitle = "Matrixprojekt Gewerbeflächen"

// authzWorkstream adds the matrix workstream with one milestone, by SQL so that nothing is
// audited, and returns their IDs.
func authzWorkstream(t *testing.T, f *authzFixture) (workstreamID, milestoneID string) {
	t.Helper()
	demo := pgtest.DemoCooperationID
	if err := f.db.SQL.Get(&workstreamID, `INSERT INTO workstreams (cooperation_id, title, starts_on, ends_on, created_at, updated_at)
		VALUES ($1, $2, '2026-01-01', '2027-12-31', now(), now()) RETURNING id`, demo, authzWorkstreamTitle); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.SQL.Exec(`INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id) VALUES ($1, $2, $3)`,
		workstreamID, authzMembershipID(t, f.db, demo, "coordinator.wkhl@koop.test"), demo); err != nil {
		t.Fatal(err)
	}
	if err := f.db.SQL.Get(&milestoneID, `INSERT INTO milestones (cooperation_id, workstream_id, title, due_on, created_at, updated_at)
		VALUES ($1, $2, 'Flächenkataster fertig', '2026-06-30', now(), now()) RETURNING id`, demo, workstreamID); err != nil {
		t.Fatal(err)
	}
	return workstreamID, milestoneID
}

// authzWorkstreamIDs finds the matrix workstream and its milestone.
func authzWorkstreamIDs(t *testing.T, f *authzFixture) (workstreamID, milestoneID string) {
	t.Helper()
	workstreamID = authzText(t, f.db, `SELECT id::text FROM workstreams WHERE title = $1`, authzWorkstreamTitle)
	milestoneID = authzText(t, f.db, `SELECT id::text FROM milestones WHERE workstream_id = $1`, workstreamID)
	return
}

func init() {
	ws := func(f *authzFixture) *postgres.WorkstreamService { return postgres.NewWorkstreamService(f.db.DB) }
	prepare := func(t *testing.T, f *authzFixture, actor string) { authzWorkstream(t, f) }
	// asLead also makes the actor a lead through their membership in the demo cooperation, if
	// they have one (even an inactive one: leading does not bring it back).
	asLead := func(t *testing.T, f *authzFixture, actor string) {
		wid, _ := authzWorkstream(t, f)
		if _, err := f.db.SQL.Exec(`INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id)
			SELECT $1, m.id, m.cooperation_id FROM memberships m WHERE m.cooperation_id = $2 AND m.user_id::text = $3`,
			wid, pgtest.DemoCooperationID, f.userID[actor]); err != nil {
			t.Fatal(err)
		}
	}
	workstreamState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(title || ':' || status || ':' || version, ',' ORDER BY title), '') FROM workstreams`)
	}
	milestoneState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(title || ':' || due_on || ':' || coalesce(done_on::text, '-') || ':' || version, ',' ORDER BY title), '') FROM milestones`)
	}
	reportState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT (SELECT count(*) FROM status_reports) || '/' || (SELECT coalesce(sum(version), 0) FROM workstreams)`)
	}
	subject := func(t *testing.T, f *authzFixture) koop.Subject {
		wid, _ := authzWorkstreamIDs(t, f)
		return koop.Subject{Kind: koop.SubjectWorkstream, ID: wid}
	}
	markDone := func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
		_, mid := authzWorkstreamIDs(t, f)
		_, err := ws(f).UpdateMilestone(ctx, koop.UpdateMilestoneInput{ID: mid, Version: authzVersion(t, f.db, "milestones", mid), DoneOn: ptr(wsDay(2026, 11, 20))})
		return err
	}
	report := func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
		wid, _ := authzWorkstreamIDs(t, f)
		_, err := ws(f).AddStatusReport(ctx, koop.AddStatusReportInput{WorkstreamID: wid, Version: authzVersion(t, f.db, "workstreams", wid),
			Status: koop.WorkstreamAtRisk, Summary: "Verzug beim Kataster."})
		return err
	}
	authzOps = append(authzOps,
		authzOp{
			name: "Workstreams", policy: authzWorkstreamRead, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				l, err := ws(f).Workstreams(ctx, pgtest.DemoCooperationID, koop.WorkstreamFilter{})
				if err == nil {
					w := wsFind(l, authzText(t, f.db, `SELECT id::text FROM workstreams WHERE title = $1`, authzWorkstreamTitle))
					if w == nil || len(w.Leads) != 1 || len(w.Milestones) != 1 || w.CanManage != (authzWorkstreamManage[actor] == "") || w.CanReport != w.CanManage {
						t.Errorf("board %+v", w)
					}
				}
				return err
			},
		},
		authzOp{
			name: "Workstream", policy: authzWorkstreamRead, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				wid, _ := authzWorkstreamIDs(t, f)
				w, err := ws(f).Workstream(ctx, wid)
				if err == nil && (w.ID != wid || len(w.Milestones) != 1 || w.CanManage != (authzWorkstreamManage[actor] == "")) {
					t.Errorf("workstream %+v", w)
				}
				return err
			},
		},
		authzOp{
			name: "CreateWorkstream", policy: authzWorkstreamManage, action: "workstream.create", state: workstreamState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := ws(f).CreateWorkstream(ctx, koop.CreateWorkstreamInput{CooperationID: pgtest.DemoCooperationID, Title: "Matrixprojekt Fachkräfte",
					StartsOn: wsDay(2026, 1, 1), LeadMembershipIDs: []string{f.memberMs}})
				return err
			},
		},
		authzOp{
			name: "UpdateWorkstream", policy: authzWorkstreamManage, action: "workstream.update", prepare: prepare, state: workstreamState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				wid, _ := authzWorkstreamIDs(t, f)
				_, err := ws(f).UpdateWorkstream(ctx, koop.UpdateWorkstreamInput{ID: wid, Version: authzVersion(t, f.db, "workstreams", wid),
					Title: ptr(authzWorkstreamTitle + " 2027")})
				return err
			},
		},
		authzOp{
			name: "DeleteWorkstream", policy: authzWorkstreamManage, action: "workstream.delete", prepare: prepare, state: workstreamState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				wid, _ := authzWorkstreamIDs(t, f)
				return ws(f).DeleteWorkstream(ctx, koop.DeleteWorkstreamInput{ID: wid, Version: authzVersion(t, f.db, "workstreams", wid)})
			},
		},
		authzOp{
			name: "CreateMilestone", policy: authzWorkstreamManage, action: "milestone.create", prepare: prepare, state: milestoneState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				wid, _ := authzWorkstreamIDs(t, f)
				_, err := ws(f).CreateMilestone(ctx, koop.CreateMilestoneInput{WorkstreamID: wid, Title: "Exposé veröffentlicht", DueOn: wsDay(2026, 9, 1)})
				return err
			},
		},
		authzOp{
			name: "UpdateMilestone", policy: authzWorkstreamManage, action: "milestone.update", prepare: prepare, state: milestoneState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, mid := authzWorkstreamIDs(t, f)
				_, err := ws(f).UpdateMilestone(ctx, koop.UpdateMilestoneInput{ID: mid, Version: authzVersion(t, f.db, "milestones", mid), DueOn: ptr(wsDay(2026, 7, 31))})
				return err
			},
		},
		authzOp{
			name: "UpdateMilestoneDone", policy: authzWorkstreamManage, action: "milestone.update", prepare: prepare, state: milestoneState,
			call: markDone,
		},
		authzOp{
			name: "UpdateMilestoneDoneAsLead", policy: authzWorkstreamAsLead, action: "milestone.update", prepare: asLead, state: milestoneState,
			call: markDone,
		},
		authzOp{
			name: "DeleteMilestone", policy: authzWorkstreamManage, action: "milestone.delete", prepare: prepare, state: milestoneState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, mid := authzWorkstreamIDs(t, f)
				_, err := ws(f).DeleteMilestone(ctx, koop.DeleteMilestoneInput{ID: mid, Version: authzVersion(t, f.db, "milestones", mid)})
				return err
			},
		},
		authzOp{
			name: "AddStatusReport", policy: authzWorkstreamManage, action: "status_report.create", prepare: prepare, state: reportState,
			call: report,
		},
		authzOp{
			name: "AddStatusReportAsLead", policy: authzWorkstreamAsLead, action: "status_report.create", prepare: asLead, state: reportState,
			call: report,
		},
		authzOp{
			name: "CreateWorkstreamTask", policy: authzPlan, action: "task.create", prepare: prepare,
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT count(*)::text FROM tasks WHERE workstream_id IS NOT NULL`)
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				wid, _ := authzWorkstreamIDs(t, f)
				_, err := postgres.NewTaskService(f.db.DB).CreateTask(ctx, koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, WorkstreamID: &wid, Title: "Kataster prüfen"})
				return err
			},
		},
		authzOp{
			name: "WorkstreamComments", policy: authzWorkstreamRead, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewCommentService(f.db.DB).Comments(ctx, subject(t, f))
				return err
			},
		},
		authzOp{
			name: "AddWorkstreamComment", policy: authzWorkstreamContribute, action: "comment.create", prepare: prepare,
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT count(*)::text FROM comments WHERE workstream_id IS NOT NULL`)
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewCommentService(f.db.DB).AddComment(ctx, subject(t, f), "Flächenliste ist da.")
				return err
			},
		},
		authzOp{
			name: "WorkstreamAttachments", policy: authzWorkstreamRead, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewAttachmentService(f.db.DB).Attachments(ctx, subject(t, f))
				return err
			},
		},
		authzOp{
			name: "UploadWorkstreamAttachment", policy: authzWorkstreamContribute, action: "attachment.create", prepare: prepare,
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT count(*)::text FROM attachments WHERE workstream_id IS NOT NULL`)
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewAttachmentService(f.db.DB).UploadAttachment(ctx, koop.AttachmentUpload{Subject: subject(t, f), FileName: "Kataster.pdf", Data: testPDF})
				return err
			},
		},
	)
}

// A member who leads a workstream reports on it and marks its milestones done, but changes
// nothing else; after the lead is removed, the member cannot report any more.
func TestWorkstreamLeadMayReportButNotManage(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	memberMs := authzMembershipID(t, db, pgtest.DemoCooperationID, "member@koop.test")
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Leitung", StartsOn: wsDay(2026, 1, 1), EndsOn: ptr(wsDay(2027, 12, 31)),
		LeadMembershipIDs: []string{memberMs}})
	m := e.milestone(t, w.ID, "Berufsorientierungstag", wsDay(2026, 10, 1))
	if !w.CanReport {
		t.Fatal("the admin cannot report")
	}
	if x, err := e.ws.Workstream(e.member, w.ID); err != nil || x.CanManage || !x.CanReport {
		t.Fatalf("lead sees canManage %v canReport %v (%v); want false, true", x.CanManage, x.CanReport, err)
	}

	got, err := e.ws.AddStatusReport(e.member, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: w.Version, Status: koop.WorkstreamOnTrack, Summary: "Schulen sind dabei."})
	if err != nil || got.Status != koop.WorkstreamOnTrack || got.StatusReports[0].AuthorName != "Mira Maaß" {
		t.Fatalf("lead reports: %+v, %v", got, err)
	}
	got, err = e.ws.UpdateMilestone(e.member, koop.UpdateMilestoneInput{ID: m.ID, Version: m.Version, DoneOn: ptr(wsDay(2026, 10, 2))})
	if err != nil || got.Milestones[0].DoneOn == nil {
		t.Fatalf("lead marks done: %+v, %v", got, err)
	}
	if _, err = e.ws.UpdateMilestone(e.member, koop.UpdateMilestoneInput{ID: m.ID, Version: 2, ClearDoneOn: ptr(true)}); err != nil {
		t.Fatalf("lead reopens: %v", err)
	}
	before := wsRows(t, db)
	for name, call := range map[string]func() error{
		"rename milestone": func() error {
			_, err := e.ws.UpdateMilestone(e.member, koop.UpdateMilestoneInput{ID: m.ID, Version: 3, Title: ptr("Umbenannt")})
			return err
		},
		"mark done and rename": func() error {
			_, err := e.ws.UpdateMilestone(e.member, koop.UpdateMilestoneInput{ID: m.ID, Version: 3, DoneOn: ptr(wsDay(2026, 10, 2)), Title: ptr("Umbenannt")})
			return err
		},
		"move milestone": func() error {
			_, err := e.ws.UpdateMilestone(e.member, koop.UpdateMilestoneInput{ID: m.ID, Version: 3, DueOn: ptr(wsDay(2026, 11, 1))})
			return err
		},
		"add milestone": func() error {
			_, err := e.ws.CreateMilestone(e.member, koop.CreateMilestoneInput{WorkstreamID: w.ID, Title: "Neu", DueOn: wsDay(2026, 11, 1)})
			return err
		},
		"delete milestone": func() error {
			_, err := e.ws.DeleteMilestone(e.member, koop.DeleteMilestoneInput{ID: m.ID, Version: 3})
			return err
		},
		"rename workstream": func() error {
			_, err := e.ws.UpdateWorkstream(e.member, koop.UpdateWorkstreamInput{ID: w.ID, Version: 2, Title: ptr("Umbenannt")})
			return err
		},
		"delete workstream": func() error {
			return e.ws.DeleteWorkstream(e.member, koop.DeleteWorkstreamInput{ID: w.ID, Version: 2})
		},
		"report as a non-lead viewer": func() error {
			_, err := e.ws.AddStatusReport(e.viewer, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: 2, Status: koop.WorkstreamAtRisk, Summary: "Nein"})
			return err
		},
	} {
		if err := call(); koop.ErrorCode(err) != koop.EFORBIDDEN {
			t.Errorf("%s: %v; want FORBIDDEN", name, err)
		}
	}
	if after := wsRows(t, db); after != before {
		t.Errorf("refused changes changed data: %s, was %s", after, before)
	}

	if _, err := e.ws.UpdateWorkstream(e.coord, koop.UpdateWorkstreamInput{ID: w.ID, Version: 2, LeadMembershipIDs: []string{}}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.ws.AddStatusReport(e.member, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: 3, Status: koop.WorkstreamAtRisk, Summary: "Noch einer"}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("former lead reports: %v", err)
	}
}
