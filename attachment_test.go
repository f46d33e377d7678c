package koop_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/koop-lichtenberg/koop"
)

func zipWith(t *testing.T, entries map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSniffAttachment(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
	pdf := []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
	docx := zipWith(t, map[string]string{"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
	ods := zipWith(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})
	for _, c := range []struct {
		name string
		data []byte
		want string // content type, or "!" for refused
	}{
		{"flyer.pdf", pdf, "application/pdf"},
		{"flyer.PDF.exe", pdf, "application/pdf"}, // the bytes decide, not the name
		{"bild.png", png, "image/png"},
		{"programm.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"gaeste.ods", ods, "application/vnd.oasis.opendocument.spreadsheet"},
		{"notiz.txt", []byte("Grüße aus Lichtenberg\r\nZeile 2\n"), "text/plain; charset=utf-8"},
		{"liste.csv", []byte("Name;Firma\nMüller;Beispiel GmbH\n"), "text/csv; charset=utf-8"},
		{"seite.html", []byte("<!DOCTYPE html><html><script>alert(1)</script></html>"), "!"},
		{"logo.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), "!"},
		{"programm.exe", []byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"), "!"},
		{"archiv.zip", zipWith(t, map[string]string{"a.txt": "x"}), "!"},
		{"falsch.docx", zipWith(t, map[string]string{"a.txt": "x"}), "!"},
		{"falsch.ods", zipWith(t, map[string]string{"mimetype": "application/x-evil"}), "!"},
		{"binär.txt", []byte("abc\x00\x01\x02def"), "!"},
		{"latin1.txt", []byte("Gr\xfc\xdfe"), "!"},
	} {
		got, err := koop.SniffAttachment(c.name, c.data)
		switch {
		case c.want == "!" && err == nil:
			t.Errorf("%s: accepted as %s", c.name, got)
		case c.want == "!" && (koop.ErrorField(err) != "file" || !strings.Contains(koop.ErrorMessage(err), "nicht erlaubt")):
			t.Errorf("%s: %v", c.name, err)
		case c.want != "!" && (err != nil || got != c.want):
			t.Errorf("%s: %q %v, want %q", c.name, got, err, c.want)
		}
	}
	if _, err := koop.SniffAttachment("leer.pdf", nil); koop.ErrorMessage(err) != "Die Datei ist leer." {
		t.Errorf("empty: %v", err)
	}
	big := append(append([]byte{}, pdf...), make([]byte, koop.MaxAttachmentBytes)...)
	if _, err := koop.SniffAttachment("gross.pdf", big); koop.ErrorMessage(err) != "Die Datei ist zu groß (10 MB); erlaubt sind höchstens 10 MB." {
		t.Errorf("too large: %v", err)
	}
}

func TestCleanFileNameAndHumanBytes(t *testing.T) {
	for in, want := range map[string]string{
		"Programm Neujahrsempfang 2027.pdf": "Programm Neujahrsempfang 2027.pdf",
		`C:\Users\bv\Desktop\Flyer.pdf`:     "Flyer.pdf",
		"../../etc/passwd":                  "passwd",
		"  \"quoted\"\x00.txt ":             "quoted.txt",
		"":                                  "Datei",
		"..":                                "Datei",
		strings.Repeat("ä", 300) + ".pdf":   strings.Repeat("ä", 196) + ".pdf",
	} {
		if got := koop.CleanFileName(in); got != want {
			t.Errorf("CleanFileName(%q) = %q, want %q", in, got, want)
		}
	}
	for n, want := range map[int]string{12: "12 Bytes", 1536: "1,5 kB", 10 << 20: "10 MB", 2621440: "2,5 MB"} {
		if got := koop.HumanBytes(n); got != want {
			t.Errorf("HumanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}
