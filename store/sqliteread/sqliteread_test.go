package sqliteread

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// newFile makes a WAL file with a table t of the kinds of value the
// store reads, through database/sql (the writer the store uses), and
// returns its path and the writing connection.
func newFile(t *testing.T) (string, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`PRAGMA journal_mode = WAL`,
		`CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, n)`,
		`INSERT INTO t VALUES (1, 42, 2.5, 'åäö', NULL), (2, -7, 3, '', 9), (3, 0, 0.0, '12', '2026-11-23T09:05')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	return path, db
}

func open(t *testing.T, path string) *Conn {
	t.Helper()
	c, err := Open("file:"+path, "busy_timeout = 5000", "cache_size = -1000")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

type status string
type small int8

// TestRowsScan reads every kind of value into every kind of destination
// the store uses, as database/sql would.
func TestRowsScan(t *testing.T) {
	path, _ := newFile(t)
	c := open(t, path)
	rows, err := c.Query(`SELECT id, i, r, s, n FROM t WHERE id >= ?1 AND s <> ?2 ORDER BY id`, 1, "never")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type row struct {
		id    int64
		i     int
		r     float64
		s     string
		n     sql.NullInt64
		named status
	}
	var got []row
	for rows.Next() {
		var x row
		var raw sql.RawBytes
		if err := rows.Scan(&x.id, &x.i, &x.r, &x.s, &raw); err != nil {
			t.Fatal(err)
		}
		if err := rows.Scan(&x.id, &x.i, &x.r, &x.named, &x.n); err != nil && x.id != 3 {
			t.Fatal(err)
		}
		if x.id == 3 && string(raw) != "2026-11-23T09:05" {
			t.Errorf("raw bytes %q", raw)
		}
		got = append(got, x)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	want := []row{
		{1, 42, 2.5, "åäö", sql.NullInt64{}, "åäö"},
		{2, -7, 3, "", sql.NullInt64{Int64: 9, Valid: true}, ""},
		{3, 0, 0, "12", sql.NullInt64{}, "12"}, // n is text that is no integer: refused, left as it was
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d", len(got), len(want))
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("row %d: got %+v, want %+v", k, got[k], want[k])
		}
	}
}

// TestRowsScanRefuses: what database/sql refuses is refused, not read
// as a zero.
func TestRowsScanRefuses(t *testing.T) {
	path, _ := newFile(t)
	c := open(t, path)
	for _, tc := range []struct {
		query string
		dest  func() any
	}{
		{`SELECT n FROM t WHERE id = 1`, func() any { return new(string) }},  // NULL into text
		{`SELECT n FROM t WHERE id = 1`, func() any { return new(int64) }},   // NULL into a number
		{`SELECT n FROM t WHERE id = 1`, func() any { return new(float64) }}, // NULL into a real
		{`SELECT s FROM t WHERE id = 1`, func() any { return new(int) }},     // text that is no number
		{`SELECT r FROM t WHERE id = 1`, func() any { return new(int64) }},   // 2.5 is no integer
		{`SELECT i FROM t WHERE id = 1`, func() any { return new(small) }},   // fits
		{`SELECT 300`, func() any { return new(small) }},                     // does not fit an int8
		{`SELECT i FROM t WHERE id = 1`, func() any { return new([]int) }},   // no such destination
	} {
		rows, err := c.Query(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if !rows.Next() {
			t.Fatal(tc.query, rows.Err())
		}
		d := tc.dest()
		err = rows.Scan(d)
		rows.Close()
		if _, ok := d.(*small); ok && tc.query != `SELECT 300` {
			if err != nil || *d.(*small) != 42 {
				t.Errorf("%s into %T: %v, %v", tc.query, d, err, *d.(*small))
			}
			continue
		}
		if err == nil {
			t.Errorf("%s into %T: accepted", tc.query, d)
		}
	}
	rows, err := c.Query(`SELECT i, r FROM t`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	rows.Next()
	var i int
	if err := rows.Scan(&i); err == nil {
		t.Error("one destination for two columns accepted")
	}
}

// TestNeverWrites: the connection cannot change the file, whatever it is
// asked, and Query runs only read-only statements.
func TestNeverWrites(t *testing.T) {
	path, db := newFile(t)
	c := open(t, path)
	for _, q := range []string{`INSERT INTO t (i) VALUES (1)`, `DELETE FROM t`, `CREATE TABLE u (a)`} {
		if _, err := c.Query(q); !errors.Is(err, ErrNotReadOnly) {
			t.Errorf("Query(%s): %v, want ErrNotReadOnly", q, err)
		}
		var e *Error
		if err := c.Exec(q); !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_READONLY {
			t.Errorf("Exec(%s): %v, want SQLITE_READONLY", q, err)
		}
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM t`).Scan(&n); err != nil || n != 3 {
		t.Errorf("rows after: %d, %v", n, err)
	}
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil || n != 1 {
		t.Errorf("schema entries after: %d, %v", n, err)
	}
}

