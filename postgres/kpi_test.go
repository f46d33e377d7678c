package postgres_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

func kpiTestDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// kpiTestRows is what a refused change must leave alone.
func kpiTestRows(t *testing.T, db *pgtest.DB) string {
	t.Helper()
	return authzText(t, db, `SELECT coalesce((SELECT string_agg(name || ':' || unit || ':' || baseline || ':' || target || ':' || direction || ':' ||
			coalesce(baseline_on::text, '-') || ':' || coalesce(target_on::text, '-') || ':' || version, ',' ORDER BY id) FROM kpis), '')
		|| '/' || coalesce((SELECT string_agg(measured_on || '=' || value || ':' || note, ',' ORDER BY measured_on) FROM measurements), '')
		|| '/' || (SELECT count(*) FROM audit_entries)`)
}

func TestCreateKpiValidates(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	top := f.goal(t, nil, "Wirtschaft", nil)
	f.goal(t, &top.ID, "Fachkräfte", nil)
	land := f.goal(t, &top.ID, "Gewerbeflächen", nil)
	other := newStratFixture(t, db, "zwei-")
	foreignGoal := other.goal(t, nil, "Fremdes Ziel", nil)

	base := koop.CreateKpiInput{CooperationID: f.coop, Subject: &koop.KpiSubjectInput{Kind: koop.KpiOfGoal, ID: land.ID},
		Name: "Vermarktete Fläche", Unit: "ha", Baseline: 4, BaselineOn: ptr(kpiTestDay(2025, 1, 1)), Target: 12, TargetOn: ptr(kpiTestDay(2026, 12, 31)),
		Direction: koop.HigherIsBetter}
	before := kpiTestRows(t, db)
	for _, c := range []struct {
		name  string
		edit  func(in *koop.CreateKpiInput)
		code  string
		field string
	}{
		{"no unit", func(in *koop.CreateKpiInput) { in.Unit = "  " }, koop.EINVALID, "unit"},
		{"long unit", func(in *koop.CreateKpiInput) { in.Unit = strings.Repeat("m", 41) }, koop.EINVALID, "unit"},
		{"no name", func(in *koop.CreateKpiInput) { in.Name = "" }, koop.EINVALID, "name"},
		{"target below baseline, more is better", func(in *koop.CreateKpiInput) { in.Target = 3 }, koop.EINVALID, "target"},
		{"target equals baseline", func(in *koop.CreateKpiInput) { in.Target = 4 }, koop.EINVALID, "target"},
		{"target above baseline, less is better", func(in *koop.CreateKpiInput) { in.Direction = koop.LowerIsBetter }, koop.EINVALID, "target"},
		{"unknown direction", func(in *koop.CreateKpiInput) { in.Direction = "SIDEWAYS" }, koop.EINVALID, "direction"},
		{"target date before the baseline's", func(in *koop.CreateKpiInput) { in.TargetOn = ptr(kpiTestDay(2024, 12, 31)) }, koop.EINVALID, "targetOn"},
		{"no number", func(in *koop.CreateKpiInput) { in.Baseline = math.NaN() }, koop.EINVALID, "baseline"},
		{"infinite target", func(in *koop.CreateKpiInput) { in.Target = math.Inf(1) }, koop.EINVALID, "target"},
		{"no subject", func(in *koop.CreateKpiInput) { in.Subject = nil }, koop.EINVALID, "subject"},
		{"unknown kind", func(in *koop.CreateKpiInput) { in.Subject = &koop.KpiSubjectInput{Kind: "PERSON", ID: land.ID} }, koop.EINVALID, "subject.kind"},
		{"goal of another cooperation", func(in *koop.CreateKpiInput) {
			in.Subject = &koop.KpiSubjectInput{Kind: koop.KpiOfGoal, ID: foreignGoal.ID}
		}, koop.ENOTFOUND, "subject.id"},
		{"goal as workstream", func(in *koop.CreateKpiInput) {
			in.Subject = &koop.KpiSubjectInput{Kind: koop.KpiOfWorkstream, ID: land.ID}
		}, koop.ENOTFOUND, "subject.id"},
		{"malformed subject", func(in *koop.CreateKpiInput) { in.Subject = &koop.KpiSubjectInput{Kind: koop.KpiOfGoal, ID: "x"} }, koop.ENOTFOUND, "subject.id"},
	} {
		in := base
		c.edit(&in)
		if _, err := f.kpis.CreateKpi(coord, in); koop.ErrorCode(err) != c.code || koop.ErrorField(err) != c.field {
			t.Errorf("%s: %v, want %s on %q", c.name, err, c.code, c.field)
		}
	}
	for who, code := range map[string]string{"member": koop.EFORBIDDEN, "viewer": koop.EFORBIDDEN, "external": koop.ENOTFOUND, "outsider": koop.ENOTFOUND} {
		if _, err := f.kpis.CreateKpi(f.ctx[who], base); koop.ErrorCode(err) != code {
			t.Errorf("%s: %v, want %s", who, err, code)
		}
	}
	if after := kpiTestRows(t, db); after != before {
		t.Errorf("refused KPIs were written: %s", after)
	}

	k, err := f.kpis.CreateKpi(coord, base)
	if err != nil {
		t.Fatal(err)
	}
	if k.Subject.Kind != koop.KpiOfGoal || k.Subject.ID != land.ID || k.Subject.Title != "1.2 Gewerbeflächen" || k.Version != 1 || k.State != koop.KpiNoData ||
		k.Latest != nil || k.Progress != nil || len(k.Measurements) != 0 || !k.BaselineOn.Equal(kpiTestDay(2025, 1, 1)) {
		t.Errorf("created %+v, subject %+v", k, k.Subject)
	}
	// Less is better: a target below the baseline.
	lower := base
	lower.Name, lower.Unit, lower.Direction, lower.Baseline, lower.Target, lower.BaselineOn, lower.TargetOn = "Leerstand", "%", koop.LowerIsBetter, 12.5, 8, nil, nil
	if k, err := f.kpis.CreateKpi(coord, lower); err != nil || k.Baseline != 12.5 || k.Target != 8 {
		t.Errorf("less is better: %+v, %v", k, err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'kpi.create'`); n != 2 {
		t.Errorf("audit entries: %d", n)
	}
}

func TestUpdateAndDeleteKpi(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	ws := f.workstream(t, "Einkaufszentren", "2025-01-01", "", "member")
	k, err := f.kpis.CreateKpi(coord, koop.CreateKpiInput{CooperationID: f.coop, Subject: &koop.KpiSubjectInput{Kind: koop.KpiOfWorkstream, ID: ws},
		Name: "Leerstand", Unit: "%", Baseline: 12, Target: 6, TargetOn: ptr(kpiTestDay(2027, 12, 31)), Direction: koop.LowerIsBetter})
	if err != nil {
		t.Fatal(err)
	}
	if k.Subject.Title != "Einkaufszentren" {
		t.Errorf("subject title %q", k.Subject.Title)
	}
	before := kpiTestRows(t, db)
	for _, c := range []struct {
		name  string
		in    koop.UpdateKpiInput
		code  string
		field string
	}{
		{"stale", koop.UpdateKpiInput{ID: k.ID, Version: 0, Name: ptr("Leerstandsquote")}, koop.ECONFLICT, ""},
		{"turned around without target", koop.UpdateKpiInput{ID: k.ID, Version: 1, Direction: ptr(koop.HigherIsBetter)}, koop.EINVALID, "target"},
		{"target above baseline", koop.UpdateKpiInput{ID: k.ID, Version: 1, Target: ptr(13.0)}, koop.EINVALID, "target"},
		{"empty unit", koop.UpdateKpiInput{ID: k.ID, Version: 1, Unit: ptr("")}, koop.EINVALID, "unit"},
		{"baseline after the target date", koop.UpdateKpiInput{ID: k.ID, Version: 1, BaselineOn: ptr(kpiTestDay(2028, 1, 1))}, koop.EINVALID, "targetOn"},
		{"unknown", koop.UpdateKpiInput{ID: authzMissingID, Version: 1}, koop.ENOTFOUND, ""},
	} {
		if _, err := f.kpis.UpdateKpi(coord, c.in); koop.ErrorCode(err) != c.code || koop.ErrorField(err) != c.field {
			t.Errorf("%s: %v, want %s on %q", c.name, err, c.code, c.field)
		}
	}
	// A lead of the workstream records values but does not change the KPI.
	if _, err := f.kpis.UpdateKpi(f.ctx["member"], koop.UpdateKpiInput{ID: k.ID, Version: 1, Name: ptr("x")}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("lead changes the KPI: %v", err)
	}
	if after := kpiTestRows(t, db); after != before {
		t.Errorf("refused updates changed the KPI: %s", after)
	}
	k, err = f.kpis.UpdateKpi(coord, koop.UpdateKpiInput{ID: k.ID, Version: 1, Direction: ptr(koop.HigherIsBetter), Target: ptr(20.0),
		ClearTargetOn: ptr(true), BaselineOn: ptr(kpiTestDay(2025, 6, 30)), Name: ptr(" Belegte Flächen "), Unit: ptr("%")})
	if err != nil || k.Version != 2 || k.Direction != koop.HigherIsBetter || k.Target != 20 || k.TargetOn != nil || k.Name != "Belegte Flächen" ||
		!k.BaselineOn.Equal(kpiTestDay(2025, 6, 30)) {
		t.Fatalf("update: %+v, %v", k, err)
	}
	if k, err = f.kpis.UpdateKpi(coord, koop.UpdateKpiInput{ID: k.ID, Version: 2, ClearBaselineOn: ptr(true)}); err != nil || k.BaselineOn != nil {
		t.Errorf("clear baseline date: %+v, %v", k, err)
	}
	if _, err := f.kpis.RecordMeasurement(coord, koop.RecordMeasurementInput{KpiID: k.ID, MeasuredOn: kpiTestDay(2026, 1, 1), Value: 13}); err != nil {
		t.Fatal(err)
	}
	if err := f.kpis.DeleteKpi(coord, koop.DeleteKpiInput{ID: k.ID, Version: 2}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("delete with a stale version: %v", err)
	}
	if err := f.kpis.DeleteKpi(f.ctx["member"], koop.DeleteKpiInput{ID: k.ID, Version: 3}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("lead deletes: %v", err)
	}
	if err := f.kpis.DeleteKpi(coord, koop.DeleteKpiInput{ID: k.ID, Version: 3}); err != nil {
		t.Fatal(err)
	}
	if n := db.Count(t, `SELECT (SELECT count(*) FROM kpis) + (SELECT count(*) FROM measurements)`); n != 0 {
		t.Errorf("%d rows left", n)
	}
	if _, err := f.kpis.Kpi(coord, k.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleted KPI: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE entity_id = $1 AND action IN ('kpi.create', 'kpi.update', 'kpi.record_measurement', 'kpi.delete')`, k.ID); n != 5 {
		t.Errorf("audit entries of the KPI: %d, want 5", n)
	}
}

func TestRecordMeasurement(t *testing.T) {
	db := pgtest.New(t) // the clock: 2026-11-25 10:00 UTC
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	goal := f.goal(t, nil, "Wirtschaft", nil)
	k, err := f.kpis.CreateKpi(coord, koop.CreateKpiInput{CooperationID: f.coop, Subject: &koop.KpiSubjectInput{Kind: koop.KpiOfGoal, ID: goal.ID},
		Name: "Mitglieder", Unit: "Unternehmen", Baseline: 100, BaselineOn: ptr(kpiTestDay(2026, 1, 1)), Target: 200, TargetOn: ptr(kpiTestDay(2027, 1, 1)),
		Direction: koop.HigherIsBetter})
	if err != nil {
		t.Fatal(err)
	}
	record := func(on time.Time, v float64, note *string) (*koop.Kpi, error) {
		return f.kpis.RecordMeasurement(coord, koop.RecordMeasurementInput{KpiID: k.ID, MeasuredOn: on, Value: v, Note: note})
	}
	before := kpiTestRows(t, db)
	for _, c := range []struct {
		name  string
		on    time.Time
		value float64
		note  *string
		code  string
		field string
	}{
		{"tomorrow", kpiTestDay(2026, 11, 26), 120, nil, koop.EINVALID, "measuredOn"},
		{"no day", time.Time{}, 120, nil, koop.EINVALID, "measuredOn"},
		{"no number", kpiTestDay(2026, 11, 1), math.NaN(), nil, koop.EINVALID, "value"},
		{"long note", kpiTestDay(2026, 11, 1), 120, ptr(strings.Repeat("n", 1001)), koop.EINVALID, "note"},
	} {
		if _, err := record(c.on, c.value, c.note); koop.ErrorCode(err) != c.code || koop.ErrorField(err) != c.field {
			t.Errorf("%s: %v, want %s on %q", c.name, err, c.code, c.field)
		}
	}
	if after := kpiTestRows(t, db); after != before {
		t.Errorf("refused measurements were written: %s", after)
	}
	if _, err := record(kpiTestDay(2026, 3, 1), 110, ptr("Mitgliederliste")); err != nil {
		t.Fatal(err)
	}
	got, err := record(kpiTestDay(2026, 11, 25), 150, nil) // today
	if err != nil {
		t.Fatal(err)
	}
	// Late in the evening of the 25th (UTC) it is already the 26th in Berlin.
	db.Clock.T = time.Date(2026, 11, 25, 23, 30, 0, 0, time.UTC)
	if _, err := record(kpiTestDay(2026, 11, 26), 185, nil); err != nil {
		t.Errorf("today in Berlin: %v", err)
	}
	// A second value for the day replaces the first.
	got, err = f.kpis.RecordMeasurement(f.ctx["admin"], koop.RecordMeasurementInput{KpiID: k.ID, MeasuredOn: kpiTestDay(2026, 11, 26), Value: 195, Note: ptr("korrigiert")})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Measurements) != 3 || got.Latest == nil || got.Latest.Value != 195 || got.Latest.Note != "korrigiert" || got.Latest.RecordedByName != "Person admin" ||
		got.Measurements[0].Note != "Mitgliederliste" || got.Measurements[0].RecordedByName != "Person coordinator" {
		t.Fatalf("measurements %+v, latest %+v", got.Measurements, got.Latest)
	}
	// 95 % of the way, when a straight line would be at 90 % on 26 November.
	if got.Progress == nil || math.Abs(*got.Progress-0.95) > 1e-9 || got.State != koop.KpiOnTrack || got.Subject.Title != "1 Wirtschaft" {
		t.Errorf("progress %v, state %s, subject %q", got.Progress, got.State, got.Subject.Title)
	}
	if n := db.Count(t, `SELECT count(*) FROM measurements WHERE kpi_id = $1`, k.ID); n != 3 {
		t.Errorf("%d measurements stored", n)
	}
	// What the reader sees is the same.
	read, err := f.kpis.Kpi(f.ctx["viewer"], k.ID)
	if err != nil || len(read.Measurements) != 3 || read.Latest.Value != 195 {
		t.Errorf("read: %+v, %v", read, err)
	}
	// Deleting a value.
	got, err = f.kpis.DeleteMeasurement(coord, got.Latest.ID)
	if err != nil || len(got.Measurements) != 2 || got.Latest.Value != 150 {
		t.Fatalf("after deleting: %+v, %v", got, err)
	}
	if _, err := f.kpis.DeleteMeasurement(coord, read.Latest.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("delete twice: %v", err)
	}
	if _, err := f.kpis.DeleteMeasurement(coord, "x"); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("malformed: %v", err)
	}
	// Only planners record values of a goal's KPI.
	for who, code := range map[string]string{"member": koop.EFORBIDDEN, "viewer": koop.EFORBIDDEN, "external": koop.ENOTFOUND, "outsider": koop.ENOTFOUND} {
		if _, err := f.kpis.RecordMeasurement(f.ctx[who], koop.RecordMeasurementInput{KpiID: k.ID, MeasuredOn: kpiTestDay(2026, 2, 1), Value: 1}); koop.ErrorCode(err) != code {
			t.Errorf("%s records: %v, want %s", who, err, code)
		}
		if _, err := f.kpis.DeleteMeasurement(f.ctx[who], got.Latest.ID); koop.ErrorCode(err) != code {
			t.Errorf("%s deletes: %v, want %s", who, err, code)
		}
		if _, err := f.kpis.Kpi(f.ctx[who], k.ID); (who == "external" || who == "outsider") != (koop.ErrorCode(err) == koop.ENOTFOUND) {
			t.Errorf("%s reads: %v", who, err)
		}
	}
}

