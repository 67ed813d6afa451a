package phrases

import (
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// UnavailableError says why a moment has no note of a kind (yet). Why is
// a stable key that the command line and the composer translate:
//
//	no-program          the moment's program is not in the catalogue
//	no-completed-module feedback: no module submitted or given feedback
//	no-handled-flag     flag: no red flag handled with `H`
//	no-current-module   reminder: no module opened
//	not-closed          closing: the moment is not closed
//	closed              feedback, reminder, start: the moment is closed
//	not-ended           followup: the treatment is still active
//	not-active          reminder: the moment is in maintenance (no messages)
type UnavailableError struct {
	Moment string
	Kind   Kind
	Why    string
}

func (e *UnavailableError) Error() string {
	return "moment " + e.Moment + ": no " + string(e.Kind) + " note: " + e.Why
}

// recentScoreDays is how far back a measurement counts as "latest" for the
// weekly note: what was answered since about the previous contact.
const recentScoreDays = 14

// RequestFor derives the note of kind k for moment m on day today: the
// moment's state, read the same way for every kind. It is what the
// composer prefills and `ikbt note` prints.
func RequestFor(cat *programs.Catalogue, m *caseload.Moment, k Kind, today caseload.Date) (Request, error) {
	if _, err := ParseKind(string(k)); err != nil {
		return Request{}, err
	}
	unavailable := func(why string) (Request, error) {
		return Request{}, &UnavailableError{Moment: m.ID, Kind: k, Why: why}
	}
	var p *programs.Program
	if cat != nil {
		p, _ = cat.Program(m.Program)
	}
	if p == nil {
		return unavailable("no-program")
	}
	r := Request{Kind: k, Moment: m.ID}
	r.NoteInput = NoteInput{Program: m.Program, ProgramName: p.Name, Diagnosis: m.Diagnosis, Contact: Written,
		ModulesTotal: p.Total()}
	done, doneAt := lastDone(m)
	current := currentModule(m)
	followUp := worklist.FeedbackDue(today.AddDays(1), m.FeedbackDay)

	switch {
	case m.Status == caseload.Closed && (k == KindFeedback || k == KindReminder || k == KindStart):
		return unavailable("closed")
	case m.Status == caseload.Maintenance && k == KindReminder:
		return unavailable("not-active")
	case m.Status == caseload.Active && k == KindFollowUp:
		return unavailable("not-ended")
	}
	switch k {
	case KindFeedback:
		if done == 0 {
			return unavailable("no-completed-module")
		}
		r.Module = done
		r.Parts = partsDoneOn(m, doneAt)
		switch {
		case current > done:
			r.NextModule = current
		case done < p.Total():
			r.NextModule = done + 1
		}
		if r.NextModule > 0 {
			r.FollowUp = followUp
			r.Challenge = challengeWith(p, m, r.NextModule)
		}
		r.Scores, r.Item9 = scoresOf(m, today, func(x caseload.Measurement) bool {
			return today.DaysSince(x.Answered.Date()) <= recentScoreDays
		})
	case KindFlag:
		f, ok := lastHandledRedFlag(m)
		if !ok {
			return unavailable("no-handled-flag")
		}
		r.Flag = &f
		r.Module = max(current, done)
		r.FollowUp = followUp
	case KindReminder:
		if current == 0 {
			return unavailable("no-current-module")
		}
		r.Module = current
		r.FollowUp = followUp
		r.Reminder = ReminderMissed
		since := worklist.LastActivity(*m)
		if since.IsZero() {
			since = m.Started.Start()
		}
		if today.DaysSince(since.Date()) >= worklist.InactiveDays {
			r.Reminder = ReminderInactive
		}
	case KindStart:
		r.Module, r.NextModule, r.FollowUp = 1, 1, followUp
		r.Scores, r.Item9 = scoresOf(m, today, func(x caseload.Measurement) bool {
			return x.Occasion == caseload.Assessment || x.Occasion == caseload.Startup
		})
	case KindClosing:
		// The closing note is also the closing visit's note (3.6.6): it is
		// there once the visit is held, before the moment is closed.
		r.Visit = ClosingVisitLines(m.Closing)
		if m.Status != caseload.Closed && len(r.Visit) == 0 {
			return unavailable("not-closed")
		}
		r.Module = done
		r.Completed = completed(p, m)
		r.Reason = m.ClosingReason
		r.Scores, r.Item9 = scoresOf(m, today, func(x caseload.Measurement) bool { return x.Occasion == caseload.Final })
	case KindFollowUp:
		r.Scores, r.Item9 = scoresOf(m, today, func(x caseload.Measurement) bool { return x.Occasion == caseload.FollowUp })
	case KindFree:
	}
	return r, nil
}

// doneAt is when a module was last done: its feedback, else its submission.
func doneAt(e caseload.ModuleEvent) caseload.Stamp {
	if !e.Feedback.IsZero() {
		return e.Feedback
	}
	return e.Submitted
}

// lastDone is the base module last given feedback or submitted (the
// higher one on a tie) and when.
func lastDone(m *caseload.Moment) (int, caseload.Stamp) {
	var at caseload.Stamp
	module := 0
	for _, e := range m.Modules {
		n := caseload.BaseNumber(e.Module)
		t := doneAt(e)
		if n == 0 || t.IsZero() {
			continue
		}
		if t.After(at) || (t.Equal(at) && n > module) {
			module, at = n, t
		}
	}
	return module, at
}

// currentModule is the highest base module opened.
func currentModule(m *caseload.Moment) int {
	n := 0
	for _, e := range m.Modules {
		if b := caseload.BaseNumber(e.Module); b > n && !e.Opened.IsZero() {
			n = b
		}
	}
	return n
}

// partsDoneOn are the track parts and add-on modules done on the day of
// the base module's contact, or later: the week's note names them all.
func partsDoneOn(m *caseload.Moment, contact caseload.Stamp) []Part {
	var out []Part
	for _, e := range m.Modules {
		k, ok := caseload.ParseModuleKey(e.Module)
		at := doneAt(e)
		if !ok || !k.IsPart() || at.IsZero() || at.Date().Before(contact.Date()) {
			continue
		}
		out = append(out, Part{Track: k.Track, Number: k.Number})
	}
	return out
}

// challengeWith names the challenge area whose first part comes with
// module next (Livsbalansen: module 6), when the patient has chosen one.
func challengeWith(p *programs.Program, m *caseload.Moment, next int) string {
	if m.Challenge == "" {
		return ""
	}
	t, ok := p.Track(m.Challenge)
	if !ok || t.Kind != programs.Challenge || t.StartsWith != next {
		return ""
	}
	return t.Name
}

// completed counts the base modules submitted or given feedback.
func completed(p *programs.Program, m *caseload.Moment) int {
	n := 0
	for _, e := range m.Modules {
		if b := caseload.BaseNumber(e.Module); b > 0 && b <= p.Total() && !doneAt(e).IsZero() {
			n++
		}
	}
	return n
}

// lastHandledRedFlag is the red flag handled last, with the score that
// raised it (its Ref is the answered stamp of the measurement).
func lastHandledRedFlag(m *caseload.Moment) (FlagContact, bool) {
	var best *caseload.Flag
	for i := range m.Flags {
		f := &m.Flags[i]
		if f.Kind == caseload.FlagMADRS9 && (best == nil || f.HandledAt.After(best.HandledAt)) {
			best = f
		}
	}
	if best == nil {
		return FlagContact{}, false
	}
	fc := FlagContact{HandledBy: best.HandledBy, HandledAt: best.HandledAt, Action: best.Note, Score: -1}
	for _, x := range m.Measurements {
		if (x.Instrument == "MADRS-S" || x.Instrument == "MADRS-S9") && x.Answered.String() == best.Ref && x.Item9 >= 0 {
			fc.Instrument, fc.Score, fc.Answered = x.Instrument, x.Item9, x.Answered
		}
	}
	return fc, true
}

// scoresOf is the latest answer per instrument among those keep accepts
// (answered by today), in the order first answered, with its band's text,
// and MADRS-S item 9 of the latest answer that carries it.
func scoresOf(m *caseload.Moment, today caseload.Date, keep func(caseload.Measurement) bool) ([]Score, *int) {
	latest := map[string]caseload.Measurement{}
	var order []string
	for _, x := range m.Measurements {
		if x.Answered.IsZero() || x.Answered.Date().After(today) || !keep(x) {
			continue
		}
		prev, seen := latest[x.Instrument]
		if !seen {
			order = append(order, x.Instrument)
		}
		if !seen || x.Answered.After(prev.Answered) {
			latest[x.Instrument] = x
		}
	}
	var out []Score
	var item9 *int
	var item9At caseload.Stamp
	for _, id := range order {
		x := latest[id]
		if x.Item9 >= 0 && x.Answered.After(item9At) {
			v := x.Item9
			item9, item9At = &v, x.Answered
		}
		if id == "MADRS-S9" {
			continue // item 9 alone: written with its Madrs phrase
		}
		sc := Score{Instrument: id, Total: x.Total, Occasion: x.Occasion}
		if inst, ok := instruments.Get(id); ok {
			if b := inst.Band(x.Total); b.Sv != "" {
				r := []rune(b.Sv)
				sc.Interpretation = strings.ToUpper(string(r[:1])) + string(r[1:])
			}
		}
		out = append(out, sc)
	}
	return out, item9
}

// SuggestKind is the kind of note a moment most likely needs on day today,
// when nothing else says (the composer uses the key just pressed instead:
// after `H` the flag note, after `f` the feedback note): a closed moment's
// closing note, a red flag handled today, the start note before any module
// is done, else the weekly feedback note.
func SuggestKind(m *caseload.Moment, today caseload.Date) Kind {
	if m.Status == caseload.Closed {
		return KindClosing
	}
	if f, ok := lastHandledRedFlag(m); ok && f.HandledAt.Date().Equal(today) {
		return KindFlag
	}
	if done, _ := lastDone(m); done == 0 {
		return KindStart
	}
	return KindFeedback
}
