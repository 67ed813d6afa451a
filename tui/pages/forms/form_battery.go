package forms

import (
	"errors"
	"slices"
	"strings"

	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// Issue 9: stopping a running battery (manual 5.4.2) and marking a
// follow-up as not to be done (7.1.4). These writes are an interface of
// their own beside session.Writer, so the shared interface (and every fake of it)
// need not change; *store.Store has them (session.BatteryWriter).

var errNoBatteryWriter = errors.New("the store cannot stop a battery or waive a follow-up")

// batteryOf returns the session's battery writes, or an error to show.
func batteryOf(a *session.Session) (session.BatteryWriter, error) {
	if b := a.Store.Battery; b != nil {
		return b, nil
	}
	return nil, errNoBatteryWriter
}

// running lists the instruments the moment's measurements still ask for
// (the program's battery, then the clinician's schedules, 4.7) and those
// stopped, each once, in that order.
func running(m *caseload.Moment, prog *programs.Program) (run, stopped []string) {
	var all []string
	if prog != nil {
		for _, s := range prog.Battery {
			all = append(all, s.Instrument)
		}
	}
	for _, sc := range m.Schedules {
		all = append(all, sc.Instrument)
	}
	for _, s := range m.Stops {
		if !slices.Contains(stopped, s.Instrument) {
			stopped = append(stopped, s.Instrument)
		}
	}
	for _, id := range all {
		if !slices.Contains(run, id) && !slices.Contains(stopped, id) {
			run = append(run, id)
		}
	}
	return run, stopped
}

// confirmed is the validator of a confirmation: only yes saves; esc
// cancels the form.
func confirmed(l common.Lang) func(bool) error {
	return func(ok bool) error {
		if !ok {
			return errors.New(l.T(common.L.I9ErrConfirm))
		}
		return nil
	}
}

// stopForm is `S`: stop a running instrument from a day (5.4.2), or take
// a stop back. The confirmation names the item-9 screening the stop ends
// (worklist.StopEnds): "MADRS-S fråga 9 följs inte längre". The first
// instrument due on the moment is chosen first.
func Stop(a *session.Session, m caseload.Moment, pt caseload.Patient, due []worklist.Due) *Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	prog := a.Program(&m)
	run, stopped := running(&m, prog)
	var opts []huh.Option[string]
	for _, id := range run {
		opts = append(opts, huh.NewOption(l.T(common.L.I9OptStop, id), "stop:"+id))
	}
	for _, s := range m.Stops {
		if slices.Contains(stopped, s.Instrument) {
			opts = append(opts, huh.NewOption(l.T(common.L.I9OptResume, s.Instrument, common.ShortDate(s.From)), "resume:"+s.Instrument))
		}
	}
	choice := ""
	for _, d := range due {
		if slices.Contains(run, d.Instrument) {
			choice = "stop:" + d.Instrument
			break
		}
	}
	if choice == "" && len(opts) > 0 {
		choice = opts[0].Value
	}
	from, note := a.Ctx.Today.String(), ""
	who := a.Ctx.Clinician
	if who == "" {
		who = m.Clinician
	}
	verb, inst, _ := strings.Cut(choice, ":")
	parse := func() { verb, inst, _ = strings.Cut(choice, ":") }
	ends := func() string {
		day, err := caseload.ParseDate(strings.TrimSpace(from))
		if err != nil {
			day = a.Ctx.Today
		}
		return worklist.StopEnds(m, prog, inst, day)
	}
	question := func() string {
		parse()
		if verb == "resume" {
			return l.T(common.L.I9ConfirmResume, inst)
		}
		q := l.T(common.L.I9ConfirmStop, inst, strings.TrimSpace(from))
		if e := ends(); e != "" {
			q += " " + l.T(common.L.I9StopEnds, e)
		}
		return q
	}
	sure := false
	spec := &Spec{Title: l.T(common.L.I9TitleStop) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFInstrument)).Options(opts...).Value(&choice).
				Validate(func(string) error {
					if len(opts) == 0 {
						return errors.New(l.T(common.L.I9ErrNothingToStop))
					}
					return nil
				})),
			huh.NewGroup(
				huh.NewInput().Title(l.T(common.L.I9FStopFrom)).Value(&from).Validate(ValidDate(l)),
				huh.NewInput().Title(l.T(common.L.I9FWhoDecided)).Value(&who),
				huh.NewInput().Title(l.T(common.L.I9FNote)).Value(&note),
			).WithHideFunc(func() bool { parse(); return verb != "stop" }),
			huh.NewGroup(huh.NewConfirm().TitleFunc(question, &choice).
				Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&sure).Validate(confirmed(l))),
		}
	}
	spec.Info = func() string {
		parse()
		if len(opts) == 0 {
			return st.Warn.Render(l.T(common.L.I9ErrNothingToStop))
		}
		if verb == "stop" {
			if e := ends(); e != "" {
				return st.Red.Render("⚑ " + l.T(common.L.I9StopEnds, e))
			}
		}
		return ""
	}
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		parse()
		bw, err := batteryOf(a)
		if err != nil {
			return store.Undo{}, "", err
		}
		if verb == "resume" {
			u, err := bw.ResumeBattery(m.ID, version, inst)
			return u, l.T(common.L.I9DoneResume, inst), err
		}
		day := ValidatedDate(from)
		status := l.T(common.L.I9DoneStop, inst, day.String())
		if e := worklist.StopEnds(m, prog, inst, day); e != "" {
			status += " · " + l.T(common.L.I9StopEnds, e)
		}
		u, err := bw.StopBattery(m.ID, version, caseload.BatteryStop{Instrument: inst, From: day, By: strings.TrimSpace(who),
			At: a.Now(), Note: strings.TrimSpace(note)})
		return u, status, err
	}
	return New(a, spec)
}

