package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/ikbt/ikbt/store/sqliteread"
	"github.com/ikbt/ikbt/usertext"
)

// applicationID marks an ikbt file in its header (PRAGMA application_id,
// "IKBT" in ASCII), set by migration 0003 and by every newer file.
const applicationID = 0x494B4254

// appIDVersion is the first schema version that sets applicationID: files
// of older versions are recognised by their tables alone.
const appIDVersion = 3

// Options say how to open a file.
type Options struct {
	// Create makes a missing file (and its directory) and initialises an
	// empty one. Without it a missing or empty file is refused: commands
	// that only read never create a file.
	Create bool
	// ReadOnly opens for reading only (tests: root ignores file modes).
	ReadOnly bool
}

// Open opens the caseload file at path, creating it (mode 0600, its
// directory 0700) and bringing its schema up to date. A file that cannot
// be written opens read-only if its schema is current; its writes then
// fail with ErrReadOnly. A file that is not ours is refused unchanged.
func Open(path string) (*Store, error) { return OpenWith(path, Options{Create: true}) }

// OpenWith is Open with options.
func OpenWith(path string, o Options) (*Store, error) { return openOpts(path, o) }

// open is Open; readOnly forces read-only mode.
func open(path string, readOnly bool) (*Store, error) {
	return openOpts(path, Options{Create: true, ReadOnly: readOnly})
}

// Notices are what opening did that the user should hear of (a file's
// permissions tightened, a backup made before migrating), as Errors with
// ErrNotice for their sentinel.
func (s *Store) Notices() []*Error { return s.notices }

// ErrNotice is the sentinel of a Notice: nothing failed.
var ErrNotice = errors.New("notice")

func openOpts(path string, o Options) (*Store, error) {
	s := &Store{path: path, readOnly: o.ReadOnly}
	walBefore := exists(path + "-wal")
	created, err := prepareFile(path, o.Create)
	if err != nil {
		if !errors.Is(err, ErrReadOnly) {
			return nil, err
		}
		s.readOnly = true
	}
	if !created && !o.Create {
		if fi, err := os.Stat(path); err == nil && fi.Size() == 0 {
			return nil, newErr(path, ErrNotOurs, usertext.NotOursEmpty)
		}
	}
	immutable := ""
	if s.readOnly && !walBefore {
		// Nobody can write a read-only file from here, and without a -wal
		// the file is whole: reading it as immutable leaves no empty
		// -wal and -shm behind (a read-only connection cannot remove them).
		immutable = "&immutable=1"
	}
	readDSN := dsn(path, s.readOnly, false) + immutable
	if s.db, err = sql.Open("sqlite", readDSN); err != nil {
		return nil, s.wrap(err)
	}
	s.db.SetMaxOpenConns(8)
	// database/sql connects on first use: a command that only reads (the
	// worklist, the report) reads on the sqliteread connection that
	// identify opens and never opens one of its own.
	s.raw = newRawPool(readDSN)
	st, err := s.identify(o.Create, walBefore)
	if err != nil && s.readOnly && immutable == "" && errors.Is(err, ErrReadOnly) {
		// A WAL file in a directory we cannot write has no -shm to share:
		// read it as immutable (no locks; nobody can write it from here).
		s.db.Close()
		s.raw.close()
		readDSN = dsn(path, s.readOnly, false) + "&immutable=1"
		if s.db, err = sql.Open("sqlite", readDSN); err != nil {
			return nil, s.wrap(err)
		}
		s.db.SetMaxOpenConns(8)
		s.raw = newRawPool(readDSN)
		st, err = s.identify(o.Create, walBefore)
	}
	if err == nil {
		s.tighten()
		err = s.migrate(st)
	}
	if err != nil {
		s.raw.close()
		s.db.Close()
		return nil, err
	}
	if !s.readOnly {
		// The reading connection made the -wal and -shm of a WAL file
		// (SQLite gives them the file's mode); the write connection and
		// the switch to WAL wait for the first write (writer).
		if err := s.privateWAL(); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// privateWAL makes the file's -wal and -shm owner-only, where they exist.
func (s *Store) privateWAL() error {
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Chmod(s.path+suffix, 0o600); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("store: %s: %w", s.path+suffix, err)
		}
	}
	return nil
}

func exists(path string) bool { _, err := os.Lstat(path); return err == nil }

