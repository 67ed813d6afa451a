// Package sqliteread is a read-only SQLite connection through the C API
// that modernc.org/sqlite translates to Go (modernc.org/sqlite/lib), for
// reading many rows fast. database/sql hands every value over boxed in an
// interface (two allocations for a text) and modernc.org/sqlite opens its
// connections SQLITE_OPEN_FULLMUTEX, so every column call takes a mutex;
// here a row's values are read straight into typed variables, text can be
// borrowed without a copy, and the connection is opened
// SQLITE_OPEN_NOMUTEX: it must be used by one goroutine at a time (a Conn
// is not safe for concurrent use; database/sql never shares a connection
// either). Query runs only statements SQLite calls read-only. Open opens
// the file read-only; OpenShared read-write, so that it takes part in WAL
// as the store's other connections do, and then opening and closing do
// what any connection's do to a WAL file: recover a -wal a writer left,
// and, the last to close, checkpoint it (CheckpointOnClose turns that
// off).
//
// It serves the store's reads: identifying a file when it opens, the
// worklist and the report; every check of a file is the store's.
package sqliteread

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// Error is an SQLite error: its extended result code and message.
type Error struct {
	code int
	msg  string
}

// Code is SQLite's extended result code (the primary code in its low byte).
func (e *Error) Code() int { return e.code }

func (e *Error) Error() string {
	return fmt.Sprintf("%s (%d)", e.msg, e.code)
}

// ErrNotReadOnly refuses a statement that would write (Query runs only
// statements that SQLite says leave the file as it is).
var ErrNotReadOnly = errors.New("sqliteread: the statement is not read-only")

// Conn is a read-only connection to one database file.
type Conn struct {
	tls *libc.TLS
	db  uintptr
}

// Open opens the database at uri (a "file:" URI: its mode=ro and
// immutable=1 are honoured, other parameters ignored) for reading only,
// and runs the pragmas given ("busy_timeout = 5000", ...) on it.
func Open(uri string, pragmas ...string) (*Conn, error) {
	return openMode(uri, sqlite3.SQLITE_OPEN_READONLY, pragmas)
}

// OpenShared is Open with the file opened read-write (unless uri says
// mode=ro), as any writer's connection is, so that it takes part in WAL
// like every other connection to the file: the first to open it makes
// the -wal and -shm, the last to close checkpoints and removes them (a
// read-only connection leaves them behind). Query still runs only
// read-only statements.
func OpenShared(uri string, pragmas ...string) (*Conn, error) {
	return openMode(uri, sqlite3.SQLITE_OPEN_READWRITE, pragmas)
}

func openMode(uri string, mode int32, pragmas []string) (*Conn, error) {
	c := &Conn{tls: libc.NewTLS()}
	name, err := libc.CString(uri)
	if err != nil {
		c.tls.Close()
		return nil, err
	}
	defer libc.Xfree(c.tls, name)
	pdb := c.tls.Alloc(int(unsafe.Sizeof(uintptr(0))))
	rc := sqlite3.Xsqlite3_open_v2(c.tls, name, pdb,
		mode|sqlite3.SQLITE_OPEN_NOMUTEX|sqlite3.SQLITE_OPEN_URI, 0)
	c.db = *(*uintptr)(cmem(pdb))
	c.tls.Free(int(unsafe.Sizeof(uintptr(0))))
	if rc != sqlite3.SQLITE_OK {
		err := c.err(rc)
		c.Close() // sqlite3_open_v2 may leave a handle that holds the message
		return nil, err
	}
	sqlite3.Xsqlite3_extended_result_codes(c.tls, c.db, 1)
	for _, p := range pragmas {
		if err := c.Exec("PRAGMA " + p); err != nil {
			c.Close()
			return nil, err
		}
	}
	return c, nil
}

// Close closes the connection; a statement not closed is finalised.
func (c *Conn) Close() error {
	if c.tls == nil {
		return nil
	}
	var err error
	if c.db != 0 {
		if rc := sqlite3.Xsqlite3_close_v2(c.tls, c.db); rc != sqlite3.SQLITE_OK {
			err = c.err(rc)
		}
		c.db = 0
	}
	c.tls.Close()
	c.tls = nil
	return err
}

