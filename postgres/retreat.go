package postgres

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// RetreatService implements koop.RetreatService.
type RetreatService struct {
	db  *DB
	hub *Hub
}

// NewRetreatService returns the service; hub carries live tally changes between server
// processes (nil: no live updates, for tests that do not need them).
func NewRetreatService(db *DB, hub *Hub) *RetreatService { return &RetreatService{db: db, hub: hub} }

var _ koop.RetreatService = (*RetreatService)(nil)

const retreatSelect = `SELECT r.id, r.cooperation_id, r.title, r.plan_year, r.starts_at, r.ends_on, r.place, r.status, r.voting_open,
	r.points_budget, r.chair_membership_id, r.closed_at, r.version,
	coalesce((SELECT t.revision FROM retreat_tallies t WHERE t.retreat_id = r.id), 0) AS tally_revision FROM retreats r`

func errRetreatNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Klausur wurde nicht gefunden.")
}

func errRetreatClosed() error {
	return koop.Errorf(koop.EINVALID, "Die Klausur ist abgeschlossen; ihr Protokoll und ihr Plan können nicht mehr geändert werden.")
}

// retreatAccess is what the actor may do with one retreat.
type retreatAccess struct {
	r *koop.Retreat
	c *koop.Cooperation
	// membershipID is the actor's membership in the cooperation ("" if none).
	membershipID string
	participant  bool
	manage       bool
	chair        bool
}

