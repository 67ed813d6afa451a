package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// withMigrations runs f with only the first v embedded migrations.
func withMigrations(t *testing.T, v int, f func()) {
	t.Helper()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := fs.ReadDir(migrationFiles, "migrations")
	sub := fstest.MapFS{}
	for i := 0; i < v; i++ {
		sub["migrations/"+entries[i].Name()] = &fstest.MapFile{Data: []byte(ms[i])}
	}
	old := migrationFS
	migrationFS = sub
	defer func() { migrationFS = old }()
	f()
}

// fileAtVersion makes an ikbt file as the release with schema version v
// made it, holding a patient, a moment and a measurement.
func fileAtVersion(t *testing.T, path string, v int) {
	t.Helper()
	withMigrations(t, v, func() { mustOpen(t, path).Close() })
	rawExec(t, path,
		"INSERT INTO patients VALUES ('199001012389', 'Test Testsson')",
		"INSERT INTO moments (id, pnr, program, started, feedback_day, status) VALUES ('m-1', '199001012389', 'depression', '2026-10-01', 2, 'active')",
		"INSERT INTO measurements (moment, instrument, answered, total, item9) VALUES ('m-1', 'MADRS-S', '2026-10-01T10:00', 20, 4)")
}

func header(t *testing.T, path string) (version, appID int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.QueryRow("PRAGMA user_version").Scan(&version)
	db.QueryRow("PRAGMA application_id").Scan(&appID)
	return
}

// TestOpenEveryOlderVersion is the migration ledger's test: a file made by
// every earlier schema version (read from the embedded migrations, so a
// new numbered file is tested at once) opens, keeps its rows, is marked as
// ikbt's, and leaves one whole backup of its old version.
func TestOpenEveryOlderVersion(t *testing.T) {
	want := SchemaVersion()
	if want < appIDVersion {
		t.Fatalf("SchemaVersion %d: migration 0003 is missing", want)
	}
	for v := 1; v < want; v++ {
		t.Run(fmt.Sprintf("from v%d", v), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ikbt.db")
			fileAtVersion(t, path, v)
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			c := counts(t, s)
			var ends int
			s.db.QueryRow("SELECT count(*) FROM measurement_ends").Scan(&ends)
			s.Close()
			if c["patients"] != 1 || c["moments"] != 1 || c["measurements"] != 1 || ends != 1 {
				t.Errorf("rows after migrating: %v, measurement_ends %d", c, ends)
			}
			if got, app := header(t, path); got != want || app != applicationID {
				t.Errorf("user_version %d application_id %#x, want %d %#x", got, app, want, applicationID)
			}
			baks, _ := filepath.Glob(path + ".bak*")
			if len(baks) != 1 || baks[0] != fmt.Sprintf("%s.bak-v%d", path, v) {
				t.Fatalf("backups %v", baks)
			}
			if got, _ := header(t, baks[0]); got != v {
				t.Errorf("backup at version %d, want %d", got, v)
			}
			if m := mode(t, baks[0]); m != 0o600 {
				t.Errorf("backup mode %v", m)
			}
			// Opening again changes nothing and makes no second backup.
			mustOpen(t, path).Close()
			if again, _ := filepath.Glob(path + ".bak*"); len(again) != 1 {
				t.Errorf("backups after reopening %v", again)
			}
		})
	}
}

