package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// wsConn speaks graphql-transport-ws.
type wsConn struct {
	t    *testing.T
	c    *websocket.Conn
	ctx  context.Context
	next int
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func dialWS(t *testing.T, srv *httptest.Server, header http.Header) (*websocket.Conn, *http.Response, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/query", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: header,
	})
}

func (w *wsConn) write(m wsMessage) {
	w.t.Helper()
	b, _ := json.Marshal(m)
	if err := w.c.Write(w.ctx, websocket.MessageText, b); err != nil {
		w.t.Fatalf("ws write: %v", err)
	}
}

// read returns the next message other than a keep-alive, or the error that ended the socket.
func (w *wsConn) read() (wsMessage, error) {
	for {
		ctx, cancel := context.WithTimeout(w.ctx, 5*time.Second)
		_, b, err := w.c.Read(ctx)
		cancel()
		if err != nil {
			return wsMessage{}, err
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			w.t.Fatalf("ws message %s: %v", b, err)
		}
		if m.Type == "ping" || m.Type == "pong" || m.Type == "ka" {
			continue
		}
		checkNoLeak(w.t, b)
		return m, nil
	}
}

// init sends connection_init with the token and waits for the ack.
func (w *wsConn) init(token string) {
	w.t.Helper()
	payload, _ := json.Marshal(map[string]string{"Authorization": "Bearer " + token})
	w.write(wsMessage{Type: "connection_init", Payload: payload})
	m, err := w.read()
	if err != nil || m.Type != "connection_ack" {
		w.t.Fatalf("connection_init: %+v %v", m, err)
	}
}

// operation runs a query over the socket and returns its result, or the error that closed
// the socket.
func (w *wsConn) operation(query string) (*result, error) {
	w.t.Helper()
	w.next++
	id := string(rune('a' + w.next))
	payload, _ := json.Marshal(map[string]string{"query": query})
	w.write(wsMessage{ID: id, Type: "subscribe", Payload: payload})
	res := &result{}
	for {
		m, err := w.read()
		if err != nil {
			return nil, err
		}
		switch m.Type {
		case "next":
			if err := json.Unmarshal(m.Payload, res); err != nil {
				w.t.Fatalf("next payload %s: %v", m.Payload, err)
			}
		case "error":
			if err := json.Unmarshal(m.Payload, &res.Errors); err != nil {
				w.t.Fatalf("error payload %s: %v", m.Payload, err)
			}
			return res, nil
		case "complete":
			return res, nil
		default:
			w.t.Fatalf("unexpected message %+v", m)
		}
	}
}

// TestWebsocketOrigin: another site cannot open the live connection with the user's browser;
// the app itself can.
func TestWebsocketOrigin(t *testing.T) {
	e := newEnv(t)
	srv := httptest.NewServer(e.h)
	t.Cleanup(srv.Close)

	t.Run("cross-origin refused", func(t *testing.T) {
		for _, origin := range []string{"https://evil.example", "http://evil.example", "null"} {
			c, resp, err := dialWS(t, srv, http.Header{"Origin": {origin}})
			if err == nil {
				c.CloseNow()
				t.Fatalf("Origin %s: upgraded", origin)
			}
			if resp == nil || resp.StatusCode != http.StatusForbidden {
				t.Fatalf("Origin %s: response %v, want 403 (%v)", origin, resp, err)
			}
		}
	})
	t.Run("same origin upgrades", func(t *testing.T) {
		for name, h := range map[string]http.Header{
			"own origin": {"Origin": {srv.URL}},
			"no origin":  nil,
		} {
			c, resp, err := dialWS(t, srv, h)
			if err != nil {
				t.Fatalf("%s: %v (%v)", name, err, resp)
			}
			if resp.StatusCode != http.StatusSwitchingProtocols || c.Subprotocol() != "graphql-transport-ws" {
				t.Errorf("%s: status %d subprotocol %q", name, resp.StatusCode, c.Subprotocol())
			}
			c.Close(websocket.StatusNormalClosure, "")
		}
	})
}

// TestWebsocketAuth: the live connection authenticates with the token in connection_init, and
// like every HTTP request it stops acting for a session once that session is revoked
// (DESIGN.md: "logout revokes at once, and revoking a session also closes its open
// subscriptions").
func TestWebsocketAuth(t *testing.T) {
	e := newEnv(t)
	srv := httptest.NewServer(e.h)
	t.Cleanup(srv.Close)
	adminID := e.db.UserID(t, adminEmail)
	token, cookie := e.login(t, adminEmail)

	open := func(tok string) *wsConn {
		c, _, err := dialWS(t, srv, nil)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		t.Cleanup(func() { c.CloseNow() })
		w := &wsConn{t: t, c: c, ctx: context.Background()}
		w.init(tok)
		return w
	}

	t.Run("bad token", func(t *testing.T) {
		w := open("garbage")
		res, err := w.operation(`{ me { id } }`)
		if err != nil {
			return // closing the connection is a fine answer as well
		}
		if strings.Contains(string(res.Data), adminID) {
			t.Fatalf("bad token acts as the admin: %s", res.Data)
		}
		res.wantError(t, "UNAUTHENTICATED")
	})

	w := open(token)
	res, err := w.operation(`{ me { id } }`)
	if err != nil {
		t.Fatalf("me over websocket: %v", err)
	}
	if !strings.Contains(string(res.Data), adminID) {
		t.Fatalf("me over websocket = %s", res.Data)
	}

	e.post(t, gqlReq{query: `mutation { logout { ok } }`, token: token, cookie: cookie}).ok(t)
	if id, code := e.meID(t, token); id != "" || code != "UNAUTHENTICATED" {
		t.Fatalf("HTTP after logout: me %q code %q", id, code)
	}
	res, err = w.operation(`{ me { id } }`)
	var ce websocket.CloseError
	switch {
	case err != nil && (errors.As(err, &ce) || errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "EOF")):
		// The connection was closed: the revoked session acts no more.
	case err != nil:
		t.Fatalf("after logout: %v", err)
	case strings.Contains(string(res.Data), adminID):
		t.Fatalf("after logout the open websocket still acts for the revoked session: %s", res.Data)
	default:
		res.wantError(t, "UNAUTHENTICATED")
	}
}
