package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
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
	// are found by id. Every PHQ-9 is read too (a free-standing form, 4.4,
	// so few): worklist.RedFlagPHQ9 reads its item 9 from the items.
	QueryRelevantMeasurements = `SELECT x.moment, x.id, x.instrument, x.occasion, x.answered, x.items, x.total, x.item9
FROM measurements x WHERE x.id IN (
	SELECT e.first FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
	UNION ALL
	SELECT e.latest FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
	UNION ALL
	SELECT y.id FROM moments m JOIN measurements y ON y.moment = m.id AND y.item9 >= 4 WHERE /*moments*/
	UNION ALL
	SELECT y.id FROM moments m JOIN measurements y ON y.moment = m.id AND y.instrument = 'PHQ-9' WHERE /*moments*/)
ORDER BY x.id`
)

// QueryOutcomeMeasurements reads only the avslut and uppfoljning answers
// of the picked moments, from the partial index measurements_outcomes
// (migration 0007): what gallring looks at (lifecycle.Removable reads
// the follow-up). INDEXED BY, because without statistics the planner
// takes the unique index by moment and reads all ~100 answers of each.
const QueryOutcomeMeasurements = `SELECT x.moment, x.id, x.instrument, x.occasion, x.answered, x.items, x.total, x.item9
FROM moments m JOIN measurements x INDEXED BY measurements_outcomes ON x.moment = m.id AND x.occasion IN ('avslut', 'uppfoljning') WHERE /*moments*/ ORDER BY x.id`

// QuerySizes gives the capacities a read starts its slices at (see
// sizes): how many moments the condition picks, counted from an index
// without reading a row, and the largest rowids of moments and
// module_events, one step down each b-tree.
const QuerySizes = `SELECT (SELECT count(*) FROM moments m WHERE /*moments*/), (SELECT max(rowid) FROM moments), (SELECT max(rowid) FROM module_events)`

// testHookBetweenLoads, when set, runs after the measurements' transaction
// has its snapshot and before the other one starts.
var testHookBetweenLoads func()

// QueryVersions reads the moments' versions (see loadParallel).
const QueryVersions = `SELECT m.id, m.version FROM moments m WHERE /*moments*/`

// Conditions on the moments table (alias m) for the placeholder.
const (
	// The worklist reads closed moments too: their follow-up and their
	// unhandled flags (issue 9; worklist.Compute).
	openMoments          = `m.status IN ('active', 'maintenance', 'closed')`
	openMomentsClinician = `m.status IN ('active', 'maintenance', 'closed') AND m.clinician = ?1`
	oneMoment            = `m.id = ?1`
	closedMoments        = `m.status = 'closed'`
	clinicianOpen        = `m.status IN ('active', 'maintenance') AND m.clinician = ?1`
	allMoments           = `1`
)

// pick puts a moments condition into a query.
func pick(query, cond string) string { return strings.ReplaceAll(query, "/*moments*/", cond) }

// WorklistQueries returns the SQL Worklist runs, in order, with the
// clinician's name in ?1 ("" = everyone: then ?1 is not used): the
// moments' queries, then the referrals' and the pending handovers'.
func WorklistQueries(clinician string) []string {
	return append(momentQueries(clinician), lifecycleQueries(lifecycleFilter{clinician: clinician, open: true})...)
}

// momentQueries are the queries of WorklistQueries that read the moments.
func momentQueries(clinician string) []string {
	cond := openMoments
	if clinician != "" {
		cond = openMomentsClinician
	}
	var out []string
	for _, q := range []string{QuerySizes, QueryPatients, QueryMoments, QueryModules, QueryMessages, QueryFlags, QuerySchedules, QueryStops, QueryWaivers, QueryVersions, QueryRelevantMeasurements} {
		out = append(out, pick(q, cond))
	}
	return out
}

// loadOpts says what to read besides the moments.
type loadOpts struct {
	cond     string
	args     []any
	relevant bool // only the measurements worklist.Relevant keeps
	outcomes bool // only the avslut and uppfoljning answers (QueryOutcomeMeasurements)
	// noMeasurements leaves the measurements to another transaction.
	noMeasurements bool
	notes          bool
}

