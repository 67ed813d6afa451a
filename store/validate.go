package store

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// parsePNR parses a personnummer or samordningsnummer.
func parsePNR(s string) (personnummer.Number, error) {
	return personnummer.Parse(s)
}

// score checks and scores a measurement from its items, or from its total
// when it has none (a decimal total in Decimal for the forms scored in
// decimals). On an item not allowed, item is its 0-based index.
func score(x caseload.Measurement) (r instruments.Result, item int, err error) {
	in, ok := instruments.Get(x.Instrument)
	if !ok {
		return r, -1, why(usertext.UnknownInstr, x.Instrument)
	}
	if x.Items == nil {
		switch {
		case x.Decimal != nil:
			r, err = instruments.ScoreValue(in.ID, *x.Decimal)
		case x.Total < 0:
			return r, -1, why(usertext.NoItemsTotal)
		default:
			r, err = instruments.ScoreTotal(in.ID, x.Total)
		}
		return r, -1, err
	}
	r, err = instruments.Score(in.ID, x.Items)
	if err != nil && len(x.Items) == in.Items && in.ItemsScored() {
		return r, in.BadItem(x.Items), err
	}
	return r, -1, err
}

var statuses = []caseload.Status{caseload.Active, caseload.Maintenance, caseload.Closed}

var occasions = []caseload.Occasion{"", caseload.Assessment, caseload.Startup, caseload.Ongoing, caseload.Final, caseload.FollowUp}

var flagKinds = []string{caseload.FlagMADRS9, caseload.FlagInactive, caseload.FlagNoDialogue, caseload.FlagMaintenanceOver, caseload.FlagDeterioration,
	caseload.FlagPHQ9, caseload.FlagMissedDay}

// validate checks everything a caseload must satisfy before it is
// written; errors carry the JSON path of the import format. A nil
// catalogue skips the checks of programs, tracks and module keys.
func validate(c caseload.Caseload, cat *programs.Catalogue) error {
	patients := make(map[personnummer.Number]int, len(c.Patients))
	for i, p := range c.Patients {
		path := fmt.Sprintf("patients[%d]", i)
		if _, err := personnummer.Parse(string(p.PNR)); err != nil || len(p.PNR) != 12 {
			return codef(path+".personnummer", usertext.ImportPNR, personnummer.MaskRaw(string(p.PNR)), &personnummer.Error{Input: personnummer.MaskRaw(string(p.PNR)), Code: usertext.PNRLength})
		}
		if j, dup := patients[p.PNR]; dup {
			return codef(path+".personnummer", usertext.ImportPatientTwice, p.PNR.Masked(), j)
		}
		patients[p.PNR] = i
		if p.Name == "" {
			return codef(path+".name", usertext.Missing)
		}
	}
	ids := make(map[string]int, len(c.Moments))
	for i := range c.Moments {
		if err := validateMoment(&c.Moments[i], fmt.Sprintf("moments[%d]", i), patients, ids, cat); err != nil {
			return err
		}
		ids[c.Moments[i].ID] = i
	}
	return validateLifecycle(c)
}