// myMembership is the actor's active membership in a cooperation ("" if none).
func (tx *Tx) myMembership(cooperationID string) (string, error) {
	var id string
	err := tx.get(&id, `SELECT id FROM memberships WHERE cooperation_id = $1 AND user_id = $2 AND active`, cooperationID, tx.Actor.UserID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// retreat loads a retreat with the actor's rights; to whoever may not read it, it does not
// exist. Everyone who reads the directory reads every retreat; EXTERNAL members only those they
// take part in. lock takes the row for an update.
func (tx *Tx) retreat(id string, lock bool) (*retreatAccess, error) {
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, errRetreatNotFound()
	}
	q := retreatSelect + ` WHERE r.id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	var r koop.Retreat
	err := tx.get(&r, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errRetreatNotFound()
	}
	if err != nil {
		return nil, err
	}
	c, err := tx.cooperation(r.CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND || koop.ErrorCode(err) == koop.EFORBIDDEN {
		return nil, errRetreatNotFound()
	}
	if err != nil {
		return nil, err
	}
	a := &retreatAccess{r: &r, c: c}
	if a.membershipID, err = tx.myMembership(c.ID); err != nil {
		return nil, err
	}
	if a.membershipID != "" {
		if err := tx.get(&a.participant, `SELECT EXISTS (SELECT 1 FROM retreat_participants WHERE retreat_id = $1 AND membership_id = $2)`,
			r.ID, a.membershipID); err != nil {
			return nil, err
		}
	}
	if !c.MyRole.Can(koop.PermViewDirectory) && !a.participant {
		return nil, errRetreatNotFound()
	}
	a.manage = c.MyRole.Can(koop.PermManageRetreat)
	a.chair = a.manage || (a.participant && r.ChairID != nil && *r.ChairID == a.membershipID)
	return a, nil
}

// open refuses a change to a closed retreat.
func (a *retreatAccess) open() error {
	if a.r.Status == koop.RetreatClosed {
		return errRetreatClosed()
	}
	return nil
}

// requireChair refuses whoever neither chairs nor plans the retreat.
func (a *retreatAccess) requireChair() error {
	if !a.chair {
		return koop.Errorf(koop.EFORBIDDEN, "Nur die Moderation der Klausur und die Koordination dürfen das.")
	}
	return nil
}

// chairedRetreat loads a retreat, locked, for a change by its chair or a planner; a closed
// retreat is refused.
func (tx *Tx) chairedRetreat(id string) (*retreatAccess, error) {
	a, err := tx.retreat(id, true)
	if err != nil {
		return nil, err
	}
	if err := a.requireChair(); err != nil {
		return nil, err
	}
	return a, a.open()
}

// requireManage refuses whoever does not plan retreats.
func (a *retreatAccess) requireManage() error {
	return a.c.MyRole.Require(koop.PermManageRetreat)
}

// auditTally audits a change of a retreat's proposals, votes or session and tells every server
// process that its tally may have changed.
func (tx *Tx) auditTally(r *koop.Retreat, action, entityType, entityID string, ch koop.Changes) error {
	if err := tx.audit(&r.CooperationID, action, entityType, entityID, ch); err != nil {
		return err
	}
	return tx.notifyTally(r.ID)
}

// notifyTally counts a change of the retreat's tally and tells every server process, once the
// transaction commits. Changes of one retreat are counted one after the other (the row lock on
// its revision), so a later snapshot never has a smaller revision.
func (tx *Tx) notifyTally(retreatID string) error {
	return tx.exec(`WITH counted AS (
			INSERT INTO retreat_tallies (retreat_id, revision) SELECT id, 1 FROM retreats WHERE id = $2
			ON CONFLICT (retreat_id) DO UPDATE SET revision = retreat_tallies.revision + 1 RETURNING 1)
		SELECT pg_notify($1, $2::text) FROM (SELECT count(*) FROM counted) c`, channelTally, retreatID)
}

// Retreats lists a cooperation's retreats, newest planned year first.
func (s *RetreatService) Retreats(ctx context.Context, cooperationID string) ([]*koop.Retreat, error) {
	out := []*koop.Retreat{}
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.cooperation(cooperationID)
		if err != nil {
			return err
		}
		mine, err := tx.myMembership(c.ID)
		if err != nil {
			return err
		}
		// EXTERNAL members see the retreats they take part in
		all := c.MyRole.Can(koop.PermViewDirectory)
		if err := tx.sel(&out, retreatSelect+` WHERE r.cooperation_id = $1 AND ($2 OR EXISTS (SELECT 1 FROM retreat_participants p
			WHERE p.retreat_id = r.id AND p.membership_id = $3::uuid)) ORDER BY r.plan_year DESC, r.starts_at DESC`, c.ID, all, nullable(mine)); err != nil {
			return err
		}
		return tx.loadRetreats(c, mine, out)
	})
	return out, err
}

// minutes is n minutes.
func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Retreat returns one retreat with everything on it.
func (s *RetreatService) Retreat(ctx context.Context, id string) (*koop.Retreat, error) {
	var out *koop.Retreat
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = tx.fullRetreat(id)
		return err
	})
	return out, err
}

func (tx *Tx) fullRetreat(id string) (*koop.Retreat, error) {
	a, err := tx.retreat(id, false)
	if err != nil {
		return nil, err
	}
	return a.r, tx.loadRetreats(a.c, a.membershipID, []*koop.Retreat{a.r})
}

// Proposal returns one proposal.
func (s *RetreatService) Proposal(ctx context.Context, id string) (*koop.Proposal, error) {
	var out *koop.Proposal
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = tx.fullProposal(id)
		return err
	})
	return out, err
}

func errProposalNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Der Vorschlag wurde nicht gefunden.")
}

// proposal loads a proposal's retreat with the actor's rights, and the proposal's row.
func (tx *Tx) proposal(id string, lock bool) (*koop.Proposal, *retreatAccess, error) {
	retreatID, err := tx.retreatOf("proposals", id, errProposalNotFound)
	if err != nil {
		return nil, nil, err
	}
	a, err := tx.retreat(retreatID, lock)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, errProposalNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	var row struct {
		koop.Proposal
		Voters int `db:"voters"`
	}
	q := proposalSelect + ` WHERE p.id = $1 GROUP BY p.id`
	if err := tx.get(&row, q, id, nullable(a.membershipID)); err != nil {
		return nil, nil, err
	}
	return &row.Proposal, a, nil
}

func (tx *Tx) fullProposal(id string) (*koop.Proposal, error) {
	_, a, err := tx.proposal(id, false)
	if err != nil {
		return nil, err
	}
	if err := tx.loadRetreats(a.c, a.membershipID, []*koop.Retreat{a.r}); err != nil {
		return nil, err
	}
	for _, p := range a.r.Proposals {
		if p.ID == id {
			return p, nil
		}
	}
	return nil, errProposalNotFound()
}

// proposalSelect reads proposals with their points, the reader's points ($2) and comment counts.
const proposalSelect = `SELECT p.id, p.retreat_id, p.kind, p.title, p.description, p.series_id, p.planned_on, p.workstream_id, p.priority,
	p.submitter_membership_id, p.submitter_name, p.submitter_partner_id, p.created_at, p.version,
	coalesce(sum(v.points), 0) AS points, coalesce(sum(v.points) FILTER (WHERE v.membership_id = $2::uuid), 0) AS my_points,
	count(v.membership_id) AS voters,
	(SELECT count(*) FROM comments cm WHERE cm.proposal_id = p.id) AS comment_count
	FROM proposals p LEFT JOIN votes v ON v.proposal_id = p.id`

// loadRetreats fills participants, agenda, proposals, decisions, plan items, the tally and
// the reader's rights of the given retreats of one cooperation, in a fixed number of
// statements.
func (tx *Tx) loadRetreats(c *koop.Cooperation, mine string, list []*koop.Retreat) error {
	if len(list) == 0 {
		return nil
	}
	ids := make([]string, len(list))
	byID := make(map[string]*koop.Retreat, len(list))
	for i, r := range list {
		ids[i], byID[r.ID] = r.ID, r
		r.Participants, r.Agenda, r.Proposals, r.Decisions, r.MyVotes = []*koop.RetreatParticipant{}, []*koop.AgendaItem{}, []*koop.Proposal{}, []*koop.Decision{}, []*koop.Vote{}
	}
	partners := partnerMap(c)
	byOrg := map[string]*koop.Partner{}
	for _, p := range c.Partners {
		byOrg[p.Organisation.ID] = p
	}

	// participants with their partner and points used
	var parts []struct {
		RetreatID      string  `db:"retreat_id"`
		OrganisationID *string `db:"organisation_id"`
		koop.RetreatParticipant
	}
	if err := tx.sel(&parts, `SELECT rp.retreat_id, m.id AS membership_id, m.user_id, u.name, m.organisation_id, NULL::uuid AS partner_id,
		(r.chair_membership_id IS NOT DISTINCT FROM m.id) AS is_chair,
		coalesce((SELECT sum(v.points) FROM votes v WHERE v.retreat_id = rp.retreat_id AND v.membership_id = m.id), 0) AS points_used
		FROM retreat_participants rp JOIN retreats r ON r.id = rp.retreat_id JOIN memberships m ON m.id = rp.membership_id JOIN users u ON u.id = m.user_id
		WHERE rp.retreat_id = ANY($1) ORDER BY lower(u.name), m.id`, pq.Array(ids)); err != nil {
		return err
	}
	byMember := map[string]map[string]*koop.RetreatParticipant{}
	for i := range parts {
		row := &parts[i]
		p := row.RetreatParticipant
		if row.OrganisationID != nil {
			p.Partner = byOrg[*row.OrganisationID]
		}
		r := byID[row.RetreatID]
		r.Participants = append(r.Participants, &p)
		if byMember[r.ID] == nil {
			byMember[r.ID] = map[string]*koop.RetreatParticipant{}
		}
		byMember[r.ID][p.MembershipID] = &p
		if p.IsChair {
			r.Chair = &p
		}
	}
	for _, r := range list {
		sort.SliceStable(r.Participants, func(i, j int) bool {
			return partnerRank(r.Participants[i].Partner) < partnerRank(r.Participants[j].Partner)
		})
	}

	// proposals with points, my points and comment counts
	var props []*struct {
		koop.Proposal
		Voters      int     `db:"voters"`
		SeriesTitle *string `db:"series_title"`
		WsTitle     *string `db:"workstream_title"`
	}
	if err := tx.sel(&props, `SELECT q.*, s.name AS series_title, w.title AS workstream_title FROM (`+proposalSelect+`
		WHERE p.retreat_id = ANY($1) GROUP BY p.id) q LEFT JOIN event_series s ON s.id = q.series_id LEFT JOIN workstreams w ON w.id = q.workstream_id
		ORDER BY q.created_at, q.id`, pq.Array(ids), nullable(mine)); err != nil {
		return err
	}
	byProposal := map[string]*koop.Proposal{}
	entries := map[string][]*koop.TallyEntry{}
	propIDs := make([]string, 0, len(props))
	for _, row := range props {
		p := row.Proposal
		p.Goals = []*koop.GoalRef{}
		if row.SeriesTitle != nil {
			p.Series = &koop.PlanTarget{ID: *p.SeriesID, Title: *row.SeriesTitle}
		}
		if row.WsTitle != nil {
			p.Workstream = &koop.PlanTarget{ID: *p.WorkstreamID, Title: *row.WsTitle}
		}
		if p.SubmitterPartnerID != nil {
			p.SubmitterPartner = partners[*p.SubmitterPartnerID]
		}
		r := byID[p.RetreatID]
		own := mine != "" && p.SubmitterID != nil && *p.SubmitterID == mine
		manage := c.MyRole.Can(koop.PermManageRetreat) || (r.ChairID != nil && mine != "" && *r.ChairID == mine)
		p.CanEdit = r.Status != koop.RetreatClosed && (manage || (own && r.Status == koop.RetreatPreparing))
		r.Proposals = append(r.Proposals, &p)
		byProposal[p.ID] = &p
		entries[r.ID] = append(entries[r.ID], &koop.TallyEntry{ProposalID: p.ID, Title: p.Title, Kind: p.Kind, Points: p.Points, Voters: row.Voters, MyPoints: p.MyPoints})
		propIDs = append(propIDs, p.ID)
		if p.MyPoints > 0 {
			r.MyVotes = append(r.MyVotes, &koop.Vote{ProposalID: p.ID, Points: p.MyPoints})
		}
	}

	// the goals of the proposals, in tree order
	if len(propIDs) > 0 {
		var links []struct {
			ProposalID string `db:"proposal_id"`
			GoalID     string `db:"goal_id"`
		}
		if err := tx.sel(&links, `SELECT proposal_id, goal_id FROM proposal_goals WHERE proposal_id = ANY($1)`, pq.Array(propIDs)); err != nil {
			return err
		}
		if len(links) > 0 {
			tree, err := tx.goalTree(c.ID)
			if err != nil {
				return err
			}
			linked := map[string][]string{}
			for _, l := range links {
				linked[l.GoalID] = append(linked[l.GoalID], l.ProposalID)
			}
			for _, g := range tree {
				for _, pid := range linked[g.ID] {
					byProposal[pid].Goals = append(byProposal[pid].Goals, &koop.GoalRef{ID: g.ID, Code: g.Code, Title: g.Title})
				}
			}
		}
	}

	// the agenda with its proposals
	var items []*koop.AgendaItem
	if err := tx.sel(&items, `SELECT id, retreat_id, position, title, duration_minutes, presenter_membership_id, notes, version
		FROM agenda_items WHERE retreat_id = ANY($1) ORDER BY retreat_id, position, id`, pq.Array(ids)); err != nil {
		return err
	}
	var itemLinks []struct {
		ItemID     string `db:"agenda_item_id"`
		ProposalID string `db:"proposal_id"`
	}
	if err := tx.sel(&itemLinks, `SELECT ap.agenda_item_id, ap.proposal_id FROM agenda_item_proposals ap JOIN agenda_items a ON a.id = ap.agenda_item_id
		JOIN proposals p ON p.id = ap.proposal_id WHERE a.retreat_id = ANY($1) ORDER BY p.created_at, p.id`, pq.Array(ids)); err != nil {
		return err
	}
	itemProps := map[string][]*koop.ProposalRef{}
	for _, l := range itemLinks {
		if p := byProposal[l.ProposalID]; p != nil {
			itemProps[l.ItemID] = append(itemProps[l.ItemID], &koop.ProposalRef{ID: p.ID, Title: p.Title, Kind: p.Kind})
		}
	}
	for _, it := range items {
		r := byID[it.RetreatID]
		it.StartsAt = r.StartsAt
		if n := len(r.Agenda); n > 0 {
			prev := r.Agenda[n-1]
			it.StartsAt = prev.StartsAt.Add(minutes(prev.DurationMinutes))
		}
		if it.PresenterID != nil {
			it.Presenter = byMember[r.ID][*it.PresenterID]
		}
		it.Proposals = itemProps[it.ID]
		if it.Proposals == nil {
			it.Proposals = []*koop.ProposalRef{}
		}
		r.Agenda = append(r.Agenda, it)
	}

	// decisions with their plan items
	var decisions []*koop.Decision
	if err := tx.sel(&decisions, `SELECT d.id, d.retreat_id, d.proposal_id, d.outcome, d.text, d.owner_partner_id, d.due_on, d.version
		FROM decisions d LEFT JOIN proposals p ON p.id = d.proposal_id WHERE d.retreat_id = ANY($1)
		ORDER BY d.proposal_id IS NULL, p.created_at, d.created_at, d.id`, pq.Array(ids)); err != nil {
		return err
	}
	var items2 []*koop.PlanItem
	if err := tx.sel(&items2, `SELECT pi.decision_id, pi.kind, pi.target_id, pi.title, pi.detail FROM plan_items pi
		JOIN decisions d ON d.id = pi.decision_id WHERE d.retreat_id = ANY($1) ORDER BY pi.position, pi.id`, pq.Array(ids)); err != nil {
		return err
	}
	planByDecision := map[string][]*koop.PlanItem{}
	for _, it := range items2 {
		planByDecision[it.DecisionID] = append(planByDecision[it.DecisionID], it)
	}
	for _, d := range decisions {
		d.PlanItems = planByDecision[d.ID]
		if d.PlanItems == nil {
			d.PlanItems = []*koop.PlanItem{}
		}
		if d.OwnerPartnerID != nil {
			d.OwnerPartner = partners[*d.OwnerPartnerID]
		}
		if d.ProposalID != nil {
			if p := byProposal[*d.ProposalID]; p != nil {
				d.Proposal = &koop.ProposalRef{ID: p.ID, Title: p.Title, Kind: p.Kind}
				p.Decision = d
			}
		}
		byID[d.RetreatID].Decisions = append(byID[d.RetreatID].Decisions, d)
	}

	// the reader's rights and the tally
	for _, r := range list {
		me := byMember[r.ID][mine]
		r.AmParticipant = me != nil
		r.CanManage = c.MyRole.Can(koop.PermManageRetreat) && r.Status != koop.RetreatClosed
		r.CanChair = r.Status != koop.RetreatClosed && (c.MyRole.Can(koop.PermManageRetreat) || (me != nil && me.IsChair))
		r.CanPropose = r.Status != koop.RetreatClosed && (me != nil || c.MyRole.Can(koop.PermManageRetreat))
		r.CanVote = me != nil && r.Status == koop.RetreatInSession && r.VotingOpen
		if entries[r.ID] == nil {
			entries[r.ID] = []*koop.TallyEntry{}
		}
		r.Tally = tallyOf(r, entries[r.ID], r.Participants, me)
	}
	return nil
}

// tallyOf ranks a retreat's tally entries and sums them up with the points its participants
// have used; me is the reader's participation, if any.
func tallyOf(r *koop.Retreat, entries []*koop.TallyEntry, participants []*koop.RetreatParticipant, me *koop.RetreatParticipant) *koop.RetreatTally {
	t := &koop.RetreatTally{RetreatID: r.ID, Revision: r.TallyRevision, Status: r.Status, VotingOpen: r.VotingOpen, PointsBudget: r.PointsBudget,
		Entries: entries, ParticipantCount: len(participants)}
	for _, e := range entries {
		t.TotalPoints += e.Points
	}
	for _, p := range participants {
		if p.PointsUsed > 0 {
			t.VoterCount++
		}
	}
	if me != nil {
		t.MyPointsLeft = max(r.PointsBudget-me.PointsUsed, 0)
	}
	koop.RankTally(t.Entries)
	return t
}

// Tally reads the current tally as the actor sees it. Every screen re-reads it on every vote,
// so it reads only the proposals' points and the participants' use of their budget.
func (s *RetreatService) Tally(ctx context.Context, retreatID string) (*koop.RetreatTally, error) {
	var out *koop.RetreatTally
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = tx.tally(retreatID)
		return err
	})
	return out, err
}

func (tx *Tx) tally(retreatID string) (*koop.RetreatTally, error) {
	a, err := tx.retreat(retreatID, false)
	if err != nil {
		return nil, err
	}
	r := a.r
	entries := []*koop.TallyEntry{}
	if err := tx.sel(&entries, `SELECT p.id AS proposal_id, p.title, p.kind, coalesce(sum(v.points), 0) AS points, count(v.membership_id) AS voters,
		coalesce(sum(v.points) FILTER (WHERE v.membership_id = $2::uuid), 0) AS my_points
		FROM proposals p LEFT JOIN votes v ON v.proposal_id = p.id WHERE p.retreat_id = $1 GROUP BY p.id`, r.ID, nullable(a.membershipID)); err != nil {
		return nil, err
	}
	var used []struct {
		MembershipID string `db:"membership_id"`
		Points       int    `db:"points"`
	}
	if err := tx.sel(&used, `SELECT rp.membership_id, coalesce(sum(v.points), 0) AS points FROM retreat_participants rp
		LEFT JOIN votes v ON v.retreat_id = rp.retreat_id AND v.membership_id = rp.membership_id WHERE rp.retreat_id = $1
		GROUP BY rp.membership_id`, r.ID); err != nil {
		return nil, err
	}
	var participants []*koop.RetreatParticipant
	var me *koop.RetreatParticipant
	for _, u := range used {
		p := &koop.RetreatParticipant{MembershipID: u.MembershipID, PointsUsed: u.Points}
		participants = append(participants, p)
		if u.MembershipID == a.membershipID {
			me = p
		}
	}
	return tallyOf(r, entries, participants, me), nil
}

// WatchTally signals whenever the retreat's tally may have changed, in any server process.
func (s *RetreatService) WatchTally(ctx context.Context, retreatID string) (<-chan struct{}, error) {
	if s.hub == nil {
		return nil, koop.Errorf(koop.EUNAVAILABLE, "Live-Aktualisierungen sind auf diesem Server nicht verfügbar.")
	}
	return s.hub.watch(ctx, channelTally, retreatID), nil
}
