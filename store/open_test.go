package store

import (
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestOpenCreatesPrivateFiles(t *testing.T) {
	old := syscall.Umask(0) // the widest umask must still give 0600
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "ikbt.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := mustWriter(t, s).Exec("INSERT INTO patients VALUES ('199001012389', 'x')"); err != nil {
		t.Fatal(err)
	}
	if m := mode(t, dir); m != 0o700 {
		t.Errorf("dir mode %v, want 0700", m)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if m := mode(t, p); m != 0o600 {
			t.Errorf("%s mode %v, want 0600", filepath.Base(p), m)
		}
	}
	var jm string
	var fk, user int
	s.db.QueryRow("PRAGMA journal_mode").Scan(&jm)
	s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	s.db.QueryRow("PRAGMA user_version").Scan(&user)
	if jm != "wal" || fk != 1 || user != SchemaVersion() || user < 1 {
		t.Errorf("journal_mode %q foreign_keys %d user_version %d", jm, fk, user)
	}
}

func TestOpenTwiceKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	s := mustOpen(t, path)
	mustWriter(t, s).Exec("INSERT INTO patients VALUES ('199001012389', 'x')")
	s.Close()
	s = mustOpen(t, path)
	defer s.Close()
	var n int
	s.db.QueryRow("SELECT count(*) FROM patients").Scan(&n)
	if n != 1 {
		t.Fatalf("patients %d after reopening, want 1", n)
	}
	if m, _ := filepath.Glob(path + ".bak-*"); len(m) != 0 {
		t.Errorf("backups %v of a current file", m)
	}
}

func mustOpen(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// rawExec changes the file behind the store's back.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenRefuses(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, path string)
		want  error
		text  string
	}{
		{"newer schema", func(t *testing.T, path string) {
			mustOpen(t, path).Close()
			rawExec(t, path, "PRAGMA user_version = 99")
		}, ErrNewerSchema, "schema version 99"},
		{"not a database", func(t *testing.T, path string) {
			os.WriteFile(path, []byte(strings.Repeat("this is a note, not a database\n", 200)), 0o600)
		}, ErrNotOurs, "not a database"},
		{"damaged header", func(t *testing.T, path string) {
			mustOpen(t, path).Close()
			b, _ := os.ReadFile(path)
			copy(b[16:], []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff}) // page size and more
			for i := 100; i < len(b); i++ {
				b[i] ^= 0x5a
			}
			os.WriteFile(path, b, 0o600)
		}, ErrNotOurs, ""},
		{"foreign database", func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE something (x)")
		}, ErrNotOurs, "not ikbt's"},
		{"read-only and out of date", func(t *testing.T, path string) {
			rawExec(t, path, "PRAGMA journal_mode = DELETE")
			os.Chmod(path, 0o400)
		}, ErrReadOnly, "needs updating"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ikbt.db")
			tt.setup(t, path)
			before, _ := os.ReadFile(path)
			// root ignores file modes: force read-only there.
			s, err := open(path, tt.want == ErrReadOnly && os.Geteuid() == 0)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.text) {
				t.Fatalf("error %q, want %v with the path and %q", err, tt.want, tt.text)
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Error("the refused file was changed")
			}
		})
	}
}

func TestOpenReadOnlyCurrent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ikbt.db")
	s := mustOpen(t, path)
	mustWriter(t, s).Exec("INSERT INTO patients VALUES ('199001012389', 'x')")
	s.Close()
	os.Chmod(path, 0o400)
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	before, _ := os.ReadFile(path)
	s, err := open(path, os.Geteuid() == 0) // root ignores file modes
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.ReadOnly() {
		t.Fatal("not read-only")
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM patients").Scan(&n); err != nil || n != 1 {
		t.Fatalf("read %d, %v", n, err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("opening wrote to the read-only file")
	}
}

func TestMigrateBacksUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	s := mustOpen(t, path)
	mustWriter(t, s).Exec("INSERT INTO patients VALUES ('199001012389', 'x')")
	s.Close()

	next := fstest.MapFS{}
	ms, _ := migrations()
	for i, m := range ms {
		next[filepath.Join("migrations", "000"+string(rune('1'+i))+"_m.sql")] = &fstest.MapFile{Data: []byte(m)}
	}
	v := len(ms)
	defer func(old fs.FS) { migrationFS = old }(migrationFS)

	// A failing migration leaves the file as it was (one transaction).
	next["migrations/000"+string(rune('1'+v))+"_next.sql"] = &fstest.MapFile{Data: []byte(
		"ALTER TABLE patients ADD COLUMN nick TEXT; INSERT INTO nowhere VALUES (1);")}
	migrationFS = next
	if _, err := Open(path); !errors.Is(err, ErrMigration) {
		t.Fatalf("failing migration: %v", err)
	}
	var cols int
	rawDB, _ := sql.Open("sqlite", path)
	rawDB.QueryRow("SELECT count(*) FROM pragma_table_info('patients')").Scan(&cols)
	rawDB.Close()
	if cols != 2 {
		t.Fatalf("patients has %d columns after a failed migration, want 2", cols)
	}

	next["migrations/000"+string(rune('1'+v))+"_next.sql"] = &fstest.MapFile{Data: []byte("ALTER TABLE patients ADD COLUMN nick TEXT NOT NULL DEFAULT '';")}
	s = mustOpen(t, path)
	var user int
	s.db.QueryRow("PRAGMA user_version").Scan(&user)
	s.Close()
	if user != v+1 {
		t.Fatalf("user_version %d, want %d", user, v+1)
	}
	baks, _ := filepath.Glob(path + ".bak-v*")
	if len(baks) != 1 { // one backup per version: the rerun replaced the failed attempt's
		t.Fatalf("backups %v, want one", baks)
	}
	for _, b := range baks {
		if m := mode(t, b); m != 0o600 {
			t.Errorf("%s mode %v", b, m)
		}
		db, _ := sql.Open("sqlite", b)
		var n int
		db.QueryRow("SELECT count(*) FROM patients").Scan(&n)
		db.QueryRow("PRAGMA user_version").Scan(&user)
		db.Close()
		if n != 1 || user != v {
			t.Errorf("backup %s holds %d patients at version %d", b, n, user)
		}
	}
}
