package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
)

// feedbackForm is `f`: the clinician has replied in SoB. Feedback on a
// submitted module marks it and opens the next base module at the same
// time (weekly access, manual 3.6.1); a reply to a message is recorded as
// the clinician's message. Then the note composer opens.
func feedbackForm(a *actions, m caseload.Moment, pt caseload.Patient) *formPage {
	l, st := a.ctx.Lang, a.ctx.Styles
	prog := a.program(&m)
	var opts []huh.Option[string]
	for _, e := range pendingModules(&m) {
		opts = append(opts, huh.NewOption(moduleName(prog, e.Module), e.Module))
	}
	opts = append(opts, huh.NewOption(l.A("act.f.fbmessage"), ""))
	module := opts[0].Value
	next := nextBaseModule(prog, &m)
	nextOpts := []huh.Option[string]{huh.NewOption(l.A("act.f.next.none"), "")}
	if next != "" {
		nextOpts = append([]huh.Option[string]{huh.NewOption(moduleName(prog, next), next)}, nextOpts...)
	}
	when := a.now().String()

	spec := &formSpec{title: l.A("act.title.feedback") + " · " + pt.Name, moment: m.ID, version: m.Version}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[string]().Title(l.A("act.f.fbmodule")).Options(opts...).Value(&module)),
			huh.NewGroup(huh.NewSelect[string]().Title(l.A("act.f.next")).Options(nextOpts...).Value(&next)).
				WithHideFunc(func() bool { return module == "" }),
			huh.NewGroup(huh.NewInput().Title(l.A("act.f.when")).Value(&when).Validate(validStamp(l))),
		}
	}
	current := ""
	for _, e := range m.Modules {
		if !e.Opened.IsZero() && moduleNumber(e.Module) > moduleNumber(current) {
			current = e.Module
		}
	}
	spec.info = func() string {
		if len(opts) == 1 {
			return st.Dim.Render(l.A("act.info.nopending"))
		}
		if next == "" || module == "" || current == "" {
			return ""
		}
		if at, ok := openedAt(&m, current); ok {
			if days := mustStamp(when).Date().DaysSince(at.Date()); days >= 0 && days < 7 {
				return st.Warn.Render(l.A("act.info.pace", current, days))
			}
		}
		return ""
	}
	spec.save = func(w Writer, version int64) (storeUndo, string, error) {
		at := mustStamp(when)
		if module == "" {
			u, err := w.AddMessage(m.ID, version, caseload.Message{From: caseload.FromClinician, At: at})
			return u, l.A("act.done.feedback"), err
		}
		u, err := w.GiveFeedback(m.ID, version, module, at, next)
		if next != "" {
			return u, l.A("act.done.feedbacknext", next), err
		}
		return u, l.A("act.done.feedback"), err
	}
	spec.after = func() tea.Cmd { return a.composerCmd(m.ID) }
	return newFormPage(a, spec)
}
