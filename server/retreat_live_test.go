package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

const liveRetreat = "6b00c0de-0000-4000-8000-000000001002" // the demo's "Klausur 2027"

// readWithin returns the next message other than a keep-alive within d.
func (w *wsConn) readWithin(d time.Duration) (wsMessage, error) {
	deadline := time.Now().Add(d)
	for {
		ctx, cancel := context.WithDeadline(w.ctx, deadline)
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
		return m, nil
	}
}

type liveTally struct {
	Data struct {
		TallyChanged struct {
			TotalPoints int `json:"totalPoints"`
			VotingOpen  bool
			Entries     []struct {
				ProposalID string `json:"proposalId"`
				Points     int
			}
		} `json:"tallyChanged"`
	}
}

func (w *wsConn) nextTally(t *testing.T, within time.Duration) liveTally {
	t.Helper()
	m, err := w.readWithin(within)
	if err != nil {
		t.Fatalf("no tally within %v: %v", within, err)
	}
	if m.Type != "next" {
		t.Fatalf("unexpected message %s %s", m.Type, m.Payload)
	}
	var lt liveTally
	if err := json.Unmarshal(m.Payload, &lt); err != nil {
		t.Fatal(err)
	}
	return lt
}

// Two server processes on one database, each with its own LISTEN connection: a screen
// subscribed to the first sees a vote cast through the second within a second; a screen that
// reconnects gets the current tally at once; logging out closes the open websocket.
func TestLiveTallyAcrossServerProcesses(t *testing.T) {
	db, dsn := pgtest.SeededDSN(t)
	hubs := make([]*postgres.Hub, 2)
	for i := range hubs {
		h, err := postgres.Listen(dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		hubs[i] = h
	}
	a, b := newEnvOn(t, db, hubs[0]), newEnvOn(t, db, hubs[1])
	srvA := httptest.NewServer(a.h)
	t.Cleanup(srvA.Close)
	if _, err := db.SQL.Exec(`UPDATE retreats SET status = 'IN_SESSION', voting_open = true WHERE id = $1`, liveRetreat); err != nil {
		t.Fatal(err)
	}
	chairToken, chairRefresh := a.login(t, "coordinator@koop.test")
	memberToken, _ := b.login(t, "member@koop.test")

	subscribe := func(token string) *wsConn {
		c, _, err := dialWS(t, srvA, nil)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		t.Cleanup(func() { c.CloseNow() })
		w := &wsConn{t: t, c: c, ctx: context.Background()}
		w.init(token)
		payload, _ := json.Marshal(map[string]string{"query": `subscription { tallyChanged(retreatId: "` + liveRetreat + `") { totalPoints votingOpen entries { proposalId points } } }`})
		w.write(wsMessage{ID: "t", Type: "subscribe", Payload: payload})
		return w
	}
	w := subscribe(chairToken)
	if first := w.nextTally(t, 5*time.Second); first.Data.TallyChanged.TotalPoints != 0 || !first.Data.TallyChanged.VotingOpen || len(first.Data.TallyChanged.Entries) != 6 {
		t.Fatalf("first tally %+v", first)
	}

	proposal := "6b00c0de-0000-4000-8000-000000001026"
	vote := func(points int) {
		b.post(t, gqlReq{query: `mutation($p: ID!, $n: Int!) { castVote(input: {proposalId: $p, points: $n}) { tally { totalPoints } } }`,
			vars: map[string]any{"p": proposal, "n": points}, token: memberToken}).ok(t)
	}
	start := time.Now()
	vote(3)
	got := w.nextTally(t, time.Second)
	if got.Data.TallyChanged.TotalPoints != 3 {
		t.Fatalf("after the vote through the other process: %+v", got)
	}
	t.Logf("the vote reached the other process's subscriber after %v", time.Since(start))

	// a screen that reconnects resynchronises with the first message
	w2 := subscribe(chairToken)
	if again := w2.nextTally(t, 5*time.Second); again.Data.TallyChanged.TotalPoints != 3 {
		t.Fatalf("resynchronised tally %+v", again)
	}
	w2.c.CloseNow()

	// logging out (through the other process) closes the socket of that session
	b.post(t, gqlReq{query: `mutation { logout { ok } }`, token: chairToken, cookie: chairRefresh}).ok(t)
	deadline := time.Now().Add(2 * time.Second)
	for {
		m, err := w.readWithin(time.Until(deadline))
		var ce websocket.CloseError
		if errors.As(err, &ce) || (err != nil && strings.Contains(err.Error(), "EOF")) {
			break // closed
		}
		if err != nil {
			t.Fatalf("the socket of the revoked session is still open: %v", err)
		}
		if m.Type == "next" && time.Now().After(deadline) {
			t.Fatalf("still receiving after the logout: %s", m.Payload)
		}
	}
}

// TestLoadLiveTally measures, when KOOP_LOAD is set, how long a vote takes to reach every
// screen: 40 subscribers split over two server processes, votes cast through the second. A
// measurement, not a check: run `KOOP_LOAD=1 go test ./server -run TestLoadLiveTally -v`.
func TestLoadLiveTally(t *testing.T) {
	if os.Getenv("KOOP_LOAD") == "" {
		t.Skip("a load measurement: set KOOP_LOAD=1 to run it")
	}
	const screens, votes = 40, 50
	db, dsn := pgtest.SeededDSN(t)
	var envs []*env
	for range 2 {
		h, err := postgres.Listen(dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		envs = append(envs, newEnvOn(t, db, h))
	}
	srvs := []*httptest.Server{httptest.NewServer(envs[0].h), httptest.NewServer(envs[1].h)}
	for _, s := range srvs {
		t.Cleanup(s.Close)
	}
	if _, err := db.SQL.Exec(`UPDATE retreats SET status = 'IN_SESSION', voting_open = true WHERE id = $1`, liveRetreat); err != nil {
		t.Fatal(err)
	}
	viewerToken, _ := envs[0].login(t, "viewer@koop.test")
	memberToken, _ := envs[1].login(t, "member@koop.test")
	type screen struct {
		w   *wsConn
		got chan int
	}
	var all []screen
	for i := range screens {
		c, _, err := dialWS(t, srvs[i%2], nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.CloseNow() })
		w := &wsConn{t: t, c: c, ctx: context.Background()}
		w.init(viewerToken)
		payload, _ := json.Marshal(map[string]string{"query": `subscription { tallyChanged(retreatId: "` + liveRetreat + `") { totalPoints } }`})
		w.write(wsMessage{ID: "t", Type: "subscribe", Payload: payload})
		s := screen{w: w, got: make(chan int, 64)}
		go func() {
			for {
				_, b, err := c.Read(context.Background())
				if err != nil {
					return
				}
				var m struct {
					Type    string
					Payload liveTally
				}
				if json.Unmarshal(b, &m) == nil && m.Type == "next" {
					s.got <- m.Payload.Data.TallyChanged.TotalPoints
				}
			}
		}()
		<-s.got // the first tally
		all = append(all, s)
	}
	var latencies []time.Duration
	for i := range votes {
		points := i%10 + 1
		start := time.Now()
		envs[1].post(t, gqlReq{query: `mutation($n: Int!) { castVote(input: {proposalId: "6b00c0de-0000-4000-8000-000000001026", points: $n}) { tally { totalPoints } } }`,
			vars: map[string]any{"n": points}, token: memberToken}).ok(t)
		for _, s := range all {
			for got := <-s.got; got != points; got = <-s.got {
			}
		}
		latencies = append(latencies, time.Since(start))
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	t.Logf("%d screens on 2 processes, %d votes: vote to last screen median %v, p90 %v, max %v",
		screens, votes, latencies[len(latencies)/2], latencies[len(latencies)*9/10], latencies[len(latencies)-1])
}
