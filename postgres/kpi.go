package postgres

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// KpiService implements koop.KpiService.
type KpiService struct{ db *DB }

// NewKpiService returns the service.
func NewKpiService(db *DB) *KpiService { return &KpiService{db: db} }

var _ koop.KpiService = (*KpiService)(nil)

func errKpiNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Kennzahl wurde nicht gefunden.")
}

const kpiSelect = `SELECT id, cooperation_id, goal_id, workstream_id, series_id, name, unit, baseline::float8 AS baseline, baseline_on,
	target::float8 AS target, target_on, direction, version FROM kpis`

// kpiRow loads a KPI without its measurements, the actor's right to read it checked (to whoever
// may not, it does not exist); lock takes the row for a change.
func (tx *Tx) kpiRow(id string, lock bool) (*koop.Kpi, *koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, errKpiNotFound()
	}
	q := kpiSelect + ` WHERE id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	var k koop.Kpi
	err := tx.get(&k, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, errKpiNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := tx.strategyAccess(k.CooperationID, koop.PermViewDirectory)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, errKpiNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	return &k, c, nil
}

// managedKpi loads a KPI for a change by a planner, its version checked.
func (tx *Tx) managedKpi(id string, version int) (*koop.Kpi, *koop.Cooperation, error) {
	k, c, err := tx.kpiRow(id, true)
	if err != nil {
		return nil, nil, err
	}
	if err := c.MyRole.Require(koop.PermManageStrategy); err != nil {
		return nil, nil, err
	}
	return k, c, checkVersion(version, k.Version, "Die Kennzahl")
}

// measuringKpi loads a KPI for recording its values: planners may, and so may the leads of the
// workstream it measures.
func (tx *Tx) measuringKpi(id string) (*koop.Kpi, *koop.Cooperation, error) {
	k, c, err := tx.kpiRow(id, false)
	if err != nil {
		return nil, nil, err
	}
	if k.WorkstreamID != nil {
		err = tx.mayReport(c, *k.WorkstreamID)
	} else {
		err = c.MyRole.Require(koop.PermManageStrategy)
	}
	if err != nil {
		return nil, nil, err
	}
	return k, c, nil
}

// kpiOut reads a KPI as clients see it: with measurements, progress, and the goal code in front
// of a goal's title.
func (tx *Tx) kpiOut(c *koop.Cooperation, k *koop.Kpi) (*koop.Kpi, error) {
	var goals, workstreams, series []string
	switch {
	case k.GoalID != nil:
		goals = []string{*k.GoalID}
	case k.WorkstreamID != nil:
		workstreams = []string{*k.WorkstreamID}
	case k.SeriesID != nil:
		series = []string{*k.SeriesID}
	}
	list, err := tx.kpisOf(c.ID, goals, workstreams, series)
	if err != nil {
		return nil, err
	}
	if k.GoalID != nil {
		tree, err := tx.goalTree(c.ID)
		if err != nil {
			return nil, err
		}
		codeGoalSubjects(list, goalIndex(tree))
	}
	for _, x := range list {
		if x.ID == k.ID {
			return x, nil
		}
	}
	return nil, errKpiNotFound()
}

// Kpi returns a KPI with its measurements.
func (s *KpiService) Kpi(ctx context.Context, id string) (*koop.Kpi, error) {
	var out *koop.Kpi
	err := s.db.read(ctx, func(tx *Tx) error {
		k, c, err := tx.kpiRow(id, false)
		if err != nil {
			return err
		}
		out, err = tx.kpiOut(c, k)
		return err
	})
	return out, err
}

// Limits of a KPI's texts (the database checks them too).
const (
	maxKpiName         = 200
	maxKpiUnit         = 40
	maxMeasurementNote = 1000
)

// germanNumber writes a number the way German readers expect it ("12,5").
func germanNumber(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// checkFinite refuses values that are no numbers.
func checkFinite(field, label string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return koop.FieldErrorf(koop.EINVALID, field, "%s muss eine Zahl sein.", label)
	}
	return nil
}

// checkKpi validates a KPI as it will be stored and returns its cleaned name and unit.
func checkKpi(k *koop.Kpi) error {
	var err error
	if k.Name, err = koop.RequireText("name", "Der Name", k.Name, maxKpiName); err != nil {
		return err
	}
	if strings.TrimSpace(k.Unit) == "" {
		return koop.FieldErrorf(koop.EINVALID, "unit", "Bitte geben Sie die Einheit der Kennzahl an, etwa „Unternehmen“, „%%“ oder „ha“.")
	}
	if k.Unit, err = koop.OptionalText("unit", "Die Einheit", k.Unit, maxKpiUnit); err != nil {
		return err
	}
	if !k.Direction.Valid() {
		return koop.FieldErrorf(koop.EINVALID, "direction", "Bitte wählen Sie, ob mehr oder weniger besser ist.")
	}
	if err := checkFinite("baseline", "Der Ausgangswert", k.Baseline); err != nil {
		return err
	}
	if err := checkFinite("target", "Der Zielwert", k.Target); err != nil {
		return err
	}
	if k.Direction == koop.HigherIsBetter && k.Target <= k.Baseline {
		return koop.FieldErrorf(koop.EINVALID, "target", "Wenn mehr besser ist, muss der Zielwert über dem Ausgangswert (%s) liegen.", germanNumber(k.Baseline))
	}
	if k.Direction == koop.LowerIsBetter && k.Target >= k.Baseline {
		return koop.FieldErrorf(koop.EINVALID, "target", "Wenn weniger besser ist, muss der Zielwert unter dem Ausgangswert (%s) liegen.", germanNumber(k.Baseline))
	}
	if k.BaselineOn != nil && k.TargetOn != nil && k.TargetOn.Before(*k.BaselineOn) {
		return koop.FieldErrorf(koop.EINVALID, "targetOn", "Das Zieldatum darf nicht vor dem Datum des Ausgangswerts liegen.")
	}
	return nil
}

// checkKpiSubject checks that what a KPI measures exists in the cooperation and returns the
// column that names it.
func (tx *Tx) checkKpiSubject(cooperationID string, in *koop.KpiSubjectInput) (string, error) {
	if in == nil {
		return "", koop.FieldErrorf(koop.EINVALID, "subject", "Bitte wählen Sie, was die Kennzahl misst.")
	}
	var table, column string
	switch in.Kind {
	case koop.KpiOfGoal:
		table, column = "goals", "goal_id"
	case koop.KpiOfWorkstream:
		table, column = "workstreams", "workstream_id"
	case koop.KpiOfEventSeries:
		table, column = "event_series", "series_id"
	default:
		return "", koop.FieldErrorf(koop.EINVALID, "subject.kind", "Unbekannte Art des Gegenstands.")
	}
	notFound := koop.FieldErrorf(koop.ENOTFOUND, "subject.id", "Das Ziel, das Projekt oder die Veranstaltungsreihe wurde nicht gefunden.")
	if !validID(in.ID) {
		return "", notFound
	}
	var ok bool
	if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM `+table+` WHERE id = $1 AND cooperation_id = $2)`, in.ID, cooperationID); err != nil {
		return "", err
	}
	if !ok {
		return "", notFound
	}
	return column, nil
}

