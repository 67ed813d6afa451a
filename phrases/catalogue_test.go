package phrases_test

import (
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
)

// Every module and track part in the program catalogue has its Åtgärd
// phrase, and every program its Kontaktorsak, so a note can be built for
// any moment.
func TestCatalogueIsCovered(t *testing.T) {
	set := phrases.Builtin()
	c := programs.Default()
	for _, p := range c.Programs() {
		for _, m := range p.Modules {
			if _, ok := set.ForModule(p.ID, "", m.Number); !ok {
				t.Errorf("%s module %d (%s) has no phrase", p.ID, m.Number, m.Title)
			}
			n := phrases.NoteInput{Program: p.ID, ProgramName: p.Name, Module: m.Number, NextModule: m.Number + 1,
				FollowUp: caseload.NewDate(2026, 12, 1), Diagnosis: "F43.8", Contact: phrases.Written}
			if _, err := set.BuildNote(n); err != nil {
				t.Errorf("%s module %d: %v", p.ID, m.Number, err)
			}
		}
		for _, tr := range p.Tracks {
			for _, m := range tr.Modules {
				if _, ok := set.ForModule(p.ID, tr.ID, m.Number); !ok {
					t.Errorf("%s track %s part %d has no phrase", p.ID, tr.ID, m.Number)
				}
			}
		}
		if _, ok := set.ForModule(p.ID, "", p.Total()+1); ok {
			t.Errorf("%s has a phrase for module %d beyond its %d", p.ID, p.Total()+1, p.Total())
		}
	}
	for _, tr := range c.Addons() {
		for _, m := range tr.Modules {
			if _, ok := set.ForModule("", tr.ID, m.Number); !ok {
				t.Errorf("add-on %s part %d has no phrase", tr.ID, m.Number)
			}
		}
	}
}
