package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/usertext"
)

// The write of a table import (package intake): rows matched to the
// moments they belong to, planned against what Holdings read, and written
// by ApplyMerge after the plan is checked again inside the transaction.

var (
	// ErrIdentity is a merge that would move a moment to another patient
	// or program, or rename a patient the clinician did not choose to.
	ErrIdentity = errors.New("the import does not match the stored identity")
	// ErrClosedMoment is a merge that would add rows to a closed moment.
	ErrClosedMoment = errors.New("a closed moment never receives rows")
)

// Merge is a planned import: moments to create, moments that exist and
// get new events, and the patients of both.
type Merge struct {
	// Patients of every moment below, with the name to keep. A stored
	// patient whose name differs is refused unless Rename holds it.
	Patients []caseload.Patient
	Rename   map[personnummer.Number]bool
	// Create are new moments; their ids must be free.
	Create []caseload.Moment
	// Update are stored moments as they are after the merge, each with
	// the Version it was read at; a moment changed since is ErrConflict.
	Update []caseload.Moment
}

// Empty reports whether the merge writes nothing.
func (m Merge) Empty() bool { return len(m.Create) == 0 && len(m.Update) == 0 && len(m.Rename) == 0 }

// Holdings reads the patients with these personnummer, and all their
// moments (any status) with their full history: what an import is
// matched against.
func (s *Store) Holdings(pnrs []personnummer.Number) (caseload.Caseload, error) {
	list := make([]string, len(pnrs))
	for i, p := range pnrs {
		list[i] = p.String()
	}
	arg, _ := json.Marshal(list)
	tx, err := s.db.Begin()
	if err != nil {
		return caseload.Caseload{}, s.wrap(err)
	}
	defer tx.Rollback()
	c, err := loadTx(tx, loadOpts{cond: `m.pnr IN (SELECT value FROM json_each(?1))`, args: []any{string(arg)}, notes: true})
	if err != nil {
		return c, s.wrap(err)
	}
	// Patients without moments are matched too.
	c.Patients = nil
	rows, err := tx.Query(`SELECT pnr, name FROM patients WHERE pnr IN (SELECT value FROM json_each(?1)) ORDER BY rowid`, string(arg))
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
	return c, s.wrap(rows.Err())
}

// ApplyMerge writes m in one transaction, or nothing. Before writing it
// checks, against the file as it is now: CheckIdentity for every patient
// and moment (no rename unless chosen), checkMergeCreate for every new
// moment (id free) and checkMergeTarget for every updated one (same
// patient and program, not closed, not changed since it was read).
func (s *Store) ApplyMerge(m Merge) error {
	c := caseload.Caseload{Patients: m.Patients}
	c.Moments = append(append(c.Moments, m.Create...), m.Update...)
	if err := validate(c, nil); err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		// The identity rule every import follows (CheckIdentity): no
		// moment to another patient or program, no rename not chosen.
		k, err := known(tx, c)
		if err != nil {
			return err
		}
		var keep, renamed caseload.Caseload
		keep.Moments = m.Update // a created moment whose id is taken is ErrExists below
		for _, p := range m.Patients {
			if m.Rename[p.PNR] {
				renamed.Patients = append(renamed.Patients, p)
			} else {
				keep.Patients = append(keep.Patients, p)
			}
		}
		if _, err := CheckIdentity(k, keep, false); err != nil {
			return fmt.Errorf("store: %w: %w", ErrIdentity, err)
		}
		if _, err := CheckIdentity(k, renamed, true); err != nil {
			return fmt.Errorf("store: %w: %w", ErrIdentity, err)
		}
		for _, x := range m.Create {
			if err := checkMergeCreate(tx, x); err != nil {
				return err
			}
		}
		for _, x := range m.Update {
			if err := checkMergeTarget(tx, x); err != nil {
				return err
			}
		}
		return insertCaseload(tx, c)
	})
}

// checkMergeCreate refuses a new moment whose id is taken.
func checkMergeCreate(tx *sql.Tx, m caseload.Moment) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM moments WHERE id = ?1`, m.ID).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return refuse(m.ID, ErrExists, &usertext.T.Store.Exists)
	}
	return nil
}

// checkMergeTarget refuses an update of a moment that is not the one the
// import was matched against: another patient or program (the identity
// rule), closed, or changed since it was read.
func checkMergeTarget(tx *sql.Tx, m caseload.Moment) error {
	var pnr, program, status string
	var version int64
	err := tx.QueryRow(`SELECT pnr, program, status, version FROM moments WHERE id = ?1`, m.ID).Scan(&pnr, &program, &status, &version)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return refuse(m.ID, ErrNotFound, &usertext.T.Store.NotFound)
	case err != nil:
		return err
	case pnr != m.PNR.String() || program != m.Program:
		return fmt.Errorf("store: moment %q: %w: it belongs to another patient or program", m.ID, ErrIdentity)
	case caseload.Status(status) == caseload.Closed:
		return refuse(m.ID, ErrClosedMoment, usertext.ClosedNoRows)
	case version != m.Version:
		return fmt.Errorf("store: moment %q (version %d, read at %d): %w", m.ID, version, m.Version, ErrConflict)
	case m.Status == caseload.Closed:
		return refuse(m.ID, ErrClosedMoment, usertext.ClosedNoRows)
	}
	return nil
}
