package store

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"
	"time"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
)

// crashChild is set in the environment of the child process that imports.
const crashChild = "IKBT_STORE_CRASH_CHILD"

// TestCrashChild is the child's side of TestCrash: it imports a JSON file
// into a database, as `ikbt import` does. It does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	db := os.Getenv(crashChild)
	if db == "" {
		t.Skip("only run as TestCrash's child")
	}
	f, err := os.Open(os.Getenv(crashChild + "_FILE"))
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
	os.Stdout.WriteString("importing\n") // the parent times its kill from here
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestCrash kills an importing process with SIGKILL at random moments:
// each time the file passes integrity_check and holds all of the import or
// none of it.
func TestCrash(t *testing.T) {
	if os.Getenv(crashChild) != "" {
		t.Skip("child")
	}
	if testing.Short() {
		t.Skip("slow: 20 killed imports of 800 moments")
	}
	const runs = 20
	dir := t.TempDir()
	file := filepath.Join(dir, "caseload.json")
	var b bytes.Buffer
	if err := EncodeJSON(&b, demo.Generate(today, 800)); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, b.Bytes(), 0o600)
	empty := filepath.Join(dir, "empty.db")
	s := mustOpen(t, empty)
	zero := counts(t, s)
	s.Close()

	child := func(db string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChild+"="+db, crashChild+"_FILE="+file)
		cmd.Stderr = os.Stderr
		return cmd
	}
	// begin starts a child and returns once it has begun importing.
	begin := func(cmd *exec.Cmd) {
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line := make([]byte, len("importing\n"))
		if _, err := io.ReadFull(out, line); err != nil {
			t.Fatalf("child: %v", err)
		}
		go io.Copy(io.Discard, out)
	}
	fresh := func(name string) string {
		db := filepath.Join(dir, name)
		data, _ := os.ReadFile(empty)
		os.WriteFile(db, data, 0o600)
		return db
	}

	// One import to the end gives the full counts and its duration.
	db := fresh("full.db")
	cmd := child(db)
	begin(cmd)
	start := time.Now()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	took := time.Since(start)
	s = mustOpen(t, db)
	full := counts(t, s)
	s.Close()
	if full["measurements"] < 50000 {
		t.Fatalf("full import holds %v", full)
	}

	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 3))
	var none, all int
	for i := range runs {
		db := fresh("run.db")
		for _, suffix := range []string{"-wal", "-shm"} {
			os.Remove(db + suffix)
		}
		cmd := child(db)
		begin(cmd)
		// Mostly while writing, some near the commit or just after it.
		time.Sleep(time.Duration(r.Int64N(int64(took) * 12 / 10)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		s, err := Open(db)
		if err != nil {
			t.Fatalf("run %d: reopening: %v", i, err)
		}
		if err := s.IntegrityCheck(); err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		got := counts(t, s)
		s.Close()
		switch {
		case reflect.DeepEqual(got, zero):
			none++
		case reflect.DeepEqual(got, full):
			all++
		default:
			t.Fatalf("run %d: the file holds part of the import: %v (full %v)", i, got, full)
		}
	}
	t.Logf("%d runs killed (import takes %v): %d held nothing, %d all", runs, took.Round(time.Millisecond), none, all)
}