// prepareFile creates the directory and an empty file with owner-only
// permissions, whatever the umask, so that SQLite never creates it with
// wider ones; without create a missing file is ErrNoFile. It reports
// ErrReadOnly when the file or its directory cannot be written (WAL needs
// both), and whether it created the file.
func prepareFile(path string, create bool) (created bool, err error) {
	dir := filepath.Dir(path)
	if !create {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return false, newErr(path, ErrNoFile, usertext.NoFile)
		}
	} else {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			if errors.Is(err, fs.ErrPermission) {
				return false, newErr(path, ErrReadOnly, usertext.ReadOnlyDir).withCause(err)
			}
			return false, fmt.Errorf("store: %w", err)
		}
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			created, err := createWhole(path)
			if err != nil {
				if errors.Is(err, fs.ErrPermission) {
					return false, newErr(path, ErrReadOnly, usertext.ReadOnlyCreate).withCause(err)
				}
				return false, fmt.Errorf("store: %s: %w", path, err)
			}
			if created {
				return true, nil
			}
		}
	}
	fi, err := os.Stat(path)
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	if fi.IsDir() {
		return false, newErr(path, ErrNotOurs, usertext.NotOursDir)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) || isROFS(err) {
			return false, newErr(path, ErrReadOnly, usertext.ReadOnlyFile)
		}
		return false, fmt.Errorf("store: %w", err)
	}
	f.Close()
	if !dirWritable(dir) {
		return false, newErr(path, ErrReadOnly, usertext.ReadOnlyDir)
	}
	return false, nil
}

// createWhole makes a new ikbt file beside path, with every migration and
// in WAL mode, and links it into place only when whole: at path there is
// never a half-made file, and of two processes creating it at once one
// wins and the other opens the winner's (created false, no error). Where
// the file system has no hard links, an empty file is created in place
// and migrate initialises it under the write lock.
func createWhole(path string) (created bool, err error) {
	removeStale(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".new-*"))
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".new-*")
	if err != nil {
		return false, err
	}
	tmp := f.Name()
	f.Close()
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(tmp + suffix)
		}
	}()
	if err := os.Chmod(tmp, 0o600); err != nil {
		return false, err
	}
	if err := initFile(tmp); err != nil {
		return false, err
	}
	if err := syncFile(tmp); err != nil {
		return false, err
	}
	err = os.Link(tmp, path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrExist):
		return false, nil
	}
	// No hard links here: an empty file, initialised by migrate.
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		f.Close()
		return true, os.Chmod(path, 0o600)
	}
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	}
	return false, err
}

// initFile runs every migration on the new empty file at path in one
// transaction and switches it to WAL; nobody else knows the file yet.
func initFile(path string) error {
	db, err := sql.Open("sqlite", dsn(path, false, false))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ms, err := migrations()
	if err != nil {
		return err
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for i, m := range ms {
		if _, err := tx.Exec(m); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(ms))); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = db.Exec("PRAGMA journal_mode = WAL")
	return err
}

// fileState is what identify reads, in one snapshot.
type fileState struct {
	version, appID int
	tables         []string // sorted names of the tables (not indexes or triggers)
}

// identify reads the file's user_version, application_id and tables in one
// read transaction, so that another process's migration committing in
// between cannot make a half-read state (a version 0 with tables), and
// judges them. A file that is not a database fails here (SQLITE_NOTADB),
// before any write.
//
// hadWAL says the file had a -wal before this store opened it. Its
// connection then closes without SQLite's checkpoint until the file is
// judged ours: when the last connection to a WAL file closes, SQLite
// writes the -wal's pages into the main file and removes the -wal, and a
// file that is not ours is never touched. (Without a -wal before, the
// -wal and -shm this connection makes are removed as they were made.)
func (s *Store) identify(create, hadWAL bool) (fileState, error) {
	c, err := s.raw.get()
	if err != nil {
		return fileState{}, s.wrap(err)
	}
	if hadWAL {
		if err := c.CheckpointOnClose(false); err != nil {
			c.Close()
			return fileState{}, s.wrap(err)
		}
	}
	var st fileState
	_, err = readOn(c, func(q rowSource) error {
		var err error
		st, err = s.readState(q)
		return err
	})
	err = s.wrap(err)
	if err == nil {
		err = s.judge(st, create)
	}
	if err == nil && hadWAL {
		err = s.wrap(c.CheckpointOnClose(true))
	}
	if err != nil {
		c.Close()
		return st, err
	}
	s.raw.put(c, true)
	return st, nil
}