// kpiChanges records a KPI's fields for the audit trail.
func kpiChanges(ch *koop.Changes, old, k *koop.Kpi) {
	if old == nil {
		old = &koop.Kpi{}
		ch.Set("name", nil, k.Name)
		ch.Set("unit", nil, k.Unit)
		ch.Set("baseline", nil, k.Baseline)
		ch.Set("target", nil, k.Target)
		ch.Set("direction", nil, string(k.Direction))
	} else {
		ch.Set("name", old.Name, k.Name)
		ch.Set("unit", old.Unit, k.Unit)
		ch.Set("baseline", old.Baseline, k.Baseline)
		ch.Set("target", old.Target, k.Target)
		ch.Set("direction", string(old.Direction), string(k.Direction))
	}
	ch.Set("baselineOn", dateText(old.BaselineOn), dateText(k.BaselineOn))
	ch.Set("targetOn", dateText(old.TargetOn), dateText(k.TargetOn))
}

// CreateKpi adds a KPI to a goal, a workstream or an event series.
func (s *KpiService) CreateKpi(ctx context.Context, in koop.CreateKpiInput) (*koop.Kpi, error) {
	var out *koop.Kpi
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.strategyAccess(in.CooperationID, koop.PermManageStrategy)
		if err != nil {
			return err
		}
		column, err := tx.checkKpiSubject(c.ID, in.Subject)
		if err != nil {
			return err
		}
		k := &koop.Kpi{CooperationID: c.ID, Name: in.Name, Unit: in.Unit, Baseline: in.Baseline, BaselineOn: in.BaselineOn,
			Target: in.Target, TargetOn: in.TargetOn, Direction: in.Direction}
		if err := checkKpi(k); err != nil {
			return err
		}
		if err := tx.get(&k.ID, `INSERT INTO kpis (cooperation_id, `+column+`, name, unit, baseline, baseline_on, target, target_on, direction, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
			c.ID, in.Subject.ID, k.Name, k.Unit, k.Baseline, k.BaselineOn, k.Target, k.TargetOn, k.Direction, tx.Now); err != nil {
			return err
		}
		ch := koop.Changes{}
		ch.Set("subject", nil, string(in.Subject.Kind)+":"+in.Subject.ID)
		kpiChanges(&ch, nil, k)
		if err := tx.audit(&c.ID, "kpi.create", "Kpi", k.ID, ch); err != nil {
			return err
		}
		switch column {
		case "goal_id":
			k.GoalID = &in.Subject.ID
		case "workstream_id":
			k.WorkstreamID = &in.Subject.ID
		default:
			k.SeriesID = &in.Subject.ID
		}
		out, err = tx.kpiOut(c, k)
		return err
	})
	return out, err
}

// UpdateKpi changes a KPI; what it measures stays.
func (s *KpiService) UpdateKpi(ctx context.Context, in koop.UpdateKpiInput) (*koop.Kpi, error) {
	var out *koop.Kpi
	err := s.db.transact(ctx, func(tx *Tx) error {
		cur, c, err := tx.managedKpi(in.ID, in.Version)
		if err != nil {
			return err
		}
		k := *cur
		if in.Name != nil {
			k.Name = *in.Name
		}
		if in.Unit != nil {
			k.Unit = *in.Unit
		}
		if in.Baseline != nil {
			k.Baseline = *in.Baseline
		}
		if in.ClearBaselineOn != nil && *in.ClearBaselineOn {
			k.BaselineOn = nil
		} else if in.BaselineOn != nil {
			k.BaselineOn = in.BaselineOn
		}
		if in.Target != nil {
			k.Target = *in.Target
		}
		if in.ClearTargetOn != nil && *in.ClearTargetOn {
			k.TargetOn = nil
		} else if in.TargetOn != nil {
			k.TargetOn = in.TargetOn
		}
		if in.Direction != nil {
			k.Direction = *in.Direction
		}
		if err := checkKpi(&k); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE kpis SET name = $2, unit = $3, baseline = $4, baseline_on = $5, target = $6, target_on = $7, direction = $8,
			updated_at = $9, version = version + 1 WHERE id = $1`,
			k.ID, k.Name, k.Unit, k.Baseline, k.BaselineOn, k.Target, k.TargetOn, k.Direction, tx.Now); err != nil {
			return err
		}
		ch := koop.Changes{}
		kpiChanges(&ch, cur, &k)
		if err := tx.audit(&c.ID, "kpi.update", "Kpi", k.ID, ch); err != nil {
			return err
		}
		out, err = tx.kpiOut(c, &k)
		return err
	})
	return out, err
}

