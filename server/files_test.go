package server_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

const neujahr2027 = "6b00c0de-0000-4000-8000-000000000306"

var pdfBytes = []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")

// upload sends uploadAttachment as a GraphQL multipart request.
func (e *env) upload(t *testing.T, token, fileName string, data []byte) *result {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query": `mutation($file: Upload!) { uploadAttachment(input: {subject: {kind: EVENT, id: "` + neujahr2027 + `"}, file: $file, description: "Flyer"}) {
			attachment { id fileName contentType sizeBytes downloadUrl } } }`,
		"variables": map[string]any{"file": nil},
	})
	mw.WriteField("operations", string(ops))
	mw.WriteField("map", `{"0": ["variables.file"]}`)
	fw, _ := mw.CreateFormFile("0", fileName)
	fw.Write(data)
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/query", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return e.send(t, req, gqlReq{token: token})
}

func TestUploadAndDownloadAnAttachment(t *testing.T) {
	e := newEnv(t)
	member, _ := e.login(t, "member@koop.test")
	res := e.upload(t, member, "Flyer Neujahrsempfang 2027 – Entwurf.pdf", pdfBytes).ok(t)
	var d struct {
		UploadAttachment struct {
			Attachment struct {
				ID, FileName, ContentType, DownloadURL string
				SizeBytes                              int
			}
		}
	}
	res.decode(t, &d)
	a := d.UploadAttachment.Attachment
	if a.ContentType != "application/pdf" || a.SizeBytes != len(pdfBytes) || !strings.HasPrefix(a.DownloadURL, "/files/"+a.ID+"?token=") {
		t.Fatalf("uploaded: %+v", a)
	}

	got := e.serve(t, httptest.NewRequest(http.MethodGet, a.DownloadURL, nil))
	if got.status != http.StatusOK || !bytes.Equal(got.body, pdfBytes) {
		t.Fatalf("download: %d %q", got.status, got.body)
	}
	for h, want := range map[string]string{
		"Content-Type":            "application/pdf",
		"Content-Disposition":     `attachment; filename="Flyer Neujahrsempfang 2027 _ Entwurf.pdf"; filename*=UTF-8''Flyer%20Neujahrsempfang%202027%20%E2%80%93%20Entwurf.pdf`,
		"X-Content-Type-Options":  "nosniff",
		"Content-Security-Policy": "default-src 'none'; sandbox",
	} {
		if v := got.header.Get(h); v != want {
			t.Errorf("%s: %q, want %q", h, v, want)
		}
	}

	// the token is for this file only, and a forged or missing one gets a German page
	other := strings.Replace(a.DownloadURL, a.ID, "6b00c0de-0000-4000-8000-00000000ffff", 1)
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, other, nil)); r.status != http.StatusUnauthorized || !strings.Contains(string(r.body), "anderen Datei") {
		t.Errorf("token for another file: %d %s", r.status, r.body)
	}
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, "/files/"+a.ID+"?token=x", nil)); r.status != http.StatusUnauthorized || !strings.Contains(string(r.body), "abgelaufen oder ungültig") {
		t.Errorf("bad token: %d %s", r.status, r.body)
	}
	// an access token is no download token
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, "/files/"+a.ID+"?token="+member, nil)); r.status != http.StatusUnauthorized {
		t.Errorf("access token as download token: %d", r.status)
	}

	// logging out ends the link as well
	e.post(t, gqlReq{query: `mutation { logout { ok } }`, token: member}).ok(t)
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, a.DownloadURL, nil)); r.status != http.StatusUnauthorized {
		t.Errorf("after logout: %d %s", r.status, r.body)
	}
}

func TestUploadRefusals(t *testing.T) {
	e := newEnv(t)
	member, _ := e.login(t, "member@koop.test")
	viewer, _ := e.login(t, "viewer@koop.test")
	res := e.upload(t, member, "seite.html", []byte("<!DOCTYPE html><script>alert(1)</script>"))
	if len(res.Errors) != 1 || res.Errors[0].code() != "INVALID" || res.Errors[0].Extensions["field"] != "file" || !strings.Contains(res.Errors[0].Message, "nicht erlaubt") {
		t.Errorf("html: %s", res.body)
	}
	if res := e.upload(t, viewer, "f.pdf", pdfBytes); len(res.Errors) != 1 || res.Errors[0].code() != "FORBIDDEN" {
		t.Errorf("viewer: %s", res.body)
	}
	// A file over 10 MB is refused by the service; a request larger than the most one public
	// nomination carries (three such files) already by the transport.
	big := append(append([]byte{}, pdfBytes...), make([]byte, 11<<20)...)
	if res := e.upload(t, member, "gross.pdf", big); len(res.Errors) != 1 || res.Errors[0].code() != "INVALID" || !strings.Contains(res.Errors[0].Message, "zu groß") {
		t.Errorf("too large: %d %s", res.status, res.body)
	}
	huge := append(append([]byte{}, pdfBytes...), make([]byte, 32<<20)...)
	if res := e.upload(t, member, "riesig.pdf", huge); res.status != http.StatusRequestEntityTooLarge || !strings.Contains(string(res.body), "zu groß") {
		t.Errorf("far too large: %d %s", res.status, res.body)
	}
	if res := e.upload(t, "", "f.pdf", pdfBytes); len(res.Errors) != 1 || res.Errors[0].code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %s", res.body)
	}
}
