package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Retreats in the role matrix, on the demo's "Klausur 2027": participants are
// coordinator@koop.test (the chair), coordinator.wkhl@koop.test and member@koop.test. Whoever
// reads the directory reads every retreat; an EXTERNAL member only those they take part in.
// Planners (COORDINATOR, ADMIN) and the chair prepare and run it; participants and planners
// propose; only participants vote.
const (
	authzRetreat       = "6b00c0de-0000-4000-8000-000000001002"
	authzWkhlProposal  = "6b00c0de-0000-4000-8000-000000001022" // by coordinator.wkhl@koop.test
	authzOwnProposal   = "6b00c0de-0000-4000-8000-000000001021" // by member@koop.test
	authzFirstAgendaIt = "6b00c0de-0000-4000-8000-000000001035"
)

var (
	authzRetreatRead   = authzReadAwardCycle
	authzRetreatManage = authzManageAwardCycle
	// Creating one: an EXTERNAL member learns only that the role does not allow it.
	authzRetreatCreate = authzManageOrganisations
	// Proposals: participants (the MEMBER) and planners.
	authzRetreatPropose = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Votes: participants only — not even an ADMIN who does not take part.
	authzRetreatVote = map[string]string{
		authzAdmin: koop.EFORBIDDEN, authzAdminOnly: koop.EFORBIDDEN, authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: koop.EFORBIDDEN,
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

func init() {
	rs := func(f *authzFixture) *postgres.RetreatService { return postgres.NewRetreatService(f.db.DB, nil) }
	version := func(t *testing.T, f *authzFixture) int { return authzVersion(t, f.db, "retreats", authzRetreat) }
	exec := func(t *testing.T, f *authzFixture, q string, args ...any) {
		t.Helper()
		if _, err := f.db.SQL.Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
	inSession := func(t *testing.T, f *authzFixture, actor string) {
		exec(t, f, `UPDATE retreats SET status = 'IN_SESSION' WHERE id = $1`, authzRetreat)
	}
	votingOpen := func(t *testing.T, f *authzFixture, actor string) {
		exec(t, f, `UPDATE retreats SET status = 'IN_SESSION', voting_open = true WHERE id = $1`, authzRetreat)
	}
	withDecision := func(t *testing.T, f *authzFixture, actor string) {
		inSession(t, f, actor)
		exec(t, f, `INSERT INTO decisions (id, cooperation_id, retreat_id, proposal_id, outcome, text, created_at)
			VALUES ('6b00c0de-0000-4000-8000-00000000104f', $1, $2, $3, 'DEFERRED', 'Nächstes Jahr.', now())`, pgtest.DemoCooperationID, authzRetreat, authzWkhlProposal)
	}
	allDecided := func(t *testing.T, f *authzFixture, actor string) {
		inSession(t, f, actor)
		exec(t, f, `INSERT INTO decisions (cooperation_id, retreat_id, proposal_id, outcome, text, created_at)
			SELECT cooperation_id, retreat_id, id, 'REJECTED', 'Abgelehnt.', now() FROM proposals WHERE retreat_id = $1`, authzRetreat)
	}
	// asParticipant makes every actor with a membership in the demo (even an inactive one) a
	// participant.
	asParticipant := func(t *testing.T, f *authzFixture, actor string) {
		exec(t, f, `INSERT INTO retreat_participants (retreat_id, membership_id, cooperation_id)
			SELECT $1, m.id, m.cooperation_id FROM memberships m WHERE m.cooperation_id = $2 AND m.user_id::text = $3 ON CONFLICT DO NOTHING`,
			authzRetreat, pgtest.DemoCooperationID, f.userID[actor])
	}
	retreatState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(title || ':' || status || ':' || voting_open || ':' || version, ',' ORDER BY title), '') FROM retreats`)
	}
	agendaState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(title || ':' || position || ':' || version, ',' ORDER BY title), '') FROM agenda_items`)
	}
	proposalState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(title || ':' || version, ',' ORDER BY title), '') FROM proposals`)
	}
	voteState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(sum(points), 0)::text FROM votes WHERE retreat_id = $1`, authzRetreat)
	}
	decisionState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(outcome || ':' || text || ':' || version, ',' ORDER BY text), '') FROM decisions`)
	}
	step := func(fn func(*postgres.RetreatService) func(context.Context, koop.RetreatStepInput) (*koop.Retreat, error)) func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
		return func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := fn(rs(f))(ctx, koop.RetreatStepInput{ID: authzRetreat, Version: version(t, f)})
			return err
		}
	}
	authzOps = append(authzOps,
		authzOp{
			name: "Retreats", policy: authzViewCooperation,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				l, err := rs(f).Retreats(ctx, pgtest.DemoCooperationID)
				want := 2
				if actor == authzExternal {
					want = 0 // takes part in none
				}
				if err == nil && len(l) != want {
					t.Errorf("%d retreats, want %d", len(l), want)
				}
				return err
			},
		},
		authzOp{
			name: "Retreat", policy: authzRetreatRead,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				r, err := rs(f).Retreat(ctx, authzRetreat)
				if err == nil && (len(r.Proposals) != 6 || r.CanChair != (authzRetreatManage[actor] == "")) {
					t.Errorf("retreat: %d proposals, canChair %v", len(r.Proposals), r.CanChair)
				}
				return err
			},
		},
		authzOp{
			// an EXTERNAL member who takes part sees it
			name: "RetreatAsParticipant", policy: authzViewCooperation, prepare: asParticipant,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				r, err := rs(f).Retreat(ctx, authzRetreat)
				// the system admin has no membership to take part with
				if err == nil && r.AmParticipant == (actor == authzSystemAdmin) {
					t.Errorf("not a participant")
				}
				return err
			},
		},
		authzOp{
			name: "Proposal", policy: authzRetreatRead,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).Proposal(ctx, authzWkhlProposal)
				return err
			},
		},
		authzOp{
			name: "RetreatTally", policy: authzRetreatRead,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				tl, err := rs(f).Tally(ctx, authzRetreat)
				if err == nil && len(tl.Entries) != 6 {
					t.Errorf("%d entries", len(tl.Entries))
				}
				return err
			},
		},
		authzOp{
			name: "CreateRetreat", policy: authzRetreatCreate, action: "retreat.create", state: retreatState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).CreateRetreat(ctx, koop.CreateRetreatInput{CooperationID: pgtest.DemoCooperationID, Title: "Klausur 2028", PlanYear: 2028,
					StartsAt: time.Date(2027, 11, 12, 9, 0, 0, 0, koop.Berlin), EndsOn: wsDay(2027, 11, 12), PointsBudget: 10,
					ParticipantMembershipIDs: []string{f.memberMs}, ChairMembershipID: f.memberMs})
				return err
			},
		},
		authzOp{
			name: "UpdateRetreat", policy: authzRetreatManage, action: "retreat.update", state: retreatState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).UpdateRetreat(ctx, koop.UpdateRetreatInput{ID: authzRetreat, Version: version(t, f), Title: ptr("Klausur 2027 im Rathaus")})
				return err
			},
		},
		authzOp{
			name: "DeleteRetreat", policy: authzRetreatManage, action: "retreat.delete", state: retreatState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return rs(f).DeleteRetreat(ctx, koop.RetreatStepInput{ID: authzRetreat, Version: version(t, f)})
			},
		},
		authzOp{
			name: "StartRetreatSession", policy: authzRetreatManage, action: "retreat.start", state: retreatState,
			call: step(func(s *postgres.RetreatService) func(context.Context, koop.RetreatStepInput) (*koop.Retreat, error) {
				return s.StartRetreatSession
			}),
		},
		authzOp{
			name: "OpenVoting", policy: authzRetreatManage, action: "retreat.voting_open", state: retreatState, prepare: inSession,
			call: step(func(s *postgres.RetreatService) func(context.Context, koop.RetreatStepInput) (*koop.Retreat, error) {
				return s.OpenVoting
			}),
		},
		authzOp{
			name: "CloseVoting", policy: authzRetreatManage, action: "retreat.voting_close", state: retreatState, prepare: votingOpen,
			call: step(func(s *postgres.RetreatService) func(context.Context, koop.RetreatStepInput) (*koop.Retreat, error) {
				return s.CloseVoting
			}),
		},
		authzOp{
			name: "CloseRetreat", policy: authzRetreatManage, action: "retreat.close", state: retreatState, prepare: allDecided,
			call: step(func(s *postgres.RetreatService) func(context.Context, koop.RetreatStepInput) (*koop.Retreat, error) {
				return s.CloseRetreat
			}),
		},
		authzOp{
			name: "AddAgendaItem", policy: authzRetreatManage, action: "agenda_item.create", state: agendaState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).AddAgendaItem(ctx, koop.AddAgendaItemInput{RetreatID: authzRetreat, Title: "Mittagspause", DurationMinutes: 45})
				return err
			},
		},
		authzOp{
			name: "UpdateAgendaItem", policy: authzRetreatManage, action: "agenda_item.update", state: agendaState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).UpdateAgendaItem(ctx, koop.UpdateAgendaItemInput{ID: authzFirstAgendaIt, Version: authzVersion(t, f.db, "agenda_items", authzFirstAgendaIt),
					DurationMinutes: ptr(20)})
				return err
			},
		},
		authzOp{
			name: "MoveAgendaItem", policy: authzRetreatManage, action: "agenda_item.move", state: agendaState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).MoveAgendaItem(ctx, koop.MoveAgendaItemInput{ID: authzFirstAgendaIt, Position: 2})
				return err
			},
		},
		authzOp{
			name: "DeleteAgendaItem", policy: authzRetreatManage, action: "agenda_item.delete", state: agendaState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).DeleteAgendaItem(ctx, authzFirstAgendaIt)
				return err
			},
		},
		authzOp{
			name: "SubmitProposal", policy: authzRetreatPropose, action: "proposal.create", state: proposalState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).SubmitProposal(ctx, koop.SubmitProposalInput{RetreatID: authzRetreat, Kind: koop.ProposalTopic, Title: "Lichtenberger Unternehmerfrühstück"})
				return err
			},
		},
		authzOp{
			name: "UpdateOwnProposal", policy: authzRetreatPropose, action: "proposal.update", state: proposalState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).UpdateProposal(ctx, koop.UpdateProposalInput{ID: authzOwnProposal, Version: authzVersion(t, f.db, "proposals", authzOwnProposal),
					Title: ptr("Investitionsmesse 2027 mit Gründungsforum")})
				return err
			},
		},
		authzOp{
			name: "UpdateOthersProposal", policy: authzRetreatManage, action: "proposal.update", state: proposalState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).UpdateProposal(ctx, koop.UpdateProposalInput{ID: authzWkhlProposal, Version: authzVersion(t, f.db, "proposals", authzWkhlProposal),
					Title: ptr("Wirtschaftsdinner 2027 im Rathaus")})
				return err
			},
		},
		authzOp{
			name: "WithdrawProposal", policy: authzRetreatManage, action: "proposal.delete", state: proposalState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).WithdrawProposal(ctx, koop.WithdrawProposalInput{ID: authzWkhlProposal, Version: authzVersion(t, f.db, "proposals", authzWkhlProposal)})
				return err
			},
		},
		authzOp{
			name: "AddProposalComment", policy: authzWorkstreamContribute, action: "comment.create",
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT count(*)::text FROM comments WHERE proposal_id IS NOT NULL`)
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewCommentService(f.db.DB).AddComment(ctx, koop.Subject{Kind: koop.SubjectProposal, ID: authzWkhlProposal}, "Gern im Rathaus.")
				return err
			},
		},
		authzOp{
			name: "CastVote", policy: authzRetreatVote, action: "vote.cast", state: voteState, prepare: votingOpen,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).CastVote(ctx, koop.CastVoteInput{ProposalID: authzWkhlProposal, Points: 3})
				return err
			},
		},
		authzOp{
			name: "RecordDecision", policy: authzRetreatManage, action: "decision.create", state: decisionState, prepare: inSession,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).RecordDecision(ctx, koop.RecordDecisionInput{RetreatID: authzRetreat, ProposalID: ptr(authzWkhlProposal),
					Outcome: koop.DecisionAccepted, Text: "Das Dinner findet statt.", OwnerPartnerID: ptr(pgtest.DemoWKHLPartnerID)})
				return err
			},
		},
		authzOp{
			name: "UpdateDecision", policy: authzRetreatManage, action: "decision.update", state: decisionState, prepare: withDecision,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := "6b00c0de-0000-4000-8000-00000000104f"
				_, err := rs(f).UpdateDecision(ctx, koop.UpdateDecisionInput{ID: id, Version: authzVersion(t, f.db, "decisions", id), Text: ptr("Übernächstes Jahr.")})
				return err
			},
		},
		authzOp{
			name: "DeleteDecision", policy: authzRetreatManage, action: "decision.delete", state: decisionState, prepare: withDecision,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := rs(f).DeleteDecision(ctx, "6b00c0de-0000-4000-8000-00000000104f")
				return err
			},
		},
	)
}