func (s *Store) readState(q rowSource) (fileState, error) {
	var st fileState
	if err := queryOne(q, "PRAGMA user_version", nil, &st.version); err != nil {
		return st, s.wrap(err)
	}
	if err := queryOne(q, "PRAGMA application_id", nil, &st.appID); err != nil {
		return st, s.wrap(err)
	}
	rows, err := q.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		return st, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return st, s.wrap(err)
		}
		st.tables = append(st.tables, name)
	}
	return st, s.wrap(rows.Err())
}

// judge decides from a file's state whether it is ours, new or foreign.
// Nothing has been written when it refuses.
func (s *Store) judge(st fileState, create bool) error {
	_, err := s.kind(st, create)
	return err
}

type fileKind int

const (
	kindNew  fileKind = iota // an empty database: initialise it
	kindOurs                 // an ikbt file at st.version
)

func (s *Store) kind(st fileState, create bool) (fileKind, error) {
	want := SchemaVersion()
	switch {
	case st.appID == 0 && st.version == 0 && len(st.tables) == 0:
		if !create {
			return kindNew, newErr(s.path, ErrNotOurs, usertext.NotOursEmpty)
		}
		return kindNew, nil
	case st.appID != 0 && st.appID != applicationID:
		return 0, newErr(s.path, ErrNotOurs, usertext.NotOursAppID, fmt.Sprintf("0x%08X", uint32(st.appID)))
	case st.appID == 0 && st.version == 0:
		return 0, newErr(s.path, ErrNotOurs, usertext.NotOursNoVersion)
	case st.appID == 0 && st.version >= appIDVersion:
		// Every ikbt file from version 3 on carries the application id.
		return 0, newErr(s.path, ErrNotOurs, usertext.NotOursNoAppID, st.version)
	case st.version > want:
		return 0, newErr(s.path, ErrNewerSchema, usertext.NewerSchema, st.version, want)
	}
	expected, err := tablesAt(st.version)
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	for _, t := range expected {
		if !slices.Contains(st.tables, t) {
			return 0, newErr(s.path, ErrNotOurs, usertext.NotOursTables, st.version, t)
		}
	}
	if st.appID == 0 {
		// An old file without the mark: its tables must be exactly ikbt's.
		for _, t := range st.tables {
			if !slices.Contains(expected, t) {
				return 0, newErr(s.path, ErrNotOurs, usertext.NotOursExtraTable, t)
			}
		}
	}
	return kindOurs, nil
}

// tablesCache holds tablesParsed's answers for migrations that are not
// the binary's own (a test's).
var tablesCache sync.Map // int -> []string

// tablesAt returns the tables the migrations 1..v create. For the
// binary's own migrations they are in schema_gen.go, written from
// tablesParsed at build time: parsing the migrations on every open was
// 2.6 % of the 25-moment demo's `worklist --json` (issue 18).
func tablesAt(v int) ([]string, error) {
	if migrationsEmbedded() && len(embeddedTables) == embeddedVersion() && v >= 1 && v <= len(embeddedTables) {
		return embeddedTables[v-1], nil
	}
	if t, ok := tablesCache.Load(v); ok {
		return t.([]string), nil
	}
	out, err := tablesParsed(v)
	if err != nil {
		return nil, err
	}
	tablesCache.Store(v, out)
	return out, nil
}

