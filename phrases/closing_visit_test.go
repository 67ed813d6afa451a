package phrases_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
)

// TestClosingNoteHoldsTheVisit checks that the closing visit's answers
// (3.6.6) are prefilled into the closing note under Avslut av behandling
// (issue 16): once the visit is held the note is there before the moment
// is closed (no reason yet), and after the closing with the reason first;
// before the visit an open moment has no closing note.
func TestClosingNoteHoldsTheVisit(t *testing.T) {
	cat := programs.Default()
	p, _ := cat.Program("depressionshjalpen")
	visit := &caseload.Closing{Moment: "m", VisitOn: caseload.NewDate(2026, 11, 24), VisitHeld: caseload.NewDate(2026, 11, 24),
		Checks: []caseload.Check{
			{Key: "criteria", Answer: "Nej"},
			{Key: "symptom-reduction", Answer: "Ja, MADRS-S 27 till 12", Note: "Sover bättre"},
			{Key: "maintenance-plan", Answer: "Klar"},
			{Key: "referrer", Answer: ""}, // not answered: left out
		}}
	wantVisit := []string{
		"Avslutningsbesök 2026-11-24:",
		"Symtomreduktion? Ja, MADRS-S 27 till 12. Sover bättre",
		"Uppfyller fortfarande diagnoskriterierna? Nej",
		"Kom överens om vidmakthållandeplanen. Klar",
	}
	tests := []struct {
		name    string
		closed  bool
		closing *caseload.Closing
		want    []string // the block Avslut av behandling, line by line; nil: no note
	}{
		{"open, no visit", false, nil, nil},
		{"open, visit booked only", false, &caseload.Closing{Moment: "m", VisitOn: caseload.NewDate(2026, 11, 30)}, nil},
		{"open, visit held", false, visit, append([]string{"Avslut av behandling: Genomförda moduler: 3 av 7"}, wantVisit...)},
		{"closed, no visit", true, nil, []string{"Avslut av behandling: Genomförda moduler: 3 av 7", "Avslutningsorsak: Behandlingen avbruten"}},
		{"closed, visit held", true, visit, append([]string{"Avslut av behandling: Genomförda moduler: 3 av 7", "Avslutningsorsak: Behandlingen avbruten"}, wantVisit...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := phrases.KindFeedback
			if tt.closed {
				k = phrases.KindClosing
			}
			m := fixture(p, k)
			m.Closing = tt.closing
			r, err := phrases.RequestFor(cat, &m, phrases.KindClosing, day)
			if tt.want == nil {
				var u *phrases.UnavailableError
				if !errors.As(err, &u) || u.Why != "not-closed" {
					t.Fatalf("want not-closed, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			n, err := phrases.Build(r)
			if err != nil {
				t.Fatal(err)
			}
			text := n.Text()
			i := strings.Index(text, "Avslut av behandling:")
			j := strings.Index(text, "\n\nDiagnos:")
			if i < 0 || j < i {
				t.Fatalf("no Avslut av behandling before Diagnos:\n%s", text)
			}
			got := strings.Split(text[i:j], "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Avslut av behandling =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, l := range strings.Split(text, "\n") {
				if strings.TrimRight(l, " \t") != l || strings.ContainsRune(l, '\x1b') {
					t.Errorf("not plain: %q", l)
				}
			}
			// NoteStateOf, the other way in, gives the same block for a closed moment.
			if tt.closed {
				draft, err := phrases.NoteStateOf(p, &m, day).Draft(phrases.Builtin())
				if err != nil || !strings.Contains(draft, strings.Join(tt.want, "\n")) {
					t.Errorf("NoteStateOf's draft lacks the block (%v):\n%s", err, draft)
				}
			}
		})
	}
}