// err is the connection's error for the result code rc.
func (c *Conn) err(rc int32) error {
	msg := ""
	if c.db != 0 {
		msg = libc.GoString(sqlite3.Xsqlite3_errmsg(c.tls, c.db))
		if x := sqlite3.Xsqlite3_extended_errcode(c.tls, c.db); x&0xff == rc&0xff {
			rc = x
		}
	}
	if msg == "" {
		msg = libc.GoString(sqlite3.Xsqlite3_errstr(c.tls, rc))
	}
	return &Error{code: int(rc), msg: msg}
}

// CheckpointOnClose sets whether closing the connection, when it is the
// last one to the file, checkpoints a WAL file: writes the -wal's pages
// into the main file and removes the -wal (SQLite's default, on). Off,
// closing leaves the main file and its -wal as they are
// (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
func (c *Conn) CheckpointOnClose(on bool) error {
	off := int32(1)
	if on {
		off = 0
	}
	const vaSlot = 8 // libc.VaList's stride per argument, on every target
	va := c.tls.Alloc(2 * vaSlot)
	defer c.tls.Free(2 * vaSlot)
	if rc := sqlite3.Xsqlite3_db_config(c.tls, c.db, sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, libc.VaList(va, off, uintptr(0))); rc != sqlite3.SQLITE_OK {
		return c.err(rc)
	}
	return nil
}

// Exec runs statements that return no rows (BEGIN, ROLLBACK, PRAGMA).
func (c *Conn) Exec(sql string) error {
	z, err := libc.CString(sql)
	if err != nil {
		return err
	}
	defer libc.Xfree(c.tls, z)
	if rc := sqlite3.Xsqlite3_exec(c.tls, c.db, z, 0, 0, 0); rc != sqlite3.SQLITE_OK {
		return c.err(rc)
	}
	return nil
}

// Query prepares one read-only statement with its arguments (string,
// int, int64 or float64, bound to ?1, ?2, ...) and returns its rows.
func (c *Conn) Query(query string, args ...any) (*Rows, error) {
	r := &Rows{c: c}
	z, err := libc.CString(query)
	if err != nil {
		return nil, err
	}
	r.cstrs = append(r.cstrs, z)
	out := c.tls.Alloc(2 * int(unsafe.Sizeof(uintptr(0))))
	rc := sqlite3.Xsqlite3_prepare_v2(c.tls, c.db, z, -1, out, out+unsafe.Sizeof(uintptr(0)))
	r.stmt = *(*uintptr)(cmem(out))
	tail := *(*uintptr)(cmem(out + unsafe.Sizeof(uintptr(0))))
	c.tls.Free(2 * int(unsafe.Sizeof(uintptr(0))))
	if rc != sqlite3.SQLITE_OK {
		err := c.err(rc)
		r.Close()
		return nil, err
	}
	if r.stmt == 0 {
		r.Close()
		return nil, fmt.Errorf("sqliteread: no statement in %q", query)
	}
	if rest := libc.GoString(tail); !blank(rest) {
		r.Close()
		return nil, fmt.Errorf("sqliteread: more than one statement in %q", query)
	}
	if sqlite3.Xsqlite3_stmt_readonly(c.tls, r.stmt) == 0 {
		r.Close()
		return nil, ErrNotReadOnly
	}
	if n := int(sqlite3.Xsqlite3_bind_parameter_count(c.tls, r.stmt)); n != len(args) {
		r.Close()
		return nil, fmt.Errorf("sqliteread: %d arguments for %d parameters", len(args), n)
	}
	for i, a := range args {
		if err := r.bind(int32(i+1), a); err != nil {
			r.Close()
			return nil, err
		}
	}
	r.cols = int(sqlite3.Xsqlite3_column_count(c.tls, r.stmt))
	return r, nil
}

func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', ';':
		default:
			return false
		}
	}
	return true
}

// Rows are the rows of a query, read one at a time with Next.
type Rows struct {
	c     *Conn
	stmt  uintptr
	cstrs []uintptr // C copies of the query and text arguments, freed at Close
	cols  int
	err   error
	done  bool
}