// tablesParsed returns the tables the migrations 1..v create, read from
// their CREATE TABLE and DROP TABLE statements, so a new migration is
// known at once. Running the migrations in an in-memory database
// (tablesRun) gives the same list, which TestTablesAt checks for every
// version, but cost 5–14 ms on every open: a third of a small
// caseload's `worklist --json` past start-up (issue 18).
func tablesParsed(v int) ([]string, error) {
	ms, err := migrations()
	if err != nil {
		return nil, err
	}
	var out, words []string
	for i := 0; i < v && i < len(ms); i++ {
		words = words[:0] // one array for every migration's words
		for line := range strings.Lines(ms[i]) {
			line, _, _ = strings.Cut(line, "--")
			for w := range strings.FieldsSeq(line) {
				words = append(words, w)
			}
		}
		for k := 0; k+2 < len(words); k++ {
			create := strings.EqualFold(words[k], "CREATE")
			if (!create && !strings.EqualFold(words[k], "DROP")) || !strings.EqualFold(words[k+1], "TABLE") {
				continue
			}
			n := k + 2
			for n < len(words)-1 && slices.Contains([]string{"IF", "NOT", "EXISTS"}, strings.ToUpper(words[n])) {
				n++
			}
			name, _, _ := strings.Cut(words[n], "(")
			name = strings.Trim(name, "\"`[];")
			if name == "" || strings.HasPrefix(strings.ToLower(name), "sqlite_") {
				continue
			}
			out = slices.DeleteFunc(out, func(t string) bool { return strings.EqualFold(t, name) })
			if create {
				out = append(out, name)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// tablesRun returns the tables the embedded migrations 1..v create, by
// running them in an in-memory database (the reference for tablesAt).
func tablesRun(v int) ([]string, error) {
	ms, err := migrations()
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", "file::memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for i := 0; i < v && i < len(ms); i++ {
		if _, err := db.Exec(ms[i]); err != nil {
			return nil, fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	rows, err := db.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		out = append(out, n)
	}
	return out, rows.Err()
}

// tighten takes group and other bits from a file of ours (it never adds
// a bit: a read-only file stays read-only), and says so.
func (s *Store) tighten() {
	fi, err := os.Stat(s.path)
	if err != nil || fi.Mode().Perm()&0o077 == 0 {
		return
	}
	to := fi.Mode().Perm() &^ 0o077
	if err := os.Chmod(s.path, to); err != nil {
		return // not the owner: nothing to do from here
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if fi, err := os.Stat(s.path + suffix); err == nil {
			os.Chmod(s.path+suffix, fi.Mode().Perm()&^0o077)
		}
	}
	s.notices = append(s.notices, newErr(s.path, ErrNotice, usertext.Tightened,
		fmt.Sprintf("%04o", fi.Mode().Perm()), fmt.Sprintf("%04o", to)))
}

// ensureWAL switches the file to WAL once. Changing the journal mode
// takes an exclusive lock and SQLite does not wait for it with the busy
// handler, so another process opening the file at the same moment would
// see SQLITE_BUSY at once: retry until the busy timeout.
func (s *Store) ensureWAL(wdb *sql.DB) error {
	ctx := context.Background()
	conn, err := wdb.Conn(ctx)
	if err != nil {
		return s.wrap(err)
	}
	defer conn.Close()
	deadline := time.Now().Add(time.Duration(busyTimeout) * time.Millisecond)
	for {
		var mode string
		err := conn.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
		if err == nil && mode == "wal" {
			return nil
		}
		if err == nil {
			err = conn.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode)
			if err == nil && mode == "wal" {
				return nil
			}
		}
		if (err == nil || isBusy(err)) && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if err == nil {
			return fmt.Errorf("store: %s: journal_mode is %s, want wal", s.path, mode)
		}
		return s.wrap(err)
	}
}

func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED)
}

// wrap turns SQLite's result codes into the package's errors, with the path.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	if isHandedOver(err) {
		return newErr(s.path, ErrHandedOver, usertext.HandedOverReadOnly).withCause(err)
	}
	// The driver's errors, and sqliteread's (the large reads, rawread.go),
	// carry SQLite's result code.
	var code int
	var se *sqlite.Error
	var re *sqliteread.Error
	switch {
	case errors.As(err, &se):
		code = se.Code()
	case errors.As(err, &re):
		code = re.Code()
	}
	if code != 0 {
		switch code & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return newErr(s.path, ErrNotOurs, usertext.NotOursNotSQLite).withCause(err)
		case sqlite3.SQLITE_CORRUPT:
			return newErr(s.path, ErrCorrupt, usertext.Corrupt).withCause(err)
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return newErr(s.path, ErrLocked, usertext.Locked).withCause(err)
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN:
			if code&0xff == sqlite3.SQLITE_CANTOPEN && !s.readOnly {
				break
			}
			return newErr(s.path, ErrReadOnly, usertext.ReadOnlyFile).withCause(err)
		}
	}
	return fmt.Errorf("store: %s: %w", s.path, err)
}
