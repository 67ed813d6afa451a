package store

import (
	"database/sql"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/results"
)

// QueryReportMeasurements reads only the measurements a report looks at
// (results.picks), with the columns it looks at (no items, no item 9):
// every avslut and uppfoljning answer, from the partial covering index
// measurements_outcomes (migration 0007) without touching the table; and
// per moment and instrument the first and the latest answer (by id, from
// measurement_ends) and, where the latest is an uppfoljning, the latest
// answer before it that is not, each read by id once (the IN list has no
// duplicates) unless the first part gave it already. The rows come in no
// particular order: results.picks does not depend on it (no two answers
// of one instrument share a time: UNIQUE (moment, instrument, answered)).
const QueryReportMeasurements = `SELECT y.moment, y.id, y.instrument, y.occasion, y.answered, y.total
FROM moments m JOIN measurements y ON y.moment = m.id AND y.occasion IN ('avslut', 'uppfoljning')
WHERE /*moments*/
UNION ALL
SELECT x.moment, x.id, x.instrument, x.occasion, x.answered, x.total
FROM measurements x
WHERE x.id IN (
		SELECT e.first FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
		UNION ALL
		SELECT e.latest FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
		UNION ALL
		SELECT (SELECT y.id FROM measurements y WHERE y.moment = e.moment AND y.instrument = e.instrument
			AND y.occasion <> 'uppfoljning' ORDER BY y.answered DESC LIMIT 1)
		FROM moments m JOIN measurement_ends e ON e.moment = m.id JOIN measurements l ON l.id = e.latest
		WHERE /*moments*/ AND l.occasion = 'uppfoljning')
	AND x.occasion NOT IN ('avslut', 'uppfoljning')`

// QueryReportModules reads the module events a report looks at: whether
// each was opened and submitted, and when module 2 was opened (pre is an
// answer before it). The feedback time plays no part.
const QueryReportModules = `SELECT e.moment, e.module, e.opened, e.submitted
FROM moments m JOIN module_events e ON e.moment = m.id WHERE /*moments*/ ORDER BY e.rowid`

// reportMoments picks a report's moments by clinician (?1) and program
// (?2), either "" for all; results.Compute applies the period.
const reportMoments = `(?1 = '' OR m.clinician = ?1) AND (?2 = '' OR m.program = ?2)`

// Report computes the results of the moments picked by o on today, with
// the referrals given (nil until referrals are stored). It reads the
// moments and their module events on one connection and, at the same
// time, the measurements QueryReportMeasurements picks on another (as the
// worklist does, loadParallel: each read is one transaction, and when a
// write landed between their snapshots, which the moments' versions
// show, it reads again in one). Messages, flags, schedules and notes play
// no part in the results.
func (s *Store) Report(cat *programs.Catalogue, today caseload.Date, refs []results.Referral, o results.Options) (results.Report, error) {
	lo := loadOpts{cond: reportMoments, args: []any{o.Clinician, o.Program}}
	c, err := s.loadReportParallel(lo, o.WithPNR)
	if err != nil {
		return results.Report{}, s.wrap(err)
	}
	return results.Compute(c, refs, cat, today, o), nil
}

// loadReportParallel is loadReport with the measurements read on a second
// connection at the same time (readParallel).
func (s *Store) loadReportParallel(o loadOpts, withPNR bool) (caseload.Caseload, error) {
	if n, err := s.picked(o.cond, o.args); err == nil {
		reserveHeap(n)
	}
	return s.readParallel(o, loadReportMeasurements,
		func(q rowSource) (caseload.Caseload, error) { return loadReport(q, o, withPNR, false) },
		func(q rowSource) (caseload.Caseload, error) { return loadReport(q, o, withPNR, true) })
}

