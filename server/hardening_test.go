package server_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/koop-lichtenberg/koop/graph"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
	"github.com/koop-lichtenberg/koop/server"
)

// rawPost sends a body as it is.
func (e *env) rawPost(t *testing.T, body []byte, header map[string]string) *result {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return e.serve(t, req)
}

// TestBodyLimits: a body over 1 MiB is refused before GraphQL sees it; malformed JSON is a
// German INVALID error, not gqlgen's English one.
func TestBodyLimits(t *testing.T) {
	e := newEnv(t)
	pad := func(n int) []byte {
		return []byte(`{"query":"{ me { id } }","variables":{"pad":"` + strings.Repeat("a", n) + `"}}`)
	}
	t.Run("just under 1 MiB is served", func(t *testing.T) {
		res := e.rawPost(t, pad(server.MaxBodyBytes-100), nil)
		res.ok(t)
	})
	t.Run("over 1 MiB is 413", func(t *testing.T) {
		res := e.rawPost(t, pad(server.MaxBodyBytes), nil)
		if res.status != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d, want 413", res.status)
		}
		res.wantError(t, "INVALID")
		if !res.dataIsNull() {
			t.Errorf("data with a refused body: %s", res.Data)
		}
	})
	for name, body := range map[string]string{
		"truncated":   `{"query":"{ me { id } }"`,
		"not JSON":    `query { me { id } }`,
		"trailing":    `{"query":"{ me { id } }"} x`,
		"empty":       ``,
		"bad escapes": `{"query":"\x"}`,
	} {
		t.Run("malformed JSON: "+name, func(t *testing.T) {
			res := e.rawPost(t, []byte(body), nil)
			if res.status != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", res.status, res.body)
			}
			ge := res.wantError(t, "INVALID")
			if strings.Contains(strings.ToLower(ge.Message), "could not") || strings.Contains(strings.ToLower(ge.Message), "decode") {
				t.Errorf("message is gqlgen's English one, want koop's German one: %q", ge.Message)
			}
		})
	}
}

