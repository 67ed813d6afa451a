package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
)

// The reading queries. Each is written once with a /*moments*/ placeholder
// for the condition on the moments table (alias m) that picks which
// moments to read: the open ones of one clinician or of everyone (the
// worklist), one moment (the detail pane) or all (export). Each reads one
// table for all the picked moments at once.
const (
	QueryPatients = `SELECT DISTINCT p.pnr, p.name FROM moments m JOIN patients p ON p.pnr = m.pnr WHERE /*moments*/ ORDER BY p.rowid`

	QueryMoments = `SELECT m.id, m.version, m.pnr, m.program, m.clinician, m.started, m.feedback_day, m.status,
	m.maintenance_from, m.closed_on, m.closing_reason, m.diagnosis, m.challenge, m.addons, m.last_login
FROM moments m WHERE /*moments*/ ORDER BY m.rowid`

	QueryModules = `SELECT e.moment, e.module, e.opened, e.submitted, e.feedback
FROM moments m JOIN module_events e ON e.moment = m.id WHERE /*moments*/ ORDER BY e.rowid`

	QueryMessages = `SELECT x.moment, x.sender, x.at
FROM moments m JOIN messages x ON x.moment = m.id WHERE /*moments*/ ORDER BY x.rowid`

	QueryFlags = `SELECT f.moment, f.kind, f.ref, f.raised, f.handled_by, f.handled_at, f.note
FROM moments m JOIN flags f ON f.moment = m.id WHERE /*moments*/ ORDER BY f.rowid`

	QuerySchedules = `SELECT s.moment, s.id, s.instrument, s.at_module, s.every_weeks, s.from_day
FROM moments m JOIN schedules s ON s.moment = m.id WHERE /*moments*/ ORDER BY s.id`

	QueryNotes = `SELECT n.moment, n.id, n.created, n.copied, n.text
FROM moments m JOIN notes n ON n.moment = m.id WHERE /*moments*/ ORDER BY n.id`

	QueryMeasurements = `SELECT x.moment, x.id, x.instrument, x.occasion, x.answered, x.items, x.total, x.item9
FROM moments m JOIN measurements x ON x.moment = m.id WHERE /*moments*/ ORDER BY x.id`

	// QueryRelevantMeasurements reads only what worklist.Relevant keeps: per
	// moment and instrument the first and the latest answer, whose ids
	// measurement_ends holds (migration 0002), and every answer with
	// MADRS-S item 9 >= 4 (worklist.RedFlagItem9; the partial index). The
	// other ~95 measurements of a moment are never read, and the ones kept
	// are found by id.
	QueryRelevantMeasurements = `SELECT x.moment, x.id, x.instrument, x.occasion, x.answered, x.items, x.total, x.item9
FROM measurements x WHERE x.id IN (
	SELECT e.first FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
	UNION ALL
	SELECT e.latest FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
	UNION ALL
	SELECT y.id FROM moments m JOIN measurements y ON y.moment = m.id AND y.item9 >= 4 WHERE /*moments*/)
ORDER BY x.id`
)

// testHookBetweenLoads, when set, runs after the measurements' transaction
// has its snapshot and before the other one starts.
var testHookBetweenLoads func()

// QueryVersions reads the moments' versions (see loadParallel).
const QueryVersions = `SELECT m.id, m.version FROM moments m WHERE /*moments*/`

// Conditions on the moments table (alias m) for the placeholder.
const (
	openMoments          = `m.status IN ('active', 'maintenance')`
	openMomentsClinician = `m.status IN ('active', 'maintenance') AND m.clinician = ?1`
	oneMoment            = `m.id = ?1`
	allMoments           = `1`
)

// pick puts a moments condition into a query.
func pick(query, cond string) string { return strings.ReplaceAll(query, "/*moments*/", cond) }

// WorklistQueries returns the SQL Worklist runs, in order, with the
// clinician's name in ?1 ("" = everyone: then ?1 is not used).
func WorklistQueries(clinician string) []string {
	cond := openMoments
	if clinician != "" {
		cond = openMomentsClinician
	}
	var out []string
	for _, q := range []string{QueryPatients, QueryMoments, QueryModules, QueryMessages, QueryFlags, QuerySchedules, QueryVersions, QueryRelevantMeasurements} {
		out = append(out, pick(q, cond))
	}
	return out
}

// loadOpts says what to read besides the moments.
type loadOpts struct {
	cond     string
	args     []any
	relevant bool // only the measurements worklist.Relevant keeps
	// noMeasurements leaves the measurements to another transaction.
	noMeasurements bool
	notes          bool
}

