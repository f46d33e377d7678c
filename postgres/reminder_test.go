package postgres_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/peterldowns/pgtestdb"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/mail"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// queuedReminder is a task_due mail in the outbox, rendered as its recipient gets it.
type queuedReminder struct {
	To, Subject, Body string
	Titles            []string
}

// taskDueMails returns the task_due mails in the outbox that are not in seen, by recipient, and
// adds them to seen.
func taskDueMails(t *testing.T, db *pgtest.DB, seen map[string]bool) map[string]queuedReminder {
	t.Helper()
	var rows []struct {
		ID     string      `db:"id"`
		To     string      `db:"to_address"`
		Locale koop.Locale `db:"locale"`
		Data   []byte      `db:"data"`
	}
	if err := db.SQL.Select(&rows, `SELECT id, to_address, locale, data FROM mail_outbox WHERE template = $1`,
		koop.MailTaskDue); err != nil {
		t.Fatal(err)
	}
	out := map[string]queuedReminder{}
	for _, r := range rows {
		if seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		m := &koop.OutgoingMail{To: r.To, Template: koop.MailTaskDue, Locale: r.Locale}
		if err := json.Unmarshal(r.Data, &m.Data); err != nil {
			t.Fatal(err)
		}
		subject, body, err := mail.Render(m)
		if err != nil {
			t.Fatalf("render mail to %s: %v", r.To, err)
		}
		var tasks []map[string]string
		if err := json.Unmarshal([]byte(m.Data["tasks"]), &tasks); err != nil {
			t.Fatal(err)
		}
		q := queuedReminder{To: r.To, Subject: subject, Body: body}
		for _, task := range tasks {
			q.Titles = append(q.Titles, task["title"])
		}
		if _, dup := out[r.To]; dup {
			t.Errorf("two reminder mails to %s in one run", r.To)
		}
		out[r.To] = q
	}
	return out
}

func titlesOf(mails map[string]queuedReminder) map[string]string {
	out := map[string]string{}
	for to, m := range mails {
		out[to] = strings.Join(m.Titles, " | ")
	}
	return out
}

func sameTitles(t *testing.T, step string, got map[string]queuedReminder, want map[string]string) {
	t.Helper()
	g := titlesOf(got)
	if len(g) != len(want) {
		t.Errorf("%s: reminders %q, want %q", step, g, want)
		return
	}
	for to, w := range want {
		if g[to] != w {
			t.Errorf("%s: reminders %q, want %q", step, g, want)
			return
		}
	}
}

