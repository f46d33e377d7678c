package server_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/koop-lichtenberg/koop/server"
)

// TestHealth: /healthz says the process lives; /readyz asks the database.
func TestHealth(t *testing.T) {
	e := newEnv(t)
	for _, p := range []string{"/healthz", "/readyz"} {
		res := e.serve(t, httptest.NewRequest(http.MethodGet, p, nil))
		if res.status != http.StatusOK || strings.TrimSpace(string(res.body)) != "ok" {
			t.Errorf("%s: %d %q", p, res.status, res.body)
		}
	}
	down := newEnv(t, func(c *server.Config) {
		c.Ready = func(context.Context) error { return errors.New("pq: connection refused to 10.0.0.5:5432") }
	})
	rec := httptest.NewRecorder()
	down.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/readyz with the database down: %d, want 503", rec.Code)
	}
	if body := rec.Body.String(); strings.Contains(body, "10.0.0.5") || strings.Contains(body, "pq:") {
		t.Errorf("/readyz shows the cause: %s", body)
	}
	if res := down.serve(t, httptest.NewRequest(http.MethodGet, "/healthz", nil)); res.status != http.StatusOK {
		t.Errorf("/healthz depends on the database: %d", res.status)
	}
}

// TestSPA: deep links get index.html (never cached, so a deploy is seen at once), hashed
// assets are cached for good, and a missing asset is a 404 rather than index.html.
func TestSPA(t *testing.T) {
	e := newEnv(t)
	get := func(p string) *result {
		t.Helper()
		return e.serve(t, httptest.NewRequest(http.MethodGet, p, nil))
	}
	for _, p := range []string{"/", "/c/123/admin/members", "/set-password?token=abc", "/login", "/index.html"} {
		t.Run("deep link "+p, func(t *testing.T) {
			res := get(p)
			if res.status != http.StatusOK || string(res.body) != indexHTML {
				t.Fatalf("status %d body %.100q", res.status, res.body)
			}
			if cc := res.header.Get("Cache-Control"); cc != "no-cache" {
				t.Errorf("Cache-Control = %q, want no-cache", cc)
			}
			if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type = %q", ct)
			}
		})
	}
	t.Run("asset", func(t *testing.T) {
		res := get("/assets/app.js")
		if res.status != http.StatusOK || string(res.body) != appJS {
			t.Fatalf("status %d body %q", res.status, res.body)
		}
		cc := res.header.Get("Cache-Control")
		if !strings.Contains(cc, "immutable") || !strings.Contains(cc, "max-age=31536000") {
			t.Errorf("Cache-Control = %q, want a year and immutable", cc)
		}
		if ct := res.header.Get("Content-Type"); !strings.Contains(ct, "javascript") {
			t.Errorf("Content-Type = %q", ct)
		}
	})
	for _, p := range []string{"/assets/missing.js", "/assets/app.js.map", "/favicon.ico", "/assets/deep/chunk.css"} {
		t.Run("missing "+p, func(t *testing.T) {
			res := get(p)
			if res.status != http.StatusNotFound {
				t.Fatalf("status %d, want 404: %.100q", res.status, res.body)
			}
			if string(res.body) == indexHTML {
				t.Error("missing file answered with index.html")
			}
			if strings.Contains(res.header.Get("Cache-Control"), "immutable") {
				t.Error("a 404 is cached for a year")
			}
		})
	}
	t.Run("no writes", func(t *testing.T) {
		res := e.serve(t, httptest.NewRequest(http.MethodPost, "/c/123", strings.NewReader("x")))
		if res.status != http.StatusMethodNotAllowed {
			t.Errorf("POST /c/123: %d, want 405", res.status)
		}
	})
	t.Run("without a built SPA", func(t *testing.T) {
		bare := newEnv(t, func(c *server.Config) { c.SPA = nil })
		if res := bare.serve(t, httptest.NewRequest(http.MethodGet, "/c/1", nil)); res.status != http.StatusNotFound {
			t.Errorf("status %d, want 404", res.status)
		}
	})
}
