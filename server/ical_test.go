package server_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
)

const demoCooperation = "6b00c0de-0000-4000-8000-000000000001"

// parseICS parses an iCalendar answer back with the library that wrote it.
func parseICS(t *testing.T, body []byte) *ics.Calendar {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("not iCalendar (%v):\n%s", err, body)
	}
	return cal
}

func icsProp(ev *ics.VEvent, p ics.ComponentProperty) string {
	if v := ev.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

// icsURL asks the API for an event's download link.
func (e *env) icsURL(t *testing.T, token, eventID string) string {
	t.Helper()
	res := e.post(t, gqlReq{query: `query($id: ID!) { event(id: $id) { icsUrl } }`, vars: map[string]any{"id": eventID}, token: token}).ok(t)
	var d struct{ Event struct{ IcsURL string } }
	res.decode(t, &d)
	return d.Event.IcsURL
}

func TestEventCalendarFileDownload(t *testing.T) {
	e := newEnv(t)
	viewer, _ := e.login(t, viewerEmail)
	link := e.icsURL(t, viewer, neujahr2027)
	if !strings.HasPrefix(link, "/calendar/events/"+neujahr2027+".ics?token=") {
		t.Fatalf("icsUrl %q", link)
	}
	got := e.serve(t, httptest.NewRequest(http.MethodGet, link, nil))
	if got.status != http.StatusOK {
		t.Fatalf("download: %d %s", got.status, got.body)
	}
	for h, want := range map[string]string{
		"Content-Type":            "text/calendar; charset=utf-8",
		"Content-Disposition":     `attachment; filename="Neujahrsempfang-2027.ics"; filename*=UTF-8''Neujahrsempfang-2027.ics`,
		"Cache-Control":           "private, no-store",
		"X-Content-Type-Options":  "nosniff",
		"Content-Security-Policy": "default-src 'none'; sandbox",
	} {
		if v := got.header.Get(h); v != want {
			t.Errorf("%s: %q, want %q", h, v, want)
		}
	}
	if got.header.Get("X-Request-Id") == "" {
		t.Error("no request ID")
	}
	events := parseICS(t, got.body).Events()
	if len(events) != 1 {
		t.Fatalf("%d events in the file", len(events))
	}
	ev := events[0]
	for p, want := range map[ics.ComponentProperty]string{
		ics.ComponentPropertySummary:  "Neujahrsempfang 2027",
		ics.ComponentPropertyLocation: "Kulturhaus Karlshorst, Treskowallee 112, 10318 Berlin",
		ics.ComponentPropertyUrl:      "http://koop.test/c/" + demoCooperation + "/events/" + neujahr2027,
		ics.ComponentPropertyStatus:   "CONFIRMED",
		ics.ComponentPropertyDtStart:  "20270120T170000Z",
	} {
		if v := icsProp(ev, p); v != want {
			t.Errorf("%s: %q, want %q", p, v, want)
		}
	}
	if ev.Id() != neujahr2027+"@koop" {
		t.Errorf("UID %q", ev.Id())
	}

	// The token opens this event only, and nothing else opens it.
	other := strings.Replace(link, neujahr2027, "6b00c0de-0000-4000-8000-000000000305", 1)
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, other, nil)); r.status != http.StatusUnauthorized || !strings.Contains(string(r.body), "anderen Veranstaltung") {
		t.Errorf("token for another event: %d %s", r.status, r.body)
	}
	for _, bad := range []string{"x", viewer} {
		if r := e.serve(t, httptest.NewRequest(http.MethodGet, "/calendar/events/"+neujahr2027+".ics?token="+bad, nil)); r.status != http.StatusUnauthorized {
			t.Errorf("token %.10s…: %d %s", bad, r.status, r.body)
		}
	}
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, strings.Replace(link, ".ics?", "?", 1), nil)); r.status != http.StatusNotFound {
		t.Errorf("without .ics: %d", r.status)
	}
	// A download link is no access token.
	e.post(t, gqlReq{query: `{ me { id } }`, auth: "Bearer " + strings.SplitN(link, "token=", 2)[1]}).wantError(t, "UNAUTHENTICATED")

	// Logging out ends the link as well.
	e.post(t, gqlReq{query: `mutation { logout { ok } }`, token: viewer}).ok(t)
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, link, nil)); r.status != http.StatusUnauthorized {
		t.Errorf("after logout: %d %s", r.status, r.body)
	}
}

const rotateFeed = `mutation($id: ID!) { rotateCalendarFeed(input: {cooperationId: $id}) { url calendarFeed { createdAt createdByName } } }`

func (e *env) rotateFeed(t *testing.T, token string) string {
	t.Helper()
	res := e.post(t, gqlReq{query: rotateFeed, vars: map[string]any{"id": demoCooperation}, token: token}).ok(t)
	var d struct {
		RotateCalendarFeed struct {
			URL          string
			CalendarFeed struct{ CreatedByName string }
		}
	}
	res.decode(t, &d)
	path, ok := strings.CutPrefix(d.RotateCalendarFeed.URL, "http://koop.test")
	if !ok || !strings.HasPrefix(path, "/calendar/feeds/") || !strings.HasSuffix(path, ".ics") || d.RotateCalendarFeed.CalendarFeed.CreatedByName == "" {
		t.Fatalf("rotated: %s", res.body)
	}
	return path
}

