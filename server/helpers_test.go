package server_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/koop-lichtenberg/koop/graph"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
	"github.com/koop-lichtenberg/koop/server"
)

// testKey signs the access tokens of every test server.
var testKey = []byte("koop-server-test-signing-key-0123456789abcdef")

const (
	demoPassword = "koop-demo"
	adminEmail   = "admin@koop.test"
	coordEmail   = "coordinator@koop.test"
	memberEmail  = "member@koop.test"
	viewerEmail  = "viewer@koop.test"
	refreshName  = "koop_refresh"
	indexHTML    = "<!doctype html><title>koop</title><div id=root></div>"
	appJS        = "console.log('koop');"
)

// logSink collects what the server logs (slog, and the standard log that gqlgen uses), so
// that tests can check the log and a run stays readable. KOOP_TEST_LOG=1 also prints it.
var logSink = &lockedBuffer{}

type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if os.Getenv("KOOP_TEST_LOG") == "1" {
		os.Stderr.Write(p)
	}
	return l.buf.Write(p)
}

// captureLog empties the log and returns a function reading what was logged since.
func captureLog() func() string {
	logSink.mu.Lock()
	logSink.buf.Reset()
	logSink.mu.Unlock()
	return func() string {
		logSink.mu.Lock()
		defer logSink.mu.Unlock()
		return logSink.buf.String()
	}
}

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(logSink, &slog.HandlerOptions{Level: slog.LevelDebug})))
	os.Exit(m.Run())
}

// env is a koop server on a fresh seeded database, assembled like `koop serve` does.
type env struct {
	db *pgtest.DB
	h  http.Handler
}

// newEnv builds the handler; opts may change the configuration before it is assembled.
func newEnv(t *testing.T, opts ...func(*server.Config)) *env {
	t.Helper()
	return newEnvOn(t, pgtest.Seeded(t), nil, opts...)
}

// newEnvOn builds a server on a given database, as one of several processes would: hub, when
// set, is its own LISTEN connection for live updates and revoked sessions.
func newEnvOn(t *testing.T, db *pgtest.DB, hub *postgres.Hub, opts ...func(*server.Config)) *env {
	t.Helper()
	auth := postgres.NewAuthService(db.DB)
	tokens := server.NewTokens(testKey, db.Clock.Now)
	cfg := server.Config{
		Resolver: &graph.Resolver{
			Auth: auth, Users: postgres.NewUserService(db.DB), Members: postgres.NewMemberService(db.DB),
			Cooperations: postgres.NewCooperationService(db.DB), Audit: postgres.NewAuditService(db.DB), Tokens: tokens,
			Events: postgres.NewEventService(db.DB), Tasks: postgres.NewTaskService(db.DB), Budgets: postgres.NewBudgetService(db.DB), Planning: postgres.NewPlanningService(db.DB),
			Comments: postgres.NewCommentService(db.DB), Attachments: postgres.NewAttachmentService(db.DB), Downloads: tokens,
			CalendarFeeds: postgres.NewCalendarFeedService(db.DB), CalendarFiles: tokens, Legal: postgres.NewLegalService(db.DB),
			Invitations: postgres.NewInvitationService(db.DB), GuestLists: tokens, ReportFiles: tokens,
			ReminderSettings: postgres.NewReminderSettingsService(db.DB),
			Awards:           postgres.NewAwardService(db.DB),
			Nominations:      postgres.NewNominationService(db.DB),
			Jury:             postgres.NewJuryService(db.DB),
			Strategy:         postgres.NewStrategyService(db.DB),
			Kpis:             postgres.NewKpiService(db.DB),
			Workstreams:      postgres.NewWorkstreamService(db.DB),
			Agreements:       postgres.NewAgreementService(db.DB),
			Retreats:         postgres.NewRetreatService(db.DB, hub),
			Dashboards:       postgres.NewDashboardService(db.DB),
			Search:           postgres.NewSearchService(db.DB),
			Reports:          postgres.NewReportService(db.DB),
			Privacy:          postgres.NewPrivacyService(db.DB),
		},
		Auth: auth, Tokens: tokens, Ready: db.Ping,
		SPA: fstest.MapFS{
			"index.html":    {Data: []byte(indexHTML)},
			"assets/app.js": {Data: []byte(appJS)},
		},
	}
	if hub != nil {
		cfg.Sessions = hub
	}
	for _, o := range opts {
		o(&cfg)
	}
	return &env{db: db, h: server.WithCalendar(server.New(cfg), cfg, "http://koop.test")}
}

// gqlReq is one GraphQL request over HTTP.
type gqlReq struct {
	query  string
	vars   map[string]any
	token  string // sent as "Authorization: Bearer <token>"
	auth   string // raw Authorization header (wins over token)
	cookie string // value of the refresh cookie
	addr   string // client address, host:port
	header map[string]string
}

// gqlError is a GraphQL error as it travels.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string {
	c, _ := e.Extensions["code"].(string)
	return c
}

// result is a GraphQL answer with its HTTP envelope.
type result struct {
	status  int
	header  http.Header
	cookies []*http.Cookie
	body    []byte
	Data    json.RawMessage `json:"data"`
	Errors  []gqlError      `json:"errors"`
}

// post sends a GraphQL POST.
func (e *env) post(t *testing.T, r gqlReq) *result {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": r.query, "variables": r.vars})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return e.send(t, req, r)
}

// get sends a GraphQL GET.
func (e *env) get(t *testing.T, r gqlReq) *result {
	t.Helper()
	q := url.Values{"query": {r.query}}
	if r.vars != nil {
		b, _ := json.Marshal(r.vars)
		q.Set("variables", string(b))
	}
	req := httptest.NewRequest(http.MethodGet, "/query?"+q.Encode(), nil)
	return e.send(t, req, r)
}