// load reads patients and moments picked by o.cond in one read transaction.
func (s *Store) load(o loadOpts) (caseload.Caseload, error) {
	return s.readTx(func(tx *sql.Tx) (caseload.Caseload, error) { return loadTx(tx, o) })
}

// readTx runs read in one read transaction.
func (s *Store) readTx(read func(*sql.Tx) (caseload.Caseload, error)) (caseload.Caseload, error) {
	tx, err := s.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return caseload.Caseload{}, s.wrap(err)
	}
	defer tx.Rollback()
	c, err := read(tx)
	return c, s.wrap(err)
}

// loadParallel is load with the measurements read at the same time on a
// second connection (the query that takes most of the time), see
// readParallel, and the parts around the moments that lf picks in the
// moments' transaction.
func (s *Store) loadParallel(o loadOpts, lf lifecycleFilter) (caseload.Caseload, error) {
	n, small := s.small(o)
	if small {
		// One sqliteread connection, one transaction: against the same on
		// database/sql's connection, 0.85× the CPU of a 40-moment
		// clinician's worklist --json and 0.88× of a 500-moment one, the
		// 25-moment demo 1.00× (perf stat task-clock, 15–25 pairs).
		return s.rawReadCaseload(withLifecycle(func(q rowSource) (caseload.Caseload, error) { return loadFrom(q, o) }, lf))
	}
	reserveHeap(n)
	rest := o
	rest.noMeasurements = true
	return s.readParallel(o, loadMeasurements,
		withLifecycle(func(q rowSource) (caseload.Caseload, error) { return loadFrom(q, rest) }, lf),
		withLifecycle(func(q rowSource) (caseload.Caseload, error) { return loadFrom(q, o) }, lf))
}

// withLifecycle is read followed, in the same transaction, by the parts
// around the moments that lf picks (readAround): the worklist's
// referrals and handovers in the moments' snapshot, without a
// transaction of their own.
func withLifecycle(read func(rowSource) (caseload.Caseload, error), lf lifecycleFilter) func(rowSource) (caseload.Caseload, error) {
	return func(q rowSource) (caseload.Caseload, error) {
		c, err := read(q)
		if err != nil {
			return c, err
		}
		return c, readAround(q, &c, lf)
	}
}

// readParallel reads the measurements with readMs on a second connection
// while readRest reads everything else on this one, each in a read
// transaction of its own on a sqliteread connection (rawRead). The two
// may see different snapshots if a write lands between their starts;
// every write to a moment moves its Version on, so the second one also
// reads the versions, and when they differ readAll reads everything again
// in one transaction.
func (s *Store) readParallel(o loadOpts, readMs func(rowSource, loadOpts) (measurementRows, error),
	readRest, readAll func(rowSource) (caseload.Caseload, error)) (caseload.Caseload, error) {
	type result struct {
		ms       measurementRows
		versions map[string]int64
		err      error
	}
	ch := make(chan result, 1)
	read := make(chan struct{}) // closed once the versions are read
	go func() {
		var r result
		defer func() { ch <- r }()
		versionsRead := false
		r.err = s.rawRead(func(q rowSource) error {
			var err error
			r.versions, err = versions(q, o)
			versionsRead = true
			close(read)
			if err == nil {
				r.ms, err = readMs(q, o)
			}
			return err
		})
		if !versionsRead {
			close(read)
		}
	}()
	if testHookBetweenLoads != nil {
		<-read
		testHookBetweenLoads()
	}
	c, err := s.rawReadCaseload(readRest)
	r := <-ch
	if err != nil {
		return c, err
	}
	if r.err != nil {
		return c, s.wrap(r.err)
	}
	same := len(r.versions) == len(c.Moments)
	for i := range c.Moments {
		if v, ok := r.versions[c.Moments[i].ID]; !ok || v != c.Moments[i].Version {
			same = false
			break
		}
	}
	if !same {
		return s.rawReadCaseload(readAll)
	}
	if err := r.ms.into(&c); err != nil {
		return c, s.wrap(err)
	}
	return c, nil
}