// TestQueryRefuses: more than one statement, the wrong number of
// arguments or an argument of another type is refused before a row is
// read; an error in the SQL carries SQLite's code and message.
func TestQueryRefuses(t *testing.T) {
	path, _ := newFile(t)
	c := open(t, path)
	for _, tc := range []struct {
		q    string
		args []any
	}{
		{`SELECT 1; SELECT 2`, nil},
		{`SELECT ?1`, nil},
		{`SELECT 1`, []any{1}},
		{`SELECT ?1`, []any{[]byte("x")}},
		{`   `, nil},
	} {
		if _, err := c.Query(tc.q, tc.args...); err == nil {
			t.Errorf("Query(%q, %v) accepted", tc.q, tc.args)
		}
	}
	if _, err := c.Query(`SELECT 1;  `); err != nil {
		t.Errorf("a trailing semicolon: %v", err)
	}
	_, err := c.Query(`SELECT * FROM nosuch`)
	var e *Error
	if !errors.As(err, &e) || e.Code() != sqlite3.SQLITE_ERROR || !strings.Contains(err.Error(), "no such table: nosuch") {
		t.Errorf("unknown table: %v", err)
	}
}

// TestSnapshot: inside BEGIN ... ROLLBACK every query sees the file as
// it was at the first read, though another connection commits meanwhile;
// the next transaction sees the commit.
func TestSnapshot(t *testing.T) {
	path, db := newFile(t)
	c := open(t, path)
	count := func() int {
		rows, err := c.Query(`SELECT count(*) FROM t`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var n int
		if !rows.Next() {
			t.Fatal(rows.Err())
		}
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if err := c.Exec("BEGIN"); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 3 {
		t.Fatalf("before: %d rows", n)
	}
	if _, err := db.Exec(`INSERT INTO t (i) VALUES (5)`); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 3 {
		t.Errorf("in the same transaction after another's commit: %d rows, want 3", n)
	}
	if err := c.Exec("ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 4 {
		t.Errorf("after: %d rows, want 4", n)
	}
}

// TestOpen: a missing file is not created; a file that is not a database
// fails at the first read with SQLITE_NOTADB and is left as it was; a WAL
// file whose writers have all closed (no -wal left) reads.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	var e *Error
	if _, err := Open("file:" + missing); !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_CANTOPEN {
		t.Errorf("missing file: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file created: %v", err)
	}

	junk := filepath.Join(dir, "junk.db")
	text := strings.Repeat("not a database\n", 500)
	if err := os.WriteFile(junk, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open("file:"+junk, "cache_size = -1000"); !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_NOTADB {
		t.Errorf("not a database, with a pragma that reads it: %v", err)
	}
	c, err := Open("file:" + junk)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Query(`SELECT 1 FROM sqlite_schema`); !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_NOTADB {
		t.Errorf("not a database: %v", err)
	}
	c.Close()
	if b, err := os.ReadFile(junk); err != nil || string(b) != text {
		t.Errorf("the file changed: %v", err)
	}

	path, db := newFile(t)
	db.Close()
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("-wal left after close: %v", err)
	}
	c = open(t, path)
	rows, err := c.Query(`SELECT s FROM t WHERE id = 1`)
	if err != nil {
		t.Fatal(err)
	}
	var s string
	if !rows.Next() || rows.Scan(&s) != nil || s != "åäö" {
		t.Errorf("WAL file without -wal: %q, %v", s, rows.Err())
	}
	rows.Close()
	if err := rows.Close(); err != nil { // twice
		t.Error(err)
	}
	if err := c.Close(); err != nil {
		t.Error(err)
	}
	if err := c.Close(); err != nil { // twice
		t.Error(err)
	}
}

// TestOpenShared: a connection opened with OpenShared takes part in WAL
// as a writer's does: alone on the file, it leaves no -wal or -shm when it
// closes, where one opened with Open leaves both; its Query still runs
// only read-only statements.
func TestOpenShared(t *testing.T) {
	left := func(path string) (n int) {
		for _, suffix := range []string{"-wal", "-shm"} {
			if _, err := os.Stat(path + suffix); err == nil {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		name string
		open func(string, ...string) (*Conn, error)
		left int
	}{{"Open", Open, 2}, {"OpenShared", OpenShared, 0}} {
		t.Run(tc.name, func(t *testing.T) {
			path, db := newFile(t)
			db.Close() // the last connection: the -wal and -shm are gone
			if n := left(path); n != 0 {
				t.Fatalf("%d of -wal and -shm after the writer closed", n)
			}
			c, err := tc.open("file:"+path, "busy_timeout = 5000")
			if err != nil {
				t.Fatal(err)
			}
			var n int
			rows, err := c.Query(`SELECT count(*) FROM t`)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				if err := rows.Scan(&n); err != nil {
					t.Fatal(err)
				}
			}
			rows.Close()
			if n != 3 {
				t.Errorf("count = %d, want 3", n)
			}
			if _, err := c.Query(`DELETE FROM t`); !errors.Is(err, ErrNotReadOnly) {
				t.Errorf("Query(DELETE): %v, want ErrNotReadOnly", err)
			}
			if err := c.Close(); err != nil {
				t.Fatal(err)
			}
			if n := left(path); n != tc.left {
				t.Errorf("%d of -wal and -shm left, want %d", n, tc.left)
			}
		})
	}
}

// TestScanBytes: *[]byte gets a copy of the value, nil for NULL.
func TestScanBytes(t *testing.T) {
	path, _ := newFile(t)
	c := open(t, path)
	rows, err := c.Query(`SELECT s, n FROM t WHERE id = 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if !rows.Next() {
		t.Fatal("no row", rows.Err())
	}
	s, n := []byte("old"), []byte("old")
	if err := rows.Scan(&s, &n); err != nil {
		t.Fatal(err)
	}
	if string(s) != "åäö" || n != nil {
		t.Errorf("got %q, %v; want åäö, nil", s, n)
	}
	kept := s
	rows.Next() // the row's memory is SQLite's until Next: the copy stays
	if string(kept) != "åäö" {
		t.Errorf("the copy changed to %q", kept)
	}
}

// crashedWAL makes a WAL file whose -wal holds committed rows that were
// never checkpointed, as a writer that died leaves it: the main file and
// its -wal copied while the writer is open. It returns the copy's path.
func crashedWAL(t *testing.T) string {
	t.Helper()
	path, db := newFile(t)
	if _, err := db.Exec(`PRAGMA wal_autocheckpoint = 0`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO t (i) VALUES (7), (8)`); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(path + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "c.db"+suffix), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "c.db")
}

// TestCheckpointOnClose: with it off, the last connection to close leaves
// the main file and its -wal as they were; on (SQLite's default) it writes
// the -wal into the main file and removes it.
func TestCheckpointOnClose(t *testing.T) {
	for _, on := range []bool{false, true} {
		path := crashedWAL(t)
		main, _ := os.ReadFile(path)
		wal, _ := os.ReadFile(path + "-wal")
		c, err := OpenShared("file:"+path, "busy_timeout = 5000")
		if err != nil {
			t.Fatal(err)
		}
		if err := c.CheckpointOnClose(on); err != nil {
			t.Fatal(err)
		}
		rows, err := c.Query(`SELECT count(*) FROM t`)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		for rows.Next() {
			rows.Scan(&n)
		}
		rows.Close()
		if n != 5 {
			t.Errorf("on=%v: %d rows, want 5 (the -wal's two read too)", on, n)
		}
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
		mainAfter, _ := os.ReadFile(path)
		walAfter, walErr := os.ReadFile(path + "-wal")
		untouched := string(mainAfter) == string(main) && walErr == nil && string(walAfter) == string(wal)
		if untouched == on {
			t.Errorf("on=%v: main file and -wal untouched = %v", on, untouched)
		}
	}
}
