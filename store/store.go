// Package store keeps a caseload in one local SQLite file (modernc.org/sqlite,
// no cgo): schema migrations, import and export, the worklist's loading
// queries and the writes of the worklist's actions.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ikbt/ikbt/usertext"
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

// busyTimeout is how long a statement waits for another process's lock
// (a variable for tests of ErrLocked).
var busyTimeout = 5000 // ms

// Store is an open caseload file. It is safe for concurrent use.
type Store struct {
	path     string
	readOnly bool
	db       *sql.DB  // reads: deferred transactions see one snapshot
	notices  []*Error // what opening did that the user should hear of
	raw      *rawPool // the large reads' connections (rawread.go), on db's DSN

	// The write connection and DataVersion's connection are opened on
	// first use (issue 18): each connection opens the file and parses
	// its whole schema, which was most of a small caseload's `worklist
	// --json` past start-up, and a command that only reads needs neither.
	mu      sync.Mutex
	wdb     *sql.DB   // writes: one connection, BEGIN IMMEDIATE, so a write never fails upgrading its lock; see writer
	verConn *sql.Conn // PRAGMA data_version is per connection: keep one for DataVersion
}

func isROFS(err error) bool { return strings.Contains(err.Error(), "read-only file system") }

// dsn builds the modernc.org/sqlite DSN. Pragmas are applied to every
// connection of the pool; none of them writes to the file.
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
	if !write {
		// A 1 MB page cache (SQLite's default is 2 MB) on each reading
		// connection. The reads are single passes, so a larger cache saves
		// few reads (+2 % preads for the report, +13 % for the everyone-
		// worklist), while each cached page takes an 8 KiB slot in the
		// driver's allocator and, freed when a connection closes, costs a
		// madvise for every 64 KiB past 4 MiB: 757 of them for the report,
		// ~0.1 s of CPU on this 2-core VM (pprof: Close, pcache1FreePage,
		// memory.decommit). With 1 MB: 111, and 13 % less CPU for the
		// worklist (bench/worklist.sh; docs/data.md, Speed).
		q.Add("_pragma", "cache_size(-1000)")
	}
	if readOnly {
		q.Set("mode", "ro")
	}
	if write {
		// journal_mode is not set here: ensureWAL sets it once, retrying
		// while another process holds the file (see open.go).
		q.Set("_txlock", "immediate")
		// A large import updates the measurements indexes all over: a 64 MiB
		// page cache keeps them in memory until the commit.
		q.Add("_pragma", "cache_size(-65536)")
	}
	return "file:" + (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath() + "?" + q.Encode()
}

// Close closes the file.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	if s.raw != nil {
		errs = append(errs, s.raw.close())
	}
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
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.verConn == nil {
		// Taken on the first call: data_version is only ever compared
		// between two calls on the same connection.
		c, err := s.db.Conn(context.Background())
		if err != nil {
			return 0, s.wrap(err)
		}
		s.verConn = c
	}
	var v int64
	err := s.verConn.QueryRowContext(context.Background(), "PRAGMA data_version").Scan(&v)
	return v, s.wrap(err)
}

// writer returns the write connection, opening it on the first write and
// switching the file to WAL then (ensureWAL). Every write goes through
// it (write, gallra), so none can run before the file is in WAL mode,
// exactly as when the connection was opened with the file; a file opened
// read-only never gets one.
func (s *Store) writer() (*sql.DB, error) {
	if s.readOnly {
		return nil, newErr(s.path, ErrReadOnly, usertext.ReadOnlyFile)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.wdb != nil {
		return s.wdb, nil
	}
	wdb, err := sql.Open("sqlite", dsn(s.path, false, true))
	if err != nil {
		return nil, s.wrap(err)
	}
	wdb.SetMaxOpenConns(1)
	if err := s.ensureWAL(wdb); err != nil {
		wdb.Close()
		return nil, err
	}
	if err := s.privateWAL(); err != nil {
		wdb.Close()
		return nil, err
	}
	s.wdb = wdb
	return wdb, nil
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
