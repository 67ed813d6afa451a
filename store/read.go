package store

import (
	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
	"github.com/ikbt/ikbt/worklist"
)

// Export reads the whole caseload, in the order it was written.
func (s *Store) Export() (caseload.Caseload, error) {
	c, err := s.load(loadOpts{cond: allMoments, notes: true})
	if err != nil {
		return c, err
	}
	if err := s.fillHistory(&c); err != nil {
		return c, err
	}
	// Patients without moments are exported too.
	c.Patients = nil
	rows, err := s.db.Query("SELECT pnr, name FROM patients ORDER BY rowid")
	if err != nil {
		return c, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var p caseload.Patient
		if err := rows.Scan(&p.PNR, &p.Name); err != nil {
			return c, s.wrap(err)
		}
		c.Patients = append(c.Patients, p)
	}
	if err := rows.Err(); err != nil {
		return c, s.wrap(err)
	}
	return c, s.addLifecycle(&c, lifecycleFilter{})
}

// Worklist computes the worklist of the open moments of one clinician
// ("" = everyone), loading only what the rules look at.
func (s *Store) Worklist(cat *programs.Catalogue, today caseload.Date, clinician string) (worklist.Worklist, error) {
	o := loadOpts{cond: openMoments, relevant: true}
	if clinician != "" {
		o.cond, o.args = openMomentsClinician, []any{clinician}
	}
	c, err := s.loadParallel(o, lifecycleFilter{clinician: clinician, open: true})
	if err != nil {
		return worklist.Worklist{}, err
	}
	return worklist.Compute(c, cat, today), nil
}

// Assessments is the worklist's part "assessments" (the undecided
// referrals with their next step, of one clinician or "" everyone) and
// their red flags, read from the referrals alone: the same rows as
// Worklist's, without reading a moment (issue 18: `ikbt referral list`
// read the whole worklist, seconds on a large file, for these rows).
func (s *Store) Assessments(today caseload.Date, clinician string) (worklist.Worklist, error) {
	var c caseload.Caseload
	if err := s.addLifecycle(&c, lifecycleFilter{clinician: clinician, open: true}); err != nil {
		return worklist.Worklist{}, err
	}
	return worklist.Compute(c, nil, today), nil
}

// GallringCaseload is what gallring's proposals read
// (lifecycle.GallringProposals, `ikbt gallra`, the app's gallring view):
// the closed moments with their avslut and follow-up answers and
// follow-up waivers, every closing and referral, and the patients' names;
// not the whole file (issue 18: reading every measurement and note of a
// 10,000-moment file for this took 8 s and 0.5 GB).
func (s *Store) GallringCaseload() (caseload.Caseload, error) {
	c, err := s.load(loadOpts{cond: closedMoments, outcomes: true})
	if err != nil {
		return c, err
	}
	return c, s.addLifecycle(&c, lifecycleFilter{})
}

// ClinicianOpen is the active and maintenance moments of one clinician
// with their notes and the answers the worklist's rules read
// (worklist.Relevant): what the handover checks of a clinician who leaves
// read (manual 8.3, worklist.ClinicianMoments), not the whole file.
func (s *Store) ClinicianOpen(clinician string) (caseload.Caseload, error) {
	return s.load(loadOpts{cond: clinicianOpen, args: []any{clinician}, relevant: true, notes: true})
}

// Moment returns one moment with its full history, and its patient.
func (s *Store) Moment(id string) (caseload.Moment, caseload.Patient, error) {
	// One read transaction on a sqliteread connection (issue 18: the
	// app's detail pane read on database/sql's connections, each opening
	// the file and parsing its schema, and read the history and the
	// closing after the moment, each in a transaction of its own).
	var c caseload.Caseload
	err := s.rawRead(func(q rowSource) error {
		var err error
		c, err = loadFrom(q, loadOpts{cond: oneMoment, args: []any{id}, notes: true})
		if err != nil || len(c.Moments) == 0 || len(c.Patients) == 0 {
			return err
		}
		if c.Moments[0].History, err = noteHistory(q, id); err != nil {
			return err
		}
		c.Moments[0].Closing, err = closingOf(q, id) // issue 16: the closing note's visit answers
		return err
	})
	if err != nil {
		return caseload.Moment{}, caseload.Patient{}, s.wrap(err)
	}
	if len(c.Moments) == 0 || len(c.Patients) == 0 {
		return caseload.Moment{}, caseload.Patient{}, refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
	}
	return c.Moments[0], c.Patients[0], nil
}

// Clinicians returns the clinicians of open moments, sorted.
func (s *Store) Clinicians() ([]string, error) {
	rows, err := s.db.Query(`SELECT DISTINCT clinician FROM moments WHERE status IN ('active', 'maintenance') AND clinician <> '' ORDER BY clinician`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, c)
	}
	return out, s.wrap(rows.Err())
}