// rawReadCaseload is rawRead of a caseload, its errors in the store's words.
func (s *Store) rawReadCaseload(read func(rowSource) (caseload.Caseload, error)) (caseload.Caseload, error) {
	var c caseload.Caseload
	err := s.rawRead(func(q rowSource) error {
		var err error
		c, err = read(q)
		return err
	})
	return c, s.wrap(err)
}

// loadTx is load inside a transaction (a write's, for its undo snapshot).
func loadTx(tx *sql.Tx, o loadOpts) (caseload.Caseload, error) { return loadFrom(sqlTx{tx}, o) }

// loadFrom is load with q's queries. Rows are scanned into variables
// reused from row to row, and each table's rows are shared out to the
// moments from one array (group), so that reading costs few allocations
// besides the driver's own.
func loadFrom(q rowSource, o loadOpts) (caseload.Caseload, error) {
	var c caseload.Caseload
	l := &loader{q: q, o: o}
	n := l.sizes()
	c.Patients = make([]caseload.Patient, 0, n.moments)
	var p caseload.Patient
	l.each(QueryPatients, []any{&p.PNR, &p.Name}, func() error {
		c.Patients = append(c.Patients, p)
		return nil
	})
	byID := make(map[string]int, n.moments)
	c.Moments = make([]caseload.Moment, 0, n.moments)
	var mr momentRow
	l.each(QueryMoments, mr.dest(), func() error {
		m, err := mr.moment()
		if err != nil {
			return err
		}
		byID[m.ID] = len(c.Moments)
		c.Moments = add(c.Moments, m)
		return nil
	})
	// The rows below are read as borrowed bytes (sql.RawBytes: valid
	// until the next row), so that a moment's id, a stamp or a value that
	// repeats costs no allocation; row notes the moment a row belongs to.
	var id sql.RawBytes
	of := make([]int, 0, n.modules)
	row := func() error {
		i, ok := byID[string(id)]
		if !ok {
			return fmt.Errorf("row of moment %q that was not read", id)
		}
		of = add(of, i)
		return nil
	}
	words := interned{}

	modules := make([]caseload.ModuleEvent, 0, n.modules)
	var e caseload.ModuleEvent
	var module, opened, submitted, feedback sql.RawBytes
	l.each(QueryModules, []any{&id, &module, &opened, &submitted, &feedback}, func() error {
		e.Module = words.of(module)
		e.Opened, e.Submitted, e.Feedback = l.stampB(opened), l.stampB(submitted), l.stampB(feedback)
		modules = add(modules, e)
		return row()
	})
	group(c.Moments, of, modules, func(m *caseload.Moment, xs []caseload.ModuleEvent) { m.Modules = xs })

	of = of[:0]
	var messages []caseload.Message
	var x caseload.Message
	var from, at sql.RawBytes
	l.each(QueryMessages, []any{&id, &from, &at}, func() error {
		x.From, x.At = words.of(from), l.stampB(at)
		messages = append(messages, x)
		return row()
	})
	group(c.Moments, of, messages, func(m *caseload.Moment, xs []caseload.Message) { m.Messages = xs })

	of = of[:0]
	var flags []caseload.Flag
	var f caseload.Flag
	var raised sql.RawBytes
	l.each(QueryFlags, []any{&id, &f.Kind, &f.Ref, &raised, &f.HandledBy, &at, &f.Note}, func() error {
		f.Raised, f.HandledAt = l.dateB(raised), l.stampB(at)
		flags = append(flags, f)
		return row()
	})
	group(c.Moments, of, flags, func(m *caseload.Moment, xs []caseload.Flag) { m.Flags = xs })

	of = of[:0]
	var schedules []caseload.Schedule
	var sc caseload.Schedule
	l.each(QuerySchedules, []any{&id, &sc.ID, &sc.Instrument, &sc.AtModule, &sc.EveryWeeks, &from}, func() error {
		sc.From = l.dateB(from)
		schedules = append(schedules, sc)
		return row()
	})
	group(c.Moments, of, schedules, func(m *caseload.Moment, xs []caseload.Schedule) { m.Schedules = xs })

	loadBattery(l, &c, byID) // migration 0004
	if o.notes {
		of = of[:0]
		var notes []caseload.Note
		var n caseload.Note
		var created, copied sql.RawBytes
		l.each(QueryNotes, []any{&id, &n.ID, &created, &copied, &n.Text}, func() error {
			n.Created, n.Copied = l.stampB(created), l.stampB(copied)
			notes = append(notes, n)
			return row()
		})
		group(c.Moments, of, notes, func(m *caseload.Moment, xs []caseload.Note) { m.Notes = xs })
	}
	if l.err != nil {
		return caseload.Caseload{}, l.err
	}
	if !o.noMeasurements {
		ms, err := loadMeasurements(q, o)
		if err == nil {
			err = ms.into(&c)
		}
		if err != nil {
			return caseload.Caseload{}, err
		}
	}
	return c, nil
}

