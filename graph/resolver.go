// Package graph is koop's GraphQL layer: the gqlgen-generated executor (generated.go, never
// edited), thin hand-written resolvers split by area, the error presenter and the limits.
// Resolvers read the actor from the context, call one service method and return; the rules
// live in the services.
package graph

import (
	"context"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// TokenIssuer mints access tokens (implemented by the server package).
type TokenIssuer interface {
	Issue(userID, sessionID string) (token string, expires time.Time, err error)
}

// Resolver is the root resolver; it holds the services.
type Resolver struct {
	Auth         koop.AuthService
	Users        koop.UserService
	Members      koop.MemberService
	Cooperations koop.CooperationService
	Audit        koop.AuditService
	Events       koop.EventService
	Tasks        koop.TaskService
	Contacts     koop.ContactService
	Budgets      koop.BudgetService
	Planning     koop.PlanningService
	Comments     koop.CommentService
	Attachments  koop.AttachmentService
	Downloads    DownloadSigner
	Tokens       TokenIssuer

	// CalendarFeeds keeps the subscribable calendar feeds; CalendarFiles signs .ics links.
	CalendarFeeds koop.CalendarFeedService
	CalendarFiles CalendarFileSigner
	// Legal keeps the legal texts of the public pages.
	Legal koop.LegalService

	// Invitations keeps guest lists, the waiting list and the public RSVP; GuestLists signs the
	// guest list's CSV links.
	Invitations koop.InvitationService
	GuestLists  GuestListSigner
	// ReportFiles signs the annual report's CSV links.
	ReportFiles ReportCSVSigner

	// ReminderSettings are the users' own choices about reminder mails.
	ReminderSettings koop.ReminderSettingsService

	// Awards keeps award programmes, cycles and the partners' approvals of the criteria.
	Awards koop.AwardService
	// Nominations keeps the nominations, also those from the public page.
	Nominations koop.NominationService
	// Jury keeps the jury, conflicts, the secret scores and the locked result.
	Jury koop.JuryService

	// Strategy keeps the mission statement, goals and coverage; Kpis the key figures;
	// Workstreams the joint projects; Agreements the agreements and their commitments.
	Strategy    koop.StrategyService
	Kpis        koop.KpiService
	Workstreams koop.WorkstreamService
	Agreements  koop.AgreementService

	// Retreats keeps the annual retreats: proposals, live voting, decisions and closing.
	Retreats koop.RetreatService

	// Dashboards reads the start page; Search searches a cooperation; Reports computes the
	// annual reports; Privacy exports and erases personal data.
	Dashboards koop.DashboardService
	Search     koop.SearchService
	Reports    koop.ReportService
	Privacy    koop.PrivacyService
}

// Mutation returns the mutation resolvers.
func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

// Query returns the query resolvers.
func (r *Resolver) Query() QueryResolver { return &queryResolver{r} }

// User returns the resolvers of User's relation fields.
func (r *Resolver) User() UserResolver { return &userResolver{r} }

// Event returns the resolvers of Event's relation fields (the batch-loaded budget).
func (r *Resolver) Event() EventResolver { return &eventResolver{r} }

type eventResolver struct{ *Resolver }
type mutationResolver struct{ *Resolver }
type queryResolver struct{ *Resolver }
type userResolver struct{ *Resolver }

// Cookies gives resolvers access to the refresh cookie of the HTTP request they serve.
type Cookies struct {
	// RefreshToken is the value of the refresh cookie, or "".
	RefreshToken string
	// SetRefresh sets the refresh cookie.
	SetRefresh func(token string, expires time.Time)
	// ClearRefresh deletes the refresh cookie.
	ClearRefresh func()
}

type cookiesKey struct{}

// WithCookies returns a context carrying the request's cookie access.
func WithCookies(ctx context.Context, c *Cookies) context.Context {
	return context.WithValue(ctx, cookiesKey{}, c)
}

// cookies returns the request's cookie access; outside HTTP (tests) a detached one.
func cookies(ctx context.Context) *Cookies {
	if c, ok := ctx.Value(cookiesKey{}).(*Cookies); ok {
		return c
	}
	return &Cookies{SetRefresh: func(string, time.Time) {}, ClearRefresh: func() {}}
}
