package worklist

import (
	"fmt"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
)

const (
	// RedFlagItem9 is the MADRS-S item 9 (livslust) score that raises the
	// red flag (manual 4.1: "4 eller högre").
	RedFlagItem9 = 4
	// InactiveDays of no login or patient activity raise the inactive flag;
	// SoB sends its automatic reminder then (manual 3.6.1).
	InactiveDays = 10
	// NoDialogueDays without contact either way mean the clinician should
	// consider closing the moment (welcome letter, manual 9.1).
	NoDialogueDays = 21
)

// flags returns the open flags of a moment: raised and not handled. Only
// active moments have flags, apart from maintenance-over.
func flags(m *caseload.Moment, prog *programs.Program, today caseload.Date) []Flag {
	var out []Flag
	add := func(f Flag) {
		for _, h := range m.Flags {
			if h.Kind == f.Kind && h.Ref == f.Ref {
				return
			}
		}
		f.Moment = m.ID
		out = append(out, f)
	}
	if m.Status == caseload.Maintenance {
		// Access ends after MaintenanceDays (manual 3.6.5); from the day
		// after, the moment should be closed and gallrad (3.6.7).
		if !m.MaintenanceFrom.IsZero() && today.DaysSince(m.MaintenanceFrom) > caseload.MaintenanceDays {
			raised := m.MaintenanceFrom.AddDays(caseload.MaintenanceDays + 1)
			add(Flag{Kind: caseload.FlagMaintenanceOver, Ref: raised.String(), Raised: raised,
				Days: caseload.MaintenanceDays, Since: m.MaintenanceFrom,
				Detail: fmt.Sprintf("maintenance since %s is over (%d days)", m.MaintenanceFrom, caseload.MaintenanceDays)})
		}
		return out
	}
	if m.Status != caseload.Active {
		return nil
	}
	for _, ms := range m.Measurements {
		if (ms.Instrument == "MADRS-S" || ms.Instrument == "MADRS-S9") && ms.Item9 >= RedFlagItem9 && !ms.Answered.IsZero() {
			add(Flag{Kind: caseload.FlagMADRS9, Ref: ms.Answered.String(), Raised: ms.Answered.Date(),
				Detail: fmt.Sprintf("%s item 9 = %d", ms.Instrument, ms.Item9), Score: ms.Item9, Instrument: ms.Instrument})
		}
	}
	since := LastActivity(*m)
	if since.IsZero() {
		since = m.Started.Start()
	}
	if !since.IsZero() && today.DaysSince(since.Date()) >= InactiveDays {
		raised := since.Date().AddDays(InactiveDays)
		add(Flag{Kind: caseload.FlagInactive, Ref: raised.String(), Raised: raised, Days: today.DaysSince(since.Date()),
			Detail: fmt.Sprintf("no login or activity for %d days", today.DaysSince(since.Date()))})
	}
	contact := lastContact(m)
	if contact.IsZero() {
		contact = m.Started.Start()
	}
	if !contact.IsZero() && today.DaysSince(contact.Date()) >= NoDialogueDays {
		raised := contact.Date().AddDays(NoDialogueDays)
		add(Flag{Kind: caseload.FlagNoDialogue, Ref: raised.String(), Raised: raised, Days: today.DaysSince(contact.Date()),
			Detail: fmt.Sprintf("no dialogue for %d days: consider closing", today.DaysSince(contact.Date()))})
	}
	if f, ok := deterioration(m, prog); ok {
		add(f)
	}
	return out
}

// deterioration compares the latest score on the program's primary
// instrument with the first. A rise of at least the instrument's RCI (the
// thresholds and their sources are in instruments.json: Jacobson & Truax
// 1991 reliable change index, or the NHS Talking Therapies thresholds for
// GAD-7 and PHQ-9) is reliable deterioration. The flag is raised on the day
// of the latest measurement, so a new measurement that is still
// deteriorated raises it again.
func deterioration(m *caseload.Moment, prog *programs.Program) (Flag, bool) {
	if prog == nil || prog.Primary == "" {
		return Flag{}, false
	}
	in, ok := instruments.Get(prog.Primary)
	if !ok || in.RCI == 0 {
		return Flag{}, false
	}
	first, last := ends(m.Measurements, prog.Primary)
	if first < 0 || first == last {
		return Flag{}, false
	}
	a, b := m.Measurements[first], m.Measurements[last]
	if b.Total-a.Total < in.RCI {
		return Flag{}, false
	}
	raised := b.Answered.Date()
	return Flag{Kind: caseload.FlagDeterioration, Ref: raised.String(), Raised: raised, Score: b.Total,
		Instrument: in.ID, From: a.Total, To: b.Total, RCI: in.RCI,
		Detail: fmt.Sprintf("%s %d → %d (+%d, reliable change is %d)", in.ID, a.Total, b.Total, b.Total-a.Total, in.RCI)}, true
}

// ends returns the indexes of the first and the latest answered
// measurement of an instrument (-1, -1 if none). Ties keep the earlier one
// as first and the later one as latest, in slice order.
func ends(ms []caseload.Measurement, instrument string) (first, last int) {
	first, last = -1, -1
	for i, x := range ms {
		if x.Instrument != instrument || x.Answered.IsZero() {
			continue
		}
		if first < 0 || x.Answered.Before(ms[first].Answered) {
			first = i
		}
		if last < 0 || !x.Answered.Before(ms[last].Answered) {
			last = i
		}
	}
	return first, last
}