// DeleteKpi deletes a KPI with its measurements.
func (s *KpiService) DeleteKpi(ctx context.Context, in koop.DeleteKpiInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		k, c, err := tx.managedKpi(in.ID, in.Version)
		if err != nil {
			return err
		}
		var measurements int
		if err := tx.get(&measurements, `SELECT count(*) FROM measurements WHERE kpi_id = $1`, k.ID); err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM kpis WHERE id = $1`, k.ID); err != nil {
			return err
		}
		ch := koop.Changes{}
		ch.Set("name", k.Name, nil)
		ch.Set("measurements", measurements, nil)
		return tx.audit(&c.ID, "kpi.delete", "Kpi", k.ID, ch)
	})
}

// measurementRow is a stored value as a change needs it.
type measurementRow struct {
	ID         string    `db:"id"`
	KpiID      string    `db:"kpi_id"`
	MeasuredOn time.Time `db:"measured_on"`
	Value      float64   `db:"value"`
	Note       string    `db:"note"`
}

// RecordMeasurement records the value of a day, replacing a value recorded for that day before.
func (s *KpiService) RecordMeasurement(ctx context.Context, in koop.RecordMeasurementInput) (*koop.Kpi, error) {
	var out *koop.Kpi
	err := s.db.transact(ctx, func(tx *Tx) error {
		k, c, err := tx.measuringKpi(in.KpiID)
		if err != nil {
			return err
		}
		if in.MeasuredOn.IsZero() {
			return koop.FieldErrorf(koop.EINVALID, "measuredOn", "Bitte geben Sie den Tag der Messung an.")
		}
		y, m, d := in.MeasuredOn.Date()
		on := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if today := tx.today(); on.After(today) {
			return koop.FieldErrorf(koop.EINVALID, "measuredOn", "Der %s liegt in der Zukunft: Messwerte können nur bis heute (%s) erfasst werden.",
				on.Format("02.01.2006"), today.Format("02.01.2006"))
		}
		if err := checkFinite("value", "Der Messwert", in.Value); err != nil {
			return err
		}
		note := ""
		if in.Note != nil {
			if note, err = koop.OptionalText("note", "Die Notiz", *in.Note, maxMeasurementNote); err != nil {
				return err
			}
		}
		var before []measurementRow
		if err := tx.sel(&before, `SELECT id, kpi_id, measured_on, value::float8 AS value, note FROM measurements WHERE kpi_id = $1 AND measured_on = $2`,
			k.ID, on); err != nil {
			return err
		}
		// A value recorded for the same day at the same moment by someone else is replaced, as
		// a second value for a day always is.
		var id string
		if err := tx.get(&id, `INSERT INTO measurements (cooperation_id, kpi_id, measured_on, value, note, recorded_by, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
			ON CONFLICT (kpi_id, measured_on) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by,
				updated_at = EXCLUDED.updated_at
			RETURNING id`, c.ID, k.ID, on, in.Value, note, tx.actorID(), tx.Now); err != nil {
			return err
		}
		ch := koop.Changes{}
		ch.Set("measuredOn", nil, dateText(&on))
		if len(before) == 1 {
			ch.Set("value", before[0].Value, in.Value)
			ch.Set("note", before[0].Note, note)
		} else {
			ch.Set("value", nil, in.Value)
			ch.Set("note", nil, note)
		}
		if err := tx.audit(&c.ID, "kpi.record_measurement", "Kpi", k.ID, ch); err != nil {
			return err
		}
		out, err = tx.kpiOut(c, k)
		return err
	})
	return out, err
}

// DeleteMeasurement deletes a recorded value.
func (s *KpiService) DeleteMeasurement(ctx context.Context, id string) (*koop.Kpi, error) {
	var out *koop.Kpi
	err := s.db.transact(ctx, func(tx *Tx) error {
		notFound := koop.Errorf(koop.ENOTFOUND, "Der Messwert wurde nicht gefunden.")
		if _, err := tx.actor(); err != nil {
			return err
		}
		if !validID(id) {
			return notFound
		}
		var m measurementRow
		err := tx.get(&m, `SELECT id, kpi_id, measured_on, value::float8 AS value, note FROM measurements WHERE id = $1`, id)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound
		}
		if err != nil {
			return err
		}
		k, c, err := tx.measuringKpi(m.KpiID)
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return notFound
		}
		if err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM measurements WHERE id = $1`, m.ID); err != nil {
			return err
		}
		ch := koop.Changes{}
		ch.Set("measuredOn", dateText(&m.MeasuredOn), nil)
		ch.Set("value", m.Value, nil)
		ch.Set("note", m.Note, nil)
		if err := tx.audit(&c.ID, "kpi.delete_measurement", "Kpi", k.ID, ch); err != nil {
			return err
		}
		out, err = tx.kpiOut(c, k)
		return err
	})
	return out, err
}