// A member who leads a workstream records the values of its KPIs, and only of its KPIs; a lead
// whose membership is deactivated no longer does.
func TestWorkstreamLeadRecordsMeasurements(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	led := f.workstream(t, "Fachkräftesicherung", "2026-01-01", "", "member")
	notLed := f.workstream(t, "Tourismus", "2026-01-01", "", "member2")
	kpi := func(ws string) string {
		k, err := f.kpis.CreateKpi(coord, koop.CreateKpiInput{CooperationID: f.coop, Subject: &koop.KpiSubjectInput{Kind: koop.KpiOfWorkstream, ID: ws},
			Name: "Plätze", Unit: "Plätze", Baseline: 0, Target: 10, Direction: koop.HigherIsBetter})
		if err != nil {
			t.Fatal(err)
		}
		return k.ID
	}
	mine, theirs := kpi(led), kpi(notLed)
	k, err := f.kpis.RecordMeasurement(f.ctx["member"], koop.RecordMeasurementInput{KpiID: mine, MeasuredOn: kpiTestDay(2026, 10, 1), Value: 4})
	if err != nil || k.Latest == nil || k.Latest.RecordedByName != "Person member" {
		t.Fatalf("lead records: %+v, %v", k, err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'kpi.record_measurement' AND actor_id = $1`, db.UserID(t, "member@strategie.test")); n != 1 {
		t.Errorf("audit entries: %d", n)
	}
	if _, err := f.kpis.DeleteMeasurement(f.ctx["member"], k.Latest.ID); err != nil {
		t.Errorf("lead deletes a value: %v", err)
	}
	if _, err := f.kpis.RecordMeasurement(f.ctx["member"], koop.RecordMeasurementInput{KpiID: theirs, MeasuredOn: kpiTestDay(2026, 10, 1), Value: 4}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("another workstream's KPI: %v", err)
	}
	stratExec(t, db, `UPDATE memberships SET active = false WHERE id = $1`, f.ms["member"])
	if _, err := f.kpis.RecordMeasurement(f.ctx["member"], koop.RecordMeasurementInput{KpiID: mine, MeasuredOn: kpiTestDay(2026, 10, 2), Value: 5}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deactivated lead: %v", err)
	}
}

// The KPIs of event series load for a whole list at once, in the order asked; who does not
// read the directory does not learn of them.
func TestSeriesKpis(t *testing.T) {
	db := pgtest.Seeded(t)
	kpis := postgres.NewKpiService(db.DB)
	const dinner = "6b00c0de-0000-4000-8000-000000000204"
	got, err := kpis.SeriesKpis(db.As(t, "viewer@koop.test"), []string{dinner, pgtest.DemoNeujahrSeries, dinner})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || len(got[0]) != 1 || len(got[1]) != 0 || len(got[2]) != 1 {
		t.Fatalf("KPIs per series: %v", got)
	}
	k := got[0][0]
	if k.Name != "Teilnehmende Unternehmen" || k.Subject.Kind != koop.KpiOfEventSeries || k.Subject.ID != dinner || len(k.Measurements) != 2 || k.Latest == nil {
		t.Errorf("the dinner's KPI: %+v", k)
	}
	_, err = kpis.SeriesKpis(db.As(t, "juror1@koop.test"), []string{dinner})
	if koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("an outside juror: %v", err)
	}
	_, err = kpis.SeriesKpis(db.As(t, "viewer@koop.test"), []string{dinner, "6b00c0de-0000-4000-8000-00000000ffff"})
	if koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("an unknown series: %v", err)
	}
}
