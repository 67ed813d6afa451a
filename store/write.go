package store

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// ErrExists is returned by AddMoment for a moment id that is taken.
var ErrExists = errors.New("a moment with this id exists")

// Undo takes back one write. It holds the moment as it was before the
// write and the Version the write left, so that undoing refuses to
// overwrite a later change (ErrConflict).
type Undo struct {
	Moment  string
	Version int64 // the moment's Version after the write

	before  *caseload.Moment  // nil when the write created the moment
	patient *caseload.Patient // AddMoment: the patient before (nil if new)
}

// change runs one write to moment id in a transaction: it takes a snapshot
// of the moment, moves its Version on from version (ErrConflict if it had
// moved already) and calls f.
func (s *Store) change(id string, version int64, f func(tx *sql.Tx) error) (Undo, error) {
	var u Undo
	err := s.write(func(tx *sql.Tx) error {
		before, err := snapshot(tx, id)
		if err != nil {
			return err
		}
		res, err := tx.Exec(`UPDATE moments SET version = version + 1 WHERE id = ?1 AND version = ?2`, id, version)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("store: moment %s (version %d, read at %d): %w", id, before.Version, version, ErrConflict)
		}
		if err := f(tx); err != nil {
			return err
		}
		u = Undo{Moment: id, Version: version + 1, before: &before}
		return nil
	})
	return u, err
}

// snapshot reads moment id with everything in it.
func snapshot(tx *sql.Tx, id string) (caseload.Moment, error) {
	c, err := loadTx(tx, loadOpts{cond: oneMoment, args: []any{id}, notes: true})
	if err != nil {
		return caseload.Moment{}, err
	}
	if len(c.Moments) == 0 {
		return caseload.Moment{}, fmt.Errorf("store: moment %q: %w", id, ErrNotFound)
	}
	return c.Moments[0], nil
}

// Undo takes back the write that returned u, in one transaction. It fails
// with ErrConflict when the moment changed after that write.
func (s *Store) Undo(u Undo) error {
	if u.Moment == "" {
		return fmt.Errorf("store: undo: nothing to undo")
	}
	return s.write(func(tx *sql.Tx) error {
		var v int64
		err := tx.QueryRow(`SELECT version FROM moments WHERE id = ?1`, u.Moment).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("store: undo: moment %s: %w", u.Moment, ErrConflict)
		}
		if err != nil {
			return err
		}
		if v != u.Version {
			return fmt.Errorf("store: undo: moment %s changed since (version %d, not %d): %w", u.Moment, v, u.Version, ErrConflict)
		}
		if u.before == nil {
			if _, err := tx.Exec(`DELETE FROM moments WHERE id = ?1`, u.Moment); err != nil { // cascades
				return err
			}
			return restorePatient(tx, u)
		}
		m := *u.before
		if err := restoreMoment(tx, m, u.Version+1); err != nil {
			return fmt.Errorf("store: undo: %w", err)
		}
		return nil
	})
}