// group hands out rows to their moments (of[i] is the moment of rows[i]),
// in their order, each moment's as a slice of one shared array: a moment
// without rows keeps nil.
func group[T any](ms []caseload.Moment, of []int, rows []T, set func(*caseload.Moment, []T)) {
	if len(rows) == 0 {
		return
	}
	if slices.IsSorted(of) { // rows come moment by moment: share them as they are
		for k := 0; k < len(of); {
			n := k + 1
			for n < len(of) && of[n] == of[k] {
				n++
			}
			set(&ms[of[k]], rows[k:n:n])
			k = n
		}
		return
	}
	start := make([]int, len(ms)+1)
	for _, i := range of {
		start[i+1]++
	}
	for i := range ms {
		start[i+1] += start[i]
	}
	out := make([]T, len(rows))
	next := slices.Clone(start[:len(ms)])
	for k, i := range of {
		out[next[i]] = rows[k]
		next[i]++
	}
	for i := range ms {
		if a, b := start[i], start[i+1]; b > a {
			set(&ms[i], out[a:b:b]) // full: an append by the caller copies
		}
	}
}

// sizes are capacity hints for a read's slices, so that they are made
// once instead of growing by doubling (each growth copies the rows and
// leaves the old array as garbage: about half of a worklist's allocated
// bytes before, issue 18). They are only hints: a low one grows as
// before, a high one leaves capacity unused.
type sizes struct {
	moments int // the moments the condition picks: exact
	// modules is the module events of those moments at the file's
	// average per moment (largest rowids: a deleted row only lowers it).
	modules int
	// measurements is relevantPerMoment per moment, for the worklist's
	// read of the first, latest and red-flag answers.
	measurements int
}

// relevantPerMoment is about how many measurements QueryRelevantMeasurements
// reads per moment: the first and the latest answer of each instrument
// answered (2–3 instruments, and one answer may be both) and the rare
// red-flag or PHQ-9 answer; the 10,000-moment demo file has 4.6 (46,138
// rows for 10,000 moments: at 4 the slices grew once, to twice their size).
const relevantPerMoment = 5

// sizes runs QuerySizes. It is a hint, so a failure is not an error of
// the read: it gives zero sizes, and the slices grow as they used to.
func (l *loader) sizes() sizes {
	if l.err != nil {
		return sizes{}
	}
	var picked int
	var moments, modules sql.NullInt64
	var found bool
	probe := loader{q: l.q, o: l.o}
	probe.each(QuerySizes, []any{&picked, &moments, &modules}, func() error { found = true; return nil })
	if probe.err != nil || !found {
		return sizes{}
	}
	n := sizes{moments: picked, measurements: picked * relevantPerMoment}
	if moments.Int64 > 0 {
		n.modules = int(int64(picked) * modules.Int64 / moments.Int64)
		n.modules += n.modules / 8 // the picked moments may have more than the average
	}
	return n
}

// add is append that doubles the capacity when it grows: append grows
// large slices by a quarter at a time, and reading a table's rows would
// copy them over many times.
func add[T any](s []T, x T) []T {
	if len(s) == cap(s) {
		s = slices.Grow(s, max(len(s), 16))
	}
	return append(s, x)
}

// measurementRows are measurements as read, with their moments' ids.
type measurementRows struct {
	moments []string
	rows    []caseload.Measurement
}

