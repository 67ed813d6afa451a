package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/usertext"
	"modernc.org/sqlite"
)

// ErrNotEmpty is returned by ImportNew for a file that already holds moments.
var ErrNotEmpty = errors.New("the database already holds moments")

// Upserts by each table's key. An update happens only when a value
// differs, so importing the same data again changes nothing (and bumps no
// version); rows absent from the import are kept.
const (
	upsertPatient = `INSERT INTO patients (pnr, name) VALUES (?1, ?2)
ON CONFLICT (pnr) DO UPDATE SET name = excluded.name WHERE name <> excluded.name`

	upsertMoment = `INSERT INTO moments (id, pnr, program, clinician, started, feedback_day, status,
	maintenance_from, closed_on, closing_reason, diagnosis, challenge, addons, last_login)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
ON CONFLICT (id) DO UPDATE SET version = version + 1,
	pnr = excluded.pnr, program = excluded.program, clinician = excluded.clinician, started = excluded.started,
	feedback_day = excluded.feedback_day, status = excluded.status, maintenance_from = excluded.maintenance_from,
	closed_on = excluded.closed_on, closing_reason = excluded.closing_reason, diagnosis = excluded.diagnosis,
	challenge = excluded.challenge, addons = excluded.addons, last_login = excluded.last_login
WHERE (pnr, program, clinician, started, feedback_day, status, maintenance_from, closed_on, closing_reason,
	diagnosis, challenge, addons, last_login) <> (excluded.pnr, excluded.program, excluded.clinician,
	excluded.started, excluded.feedback_day, excluded.status, excluded.maintenance_from, excluded.closed_on,
	excluded.closing_reason, excluded.diagnosis, excluded.challenge, excluded.addons, excluded.last_login)`

	upsertModule = `INSERT INTO module_events (moment, module, opened, submitted, feedback) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (moment, module) DO UPDATE SET opened = excluded.opened, submitted = excluded.submitted, feedback = excluded.feedback
WHERE (opened, submitted, feedback) <> (excluded.opened, excluded.submitted, excluded.feedback)`

	upsertMeasurement = `INSERT INTO measurements (moment, instrument, occasion, answered, items, total, item9)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (moment, instrument, answered) DO UPDATE SET occasion = excluded.occasion, items = excluded.items,
	total = excluded.total, item9 = excluded.item9
WHERE (occasion, items, total, item9) <> (excluded.occasion, excluded.items, excluded.total, excluded.item9)`

	insertMessage = `INSERT OR IGNORE INTO messages (moment, sender, at) VALUES (?1, ?2, ?3)`

	upsertFlag = `INSERT INTO flags (moment, kind, ref, raised, handled_by, handled_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (moment, kind, ref) DO UPDATE SET raised = excluded.raised, handled_by = excluded.handled_by,
	handled_at = excluded.handled_at, note = excluded.note
WHERE (raised, handled_by, handled_at, note) <> (excluded.raised, excluded.handled_by, excluded.handled_at, excluded.note)`

	insertSchedule = `INSERT OR IGNORE INTO schedules (moment, instrument, at_module, every_weeks, from_day) VALUES (?1, ?2, ?3, ?4, ?5)`

	// Notes have no natural key: one with the same moment, time and text is the same note.
	insertNote = `INSERT INTO notes (moment, created, copied, text) SELECT ?1, ?2, ?3, ?4
WHERE NOT EXISTS (SELECT 1 FROM notes WHERE moment = ?1 AND created = ?2 AND text = ?4)`

	bumpVersion = `UPDATE moments SET version = version + 1 WHERE id = ?1`
)

// Import writes c in one transaction, after checking all of it: one bad
// record refuses everything. Rows are matched by their keys (patient
// personnummer, moment id, module, measurement instrument and time, …),
// so importing the same data twice changes nothing. A moment whose data
// changed gets a new Version. The identity rule (CheckIdentity) holds
// without renames: see ImportWith.
func (s *Store) Import(c caseload.Caseload) error {
	_, err := s.ImportWith(c, ImportOptions{})
	return err
}

// ImportOptions are the clinician's explicit choices for an import.
type ImportOptions struct {
	// Rename lets the import change the name of a patient the file knows
	// (ikbt import --rename); without it such a change refuses the import.
	Rename bool
}

// ImportResult says what an import did beyond adding rows.
type ImportResult struct {
	Renamed []Rename
}

// ImportWith is Import with options; it checks c against the file's
// identities (CheckIdentity) in the transaction that writes it.
func (s *Store) ImportWith(c caseload.Caseload, o ImportOptions) (ImportResult, error) {
	return s.importCaseload(c, false, o)
}

// ImportNew is Import into a file without moments; it fails with
// ErrNotEmpty otherwise (checked in the same transaction), so that demo
// data never mixes with a real caseload.
func (s *Store) ImportNew(c caseload.Caseload) error {
	_, err := s.importCaseload(c, true, ImportOptions{})
	return err
}

