package store

import (
	"bytes"
	"database/sql"
	"errors"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/ikbt/ikbt/caseload"
)

// handedOverIDs are the moments of the file handed over to another unit:
// read-only until gallring (migration 0006's triggers refuse every row).
// A file migrated from before 0006 has none.
func handedOverIDs(tx *sql.Tx) (map[string]bool, error) {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'handed_over'`).Scan(&n); err != nil || n == 0 {
		return nil, err
	}
	rows, err := tx.Query(`SELECT moment FROM handed_over`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// sameHandedOver reports whether m, from a file being imported, is the
// handed-over moment as stored: then the import leaves it alone (an export
// imported again changes nothing); otherwise the file would change a
// read-only moment and the import is refused. The copied-note history is
// outside the comparison: it is kept, not changed, by an import.
func sameHandedOver(tx *sql.Tx, m caseload.Moment) (bool, error) {
	c, err := loadTx(tx, loadOpts{cond: `m.id = ?1`, args: []any{m.ID}, notes: true})
	if err != nil || len(c.Moments) != 1 {
		return false, err
	}
	stored := c.Moments[0]
	stored.History, m.History = nil, nil
	var a, b bytes.Buffer
	if err := EncodeJSON(&a, caseload.Caseload{Moments: []caseload.Moment{stored}}); err != nil {
		return false, err
	}
	if err := EncodeJSON(&b, caseload.Caseload{Moments: []caseload.Moment{m}}); err != nil {
		return false, err
	}
	return bytes.Equal(a.Bytes(), b.Bytes()), nil
}

// ErrHandedOver means a write reached a moment handed over to another
// unit, which is read-only until gallring (manual 8.2.3).
var ErrHandedOver = errors.New("the moment is handed over to another unit and read-only")

// handedOverTrigger is the message of migration 0006's triggers.
const handedOverTrigger = "handed over to another unit and read-only"

// isHandedOver reports whether err is one of those triggers' refusals.
func isHandedOver(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT && strings.Contains(se.Error(), handedOverTrigger)
}
