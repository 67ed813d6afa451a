package tui

import (
	"strconv"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// Phrasebook is the phrases the composer and the picker use: the built-in
// set, with the clinician's personal file over it when there is one.
type Phrasebook interface {
	Expand(code string, p phrases.Params) (string, error)
	ExpandText(draft string, p phrases.Params) (string, []error)
	List() []phrases.Phrase
	BuildNote(n phrases.NoteInput) (string, error)
	BuildClosingNote(c phrases.ClosingInput) (string, error)
}

// defaultPhrasebook is the built-in phrases with the personal file over
// them; a bad line of that file is skipped (ikbt phrase list reports it).
func defaultPhrasebook() Phrasebook {
	if s, _ := phrases.LoadPersonal(); s != nil {
		return s
	}
	return phrases.Builtin()
}

// scoreWindow is how far back a measurement counts as "latest" for the
// note: the weekly contact documents what was answered since about the
// previous one.
const scoreWindow = 14

// noteState is what the note and the phrase parameters take from a moment.
type noteState struct {
	in      phrases.NoteInput
	closing *phrases.ClosingInput // set when the moment is closed
	params  phrases.Params
}

// noteStateOf reads the moment's state as of today: the base module last
// given feedback (else last submitted), the module opened after it, the
// next feedback day, the latest score per instrument with its band and
// occasion, and MADRS-S item 9.
func noteStateOf(cat *programs.Catalogue, m *caseload.Moment, today caseload.Date) noteState {
	var p *programs.Program
	if cat != nil {
		p, _ = cat.Program(m.Program)
	}
	in := phrases.NoteInput{Program: m.Program, Diagnosis: m.Diagnosis, Contact: phrases.Written}
	if p != nil {
		in.ProgramName = p.Name
	}
	var doneAt caseload.Stamp
	highest := 0
	for _, e := range m.Modules {
		n := moduleNumber(e.Module)
		if n == 0 {
			continue
		}
		at := e.Feedback
		if at.IsZero() {
			at = e.Submitted
		}
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
		if at := doneStamp(e); strings.Contains(e.Module, "/") && at.After(contact) {
			contact = at
		}
	}
	for _, e := range m.Modules {
		track, part, ok := strings.Cut(e.Module, "/")
		if at := doneStamp(e); !ok || at.IsZero() || !at.Date().Equal(contact.Date()) {
			continue
		}
		if n, err := strconv.Atoi(part); err == nil {
			in.Parts = append(in.Parts, phrases.Part{Track: track, Number: n})
		}
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
		if ms.Answered.IsZero() || today.DaysSince(ms.Answered.Date()) > scoreWindow || ms.Answered.Date().After(today) {
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
		sc := phrases.Score{Instrument: id, Total: ms.Total, Occasion: ms.Occasion}
		if inst, ok := instruments.Get(id); ok {
			if b := inst.Band(ms.Total); b.Sv != "" {
				r := []rune(b.Sv)
				sc.Interpretation = strings.ToUpper(string(r[:1])) + string(r[1:])
			}
		}
		if id != "MADRS-S9" {
			in.Scores = append(in.Scores, sc)
		}
		if ms.Item9 >= 0 && ms.Answered.After(item9At) {
			v := ms.Item9
			in.Item9, item9At = &v, ms.Answered
		}
	}
	st := noteState{in: in}
	st.params = phrases.Params{Module: in.Module, Date: in.FollowUp, Score: in.Item9}
	if in.NextModule > 0 && st.params.Module == 0 {
		st.params.Module = in.NextModule
	}
	if m.Status == caseload.Closed {
		c := phrases.ClosingInput{NoteInput: in, Completed: completedModules(p, m), Reason: m.ClosingReason}
		c.NextModule, c.FollowUp = 0, caseload.Date{}
		if p != nil {
			c.Total = p.Total()
		}
		st.closing = &c
	}
	return st
}

// doneStamp is when a module was last done: its feedback, else its
// submission (zero when neither).
func doneStamp(e caseload.ModuleEvent) caseload.Stamp {
	if !e.Feedback.IsZero() {
		return e.Feedback
	}
	return e.Submitted
}

// draft builds the note's first draft with the phrasebook.
func (s noteState) draft(pb Phrasebook) (string, error) {
	if s.closing != nil {
		return pb.BuildClosingNote(*s.closing)
	}
	return pb.BuildNote(s.in)
}
