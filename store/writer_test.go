package store

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// mustWriter is the store's write connection, opened as its first write
// would open it.
func mustWriter(t testing.TB, s *Store) *sql.DB {
	t.Helper()
	w, err := s.writer()
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestWriterSwitchesToWAL: the write connection, and with it the switch
// to WAL, waits for the first write (issue 18). A file left in rollback
// mode is read as it is, is in WAL mode before the write lands, and its
// -wal and -shm are owner-only.
func TestWriterSwitchesToWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	s := exampleStore(t, path)
	s.Close()
	rawExec(t, path, "PRAGMA journal_mode = DELETE")
	s = mustOpen(t, path)
	defer s.Close()
	// The file's header says WAL with 2 in bytes 18 and 19 (its read and
	// write versions), rollback with 1; a connection opened before the
	// switch may still report its old journal_mode until its next read.
	mode := func() string {
		b, err := os.ReadFile(path)
		if err != nil || len(b) < 100 {
			t.Fatal(err)
		}
		if b[18] == 2 && b[19] == 2 {
			return "wal"
		}
		return "delete"
	}
	if _, err := s.Worklist(programs.Default(), today, ""); err != nil {
		t.Fatal(err)
	}
	if s.wdb != nil || s.verConn != nil {
		t.Error("a read opened the write connection or DataVersion's")
	}
	if m := mode(); m != "delete" {
		t.Fatalf("journal_mode %q after a read, want delete (unchanged)", m)
	}
	v := moment(t, s, "m-1").Version
	if _, err := s.AddMeasurement("m-1", v, caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.Ongoing,
		Answered: at(22, 8, 0), Items: []int{1, 1, 1, 1, 1, 1, 1, 1, 1}}); err != nil {
		t.Fatal(err)
	}
	if m := mode(); m != "wal" {
		t.Errorf("journal_mode %q after a write, want wal", m)
	}
	for _, p := range []string{path + "-wal", path + "-shm"} {
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v, want mode 0600", p, fi, err)
		}
	}
}
