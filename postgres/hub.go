package postgres

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/lib/pq"
)

// The notification channels koop listens on.
const (
	// channelTally carries the ID of a retreat whose tally may have changed.
	channelTally = "koop_tally"
	// channelSessionRevoked carries the ID of a revoked session (a trigger on sessions sends it).
	channelSessionRevoked = "koop_session_revoked"
)

// Hub is one process's PostgreSQL LISTEN connection, fanning notifications out to the
// subscribers in this process: every server process of the same database sees every vote and
// every revoked session. After the connection was lost and found again, every subscriber is
// signalled, since notifications in between are gone: they re-read what they show.
type Hub struct {
	l    *pq.Listener
	mu   sync.Mutex
	subs map[string]map[string]map[chan struct{}]struct{} // channel → key → subscribers
	done chan struct{}
	wg   sync.WaitGroup
}

// Listen opens the LISTEN connection on dsn.
func Listen(dsn string) (*Hub, error) {
	h := &Hub{subs: map[string]map[string]map[chan struct{}]struct{}{}, done: make(chan struct{})}
	h.l = pq.NewListener(dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			slog.Warn("listen connection", "event", ev, "err", err)
		}
	})
	for _, ch := range []string{channelTally, channelSessionRevoked} {
		if err := h.l.Listen(ch); err != nil {
			h.l.Close()
			return nil, err
		}
	}
	h.wg.Add(1)
	go h.run()
	return h, nil
}

func (h *Hub) run() {
	defer h.wg.Done()
	ping := time.NewTicker(60 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-h.done:
			return
		case n := <-h.l.Notify:
			if n == nil {
				// reconnected: whatever was sent meanwhile is lost
				h.signalAll()
				continue
			}
			h.signal(n.Channel, n.Extra)
		case <-ping.C:
			go h.l.Ping()
		}
	}
}

func (h *Hub) signal(channel, key string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.subs[channel][key] {
		poke(c)
	}
}

func (h *Hub) signalAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, keys := range h.subs {
		for _, cs := range keys {
			for c := range cs {
				poke(c)
			}
		}
	}
}

// poke signals without blocking; one pending signal stands for any number.
func poke(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// watch signals on the returned channel for every notification on channel with payload key,
// until ctx ends (then the channel is closed).
func (h *Hub) watch(ctx context.Context, channel, key string) <-chan struct{} {
	c := make(chan struct{}, 1)
	h.mu.Lock()
	if h.subs[channel] == nil {
		h.subs[channel] = map[string]map[chan struct{}]struct{}{}
	}
	if h.subs[channel][key] == nil {
		h.subs[channel][key] = map[chan struct{}]struct{}{}
	}
	h.subs[channel][key][c] = struct{}{}
	h.mu.Unlock()
	go func() {
		select {
		case <-ctx.Done():
		case <-h.done:
		}
		h.mu.Lock()
		delete(h.subs[channel][key], c)
		if len(h.subs[channel][key]) == 0 {
			delete(h.subs[channel], key)
		}
		close(c)
		h.mu.Unlock()
	}()
	return c
}

// WatchSession signals when the session may have been revoked (and after a lost connection);
// the caller checks the session again.
func (h *Hub) WatchSession(ctx context.Context, sessionID string) <-chan struct{} {
	return h.watch(ctx, channelSessionRevoked, sessionID)
}

// Close stops listening; every watch channel closes.
func (h *Hub) Close() error {
	close(h.done)
	h.wg.Wait()
	return h.l.Close()
}
