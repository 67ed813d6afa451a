package worklist

import (
	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// Item-9 screening states of a moment (what the detail says about it).
const (
	// ScreeningOn: the program's battery asks MADRS-S item 9 at every
	// module (manual 4.3.2), and the red flag follows it (4.1).
	ScreeningOn = "on"
	// ScreeningNone: the battery has no item 9 (Livsbalansen, manual 4.5:
	// KEDS only), so no answer raises the red flag unless the clinician
	// schedules MADRS-S or MADRS-S9 (4.7).
	ScreeningNone = "none"
	// ScreeningStopped: the clinician stopped every item-9 instrument of
	// the battery (5.4.2); answers already given are still screened.
	ScreeningStopped = "stopped"
)

// item9Instruments carry MADRS-S item 9 (livslust).
var item9Instruments = []string{"MADRS-S", "MADRS-S9"}

func carriesItem9(instrument string) bool {
	return instrument == item9Instruments[0] || instrument == item9Instruments[1]
}

// Item9Screening says whether the moment's measurements still ask MADRS-S
// item 9 on the day: ScreeningOn, ScreeningNone or ScreeningStopped.
// A schedule of MADRS-S or MADRS-S9 (4.7) made after any stop turns it on.
func Item9Screening(m caseload.Moment, prog *programs.Program, today caseload.Date) string {
	battery := false
	if prog != nil {
		for _, s := range prog.Battery {
			if carriesItem9(s.Instrument) && s.Trigger != programs.AtStart && s.Trigger != programs.AtFollowUp {
				battery = true
				if !stopped(&m, trigger{instrument: s.Instrument}, today) {
					return ScreeningOn
				}
			}
		}
	}
	for _, sc := range m.Schedules {
		if carriesItem9(sc.Instrument) && !stopped(&m, trigger{instrument: sc.Instrument, schedule: true, from: sc.From}, today) {
			return ScreeningOn
		}
	}
	if battery {
		return ScreeningStopped
	}
	return ScreeningNone
}

// StopEnds names the item-9 screening that stopping instrument ends in the
// moment (manual 5.4.2, 4.1), for the confirmation: "MADRS-S9" when the
// stop leaves no other instrument asking item 9, else "". The app says
// e.g. "MADRS-S fråga 9 följs inte längre".
func StopEnds(m caseload.Moment, prog *programs.Program, instrument string, today caseload.Date) string {
	if !carriesItem9(instrument) || Item9Screening(m, prog, today) != ScreeningOn {
		return ""
	}
	m.Stops = append(append([]caseload.BatteryStop(nil), m.Stops...), caseload.BatteryStop{Instrument: instrument, From: today})
	if Item9Screening(m, prog, today) == ScreeningOn {
		return ""
	}
	return instrument
}

// Item9Unknown reports whether an answer should have carried MADRS-S
// item 9 but does not: a MADRS-S recorded only as a total. Its item 9 is
// unknown ("fråga 9 okänd"), not absent, and no red flag can be raised
// from it, so the detail and the note must say so.
func Item9Unknown(x caseload.Measurement) bool {
	return carriesItem9(x.Instrument) && x.Item9 < 0
}
