package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
)

func TestLabelsHaveBothLanguages(t *testing.T) {
	for id, l := range common.Labels() {
		if strings.TrimSpace(l.Sv) == "" || strings.TrimSpace(l.En) == "" {
			t.Errorf("label %q lacks a language: %+v", id, l)
		}
		if strings.Count(l.Sv, "%") != strings.Count(l.En, "%") {
			t.Errorf("label %q: Swedish and English take different arguments: %q / %q", id, l.Sv, l.En)
		}
	}
}

// Every label the code asks for exists: literal IDs in the source, and the
// IDs built from a prefix and a domain value.
func TestLabelsExist(t *testing.T) {
	ids := map[string]bool{}
	lit := regexp.MustCompile(`\.T\("([a-z0-9.-]+[a-z0-9])"`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(b), -1) {
			ids[m[1]] = true
		}
	}
	for _, c := range tabColumns {
		for _, col := range c {
			if col.Title != "" {
				ids[col.Title] = true
			}
		}
	}
	for _, tl := range tabLabels {
		ids[tl] = true
		ids["table.none."+tl] = true
	}
	for _, s := range []caseload.Status{caseload.Active, caseload.Maintenance, caseload.Closed} {
		ids["status."+string(s)] = true
	}
	for _, o := range []caseload.Occasion{caseload.Assessment, caseload.Startup, caseload.Ongoing, caseload.Final, caseload.FollowUp} {
		ids["occasion."+string(o)] = true
	}
	for _, k := range []string{caseload.FlagMADRS9, caseload.FlagInactive, caseload.FlagNoDialogue, caseload.FlagMaintenanceOver, caseload.FlagDeterioration} {
		ids["flag."+k] = true
		if k != caseload.FlagMADRS9 {
			ids["flag."+k+".detail"] = true
		}
	}
	for _, k := range []programs.TrackKind{programs.Challenge, programs.Optional, programs.Addon} {
		ids["detail.track."+string(k)] = true
	}
	for _, tr := range []string{"start", "final", "followup"} {
		ids["trigger."+tr] = true
	}
	if len(ids) < 50 {
		t.Fatalf("found only %d label IDs in the source", len(ids))
	}
	for id := range ids {
		if _, ok := common.Labels()[id]; !ok {
			t.Errorf("label %q is used but not in labels.json", id)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		d      caseload.Date
		sv, en string
	}{
		{today, "måndag 23 november 2026", "Monday 23 November 2026"},
		{caseload.NewDate(2026, 3, 1), "söndag 1 mars 2026", "Sunday 1 March 2026"},
		{caseload.NewDate(2027, 5, 15), "lördag 15 maj 2027", "Saturday 15 May 2027"},
		{caseload.Date{}, "", ""},
	}
	for _, tc := range tests {
		if got := Lang("sv").LongDate(tc.d); got != tc.sv {
			t.Errorf("sv %v: %q, want %q", tc.d, got, tc.sv)
		}
		if got := Lang("en").LongDate(tc.d); got != tc.en {
			t.Errorf("en %v: %q, want %q", tc.d, got, tc.en)
		}
	}
}
