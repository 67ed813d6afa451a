package tui

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/worklist"
)

func TestLabelsHaveBothLanguages(t *testing.T) {
	ids := map[string]bool{}
	for _, l := range common.AllLabels() {
		if ids[l.ID] {
			t.Errorf("label ID %q is used twice", l.ID)
		}
		ids[l.ID] = true
		if strings.TrimSpace(l.Sv) == "" || strings.TrimSpace(l.En) == "" {
			t.Errorf("label %q lacks a language: %+v", l.ID, l)
		}
		if strings.Count(l.Sv, "%") != strings.Count(l.En, "%") {
			t.Errorf("label %q: Swedish and English take different arguments: %q / %q", l.ID, l.Sv, l.En)
		}
	}
}

// Every label the code builds from a prefix and a domain value exists
// (the ones it names are checked by the compiler: common.L's fields).
func TestLabelsExist(t *testing.T) {
	ids := map[string]bool{}
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
	for _, k := range []string{caseload.FlagMADRS9, caseload.FlagInactive, caseload.FlagNoDialogue, caseload.FlagMaintenanceOver, caseload.FlagDeterioration, caseload.FlagPHQ9, caseload.FlagMissedDay} {
		ids["flag."+k] = true
		ids["act.flag."+k] = true
		if !worklist.IsRed(k) {
			ids["flag."+k+".detail"] = true
		}
	}
	for _, k := range []programs.TrackKind{programs.Challenge, programs.Optional, programs.Addon} {
		ids["detail.track."+string(k)] = true
	}
	for _, tr := range []worklist.TriggerKind{worklist.TriggerStart, worklist.TriggerFinal, worklist.TriggerFollowUp} {
		ids["trigger."+string(tr)] = true
	}
	for id := range ids {
		if _, ok := common.LabelByID(id); !ok {
			t.Errorf("label %q is built by the code but not in the catalogue", id)
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
