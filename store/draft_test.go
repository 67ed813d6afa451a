package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/adrg/xdg"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// stateHome points the XDG state directory at a temporary one.
func stateHome(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	return dir
}

func TestDraftSaveLoadDelete(t *testing.T) {
	stateHome(t)
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	before := moment(t, s, "m-1").Version
	t0 := time.Date(2026, 11, 25, 10, 0, 0, 5, time.UTC)
	if _, err := s.SaveDraft(Draft{Moment: "m-1", Kind: "feedback", Text: "Återkoppling: halv", Saved: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveDraft(Draft{Moment: "m-1", Kind: "flag", Text: "Ringt.", Saved: t0.Add(time.Second)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveDraft(Draft{Moment: "m-1", Kind: "feedback", Text: "Återkoppling: hel\nrad två", Saved: t0.Add(2 * time.Second)}); err != nil {
		t.Fatal(err)
	}
	ds, err := s.Drafts("m-1")
	if err != nil || len(ds) != 2 || ds[0].Kind != "feedback" || ds[0].Text != "Återkoppling: hel\nrad två" || !ds[0].Saved.Equal(t0.Add(2*time.Second)) || ds[1].Kind != "flag" {
		t.Fatalf("Drafts = %+v, %v", ds, err)
	}
	// A draft is outside the moment's version: an undo or another window's write is not blocked.
	if v := moment(t, s, "m-1").Version; v != before {
		t.Errorf("saving drafts moved the version from %d to %d", before, v)
	}
	if _, err := s.OpenModule("m-1", before, "3", at(25, 11, 0)); err != nil {
		t.Errorf("a write after saving drafts: %v", err)
	}
	if err := s.DeleteDraft("m-1", "feedback"); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.LoadDraft("m-1", "feedback"); ok || err != nil {
		t.Errorf("deleted draft still there: %v", err)
	}
	if d, ok, _ := s.LoadDraft("m-1", "flag"); !ok || d.Text != "Ringt." {
		t.Errorf("the other kind's draft: %+v", d)
	}
	for _, bad := range []Draft{{Moment: "m-1", Kind: "weekly"}, {Moment: "", Kind: "free"}, {Moment: "m-9", Kind: "free"}} {
		if _, err := s.SaveDraft(bad); err == nil {
			t.Errorf("SaveDraft(%+v) accepted", bad)
		}
	}
}

// On a read-only database the draft goes to a 0600 file under the state
// directory, is read back, and is never someone else's file.
func TestDraftFallbackFile(t *testing.T) {
	home := stateHome(t)
	path := filepath.Join(t.TempDir(), "ikbt.db")
	rw := exampleStore(t, path)
	if _, err := rw.SaveDraft(Draft{Moment: "m-1", Kind: "feedback", Text: "i tabellen", Saved: time.Unix(100, 0)}); err != nil {
		t.Fatal(err)
	}
	rw.Close()
	ro, err := open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	d, err := ro.SaveDraft(Draft{Moment: "m-1", Kind: "feedback", Text: "skrivskyddad: i filen", Saved: time.Unix(200, 0)})
	if err != nil || !d.InFile {
		t.Fatalf("SaveDraft read-only: %+v, %v", d, err)
	}
	if !strings.HasPrefix(ro.DraftDir(), filepath.Join(home, "ikbt", "drafts")) {
		t.Errorf("draft dir %s not under %s", ro.DraftDir(), home)
	}
	name := ro.draftFiles().name("m-1", "feedback")
	fi, err := os.Stat(name)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("draft file %s: %v %v", name, fi, err)
	}
	if di, _ := os.Stat(filepath.Dir(name)); di.Mode().Perm() != 0o700 {
		t.Errorf("draft dir mode %v", di.Mode().Perm())
	}
	got, ok, err := ro.LoadDraft("m-1", "feedback")
	if err != nil || !ok || got.Text != "skrivskyddad: i filen" || !got.InFile {
		t.Errorf("LoadDraft = %+v %v %v; want the newer file draft", got, ok, err)
	}
	// A file that is not ours is left alone and named.
	os.WriteFile(name, []byte("någon annans anteckning\n"), 0o600)
	if _, err := ro.SaveDraft(Draft{Moment: "m-1", Kind: "feedback", Text: "x"}); err == nil || !strings.Contains(err.Error(), name) {
		t.Errorf("overwrote a foreign file: %v", err)
	}
	if err := ro.DeleteDraft("m-1", "feedback"); err == nil {
		t.Error("removed a foreign file")
	}
	if b, _ := os.ReadFile(name); string(b) != "någon annans anteckning\n" {
		t.Errorf("foreign file changed: %q", b)
	}
}

func TestRecordCopiedNoteAndHistory(t *testing.T) {
	stateHome(t)
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	v := moment(t, s, "m-1").Version
	if _, err := s.SaveDraft(Draft{Moment: "m-1", Kind: "flag", Text: "utkast"}); err != nil {
		t.Fatal(err)
	}
	n1 := caseload.CopiedNote{Kind: "flag", Copied: at(25, 14, 5), Text: "Kontaktorsak: Röd flagga\n\nDiagnos: F41.1 + DU011, ZV044, ZV051"}
	id, err := s.RecordCopiedNote("m-1", n1)
	if err != nil || id == 0 {
		t.Fatal(id, err)
	}
	// Twice the same copy is one entry.
	if id2, err := s.RecordCopiedNote("m-1", n1); err != nil || id2 != id {
		t.Errorf("second record: %d %v", id2, err)
	}
	if _, err := s.RecordCopiedNote("m-1", caseload.CopiedNote{Kind: "feedback", Copied: at(25, 15, 0), Text: "Återkoppling"}); err != nil {
		t.Fatal(err)
	}
	h, err := s.NoteHistory("m-1")
	if err != nil || len(h) != 2 || h[0].Kind != "flag" || h[0].Text != n1.Text || h[1].Kind != "feedback" {
		t.Fatalf("history %+v %v", h, err)
	}
	if _, ok, _ := s.LoadDraft("m-1", "flag"); ok {
		t.Error("the flag draft outlived its copied note")
	}
	if got := moment(t, s, "m-1"); got.Version != v || len(got.History) != 2 {
		t.Errorf("moment version %d (was %d), history %d", got.Version, v, len(got.History))
	}
	// An undo of an earlier write does not take the history back.
	u, err := s.OpenModule("m-1", v, "3", at(25, 16, 0))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordCopiedNote("m-1", caseload.CopiedNote{Kind: "free", Copied: at(25, 16, 1), Text: "Fri"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(u); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.NoteHistory("m-1"); len(h) != 3 {
		t.Errorf("after undo %d notes in the history, want 3", len(h))
	}
	for _, bad := range []caseload.CopiedNote{
		{Kind: "weekly", Copied: at(25, 1, 0), Text: "x"},
		{Kind: "free", Text: "x"},
		{Kind: "free", Copied: at(25, 1, 0), Text: "  "},
		{Kind: "free", Copied: at(25, 1, 0), Text: "a\x1b[31mb"},
	} {
		if _, err := s.RecordCopiedNote("m-1", bad); err == nil {
			t.Errorf("RecordCopiedNote(%+v) accepted", bad)
		}
	}
	if _, err := s.RecordCopiedNote("m-9", n1); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown moment: %v", err)
	}

	// Export carries the history with its kinds; import brings it back once.
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := EncodeJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"note_history"`) || !strings.Contains(buf.String(), `"kind": "flag"`) {
		t.Errorf("export lacks the history:\n%s", buf.String())
	}
	c2, err := DecodeJSON(bytes.NewReader(buf.Bytes()), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	s2 := newStore(t)
	for i := 0; i < 2; i++ {
		if err := s2.Import(c2); err != nil {
			t.Fatal(err)
		}
	}
	h2, err := s2.NoteHistory("m-1")
	if err != nil || len(h2) != 3 || h2[0].Kind != "flag" || h2[0].Text != n1.Text || h2[0].Copied != n1.Copied {
		t.Errorf("imported history %+v %v", h2, err)
	}
}

func TestImportRefusesBadHistory(t *testing.T) {
	base := readExample(t)
	for _, tc := range []struct{ entry, path string }{
		{`{"kind": "weekly", "copied": "2026-11-25T10:00", "text": "x"}`, "moments[0].note_history[0].kind"},
		{`{"kind": "flag", "text": "x"}`, "moments[0].note_history[0].copied"},
		{`{"kind": "flag", "copied": "2026-11-25T10:00", "text": ""}`, "moments[0].note_history[0].text"},
	} {
		doc := strings.Replace(base, `"id": "m-1",`, `"id": "m-1", "note_history": [`+tc.entry+`],`, 1)
		if doc == base {
			t.Fatal("example.json changed: m-1 not found")
		}
		_, err := DecodeJSON(strings.NewReader(doc), programs.Default())
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Path != tc.path {
			t.Errorf("%s: %v; want an error at %s", tc.entry, err, tc.path)
		}
	}
}

// Migration 0005 makes the notes copied before it the start of the history.
func TestMigration0005KeepsCopiedNotes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	old := fstest.MapFS{}
	for _, name := range []string{"0001_init.sql", "0002_measurement_ends.sql"} {
		b, err := fs.ReadFile(migrationFiles, "migrations/"+name)
		if err != nil {
			t.Fatal(err)
		}
		old["migrations/"+name] = &fstest.MapFile{Data: b}
	}
	func() {
		defer func(saved fs.FS) { migrationFS = saved }(migrationFS)
		migrationFS = old
		s := exampleStore(t, path)
		if _, err := mustWriter(t, s).Exec(`INSERT INTO notes (moment, created, copied, text) VALUES
			('m-1', '2026-11-20T09:00', '2026-11-20T09:01', 'Kopierad.'), ('m-1', '2026-11-20T10:00', '', 'Aldrig kopierad.')`); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}()
	s := mustOpen(t, path)
	defer s.Close()
	h, err := s.NoteHistory("m-1")
	if err != nil || len(h) != 1 || h[0].Text != "Kopierad." || h[0].Kind != "" || h[0].Copied != at(20, 9, 1) {
		t.Errorf("history after migrating: %+v, %v", h, err)
	}
}
