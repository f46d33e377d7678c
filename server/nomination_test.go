package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"testing"
)

// demoAwardCycle is the seeded award cycle (DRAFT until a test opens it).
const demoAwardCycle = "6b00c0de-0000-4000-8000-000000000a11"

const submitNomination = `mutation($input: PublicNominationInput!) { submitPublicNomination(input: $input) { reference } }`

func nominationInput(company string) map[string]any {
	return map[string]any{
		"cycleId": demoAwardCycle, "category": "Handwerk", "consent": true,
		"company":       map[string]any{"name": company, "postalCode": "10365", "city": "Berlin"},
		"nominator":     map[string]any{"firstName": "Paula", "lastName": "Public", "email": "paula.public@example.org"},
		"justification": "Die Tischlerei bildet seit Jahren aus und hat den Spielplatz im Kiez neu gebaut.",
	}
}

// submitWithFile sends submitPublicNomination as a browser on the SPA's page would: multipart,
// without a login, from the same origin.
func (e *env) submitWithFile(t *testing.T, addr string, input map[string]any, fileName string, data []byte) *result {
	t.Helper()
	input["files"] = []any{nil}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{"query": submitNomination, "variables": map[string]any{"input": input}})
	mw.WriteField("operations", string(ops))
	mw.WriteField("map", `{"0": ["variables.input.files.0"]}`)
	fw, _ := mw.CreateFormFile("0", fileName)
	fw.Write(data)
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/query", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return e.send(t, req, gqlReq{addr: addr, header: map[string]string{"Sec-Fetch-Site": "same-origin"}})
}

func TestPublicNominationWithoutLogin(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.SQL.Exec(`UPDATE award_cycles SET phase = 'NOMINATION_OPEN' WHERE id = $1`, demoAwardCycle); err != nil {
		t.Fatal(err)
	}
	const addr = "203.0.113.5:40000"
	sameOrigin := map[string]string{"Sec-Fetch-Site": "same-origin"}

	var form struct {
		PublicNominationForm struct {
			CycleID, ProgrammeName, Title, CooperationID string
			Categories                                   []string
			Open                                         bool
		}
	}
	e.post(t, gqlReq{query: `query($id: ID!) { publicNominationForm(cycleId: $id) { cycleId programmeName title categories closesAt open cooperationId } }`,
		vars: map[string]any{"id": demoAwardCycle}, addr: addr, header: sameOrigin}).ok(t).decode(t, &form)
	if f := form.PublicNominationForm; !f.Open || f.CycleID != demoAwardCycle || len(f.Categories) != 4 || f.ProgrammeName != "Lichtenberger Unternehmen des Jahres" {
		t.Fatalf("form: %+v", f)
	}
	e.post(t, gqlReq{query: `query { publicNominationForm(cycleId: "6b00c0de-0000-4000-8000-00000000dead") { open } }`, addr: addr}).wantError(t, "NOT_FOUND")

	var sent struct {
		SubmitPublicNomination struct{ Reference string }
	}
	e.submitWithFile(t, addr, nominationInput("Tischlerei Holzwurm"), "Empfehlung.pdf", pdfBytes).ok(t).decode(t, &sent)
	if len(sent.SubmitPublicNomination.Reference) != 10 {
		t.Fatalf("reference %q", sent.SubmitPublicNomination.Reference)
	}
	var stored struct {
		Files  int    `db:"files"`
		Source string `db:"source"`
	}
	if err := e.db.SQL.Get(&stored, `SELECT n.source, (SELECT count(*) FROM attachments a WHERE a.nomination_id = n.id AND a.uploaded_by IS NULL) AS files
		FROM award_nominations n WHERE n.cycle_id = $1`, demoAwardCycle); err != nil {
		t.Fatal(err)
	}
	if stored.Source != "PUBLIC" || stored.Files != 1 {
		t.Errorf("stored: %+v", stored)
	}

	// four more from the same address pass; the sixth within the hour is refused
	for i := 2; i <= 5; i++ {
		e.post(t, gqlReq{query: submitNomination, vars: map[string]any{"input": nominationInput(fmt.Sprintf("Firma %d", i))}, addr: addr, header: sameOrigin}).ok(t)
	}
	sixth := e.post(t, gqlReq{query: submitNomination, vars: map[string]any{"input": nominationInput("Firma 6")}, addr: addr, header: sameOrigin})
	if got := sixth.wantError(t, "INVALID"); got.Message != "Es wurden zu viele Nominierungen von Ihrem Anschluss gesendet. Bitte versuchen Sie es in einer Stunde erneut." {
		t.Errorf("sixth: %q", got.Message)
	}
	// another address is not affected
	e.post(t, gqlReq{query: submitNomination, vars: map[string]any{"input": nominationInput("Firma 7")}, addr: "203.0.113.6:40000", header: sameOrigin}).ok(t)
	if n := e.db.Count(t, `SELECT count(*) FROM award_nominations WHERE cycle_id = $1`, demoAwardCycle); n != 6 {
		t.Errorf("%d nominations stored, want 6", n)
	}
	// a page of another site cannot post it
	e.post(t, gqlReq{query: submitNomination, vars: map[string]any{"input": nominationInput("Firma 8")}, addr: "203.0.113.7:40000",
		header: map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}}).wantError(t, "FORBIDDEN")
}
