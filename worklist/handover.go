package worklist

import (
	"cmp"
	"slices"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
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

// HandoverRow is a handover to or from another unit that waits for its
// outcome (manual 8.2): the part "handovers" of the worklist and the tab
// "Överlämningar". Outgoing: the receiving unit has not answered and the
// moments stay here, active and with their flags (8.2.1: "Den
// överlämnande enheten är ansvarig för momentet till dess att den
// mottagande enheten har godkänt överlämningen"). Incoming: to accept
// with a clinician or decline (8.2.3–8.2.4).
type HandoverRow struct {
	Handover      string                     `json:"handover"`
	Direction     caseload.HandoverDirection `json:"direction"` // "out" or "in"
	FromUnit      string                     `json:"from_unit"`
	ToUnit        string                     `json:"to_unit"`
	FromClinician string                     `json:"from_clinician,omitempty"`
	Started       caseload.Date              `json:"started"`
	DaysWaiting   int                        `json:"days_waiting"` // since it was started
	File          string                     `json:"file,omitempty"`
	Moments       []HandoverMoment           `json:"moments"`
}

// HandoverMoment is one moment of a pending handover.
type HandoverMoment struct {
	Moment string `json:"moment"`
	Name   string `json:"name"`
	PNR    string `json:"personnummer,omitempty"`
	// OpenFlags are the moment's open flags on the sending side (out).
	OpenFlags int `json:"open_flags"`
}

// handoverRows fills the part "handovers" and marks the moments of a
// pending outgoing handover on their rows ("överlämning pågår"): the
// pending handovers, the longest waiting first. names maps a personnummer
// to a name; an incoming handover's names come from its file
// (caseload.Handover.Names).
func handoverRows(c caseload.Caseload, names map[string]string, today caseload.Date, w *Worklist) {
	w.Handovers = []HandoverRow{}
	pnr := make(map[string]string, len(c.Moments))
	for i := range c.Moments {
		pnr[c.Moments[i].ID] = c.Moments[i].PNR.String()
	}
	flagsOf := map[string]int{}
	for _, f := range w.Flags {
		flagsOf[f.Moment]++
	}
	pending := map[string]bool{}
	for _, h := range c.Handovers {
		if h.State != caseload.HandoverPending || h.Direction == caseload.HandoverSame {
			continue
		}
		row := HandoverRow{Handover: h.ID, Direction: h.Direction, FromUnit: h.FromUnit, ToUnit: h.ToUnit,
			FromClinician: h.FromClinician, Started: h.Started, DaysWaiting: max(today.DaysSince(h.Started), 0), File: h.File}
		for _, id := range h.Moments {
			hm := HandoverMoment{Moment: id}
			if h.Direction == caseload.HandoverOut {
				p, ok := pnr[id]
				if !ok {
					continue // another clinician's moment: not in this worklist
				}
				hm.PNR, hm.Name, hm.OpenFlags = p, names[p], flagsOf[id]
				pending[id] = true
			} else {
				hm.Name = h.Names[id]
			}
			row.Moments = append(row.Moments, hm)
		}
		if len(row.Moments) > 0 {
			w.Handovers = append(w.Handovers, row)
		}
	}
	for i := range w.Moments {
		if pending[w.Moments[i].Moment] {
			w.Moments[i].Handover = caseload.HandoverPending
		}
	}
	slices.SortStableFunc(w.Handovers, func(a, b HandoverRow) int {
		return cmp.Or(a.Started.Compare(b.Started), cmp.Compare(a.Handover, b.Handover))
	})
}

// HandedOver reports whether m was handed over to another unit and
// accepted there (8.2.3): it is theirs now, read-only here until
// gallring, and gives this worklist no work (no flags, no follow-up).
func HandedOver(m caseload.Moment) bool { return m.ClosingReason == lifecycle.HandedOverReason }