// TestCrossOriginPost: a form or fetch from another site cannot make the browser act.
func TestCrossOriginPost(t *testing.T) {
	e := newEnv(t)
	token, cookie := e.login(t, adminEmail)
	sessions := e.db.Count(t, `SELECT count(*) FROM sessions WHERE revoked_at IS NULL`)
	for name, h := range map[string]map[string]string{
		"Sec-Fetch-Site cross-site": {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
		"Origin only":               {"Origin": "https://evil.example"},
		"same-site subdomain":       {"Origin": "https://evil.example.com", "Sec-Fetch-Site": "same-site"},
	} {
		t.Run(name, func(t *testing.T) {
			for _, q := range []string{loginMutation, `mutation { logout { ok } }`} {
				res := e.post(t, gqlReq{query: q, vars: map[string]any{"email": adminEmail, "password": demoPassword},
					token: token, cookie: cookie, header: h})
				if res.status != http.StatusForbidden {
					t.Fatalf("status %d, want 403: %s", res.status, res.body)
				}
				res.wantError(t, "FORBIDDEN")
				if res.cookie() != nil {
					t.Errorf("cross-origin request touched the cookie")
				}
			}
		})
	}
	if n := e.db.Count(t, `SELECT count(*) FROM sessions WHERE revoked_at IS NULL`); n != sessions {
		t.Fatalf("open sessions %d → %d: a cross-origin mutation ran", sessions, n)
	}
	t.Run("same origin is served", func(t *testing.T) {
		for _, h := range []map[string]string{
			{"Origin": "http://example.com", "Sec-Fetch-Site": "same-origin"}, // httptest's host
			{"Origin": "http://example.com"},
			{},
		} {
			e.post(t, gqlReq{query: `{ me { id } }`, token: token, header: h}).ok(t)
		}
	})
}

// TestIntrospection: the schema is only open in development.
func TestIntrospection(t *testing.T) {
	queries := []string{`{ __schema { types { name } } }`, `{ __type(name: "User") { name fields { name } } }`}
	t.Run("production", func(t *testing.T) {
		e := newEnv(t)
		for _, q := range queries {
			res := e.post(t, gqlReq{query: q})
			if len(res.Errors) == 0 {
				t.Fatalf("%s answered: %s", q, res.Data)
			}
			res.wantError(t, "FORBIDDEN")
			if strings.Contains(string(res.Data), `"name"`) {
				t.Errorf("%s leaked schema: %s", q, res.Data)
			}
		}
		// The playground is not served either (the SPA answers instead).
		req := httptest.NewRequest(http.MethodGet, "/playground", nil)
		if res := e.serve(t, req); strings.Contains(string(res.body), "GraphiQL") || strings.Contains(string(res.body), "graphiql") {
			t.Errorf("playground served in production")
		}
	})
	t.Run("development", func(t *testing.T) {
		e := newEnv(t, func(c *server.Config) { c.Dev = true })
		res := e.post(t, gqlReq{query: queries[0]}).ok(t)
		var d struct {
			Schema struct{ Types []struct{ Name string } } `json:"__schema"`
		}
		res.decode(t, &d)
		found := false
		for _, ty := range d.Schema.Types {
			found = found || ty.Name == "Membership"
		}
		if !found {
			t.Errorf("schema types lack Membership: %s", res.Data)
		}
	})
	// What GraphiQL on /playground (and every graphql-js tool) sends: its type references
	// nest nine ofType levels deep.
	t.Run("development: the standard introspection query", func(t *testing.T) {
		e := newEnv(t, func(c *server.Config) { c.Dev = true })
		res := e.post(t, gqlReq{query: standardIntrospection})
		if len(res.Errors) > 0 {
			t.Fatalf("graphql-js introspection refused in development (codes %v): %s", res.codes(), res.body)
		}
		if !strings.Contains(string(res.Data), `"Membership"`) {
			t.Errorf("no schema: %.300s", res.Data)
		}
	})
}

// standardIntrospection is graphql-js 16's getIntrospectionQuery({descriptions: true,
// inputValueDeprecation: true, schemaDescription: true}), whitespace stripped.
const standardIntrospection = `query IntrospectionQuery{__schema{description queryType{name kind}mutationType{name kind}subscriptionType{name kind}types{...FullType}directives{name description locations args(includeDeprecated:true){...InputValue}}}}fragment FullType on __Type{kind name description fields(includeDeprecated:true){name description args(includeDeprecated:true){...InputValue}type{...TypeRef}isDeprecated deprecationReason}inputFields(includeDeprecated:true){...InputValue}interfaces{...TypeRef}enumValues(includeDeprecated:true){name description isDeprecated deprecationReason}possibleTypes{...TypeRef}}fragment InputValue on __InputValue{name description type{...TypeRef}defaultValue isDeprecated deprecationReason}fragment TypeRef on __Type{kind name ofType{name kind ofType{name kind ofType{name kind ofType{name kind ofType{name kind ofType{name kind ofType{name kind ofType{name kind ofType{name kind}}}}}}}}}}`

// nested returns `{ me { memberships { user { memberships { ... id } } } } }` with exactly
// depth levels of fields.
func nested(depth int) string {
	var b strings.Builder
	b.WriteString("{ me { ")
	open := 1
	for i := 0; i < depth-2; i++ {
		if i%2 == 0 {
			b.WriteString("memberships { ")
		} else {
			b.WriteString("user { ")
		}
		open++
	}
	b.WriteString("id ")
	b.WriteString(strings.Repeat("} ", open))
	b.WriteString("}")
	return b.String()
}

// TestQueryDepth: deeper than graph.MaxDepth is refused before anything runs, also when the
// depth hides in fragments.
func TestQueryDepth(t *testing.T) {
	e := newEnv(t)
	token, _ := e.login(t, adminEmail)
	e.post(t, gqlReq{query: nested(graph.MaxDepth), token: token}).ok(t)

	fragments := `query { me { ...A } }
		fragment A on User { memberships { ...B } }
		fragment B on Membership { user { memberships { user { memberships { user { memberships { user { memberships { user { memberships { user { id } } } } } } } } } } } }`
	for name, q := range map[string]string{"plain": nested(graph.MaxDepth + 1), "fragments": fragments} {
		t.Run(name, func(t *testing.T) {
			res := e.post(t, gqlReq{query: q, token: token})
			if len(res.Errors) == 0 || !res.dataIsNull() {
				t.Fatalf("deep query answered: %s", res.body)
			}
			res.wantError(t, "INVALID")
		})
	}
}

// TestQueryComplexity: lists cost their limit times their children, so a page of 200 members
// with everything nested is refused while a page of 100 is served.
func TestQueryComplexity(t *testing.T) {
	e := newEnv(t)
	token, _ := e.login(t, adminEmail)
	q := func(limit int) string {
		return fmt.Sprintf(`query($c: ID!) { members(cooperationId: $c, limit: %d) { totalCount items {
			id role active createdAt version
			user { id email name locale isSystemAdmin active passwordSet createdAt }
			organisation { id kind name shortName street postalCode city website isPartner version }
			cooperation { id name description createdAt version myRole }
		} } }`, limit)
	}
	vars := map[string]any{"c": pgtest.DemoCooperationID}
	e.post(t, gqlReq{query: q(100), vars: vars, token: token}).ok(t)
	res := e.post(t, gqlReq{query: q(200), vars: vars, token: token})
	if len(res.Errors) == 0 || !res.dataIsNull() {
		t.Fatalf("complex query answered: %s", res.body)
	}
	if res.Errors[0].code() == "" {
		t.Errorf("refusal without code: %s", res.body)
	}
	// Aliases multiply the cost as well.
	var b strings.Builder
	b.WriteString(`query($c: ID!) {`)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, ` m%d: members(cooperationId: $c, limit: 100) { items { id role user { id email name locale isSystemAdmin active passwordSet createdAt } cooperation { id name description createdAt version myRole } } }`, i)
	}
	b.WriteString(`}`)
	if res := e.post(t, gqlReq{query: b.String(), vars: vars, token: token}); len(res.Errors) == 0 || !res.dataIsNull() {
		t.Fatalf("aliased complex query answered: %s", res.body)
	}
}

