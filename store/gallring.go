package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/ikbt/ikbt/usertext"
)

// Local gallring: removing a moment or a referral with everything it
// holds, so that no copy is left behind (docs/lifecycle.md "Gallring"):
//   - the rows are deleted with PRAGMA secure_delete on, which overwrites
//     the freed content with zeros;
//   - the WAL, which still holds the old pages, is checkpointed and
//     truncated to zero bytes;
//   - the file is vacuumed (rebuilt without free pages), and the WAL
//     checkpointed and truncated again;
//   - every migration backup (<file>.bak-v*) is rewritten the same way, or
//     removed if it cannot be;
//   - the files named in Dirs whose names hold the moment's or referral's
//     ID (drafts, copied notes) are removed.
// Nothing here runs unless the clinician asked for it by name.

// GallraOptions names where files of the patient may lie.
type GallraOptions struct {
	// Dirs are directories whose regular files named with the moment's or
	// referral's ID are removed (drafts, copied-note files).
	Dirs []string
}

// GallraReport says what was removed.
type GallraReport struct {
	Moment         string
	Referrals      []string
	PNR            string
	PatientRemoved bool     // the patient had nothing else in the file
	Removed        []string // files removed
	Rewritten      []string // backups rewritten without the patient
	// Left are files ikbt wrote on the clinician's word that still exist
	// and hold the patient (handover files): they went where the
	// clinician said, so ikbt names them rather than removing them.
	Left []string
}

// Gallra removes moment id with everything it holds (its closing, the
// referral that started it, its handovers' rows), and its patient if they
// have no other moment or referral.
func (s *Store) Gallra(id string, o GallraOptions) (GallraReport, error) {
	return s.gallra(id, "", o)
}

// PatientGoes reports whether gallring the moment or referral id would
// also remove its patient: the file holds nothing else of them, no other
// moment and no referral but the moment's own (deleteRows' rule, asked
// before the clinician says yes). Two index lookups, where reading the
// whole file to answer it blocked the app for seconds on a large file
// (issue 18).
func (s *Store) PatientGoes(id string) (bool, error) {
	var left int
	err := s.db.QueryRow(`SELECT (SELECT count(*) FROM moments o WHERE o.pnr = m.pnr AND o.id <> m.id)
	+ (SELECT count(*) FROM referrals r WHERE r.pnr = m.pnr AND r.moment <> m.id) FROM moments m WHERE m.id = ?1`, id).Scan(&left)
	if errors.Is(err, sql.ErrNoRows) {
		err = s.db.QueryRow(`SELECT (SELECT count(*) FROM moments o WHERE o.pnr = r.pnr)
	+ (SELECT count(*) FROM referrals o WHERE o.pnr = r.pnr AND o.id <> r.id) FROM referrals r WHERE r.id = ?1`, id).Scan(&left)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return false, refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
	}
	if err != nil {
		return false, s.wrap(err)
	}
	return left == 0, nil
}

// GallraReferral removes a referral that did not lead to a moment, and
// its patient if they have nothing else in the file.
func (s *Store) GallraReferral(id string, o GallraOptions) (GallraReport, error) {
	return s.gallra("", id, o)
}

