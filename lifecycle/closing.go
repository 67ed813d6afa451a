package lifecycle

import (
	"strconv"
	"strings"

	"github.com/ikbt/ikbt/caseload"
)

// NearEndModules: the closing phase (3.6.3) starts when the patient opens
// one of the program's last this many base modules. Two gives a week to
// book the closing visit (3.6.4) before the last module and lets the
// patient write the summaries and the maintenance plan 3.6.3 asks for.
const NearEndModules = 2

// Prompt is one closing-phase reminder in a moment's detail.
type Prompt string

const (
	PromptNearEnd     Prompt = "near-end"           // 3.6.3: summaries and a maintenance plan
	PromptBookVisit   Prompt = "book-closing-visit" // 3.6.4
	PromptVisit       Prompt = "closing-visit"      // 3.6.6: the booked day has come
	PromptMaintenance Prompt = "start-maintenance"  // 3.6.5: 90 days of read-only access
	PromptCloseSoB    Prompt = "close-in-sob"       // 3.6.7
	PromptGallraSoB   Prompt = "gallra-in-sob"      // 3.6.7: "GALLRA din avslutade patient i samband med avslut"
)

// ClosingPrompt is a prompt and the day it is due.
type ClosingPrompt struct {
	Prompt  Prompt        `json:"prompt"`
	Section string        `json:"section"` // the manual's section
	Due     caseload.Date `json:"due"`
}

// ClosingPrompts returns the closing-phase prompts of m on today. module is
// the current base module (0 before module 1) and total the program's
// module count, as worklist.MomentRow gives them.
func ClosingPrompts(m caseload.Moment, cl caseload.Closing, module, total int, today caseload.Date) []ClosingPrompt {
	var out []ClosingPrompt
	add := func(p Prompt, sec string, due caseload.Date) {
		out = append(out, ClosingPrompt{Prompt: p, Section: sec, Due: due})
	}
	switch m.Status {
	case caseload.Active:
		nearEnd := total > 0 && module > total-NearEndModules
		if nearEnd {
			add(PromptNearEnd, "3.6.3", today)
			if cl.VisitOn.IsZero() && cl.VisitHeld.IsZero() {
				add(PromptBookVisit, "3.6.4", today)
			}
		}
		if !cl.VisitOn.IsZero() && cl.VisitHeld.IsZero() && !today.Before(cl.VisitOn) {
			add(PromptVisit, "3.6.6", cl.VisitOn)
		}
		if last, ok := lastFeedback(m, total); ok || !cl.VisitHeld.IsZero() {
			due := cl.VisitHeld
			if ok && (due.IsZero() || last.Before(due)) {
				due = last
			}
			add(PromptMaintenance, "3.6.5", due)
		}
	case caseload.Maintenance:
		if !m.MaintenanceFrom.IsZero() {
			if end := m.MaintenanceFrom.AddDays(caseload.MaintenanceDays); !today.Before(end) && cl.SoBClosed.IsZero() {
				add(PromptCloseSoB, "3.6.7", end)
			}
		}
	case caseload.Closed:
		if m.ClosingReason == HandedOverReason {
			return nil // the receiving unit closes it
		}
		if cl.SoBClosed.IsZero() {
			add(PromptCloseSoB, "3.6.7", m.ClosedOn)
		}
	}
	if !cl.SoBClosed.IsZero() && cl.SoBGallrad.IsZero() {
		add(PromptGallraSoB, "3.6.7", cl.SoBClosed)
	}
	return out
}

// lastFeedback returns the day the clinician gave feedback on the last base module.
func lastFeedback(m caseload.Moment, total int) (caseload.Date, bool) {
	if total <= 0 {
		return caseload.Date{}, false
	}
	key := strconv.Itoa(total)
	for _, e := range m.Modules {
		if e.Module == key && !e.Feedback.IsZero() {
			return e.Feedback.Date(), true
		}
	}
	return caseload.Date{}, false
}

// ClosingItem is one question of the closing visit (3.6.6).
type ClosingItem struct {
	Key string
	SV  string // the manual's words
	EN  string
}

// ClosingItems are the questions of the closing visit, in the manual's order (3.6.6).
var ClosingItems = []ClosingItem{
	{"symptom-reduction", "Symtomreduktion?", "Symptom reduction?"},
	{"criteria", "Uppfyller fortfarande diagnoskriterierna?", "Diagnostic criteria still met?"},
	{"behaviour-goals", "Uppnådda beteendemål?", "Behaviour goals reached?"},
	{"maintenance-plan", "Kom överens om vidmakthållandeplanen.", "Maintenance plan agreed."},
	{"further-care", "Ta ställning till ev. fortsatt vårdbehov.", "Further care needed?"},
	{"referrer", "Återkoppla till ev. remittent.", "Report to the referrer."},
}

// ClosingNoteLines are the closing visit's answers as plain lines for the
// closing note in Cosmic: "question answer", in the manual's order, only
// the answered ones, no trailing spaces.
func ClosingNoteLines(cl caseload.Closing) []string {
	var out []string
	for _, it := range ClosingItems {
		for _, c := range cl.Checks {
			if c.Key != it.Key || strings.TrimSpace(c.Answer) == "" {
				continue
			}
			line := it.SV + " " + strings.TrimSpace(c.Answer)
			if n := strings.TrimSpace(c.Note); n != "" {
				line += ". " + n
			}
			out = append(out, strings.TrimRight(line, " \t"))
		}
	}
	return out
}

// ValidClosingKey reports whether key is a question of the closing visit.
func ValidClosingKey(key string) bool {
	for _, it := range ClosingItems {
		if it.Key == key {
			return true
		}
	}
	return false
}