// TestParserTokenLimit: a huge query is refused by the parser.
func TestParserTokenLimit(t *testing.T) {
	e := newEnv(t)
	q := "{ " + strings.Repeat("me { id } ", graph.MaxParserToken/4) + "}"
	res := e.post(t, gqlReq{query: q})
	if len(res.Errors) == 0 || !res.dataIsNull() {
		t.Fatalf("query of %d tokens answered: %.200s", graph.MaxParserToken, res.body)
	}
}

// TestGetNeverMutates: GET may read, but a mutation sent by GET does not run.
func TestGetNeverMutates(t *testing.T) {
	e := newEnv(t)
	token, cookie := e.login(t, adminEmail)
	res := e.get(t, gqlReq{query: `{ me { id } }`, token: token}).ok(t)
	if !strings.Contains(string(res.Data), e.db.UserID(t, adminEmail)) {
		t.Fatalf("GET query: %s", res.Data)
	}
	audit := e.db.Count(t, `SELECT count(*) FROM audit_entries`)
	sessions := e.db.Count(t, `SELECT count(*) FROM sessions WHERE revoked_at IS NULL`)
	for _, q := range []struct {
		query string
		vars  map[string]any
	}{
		{loginMutation, map[string]any{"email": adminEmail, "password": demoPassword}},
		{`mutation { logout { ok } }`, nil},
		{`mutation { refreshSession { accessToken } }`, nil},
		{`mutation { updateMe(input: {name: "Per GET"}) { user { name } } }`, nil},
	} {
		res := e.get(t, gqlReq{query: q.query, vars: q.vars, token: token, cookie: cookie})
		if res.status == http.StatusOK || len(res.Errors) == 0 || !res.dataIsNull() {
			t.Errorf("GET %s: status %d: %s", q.query, res.status, res.body)
		}
		if res.cookie() != nil {
			t.Errorf("GET %s set a cookie", q.query)
		}
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries`); n != audit {
		t.Errorf("audit entries %d → %d: a GET mutated", audit, n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM sessions WHERE revoked_at IS NULL`); n != sessions {
		t.Errorf("open sessions %d → %d: a GET mutated", sessions, n)
	}
	if id, _ := e.meID(t, token); id == "" {
		t.Error("GET logout ended the session")
	}
}

