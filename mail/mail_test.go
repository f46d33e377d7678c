package mail_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/mail"
)

// Every template renders in both languages with its data, and fails loudly without it.
func TestTemplatesRenderInGermanAndEnglish(t *testing.T) {
	data := map[string]string{"name": "Nina Neu", "cooperation": "Kooperation Lichtenberg", "inviter": "Andrea Albrecht", "link": "http://x/set-password?token=abc"}
	words := map[koop.Locale]string{koop.LocaleDE: "Guten Tag Nina Neu", koop.LocaleEN: "Hello Nina Neu"}
	for _, tmpl := range []koop.MailTemplate{koop.MailInvitation, koop.MailAddedToCooperation, koop.MailPasswordReset} {
		for locale, greeting := range words {
			subject, body, err := mail.Render(&koop.OutgoingMail{Template: tmpl, Locale: locale, Data: data})
			if err != nil {
				t.Fatalf("%s/%s: %v", tmpl, locale, err)
			}
			if subject == "" || !strings.HasPrefix(body, greeting) || !strings.Contains(body, data["link"]) {
				t.Errorf("%s/%s: subject %q body %q", tmpl, locale, subject, body)
			}
		}
	}
	if _, _, err := mail.Render(&koop.OutgoingMail{Template: koop.MailInvitation, Locale: koop.LocaleDE, Data: map[string]string{}}); err == nil {
		t.Error("missing data rendered silently")
	}
}

func TestFileSenderWritesEml(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mail")
	s, err := mail.NewSender("", dir, "koop <noreply@koop.test>")
	if err != nil {
		t.Fatal(err)
	}
	err = s.Send(context.Background(), &koop.OutgoingMail{ID: "m1", To: "anna@example.org", Template: koop.MailPasswordReset, Locale: koop.LocaleDE,
		Data: map[string]string{"name": "Anna", "link": "http://x/set-password?token=abc"}})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	b, _ := os.ReadFile(files[0])
	if !strings.Contains(string(b), "To: <anna@example.org>") || !strings.Contains(string(b), "Subject:") {
		t.Errorf("eml:\n%s", b)
	}
	if _, err := mail.NewSender("http://not-smtp", dir, "x <x@y.de>"); err == nil {
		t.Error("a non-SMTP URL was accepted")
	}
}
