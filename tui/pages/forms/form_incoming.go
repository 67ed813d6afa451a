package forms

import (
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// What came in from the patient.
const (
	inModule  = "module"
	inMessage = "message"
	inLogin   = "login"
)

// incomingForm is `i`: a module submitted, a message received or a login
// seen in SoB.
func Incoming(a *session.Session, m caseload.Moment, pt caseload.Patient) *Page {
	l := a.Ctx.Lang
	prog := a.Program(&m)
	mods := openModuleOptions(prog, &m)
	for i := range mods { // issue 14: a track part by its track's name
		mods[i].Key = formModuleName(a, prog, mods[i].Value)
	}
	kind, module, when := inMessage, "", a.Now().String()
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
	spec := &Spec{Title: l.T(common.L.ActTitleIncoming) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFKind)).Options(kinds...).Value(&kind)),
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFModule)).Options(mods...).Value(&module)).
				WithHideFunc(func() bool { return kind != inModule }),
			huh.NewGroup(huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&when).Validate(ValidStamp(l, a.Ctx.Today))),
		}
	}
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		at := ValidatedStamp(when, a.Ctx.Today)
		switch kind {
		case inModule:
			u, err := w.SubmitModule(m.ID, version, module, at)
			return u, l.T(common.L.ActDoneSubmitted, common.ModuleLabel(a.Ctx, m.Program, module)), err
		case inLogin:
			u, err := w.SetLastLogin(m.ID, version, at)
			return u, l.T(common.L.ActDoneLogin), err
		}
		u, err := w.AddMessage(m.ID, version, caseload.Message{From: caseload.FromPatient, At: at})
		return u, l.T(common.L.ActDoneMessage), err
	}
	return New(a, spec)
}