// TestSecurityHeaders: every answer, also refusals and the SPA, carries the headers.
func TestSecurityHeaders(t *testing.T) {
	e := newEnv(t)
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
	}
	post := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"query":"{ me { id } }"}`))
	post.Header.Set("Content-Type", "application/json")
	evil := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`{"query":"{ me { id } }"}`))
	evil.Header.Set("Content-Type", "application/json")
	evil.Header.Set("Origin", "https://evil.example")
	evil.Header.Set("Sec-Fetch-Site", "cross-site")
	big := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(make([]byte, server.MaxBodyBytes+1)))
	big.Header.Set("Content-Type", "application/json")
	for name, req := range map[string]*http.Request{
		"query":        post,
		"cross-origin": evil,
		"too big":      big,
		"healthz":      httptest.NewRequest(http.MethodGet, "/healthz", nil),
		"spa":          httptest.NewRequest(http.MethodGet, "/c/1/admin", nil),
		"asset":        httptest.NewRequest(http.MethodGet, "/assets/app.js", nil),
		"missing":      httptest.NewRequest(http.MethodGet, "/assets/missing.js", nil),
	} {
		t.Run(name, func(t *testing.T) {
			res := e.serve(t, req)
			for k, v := range want {
				if got := res.header.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			csp := res.header.Get("Content-Security-Policy")
			for _, d := range []string{"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
				if !strings.Contains(csp, d) {
					t.Errorf("CSP %q lacks %q", csp, d)
				}
			}
			for _, d := range strings.Split(csp, ";") {
				if d = strings.TrimSpace(d); strings.HasPrefix(d, "script-src") && strings.Contains(d, "unsafe-") {
					t.Errorf("CSP allows inline or eval'd scripts: %q", d)
				}
			}
			if res.header.Get("X-Request-Id") == "" {
				t.Error("no X-Request-Id")
			}
		})
	}
}

// TestNotFound: unknown and malformed IDs are NOT_FOUND alike, for every role, and nothing of
// the database shows.
func TestNotFound(t *testing.T) {
	e := newEnv(t)
	ids := map[string]string{
		"unknown":   "6b00c0de-0000-4000-8000-0000000fffff",
		"malformed": "not-a-uuid",
		"injection": "'; DROP TABLE users; --",
		"empty":     "",
		"long":      strings.Repeat("9", 500),
	}
	queries := map[string]string{
		"cooperation":   `query($id: ID!) { cooperation(id: $id) { id name } }`,
		"members":       `query($id: ID!) { members(cooperationId: $id) { totalCount } }`,
		"organisations": `query($id: ID!) { organisations(cooperationId: $id) { totalCount } }`,
		"auditEntries":  `query($id: ID!) { auditEntries(cooperationId: $id) { totalCount } }`,
	}
	for _, email := range []string{adminEmail, memberEmail} {
		token, _ := e.login(t, email)
		for qn, q := range queries {
			for idn, id := range ids {
				t.Run(email+"/"+qn+"/"+idn, func(t *testing.T) {
					res := e.post(t, gqlReq{query: q, vars: map[string]any{"id": id}, token: token})
					res.wantError(t, "NOT_FOUND")
					if !res.dataIsNull() {
						t.Errorf("data: %s", res.Data)
					}
				})
			}
		}
	}
	t.Run("password link", func(t *testing.T) {
		for _, tok := range []string{"garbage", "", strings.Repeat("x", 300)} {
			res := e.post(t, gqlReq{query: `query($t: String!) { passwordToken(token: $t) { email } }`, vars: map[string]any{"t": tok}})
			res.wantError(t, "NOT_FOUND")
		}
	})
	t.Run("membership", func(t *testing.T) {
		token, _ := e.login(t, adminEmail)
		for _, id := range []string{"not-a-uuid", "6b00c0de-0000-4000-8000-0000000fffff"} {
			res := e.post(t, gqlReq{query: `mutation($id: ID!) { updateMemberRole(input: {membershipId: $id, version: 1, role: VIEWER}) { membership { id } } }`,
				vars: map[string]any{"id": id}, token: token})
			res.wantError(t, "NOT_FOUND")
		}
	})
}

// TestGraphQLResponseMediaType: clients that ask for application/graphql-response+json (the
// GraphQL-over-HTTP spec's type) get it; a request the server cannot parse is a 4xx there.
func TestGraphQLResponseMediaType(t *testing.T) {
	e := newEnv(t)
	accept := map[string]string{"Accept": "application/graphql-response+json"}
	res := e.post(t, gqlReq{query: `{ me { id } }`, header: accept}).ok(t)
	if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/graphql-response+json") {
		t.Errorf("Content-Type = %q", ct)
	}
	res = e.post(t, gqlReq{query: `{ me { id `, header: accept})
	if res.status < 400 || res.status >= 500 || len(res.Errors) == 0 || !res.dataIsNull() {
		t.Errorf("parse error: status %d: %s", res.status, res.body)
	}
	res = e.post(t, gqlReq{query: `{ me { nosuchfield } }`, header: accept})
	if res.status < 400 || res.status >= 500 || len(res.Errors) == 0 || !res.dataIsNull() {
		t.Errorf("validation error: status %d: %s", res.status, res.body)
	}
	// Plain application/json as well.
	res = e.post(t, gqlReq{query: `{ me { nosuchfield } }`})
	if len(res.Errors) == 0 || res.Errors[0].code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("validation error: %s", res.body)
	}
}
