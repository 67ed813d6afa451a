// Package store keeps a caseload in one local SQLite file (modernc.org/sqlite,
// no cgo): schema migrations, import and export, the worklist's loading
// queries and the writes of the worklist's actions.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

var (
	// ErrConflict means the moment changed since it was read (another
	// window wrote to it): refresh and try again.
	ErrConflict = errors.New("the moment was changed elsewhere since it was read")
	// ErrNotFound means there is no such moment or note.
	ErrNotFound = errors.New("not found")
	// ErrNewerSchema means the file was written by a newer ikbt.
	ErrNewerSchema = errors.New("the database was written by a newer version of ikbt")
	// ErrCorrupt means the file is not a database or is damaged.
	ErrCorrupt = errors.New("the database file is damaged or not an ikbt database")
	// ErrReadOnly means the file (or its directory) cannot be written.
	ErrReadOnly = errors.New("the database is read-only")
)

// busyTimeout is how long a statement waits for another process's lock.
const busyTimeout = 5000 // ms

// Store is an open caseload file. It is safe for concurrent use.
type Store struct {
	path     string
	readOnly bool
	db       *sql.DB   // reads: deferred transactions see one snapshot
	wdb      *sql.DB   // writes: one connection, BEGIN IMMEDIATE, so a write never fails upgrading its lock
	verConn  *sql.Conn // PRAGMA data_version is per connection: keep one for DataVersion
}

// Open opens the caseload file at path, creating it (mode 0600, its
// directory 0700) and bringing its schema up to date. A file that cannot
// be written opens read-only if its schema is current; its writes then
// fail with ErrReadOnly.
func Open(path string) (*Store, error) { return open(path, false) }

// open is Open; readOnly forces read-only mode (tests run as root, which
// file modes do not stop).
func open(path string, readOnly bool) (*Store, error) {
	s := &Store{path: path, readOnly: readOnly}
	if err := prepareFile(path); err != nil {
		if !errors.Is(err, ErrReadOnly) {
			return nil, err
		}
		s.readOnly = true
	}
	var err error
	if s.db, err = sql.Open("sqlite", dsn(path, s.readOnly, false)); err != nil {
		return nil, s.wrap(err)
	}
	s.db.SetMaxOpenConns(8)
	err = s.check()
	if err != nil && s.readOnly && errors.Is(err, ErrReadOnly) {
		// A WAL file in a directory we cannot write has no -shm to share:
		// read it as immutable (no locks; nobody can write it from here).
		s.db.Close()
		if s.db, err = sql.Open("sqlite", dsn(path, s.readOnly, false)+"&immutable=1"); err != nil {
			return nil, s.wrap(err)
		}
		s.db.SetMaxOpenConns(8)
		err = s.check()
	}
	if err != nil {
		s.db.Close()
		return nil, err
	}
	if err := s.migrate(); err != nil {
		s.db.Close()
		return nil, err
	}
	if !s.readOnly {
		if s.wdb, err = sql.Open("sqlite", dsn(path, false, true)); err != nil {
			s.db.Close()
			return nil, s.wrap(err)
		}
		s.wdb.SetMaxOpenConns(1)
		// Open the write connection now so that WAL files exist and get their mode.
		if err := s.wdb.Ping(); err != nil {
			s.Close()
			return nil, s.wrap(err)
		}
		for _, suffix := range []string{"-wal", "-shm"} {
			if err := os.Chmod(path+suffix, 0o600); err != nil && !errors.Is(err, fs.ErrNotExist) {
				s.Close()
				return nil, fmt.Errorf("store: %s: %w", path+suffix, err)
			}
		}
	}
	if s.verConn, err = s.db.Conn(context.Background()); err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	return s, nil
}

