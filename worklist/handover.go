package worklist

import (
	"slices"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// HandoverChecks is what manual 8.2.1 asks the clinician to check before a
// moment changes hands (and 8.3 before leaving): open flags, contacts not
// yet written in the journal, and feedback the patient is waiting for.
type HandoverChecks struct {
	Moment          string    `json:"moment"`
	OpenFlags       []Flag    `json:"open_flags"`
	UnwrittenNotes  int       `json:"unwritten_notes"`  // notes saved but not copied to Cosmic
	UnnotedContacts int       `json:"unnoted_contacts"` // feedback or messages after the latest note
	PendingFeedback *Feedback `json:"pending_feedback,omitempty"`
}

// Clear reports whether nothing blocks the handover.
func (h HandoverChecks) Clear() bool {
	return len(h.OpenFlags) == 0 && h.UnwrittenNotes == 0 && h.UnnotedContacts == 0 && h.PendingFeedback == nil
}

// CheckHandover returns the 8.2.1 checks of m on today; prog may be nil.
func CheckHandover(m caseload.Moment, prog *programs.Program, today caseload.Date) HandoverChecks {
	h := HandoverChecks{Moment: m.ID, OpenFlags: flags(&m, prog, today)}
	if h.OpenFlags == nil {
		h.OpenFlags = []Flag{}
	}
	var lastNote caseload.Stamp
	for _, n := range m.Notes {
		if n.Copied.IsZero() {
			h.UnwrittenNotes++
		}
		lastNote = caseload.Latest(lastNote, n.Created)
	}
	for _, e := range m.Modules {
		if !e.Feedback.IsZero() && e.Feedback.After(lastNote) {
			h.UnnotedContacts++
		}
	}
	for _, x := range m.Messages {
		if x.From == caseload.FromClinician && x.At.After(lastNote) {
			h.UnnotedContacts++
		}
	}
	if fb, ok := pendingFeedback(&m, today); ok {
		h.PendingFeedback = &fb
	}
	return h
}

// ClinicianMoments returns the 8.2.1 checks of every open moment of one
// clinician (manual 8.3: a clinician who leaves), blocked ones first.
func ClinicianMoments(c caseload.Caseload, cat *programs.Catalogue, clinician string, today caseload.Date) []HandoverChecks {
	out := []HandoverChecks{}
	for _, m := range c.Moments {
		if m.Clinician != clinician || (m.Status != caseload.Active && m.Status != caseload.Maintenance) {
			continue
		}
		var prog *programs.Program
		if cat != nil {
			prog, _ = cat.Program(m.Program)
		}
		out = append(out, CheckHandover(m, prog, today))
	}
	slices.SortStableFunc(out, func(a, b HandoverChecks) int {
		switch {
		case a.Clear() == b.Clear():
			return 0
		case b.Clear():
			return -1
		}
		return 1
	})
	return out
}
