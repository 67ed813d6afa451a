package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/tui/common"
)

// TestActionLabels checks that every label the actions use exists in both
// languages: the IDs written in the code and the ones built from data.
func TestActionLabels(t *testing.T) {
	for id, lb := range common.ActionLabels() {
		if lb.Sv == "" || lb.En == "" {
			t.Errorf("label %s lacks a language: %+v", id, lb)
		}
		if strings.Count(lb.Sv, "%") != strings.Count(lb.En, "%") {
			t.Errorf("label %s: sv and en take different arguments: %q / %q", id, lb.Sv, lb.En)
		}
	}
	used := regexp.MustCompile(`\.A\("([a-z0-9.\-]+)"\s*[,)]`)
	files, _ := filepath.Glob("*.go")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(b), -1) {
			n++
			if _, ok := common.ActionLabels()[m[1]]; !ok {
				t.Errorf("%s uses label %s, which actions_labels.json lacks", f, m[1])
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d label uses; is the pattern right?", n)
	}
	var dynamic []string
	for _, r := range closingReasons {
		dynamic = append(dynamic, "act.reason."+r)
	}
	for _, o := range occasions {
		dynamic = append(dynamic, "act.occ."+string(o))
	}
	for _, k := range []string{caseload.FlagMADRS9, caseload.FlagInactive, caseload.FlagNoDialogue, caseload.FlagMaintenanceOver, caseload.FlagDeterioration} {
		dynamic = append(dynamic, "act.flag."+k)
	}
	for _, id := range dynamic {
		if _, ok := common.ActionLabels()[id]; !ok {
			t.Errorf("label %s is missing", id)
		}
	}
}

func TestActionsInEnglish(t *testing.T) {
	s := fakeDemo()
	d := newDriver(t, s, 120, 40, "en")
	d.press("?")
	for _, want := range []string{"new moment", "feedback", "measurement", "handle flag", "undo", "phrases"} {
		if !strings.Contains(d.screen(), want) {
			t.Errorf("the English help lacks %q:\n%s", want, d.screen())
		}
	}
	d.press("?", "n")
	for _, want := range []string{"New moment", "Personal identity number", "Program"} {
		if !strings.Contains(d.screen(), want) {
			t.Errorf("the English form lacks %q:\n%s", want, d.screen())
		}
	}
}
