package phrases

import (
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// ScoreWindow is how far back (days) a measurement counts as "latest" for
// the note: the weekly contact documents what was answered since about
// the previous one.
const ScoreWindow = 14

// NoteState is what a moment gives its journal note and the phrase
// parameters as of one day.
type NoteState struct {
	Input   NoteInput
	Closing *ClosingInput // set when the moment is closed
	Params  Params
}

// Draft builds the note's first draft with b: the closing note for a
// closed moment, else the weekly contact's.
func (s NoteState) Draft(b interface {
	BuildNote(NoteInput) (string, error)
	BuildClosingNote(ClosingInput) (string, error)
}) (string, error) {
	if s.Closing != nil {
		return b.BuildClosingNote(*s.Closing)
	}
	return b.BuildNote(s.Input)
}

// NoteStateOf reads the moment's state as of today: the base module last
// given feedback (else last submitted), the module opened after it, the
// next feedback day, the latest score per instrument with its band and
// occasion, and MADRS-S item 9. p is the moment's program (nil when
// unknown).
func NoteStateOf(p *programs.Program, m *caseload.Moment, today caseload.Date) NoteState {
	in := NoteInput{Program: m.Program, Diagnosis: m.Diagnosis, Contact: Written}
	if p != nil {
		in.ProgramName, in.ModulesTotal = p.Name, p.Total() // after the last module Planering says what comes instead
	}
	var doneAt caseload.Stamp
	highest := 0
	for _, e := range m.Modules {
		n := caseload.BaseNumber(e.Module)
		if n == 0 {
			continue
		}
		at := e.Done()
		if !at.IsZero() && (at.After(doneAt) || (at.Equal(doneAt) && n > in.Module)) {
			doneAt, in.Module = at, n
		}
		if !e.Opened.IsZero() && n > highest {
			highest = n
		}
	}
	// Track parts done on the day of the latest contact, the base module's
	// or a part's own: a part's feedback is often a write of its own
	// (oro/1 after module 6), and the week's note names both.
	contact := doneAt
	for _, e := range m.Modules {
		if _, isPart := caseload.TrackOf(e.Module); isPart && e.Done().After(contact) {
			contact = e.Done()
		}
	}
	for _, e := range m.Modules {
		k, ok := caseload.ParseModuleKey(e.Module)
		if at := e.Done(); !ok || !k.IsPart() || at.IsZero() || !at.Date().Equal(contact.Date()) {
			continue
		}
		in.Parts = append(in.Parts, Part{Track: k.Track, Number: k.Number})
	}
	if highest > in.Module {
		in.NextModule = highest
	} else if p != nil && in.Module > 0 && in.Module < p.Total() {
		in.NextModule = in.Module + 1
	}
	if in.NextModule > 0 {
		in.FollowUp = worklist.FeedbackDue(today.AddDays(1), m.FeedbackDay)
	}
	latest := map[string]caseload.Measurement{}
	var order []string
	for _, ms := range m.Measurements {
		if ms.Answered.IsZero() || today.DaysSince(ms.Answered.Date()) > ScoreWindow || ms.Answered.Date().After(today) {
			continue
		}
		prev, seen := latest[ms.Instrument]
		if !seen {
			order = append(order, ms.Instrument)
		}
		if !seen || ms.Answered.After(prev.Answered) {
			latest[ms.Instrument] = ms
		}
	}
	var item9At caseload.Stamp
	for _, id := range order {
		ms := latest[id]
		sc := Score{Instrument: id, Total: ms.Total, Decimal: ms.Decimal, Occasion: ms.Occasion,
			Item9Unknown: instruments.Item9Unknown(id, ms.Item9)}
		if s := interpretation(ms); s != "" {
			r := []rune(s)
			sc.Interpretation = strings.ToUpper(string(r[:1])) + string(r[1:])
		}
		if id != "MADRS-S9" {
			in.Scores = append(in.Scores, sc)
		}
		if ms.Item9 >= 0 && ms.Answered.After(item9At) {
			v := ms.Item9
			in.Item9, item9At = &v, ms.Answered
		}
	}
	st := NoteState{Input: in}
	// Typed codes take the same values as the blocks: modul is the module
	// done, the module assigned is Next — never one for the other (issue 13).
	st.Params = in.params()
	if m.Status == caseload.Closed {
		c := ClosingInput{NoteInput: in, Completed: p.Completed(m), Reason: m.ClosingReason, Visit: ClosingVisitLines(m.Closing)}
		c.NextModule, c.FollowUp = 0, caseload.Date{}
		if p != nil {
			c.Total = p.Total()
		}
		st.Closing = &c
	}
	return st
}

// interpretation is the Swedish reading of an answer as 7.1.4 asks for
// it: the band, else the cut-off (and a screen from the items), as
// instruments publishes it (issue 10); "" when the form has none.
func interpretation(ms caseload.Measurement) string {
	in, ok := instruments.Get(ms.Instrument)
	if !ok {
		return ""
	}
	var r instruments.Result
	var err error
	if len(ms.Items) == in.Items && in.ItemsScored() {
		r, err = instruments.Score(in.ID, ms.Items)
	} else {
		r, err = instruments.ScoreValue(in.ID, ms.Value())
	}
	if err != nil {
		return ""
	}
	return r.Interpretation(in, true)
}