func (r *Rows) bind(i int32, a any) error {
	var rc int32
	switch v := a.(type) {
	case string:
		z, err := libc.CString(v)
		if err != nil {
			return err
		}
		r.cstrs = append(r.cstrs, z)
		rc = sqlite3.Xsqlite3_bind_text(r.c.tls, r.stmt, i, z, int32(len(v)), 0) // static: freed after finalize
	case int:
		rc = sqlite3.Xsqlite3_bind_int64(r.c.tls, r.stmt, i, int64(v))
	case int64:
		rc = sqlite3.Xsqlite3_bind_int64(r.c.tls, r.stmt, i, v)
	case float64:
		rc = sqlite3.Xsqlite3_bind_double(r.c.tls, r.stmt, i, v)
	default:
		return fmt.Errorf("sqliteread: argument %d: cannot bind %T", i, a)
	}
	if rc != sqlite3.SQLITE_OK {
		return r.c.err(rc)
	}
	return nil
}

// Next steps to the next row; false at the end or on an error (Err).
func (r *Rows) Next() bool {
	if r.done || r.stmt == 0 {
		return false
	}
	switch rc := sqlite3.Xsqlite3_step(r.c.tls, r.stmt); rc {
	case sqlite3.SQLITE_ROW:
		return true
	case sqlite3.SQLITE_DONE:
		r.done = true
		return false
	default:
		r.err = r.c.err(rc)
		r.done = true
		return false
	}
}

// Err is the error that ended Next, if any.
func (r *Rows) Err() error { return r.err }

// Close finalises the statement. It is safe to call more than once.
func (r *Rows) Close() error {
	if r.stmt != 0 {
		sqlite3.Xsqlite3_finalize(r.c.tls, r.stmt)
		r.stmt = 0
	}
	for _, z := range r.cstrs {
		libc.Xfree(r.c.tls, z)
	}
	r.cstrs = nil
	r.done = true
	return nil
}

// Columns is the number of columns of a row.
func (r *Rows) Columns() int { return r.cols }

// Null reports whether column i (from 0) of the row is NULL.
func (r *Rows) Null(i int) bool {
	return sqlite3.Xsqlite3_column_type(r.c.tls, r.stmt, int32(i)) == sqlite3.SQLITE_NULL
}

// Int64 is column i as an integer (SQLite's conversion: NULL is 0).
func (r *Rows) Int64(i int) int64 {
	return sqlite3.Xsqlite3_column_int64(r.c.tls, r.stmt, int32(i))
}

// Float64 is column i as a real (NULL is 0).
func (r *Rows) Float64(i int) float64 {
	return sqlite3.Xsqlite3_column_double(r.c.tls, r.stmt, int32(i))
}

// Bytes is column i as text, borrowed: valid only until the next call of
// Next or Close, and never to be written to. NULL is empty.
func (r *Rows) Bytes(i int) []byte {
	b, _ := r.text(i)
	return b
}

// text is Bytes, and whether the value is NULL.
func (r *Rows) text(i int) (b []byte, null bool) {
	p := sqlite3.Xsqlite3_column_text(r.c.tls, r.stmt, int32(i))
	if p == 0 { // NULL, or no memory to convert the value
		if sqlite3.Xsqlite3_column_type(r.c.tls, r.stmt, int32(i)) == sqlite3.SQLITE_NULL {
			return nil, true
		}
		return nil, false
	}
	n := sqlite3.Xsqlite3_column_bytes(r.c.tls, r.stmt, int32(i))
	if n == 0 {
		return nil, false
	}
	return unsafe.Slice((*byte)(cmem(p)), n), false
}

// Text is column i as text, copied (NULL is "").
func (r *Rows) Text(i int) string { return string(r.Bytes(i)) }

