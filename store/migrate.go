package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ikbt/ikbt/usertext"
)

// The migration runner is hand-rolled (goose and golang-migrate were
// considered): they run each migration in a transaction of its own, so a
// failure can leave the file half-way between versions, and they do not
// refuse a file whose schema is newer than the binary. Here every pending
// migration and the new PRAGMA user_version commit together or not at all.

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationFS holds the migrations; tests swap it to add a later one.
var migrationFS fs.FS = migrationFiles

// migrations returns the embedded migrations in order: element i is the
// file named NNNN_name.sql with NNNN = i+1. Numbers are assigned to
// branches developed in parallel, so a number may be missing until they
// are merged: its element is "" and applies nothing.
func migrations() ([]string, error) {
	if migrationsEmbedded() {
		return embeddedMigrations()
	}
	return readMigrations(migrationFS)
}

// migrationsEmbedded reports whether the migrations are the binary's own
// (not a test's), which schema_gen.go describes.
func migrationsEmbedded() bool {
	f, ok := migrationFS.(embed.FS)
	return ok && f == migrationFiles
}

// embeddedMigrations are the binary's own migrations, read once: opening
// a file asked for them three times (issue 18). Callers only read them.
var embeddedMigrations = sync.OnceValues(func() ([]string, error) { return readMigrations(migrationFiles) })

// readMigrations reads the migrations in fsys (see migrations).
func readMigrations(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, "migrations")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n <= len(out) {
			return nil, fmt.Errorf("migration %s: want a number above %04d", e.Name(), len(out))
		}
		for len(out) < n-1 {
			out = append(out, "")
		}
		b, err := fs.ReadFile(fsys, path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int {
	if migrationsEmbedded() {
		return embeddedVersion() // without reading the migrations: every open asks (issue 18)
	}
	ms, _ := migrations()
	return len(ms)
}

// embeddedVersion is the number of the binary's last migration, from the
// directory's names alone: what len(migrations()) is, read from the same
// place, so that a schema_gen.go not written again after a new migration
// costs the speed it was for (tablesAt reads the migrations then), never
// a file migrated to the wrong version.
var embeddedVersion = sync.OnceValue(func() int {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil || len(entries) == 0 {
		return 0
	}
	num, _, _ := strings.Cut(entries[len(entries)-1].Name(), "_")
	n, _ := strconv.Atoi(num)
	return n
})

// migrate brings the schema up to date in one transaction, after copying a
// file that already holds data to <path>.bak-v<N>. st is the state open
// read (identify) and judged; it is read again under the write lock
// before any change: another process may have migrated the file while
// this one waited, or may be creating it right now. (A second read
// before the lock, as there was until issue 18, guarded nothing the
// read under the lock does not: the file can change right after either.)
func (s *Store) migrate(st fileState) error {
	if st.version == SchemaVersion() {
		return nil // without reading the migrations (issue 18)
	}
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	want := len(ms)
	ctx := context.Background()
	if s.readOnly {
		return newErr(s.path, ErrReadOnly, usertext.ReadOnlyOutdated, st.version, want)
	}
	if st.version > 0 {
		if err := s.backup(st.version); err != nil {
			return err
		}
	}

	conn, err := s.db.Conn(ctx)
	if err != nil {
		return s.wrap(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return s.wrap(err)
	}
	rollback := func(err error) error {
		conn.ExecContext(ctx, "ROLLBACK")
		return err
	}
	// Another process may have created or migrated the file meanwhile.
	if st, err = s.readState(sqlTx{conn}); err != nil {
		return rollback(err)
	}
	if _, err := s.kind(st, true); err != nil {
		return rollback(err)
	}
	for i := st.version; i < want; i++ {
		if ms[i] == "" {
			continue
		}
		if _, err := conn.ExecContext(ctx, ms[i]); err != nil {
			return rollback(newErr(s.path, ErrMigration, usertext.MigrationFailed, i+1).withCause(s.wrap(err)))
		}
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", want)); err != nil {
		return rollback(s.wrap(err))
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return rollback(s.wrap(err))
	}
	return nil
}

// ErrMigration means a migration failed; the file is as it was.
var ErrMigration = errors.New("migration failed")

// backup writes a consistent copy of the file, mode 0600, to
// <path>.bak-v<version>: first to a temporary name, renamed only when whole
// and holding that version, so a kill leaves either a whole backup or
// none, and there is one backup per version (the latest snapshot of it).
// A backup that another process's migration overtook is dropped: that
// process made its own.
func (s *Store) backup(version int) error {
	name := fmt.Sprintf("%s.bak-v%d", s.path, version)
	removeStale(name + ".tmp-*")
	f, err := os.CreateTemp(filepath.Dir(s.path), filepath.Base(name)+".tmp-*")
	if err != nil {
		return newErr(s.path, ErrBackup, usertext.BackupFailed, name).withCause(err)
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp) // gone once renamed
	if err := os.Chmod(tmp, 0o600); err != nil {
		return newErr(s.path, ErrBackup, usertext.BackupFailed, name).withCause(err)
	}
	// VACUUM INTO accepts an empty existing file and copies one snapshot.
	if _, err := s.db.Exec("VACUUM INTO ?", tmp); err != nil {
		return newErr(s.path, ErrBackup, usertext.BackupFailed, name).withCause(s.wrap(err))
	}
	got, err := fileVersion(tmp)
	if err != nil {
		return newErr(s.path, ErrBackup, usertext.BackupFailed, name).withCause(err)
	}
	if got != version {
		return nil
	}
	if err := syncFile(tmp); err != nil {
		return newErr(s.path, ErrBackup, usertext.BackupFailed, name).withCause(err)
	}
	if err := os.Rename(tmp, name); err != nil {
		return newErr(s.path, ErrBackup, usertext.BackupFailed, name).withCause(err)
	}
	s.notices = append(s.notices, newErr(s.path, ErrNotice, usertext.BackedUp, version, name))
	return nil
}

// ErrBackup means the copy before a migration could not be written.
var ErrBackup = errors.New("backup before migrating failed")

// fileVersion reads a file's user_version from its header (offset 60).
func fileVersion(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var b [4]byte
	if _, err := f.ReadAt(b[:], 60); err != nil {
		return 0, err
	}
	return int(b[0])<<24 | int(b[1])<<16 | int(b[2])<<8 | int(b[3]), nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// removeStale removes the temporary files matching pattern that a killed
// process left (an hour old: a live one is still writing younger ones).
func removeStale(pattern string) {
	old, _ := filepath.Glob(pattern)
	for _, p := range old {
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && time.Since(fi.ModTime()) > time.Hour {
			os.Remove(p)
		}
	}
}