func TestCalendarFeedSubscription(t *testing.T) {
	e := newEnv(t)
	coordinator, _ := e.login(t, coordEmail)
	viewer, _ := e.login(t, viewerEmail)
	feedQuery := gqlReq{query: `query($id: ID!) { calendarFeed(cooperationId: $id) { createdAt createdByName } }`, vars: map[string]any{"id": demoCooperation}, token: viewer}
	if res := e.post(t, feedQuery).ok(t); !strings.Contains(string(res.Data), `"calendarFeed":null`) {
		t.Errorf("before any feed: %s", res.Data)
	}
	e.post(t, gqlReq{query: rotateFeed, vars: map[string]any{"id": demoCooperation}, token: viewer}).wantError(t, "FORBIDDEN")

	logged := captureLog()
	first := e.rotateFeed(t, coordinator)
	if res := e.post(t, feedQuery).ok(t); !strings.Contains(string(res.Data), `"createdByName":"Clara Conrad"`) {
		t.Errorf("the viewer's view: %s", res.Data)
	}

	// No login: calendar apps cannot log in.
	got := e.serve(t, httptest.NewRequest(http.MethodGet, first, nil))
	if got.status != http.StatusOK || got.header.Get("Content-Type") != "text/calendar; charset=utf-8" {
		t.Fatalf("feed: %d %q %s", got.status, got.header.Get("Content-Type"), got.body)
	}
	cal := parseICS(t, got.body)
	var summaries []string
	for _, ev := range cal.Events() {
		summaries = append(summaries, icsProp(ev, ics.ComponentPropertySummary))
	}
	if len(summaries) != 8 || summaries[0] != "Neujahrsempfang 2026" || summaries[7] != "Lichtenberger Kultursalon 2027" {
		t.Errorf("feed events: %q", summaries)
	}
	for _, cp := range cal.CalendarProperties {
		if cp.IANAToken == string(ics.PropertyXWRCalName) && cp.Value != "Kooperation Bezirksamt Lichtenberg – WKHL" {
			t.Errorf("X-WR-CALNAME %q", cp.Value)
		}
	}

	// Rotating again: the old address is gone at once, with a short German text.
	second := e.rotateFeed(t, coordinator)
	old := e.serve(t, httptest.NewRequest(http.MethodGet, first, nil))
	if old.status != http.StatusNotFound || !strings.HasPrefix(old.header.Get("Content-Type"), "text/plain") || !strings.Contains(string(old.body), "Kalenderabo gibt es nicht") {
		t.Errorf("old address: %d %q %s", old.status, old.header.Get("Content-Type"), old.body)
	}
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, second, nil)); r.status != http.StatusOK {
		t.Errorf("new address: %d", r.status)
	}
	for _, p := range []string{"/calendar/feeds/unbekannt.ics", "/calendar/feeds/" + strings.Repeat("A", 43) + ".ics", strings.TrimSuffix(second, ".ics")} {
		if r := e.serve(t, httptest.NewRequest(http.MethodGet, p, nil)); r.status != http.StatusNotFound {
			t.Errorf("%s: %d", p, r.status)
		}
	}

	e.post(t, gqlReq{query: `mutation($id: ID!) { deleteCalendarFeed(input: {cooperationId: $id}) { cooperationId } }`,
		vars: map[string]any{"id": demoCooperation}, token: coordinator}).ok(t)
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, second, nil)); r.status != http.StatusNotFound {
		t.Errorf("after delete: %d", r.status)
	}
	// The secret never reaches the log, not even for an address that no longer works.
	for _, p := range []string{first, second} {
		token := strings.TrimSuffix(strings.TrimPrefix(p, "/calendar/feeds/"), ".ics")
		if strings.Contains(logged(), token) {
			t.Errorf("the log shows a feed token")
		}
	}
}

func TestLegalTextsOverHTTP(t *testing.T) {
	e := newEnv(t)
	read := gqlReq{query: `query($id: ID!) { legalTexts(cooperationId: $id) { cooperationName imprint privacy accessibility version } }`,
		vars: map[string]any{"id": demoCooperation}}
	res := e.post(t, read).ok(t)
	var d struct {
		LegalTexts struct {
			CooperationName, Imprint string
			Version                  int
		}
	}
	res.decode(t, &d)
	if d.LegalTexts.CooperationName != "Kooperation Bezirksamt Lichtenberg – WKHL" || !strings.Contains(d.LegalTexts.Imprint, "Möllendorffstraße 6") {
		t.Errorf("anonymous read: %s", res.Data)
	}
	update := func(token string, version int) *result {
		return e.post(t, gqlReq{query: `mutation($in: UpdateLegalTextsInput!) { updateLegalTexts(input: $in) { legalTexts { imprint version } } }`,
			vars:  map[string]any{"in": map[string]any{"cooperationId": demoCooperation, "imprint": "Neues Impressum", "privacy": "P", "accessibility": "A", "version": version}},
			token: token})
	}
	update("", d.LegalTexts.Version).wantError(t, "UNAUTHENTICATED")
	coordinator, _ := e.login(t, coordEmail)
	update(coordinator, d.LegalTexts.Version).wantError(t, "FORBIDDEN")
	admin, _ := e.login(t, adminEmail)
	if res := update(admin, d.LegalTexts.Version).ok(t); !strings.Contains(string(res.Data), `"version":2`) {
		t.Errorf("update: %s", res.Data)
	}
	update(admin, d.LegalTexts.Version).wantError(t, "CONFLICT")
	if res := e.post(t, gqlReq{query: read.query, vars: map[string]any{"id": "6b00c0de-0000-4000-8000-00000000dead"}}); res.wantError(t, "NOT_FOUND").Message == "" {
		t.Error("no message")
	}
}
