package server

import (
	"net/http/httptest"
	"testing"
)

func TestClientAddress(t *testing.T) {
	trusted, err := ParseTrustedProxies(" 10.0.0.0/8, 192.168.1.5 ")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, peer, xff, want string
		trusted               bool
	}{
		{"no proxies configured: the peer", "10.0.0.1:4000", "1.2.3.4", "10.0.0.1", false},
		{"untrusted peer: its header is ignored", "8.8.8.8:4000", "1.2.3.4", "8.8.8.8", true},
		{"trusted proxy: the client it names", "10.0.0.1:4000", "1.2.3.4", "1.2.3.4", true},
		{"spoofed left entries are skipped", "10.0.0.1:4000", "6.6.6.6, 1.2.3.4, 192.168.1.5", "1.2.3.4", true},
		{"garbage stops the walk", "10.0.0.1:4000", "1.2.3.4, nonsense", "10.0.0.1", true},
		{"only proxies: the peer", "10.0.0.1:4000", "10.1.1.1", "10.0.0.1", true},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tc.peer
		r.Header.Set("X-Forwarded-For", tc.xff)
		list := trusted
		if !tc.trusted {
			list = nil
		}
		if got := clientAddress(r, list); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
	if _, err := ParseTrustedProxies("10.0.0.0/33"); err == nil {
		t.Error("a bad prefix was accepted")
	}
}
