package store

import (
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// Undo reverses single writes (issue 14): a write records the rows of its
// moment it removed and the rows it added (a changed row is both), and
// the columns of the moment's own row it changed. Undoing checks that
// exactly those rows and columns are still as the write left them — so a
// later write to another part of the moment (a note draft, a message from
// another window) never blocks it, and a later change to the same rows
// does (ErrConflict) — then puts the old rows back. Undos of one moment
// may therefore be taken in any number, newest first.

// row is one row of a table, every column (a rowid table's rowid first).
type row struct {
	table string
	cols  []string
	vals  []any
}

// key is the row's identity for comparing images.
func (r row) key() string { return r.table + "\x00" + fmt.Sprintf("%#v", r.vals) }

// momentTable is a table that holds rows of a moment (a column "moment").
type momentTable struct {
	name  string
	cols  []string // with "rowid" first when the rowid is not a column
	rowid bool     // a rowid table
}

// derived are tables that triggers keep from others (0002): undo leaves
// them to the triggers, as every other write does.
var derived = map[string]bool{"measurement_ends": true}

// momentTables lists the tables with a column "moment", so that tables
// of later migrations are covered without a change here.
func momentTables(tx *sql.Tx) ([]momentTable, error) {
	rows, err := tx.Query(`SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'moments' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	var ts []momentTable
	for rows.Next() {
		var t momentTable
		var wr int
		if err := rows.Scan(&t.name, &wr); err != nil {
			rows.Close()
			return nil, err
		}
		t.rowid = wr == 0
		ts = append(ts, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []momentTable
	for _, t := range ts {
		cols, intPK, err := tableColumns(tx, t.name)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(cols, "moment") || derived[t.name] {
			continue
		}
		if t.rowid && !intPK {
			cols = append([]string{"rowid"}, cols...)
		}
		t.cols = cols
		out = append(out, t)
	}
	return out, nil
}

// tableColumns returns a table's columns and whether one of them is an
// INTEGER PRIMARY KEY (the rowid itself).
func tableColumns(tx *sql.Tx, table string) ([]string, bool, error) {
	rows, err := tx.Query(`SELECT name, type, pk FROM pragma_table_info(?1)`, table)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var cols []string
	pks, intPK := 0, false
	for rows.Next() {
		var name, typ string
		var pk int
		if err := rows.Scan(&name, &typ, &pk); err != nil {
			return nil, false, err
		}
		cols = append(cols, name)
		if pk > 0 {
			pks++
			intPK = strings.EqualFold(typ, "INTEGER")
		}
	}
	return cols, intPK && pks == 1, rows.Err()
}

func quoted(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = `"` + c + `"`
	}
	return strings.Join(q, ", ")
}

// image is every row of moment id outside the moments table, and the
// moment's own row (without its version).
type image struct {
	rows   map[string]row
	moment map[string]any
}

func readImage(tx *sql.Tx, ts []momentTable, id string) (image, error) {
	img := image{rows: map[string]row{}, moment: map[string]any{}}
	for _, t := range ts {
		rs, err := tx.Query(`SELECT `+quoted(t.cols)+` FROM "`+t.name+`" WHERE moment = ?1`, id)
		if err != nil {
			return img, err
		}
		for rs.Next() {
			r := row{table: t.name, cols: t.cols, vals: make([]any, len(t.cols))}
			ptrs := make([]any, len(t.cols))
			for i := range ptrs {
				ptrs[i] = &r.vals[i]
			}
			if err := rs.Scan(ptrs...); err != nil {
				rs.Close()
				return img, err
			}
			img.rows[r.key()] = r
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return img, err
		}
	}
	cols, _, err := tableColumns(tx, "moments")
	if err != nil {
		return img, err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range ptrs {
		ptrs[i] = &vals[i]
	}
	err = tx.QueryRow(`SELECT `+quoted(cols)+` FROM moments WHERE id = ?1`, id).Scan(ptrs...)
	if err == sql.ErrNoRows {
		return img, nil // no moment: an empty image
	}
	if err != nil {
		return img, err
	}
	for i, c := range cols {
		if c != "version" {
			img.moment[c] = vals[i]
		}
	}
	return img, nil
}

// diff is what a write did to a moment: the rows it removed and added,
// the moment columns it changed (before and after).
type diff struct {
	removed, added []row
	before, after  map[string]any
}

func diffImages(a, b image) diff {
	var d diff
	for k, r := range a.rows {
		if _, ok := b.rows[k]; !ok {
			d.removed = append(d.removed, r)
		}
	}
	for k, r := range b.rows {
		if _, ok := a.rows[k]; !ok {
			d.added = append(d.added, r)
		}
	}
	sortRows(d.removed)
	sortRows(d.added)
	for c, v := range b.moment {
		if fmt.Sprintf("%#v", a.moment[c]) != fmt.Sprintf("%#v", v) {
			if d.before == nil {
				d.before, d.after = map[string]any{}, map[string]any{}
			}
			d.before[c], d.after[c] = a.moment[c], v
		}
	}
	return d
}

func sortRows(rs []row) {
	slices.SortFunc(rs, func(a, b row) int { return strings.Compare(a.key(), b.key()) })
}

// where matches a row by every column (IS, so NULLs match).
func (r row) where() (string, []any) {
	conds := make([]string, len(r.cols))
	for i, c := range r.cols {
		conds[i] = fmt.Sprintf(`"%s" IS ?%d`, c, i+1)
	}
	return strings.Join(conds, " AND "), r.vals
}

// reverse checks that the diff's after-state is still there and restores
// its before-state; ErrConflict when a later write changed those rows.
func (d diff) reverse(tx *sql.Tx, id string) error {
	for _, r := range d.added {
		w, args := r.where()
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM "`+r.table+`" WHERE `+w, args...).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("store: undo: moment %s: a row of %s changed since: %w", id, r.table, ErrConflict)
		}
	}
	if len(d.after) > 0 {
		cur, err := readMomentColumns(tx, id, d.after)
		if err != nil {
			return err
		}
		for c, v := range d.after {
			if fmt.Sprintf("%#v", cur[c]) != fmt.Sprintf("%#v", v) {
				return fmt.Errorf("store: undo: moment %s: %s changed since: %w", id, c, ErrConflict)
			}
		}
	}
	for _, r := range d.added {
		w, args := r.where()
		if _, err := tx.Exec(`DELETE FROM "`+r.table+`" WHERE `+w, args...); err != nil {
			return err
		}
	}
	for _, r := range d.removed {
		ph := make([]string, len(r.cols))
		for i := range ph {
			ph[i] = fmt.Sprintf("?%d", i+1)
		}
		if _, err := tx.Exec(`INSERT INTO "`+r.table+`" (`+quoted(r.cols)+`) VALUES (`+strings.Join(ph, ", ")+`)`, r.vals...); err != nil {
			return fmt.Errorf("store: undo: moment %s: %s: %w", id, r.table, err)
		}
	}
	var set []string
	var args []any
	for c, v := range d.before {
		args = append(args, v)
		set = append(set, fmt.Sprintf(`"%s" = ?%d`, c, len(args)))
	}
	args = append(args, id)
	q := `UPDATE moments SET version = version + 1`
	if len(set) > 0 {
		q += ", " + strings.Join(set, ", ")
	}
	_, err := tx.Exec(q+fmt.Sprintf(` WHERE id = ?%d`, len(args)), args...)
	return err
}

func readMomentColumns(tx *sql.Tx, id string, want map[string]any) (map[string]any, error) {
	cols := make([]string, 0, len(want))
	for c := range want {
		cols = append(cols, c)
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range ptrs {
		ptrs[i] = &vals[i]
	}
	err := tx.QueryRow(`SELECT `+quoted(cols)+` FROM moments WHERE id = ?1`, id).Scan(ptrs...)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("store: undo: moment %s: %w", id, ErrConflict)
	}
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(cols))
	for i, c := range cols {
		out[c] = vals[i]
	}
	return out, nil
}

// sameImage reports whether two images hold the same rows and columns.
func sameImage(a, b image) bool {
	d := diffImages(a, b)
	return len(d.added) == 0 && len(d.removed) == 0 && len(d.after) == 0
}
