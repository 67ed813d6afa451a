package forms

import (
	"errors"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// The kinds of a schedule the form offers: at a module, or every n weeks.
const (
	SchedModule = "module"
	SchedEvery  = "every"
)

// scheduleOptions are the forms the program lets a clinician schedule
// (programs.Program.Schedulable, manual 4.6–4.7: Livsbalansen only
// WHODAS 2.0, PSS-10 and KEDS); store.AddSchedule refuses the others, so
// they are not offered. Without a known program, every form.
func scheduleOptions(prog *programs.Program) []huh.Option[string] {
	var out []huh.Option[string]
	if prog != nil {
		for _, id := range prog.Schedulable() {
			name := id
			if in, ok := instruments.Get(id); ok {
				name = in.Name
			}
			out = append(out, huh.NewOption(name, id))
		}
		return out
	}
	for _, in := range instruments.All() {
		out = append(out, huh.NewOption(in.Name, in.ID))
	}
	return out
}

// scheduleForm is `e`: an extra measurement (manual 4.7), at the start of
// a module or every N weeks.
func Schedule(a *session.Session, m caseload.Moment, pt caseload.Patient) *Page {
	l := a.Ctx.Lang
	prog := a.Program(&m)
	instOpts := scheduleOptions(prog)
	var modOpts []huh.Option[string]
	if prog != nil {
		for _, mod := range prog.Modules {
			modOpts = append(modOpts, huh.NewOption(moduleName(prog, mod.Key), mod.Key))
		}
	}
	inst, kind, module, every, from := "", SchedEvery, "", "2", a.Ctx.Today.String()
	if len(instOpts) > 0 {
		inst = instOpts[0].Value
	}
	if next := prog.NextBaseModule(&m); next != "" {
		kind, module = SchedModule, next
	}
	kinds := []huh.Option[string]{huh.NewOption(l.T(common.L.ActFSchedkindEvery), SchedEvery)}
	if len(modOpts) > 0 {
		kinds = append([]huh.Option[string]{huh.NewOption(l.T(common.L.ActFSchedkindModule), SchedModule)}, kinds...)
	} else {
		kind = SchedEvery
	}
	spec := &Spec{Title: l.T(common.L.ActTitleSchedule) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(
				huh.NewSelect[string]().Title(l.T(common.L.ActFInstrument)).Options(instOpts...).Value(&inst),
				huh.NewSelect[string]().Title(l.T(common.L.ActFSchedkind)).Options(kinds...).Value(&kind),
			),
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFModule)).Options(modOpts...).Value(&module)).
				WithHideFunc(func() bool { return kind != SchedModule }),
			huh.NewGroup(huh.NewInput().Title(l.T(common.L.ActFEvery)).Value(&every).Validate(func(s string) error {
				n, err := strconv.Atoi(strings.TrimSpace(s))
				if err != nil || n < 1 || n > 52 {
					return errors.New(l.T(common.L.ActErrWeeks))
				}
				return nil
			})).WithHideFunc(func() bool { return kind != SchedEvery }),
			huh.NewGroup(huh.NewInput().Title(l.T(common.L.ActFFrom)).Value(&from).Validate(ValidDate(l))),
		}
	}
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		sc := caseload.Schedule{Instrument: inst, From: ValidatedDate(from)}
		if kind == SchedModule {
			sc.AtModule = module
		} else {
			sc.EveryWeeks, _ = strconv.Atoi(strings.TrimSpace(every))
		}
		u, err := w.AddSchedule(m.ID, version, sc)
		return u, l.T(common.L.ActDoneSchedule), err
	}
	return New(a, spec)
}
