package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/results"
	"github.com/ikbt/ikbt/store/sqliteread"
)

// TestRawPool: the large reads hand their connections back (at most
// maxIdle kept), Close closes them, and a read after Close is an error,
// not a panic or a connection opened again.
func TestRawPool(t *testing.T) {
	s := newStore(t)
	if err := s.ImportNew(demo.Generate(today, 25)); err != nil {
		t.Fatal(err)
	}
	cat := programs.Default()
	for range 3 {
		if _, err := s.Worklist(cat, today, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Report(cat, today, nil, results.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	s.raw.mu.Lock()
	idle := len(s.raw.idle)
	s.raw.mu.Unlock()
	if idle == 0 || idle > s.raw.maxIdle {
		t.Errorf("%d idle connections after the reads, want 1..%d", idle, s.raw.maxIdle)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if len(s.raw.idle) != 0 || !s.raw.closed {
		t.Errorf("after Close: %d idle, closed %v", len(s.raw.idle), s.raw.closed)
	}
	if _, err := s.Worklist(cat, today, ""); err == nil {
		t.Error("a worklist read after Close")
	}
}

// TestRawReadOnlyFile: the worklist and the report read a file that
// cannot be written (opened read-only: immutable, without a -wal), leave
// it byte for byte as it was and leave no -wal or -shm behind.
func TestRawReadOnlyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ikbt.db")
	s := mustOpen(t, path)
	if err := s.ImportNew(demo.Generate(today, 25)); err != nil {
		t.Fatal(err)
	}
	cat := programs.Default()
	wantW, err := s.Worklist(cat, today, "")
	if err != nil {
		t.Fatal(err)
	}
	wantR, err := s.Report(cat, today, nil, results.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Chmod(path, 0o400)
	before, _ := os.ReadFile(path)
	ro, err := open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	w, err := ro.Worklist(cat, today, "")
	if err != nil {
		t.Fatal(err)
	}
	r, err := ro.Report(cat, today, nil, results.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ro.Close()
	if wlJSON(t, w) != wlJSON(t, wantW) {
		t.Error("the read-only file's worklist differs")
	}
	if a, b := mustJSON(t, r), mustJSON(t, wantR); a != b {
		t.Errorf("the read-only file's report differs:\n%s\nwant\n%s", a, b)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("reading changed the read-only file")
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s left behind", suffix)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRawErrorsWrapped: sqliteread's errors get the store's sentinels and
// words, as the driver's do.
func TestRawErrorsWrapped(t *testing.T) {
	junk := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database\n", 500)), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := sqliteread.Open("file:" + junk)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, err = c.Query(`SELECT 1 FROM sqlite_schema`)
	s := &Store{path: junk}
	if err := s.wrap(err); !errors.Is(err, ErrNotOurs) || !strings.Contains(err.Error(), junk) {
		t.Errorf("not a database: %v, want ErrNotOurs with the path", err)
	}
}
