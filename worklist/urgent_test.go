package worklist

import (
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func TestMostUrgent(t *testing.T) {
	red := Flag{Moment: "r", Kind: caseload.FlagMADRS9}
	other := Flag{Moment: "o", Kind: caseload.FlagInactive}
	late := Feedback{Moment: "l", DaysOverdue: 2}
	today := Feedback{Moment: "t"}
	due := Due{Moment: "d"}
	tests := []struct {
		name string
		w    Worklist
		want Urgent
	}{
		{"nothing", Worklist{}, Urgent{}},
		{"red flag before overdue feedback", Worklist{Flags: []Flag{red, other}, Feedback: []Feedback{late}, Measurements: []Due{due}}, Urgent{ListFlags, "r"}},
		{"overdue feedback before other flags", Worklist{Flags: []Flag{other}, Feedback: []Feedback{late}}, Urgent{ListFeedback, "l"}},
		{"other flag before feedback due today", Worklist{Flags: []Flag{other}, Feedback: []Feedback{today}, Measurements: []Due{due}}, Urgent{ListFlags, "o"}},
		{"feedback due today before measurements", Worklist{Feedback: []Feedback{today}, Measurements: []Due{due}}, Urgent{ListFeedback, "t"}},
		{"measurements last", Worklist{Measurements: []Due{due}}, Urgent{ListMeasurements, "d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MostUrgent(tt.w); got != tt.want {
				t.Errorf("MostUrgent = %+v, want %+v", got, tt.want)
			}
		})
	}
}