// into hands the measurements out to the moments of c.
func (r measurementRows) into(c *caseload.Caseload) error {
	byID := make(map[string]int, len(c.Moments))
	for i := range c.Moments {
		byID[c.Moments[i].ID] = i
	}
	of := make([]int, len(r.moments))
	for k, id := range r.moments {
		i, ok := byID[id]
		if !ok {
			return fmt.Errorf("measurement of moment %q that was not read", id)
		}
		of[k] = i
	}
	group(c.Moments, of, r.rows, func(m *caseload.Moment, xs []caseload.Measurement) { m.Measurements = xs })
	return nil
}

// loadMeasurements reads the measurements of the picked moments.
func loadMeasurements(q rowSource, o loadOpts) (measurementRows, error) {
	l := &loader{q: q, o: o}
	query := QueryMeasurements
	switch {
	case o.relevant:
		query = QueryRelevantMeasurements
	case o.outcomes:
		query = QueryOutcomeMeasurements
	}
	var out measurementRows
	if o.relevant {
		n := l.sizes()
		out.moments = make([]string, 0, n.measurements)
		out.rows = make([]caseload.Measurement, 0, n.measurements)
	}
	var x caseload.Measurement
	var id, instrument, occasion, answered, items sql.RawBytes // borrowed until the next row
	words := interned{}                                        // ids, instruments and occasions repeat
	var total float64                                          // REAL for a decimal score (EDE-Q, AAQoL), else INTEGER
	l.each(query, []any{&id, &x.ID, &instrument, &occasion, &answered, &items, &total, &x.Item9}, func() error {
		x.Instrument, x.Occasion = words.of(instrument), caseload.Occasion(words.of(occasion))
		x.Answered = l.stampB(answered)
		x.Items = intsOf(l, items)
		x.Total, x.Decimal = scoreOf(x.Instrument, total)
		out.moments = add(out.moments, words.of(id))
		out.rows = add(out.rows, x)
		return nil
	})
	return out, l.err
}

// scoreOf is a stored total as caseload.Measurement holds it: rounded,
// and the decimal itself for an instrument scored in decimals.
func scoreOf(instrument string, total float64) (int, *float64) {
	if in, ok := instruments.Get(instrument); ok && in.Decimal() {
		return int(math.Round(total)), &total
	}
	return int(math.Round(total)), nil
}

// versions reads the Version of the picked moments.
func versions(q rowSource, o loadOpts) (map[string]int64, error) {
	l := &loader{q: q, o: o}
	out := map[string]int64{}
	var id string // kept: a map key
	var v int64
	l.each(QueryVersions, []any{&id, &v}, func() error {
		out[id] = v
		return nil
	})
	return out, l.err
}

// loader runs the reading queries and keeps the first error.
type loader struct {
	q   rowSource
	o   loadOpts
	err error
}

// each runs query and, for every row, scans it into dest and calls row.
func (l *loader) each(query string, dest []any, row func() error) {
	if l.err != nil {
		return
	}
	rows, err := l.q.query(pick(query, l.o.cond), l.o.args...)
	if err != nil {
		l.err = err
		return
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			l.err = err
			return
		}
		if err := row(); err != nil {
			l.err = err
			return
		}
		if l.err != nil {
			return
		}
	}
	l.err = rows.Err()
}

func (l *loader) stamp(s string) caseload.Stamp { return stampOf(l, s) }

// stampB is stamp of borrowed text (sql.RawBytes), without a copy.
func (l *loader) stampB(b []byte) caseload.Stamp { return stampOf(l, b) }

// text is a column's value as read: a string, or bytes borrowed from the
// driver until the next row.
type text interface{ ~string | ~[]byte }

func stampOf[S text](l *loader, s S) caseload.Stamp {
	if len(s) == 0 {
		return caseload.Stamp{}
	}
	// The store writes YYYY-MM-DDTHH:MM; reading it by hand is 5× faster than time.Parse.
	if len(s) == 16 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' {
		y, mo, d, h, mi := digits(s[0:4]), digits(s[5:7]), digits(s[8:10]), digits(s[11:13]), digits(s[14:16])
		if y > 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 {
			if t := caseload.NewStamp(y, time.Month(mo), d, h, mi); t.Time().Day() == d { // not 31 February
				return t
			}
		}
	}
	t, err := caseload.ParseStamp(string(s)) // year 1 is refused there: the zero Stamp means "not set"
	if err != nil && l.err == nil {
		l.err = err
	}
	return t
}