func (s *Store) importCaseload(c caseload.Caseload, empty bool, o ImportOptions) (ImportResult, error) {
	var res ImportResult
	if err := validate(c, nil); err != nil {
		return res, err
	}
	err := s.write(func(tx *sql.Tx) error {
		if empty {
			var n int
			if err := tx.QueryRow("SELECT EXISTS (SELECT 1 FROM moments)").Scan(&n); err != nil {
				return err
			}
			if n == 1 {
				return &Error{Path: s.path, Err: ErrNotEmpty, Code: usertext.NotEmpty}
			}
		}
		k, err := known(tx, c)
		if err != nil {
			return err
		}
		if res.Renamed, err = CheckIdentity(k, c, o.Rename); err != nil {
			return err
		}
		return insertCaseload(tx, c)
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// write runs f in one immediate transaction on the write connection.
func (s *Store) write(f func(tx *sql.Tx) error) error {
	wdb, err := s.writer()
	if err != nil {
		return err
	}
	tx, err := wdb.BeginTx(context.Background(), nil)
	if err != nil {
		return s.wrap(err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		var se *sqlite.Error
		if errors.As(err, &se) {
			return s.wrap(err)
		}
		return err
	}
	return s.wrap(tx.Commit())
}

// stmts prepares statements once per transaction.
type stmts struct {
	tx  *sql.Tx
	m   map[string]*sql.Stmt
	err error
}

// exec runs a prepared statement and reports whether it changed a row.
func (st *stmts) exec(query string, args ...any) bool {
	if st.err != nil {
		return false
	}
	p, ok := st.m[query]
	if !ok {
		if p, st.err = st.tx.Prepare(query); st.err != nil {
			return false
		}
		st.m[query] = p
	}
	res, err := p.Exec(args...)
	if err != nil {
		st.err = err
		return false
	}
	n, _ := res.RowsAffected()
	return n > 0
}

func (st *stmts) close() {
	for _, p := range st.m {
		p.Close()
	}
}

func insertCaseload(tx *sql.Tx, c caseload.Caseload) error {
	st := &stmts{tx: tx, m: map[string]*sql.Stmt{}}
	defer st.close()
	for _, p := range c.Patients {
		st.exec(upsertPatient, p.PNR.String(), p.Name)
	}
	handed, err := handedOverIDs(tx)
	if err != nil {
		return err
	}
	for i := range c.Moments {
		m := &c.Moments[i]
		if handed[m.ID] {
			same, err := sameHandedOver(tx, *m)
			if err != nil {
				return err
			}
			if !same {
				return codef(fmt.Sprintf("moments[%d]", i), usertext.HandedOverChanged, m.ID)
			}
			insertHistoryOf(st, m)
			continue
		}
		momentChanged := st.exec(upsertMoment, m.ID, m.PNR.String(), m.Program, m.Clinician, m.Started.String(),
			int(m.FeedbackDay), string(m.Status), m.MaintenanceFrom.String(), m.ClosedOn.String(), m.ClosingReason,
			m.Diagnosis, m.Challenge, strings.Join(m.Addons, ","), m.LastLogin.String())
		changed := insertChildren(st, m)
		insertHistoryOf(st, m) // outside the Version: no bump
		if changed && !momentChanged {
			st.exec(bumpVersion, m.ID)
		}
		if st.err != nil {
			return fmt.Errorf("moments[%d] (%s): %w", i, m.ID, st.err)
		}
	}
	insertLifecycle(st, c)
	return st.err
}

// insertChildren upserts what happened in m and reports whether anything changed.
func insertChildren(st *stmts, m *caseload.Moment) bool {
	changed := false
	for _, e := range m.Modules {
		changed = st.exec(upsertModule, m.ID, e.Module, e.Opened.String(), e.Submitted.String(), e.Feedback.String()) || changed
	}
	for _, x := range m.Measurements {
		r, _, err := score(x)
		if err != nil {
			if st.err == nil {
				st.err = err
			}
			return false
		}
		changed = st.exec(upsertMeasurement, m.ID, x.Instrument, string(x.Occasion), x.Answered.String(),
			joinInts(x.Items), r.Score, r.Item9) || changed
	}
	for _, x := range m.Messages {
		changed = st.exec(insertMessage, m.ID, x.From, x.At.String()) || changed
	}
	for _, f := range m.Flags {
		changed = st.exec(upsertFlag, m.ID, f.Kind, f.Ref, f.Raised.String(), f.HandledBy, f.HandledAt.String(), f.Note) || changed
	}
	for _, sc := range m.Schedules {
		changed = st.exec(insertSchedule, m.ID, sc.Instrument, sc.AtModule, sc.EveryWeeks, sc.From.String()) || changed
	}
	for _, n := range m.Notes {
		changed = st.exec(insertNote, m.ID, n.Created.String(), n.Copied.String(), n.Text) || changed
	}
	changed = writeBattery(st, m) || changed // migration 0004
	return changed
}
