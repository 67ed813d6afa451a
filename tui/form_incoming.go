package tui

import (
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/tui/common"
)

// What came in from the patient.
const (
	inModule  = "module"
	inMessage = "message"
	inLogin   = "login"
)

// incomingForm is `i`: a module submitted, a message received or a login
// seen in SoB.
func incomingForm(a *actions, m caseload.Moment, pt caseload.Patient) *formPage {
	l := a.ctx.Lang
	prog := a.program(&m)
	mods := openModuleOptions(prog, &m)
	for i := range mods { // issue 14: a track part by its track's name
		mods[i].Key = a.formModuleName(prog, mods[i].Value)
	}
	kind, module, when := inMessage, "", a.now().String()
	if len(mods) > 0 {
		kind, module = inModule, mods[0].Value
	}
	kinds := []huh.Option[string]{
		huh.NewOption(l.T(common.L.ActFKindMessage), inMessage),
		huh.NewOption(l.T(common.L.ActFKindLogin), inLogin),
	}
	if len(mods) > 0 {
		kinds = append([]huh.Option[string]{huh.NewOption(l.T(common.L.ActFKindModule), inModule)}, kinds...)
	}
	spec := &formSpec{title: l.T(common.L.ActTitleIncoming) + " · " + pt.Name, moment: m.ID, version: m.Version}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFKind)).Options(kinds...).Value(&kind)),
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFModule)).Options(mods...).Value(&module)).
				WithHideFunc(func() bool { return kind != inModule }),
			huh.NewGroup(huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&when).Validate(validStamp(l, a.ctx.Today))),
		}
	}
	spec.save = func(w Writer, version int64) (storeUndo, string, error) {
		at := validatedStamp(when, a.ctx.Today)
		switch kind {
		case inModule:
			u, err := w.SubmitModule(m.ID, version, module, at)
			return u, l.T(common.L.ActDoneSubmitted, moduleLabel(a.ctx, m.Program, module)), err
		case inLogin:
			u, err := w.SetLastLogin(m.ID, version, at)
			return u, l.T(common.L.ActDoneLogin), err
		}
		u, err := w.AddMessage(m.ID, version, caseload.Message{From: caseload.FromPatient, At: at})
		return u, l.T(common.L.ActDoneMessage), err
	}
	return newFormPage(a, spec)
}