// TestOpenRefusesForeignUnchanged: a file that is not ours is refused with
// ErrNotOurs, byte for byte unchanged, with no backup and no WAL files.
func TestOpenRefusesForeignUnchanged(t *testing.T) {
	tests := []struct {
		name   string
		create bool
		setup  func(t *testing.T, path string)
		code   usertext.Code
	}{
		{"user_version 2, other tables", true, func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE notes (x)", "INSERT INTO notes VALUES (1)", "PRAGMA user_version = 2")
		}, usertext.NotOursTables},
		{"user_version 1, other tables", true, func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE moments (x)", "INSERT INTO moments VALUES (1)", "PRAGMA user_version = 1")
		}, usertext.NotOursTables},
		{"user_version 2, ikbt's tables and one more", true, func(t *testing.T, path string) {
			withMigrations(t, 2, func() { mustOpen(t, path).Close() })
			rawExec(t, path, "PRAGMA journal_mode = DELETE", "CREATE TABLE accounts (x)")
		}, usertext.NotOursExtraTable},
		{"another application_id", true, func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE t (x)", "PRAGMA application_id = 42", "PRAGMA user_version = 3")
		}, usertext.NotOursAppID},
		{"user_version 7 without the mark", true, func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE t (x)", "PRAGMA user_version = 7")
		}, usertext.NotOursNoAppID},
		{"tables, no version", true, func(t *testing.T, path string) {
			rawExec(t, path, "CREATE TABLE t (x)")
		}, usertext.NotOursNoVersion},
		{"a text file", true, func(t *testing.T, path string) {
			os.WriteFile(path, []byte(strings.Repeat("journal notes\n", 300)), 0o600)
		}, usertext.NotOursNotSQLite},
		{"zero bytes, read command", false, func(t *testing.T, path string) {
			os.WriteFile(path, nil, 0o600)
		}, usertext.NotOursEmpty},
		{"empty database, read command", false, func(t *testing.T, path string) {
			rawExec(t, path, "VACUUM")
		}, usertext.NotOursEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.db")
			tt.setup(t, path)
			before, _ := os.ReadFile(path)
			list := func() []string {
				es, _ := os.ReadDir(dir)
				var out []string
				for _, e := range es {
					out = append(out, e.Name())
				}
				return out
			}
			files := list()
			s, err := OpenWith(path, Options{Create: tt.create})
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			var e *Error
			if !errors.Is(err, ErrNotOurs) || !errors.As(err, &e) || e.Code != tt.code || e.Path != path {
				t.Fatalf("error %v, want ErrNotOurs with code %s", err, tt.code)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
			if got := list(); fmt.Sprint(got) != fmt.Sprint(files) {
				t.Errorf("files %v, before %v", got, files)
			}
		})
	}
}

func TestOpenWithoutCreate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "absent", "x.db")
	_, err := OpenWith(path, Options{})
	if !errors.Is(err, ErrNoFile) {
		t.Fatalf("error %v, want ErrNoFile", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a read created the directory")
	}
	// An older file is brought up to date by a read too, with its backup.
	path = filepath.Join(t.TempDir(), "old.db")
	fileAtVersion(t, path, 1)
	s, err := OpenWith(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if v, _ := header(t, path); v != SchemaVersion() {
		t.Errorf("version %d", v)
	}
	if _, err := os.Stat(path + ".bak-v1"); err != nil {
		t.Error(err)
	}
}

// TestOpenZeroByteImport: a command that creates (import) initialises a
// zero-byte file in place; there is nothing in it to lose.
func TestOpenZeroByteImport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	os.WriteFile(path, nil, 0o600)
	s := mustOpen(t, path)
	s.Close()
	if v, app := header(t, path); v != SchemaVersion() || app != applicationID {
		t.Errorf("version %d app %#x", v, app)
	}
}

func TestOpenTightensPermissions(t *testing.T) {
	for _, tt := range []struct {
		from, to fs.FileMode
		readOnly bool
	}{{0o644, 0o600, false}, {0o666, 0o600, false}, {0o444, 0o400, true}, {0o600, 0o600, false}} {
		t.Run(tt.from.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.db")
			mustOpen(t, path).Close()
			os.Chmod(path, tt.from)
			s, err := open(path, tt.readOnly)
			if err != nil {
				t.Fatal(err)
			}
			n := s.Notices()
			s.Close()
			if m := mode(t, path); m != tt.to {
				t.Errorf("mode %v, want %v", m, tt.to)
			}
			said := len(n) == 1 && n[0].Code == usertext.Tightened
			if said != (tt.from != tt.to) {
				t.Errorf("notices %v", n)
			}
		})
	}
}

// TestOpenReadOnlyLeavesNoWAL: reading a read-only file leaves no empty
// -wal and -shm behind.
func TestOpenReadOnlyLeavesNoWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	mustOpen(t, path).Close()
	os.Chmod(path, 0o400)
	s, err := open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.HasMoments(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s left behind", suffix)
		}
	}
}

// TestBackupLeavesNoPart: a stale temporary backup (a killed migration)
// never counts, and the rerun writes exactly one backup.
func TestBackupLeavesNoPart(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.db")
	fileAtVersion(t, path, 1)
	os.WriteFile(path+".bak-v1.tmp-123", nil, 0o600) // what a kill left an hour ago
	os.Chtimes(path+".bak-v1.tmp-123", time.Now().Add(-2*time.Hour), time.Now().Add(-2*time.Hour))
	os.WriteFile(path+".bak-v1.tmp-456", nil, 0o600) // another process, writing now
	mustOpen(t, path).Close()
	baks, _ := filepath.Glob(path + ".bak-v1*")
	if len(baks) != 2 || baks[0] != path+".bak-v1" || baks[1] != path+".bak-v1.tmp-456" {
		t.Fatalf("backups %v", baks)
	}
}