// waiveForm is `W`: the follow-up measurement is not to be done (7.1.4,
// SibeR), with a reason that is required; a moment already waived is
// offered the waiver's taking back (the follow-up is owed again).
func Waive(a *session.Session, m caseload.Moment, pt caseload.Patient, due []worklist.Due) *Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	waived := !m.FollowUpWaiver.IsZero()
	reason, on := "", a.Ctx.Today.String()
	who := a.Ctx.Clinician
	if who == "" {
		who = m.Clinician
	}
	followUp := slices.ContainsFunc(due, func(d worklist.Due) bool { return d.Cause.Kind == worklist.TriggerFollowUp })
	sure := false
	spec := &Spec{Title: l.T(common.L.I9TitleWaive) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
		if waived {
			return []*huh.Group{huh.NewGroup(huh.NewConfirm().Title(l.T(common.L.I9ConfirmUnwaive)).
				Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&sure).Validate(confirmed(l)))}
		}
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.I9FReason)).Value(&reason).Validate(Required(l)),
			huh.NewInput().Title(l.T(common.L.I9FWhoDecided)).Value(&who),
			huh.NewInput().Title(l.T(common.L.ActFOn)).Value(&on).Validate(ValidDate(l)),
		)}
	}
	spec.Info = func() string {
		switch {
		case waived:
			w := m.FollowUpWaiver
			return st.Dim.Render(l.T(common.L.I9DetailWaiver) + ": " + w.Reason + " · " + w.By + " " + common.ShortDate(w.On))
		case !followUp:
			return st.Dim.Render(l.T(common.L.I9InfoNoFollowup))
		}
		return ""
	}
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		bw, err := batteryOf(a)
		if err != nil {
			return store.Undo{}, "", err
		}
		if waived {
			u, err := bw.UnwaiveFollowUp(m.ID, version)
			return u, l.T(common.L.I9DoneUnwaive), err
		}
		r := strings.TrimSpace(reason)
		u, err := bw.WaiveFollowUp(m.ID, version, caseload.Waiver{On: ValidatedDate(on), By: strings.TrimSpace(who), Reason: r})
		return u, l.T(common.L.I9DoneWaive, r), err
	}
	return New(a, spec)
}