// prepareFile creates the directory and an empty file with owner-only
// permissions, whatever the umask, so that SQLite never creates it with
// wider ones. It reports ErrReadOnly when the file or its directory
// cannot be written (WAL needs both).
func prepareFile(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("store: %s: %w: cannot create its directory", path, ErrReadOnly)
		}
		return fmt.Errorf("store: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		f.Close()
		return os.Chmod(path, 0o600)
	}
	if !errors.Is(err, fs.ErrExist) {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("store: %s: %w: cannot create the file", path, ErrReadOnly)
		}
		return fmt.Errorf("store: %w", err)
	}
	f, err = os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) || isROFS(err) {
			return fmt.Errorf("store: %s: %w: the file cannot be written", path, ErrReadOnly)
		}
		return fmt.Errorf("store: %w", err)
	}
	f.Close()
	probe, err := os.CreateTemp(dir, ".ikbt-probe-*")
	if err != nil {
		return fmt.Errorf("store: %s: %w: its directory cannot be written", path, ErrReadOnly)
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

func isROFS(err error) bool { return strings.Contains(err.Error(), "read-only file system") }

// dsn builds the modernc.org/sqlite DSN. Pragmas are applied to every
// connection of the pool. Only the write pool, opened once the file is
// known to be ours and current, sets journal_mode: it writes to the file.
func dsn(path string, readOnly, write bool) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout))
	q.Add("_pragma", "foreign_keys(1)")
	// No mmap: every connection maps the file on its own, and the pages a
	// read touches count once per mapping in the process's memory (305 MiB
	// peak for the everyone-worklist on the 10,000-moment file, 111 MiB
	// with pread, for 1.15x its wall time; issue 18, bench/scale.sh).
	q.Add("_pragma", "mmap_size(0)")
	if readOnly {
		q.Set("mode", "ro")
	}
	if write {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
		// A large import updates the measurements indexes all over: a 64 MiB
		// page cache keeps them in memory until the commit.
		q.Add("_pragma", "cache_size(-65536)")
	}
	return "file:" + (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath() + "?" + q.Encode()
}

// check reads the schema, which fails at once on a file that is not a database.
func (s *Store) check() error {
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
		return s.wrap(err)
	}
	return nil
}

// wrap turns SQLite's result codes into the package's errors, with the path.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("store: %s: %w (%v)", s.path, ErrCorrupt, err)
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN:
			if se.Code()&0xff == sqlite3.SQLITE_CANTOPEN && !s.readOnly {
				break
			}
			return fmt.Errorf("store: %s: %w (%v)", s.path, ErrReadOnly, err)
		}
	}
	return fmt.Errorf("store: %s: %w", s.path, err)
}

// Close closes the file.
func (s *Store) Close() error {
	var errs []error
	if s.verConn != nil {
		errs = append(errs, s.verConn.Close())
	}
	if s.wdb != nil {
		errs = append(errs, s.wdb.Close())
	}
	errs = append(errs, s.db.Close())
	return errors.Join(errs...)
}

// Path returns the file's path.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the file was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// HasMoments reports whether the file holds any moment.
func (s *Store) HasMoments() (bool, error) {
	var n int
	err := s.db.QueryRow("SELECT EXISTS (SELECT 1 FROM moments)").Scan(&n)
	return n == 1, s.wrap(err)
}

// DataVersion returns a number that changes when another connection (this
// process's writes included) commits to the file.
func (s *Store) DataVersion() (int64, error) {
	var v int64
	err := s.verConn.QueryRowContext(context.Background(), "PRAGMA data_version").Scan(&v)
	return v, s.wrap(err)
}

// IntegrityCheck runs PRAGMA integrity_check and returns ErrCorrupt with
// SQLite's findings when it does not answer "ok".
func (s *Store) IntegrityCheck() error {
	rows, err := s.db.Query("PRAGMA integrity_check")
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return s.wrap(err)
		}
		found = append(found, line)
	}
	if err := rows.Err(); err != nil {
		return s.wrap(err)
	}
	if len(found) == 1 && found[0] == "ok" {
		return nil
	}
	return fmt.Errorf("store: %s: %w: %s", s.path, ErrCorrupt, strings.Join(found, "; "))
}
