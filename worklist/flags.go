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
	// RedFlagPHQ9 is the PHQ-9 item 9 score that raises the same red flag.
	// The manual (4.1) names MADRS-S only, but PHQ-9 item 9 asks the same
	// question (thoughts of being better off dead or of hurting oneself),
	// and its authors ask for a further risk assessment at any answer
	// above "not at all" (Kroenke, Spitzer & Williams 2001); measurement-
	// based-care tools flag it so (Greenspace, Blueprint: docs/anchors.md).
	// A missed risk costs more than a checked one, so 1 raises it.
	RedFlagPHQ9 = 1
	// InactiveDays of no login or patient activity raise the inactive flag;
	// SoB sends its automatic reminder then (manual 3.6.1).
	InactiveDays = 10
	// NoDialogueDays without anything from the patient mean the clinician
	// should consider closing the moment (welcome letter, manual 9.1: "Om vi
	// inte får till en dialog inom 3 veckor avslutas behandlingsprogrammet").
	NoDialogueDays = 21
	// PhoneAfterDays without an answer to the clinician's message turn a
	// missed day into a phone call (manual 3.6.1: "om inget svar inom ett
	// par dagar kan kontakt tas via telefon"; a couple = 2).
	PhoneAfterDays = 2
)

// Steps of a missed agreed day (manual 3.6.1).
const (
	StepMessage = "message"
	StepPhone   = "phone"
)

// phq9Item is PHQ-9's item 9 (1-based) in Measurement.Items.
const phq9Item = 9

// flags returns the open flags of a moment: raised and not handled (a
// caseload.Flag with the same Kind and Ref).
//
//   - madrs9 (4.1): every MADRS-S or MADRS-S9 answer with item 9 >= 4, and
//     phq9 for PHQ-9 item 9 >= 1 (see RedFlagPHQ9), whatever the moment's
//     status and whenever it was answered: at the assessment before the
//     start, in treatment, in maintenance or at the follow-up of a closed
//     moment. Nothing else hides it.
//   - deterioration (any status, so a follow-up that worsened shows): see
//     deterioration.
//   - maintenance-over (3.6.5, 3.6.7): from the 91st day of maintenance.
//   - inactive, no-dialogue and missed-day need a patient who can still
//     write, so only active moments have them: see inactive, noDialogue
//     and missedDay.
func flags(m *caseload.Moment, prog *programs.Program, today caseload.Date) []Flag {
	var out []Flag
	add := func(f Flag) {
		for _, h := range m.Flags {
			if h.Kind == f.Kind && h.Ref == f.Ref {
				return
			}
		}
		f.Moment, f.Status = m.ID, m.Status
		out = append(out, f)
	}
	for _, ms := range m.Measurements {
		if f, ok := redFlag(ms); ok {
			add(f)
		}
	}
	if f, ok := deterioration(m, prog); ok {
		add(f)
	}
	switch m.Status {
	case caseload.Maintenance:
		// Access ends after MaintenanceDays (manual 3.6.5); from the day
		// after, the moment should be closed and gallrad (3.6.7).
		if !m.MaintenanceFrom.IsZero() && today.DaysSince(m.MaintenanceFrom) > caseload.MaintenanceDays {
			raised := m.MaintenanceFrom.AddDays(caseload.MaintenanceDays + 1)
			add(Flag{Kind: caseload.FlagMaintenanceOver, Ref: raised.String(), Raised: raised,
				Days: caseload.MaintenanceDays, Since: m.MaintenanceFrom,
				Detail: fmt.Sprintf("maintenance since %s is over (%d days)", m.MaintenanceFrom, caseload.MaintenanceDays)})
		}
	case caseload.Active:
		for _, f := range []func(*caseload.Moment, caseload.Date) (Flag, bool){inactive, noDialogue, missedDay} {
			if fl, ok := f(m, today); ok {
				add(fl)
			}
		}
	}
	return out
}

// redFlag is the red flag of one answer (manual 4.1; PHQ-9: RedFlagPHQ9).
// Ref is the answer's stamp, so each answer is handled on its own.
func redFlag(ms caseload.Measurement) (Flag, bool) {
	if ms.Answered.IsZero() {
		return Flag{}, false
	}
	switch ms.Instrument {
	case "MADRS-S", "MADRS-S9":
		if ms.Item9 >= RedFlagItem9 {
			return Flag{Kind: caseload.FlagMADRS9, Ref: ms.Answered.String(), Raised: ms.Answered.Date(),
				Detail: fmt.Sprintf("%s item 9 = %d", ms.Instrument, ms.Item9), Score: ms.Item9, Instrument: ms.Instrument}, true
		}
	case "PHQ-9":
		if len(ms.Items) >= phq9Item && ms.Items[phq9Item-1] >= RedFlagPHQ9 {
			v := ms.Items[phq9Item-1]
			return Flag{Kind: caseload.FlagPHQ9, Ref: ms.Answered.String(), Raised: ms.Answered.Date(),
				Detail: fmt.Sprintf("PHQ-9 item 9 = %d", v), Score: v, Instrument: ms.Instrument}, true
		}
	}
	return Flag{}, false
}

