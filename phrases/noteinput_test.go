package phrases

import (
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

func TestNoteStateOf(t *testing.T) {
	today := caseload.NewDate(2026, time.November, 23)
	m := caseload.Moment{
		ID: "x", Program: "depressionshjalpen", Diagnosis: "F32.1", FeedbackDay: today.Weekday(),
		Modules: []caseload.ModuleEvent{
			{Module: "1", Opened: caseload.NewStamp(2026, 11, 2, 9, 0), Submitted: caseload.NewStamp(2026, 11, 8, 9, 0), Feedback: caseload.NewStamp(2026, 11, 9, 9, 0)},
			{Module: "2", Opened: caseload.NewStamp(2026, 11, 9, 9, 0), Submitted: caseload.NewStamp(2026, 11, 15, 9, 0), Feedback: caseload.NewStamp(2026, 11, 23, 9, 0)},
			{Module: "3", Opened: caseload.NewStamp(2026, 11, 23, 9, 0)},
		},
		Measurements: []caseload.Measurement{
			{Instrument: "MADRS-S", Occasion: caseload.Startup, Answered: caseload.NewStamp(2026, 10, 1, 9, 0), Total: 30, Item9: 2},
			{Instrument: "MADRS-S", Occasion: caseload.Ongoing, Answered: caseload.NewStamp(2026, 11, 20, 9, 0), Total: 18, Item9: 1},
		},
	}
	p, _ := programs.Default().Program(m.Program)
	in := NoteStateOf(p, &m, today).Input
	if in.Module != 2 || in.NextModule != 3 || !in.FollowUp.Equal(today.AddDays(7)) || in.Diagnosis != "F32.1" {
		t.Errorf("note input %+v", in)
	}
	if len(in.Scores) != 1 || in.Scores[0].Total != 18 || in.Scores[0].Interpretation != "Lindrig depression" || in.Scores[0].Occasion != caseload.Ongoing {
		t.Errorf("scores %+v", in.Scores)
	}
	if in.Item9 == nil || *in.Item9 != 1 {
		t.Errorf("item 9 %v", in.Item9)
	}
}

// Issue 9 and 10: the note's Skattningsskalor block writes a decimal score
// as the form does, with its reading (EDE-Q has a cut-off and no band), and
// a MADRS-S given only as a total says its item 9 is unknown.
func TestNoteStateOfDecimalsAndUnknownItem9(t *testing.T) {
	today := caseload.NewDate(2026, time.November, 23)
	dec := 3.1
	m := caseload.Moment{
		ID: "x", Program: "depressionshjalpen", Diagnosis: "F32.1", FeedbackDay: today.Weekday(),
		Modules: []caseload.ModuleEvent{
			{Module: "1", Opened: caseload.NewStamp(2026, 11, 2, 9, 0), Submitted: caseload.NewStamp(2026, 11, 8, 9, 0), Feedback: caseload.NewStamp(2026, 11, 9, 9, 0)},
		},
		Measurements: []caseload.Measurement{
			{Instrument: "EDE-Q", Occasion: caseload.Ongoing, Answered: caseload.NewStamp(2026, 11, 20, 9, 0), Total: 3, Decimal: &dec, Item9: -1},
			{Instrument: "MADRS-S", Occasion: caseload.Ongoing, Answered: caseload.NewStamp(2026, 11, 20, 9, 0), Total: 18, Item9: -1},
		},
	}
	p, _ := programs.Default().Program(m.Program)
	in := NoteStateOf(p, &m, today).Input
	if in.Item9 != nil {
		t.Errorf("item 9 %d from a total", *in.Item9)
	}
	note, err := BuildNote(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"EDE-Q: 3,10 poäng, Vid eller över gränsvärdet 2,80. Mättillfälle: Pågående",
		"MADRS-S: 18 poäng, Lindrig depression, fråga 9 okänd. Mättillfälle: Pågående",
	} {
		if !strings.Contains(note, want) {
			t.Errorf("the note lacks %q:\n%s", want, note)
		}
	}
}
