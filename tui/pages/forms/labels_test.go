package forms

import (
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/tui/common"
)

// TestActionLabels checks that every label the actions build from data
// exists (the ones they name are checked by the compiler).
func TestActionLabels(t *testing.T) {
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
		if _, ok := common.LabelByID(id); !ok {
			t.Errorf("label %s is missing", id)
		}
	}
}
