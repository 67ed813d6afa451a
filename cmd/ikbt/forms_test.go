package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportPDSSWeekly: a panic-disorder patient on Ångesthjälpen Plus
// followed with PDSS-SR every week (manual 4.4, 4.7): two answers import,
// the third week's answer is due on the worklist, and a second import of
// the same file changes nothing.
func TestImportPDSSWeekly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ikbt.db")
	out, errOut, err := runIkbt(t, "import", "--db", db, "testdata/pdss-sr.json")
	if err != nil || errOut != "" {
		t.Fatalf("import: %v %s", err, errOut)
	}
	if !strings.Contains(out, "3 mätningar") {
		t.Errorf("import said %q", out)
	}
	for _, tt := range []struct {
		today string
		due   bool
	}{
		{"2026-11-22", true},  // week 3 (from 2026-11-16) has no answer after the 9th
		{"2026-11-23", true},  // week 4 starts
		{"2026-11-09", false}, // answered that day
	} {
		w, _, err := runIkbt(t, "worklist", "--db", db, "--today", tt.today, "--json")
		if err != nil {
			t.Fatal(err)
		}
		var wl struct {
			Measurements []struct {
				Instrument, Trigger, Due string
			} `json:"measurements"`
		}
		if err := json.Unmarshal([]byte(w), &wl); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range wl.Measurements {
			if d.Instrument == "PDSS-SR" {
				found = d.Trigger == "every week"
			}
		}
		if found != tt.due {
			t.Errorf("%s: PDSS-SR due %v, want %v (%s)", tt.today, found, tt.due, w)
		}
	}
	exp, _, err := runIkbt(t, "export", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(exp, `"instrument": "PDSS-SR"`) || !strings.Contains(exp, `"total": 16`) || !strings.Contains(exp, `"total": 13`) {
		t.Errorf("export lacks the PDSS-SR answers (16 from items, 13 as total):\n%s", exp)
	}
}

// TestImportWarnsUnofferedSchedule: a schedule Livsbalansen does not offer
// (manual 4.6) is imported, with a warning naming where it is.
func TestImportWarnsUnofferedSchedule(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), `"challenge": "oro",`, `"challenge": "oro", "schedules": [{"instrument": "OCI-R", "every_weeks": 2, "from": "2026-06-01"}],`, 1)
	file := filepath.Join(dir, "lb.json")
	os.WriteFile(file, []byte(s), 0o600)
	_, errOut, err := runIkbt(t, "import", "--db", filepath.Join(dir, "ikbt.db"), file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut, "varning: "+file+": moments[1].schedules[0].instrument: OCI-R erbjuds inte i Livsbalansen") {
		t.Errorf("no warning: %q", errOut)
	}
}