// concurrentChild is set for the children of TestOpenConcurrently.
const concurrentChild = "IKBT_STORE_CONCURRENT_CHILD"

func TestOpenConcurrentlyChild(t *testing.T) {
	db := os.Getenv(concurrentChild)
	if db == "" {
		t.Skip("only run as TestOpenConcurrently's child")
	}
	if os.Getenv(concurrentChild+"_READ") != "" {
		s, err := OpenWith(db, Options{})
		if errors.Is(err, ErrNoFile) {
			os.Exit(3) // the importers had not yet made it: a right answer
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Worklist(programs.Default(), today, ""); err != nil {
			t.Fatal(err)
		}
		s.Close()
		return
	}
	f, err := os.Open(os.Getenv(concurrentChild + "_FILE"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := DecodeJSON(f, programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestOpenConcurrently: two imports and a worklist start together on an
// absent file, round after round: none fails, and every file holds the
// whole import.
func TestOpenConcurrently(t *testing.T) {
	if os.Getenv(concurrentChild) != "" {
		t.Skip("child")
	}
	rounds := 100
	if testing.Short() {
		rounds = 3 // each round starts three processes
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "caseload.json")
	c := demo.Generate(today, 5)
	var b bytes.Buffer
	if err := EncodeJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, b.Bytes(), 0o600)
	var measurements int
	for _, m := range c.Moments {
		measurements += len(m.Measurements)
	}
	for r := range rounds {
		db := filepath.Join(dir, fmt.Sprintf("r%d", r), "ikbt.db")
		var wg sync.WaitGroup
		errs := make([]string, 3)
		for i := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cmd := exec.Command(os.Args[0], "-test.run=^TestOpenConcurrentlyChild$", "-test.count=1")
				cmd.Env = append(os.Environ(), concurrentChild+"="+db, concurrentChild+"_FILE="+file)
				if i == 2 {
					cmd.Env = append(cmd.Env, concurrentChild+"_READ=1")
				}
				out, err := cmd.CombinedOutput()
				var exit *exec.ExitError
				if err != nil && !(i == 2 && errors.As(err, &exit) && exit.ExitCode() == 3) {
					errs[i] = fmt.Sprintf("child %d: %v\n%s", i, err, out)
				}
			}()
		}
		wg.Wait()
		for _, e := range errs {
			if e != "" {
				t.Fatalf("round %d: %s", r, e)
			}
		}
		s := mustOpen(t, db)
		got := counts(t, s)
		s.Close()
		if got["moments"] != len(c.Moments) || got["measurements"] != measurements {
			t.Fatalf("round %d: %v", r, got)
		}
	}
}

// TestLockedSaysSo: a write lock held past the busy timeout is ErrLocked,
// said in the user's language without SQLite's text, and the import
// leaves the file as it was.
func TestLockedSaysSo(t *testing.T) {
	defer func(old int) { busyTimeout = old }(busyTimeout)
	busyTimeout = 200
	path := filepath.Join(t.TempDir(), "x.db")
	s := mustOpen(t, path)
	defer s.Close()
	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(100)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	if _, err := other.Exec("BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	c, err := DecodeJSON(strings.NewReader(readExample(t)), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	err = s.Import(c)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("import under another's lock: %v", err)
	}
	sv, en := usertext.Render(err, usertext.Swedish), usertext.Render(err, usertext.English)
	if sv != path+": "+usertext.Say(usertext.Swedish, usertext.Locked) || !strings.Contains(en, "another ikbt is writing") {
		t.Errorf("said %q / %q", sv, en)
	}
	if strings.Contains(sv, "SQLITE") || strings.Contains(en, "SQLITE") {
		t.Errorf("SQLite's text shown: %q", sv)
	}
	other.Exec("ROLLBACK")
	if has, _ := s.HasMoments(); has {
		t.Error("the locked import wrote")
	}
}

// TestTablesAt: the tables read from the migrations' text are the tables
// running them creates, at every version (a migration written in a form
// tablesAt does not read fails here, not on a user's file).
func TestTablesAt(t *testing.T) {
	for v := 1; v <= SchemaVersion(); v++ {
		got, err := tablesAt(v)
		if err != nil {
			t.Fatal(err)
		}
		want, err := tablesRun(v)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("version %d: tablesAt %v, running the migrations %v", v, got, want)
		}
	}
}