// restoreMoment writes back a snapshot, keeping the ids of its rows. The
// moment's own row is updated, not replaced, so that it keeps its place.
func restoreMoment(tx *sql.Tx, m caseload.Moment, version int64) error {
	st := &stmts{tx: tx, m: map[string]*sql.Stmt{}}
	defer st.close()
	for _, table := range []string{"module_events", "measurements", "messages", "flags", "schedules", "notes"} {
		st.exec(`DELETE FROM `+table+` WHERE moment = ?1`, m.ID)
	}
	st.exec(upsertMoment, m.ID, m.PNR.String(), m.Program, m.Clinician, m.Started.String(),
		int(m.FeedbackDay), string(m.Status), m.MaintenanceFrom.String(), m.ClosedOn.String(), m.ClosingReason,
		m.Diagnosis, m.Challenge, strings.Join(m.Addons, ","), m.LastLogin.String())
	st.exec(`UPDATE moments SET version = ?2 WHERE id = ?1`, m.ID, version)
	for _, e := range m.Modules {
		st.exec(upsertModule, m.ID, e.Module, e.Opened.String(), e.Submitted.String(), e.Feedback.String())
	}
	for _, x := range m.Measurements {
		st.exec(`INSERT INTO measurements (id, moment, instrument, occasion, answered, items, total, item9)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`, x.ID, m.ID, x.Instrument, string(x.Occasion), x.Answered.String(),
			joinInts(x.Items), x.Value(), x.Item9)
	}
	for _, x := range m.Messages {
		st.exec(insertMessage, m.ID, x.From, x.At.String())
	}
	for _, f := range m.Flags {
		st.exec(upsertFlag, m.ID, f.Kind, f.Ref, f.Raised.String(), f.HandledBy, f.HandledAt.String(), f.Note)
	}
	for _, x := range m.Schedules {
		st.exec(`INSERT INTO schedules (id, moment, instrument, at_module, every_weeks, from_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
			x.ID, m.ID, x.Instrument, x.AtModule, x.EveryWeeks, x.From.String())
	}
	for _, n := range m.Notes {
		st.exec(`INSERT INTO notes (id, moment, created, copied, text) VALUES (?1, ?2, ?3, ?4, ?5)`,
			n.ID, m.ID, n.Created.String(), n.Copied.String(), n.Text)
	}
	restoreBattery(st, m) // migration 0004
	return st.err
}

// restorePatient undoes AddMoment's upsert of the patient.
func restorePatient(tx *sql.Tx, u Undo) error {
	if u.patient != nil {
		_, err := tx.Exec(`UPDATE patients SET name = ?2 WHERE pnr = ?1`, u.patient.PNR.String(), u.patient.Name)
		return err
	}
	return nil
}

// AddMoment adds a new moment (with anything already in it) and adds or
// renames its patient. It fails with ErrExists if the id is taken.
func (s *Store) AddMoment(p caseload.Patient, m caseload.Moment) (Undo, error) {
	if err := validate(caseload.Caseload{Patients: []caseload.Patient{p}, Moments: []caseload.Moment{m}}, nil); err != nil {
		return Undo{}, err
	}
	var u Undo
	err := s.write(func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM moments WHERE id = ?1`, m.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("store: moment %q: %w", m.ID, ErrExists)
		}
		var old caseload.Patient
		err := tx.QueryRow(`SELECT pnr, name FROM patients WHERE pnr = ?1`, p.PNR.String()).Scan(&old.PNR, &old.Name)
		switch {
		case err == nil:
			u.patient = &old
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if err := insertCaseload(tx, caseload.Caseload{Patients: []caseload.Patient{p}, Moments: []caseload.Moment{m}}); err != nil {
			return err
		}
		u.Moment, u.Version = m.ID, 1
		return nil
	})
	if err != nil {
		return Undo{}, err
	}
	return u, nil
}

func required(what string, s caseload.Stamp) error {
	if s.IsZero() {
		return fmt.Errorf("store: %s: no time given", what)
	}
	return nil
}

// setModule sets one column of a module's row, adding the row if needed.
func setModule(tx *sql.Tx, id, module, column string, at caseload.Stamp) error {
	if module == "" {
		return fmt.Errorf("store: no module given")
	}
	_, err := tx.Exec(`INSERT INTO module_events (moment, module, `+column+`) VALUES (?1, ?2, ?3)
ON CONFLICT (moment, module) DO UPDATE SET `+column+` = excluded.`+column, id, module, at.String())
	return err
}

// OpenModule records that module was opened for the patient at a time.
func (s *Store) OpenModule(id string, version int64, module string, at caseload.Stamp) (Undo, error) {
	if err := required("open module", at); err != nil {
		return Undo{}, err
	}
	return s.change(id, version, func(tx *sql.Tx) error { return setModule(tx, id, module, "opened", at) })
}

// SubmitModule records that the patient submitted module at a time.
func (s *Store) SubmitModule(id string, version int64, module string, at caseload.Stamp) (Undo, error) {
	if err := required("submit module", at); err != nil {
		return Undo{}, err
	}
	return s.change(id, version, func(tx *sql.Tx) error { return setModule(tx, id, module, "submitted", at) })
}

// GiveFeedback records feedback on module (if not "") and opens next (if
// not "") at the same time, as SoB does when the clinician replies.
func (s *Store) GiveFeedback(id string, version int64, module string, at caseload.Stamp, next string) (Undo, error) {
	if err := required("feedback", at); err != nil {
		return Undo{}, err
	}
	if module == "" && next == "" {
		return Undo{}, fmt.Errorf("store: feedback: neither a module nor a next module given")
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		if module != "" {
			if err := setModule(tx, id, module, "feedback", at); err != nil {
				return err
			}
		}
		if next != "" {
			return setModule(tx, id, next, "opened", at)
		}
		return nil
	})
}

// AddMessage records a message in the SoB dialogue.
func (s *Store) AddMessage(id string, version int64, msg caseload.Message) (Undo, error) {
	if msg.From != caseload.FromPatient && msg.From != caseload.FromClinician {
		return Undo{}, fmt.Errorf("store: message from %q: want patient or clinician", msg.From)
	}
	if err := required("message", msg.At); err != nil {
		return Undo{}, err
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(insertMessage, id, msg.From, msg.At.String())
		return err
	})
}