// inactive: InactiveDays without a login or anything else from the patient
// (manual 3.6.1, where SoB sends its automatic reminder), counted from the
// start when the patient has done nothing.
func inactive(m *caseload.Moment, today caseload.Date) (Flag, bool) {
	since := LastActivity(*m)
	if since.IsZero() {
		since = m.Started.Start()
	}
	if since.IsZero() || today.DaysSince(since.Date()) < InactiveDays {
		return Flag{}, false
	}
	raised := since.Date().AddDays(InactiveDays)
	d := today.DaysSince(since.Date())
	return Flag{Kind: caseload.FlagInactive, Ref: raised.String(), Raised: raised, Days: d,
		Detail: fmt.Sprintf("no login or activity for %d days", d)}, true
}

// noDialogue: NoDialogueDays since the patient last wrote or submitted a
// module, counted from the start when the patient never did (manual 9.1). A
// dialogue needs the patient: the clinician's messages and feedback do not
// count, nor does a login, which shows the patient reads but not that they
// answer (logins count for inactive).
func noDialogue(m *caseload.Moment, today caseload.Date) (Flag, bool) {
	contact := PatientContact(*m)
	if contact.IsZero() {
		contact = m.Started.Start()
	}
	if contact.IsZero() || today.DaysSince(contact.Date()) < NoDialogueDays {
		return Flag{}, false
	}
	raised := contact.Date().AddDays(NoDialogueDays)
	d := today.DaysSince(contact.Date())
	return Flag{Kind: caseload.FlagNoDialogue, Ref: raised.String(), Raised: raised, Days: d,
		Detail: fmt.Sprintf("nothing from the patient for %d days: consider closing", d)}, true
}

// missedDay (manual 3.6.1): a module is open and not submitted, and the
// first agreed feedback weekday after its opening (or after the patient
// last wrote or submitted, if later) has come with nothing from the
// patient. Step is what the clinician does next: send a message; when a
// message sent on or after the agreed day has had no answer for
// PhoneAfterDays, phone. Each step is its own flag (Ref is the day it was
// raised), so handling the message step leaves the phone step to come. It
// clears as soon as the patient submits or writes. While something from
// the patient waits for the clinician's reply it is not raised.
func missedDay(m *caseload.Moment, today caseload.Date) (Flag, bool) {
	var open, owed bool
	var since caseload.Stamp
	for _, e := range m.Modules {
		if e.Opened.IsZero() {
			continue
		}
		since = caseload.Latest(since, e.Opened)
		open = true
		if e.Submitted.IsZero() {
			owed = true
		}
	}
	if !open || !owed {
		return Flag{}, false
	}
	if _, waiting := pendingFeedback(m, today); waiting {
		return Flag{}, false // the patient sent something: the clinician owes the reply
	}
	since = caseload.Latest(since, PatientContact(*m))
	if !m.Started.IsZero() && since.Date().Before(m.Started) {
		since = m.Started.Start()
	}
	agreed := FeedbackDue(since.Date().AddDays(1), m.FeedbackDay)
	if today.Before(agreed) {
		return Flag{}, false
	}
	f := Flag{Kind: caseload.FlagMissedDay, Step: StepMessage, Raised: agreed, Agreed: agreed, Days: today.DaysSince(agreed)}
	var asked caseload.Stamp // the clinician's first message on or after the agreed day
	for _, msg := range m.Messages {
		if msg.From == caseload.FromClinician && !msg.At.Date().Before(agreed) && (asked.IsZero() || msg.At.Before(asked)) {
			asked = msg.At
		}
	}
	if !asked.IsZero() && today.DaysSince(asked.Date()) >= PhoneAfterDays {
		f.Step, f.Raised = StepPhone, asked.Date().AddDays(PhoneAfterDays)
	}
	f.Ref = f.Raised.String()
	f.Detail = fmt.Sprintf("nothing from the patient by the agreed day %s: %s", agreed, map[string]string{
		StepMessage: "send a message", StepPhone: "no answer to the message: phone"}[f.Step])
	return f, true
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