// send adds the request's credentials and headers and serves it.
func (e *env) send(t *testing.T, req *http.Request, r gqlReq) *result {
	t.Helper()
	switch {
	case r.auth != "":
		req.Header.Set("Authorization", r.auth)
	case r.token != "":
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	if r.cookie != "" {
		// By hand: a cookie jar would not send a Secure cookie over http.
		req.Header.Set("Cookie", (&http.Cookie{Name: refreshName, Value: r.cookie}).String())
	}
	if r.addr != "" {
		req.RemoteAddr = r.addr
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	return e.serve(t, req)
}

// serve runs a raw request through the handler and decodes a JSON answer if there is one.
func (e *env) serve(t *testing.T, req *http.Request) *result {
	t.Helper()
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	res := &result{status: rec.Code, header: rec.Header(), cookies: rec.Result().Cookies(), body: rec.Body.Bytes()}
	checkNoLeak(t, res.body)
	if strings.Contains(rec.Header().Get("Content-Type"), "json") {
		if err := json.Unmarshal(res.body, res); err != nil {
			t.Fatalf("%s %s: answer is not JSON (%v): %s", req.Method, req.URL, err, res.body)
		}
	}
	if res.status >= 500 {
		t.Errorf("%s %s: status %d: %s", req.Method, req.URL, res.status, res.body)
	}
	for _, ge := range res.Errors {
		if strings.TrimSpace(ge.Message) == "" {
			t.Errorf("%s %s: error without message: %s", req.Method, req.URL, res.body)
		}
	}
	return res
}

// checkNoLeak fails when an answer shows database internals.
func checkNoLeak(t *testing.T, body []byte) {
	t.Helper()
	lower := strings.ToLower(string(body))
	for _, s := range []string{"pq:", "sql:", "sqlstate", "postgres", "duplicate key", "violates", "goroutine ", "dial tcp", "connection refused"} {
		if strings.Contains(lower, s) {
			t.Errorf("answer leaks internals (%q): %s", s, body)
		}
	}
}

// decode unmarshals data into v.
func (r *result) decode(t *testing.T, v any) {
	t.Helper()
	if len(r.Data) == 0 || string(r.Data) == "null" {
		t.Fatalf("no data: status %d: %s", r.status, r.body)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("data: %v: %s", err, r.Data)
	}
}

// ok fails unless the answer is 200 without errors.
func (r *result) ok(t *testing.T) *result {
	t.Helper()
	if r.status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("want success, got status %d: %s", r.status, r.body)
	}
	return r
}

// codes returns the extensions.code of every error.
func (r *result) codes() []string {
	out := make([]string, len(r.Errors))
	for i, e := range r.Errors {
		out[i] = e.code()
	}
	return out
}

// wantError fails unless the answer carries exactly one error, with the given code, and no
// error message shows internals.
func (r *result) wantError(t *testing.T, code string) gqlError {
	t.Helper()
	if len(r.Errors) != 1 {
		t.Fatalf("want one error %s, got status %d: %s", code, r.status, r.body)
	}
	e := r.Errors[0]
	if e.code() != code {
		t.Fatalf("want code %s, got %q: %s", code, e.code(), r.body)
	}
	if strings.Contains(strings.ToLower(e.Message), "sql") {
		t.Errorf("message shows internals: %q", e.Message)
	}
	return e
}

// dataIsNull reports whether data is absent or null.
func (r *result) dataIsNull() bool {
	return len(r.Data) == 0 || string(r.Data) == "null"
}

// cookie returns the refresh cookie the answer sets, or nil.
func (r *result) cookie() *http.Cookie {
	for _, c := range r.cookies {
		if c.Name == refreshName {
			return c
		}
	}
	return nil
}

const loginMutation = `mutation($email: String!, $password: String!) {
	login(input: {email: $email, password: $password}) { accessToken expiresAt user { id email } }
}`

// tryLogin logs in from the default address.
func (e *env) tryLogin(t *testing.T, email, password, addr string) *result {
	t.Helper()
	return e.post(t, gqlReq{query: loginMutation, vars: map[string]any{"email": email, "password": password}, addr: addr})
}

// login logs in and returns access token and refresh cookie value.
func (e *env) login(t *testing.T, email string) (token, refresh string) {
	t.Helper()
	res := e.tryLogin(t, email, demoPassword, "").ok(t)
	var d struct {
		Login struct{ AccessToken string }
	}
	res.decode(t, &d)
	c := res.cookie()
	if d.Login.AccessToken == "" || c == nil || c.Value == "" {
		t.Fatalf("login %s: no token or cookie: %s", email, res.body)
	}
	return d.Login.AccessToken, c.Value
}

// meID asks who the token belongs to; "" and the error code when it is refused.
func (e *env) meID(t *testing.T, token string) (id, code string) {
	t.Helper()
	res := e.post(t, gqlReq{query: `{ me { id } }`, token: token})
	if res.status != http.StatusOK {
		t.Fatalf("me: status %d: %s", res.status, res.body)
	}
	var d struct {
		Me *struct{ ID string }
	}
	res.decode(t, &d)
	if len(res.Errors) > 0 {
		if d.Me != nil {
			t.Errorf("me answered with data and error: %s", res.body)
		}
		return "", res.wantError(t, "UNAUTHENTICATED").code()
	}
	if d.Me == nil {
		return "", ""
	}
	return d.Me.ID, ""
}
