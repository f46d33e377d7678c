package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop/graph"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
	"github.com/koop-lichtenberg/koop/server"
)

// benchServer is a handler on a seeded database with extra members, and an admin token.
func benchServer(b *testing.B, members int) (http.Handler, string) {
	db := pgtest.Seeded(b)
	for i := range members {
		var uid string
		if err := db.SQL.Get(&uid, `INSERT INTO users (email, name, created_at, updated_at) VALUES ($1, $2, now(), now()) RETURNING id`,
			fmt.Sprintf("person%d@example.org", i), fmt.Sprintf("Person %03d", i)); err != nil {
			b.Fatal(err)
		}
		if _, err := db.SQL.Exec(`INSERT INTO memberships (cooperation_id, user_id, role, organisation_id, created_at, updated_at)
			VALUES ($1, $2, 'MEMBER', '6b00c0de-0000-4000-8000-000000000102', now(), now())`, pgtest.DemoCooperationID, uid); err != nil {
			b.Fatal(err)
		}
	}
	auth := postgres.NewAuthService(db.DB)
	tokens := server.NewTokens(testKey, time.Now)
	db.SetClock(time.Now)
	h := server.New(server.Config{
		Resolver: &graph.Resolver{Auth: auth, Users: postgres.NewUserService(db.DB), Members: postgres.NewMemberService(db.DB),
			Cooperations: postgres.NewCooperationService(db.DB), Audit: postgres.NewAuditService(db.DB), Tokens: tokens},
		Auth: auth, Tokens: tokens, Ready: db.Ping,
	})
	res := benchPost(b, h, "", `mutation { login(input: {email: "admin@koop.test", password: "koop-demo"}) { accessToken } }`)
	var out struct {
		Data struct{ Login struct{ AccessToken string } }
	}
	if err := json.Unmarshal(res, &out); err != nil || out.Data.Login.AccessToken == "" {
		b.Fatalf("login: %s", res)
	}
	return h, out.Data.Login.AccessToken
}

func benchPost(b *testing.B, h http.Handler, token, query string) []byte {
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"errors"`) {
		b.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	return rec.Body.Bytes()
}

// BenchmarkMe is the cheapest authenticated request: token, session check, one user.
func BenchmarkMe(b *testing.B) {
	h, token := benchServer(b, 0)
	b.ReportAllocs()
	for b.Loop() {
		benchPost(b, h, token, `{ me { id name memberships { role cooperation { name } } } }`)
	}
}

// BenchmarkMembers lists a page of members with user and organisation, at two sizes.
func BenchmarkMembers(b *testing.B) {
	for _, n := range []int{0, 195} {
		b.Run(fmt.Sprintf("members=%d", n+5), func(b *testing.B) {
			h, token := benchServer(b, n)
			q := fmt.Sprintf(`{ members(cooperationId: %q, limit: 200) { totalCount items { id role active version user { name email passwordSet } organisation { shortName } } } }`, pgtest.DemoCooperationID)
			b.ReportAllocs()
			for b.Loop() {
				benchPost(b, h, token, q)
			}
		})
	}
}

// BenchmarkMeParallel is the same request from many goroutines: throughput, not latency.
func BenchmarkMeParallel(b *testing.B) {
	h, token := benchServer(b, 0)
	b.ReportAllocs()
	b.SetParallelism(8)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			benchPost(b, h, token, `{ me { id name memberships { role cooperation { name } } } }`)
		}
	})
}
