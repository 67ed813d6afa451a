package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
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

// migrations returns the embedded migrations in order; each is named
// NNNN_name.sql with NNNN above the one before. (Numbers are handed out
// to parallel branches, so a branch may lack one until they are merged;
// the schema version is the count of migrations.)
func migrations() ([]string, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var out []string
	prev := 0
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n <= prev {
			return nil, fmt.Errorf("migration %s: want a number above %04d", e.Name(), prev)
		}
		prev = n
		b, err := fs.ReadFile(migrationFS, path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// SchemaVersion is the schema version this binary writes.
func SchemaVersion() int {
	ms, _ := migrations()
	return len(ms)
}

// migrate brings the schema up to date in one transaction, after copying a
// file that already holds data to <path>.bak-v<N>.
func (s *Store) migrate() error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	want := len(ms)
	cur, tables, err := s.schemaState()
	if err != nil {
		return err
	}
	switch {
	case cur > want:
		return fmt.Errorf("store: %s: %w (schema version %d; this ikbt knows up to %d)", s.path, ErrNewerSchema, cur, want)
	case cur == want:
		return nil
	case cur == 0 && tables > 0:
		return fmt.Errorf("store: %s: %w (it holds tables but no ikbt schema version)", s.path, ErrCorrupt)
	case s.readOnly:
		return fmt.Errorf("store: %s: %w (its schema needs updating from version %d to %d)", s.path, ErrReadOnly, cur, want)
	}
	if cur > 0 {
		if _, err := s.backup(cur); err != nil {
			return err
		}
	}

	ctx := context.Background()
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
	// Another process may have migrated while we waited for the lock.
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return rollback(s.wrap(err))
	}
	if cur > want {
		return rollback(fmt.Errorf("store: %s: %w (schema version %d; this ikbt knows up to %d)", s.path, ErrNewerSchema, cur, want))
	}
	for i := cur; i < want; i++ {
		if _, err := conn.ExecContext(ctx, ms[i]); err != nil {
			return rollback(fmt.Errorf("store: %s: migration %d: %w", s.path, i+1, s.wrap(err)))
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

// schemaState returns PRAGMA user_version and the number of tables.
func (s *Store) schemaState() (version, tables int, err error) {
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, 0, s.wrap(err)
	}
	if err := s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").Scan(&tables); err != nil {
		return 0, 0, s.wrap(err)
	}
	return version, tables, nil
}

// backup writes a consistent copy of the file, mode 0600, to
// <path>.bak-v<version> (or .bak-v<version>.N if that exists) and returns its name.
func (s *Store) backup(version int) (string, error) {
	name := fmt.Sprintf("%s.bak-v%d", s.path, version)
	var f *os.File
	var err error
	for i := 1; ; i++ {
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if !errors.Is(err, fs.ErrExist) || i > 100 {
			break
		}
		name = fmt.Sprintf("%s.bak-v%d.%d", s.path, version, i)
	}
	if err != nil {
		return "", fmt.Errorf("store: backup before migrating: %w", err)
	}
	f.Close()
	if err := os.Chmod(name, 0o600); err != nil {
		return "", fmt.Errorf("store: backup before migrating: %w", err)
	}
	// VACUUM INTO accepts an empty existing file and copies one snapshot.
	if _, err := s.db.Exec("VACUUM INTO ?", name); err != nil {
		os.Remove(name)
		return "", fmt.Errorf("store: backup before migrating to %s: %w", name, s.wrap(err))
	}
	return name, nil
}