// load reads patients and moments picked by o.cond in one read transaction.
func (s *Store) load(o loadOpts) (caseload.Caseload, error) {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return caseload.Caseload{}, s.wrap(err)
	}
	defer tx.Rollback()
	c, err := loadTx(tx, o)
	return c, s.wrap(err)
}

// loadParallel is load with the measurements read at the same time on a
// second connection (the query that takes most of the time). The two read
// transactions may see different snapshots if a write lands between their
// starts; every write to a moment moves its Version on, so the second one
// also reads the versions, and when they differ load runs again in one
// transaction.
func (s *Store) loadParallel(o loadOpts) (caseload.Caseload, error) {
	type result struct {
		ms       map[string][]caseload.Measurement
		versions map[string]int64
		err      error
	}
	ch := make(chan result, 1)
	read := make(chan struct{}) // closed once the versions are read
	go func() {
		var r result
		defer func() { ch <- r }()
		tx, err := s.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
		if err != nil {
			r.err = err
			return
		}
		defer tx.Rollback()
		r.versions, r.err = versions(tx, o)
		close(read)
		if r.err == nil {
			r.ms, r.err = loadMeasurements(tx, o)
		}
	}()
	if testHookBetweenLoads != nil {
		<-read
		testHookBetweenLoads()
	}
	mo := o
	mo.noMeasurements = true
	c, err := s.load(mo)
	r := <-ch
	if err != nil {
		return c, err
	}
	if r.err != nil {
		return c, s.wrap(r.err)
	}
	same := len(r.versions) == len(c.Moments)
	for i := range c.Moments {
		m := &c.Moments[i]
		if v, ok := r.versions[m.ID]; !ok || v != m.Version {
			same = false
			break
		}
		m.Measurements = r.ms[m.ID]
	}
	if !same {
		return s.load(o)
	}
	return c, nil
}

// loadTx is load inside a transaction (a write's, for its undo snapshot).
func loadTx(tx *sql.Tx, o loadOpts) (caseload.Caseload, error) {
	var c caseload.Caseload
	l := &loader{tx: tx, o: o}
	l.each(QueryPatients, func(sc scanner) error {
		var p caseload.Patient
		if err := sc.Scan(&p.PNR, &p.Name); err != nil {
			return err
		}
		c.Patients = append(c.Patients, p)
		return nil
	})
	byID := map[string]int{}
	l.each(QueryMoments, func(sc scanner) error {
		m, err := scanMoment(sc)
		if err != nil {
			return err
		}
		byID[m.ID] = len(c.Moments)
		c.Moments = append(c.Moments, m)
		return nil
	})
	get := func(sc scanner, rest ...any) (*caseload.Moment, error) {
		var id string
		if err := sc.Scan(append([]any{&id}, rest...)...); err != nil {
			return nil, err
		}
		i, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("row of moment %q that was not read", id)
		}
		return &c.Moments[i], nil
	}
	l.each(QueryModules, func(sc scanner) error {
		var e caseload.ModuleEvent
		var o, sub, fb string
		m, err := get(sc, &e.Module, &o, &sub, &fb)
		if err != nil {
			return err
		}
		e.Opened, e.Submitted, e.Feedback = l.stamp(o), l.stamp(sub), l.stamp(fb)
		m.Modules = append(m.Modules, e)
		return nil
	})
	l.each(QueryMessages, func(sc scanner) error {
		var x caseload.Message
		var at string
		m, err := get(sc, &x.From, &at)
		if err != nil {
			return err
		}
		x.At = l.stamp(at)
		m.Messages = append(m.Messages, x)
		return nil
	})
	l.each(QueryFlags, func(sc scanner) error {
		var f caseload.Flag
		var raised, at string
		m, err := get(sc, &f.Kind, &f.Ref, &raised, &f.HandledBy, &at, &f.Note)
		if err != nil {
			return err
		}
		f.Raised, f.HandledAt = l.date(raised), l.stamp(at)
		m.Flags = append(m.Flags, f)
		return nil
	})
	l.each(QuerySchedules, func(sc scanner) error {
		var x caseload.Schedule
		var from string
		m, err := get(sc, &x.ID, &x.Instrument, &x.AtModule, &x.EveryWeeks, &from)
		if err != nil {
			return err
		}
		x.From = l.date(from)
		m.Schedules = append(m.Schedules, x)
		return nil
	})
	if o.notes {
		l.each(QueryNotes, func(sc scanner) error {
			var n caseload.Note
			var created, copied string
			m, err := get(sc, &n.ID, &created, &copied, &n.Text)
			if err != nil {
				return err
			}
			n.Created, n.Copied = l.stamp(created), l.stamp(copied)
			m.Notes = append(m.Notes, n)
			return nil
		})
	}
	if !o.noMeasurements {
		ms, err := loadMeasurements(tx, o)
		if err != nil {
			return caseload.Caseload{}, err
		}
		for i := range c.Moments {
			c.Moments[i].Measurements = ms[c.Moments[i].ID]
		}
	}
	if l.err != nil {
		return caseload.Caseload{}, l.err
	}
	return c, nil
}

