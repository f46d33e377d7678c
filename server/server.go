// Package server is koop's HTTP layer: routes, the GraphQL handler with its limits, access
// tokens and the refresh cookie, security middleware, and the embedded single-page app.
package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"path"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph"
)

// MaxBodyBytes bounds a GraphQL request body.
const MaxBodyBytes = 1 << 20

// MaxUploadBytes limits a multipart request: the files of one public nomination (the most a
// request carries) and its form. Each file is held to koop.MaxAttachmentBytes on its own.
const MaxUploadBytes = koop.MaxPublicNominationFiles*koop.MaxAttachmentBytes + 1<<20

// refreshCookie is the name of the refresh-token cookie; its path keeps it off every request
// but the API's.
const (
	refreshCookie     = "koop_refresh"
	refreshCookiePath = "/query"
)

// Config assembles a server.
type Config struct {
	Resolver *graph.Resolver
	Auth     koop.AuthService
	Tokens   *Tokens
	// Ready reports whether the database answers.
	Ready func(ctx context.Context) error
	// SPA is the built frontend; nil serves none.
	SPA fs.FS
	// Dev enables introspection and the playground.
	Dev bool
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names the client address
	// (for login throttling); requests from anywhere else are taken at their peer address.
	TrustedProxies []netip.Prefix
	// Sessions tells when a session may have been revoked (in any server process), so that its
	// open websockets close at once; nil checks them only every SessionRecheck.
	Sessions SessionWatcher
}

// SessionWatcher signals when a session may have been revoked; the caller checks it again.
type SessionWatcher interface {
	WatchSession(ctx context.Context, sessionID string) <-chan struct{}
}

// SessionRecheck is how often an open websocket checks its session even without a signal (it
// catches expiry and deactivation without a revocation).
var SessionRecheck = time.Minute

// ParseTrustedProxies reads a comma-separated list of addresses or CIDR prefixes.
func ParseTrustedProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !strings.Contains(f, "/") {
			a, err := netip.ParseAddr(f)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q: %w", f, err)
			}
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: %w", f, err)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// clientAddress is the peer address, or, when the peer is a trusted proxy, the rightmost
// address in X-Forwarded-For that is not itself a trusted proxy.
func clientAddress(r *http.Request, trusted []netip.Prefix) string {
	ip, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		ip = r.RemoteAddr
	}
	isTrusted := func(s string) bool {
		a, err := netip.ParseAddr(strings.TrimSpace(s))
		if err != nil {
			return false
		}
		for _, p := range trusted {
			if p.Contains(a.Unmap()) {
				return true
			}
		}
		return false
	}
	if len(trusted) == 0 || !isTrusted(ip) {
		return ip
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		h := strings.TrimSpace(hops[i])
		if _, err := netip.ParseAddr(h); err != nil {
			break
		}
		if !isTrusted(h) {
			return h
		}
	}
	return ip
}

// New returns the HTTP handler of koop.
func New(cfg Config) http.Handler {
	mux := http.NewServeMux()
	gql := graphQLHandler(cfg)
	mux.Handle("/query", gql)
	mux.Handle("GET /files/{id}", filesHandler(cfg))
	mux.Handle("GET /events/{id}/guests.csv", guestListHandler(cfg))
	mux.Handle("GET /cooperations/{id}/annual-report.csv", annualReportHandler(cfg))
	if cfg.Dev {
		mux.Handle("GET /playground", playground.Handler("koop", "/query"))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := cfg.Ready(ctx); err != nil {
			slog.Warn("not ready", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "database unavailable\n")
			return
		}
		io.WriteString(w, "ok\n")
	})
	if cfg.SPA != nil {
		mux.Handle("/", spaHandler(cfg.SPA))
	}
	csrf := http.NewCrossOriginProtection()
	csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		writeGraphQLError(w, http.StatusForbidden, koop.EFORBIDDEN, "Anfragen von fremden Webseiten werden abgelehnt.")
	}))
	return requestContext(cfg.TrustedProxies, securityHeaders(csrf.Handler(mux)))
}

