// Package mail renders koop's mails from German and English templates and delivers them over
// SMTP with wneessen/go-mail, or, without an SMTP server, writes each as an .eml file.
package mail

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"text/template"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/koop-lichtenberg/koop"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

// funcs help templates: mail data are flat strings, so a list (the tasks of a reminder) travels
// as a JSON list of records that `list` decodes.
var funcs = template.FuncMap{
	"list": func(s string) ([]map[string]string, error) {
		var out []map[string]string
		return out, json.Unmarshal([]byte(s), &out)
	},
}

var templates = template.Must(template.New("").Funcs(funcs).Option("missingkey=error").ParseFS(templateFS, "templates/*.tmpl"))

// Render returns subject and plain-text body of a mail in its locale.
func Render(m *koop.OutgoingMail) (subject, body string, err error) {
	name := fmt.Sprintf("%s.%s.tmpl", m.Template, strings.ToLower(string(m.Locale)))
	var s, b bytes.Buffer
	if err := templates.ExecuteTemplate(&s, name+":subject", m.Data); err != nil {
		return "", "", fmt.Errorf("render %s subject: %w", name, err)
	}
	if err := templates.ExecuteTemplate(&b, name+":body", m.Data); err != nil {
		return "", "", fmt.Errorf("render %s body: %w", name, err)
	}
	return strings.TrimSpace(s.String()), strings.TrimSpace(b.String()) + "\n", nil
}

// Sender delivers one rendered mail.
type Sender struct {
	from   string
	smtp   *url.URL // nil: write files to dir
	dir    string
	serial atomic.Int64
}

// NewSender sends over smtpURL (smtp://user:pass@host:587, smtps:// for implicit TLS) or, when
// it is empty, writes .eml files into dir.
func NewSender(smtpURL, dir, from string) (*Sender, error) {
	s := &Sender{from: from, dir: dir}
	if smtpURL == "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("mail folder: %w", err)
		}
		return s, nil
	}
	u, err := url.Parse(smtpURL)
	if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" {
		return nil, fmt.Errorf("KOOP_SMTP_URL must look like smtp://user:pass@host:587")
	}
	s.smtp = u
	return s, nil
}

// Send renders and delivers a mail.
func (s *Sender) Send(ctx context.Context, m *koop.OutgoingMail) error {
	subject, body, err := Render(m)
	if err != nil {
		return err
	}
	msg := gomail.NewMsg()
	if err := msg.From(s.from); err != nil {
		return fmt.Errorf("from address: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return fmt.Errorf("to address: %w", err)
	}
	msg.Subject(subject)
	msg.SetDate()
	msg.SetMessageID()
	msg.SetBodyString(gomail.TypeTextPlain, body)
	if a := m.Attachment; a != nil {
		if err := msg.AttachReader(a.Name, bytes.NewReader(a.Data), gomail.WithFileContentType(gomail.ContentType(a.ContentType))); err != nil {
			return fmt.Errorf("attach %s: %w", a.Name, err)
		}
	}
	if s.smtp == nil {
		name := fmt.Sprintf("%s-%04d-%s.eml", time.Now().UTC().Format("20060102T150405.000000"), s.serial.Add(1), m.ID)
		return msg.WriteToFile(filepath.Join(s.dir, name))
	}
	return s.dial(ctx, msg)
}

func (s *Sender) dial(ctx context.Context, msg *gomail.Msg) error {
	opts := []gomail.Option{gomail.WithTimeout(20 * time.Second), gomail.WithTLSPolicy(gomail.TLSOpportunistic)}
	port := 587
	if s.smtp.Scheme == "smtps" {
		port = 465
		opts = append(opts, gomail.WithSSL())
	}
	if p := s.smtp.Port(); p != "" {
		if port, _ = strconv.Atoi(p); port == 0 {
			return fmt.Errorf("bad SMTP port %q", p)
		}
	}
	opts = append(opts, gomail.WithPort(port))
	if user := s.smtp.User.Username(); user != "" {
		pass, _ := s.smtp.User.Password()
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthPlain), gomail.WithUsername(user), gomail.WithPassword(pass))
	}
	c, err := gomail.NewClient(s.smtp.Hostname(), opts...)
	if err != nil {
		return err
	}
	return c.DialAndSendWithContext(ctx, msg)
}

// Deliverer empties the outbox: on a signal after a commit, and on a ticker for retries and
// for mails queued by other server processes.
type Deliverer struct {
	Queue  koop.MailQueue
	Sender *Sender
}

// DeliverPending sends every due mail now and returns how many were sent.
func (d *Deliverer) DeliverPending(ctx context.Context) (int, error) {
	return d.Queue.DeliverMail(ctx, 100, func(m *koop.OutgoingMail) error {
		err := d.Sender.Send(ctx, m)
		if err != nil {
			slog.Warn("mail not sent, will retry", "mail", m.ID, "template", m.Template, "err", err)
		}
		return err
	})
}

// Run delivers until ctx ends.
func (d *Deliverer) Run(ctx context.Context, kick <-chan struct{}, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if n, err := d.DeliverPending(ctx); err != nil && ctx.Err() == nil {
			slog.Error("mail delivery", "err", err)
		} else if n > 0 {
			slog.Info("mails sent", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-kick:
		case <-t.C:
		}
	}
}