// Scan reads the row into dest, one pointer a column, as database/sql's
// Scan does for these types: *string, *int, *int64, *float64, *bool and
// *sql.RawBytes (borrowed text, valid until Next), *[]byte (a copy; NULL
// is nil) and *sql.NullInt64.
// Text read into a number is parsed as database/sql would, and an
// unparsable one is an error, not a zero.
func (r *Rows) Scan(dest ...any) error {
	if len(dest) != r.cols {
		return fmt.Errorf("sqliteread: %d destinations for %d columns", len(dest), r.cols)
	}
	for i, d := range dest {
		switch d := d.(type) {
		case *string:
			b, null := r.text(i)
			if null {
				return fmt.Errorf("sqliteread: column %d: NULL is not text", i)
			}
			*d = string(b)
		case *sql.RawBytes:
			*d = r.Bytes(i)
		case *[]byte:
			if r.Null(i) {
				*d = nil
				continue
			}
			*d = bytes.Clone(r.Bytes(i))
		case *int64:
			v, err := r.integer(i)
			if err != nil {
				return err
			}
			*d = v
		case *int:
			v, err := r.integer(i)
			if err != nil {
				return err
			}
			*d = int(v)
		case *bool:
			v, err := r.integer(i)
			if err != nil {
				return err
			}
			*d = v != 0
		case *float64:
			v, err := r.real(i)
			if err != nil {
				return err
			}
			*d = v
		case *sql.NullInt64:
			if r.Null(i) {
				*d = sql.NullInt64{}
				continue
			}
			v, err := r.integer(i)
			if err != nil {
				return err
			}
			*d = sql.NullInt64{Int64: v, Valid: true}
		default:
			if err := r.scanKind(i, d); err != nil {
				return err
			}
		}
	}
	return nil
}

// scanKind scans column i into a pointer to a type of kind string, int
// or float (a named type such as a status), as database/sql does.
func (r *Rows) scanKind(i int, d any) error {
	v := reflect.ValueOf(d)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("sqliteread: column %d: cannot scan into %T", i, d)
	}
	e := v.Elem()
	switch e.Kind() {
	case reflect.String:
		b, null := r.text(i)
		if null {
			return fmt.Errorf("sqliteread: column %d: NULL is not text", i)
		}
		e.SetString(string(b))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := r.integer(i)
		if err != nil {
			return err
		}
		if e.OverflowInt(n) {
			return fmt.Errorf("sqliteread: column %d: %d does not fit %T", i, n, d)
		}
		e.SetInt(n)
	case reflect.Float32, reflect.Float64:
		f, err := r.real(i)
		if err != nil {
			return err
		}
		e.SetFloat(f)
	default:
		return fmt.Errorf("sqliteread: column %d: cannot scan into %T", i, d)
	}
	return nil
}

// real is column i as a real; text that is not a number is an error, and
// NULL is one as well (as in database/sql).
func (r *Rows) real(i int) (float64, error) {
	switch sqlite3.Xsqlite3_column_type(r.c.tls, r.stmt, int32(i)) {
	case sqlite3.SQLITE_INTEGER, sqlite3.SQLITE_FLOAT:
		return r.Float64(i), nil
	case sqlite3.SQLITE_NULL:
		return 0, fmt.Errorf("sqliteread: column %d: NULL is not a number", i)
	}
	v, err := strconv.ParseFloat(string(r.Bytes(i)), 64)
	if err != nil {
		return 0, fmt.Errorf("sqliteread: column %d: %w", i, err)
	}
	return v, nil
}

// integer is column i as an integer; text that is not one is an error
// (database/sql refuses it too), and NULL is one as well.
func (r *Rows) integer(i int) (int64, error) {
	switch sqlite3.Xsqlite3_column_type(r.c.tls, r.stmt, int32(i)) {
	case sqlite3.SQLITE_INTEGER:
		return r.Int64(i), nil
	case sqlite3.SQLITE_FLOAT:
		f := r.Float64(i)
		if f != float64(int64(f)) {
			return 0, fmt.Errorf("sqliteread: column %d: %v is not an integer", i, f)
		}
		return int64(f), nil
	case sqlite3.SQLITE_NULL:
		return 0, fmt.Errorf("sqliteread: column %d: NULL is not an integer", i)
	}
	v, err := strconv.ParseInt(string(r.Bytes(i)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("sqliteread: column %d: %w", i, err)
	}
	return v, nil
}

// cmem is C memory at p (SQLite's, from libc's allocator: never moved or
// collected by Go) as a pointer. The conversion goes through a variable,
// as go vet asks of a uintptr that is not Go memory.
func cmem(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }
