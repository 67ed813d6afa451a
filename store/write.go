package store

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// ErrExists is returned by AddMoment for a moment id that is taken.
var ErrExists = errors.New("a moment with this id exists")

// ErrOpenMoment is returned by AddMoment when the patient already has an
// active or maintenance moment in the same program (issue 14): a second
// one would split the patient's weeks, flags and measurements in two.
var ErrOpenMoment = errors.New("the patient already has an open moment in this program")

// Undo takes back one write: the rows of its moment the write removed
// and added and the moment columns it changed (undo.go). Undoing refuses
// (ErrConflict) when a later write changed those same rows; a write to
// other rows of the moment does not block it (issue 14).
type Undo struct {
	Moment  string
	Version int64 // the moment's Version after the write

	did     diff
	created *image            // AddMoment: the moment as created
	patient *caseload.Patient // AddMoment: the patient before (nil if new)
}

// change runs one write to moment id in a transaction: it moves the
// moment's Version on from version (ErrConflict if it had moved already),
// calls f, and records what f changed for Undo.
func (s *Store) change(id string, version int64, f func(tx *sql.Tx) error) (Undo, error) {
	var u Undo
	err := s.write(func(tx *sql.Tx) error {
		ts, err := momentTables(tx)
		if err != nil {
			return err
		}
		before, err := readImage(tx, ts, id)
		if err != nil {
			return err
		}
		if before.moment["id"] == nil {
			return refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
		}
		res, err := tx.Exec(`UPDATE moments SET version = version + 1 WHERE id = ?1 AND version = ?2`, id, version)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			var now int64
			_ = tx.QueryRow(`SELECT version FROM moments WHERE id = ?1`, id).Scan(&now)
			return fmt.Errorf("store: moment %s (version %d, read at %d): %w", id, now, version, ErrConflict)
		}
		if err := f(tx); err != nil {
			return err
		}
		after, err := readImage(tx, ts, id)
		if err != nil {
			return err
		}
		u = Undo{Moment: id, Version: version + 1, did: diffImages(before, after)}
		return nil
	})
	return u, err
}

// Undo takes back the write that returned u, in one transaction. It fails
// with ErrConflict when the rows that write changed have changed since.
func (s *Store) Undo(u Undo) error {
	if u.Moment == "" {
		return refuse("undo", ErrRefused, usertext.NothingToUndo)
	}
	return s.write(func(tx *sql.Tx) error {
		if u.created == nil {
			return u.did.reverse(tx, u.Moment)
		}
		// AddMoment: the moment goes as a whole, so only while it is as
		// it was created.
		ts, err := momentTables(tx)
		if err != nil {
			return err
		}
		now, err := readImage(tx, ts, u.Moment)
		if err != nil {
			return err
		}
		if now.moment["id"] == nil || !sameImage(*u.created, now) {
			return fmt.Errorf("store: undo: moment %s changed since it was added: %w", u.Moment, ErrConflict)
		}
		if _, err := tx.Exec(`DELETE FROM moments WHERE id = ?1`, u.Moment); err != nil { // cascades
			return err
		}
		return restorePatient(tx, u)
	})
}

// restorePatient undoes AddMoment's upsert of the patient.
func restorePatient(tx *sql.Tx, u Undo) error {
	if u.patient != nil {
		_, err := tx.Exec(`UPDATE patients SET name = ?2 WHERE pnr = ?1`, u.patient.PNR.String(), u.patient.Name)
		return err
	}
	return nil
}

// AddMoment adds a new moment (with anything already in it) and adds its
// patient. It fails with ErrExists if the id is taken, ErrNameDiffers if
// the personnummer is stored under another name (no name changes without
// the clinician saying so, issue 14), and ErrOpenMoment if the patient
// has an active or maintenance moment in the program.
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
			return refuse(m.ID, ErrExists, &usertext.T.Store.Exists)
		}
		var old caseload.Patient
		err := tx.QueryRow(`SELECT pnr, name FROM patients WHERE pnr = ?1`, p.PNR.String()).Scan(&old.PNR, &old.Name)
		switch {
		case err == nil:
			if old.Name != p.Name {
				return refuse(p.PNR.Masked(), ErrNameDiffers, &usertext.T.Store.NameDiffers)
			}
			u.patient = &old
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if m.Status == caseload.Active || m.Status == caseload.Maintenance {
			var other string
			err := tx.QueryRow(`SELECT id FROM moments WHERE pnr = ?1 AND program = ?2 AND status IN ('active', 'maintenance') LIMIT 1`,
				p.PNR.String(), m.Program).Scan(&other)
			switch {
			case err == nil:
				return refuse(p.PNR.Masked(), ErrOpenMoment, usertext.OpenMomentIn, m.Program, other)
			case !errors.Is(err, sql.ErrNoRows):
				return err
			}
		}
		if err := insertCaseload(tx, caseload.Caseload{Patients: []caseload.Patient{p}, Moments: []caseload.Moment{m}}); err != nil {
			return err
		}
		ts, err := momentTables(tx)
		if err != nil {
			return err
		}
		img, err := readImage(tx, ts, m.ID)
		if err != nil {
			return err
		}
		u.Moment, u.Version, u.created = m.ID, 1, &img
		return nil
	})
	if err != nil {
		return Undo{}, err
	}
	return u, nil
}

func required(what string, s caseload.Stamp) error {
	if s.IsZero() {
		return codef(what, usertext.MissingTime)
	}
	return nil
}

// setModule sets one column of a module's row, adding the row if needed.
func setModule(tx *sql.Tx, id, module, column string, at caseload.Stamp) error {
	if module == "" {
		return codef("module", usertext.Missing)
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
		return Undo{}, codef("feedback", usertext.FeedbackNone)
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
		return Undo{}, codef("message.from", usertext.MessageFrom, string(msg.From))
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
		return Undo{}, codef("measurement.occasion", usertext.NotOccasion, string(m.Occasion))
	}
	r, _, err := score(m)
	if err != nil {
		return Undo{}, atPath("measurement", err)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(upsertMeasurement, id, m.Instrument, string(m.Occasion), m.Answered.String(), joinInts(m.Items), r.Score, r.Item9)
		return err
	})
}

// HandleFlag records that the clinician handled a raised flag.
func (s *Store) HandleFlag(id string, version int64, f caseload.Flag) (Undo, error) {
	if !slices.Contains(flagKinds, f.Kind) {
		return Undo{}, codef("flag.kind", usertext.UnknownFlag, f.Kind)
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
		return Undo{}, err.at("schedule" + field)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		var program string
		if err := tx.QueryRow(`SELECT program FROM moments WHERE id = ?1`, id).Scan(&program); err != nil {
			return err
		}
		if r := offered(programs.Default(), program, sc.Instrument); r != nil {
			return r.at("schedule.instrument")
		}
		_, err := tx.Exec(insertSchedule, id, sc.Instrument, sc.AtModule, sc.EveryWeeks, sc.From.String())
		return err
	})
}

// EndTreatment moves a moment to maintenance (from the day on) or closes
// it (on the day, with a reason).
func (s *Store) EndTreatment(id string, version int64, status caseload.Status, reason string, on caseload.Date) (Undo, error) {
	if on.IsZero() {
		return Undo{}, codef("end treatment.day", usertext.MissingDay)
	}
	var q string
	switch status {
	case caseload.Maintenance:
		q = `UPDATE moments SET status = 'maintenance', maintenance_from = ?2 WHERE id = ?1`
	case caseload.Closed:
		q = `UPDATE moments SET status = 'closed', closed_on = ?2, closing_reason = ?3 WHERE id = ?1`
	default:
		return Undo{}, codef("end treatment.status", usertext.EndStatus, string(status))
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
			return refuse(fmt.Sprintf("%s: note %d", id, n.ID), ErrNotFound, &usertext.T.Store.NotFound)
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
			return refuse(fmt.Sprintf("note %d", noteID), ErrNotFound, &usertext.T.Store.NotFound)
		}
		return nil
	})
}