// graphQLHandler assembles gqlgen with its transports, limits and the auth of each request.
func graphQLHandler(cfg Config) http.Handler {
	srv := handler.New(graph.NewExecutableSchema(graph.NewConfig(cfg.Resolver)))
	srv.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		// coder/websocket refuses an upgrade whose Origin is not this host, unless told otherwise.
		Implementation: transport.CoderWebsocketImplementation{},
		InitFunc: func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			header := p.Authorization()
			ctx = context.WithValue(authenticate(ctx, cfg, header), wsAuthKey{}, header)
			if actor := koop.ActorFromContext(ctx); actor != nil {
				// the connection closes when its context ends: when the session is revoked
				var cancel context.CancelFunc
				ctx, cancel = context.WithCancel(ctx)
				go watchSession(ctx, cancel, cfg, actor)
			}
			return ctx, nil, nil
		},
	})
	// A websocket lives longer than its first check: every operation on it checks the token and
	// the session again, so that logout and deactivation take effect on the next operation.
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if header, ok := ctx.Value(wsAuthKey{}).(string); ok && header != "" {
			ctx = authenticate(koop.NewContextWithActor(ctx, nil), cfg, header)
		}
		return next(ctx)
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.AddTransport(transport.MultipartForm{MaxUploadSize: MaxUploadBytes, MaxMemory: 1 << 20})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(graph.MaxParserToken)
	srv.SetErrorPresenter(graph.PresentError)
	srv.SetRecoverFunc(graph.Recover)
	srv.Use(extension.FixedComplexityLimit(graph.MaxComplexity))
	srv.Use(graph.DepthLimit{Max: graph.MaxDepth})
	if cfg.Dev {
		srv.Use(extension.Introspection{})
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			// A file upload: a larger limit, and no JSON to check (the multipart transport parses it).
			if r.ContentLength > MaxUploadBytes {
				writeGraphQLError(w, http.StatusRequestEntityTooLarge, koop.EINVALID, "Die Dateien sind zu groß; erlaubt sind höchstens 10 MB je Datei und drei Dateien.")
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, MaxUploadBytes)
		} else if r.Method == http.MethodPost {
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
			var tooBig *http.MaxBytesError
			switch {
			case errors.As(err, &tooBig):
				writeGraphQLError(w, http.StatusRequestEntityTooLarge, koop.EINVALID, "Die Anfrage ist zu groß.")
				return
			case err != nil:
				writeGraphQLError(w, http.StatusBadRequest, koop.EINVALID, "Die Anfrage konnte nicht gelesen werden.")
				return
			case !json.Valid(body):
				writeGraphQLError(w, http.StatusBadRequest, koop.EINVALID, "Die Anfrage ist kein gültiges JSON.")
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		if r.Method == http.MethodGet && isMutation(r.URL.Query().Get("query"), r.URL.Query().Get("operationName")) {
			w.Header().Set("Allow", "POST")
			writeGraphQLError(w, http.StatusMethodNotAllowed, koop.EINVALID, "Änderungen sind nur per POST möglich.")
			return
		}
		ctx := r.Context()
		if h := r.Header.Get("Authorization"); h != "" {
			ctx = authenticate(ctx, cfg, h)
		}
		var refresh string
		if c, err := r.Cookie(refreshCookie); err == nil {
			refresh = c.Value
		}
		ctx = graph.WithCookies(ctx, &graph.Cookies{
			RefreshToken: refresh,
			SetRefresh: func(token string, exp time.Time) {
				http.SetCookie(w, &http.Cookie{Name: refreshCookie, Value: token, Path: refreshCookiePath, Expires: exp,
					HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
			},
			ClearRefresh: func() {
				http.SetCookie(w, &http.Cookie{Name: refreshCookie, Value: "", Path: refreshCookiePath, MaxAge: -1,
					HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
			},
		})
		srv.ServeHTTP(w, r.WithContext(ctx))
	})
}

// authenticate checks a "Bearer <token>" value and puts the actor, or the reason the token was
// refused, into the context. Sessions are checked on every request, so that logout and
// deactivation take effect at once.
func authenticate(ctx context.Context, cfg Config, header string) context.Context {
	if header == "" {
		return ctx
	}
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return koop.NewContextWithAuthError(ctx, koop.Errorf(koop.EUNAUTHENTICATED, "Die Anmeldung muss als „Authorization: Bearer <Token>“ gesendet werden."))
	}
	userID, sessionID, err := cfg.Tokens.Parse(strings.TrimSpace(token))
	if err != nil {
		return koop.NewContextWithAuthError(ctx, err)
	}
	actor, err := cfg.Auth.Authenticate(ctx, userID, sessionID)
	if err != nil {
		return koop.NewContextWithAuthError(ctx, err)
	}
	return koop.NewContextWithActor(ctx, actor)
}

// watchSession closes a websocket (by cancelling its context) once its session is no longer
// valid: checked on every signal of the watcher and every SessionRecheck.
func watchSession(ctx context.Context, closeSocket context.CancelFunc, cfg Config, actor *koop.Actor) {
	defer closeSocket()
	var signals <-chan struct{}
	if cfg.Sessions != nil {
		signals = cfg.Sessions.WatchSession(ctx, actor.SessionID)
	}
	tick := time.NewTicker(SessionRecheck)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case _, ok := <-signals:
			if !ok {
				signals = nil
				continue
			}
		case <-tick.C:
		}
		if _, err := cfg.Auth.Authenticate(ctx, actor.UserID, actor.SessionID); err != nil {
			if koop.ErrorCode(err) == koop.EUNAVAILABLE || ctx.Err() != nil {
				continue
			}
			slog.Debug("websocket closed: session no longer valid", "session", actor.SessionID)
			return
		}
	}
}