// digits reads a run of ASCII digits, or returns -1.
func digits[S text](s S) int {
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

func (l *loader) date(s string) caseload.Date { return dateOf(l, s) }

// dateB is date of borrowed text (sql.RawBytes), without a copy.
func (l *loader) dateB(b []byte) caseload.Date { return dateOf(l, b) }

func dateOf[S text](l *loader, s S) caseload.Date {
	if len(s) == 0 {
		return caseload.Date{}
	}
	// The store writes YYYY-MM-DD; read by hand as stampOf does.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, mo, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
		if y > 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			if t := caseload.NewDate(y, time.Month(mo), d); t.Day() == d {
				return t
			}
		}
	}
	d, err := caseload.ParseDate(string(s)) // year 1 is refused there: the zero Date means "not set"
	if err != nil && l.err == nil {
		l.err = err
	}
	return d
}

// interned keeps one copy of the values that repeat from row to row
// (module keys, instruments, occasions, senders, moments' ids), so that a
// value read as borrowed bytes costs no allocation after its first row.
type interned map[string]string

func (in interned) of(b []byte) string {
	if s, ok := in[string(b)]; ok { // no allocation: the compiler looks up with the bytes
		return s
	}
	s := string(b)
	in[s] = s
	return s
}

// ints reads comma-separated item scores.
func (l *loader) ints(s string) []int { return intsOf(l, s) }

func intsOf[S text](l *loader, s S) []int {
	if len(s) == 0 {
		return nil
	}
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			n++
		}
	}
	out := make([]int, 0, n)
	for start := 0; start <= len(s); {
		end := start
		for end < len(s) && s[end] != ',' {
			end++
		}
		f := s[start:end]
		v := digits(f)
		if v < 0 || len(f) == 0 || len(f) > 9 { // a sign, a space or a huge number: strconv says what is wrong
			var err error
			v, err = strconv.Atoi(string(f))
			if err != nil && l.err == nil {
				l.err = fmt.Errorf("item scores %q: %w", string(s), err)
			}
		}
		out = append(out, v)
		start = end + 1
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

// momentRow is a row of QueryMoments as scanned: the dates and the
// values shared by many moments (program, clinician, status, ...) as
// borrowed bytes (sql.RawBytes, valid until the next row), kept once each.
type momentRow struct {
	m                                                        caseload.Moment
	pnr, addons                                              string
	started, mfrom, closed, login                            sql.RawBytes
	program, clinician, status, reason, diagnosis, challenge sql.RawBytes
	day                                                      int
	words                                                    interned
}

func (r *momentRow) dest() []any {
	m := &r.m
	return []any{&m.ID, &m.Version, &r.pnr, &r.program, &r.clinician, &r.started, &r.day, &r.status,
		&r.mfrom, &r.closed, &r.reason, &r.diagnosis, &r.challenge, &r.addons, &r.login}
}

// moment returns the moment scanned.
func (r *momentRow) moment() (caseload.Moment, error) {
	var l loader
	if r.words == nil {
		r.words = interned{}
	}
	m := r.m
	m.PNR = personnummer.Number(r.pnr)
	m.Program, m.Clinician, m.Status = r.words.of(r.program), r.words.of(r.clinician), caseload.Status(r.words.of(r.status))
	m.ClosingReason, m.Diagnosis, m.Challenge = r.words.of(r.reason), r.words.of(r.diagnosis), r.words.of(r.challenge)
	m.FeedbackDay = time.Weekday(r.day)
	m.Started, m.MaintenanceFrom, m.ClosedOn = l.dateB(r.started), l.dateB(r.mfrom), l.dateB(r.closed)
	m.LastLogin = l.stampB(r.login)
	if r.addons != "" {
		m.Addons = strings.Split(r.addons, ",")
	}
	return m, l.err
}
