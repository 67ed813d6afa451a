package store

import (
	"context"
	"database/sql"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/results"
)

// QueryReportMeasurements reads only the measurements a report looks at
// (results.picks): every avslut and uppfoljning answer, and per moment and
// instrument the first and the latest answer (by id, from
// measurement_ends), and, where the latest is an uppfoljning, the latest
// answer before it that is not. The avslut and uppfoljning answers are
// found in one pass over the table: probing the index for "the latest
// avslut" of each instrument walks, and looks up the occasion of, every
// answer of a moment that has none (an active one), which took twice the
// time. The unary + on x.moment keeps the planner from reading the table
// through the (moment, …) index, a lookup per answer, instead of scanning
// it in order.
const QueryReportMeasurements = `SELECT x.moment, x.id, x.instrument, x.occasion, x.answered, x.items, x.total, x.item9
FROM measurements x
WHERE (x.occasion IN ('avslut', 'uppfoljning') AND +x.moment IN (SELECT m.id FROM moments m WHERE /*moments*/))
	OR x.id IN (
		SELECT e.first FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
		UNION ALL
		SELECT e.latest FROM moments m JOIN measurement_ends e ON e.moment = m.id WHERE /*moments*/
		UNION ALL
		SELECT (SELECT y.id FROM measurements y WHERE y.moment = e.moment AND y.instrument = e.instrument
			AND y.occasion <> 'uppfoljning' ORDER BY y.answered DESC LIMIT 1)
		FROM moments m JOIN measurement_ends e ON e.moment = m.id JOIN measurements l ON l.id = e.latest
		WHERE /*moments*/ AND l.occasion = 'uppfoljning')
ORDER BY x.id`

// reportMoments picks a report's moments by clinician (?1) and program
// (?2), either "" for all; results.Compute applies the period.
const reportMoments = `(?1 = '' OR m.clinician = ?1) AND (?2 = '' OR m.program = ?2)`

// Report computes the results of the moments picked by o on today, with
// the referrals given (nil until referrals are stored). It reads the
// moments, their module events and the measurements QueryReportMeasurements
// picks, in one read transaction: messages, flags, schedules and notes
// play no part in the results.
func (s *Store) Report(cat *programs.Catalogue, today caseload.Date, refs []results.Referral, o results.Options) (results.Report, error) {
	lo := loadOpts{cond: reportMoments, args: []any{o.Clinician, o.Program}}
	tx, err := s.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return results.Report{}, s.wrap(err)
	}
	defer tx.Rollback()
	c, err := loadReport(tx, lo, o.WithPNR)
	if err != nil {
		return results.Report{}, s.wrap(err)
	}
	return results.Compute(c, refs, cat, today, o), nil
}

func loadReport(tx *sql.Tx, o loadOpts, withPNR bool) (caseload.Caseload, error) {
	var c caseload.Caseload
	l := &loader{tx: tx, o: o}
	if withPNR {
		var p caseload.Patient
		l.each(QueryPatients, []any{&p.PNR, &p.Name}, func() error {
			p.Name = "" // the report never holds names
			c.Patients = append(c.Patients, p)
			return nil
		})
	}
	byID := map[string]int{}
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
	var id string
	var of []int
	var modules []caseload.ModuleEvent
	var e caseload.ModuleEvent
	var opened, submitted, feedback string
	l.each(QueryModules, []any{&id, &e.Module, &opened, &submitted, &feedback}, func() error {
		e.Opened, e.Submitted, e.Feedback = l.stamp(opened), l.stamp(submitted), l.stamp(feedback)
		modules = add(modules, e)
		of = add(of, byID[id]) // QueryModules joins moments on the same condition
		return nil
	})
	group(c.Moments, of, modules, func(m *caseload.Moment, xs []caseload.ModuleEvent) { m.Modules = xs })

	if l.err != nil {
		return caseload.Caseload{}, l.err
	}
	mo := o
	mo.measurements = QueryReportMeasurements
	out, err := loadMeasurements(tx, mo)
	if err != nil {
		return caseload.Caseload{}, err
	}
	if err := out.into(&c); err != nil {
		return caseload.Caseload{}, err
	}
	return c, nil
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