// SetLastLogin records the patient's latest login.
func (s *Store) SetLastLogin(id string, version int64, at caseload.Stamp) (Undo, error) {
	if err := required("last login", at); err != nil {
		return Undo{}, err
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE moments SET last_login = ?2 WHERE id = ?1`, id, at.String())
		return err
	})
}

// AddMeasurement records an answered rating scale, scored from its items
// (or checked as a total); the same instrument at the same time replaces it.
func (s *Store) AddMeasurement(id string, version int64, m caseload.Measurement) (Undo, error) {
	if err := required("measurement", m.Answered); err != nil {
		return Undo{}, err
	}
	if !slices.Contains(occasions, m.Occasion) {
		return Undo{}, fmt.Errorf("store: measurement occasion %q is unknown", m.Occasion)
	}
	r, _, err := score(m)
	if err != nil {
		return Undo{}, fmt.Errorf("store: %w", err)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(upsertMeasurement, id, m.Instrument, string(m.Occasion), m.Answered.String(), joinInts(m.Items), r.Score, r.Item9)
		return err
	})
}

// HandleFlag records that the clinician handled a raised flag.
func (s *Store) HandleFlag(id string, version int64, f caseload.Flag) (Undo, error) {
	if !slices.Contains(flagKinds, f.Kind) {
		return Undo{}, fmt.Errorf("store: unknown flag kind %q", f.Kind)
	}
	if err := required("handled flag", f.HandledAt); err != nil {
		return Undo{}, err
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(upsertFlag, id, f.Kind, f.Ref, f.Raised.String(), f.HandledBy, f.HandledAt.String(), f.Note)
		return err
	})
}

// AddSchedule schedules an extra measurement.
func (s *Store) AddSchedule(id string, version int64, sc caseload.Schedule) (Undo, error) {
	if field, err := checkSchedule(sc); err != nil {
		return Undo{}, fmt.Errorf("store: schedule%s: %w", field, err)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		var program string
		if err := tx.QueryRow(`SELECT program FROM moments WHERE id = ?1`, id).Scan(&program); err != nil {
			return err
		}
		if err := offered(programs.Default(), program, sc.Instrument); err != nil {
			return fmt.Errorf("store: schedule.instrument: %w", err)
		}
		_, err := tx.Exec(insertSchedule, id, sc.Instrument, sc.AtModule, sc.EveryWeeks, sc.From.String())
		return err
	})
}

// EndTreatment moves a moment to maintenance (from the day on) or closes
// it (on the day, with a reason).
func (s *Store) EndTreatment(id string, version int64, status caseload.Status, reason string, on caseload.Date) (Undo, error) {
	if on.IsZero() {
		return Undo{}, fmt.Errorf("store: end treatment: no day given")
	}
	var q string
	switch status {
	case caseload.Maintenance:
		q = `UPDATE moments SET status = 'maintenance', maintenance_from = ?2 WHERE id = ?1`
	case caseload.Closed:
		q = `UPDATE moments SET status = 'closed', closed_on = ?2, closing_reason = ?3 WHERE id = ?1`
	default:
		return Undo{}, fmt.Errorf("store: end treatment: status %q: want maintenance or closed", status)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(q, id, on.String(), reason)
		return err
	})
}

// SaveNote adds a journal note (n.ID 0) or changes the text of one, and
// returns its id.
func (s *Store) SaveNote(id string, version int64, n caseload.Note) (int64, Undo, error) {
	if err := required("note", n.Created); err != nil {
		return 0, Undo{}, err
	}
	noteID := n.ID
	u, err := s.change(id, version, func(tx *sql.Tx) error {
		if n.ID == 0 {
			res, err := tx.Exec(`INSERT INTO notes (moment, created, copied, text) VALUES (?1, ?2, ?3, ?4)`,
				id, n.Created.String(), n.Copied.String(), n.Text)
			if err != nil {
				return err
			}
			noteID, err = res.LastInsertId()
			return err
		}
		res, err := tx.Exec(`UPDATE notes SET text = ?3, copied = ?4 WHERE id = ?1 AND moment = ?2`, n.ID, id, n.Text, n.Copied.String())
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return fmt.Errorf("store: note %d of moment %s: %w", n.ID, id, ErrNotFound)
		}
		return nil
	})
	if err != nil {
		return 0, Undo{}, err
	}
	return noteID, u, nil
}

// MarkNoteCopied records when a note was copied to the clipboard for
// Cosmic. It is not a change of the moment: no version, no undo.
func (s *Store) MarkNoteCopied(noteID int64, at caseload.Stamp) error {
	if err := required("note copied", at); err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE notes SET copied = ?2 WHERE id = ?1`, noteID, at.String())
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return fmt.Errorf("store: note %d: %w", noteID, ErrNotFound)
		}
		return nil
	})
}