// SeriesKpis returns the KPIs of event series the actor may read, in the order asked.
func (s *KpiService) SeriesKpis(ctx context.Context, seriesIDs []string) ([][]*koop.Kpi, error) {
	out := make([][]*koop.Kpi, len(seriesIDs))
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.actor(); err != nil {
			return err
		}
		notFound := koop.Errorf(koop.ENOTFOUND, "Die Veranstaltungsreihe wurde nicht gefunden.")
		for _, id := range seriesIDs {
			if !validID(id) {
				return notFound
			}
		}
		var rows []struct {
			ID            string `db:"id"`
			CooperationID string `db:"cooperation_id"`
		}
		if err := tx.sel(&rows, `SELECT id, cooperation_id FROM event_series WHERE id = ANY($1::uuid[])`, pq.Array(seriesIDs)); err != nil {
			return err
		}
		byCoop := map[string][]string{}
		for _, r := range rows {
			byCoop[r.CooperationID] = append(byCoop[r.CooperationID], r.ID)
		}
		asked, err := uniqueIDs(seriesIDs, "id", "Die Veranstaltungsreihe wurde nicht gefunden.")
		if err != nil {
			return err
		}
		if len(rows) != len(asked) {
			return notFound
		}
		bySeries := map[string][]*koop.Kpi{}
		for coopID, ids := range byCoop {
			if _, err := tx.strategyAccess(coopID, koop.PermViewDirectory); err != nil {
				if koop.ErrorCode(err) == koop.ENOTFOUND {
					return notFound
				}
				return err
			}
			list, err := tx.kpisOf(coopID, nil, nil, ids)
			if err != nil {
				return err
			}
			for _, k := range list {
				bySeries[*k.SeriesID] = append(bySeries[*k.SeriesID], k)
			}
		}
		for i, id := range seriesIDs {
			out[i] = bySeries[id]
			if out[i] == nil {
				out[i] = []*koop.Kpi{}
			}
		}
		return nil
	})
	return out, err
}
