package server_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/server"
)

// brokenUsers fails the way a bug would: with a raw database error, or with a panic.
type brokenUsers struct {
	*postgres.UserService
	panics bool
}

func (b brokenUsers) Me(ctx context.Context) (*koop.User, error) {
	if b.panics {
		return b.UserService.Me(ctx)
	}
	return nil, fmt.Errorf("load user: %w", errors.New(`pq: relation "users" does not exist`))
}

func (b brokenUsers) MyMemberships(ctx context.Context) ([]*koop.Membership, error) {
	if b.panics {
		panic("index out of range [3] with length 3")
	}
	return b.UserService.MyMemberships(ctx)
}

// TestInternalErrorsHidden: a bug reaches the client as INTERNAL with the request ID (so
// support can find the log line), never with its cause.
func TestInternalErrorsHidden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		panics bool
		query  string
		cause  string
	}{
		{"database error", false, `{ me { id } }`, `relation \"users\" does not exist`},
		{"panic", true, `{ me { id memberships { id } } }`, "index out of range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, func(c *server.Config) {
				c.Resolver.Users = brokenUsers{UserService: c.Resolver.Users.(*postgres.UserService), panics: tc.panics}
			})
			token, _ := e.login(t, adminEmail)
			logged := captureLog()
			res := e.post(t, gqlReq{query: tc.query, token: token})
			if res.status != http.StatusOK {
				t.Fatalf("status %d", res.status)
			}
			ge := res.wantError(t, "INTERNAL")
			id := res.header.Get("X-Request-Id")
			if id == "" || ge.Extensions["requestId"] != id || !strings.Contains(ge.Message, id) {
				t.Errorf("INTERNAL error %+v does not name the request %q", ge, id)
			}
			for _, s := range []string{"relation", "index out of range", "panic"} {
				if strings.Contains(string(res.body), s) {
					t.Errorf("answer shows the cause (%q): %s", s, res.body)
				}
			}
			// The log has what the answer hides.
			if log := logged(); !strings.Contains(log, id) || !strings.Contains(log, tc.cause) {
				t.Errorf("log lacks request %s or cause %q:\n%s", id, tc.cause, log)
			}
			// The server goes on serving.
			e.post(t, gqlReq{query: `{ cooperations { id } }`, token: token}).ok(t)
		})
	}
}

// TestDatabaseDown: with the database unreachable the API says UNAVAILABLE (retry) — also for
// a valid token, which must not look like a logout — the readiness probe fails, and no
// connection detail leaks.
func TestDatabaseDown(t *testing.T) {
	sx, err := sqlx.Open("postgres", "postgres://koop@127.0.0.1:1/koop?sslmode=disable&connect_timeout=2")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sx.Close() })
	db := postgres.New(sx, postgres.DefaultConfig())
	auth := postgres.NewAuthService(db)
	tokens := server.NewTokens(testKey, time.Now)
	e := &env{h: server.New(server.Config{
		Resolver: &graph.Resolver{
			Auth: auth, Users: postgres.NewUserService(db), Members: postgres.NewMemberService(db),
			Cooperations: postgres.NewCooperationService(db), Audit: postgres.NewAuditService(db), Tokens: tokens,
		},
		Auth: auth, Tokens: tokens, Ready: db.Ping,
	})}
	token, _, err := tokens.Issue("6b00c0de-0000-4000-8000-00000000aaaa", "6b00c0de-0000-4000-8000-00000000bbbb")
	if err != nil {
		t.Fatal(err)
	}
	e.tryLogin(t, adminEmail, demoPassword, "").wantError(t, "UNAVAILABLE")
	res := e.post(t, gqlReq{query: `{ me { id } }`, token: token})
	res.wantError(t, "UNAVAILABLE")
	e.post(t, gqlReq{query: `{ cooperations { id } }`, token: token}).wantError(t, "UNAVAILABLE")

	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/readyz: %d, want 503", rec.Code)
	}
	checkNoLeak(t, rec.Body.Bytes())
}