// deleteRows deletes a moment (or a referral) and what hangs on it; it
// works on files of every schema version (tables it lacks are skipped).
func deleteRows(ctx context.Context, conn *sql.Conn, moment, referral string, r *GallraReport) error {
	has := map[string]bool{}
	rows, err := conn.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		has[n] = true
	}
	rows.Close()
	exec := func(table, q string, args ...any) error {
		if !has[table] {
			return nil
		}
		_, err := conn.ExecContext(ctx, q, args...)
		return err
	}
	var pnr string
	if moment != "" {
		err = conn.QueryRowContext(ctx, `SELECT pnr FROM moments WHERE id = ?1`, moment).Scan(&pnr)
	} else if has["referrals"] {
		err = conn.QueryRowContext(ctx, `SELECT pnr FROM referrals WHERE id = ?1`, referral).Scan(&pnr)
	} else {
		err = sql.ErrNoRows
	}
	if errors.Is(err, sql.ErrNoRows) {
		return refuse(moment+referral, ErrNotFound, &usertext.T.Store.NotFound)
	}
	if err != nil {
		return err
	}
	r.PNR = pnr
	if moment != "" {
		if has["referrals"] {
			rs, err := conn.QueryContext(ctx, `SELECT id FROM referrals WHERE moment = ?1`, moment)
			if err != nil {
				return err
			}
			for rs.Next() {
				var x string
				if err := rs.Scan(&x); err != nil {
					rs.Close()
					return err
				}
				r.Referrals = append(r.Referrals, x)
			}
			rs.Close()
		}
		if has["handovers"] {
			fs, err := conn.QueryContext(ctx, `SELECT h.file FROM handovers h JOIN handover_moments hm ON hm.handover = h.id
WHERE hm.moment = ?1 AND h.file <> ''`, moment)
			if err != nil {
				return err
			}
			for fs.Next() {
				var f string
				if err := fs.Scan(&f); err != nil {
					fs.Close()
					return err
				}
				r.Left = append(r.Left, f)
			}
			fs.Close()
		}
		for _, q := range []struct{ table, sql string }{
			{"referrals", `DELETE FROM referrals WHERE moment = ?1`},
			{"handover_moments", `DELETE FROM handover_moments WHERE moment = ?1`},
			{"closings", `DELETE FROM closings WHERE moment = ?1`},
			{"closing_checks", `DELETE FROM closing_checks WHERE moment = ?1`},
			{"moments", `DELETE FROM moments WHERE id = ?1`}, // cascades to its history
			{"measurement_ends", `DELETE FROM measurement_ends WHERE moment = ?1`},
		} {
			if err := exec(q.table, q.sql, moment); err != nil {
				return err
			}
		}
	} else {
		var m string
		if err := conn.QueryRowContext(ctx, `SELECT moment FROM referrals WHERE id = ?1`, referral).Scan(&m); err != nil {
			return err
		}
		if m != "" {
			return refuse(referral, ErrRefused, usertext.GallraTheMoment, m)
		}
		r.Referrals = []string{referral}
		if err := exec("referrals", `DELETE FROM referrals WHERE id = ?1`, referral); err != nil {
			return err
		}
	}
	if err := exec("handovers", `DELETE FROM handovers WHERE direction <> 'in' AND id NOT IN (SELECT handover FROM handover_moments)`); err != nil {
		return err
	}
	var left int
	q := `SELECT (SELECT count(*) FROM moments WHERE pnr = ?1)`
	if has["referrals"] {
		q += ` + (SELECT count(*) FROM referrals WHERE pnr = ?1)`
	}
	if err := conn.QueryRowContext(ctx, q, pnr).Scan(&left); err != nil {
		return err
	}
	if left == 0 {
		if _, err := conn.ExecContext(ctx, `DELETE FROM patients WHERE pnr = ?1`, pnr); err != nil {
			return err
		}
		r.PatientRemoved = true
	}
	return nil
}

