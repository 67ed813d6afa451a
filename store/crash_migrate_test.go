package store

import (
	"database/sql"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

const migrateChild = "IKBT_STORE_MIGRATE_CHILD"

// TestCrashMigrateChild opens (and so migrates) a file; only as a child.
func TestCrashMigrateChild(t *testing.T) {
	db := os.Getenv(migrateChild)
	if db == "" {
		t.Skip("only run as TestCrashMigrate's child")
	}
	os.Stdout.WriteString("opening\n")
	s, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// bigV1 makes a version-1 file with many measurements, in SQL (0001's
// tables never change), so that migrating it takes a while.
func bigV1(t *testing.T, path string) {
	t.Helper()
	withMigrations(t, 1, func() { mustOpen(t, path).Close() })
	rawExec(t, path,
		"INSERT INTO patients VALUES ('189002099811', 'Test Testsson')",
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
		 INSERT INTO moments (id, pnr, program, started, feedback_day, status) SELECT 'm-' || i, '189002099811', 'oroshjalpen', '2026-01-01', 2, 'active' FROM n`,
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
		 INSERT INTO measurements (moment, instrument, answered, total) SELECT m.id, 'GAD-7', printf('2026-01-%02dT%02d:%02d', 1 + n.i % 28, n.i % 24, n.i % 60), n.i % 21 FROM moments m, n`,
		"PRAGMA wal_checkpoint(TRUNCATE)")
}

// TestCrashMigrate kills a process while it migrates an old file: each
// time the file is wholly one version (the old or the new) and passes
// integrity_check, and the backup is whole or absent.
func TestCrashMigrate(t *testing.T) {
	if os.Getenv(migrateChild) != "" {
		t.Skip("child")
	}
	if testing.Short() {
		t.Skip("slow: kills migrations of a 200,000-measurement file")
	}
	dir := t.TempDir()
	orig := filepath.Join(dir, "orig.db")
	bigV1(t, orig)
	data, err := os.ReadFile(orig)
	if err != nil {
		t.Fatal(err)
	}
	run := func(db string, kill time.Duration) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashMigrateChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), migrateChild+"="+db)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line := make([]byte, len("opening\n"))
		if _, err := io.ReadFull(out, line); err != nil {
			t.Fatalf("child: %v", err)
		}
		go io.Copy(io.Discard, out)
		if kill >= 0 {
			time.Sleep(kill)
			cmd.Process.Signal(syscall.SIGKILL)
		}
		cmd.Wait()
	}
	fresh := func() string {
		sub, _ := os.MkdirTemp(dir, "run")
		db := filepath.Join(sub, "ikbt.db")
		os.WriteFile(db, data, 0o600)
		return db
	}
	start := time.Now()
	run(fresh(), -1)
	took := time.Since(start)

	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	var old, migrated int
	for i := range 12 {
		db := fresh()
		run(db, time.Duration(r.Int64N(int64(took)*12/10)))
		v, app, n := inspect(t, db)
		switch {
		case v == 1 && app == 0 && n == 200000:
			old++
		case v == SchemaVersion() && app == applicationID && n == 200000:
			migrated++
		default:
			t.Fatalf("run %d: version %d, application_id %#x, %d measurements", i, v, app, n)
		}
		if _, err := os.Stat(db + ".bak-v1"); err == nil {
			if bv, _, bn := inspect(t, db+".bak-v1"); bv != 1 || bn != 200000 {
				t.Fatalf("run %d: backup at version %d with %d measurements", i, bv, bn)
			}
		} else if v != 1 {
			t.Fatalf("run %d: migrated without a backup", i)
		}
		// And it opens, whatever the kill left.
		s, err := Open(db)
		if err != nil {
			t.Fatalf("run %d: reopening: %v", i, err)
		}
		s.Close()
	}
	t.Logf("12 migrations killed (one takes %v): %d left at version 1, %d migrated", took.Round(time.Millisecond), old, migrated)
}

// inspect checks a file's integrity and reads its version, application
// id and number of measurements, with a plain connection.
func inspect(t *testing.T, path string) (version, appID, measurements int) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ok string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("%s: integrity_check %q %v", filepath.Base(path), ok, err)
	}
	db.QueryRow("PRAGMA user_version").Scan(&version)
	db.QueryRow("PRAGMA application_id").Scan(&appID)
	db.QueryRow("SELECT count(*) FROM measurements").Scan(&measurements)
	return
}