func TestTaskRemindersDueOverdueOnceAndAgainOnAChange(t *testing.T) {
	db := pgtest.Seeded(t)
	ctx := context.Background()
	if _, err := db.SQL.Exec(`DELETE FROM tasks`); err != nil {
		t.Fatal(err)
	}
	tasks := postgres.NewTaskService(db.DB)
	reminders := postgres.NewReminders(db.DB, postgres.ReminderConfig{TaskDays: 2})
	coord := db.As(t, "coordinator@koop.test")
	member, coordinator := db.UserID(t, "member@koop.test"), db.UserID(t, "coordinator@koop.test")
	wkhl, admin := db.UserID(t, "coordinator.wkhl@koop.test"), db.UserID(t, "admin@koop.test")
	if _, err := db.SQL.Exec(`UPDATE users SET locale = 'EN' WHERE id = $1`, coordinator); err != nil {
		t.Fatal(err)
	}
	var cancelled string
	if err := db.SQL.Get(&cancelled, `UPDATE events SET status = 'CANCELLED' WHERE id = (SELECT id FROM events WHERE id <> $1 ORDER BY starts_at DESC LIMIT 1) RETURNING id`,
		pgtest.DemoNeujahr2027); err != nil {
		t.Fatal(err)
	}
	neujahr := pgtest.DemoNeujahr2027
	mk := func(title, due string, assignee string, event *string) *koop.Task {
		t.Helper()
		in := koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, Title: title, EventID: event, OwnerPartnerID: ptr(pgtest.DemoBAPartnerID)}
		if due != "" {
			in.DueOn = day(due)
		}
		if assignee != "" {
			in.AssigneeID = &assignee
		}
		task, err := tasks.CreateTask(coord, in)
		if err != nil {
			t.Fatalf("task %s: %v", title, err)
		}
		return task
	}
	// The clock says 2026-11-25 11:00 in Berlin: reminded are tasks due up to the 27th.
	raum := mk("Raum buchen", "2026-11-26", member, nil)
	mk("Bericht schreiben", "2026-11-20", member, nil)
	mk("Catering beauftragen", "2026-11-27", member, &neujahr)
	mk("Namensschilder drucken", "2026-11-28", member, &neujahr)
	done := mk("Erledigtes", "2026-11-26", member, nil)
	if _, err := tasks.UpdateTask(coord, koop.UpdateTaskInput{ID: done.ID, Version: done.Version, Done: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	mk("Ohne Datum", "", member, nil)
	mk("Abgesagtes", "2026-11-26", member, &cancelled)
	mk("Niemandes Aufgabe", "2026-11-26", "", nil)
	invite := mk("Send invitations", "2026-11-25", coordinator, &neujahr)
	mk("Inaktive Mitgliedschaft", "2026-11-26", wkhl, nil)
	mk("Deaktivierte Person", "2026-11-26", admin, nil)
	viewers := mk("Für Lesende", "2026-11-26", "", nil)
	for _, q := range []string{
		`UPDATE memberships SET active = false WHERE user_id = '` + wkhl + `'`,
		`UPDATE users SET active = false WHERE id = '` + admin + `'`,
		// Assigned before the role changed: a viewer may not complete it, so is not reminded.
		`UPDATE tasks SET assignee_id = (SELECT id FROM users WHERE email = 'viewer@koop.test') WHERE id = '` + viewers.ID + `'`,
	} {
		if _, err := db.SQL.Exec(q); err != nil {
			t.Fatal(err)
		}
	}

	n, err := reminders.SendDueReminders(ctx, db.Clock.T)
	if err != nil || n != 2 {
		t.Fatalf("first run: %d mails, %v; want 2", n, err)
	}
	seen := map[string]bool{}
	mails := taskDueMails(t, db, seen)
	sameTitles(t, "first run", mails, map[string]string{
		"member@koop.test":      "Bericht schreiben | Raum buchen | Catering beauftragen",
		"coordinator@koop.test": "Send invitations",
	})
	de, en := mails["member@koop.test"], mails["coordinator@koop.test"]
	for _, want := range []string{"Guten Tag Mira Maaß", "überfällig (fällig am 20.11.2026)", "fällig am 26.11.2026 · Kooperation", "fällig am 27.11.2026 · Veranstaltung „Neujahrsempfang 2027“",
		"http://koop.test/c/" + pgtest.DemoCooperationID + "/events/" + neujahr + "?tab=tasks", "http://koop.test/c/" + pgtest.DemoCooperationID + "\n"} {
		if !strings.Contains(de.Body, want) {
			t.Errorf("German reminder lacks %q:\n%s", want, de.Body)
		}
	}
	if de.Subject != "Erinnerung: 3 Aufgaben in koop sind fällig" {
		t.Errorf("German subject %q", de.Subject)
	}
	if en.Subject != "Reminder: a task in koop is due" || !strings.Contains(en.Body, "Hello Clara Conrad") || !strings.Contains(en.Body, "due today (25.11.2026) · event “Neujahrsempfang 2027”") {
		t.Errorf("English reminder: %q\n%s", en.Subject, en.Body)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'task.remind' AND actor_id IS NULL`); n != 4 {
		t.Errorf("%d reminders audited, want 4", n)
	}

	// Again at the same time, and an hour later: nothing new.
	for _, at := range []time.Time{db.Clock.T, db.Clock.T.Add(time.Hour)} {
		if n, err := reminders.SendDueReminders(ctx, at); err != nil || n != 0 {
			t.Fatalf("second run at %s: %d mails, %v", at, n, err)
		}
	}
	sent := 2
	if got := db.Count(t, `SELECT count(*) FROM mail_outbox WHERE template = $1`, koop.MailTaskDue); got != sent {
		t.Fatalf("%d reminder mails after repeated runs, want %d", got, sent)
	}

	// A new due date reminds again; going back to one already reminded of does not.
	step := func(name string, at time.Time, want map[string]string) {
		t.Helper()
		n, err := reminders.SendDueReminders(ctx, at)
		if err != nil || n != len(want) {
			t.Fatalf("%s: %d mails, %v; want %d", name, n, err, len(want))
		}
		sameTitles(t, name, taskDueMails(t, db, seen), want)
		sent += n
	}
	raum, err = tasks.UpdateTask(coord, koop.UpdateTaskInput{ID: raum.ID, Version: raum.Version, DueOn: day("2026-11-27")})
	if err != nil {
		t.Fatal(err)
	}
	step("changed due date", db.Clock.T, map[string]string{"member@koop.test": "Raum buchen"})
	if raum, err = tasks.UpdateTask(coord, koop.UpdateTaskInput{ID: raum.ID, Version: raum.Version, DueOn: day("2026-11-26")}); err != nil {
		t.Fatal(err)
	}
	step("due date changed back", db.Clock.T, map[string]string{})
	// A new assignee is reminded too.
	if _, err := tasks.UpdateTask(coord, koop.UpdateTaskInput{ID: invite.ID, Version: invite.Version, AssigneeID: &member}); err != nil {
		t.Fatal(err)
	}
	step("new assignee", db.Clock.T, map[string]string{"member@koop.test": "Send invitations"})
	// The next day in Berlin (00:30 on the 26th), the task due on the 28th comes due.
	step("next day", time.Date(2026, 11, 25, 23, 30, 0, 0, time.UTC), map[string]string{"member@koop.test": "Namensschilder drucken"})
}

// With 0 days only tasks due today or overdue are reminded.
func TestTaskRemindersDaysAhead(t *testing.T) {
	db := pgtest.Seeded(t)
	if _, err := db.SQL.Exec(`DELETE FROM tasks`); err != nil {
		t.Fatal(err)
	}
	tasks := postgres.NewTaskService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	member := db.UserID(t, "member@koop.test")
	for title, due := range map[string]string{"Heute": "2026-11-25", "Morgen": "2026-11-26"} {
		if _, err := tasks.CreateTask(coord, koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, Title: title, DueOn: day(due), AssigneeID: &member}); err != nil {
			t.Fatal(err)
		}
	}
	n, err := postgres.NewReminders(db.DB, postgres.ReminderConfig{TaskDays: 0}).SendDueReminders(context.Background(), db.Clock.T)
	if err != nil || n != 1 {
		t.Fatalf("%d mails, %v", n, err)
	}
	sameTitles(t, "0 days", taskDueMails(t, db, map[string]bool{}), map[string]string{"member@koop.test": "Heute"})
}

// openPool opens a second connection pool to a test database, as another server process would.
func openPool(t *testing.T, conf *pgtestdb.Config, clock *pgtest.Clock) *postgres.DB {
	t.Helper()
	raw, err := conf.Connect()
	if err != nil {
		t.Fatal(err)
	}
	raw.SetMaxOpenConns(2)
	t.Cleanup(func() { raw.Close() })
	cfg := postgres.DefaultConfig()
	cfg.PublicURL = "http://koop.test"
	db := postgres.New(sqlx.NewDb(raw, "postgres"), cfg)
	db.SetClock(clock.Now)
	return db
}

// Two server processes sending reminders at the same moment send each one mail, once.
func TestTaskRemindersSentOnceByTwoProcesses(t *testing.T) {
	conf := pgtestdb.Custom(t, pgtest.Config(t), pgtest.Migrator())
	clock := &pgtest.Clock{T: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
	procs := [2]*postgres.DB{openPool(t, conf, clock), openPool(t, conf, clock)}
	if err := procs[0].Seed(context.Background(), "koop-demo"); err != nil {
		t.Fatal(err)
	}
	check, err := conf.Connect()
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	// The demo gives the coordinator and the member one open task each.
	const rounds = 5
	for round := range rounds {
		// Each round moves their due dates, so that each round has a reminder to send.
		if _, err := check.Exec(`UPDATE tasks SET due_on = DATE '2026-11-20' + $1::int, done = false, done_at = NULL WHERE assignee_id IS NOT NULL`, round); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		sent := [2]int{}
		errs := [2]error{}
		for i, p := range procs {
			r := postgres.NewReminders(p, postgres.ReminderConfig{TaskDays: 2})
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				sent[i], errs[i] = r.SendDueReminders(context.Background(), clock.T)
			}()
		}
		close(start)
		wg.Wait()
		if errs[0] != nil || errs[1] != nil || sent[0]+sent[1] != 2 {
			t.Fatalf("round %d: sent %v, errors %v; want 2 mails in all", round, sent, errs)
		}
	}
	var perUser []int
	if err := sqlx.NewDb(check, "postgres").Select(&perUser, `SELECT count(*) FROM mail_outbox WHERE template = $1 GROUP BY to_address ORDER BY to_address`, koop.MailTaskDue); err != nil {
		t.Fatal(err)
	}
	if len(perUser) != 2 || perUser[0] != rounds || perUser[1] != rounds {
		t.Errorf("mails per user %v, want %d each for 2 users", perUser, rounds)
	}
}

// Who turned "Erinnerungen per E-Mail" off gets no reminders; turned on again, the reminders
// not sent meanwhile follow.
func TestTaskRemindersRespectTheProfileSetting(t *testing.T) {
	db := pgtest.Seeded(t)
	ctx := context.Background()
	settings := postgres.NewReminderSettingsService(db.DB)
	reminders := postgres.NewReminders(db.DB, postgres.ReminderConfig{TaskDays: 2})
	member := db.As(t, "member@koop.test")
	if _, err := db.SQL.Exec(`UPDATE tasks SET due_on = '2026-11-26' WHERE assignee_id IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	if s, err := settings.MyReminderSettings(member); err != nil || !s.EmailReminders {
		t.Fatalf("default settings %+v, %v; want reminders on", s, err)
	}
	if s, err := settings.UpdateReminderSettings(member, koop.UpdateReminderSettingsInput{EmailReminders: false}); err != nil || s.EmailReminders {
		t.Fatalf("turning off: %+v, %v", s, err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'user.update' AND changes::text LIKE '%emailReminders%'`); n != 1 {
		t.Errorf("%d audit entries for the setting, want 1", n)
	}
	seen := map[string]bool{}
	if n, err := reminders.SendDueReminders(ctx, db.Clock.T); err != nil || n != 1 {
		t.Fatalf("with the member's reminders off: %d mails, %v", n, err)
	}
	sameTitles(t, "reminders off", taskDueMails(t, db, seen), map[string]string{"coordinator@koop.test": "Einladungen versenden"})
	if _, err := settings.UpdateReminderSettings(member, koop.UpdateReminderSettingsInput{EmailReminders: true}); err != nil {
		t.Fatal(err)
	}
	if n, err := reminders.SendDueReminders(ctx, db.Clock.T); err != nil || n != 1 {
		t.Fatalf("with the member's reminders on again: %d mails, %v", n, err)
	}
	sameTitles(t, "reminders on again", taskDueMails(t, db, seen), map[string]string{"member@koop.test": "Catering beauftragen"})
	if _, err := settings.MyReminderSettings(context.Background()); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Errorf("anonymous settings: %v", err)
	}
}

// A reminder step that fails leaves nothing behind and does not hold back the others.
func TestFailingReminderStepDoesNotHoldBackTheOthers(t *testing.T) {
	db := pgtest.Seeded(t)
	if _, err := db.SQL.Exec(`UPDATE tasks SET due_on = '2026-11-26' WHERE assignee_id IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	broken := errors.New("broken step")
	remove := postgres.AddFailingReminderStep("broken@koop.test", broken)
	defer remove()
	n, err := postgres.NewReminders(db.DB, postgres.ReminderConfig{TaskDays: 2}).SendDueReminders(context.Background(), db.Clock.T)
	if n != 2 || !errors.Is(err, broken) {
		t.Fatalf("%d mails, %v; want 2 and the step's error", n, err)
	}
	if got := db.Count(t, `SELECT count(*) FROM mail_outbox WHERE to_address = 'broken@koop.test'`); got != 0 {
		t.Errorf("the failing step's mail was kept")
	}
	sameTitles(t, "beside a failing step", taskDueMails(t, db, map[string]bool{}), map[string]string{
		"member@koop.test": "Catering beauftragen", "coordinator@koop.test": "Einladungen versenden",
	})
}
