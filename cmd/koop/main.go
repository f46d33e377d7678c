// Command koop is the koop server and its administration commands:
//
//	koop serve          migrate, then serve the API and the SPA
//	koop migrate        apply the database migrations
//	koop seed           load the Lichtenberg demo data (a second run changes nothing)
//	koop create-admin   create a system admin and print a link to set the password
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/frontend"
	"github.com/koop-lichtenberg/koop/graph"
	"github.com/koop-lichtenberg/koop/mail"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/server"
)

const usage = `koop — the shared workspace of a cooperation

usage:
  koop serve                                 migrate, then serve on KOOP_ADDR (default :8080)
  koop migrate                               apply the database migrations
  koop seed                                  load the Lichtenberg demo data
  koop create-admin --email E [--name N]     create a system admin, print a set-password link

Every command needs DATABASE_URL. See README.md for all environment variables.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	dev := os.Getenv("KOOP_DEV") == "1"
	level := slog.LevelInfo
	if dev {
		level = slog.LevelDebug
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch os.Args[1] {
	case "serve":
		err = serve(ctx, dev)
	case "migrate":
		err = withDB(ctx, func(db *postgres.DB) error { return db.Migrate(ctx) })
	case "seed":
		err = seed(ctx)
	case "create-admin":
		err = createAdmin(ctx, os.Args[2:])
	case "help", "-h", "--help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "unknown command %q\n\n%s", os.Args[1], usage)
		os.Exit(2)
	}
	if err != nil {
		slog.Error(os.Args[1]+" failed", "err", err)
		os.Exit(1)
	}
}

// config reads the environment.
func config() (postgres.Config, error) {
	cfg := postgres.DefaultConfig()
	if u := os.Getenv("KOOP_PUBLIC_URL"); u != "" {
		cfg.PublicURL = u
	}
	for _, v := range []struct {
		name string
		dst  *int
	}{{"KOOP_LOGIN_MAX_PER_ACCOUNT", &cfg.LoginMaxPerAccount}, {"KOOP_LOGIN_MAX_PER_ADDRESS", &cfg.LoginMaxPerAddress}} {
		if s := os.Getenv(v.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				return cfg, fmt.Errorf("%s must be a positive number", v.name)
			}
			*v.dst = n
		}
	}
	if s := os.Getenv("KOOP_LOGIN_WINDOW"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return cfg, fmt.Errorf("KOOP_LOGIN_WINDOW must be a duration like 15m")
		}
		cfg.LoginWindow = d
	}
	return cfg, nil
}

func withDB(ctx context.Context, fn func(db *postgres.DB) error) error {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		return errors.New("DATABASE_URL is not set")
	}
	cfg, err := config()
	if err != nil {
		return err
	}
	db, err := postgres.Open(ctx, dsn, cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db)
}

func seed(ctx context.Context) error {
	pw := os.Getenv("KOOP_DEMO_PASSWORD")
	if pw == "" {
		pw = "koop-demo"
	}
	return withDB(ctx, func(db *postgres.DB) error {
		if err := db.Migrate(ctx); err != nil {
			return err
		}
		if err := db.Seed(ctx, pw); err != nil {
			return err
		}
		fmt.Println("Demo data ready. Logins (password: " + pw + "):")
		for _, u := range postgres.DemoUsers {
			fmt.Printf("  %-28s %-12s %s\n", u.Email, u.Role, u.Name)
		}
		return nil
	})
}

func createAdmin(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("create-admin", flag.ContinueOnError)
	email := fs.String("email", "", "e-mail address of the system admin")
	name := fs.String("name", "", "name (default: the part of the address before @)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *email == "" {
		return errors.New("--email is required")
	}
	if *name == "" {
		for i, c := range *email {
			if c == '@' {
				*name = (*email)[:i]
				break
			}
		}
	}
	return withDB(ctx, func(db *postgres.DB) error {
		if err := db.Migrate(ctx); err != nil {
			return err
		}
		link, err := db.CreateSystemAdmin(ctx, *email, *name)
		if err != nil {
			return err
		}
		if link == "" {
			fmt.Printf("%s is a system admin and already has a password.\n", *email)
			return nil
		}
		fmt.Printf("%s is a system admin. Set the password within 7 days here:\n%s\n", *email, link)
		return nil
	})
}

func serve(ctx context.Context, dev bool) error {
	remindEvery, remindCfg, err := reminderConfig()
	if err != nil {
		return err
	}
	return withDB(ctx, func(db *postgres.DB) error {
		if err := db.Migrate(ctx); err != nil {
			return err
		}
		key := []byte(os.Getenv("KOOP_JWT_SECRET"))
		if len(key) == 0 {
			var err error
			if key, err = db.SigningKey(ctx); err != nil {
				return err
			}
		} else if len(key) < 32 {
			return errors.New("KOOP_JWT_SECRET must be at least 32 characters")
		}
		sender, err := mail.NewSender(os.Getenv("KOOP_SMTP_URL"), envOr("KOOP_MAIL_DIR", ".koop/mail"), envOr("KOOP_MAIL_FROM", "koop <noreply@koop.invalid>"))
		if err != nil {
			return err
		}
		deliverer := &mail.Deliverer{Queue: postgres.NewMailQueue(db), Sender: sender}
		go deliverer.Run(ctx, db.MailQueued(), 30*time.Second)
		// Reminders queue their mails in the outbox; a run that queued any kicks the deliverer
		// through db.MailQueued. Shutdown waits for a run in progress to roll back.
		remindCtx, stopReminders := context.WithCancel(ctx)
		remindersDone := make(chan struct{})
		go func() {
			defer close(remindersDone)
			koop.RunReminders(remindCtx, postgres.NewReminders(db, remindCfg), remindEvery, time.Now)
		}()
		defer func() { stopReminders(); <-remindersDone }()

		proxies, err := server.ParseTrustedProxies(os.Getenv("KOOP_TRUSTED_PROXIES"))
		if err != nil {
			return err
		}
		// one LISTEN connection per process carries live tallies and revoked sessions
		hub, err := postgres.Listen(os.Getenv("DATABASE_URL"))
		if err != nil {
			return fmt.Errorf("listen for notifications: %w", err)
		}
		defer hub.Close()
		auth := postgres.NewAuthService(db)
		tokens := server.NewTokens(key, time.Now)
		scfg := server.Config{
			Resolver: &graph.Resolver{
				Auth: auth, Users: postgres.NewUserService(db), Members: postgres.NewMemberService(db),
				Cooperations: postgres.NewCooperationService(db), Audit: postgres.NewAuditService(db), Events: postgres.NewEventService(db), Tasks: postgres.NewTaskService(db), Contacts: postgres.NewContactService(db), Budgets: postgres.NewBudgetService(db),
				Planning: postgres.NewPlanningService(db),
				Comments: postgres.NewCommentService(db), Attachments: postgres.NewAttachmentService(db), Downloads: tokens,
				CalendarFeeds: postgres.NewCalendarFeedService(db), CalendarFiles: tokens, Legal: postgres.NewLegalService(db),
				Tokens: tokens,

				Invitations: postgres.NewInvitationService(db), GuestLists: tokens, ReportFiles: tokens,
				ReminderSettings: postgres.NewReminderSettingsService(db),
				Awards:           postgres.NewAwardService(db),
				Nominations:      postgres.NewNominationService(db),
				Jury:             postgres.NewJuryService(db),
				Strategy:         postgres.NewStrategyService(db),
				Kpis:             postgres.NewKpiService(db),
				Workstreams:      postgres.NewWorkstreamService(db),
				Agreements:       postgres.NewAgreementService(db),
				Retreats:         postgres.NewRetreatService(db, hub),
				Dashboards:       postgres.NewDashboardService(db),
				Search:           postgres.NewSearchService(db),
				Reports:          postgres.NewReportService(db),
				Privacy:          postgres.NewPrivacyService(db),
			},
			Auth: auth, Tokens: tokens, Ready: db.Ping, SPA: frontend.Dist(), Dev: dev, TrustedProxies: proxies, Sessions: hub,
		}
		h := server.WithCalendar(server.New(scfg), scfg, envOr("KOOP_PUBLIC_URL", "http://localhost:8080"))
		addr := envOr("KOOP_ADDR", ":8080")
		srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, IdleTimeout: 120 * time.Second}
		errc := make(chan error, 1)
		go func() { errc <- srv.ListenAndServe() }()
		slog.Info("koop serving", "addr", addr, "public_url", envOr("KOOP_PUBLIC_URL", "http://localhost:8080"), "dev", dev)
		select {
		case err := <-errc:
			return err
		case <-ctx.Done():
		}
		slog.Info("shutting down")
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(shutdownCtx)
	})
}

// reminderConfig reads how often reminders are sent and how many days ahead of its due date a
// task is reminded.
func reminderConfig() (time.Duration, postgres.ReminderConfig, error) {
	every, cfg := 5*time.Minute, postgres.ReminderConfig{TaskDays: koop.DefaultTaskReminderDays}
	if s := os.Getenv("KOOP_REMINDER_INTERVAL"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return 0, cfg, fmt.Errorf("KOOP_REMINDER_INTERVAL must be a duration like 5m or 1h, not %q", s)
		}
		every = d
	}
	if s := os.Getenv("KOOP_TASK_REMINDER_DAYS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 365 {
			return 0, cfg, fmt.Errorf("KOOP_TASK_REMINDER_DAYS must be a number of days from 0 to 365, not %q", s)
		}
		cfg.TaskDays = n
	}
	return every, cfg, nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
