package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
)

var updateJSON = flag.Bool("update-worklist-json", false, "rewrite testdata/worklist-json.sha256")

const worklistJSONGolden = "testdata/worklist-json.sha256"

// worklistJSON is what `ikbt worklist --json` writes to a program (compact,
// HTML not escaped).
func worklistJSON(t *testing.T, s *Store, clinician string) []byte {
	t.Helper()
	w, err := s.Worklist(programs.Default(), today, clinician)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWorklistJSONUnchanged pins the worklist JSON, byte for byte, on the
// hand-made demo and on a scaled file, for everyone and one clinician, so
// that work on the speed of reading (issue 18) cannot change what the
// clinician sees. A deliberate change to the worklist's rules or format
// rewrites the hashes with -update-worklist-json (and says so in review).
func TestWorklistJSONUnchanged(t *testing.T) {
	cases := []struct {
		name    string
		moments int
	}{
		{"demo", 0},
		{"scaled", 600},
	}
	var got []string
	for _, c := range cases {
		if c.moments > demo.Handmade && testing.Short() {
			continue
		}
		s, err := Open(filepath.Join(t.TempDir(), "w.db"))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ImportNew(demo.Generate(today, c.moments)); err != nil {
			t.Fatal(err)
		}
		for _, who := range []string{"", demo.Clinician} {
			b := worklistJSON(t, s, who)
			if len(b) < 1000 {
				t.Fatalf("%s %q: %d bytes of JSON", c.name, who, len(b))
			}
			// Read on one connection or on two (loadParallel), the same bytes.
			for _, n := range []int{-1, 1 << 30} {
				old := oneConnectionMoments
				oneConnectionMoments = n
				other := worklistJSON(t, s, who)
				oneConnectionMoments = old
				if !bytes.Equal(other, b) {
					t.Errorf("%s %q: read with oneConnectionMoments %d gives other JSON", c.name, who, n)
				}
			}
			got = append(got, fmt.Sprintf("%s %q %x", c.name, who, sha256.Sum256(b)))
		}
		s.Close()
	}
	if *updateJSON {
		if testing.Short() {
			t.Fatal("-update-worklist-json needs the scaled file: run without -short")
		}
		if err := os.WriteFile(worklistJSONGolden, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(worklistJSONGolden)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		want[l] = true
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("worklist JSON changed: %s not in %s", g, worklistJSONGolden)
		}
	}
}