// wsAuthKey carries a websocket's Authorization value from its init to each operation.
type wsAuthKey struct{}

// isMutation reports whether the selected operation of a GET request would change data; GET
// only reads (DESIGN.md). Unparseable queries are left to gqlgen's error.
func isMutation(query, operationName string) bool {
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false
	}
	for _, op := range doc.Operations {
		if op.Operation != ast.Query && (operationName == "" || op.Name == operationName) {
			return true
		}
	}
	return false
}

// writeGraphQLError answers a request that never reached the GraphQL executor.
func writeGraphQLError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": message, "extensions": map[string]any{"code": code}}}})
}

// requestContext gives each request an ID, records the client address and logs the request.
func requestContext(trusted []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 8)
		rand.Read(b)
		id := hex.EncodeToString(b)
		ip := clientAddress(r, trusted)
		w.Header().Set("X-Request-Id", id)
		ctx := koop.NewContextWithRequest(r.Context(), koop.RequestInfo{ID: id, IP: ip, UserAgent: r.UserAgent()})
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r.WithContext(ctx))
		if r.URL.Path == "/query" || sw.status >= 400 {
			slog.Debug("request", "id", id, "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start))
		}
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController and the websocket upgrader reach the hijacker.
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// securityHeaders sets the headers every response carries.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		// Set-password links carry their token in the URL: never send it on as a referrer.
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
		}
		next.ServeHTTP(w, r)
	})
}

// spaHandler serves the built SPA: files as they are (hashed assets cached for a year), and
// index.html for every other path, so that deep links work on reload.
func spaHandler(dist fs.FS) http.Handler {
	files := http.FileServerFS(dist)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "Methode nicht erlaubt", http.StatusMethodNotAllowed)
			return
		}
		p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if p != "" && p != "index.html" {
			if st, err := fs.Stat(dist, p); err == nil && !st.IsDir() {
				if strings.HasPrefix(p, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				files.ServeHTTP(w, r)
				return
			}
			if strings.HasPrefix(p, "assets/") || path.Ext(p) != "" {
				http.NotFound(w, r)
				return
			}
		}
		index, err := fs.ReadFile(dist, "index.html")
		if err != nil {
			http.Error(w, "Die Oberfläche wurde nicht gebaut (make build).", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(index)
	})
}