// loadMeasurements reads the measurements of the picked moments, by moment id.
func loadMeasurements(tx *sql.Tx, o loadOpts) (map[string][]caseload.Measurement, error) {
	l := &loader{tx: tx, o: o}
	q := QueryMeasurements
	if o.relevant {
		q = QueryRelevantMeasurements
	}
	out := map[string][]caseload.Measurement{}
	l.each(q, func(sc scanner) error {
		var x caseload.Measurement
		var id, answered, items string
		if err := sc.Scan(&id, &x.ID, &x.Instrument, &x.Occasion, &answered, &items, &x.Total, &x.Item9); err != nil {
			return err
		}
		x.Answered = l.stamp(answered)
		x.Items = l.ints(items)
		out[id] = append(out[id], x)
		return nil
	})
	return out, l.err
}

// versions reads the Version of the picked moments.
func versions(tx *sql.Tx, o loadOpts) (map[string]int64, error) {
	l := &loader{tx: tx, o: o}
	out := map[string]int64{}
	l.each(QueryVersions, func(sc scanner) error {
		var id string
		var v int64
		err := sc.Scan(&id, &v)
		out[id] = v
		return err
	})
	return out, l.err
}

type scanner interface{ Scan(dest ...any) error }

// loader runs the reading queries and keeps the first error.
type loader struct {
	tx  *sql.Tx
	o   loadOpts
	err error
}

func (l *loader) each(query string, row func(scanner) error) {
	if l.err != nil {
		return
	}
	rows, err := l.tx.Query(pick(query, l.o.cond), l.o.args...)
	if err != nil {
		l.err = err
		return
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			l.err = err
			return
		}
		if l.err != nil {
			return
		}
	}
	l.err = rows.Err()
}

func (l *loader) stamp(s string) caseload.Stamp {
	if s == "" {
		return caseload.Stamp{}
	}
	// The store writes YYYY-MM-DDTHH:MM; reading it by hand is 5× faster than time.Parse.
	if len(s) == 16 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' {
		y, mo, d, h, mi := digits(s[0:4]), digits(s[5:7]), digits(s[8:10]), digits(s[11:13]), digits(s[14:16])
		if y > 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 {
			if t := caseload.NewStamp(y, time.Month(mo), d, h, mi); t.Time().Day() == d { // not 31 February
				return t
			}
		}
	}
	t, err := caseload.ParseStamp(s)
	if err != nil && l.err == nil {
		l.err = err
	}
	return t
}

// digits reads a run of ASCII digits, or returns -1.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func (l *loader) date(s string) caseload.Date {
	if s == "" {
		return caseload.Date{}
	}
	d, err := caseload.ParseDate(s)
	if err != nil && l.err == nil {
		l.err = err
	}
	return d
}

func (l *loader) ints(s string) []int {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil && l.err == nil {
			l.err = fmt.Errorf("item scores %q: %w", s, err)
		}
		out[i] = v
	}
	return out
}

func joinInts(vs []int) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(v))
	}
	return b.String()
}

func scanMoment(sc scanner) (caseload.Moment, error) {
	var m caseload.Moment
	var pnr, started, mfrom, closed, addons, login string
	var day int
	err := sc.Scan(&m.ID, &m.Version, &pnr, &m.Program, &m.Clinician, &started, &day, &m.Status,
		&mfrom, &closed, &m.ClosingReason, &m.Diagnosis, &m.Challenge, &addons, &login)
	if err != nil {
		return m, err
	}
	l := &loader{}
	m.PNR = personnummer.Number(pnr)
	m.FeedbackDay = time.Weekday(day)
	m.Started, m.MaintenanceFrom, m.ClosedOn = l.date(started), l.date(mfrom), l.date(closed)
	m.LastLogin = l.stamp(login)
	if addons != "" {
		m.Addons = strings.Split(addons, ",")
	}
	return m, l.err
}