// loadReport reads what a report looks at with q: the patients' numbers
// (withPNR), the moments, their module events and, with measurements,
// the measurements QueryReportMeasurements picks.
func loadReport(q rowSource, o loadOpts, withPNR, measurements bool) (caseload.Caseload, error) {
	var c caseload.Caseload
	l := &loader{q: q, o: o}
	n := l.sizes()
	if withPNR {
		c.Patients = make([]caseload.Patient, 0, n.moments)
		var p caseload.Patient
		l.each(QueryPatients, []any{&p.PNR, &p.Name}, func() error {
			p.Name = "" // the report never holds names
			c.Patients = append(c.Patients, p)
			return nil
		})
	}
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
	var id, module, opened, submitted sql.RawBytes // borrowed until the next row
	words := interned{}
	of := make([]int, 0, n.modules)
	modules := make([]caseload.ModuleEvent, 0, n.modules)
	var e caseload.ModuleEvent
	l.each(QueryReportModules, []any{&id, &module, &opened, &submitted}, func() error {
		e.Module = words.of(module)
		e.Opened, e.Submitted = l.stampB(opened), l.stampB(submitted)
		modules = add(modules, e)
		of = add(of, byID[string(id)]) // QueryReportModules joins moments on the same condition
		return nil
	})
	group(c.Moments, of, modules, func(m *caseload.Moment, xs []caseload.ModuleEvent) { m.Modules = xs })

	if l.err != nil {
		return caseload.Caseload{}, l.err
	}
	if !measurements {
		return c, nil
	}
	out, err := loadReportMeasurements(q, o)
	if err != nil {
		return caseload.Caseload{}, err
	}
	if err := out.into(&c); err != nil {
		return caseload.Caseload{}, err
	}
	return c, nil
}

// reportPerMoment is about how many measurements QueryReportMeasurements
// reads per moment (a capacity hint, see sizes): the first and latest
// answer of each instrument and the outcome answers; the 10,000-moment
// demo file has 5.3.
const reportPerMoment = 6

// loadReportMeasurements reads the measurements QueryReportMeasurements
// picks, without items and item 9 (a report reads neither).
func loadReportMeasurements(q rowSource, o loadOpts) (measurementRows, error) {
	l := &loader{q: q, o: o}
	var out measurementRows
	if n := l.sizes().moments * reportPerMoment; n > 0 {
		out.moments = make([]string, 0, n)
		out.rows = make([]caseload.Measurement, 0, n)
	}
	var x caseload.Measurement
	x.Item9 = -1
	var id, instrument, occasion, answered sql.RawBytes // borrowed until the next row
	words := interned{}                                 // ids, instruments and occasions repeat
	var total float64
	l.each(QueryReportMeasurements, []any{&id, &x.ID, &instrument, &occasion, &answered, &total}, func() error {
		x.Instrument, x.Occasion = words.of(instrument), caseload.Occasion(words.of(occasion))
		x.Answered = l.stampB(answered)
		x.Total, x.Decimal = scoreOf(x.Instrument, total)
		out.moments = add(out.moments, words.of(id))
		out.rows = add(out.rows, x)
		return nil
	})
	return out, l.err
}

// ReportReferrals reads every referral as the report counts it: referred,
// assessed (the assessment visit held, 3.5.5) and started (the start of
// the moment it led to), for tillgänglighet and the counts.
func (s *Store) ReportReferrals() ([]results.Referral, error) {
	rows, err := s.db.Query(`SELECT r.moment, r.clinician, coalesce(m.program, ''), r.referred, r.visit_held,
		coalesce(m.started, ''), r.decision
		FROM referrals r LEFT JOIN moments m ON m.id = r.moment AND r.moment <> ''
		ORDER BY r.referred, r.id`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []results.Referral
	for rows.Next() {
		var f results.Referral
		var referred, held, started string
		if err := rows.Scan(&f.Moment, &f.Clinician, &f.Program, &referred, &held, &started, &f.Decision); err != nil {
			return nil, s.wrap(err)
		}
		// The columns hold dates the importer and writers checked; an
		// empty one is a step not taken.
		f.Referred, _ = caseload.ParseDate(referred)
		if held != "" {
			f.Assessed, _ = caseload.ParseDate(held)
		}
		if started != "" {
			f.Started, _ = caseload.ParseDate(started)
		}
		out = append(out, f)
	}
	return out, s.wrap(rows.Err())
}
