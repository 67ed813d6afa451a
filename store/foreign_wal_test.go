package store

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestForeignWALUntouched: a database that is not ours, left by a writer
// that died with committed pages in its -wal, is refused and left as it
// was: the main file, its -wal and the directory's files. (Closing the
// last connection to a WAL file checkpoints it: writes the -wal into the
// main file and removes the -wal; identify keeps that from happening.)
func TestForeignWALUntouched(t *testing.T) {
	src := filepath.Join(t.TempDir(), "theirs.db")
	db, err := sql.Open("sqlite", "file:"+src)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`PRAGMA journal_mode = WAL`,
		`PRAGMA wal_autocheckpoint = 0`,
		`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)`,
		`INSERT INTO notes (text) VALUES ('a'), ('b')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "theirs.db")
	before := map[string]string{}
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(src + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
		before["theirs.db"+suffix] = string(b)
	}
	if len(before["theirs.db-wal"]) == 0 {
		t.Fatal("the -wal holds nothing: the test makes no crashed writer")
	}
	for _, create := range []bool{false, true} {
		_, err := OpenWith(path, Options{Create: create})
		if !errors.Is(err, ErrNotOurs) {
			t.Fatalf("create=%v: %v, want ErrNotOurs", create, err)
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Name() == "theirs.db-shm" {
				continue // the -wal's index, shared memory that SQLite rebuilds from the -wal
			}
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if was, ok := before[e.Name()]; !ok {
				t.Errorf("create=%v: %s made beside the file", create, e.Name())
			} else if string(b) != was {
				t.Errorf("create=%v: %s changed", create, e.Name())
			}
		}
		for name := range before {
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Errorf("create=%v: %s is gone: %v", create, name, err)
			}
		}
	}
}