func validateMoment(m *caseload.Moment, path string, patients map[personnummer.Number]int, ids map[string]int, cat *programs.Catalogue) error {
	if m.ID == "" {
		return codef(path+".id", usertext.Missing)
	}
	if j, dup := ids[m.ID]; dup {
		return codef(path+".id", usertext.ImportMomentTwice, m.ID, j)
	}
	if _, ok := patients[m.PNR]; !ok {
		return codef(path+".personnummer", usertext.ImportNoPatient, m.PNR.Masked())
	}
	var prog *programs.Program
	if cat != nil {
		var ok bool
		if prog, ok = cat.Program(m.Program); !ok {
			var known []string
			for _, p := range cat.Programs() {
				known = append(known, p.ID)
			}
			return codef(path+".program", usertext.ImportProgram, m.Program, known)
		}
	} else if m.Program == "" {
		return codef(path+".program", usertext.Missing)
	}
	if m.Started.IsZero() {
		return codef(path+".started", usertext.Missing)
	}
	if m.FeedbackDay < 0 || m.FeedbackDay > 6 {
		return codef(path+".feedback_day", usertext.ImportWeekdayNumber, m.FeedbackDay)
	}
	if !slices.Contains(statuses, m.Status) {
		return codef(path+".status", usertext.ImportStatus, m.Status)
	}
	if err := checkPhases(m, path); err != nil {
		return err
	}
	if prog != nil {
		if m.Challenge != "" {
			if t, ok := prog.Track(m.Challenge); !ok || t.Kind != programs.Challenge {
				return codef(path+".challenge", usertext.ImportChallenge, m.Challenge, prog.ID)
			}
		}
		for j, a := range m.Addons {
			_, inProg := prog.Track(a)
			_, addon := cat.Addon(a)
			if !inProg && !addon {
				return codef(fmt.Sprintf("%s.addons[%d]", path, j), usertext.ImportAddon, a, prog.ID)
			}
		}
	}
	seen := map[string]int{}
	for j, e := range m.Modules {
		p := fmt.Sprintf("%s.modules[%d].module", path, j)
		if e.Module == "" {
			return codef(p, usertext.Missing)
		}
		if prog != nil {
			if _, ok := cat.Module(prog.ID, e.Module); !ok {
				return codef(p, usertext.ImportNoModule, prog.ID, e.Module)
			}
		}
		if k, dup := seen[e.Module]; dup {
			return codef(p, usertext.ImportModuleTwice, e.Module, k)
		}
		seen[e.Module] = j
	}
	clear(seen)
	for j, x := range m.Measurements {
		p := fmt.Sprintf("%s.measurements[%d]", path, j)
		if x.Answered.IsZero() {
			return codef(p+".answered", usertext.Missing)
		}
		if !slices.Contains(occasions, x.Occasion) {
			return codef(p+".occasion", usertext.NotOccasion, x.Occasion)
		}
		if _, item, err := score(x); err != nil {
			_, known := instruments.Get(x.Instrument)
			switch {
			case !known:
				p += ".instrument"
			case item >= 0:
				p = fmt.Sprintf("%s.items[%d]", p, item)
			case x.Items != nil:
				p += ".items"
			case x.Decimal != nil || x.Total >= 0:
				p += ".total"
			}
			return atPath(p, err)
		}
		key := x.Instrument + "@" + x.Answered.String()
		if k, dup := seen[key]; dup {
			return codef(p+".answered", usertext.ImportSameAnswer, x.Instrument, x.Answered, fmt.Sprintf("%s.measurements[%d]", path, k))
		}
		seen[key] = j
	}
	clear(seen)
	for j, x := range m.Messages {
		p := fmt.Sprintf("%s.messages[%d]", path, j)
		if x.From != caseload.FromPatient && x.From != caseload.FromClinician {
			return codef(p+".from", usertext.ImportMessageFrom, x.From)
		}
		if x.At.IsZero() {
			return codef(p+".at", usertext.Missing)
		}
		key := x.From + "@" + x.At.String()
		if k, dup := seen[key]; dup {
			return codef(p, usertext.ImportMessageTwice, k)
		}
		seen[key] = j
	}
	clear(seen)
	for j, f := range m.Flags {
		p := fmt.Sprintf("%s.flags[%d]", path, j)
		if !slices.Contains(flagKinds, f.Kind) {
			return codef(p+".kind", usertext.ImportFlagKind, f.Kind, flagKinds)
		}
		key := f.Kind + "@" + f.Ref
		if k, dup := seen[key]; dup {
			return codef(p, usertext.ImportFlagTwice, f.Kind, f.Ref, k)
		}
		seen[key] = j
	}
	for j, sc := range m.Schedules {
		if field, err := checkSchedule(sc); err != nil {
			return err.at(fmt.Sprintf("%s.schedules[%d]%s", path, j, field))
		}
	}
	for j, n := range m.Notes {
		if n.Created.IsZero() {
			return codef(fmt.Sprintf("%s.notes[%d].created", path, j), usertext.Missing)
		}
	}
	return nil
}

// checkSchedule checks a scheduled measurement; field is the JSON field at fault.
func checkSchedule(sc caseload.Schedule) (field string, err *reason) {
	if _, ok := instruments.Get(sc.Instrument); !ok {
		return ".instrument", why(usertext.UnknownInstr, sc.Instrument)
	}
	if (sc.AtModule == "") == (sc.EveryWeeks <= 0) {
		return "", why(usertext.ScheduleOne)
	}
	return "", nil
}

// offered refuses an instrument the program's schedule list does not offer
// (manual 4.4, 4.6, 4.7: Livsbalansen offers only WHODAS 2.0, PSS-10 and
// KEDS). A program the catalogue does not know offers everything.
func offered(cat *programs.Catalogue, program, instrument string) *reason {
	p, ok := cat.Program(program)
	if !ok {
		return nil
	}
	if list := p.Schedulable(); !slices.Contains(list, instrument) {
		return why(usertext.NotOffered, instrument, p.Name, strings.Join(list, ", "))
	}
	return nil
}

// ScheduleWarnings lists the schedules of c whose instrument the moment's
// program does not offer. Import keeps them (a file exported before the
// check existed must import again) and the caller shows the warnings;
// the app refuses new ones (AddSchedule).
func ScheduleWarnings(c caseload.Caseload, cat *programs.Catalogue) []error {
	var out []error
	for i, m := range c.Moments {
		for j, sc := range m.Schedules {
			if r := offered(cat, m.Program, sc.Instrument); r != nil {
				out = append(out, codef(fmt.Sprintf("moments[%d].schedules[%d].instrument", i, j), usertext.NotOfferedBut, r.args...))
			}
		}
	}
	return out
}

// checkPhases checks a moment's phase dates against its status and start:
// a moment in maintenance knows when it began (else it is never flagged to
// close), a closed one when it closed, and neither lies before the start.
func checkPhases(m *caseload.Moment, path string) error {
	switch {
	case m.Status == caseload.Maintenance && m.MaintenanceFrom.IsZero():
		return codef(path+".maintenance_from", usertext.ImportNeedsMaintFrom)
	case m.Status == caseload.Closed && m.ClosedOn.IsZero():
		return codef(path+".closed_on", usertext.ImportNeedsClosedOn)
	case !m.MaintenanceFrom.IsZero() && m.MaintenanceFrom.Before(m.Started):
		return codef(path+".maintenance_from", usertext.ImportBeforeStart, m.MaintenanceFrom, m.Started)
	case !m.ClosedOn.IsZero() && m.ClosedOn.Before(m.Started):
		return codef(path+".closed_on", usertext.ImportBeforeStart, m.ClosedOn, m.Started)
	}
	return nil
}