// purge deletes the rows in one transaction on conn and leaves no copy of
// them in the file or its WAL.
func purge(ctx context.Context, conn *sql.Conn, moment, referral string, r *GallraReport) error {
	if _, err := conn.ExecContext(ctx, `PRAGMA secure_delete = ON`); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = ON`); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	if err := deleteRows(ctx, conn, moment, referral, r); err != nil {
		conn.ExecContext(ctx, "ROLLBACK")
		return err
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		conn.ExecContext(ctx, "ROLLBACK")
		return err
	}
	if err := checkpoint(ctx, conn); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "VACUUM"); err != nil {
		return err
	}
	return checkpoint(ctx, conn)
}

// checkpoint copies the WAL into the file and truncates it to zero bytes;
// it fails if a reader kept it from finishing.
func checkpoint(ctx context.Context, conn *sql.Conn) error {
	var busy, logFrames, done int
	if err := conn.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done); err != nil {
		return err
	}
	if busy != 0 {
		return refuse("", ErrLocked, usertext.GallraReader)
	}
	return nil
}

func (s *Store) gallra(moment, referral string, o GallraOptions) (GallraReport, error) {
	var r GallraReport
	r.Moment = moment
	if s.readOnly {
		return r, newErr(s.path, ErrReadOnly, usertext.ReadOnlyFile)
	}
	ctx := context.Background()
	wdb, err := s.writer()
	if err != nil {
		return r, err
	}
	conn, err := wdb.Conn(ctx)
	if err != nil {
		return r, s.wrap(err)
	}
	err = purge(ctx, conn, moment, referral, &r)
	conn.Close()
	if err != nil {
		return r, s.wrap(err)
	}
	// The reading pool's idle connections may map the old file: drop them.
	s.db.SetMaxIdleConns(0)
	s.db.SetMaxIdleConns(2)

	backups, _ := filepath.Glob(s.path + ".bak-v*")
	for _, b := range backups {
		if err := purgeFile(ctx, b, moment, referral); err != nil {
			if rmErr := os.Remove(b); rmErr != nil {
				return r, refuse(b, ErrRefused, usertext.GallraBackup).(*Error).withCause(rmErr)
			}
			os.Remove(b + "-wal")
			os.Remove(b + "-shm")
			r.Removed = append(r.Removed, b)
			continue
		}
		r.Rewritten = append(r.Rewritten, b)
	}
	var left []string
	for _, f := range r.Left {
		if _, err := os.Stat(f); err == nil {
			left = append(left, f)
		}
	}
	r.Left = left
	names := append([]string{moment}, r.Referrals...)
	for _, dir := range o.Dirs {
		entries, err := os.ReadDir(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return r, fmt.Errorf("store: %s: %w", dir, err)
		}
		for _, e := range entries {
			if !e.Type().IsRegular() || !nameHolds(e.Name(), names) {
				continue
			}
			p := filepath.Join(dir, e.Name())
			if err := os.Remove(p); err != nil {
				return r, fmt.Errorf("store: %w", err)
			}
			r.Removed = append(r.Removed, p)
		}
	}
	return r, nil
}

// nameHolds reports whether a file name holds one of ids as a whole word
// between non-ID characters (".", "_", " "…), so that moment "M-1" does
// not take the files of "M-10": "M-1.txt" and "note_M-1.txt" are its.
func nameHolds(name string, ids []string) bool {
	for _, id := range ids {
		if id == "" {
			continue
		}
		// The app's copied notes: <id>-YYYYMMDD-HHMMSS.txt, the id with
		// characters outside [A-Za-z0-9._-] made "_" (tui/copy.go).
		safe := regexp.QuoteMeta(unsafeName.ReplaceAllString(id, "_"))
		if ok, _ := regexp.MatchString(`^`+safe+`-[0-9]{8}-[0-9]{6}\.txt$`, name); ok {
			return true
		}
		for i := 0; ; {
			j := strings.Index(name[i:], id)
			if j < 0 {
				break
			}
			start, end := i+j, i+j+len(id)
			if (start == 0 || !idChar(name[start-1])) && (end == len(name) || !idChar(name[end])) {
				return true
			}
			i = start + 1
		}
	}
	return false
}

// unsafeName is what the app's copier replaces in a file name.
var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func idChar(b byte) bool {
	return b == '-' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// purgeFile removes the same rows from a backup file.
func purgeFile(ctx context.Context, path, moment, referral string) error {
	db, err := sql.Open("sqlite", dsn(path, false, false))
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var r GallraReport
	err = purge(ctx, conn, moment, referral, &r)
	if errors.Is(err, ErrNotFound) {
		// The backup does not hold it; vacuum anyway is not needed.
		return nil
	}
	return err
}
