package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
)

// closingReasons are the choices for avslutningsorsak. The manual (7.1.3)
// names the drop-down but not its entries; these are ours, following
// SibeR's split of completed treatments from ones that stopped early.
var closingReasons = []string{"completed", "patient", "inactive", "clinician", "referred", "other"}

// endForm is `a`: an active moment goes to maintenance (vidmakthållande,
// 90 days, manual 3.6.5); a moment in maintenance is closed with a
// reason. Closing opens the closing note.
func endForm(a *actions, m caseload.Moment, pt caseload.Patient) *formPage {
	l, st := a.ctx.Lang, a.ctx.Styles
	prog := a.program(&m)
	status := caseload.Maintenance
	if m.Status == caseload.Maintenance {
		status = caseload.Closed
	}
	reason, on := l.A("act.reason.completed"), a.ctx.Today.String()
	var reasonOpts []huh.Option[string]
	for _, r := range closingReasons {
		// The reason is stored in the words the clinician saw, as Cosmic's list shows them.
		reasonOpts = append(reasonOpts, huh.NewOption(l.A("act.reason."+r), l.A("act.reason."+r)))
	}
	statusOpts := []huh.Option[caseload.Status]{huh.NewOption(l.A("act.f.status.closed"), caseload.Closed)}
	if m.Status == caseload.Active {
		statusOpts = append([]huh.Option[caseload.Status]{huh.NewOption(l.A("act.f.status.maintenance"), caseload.Maintenance)}, statusOpts...)
	}
	total := 0
	if prog != nil {
		total = prog.Total()
	}
	done := prog.Completed(&m)
	spec := &formSpec{title: l.A("act.title.end") + " · " + pt.Name, moment: m.ID, version: m.Version}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[caseload.Status]().Title(l.A("act.f.status")).Options(statusOpts...).Value(&status)),
			huh.NewGroup(huh.NewSelect[string]().Title(l.A("act.f.reason")).Options(reasonOpts...).Value(&reason)).
				WithHideFunc(func() bool { return status != caseload.Closed }),
			huh.NewGroup(huh.NewInput().Title(l.A("act.f.on")).Value(&on).Validate(validDate(l))),
		}
	}
	spec.info = func() string { return st.Dim.Render(l.A("act.info.modules", done, total)) }
	spec.save = func(w Writer, version int64) (storeUndo, string, error) {
		r := ""
		if status == caseload.Closed {
			r = reason
		}
		u, err := w.EndTreatment(m.ID, version, status, r, validatedDate(on))
		label := l.A("act.f.status.maintenance")
		if status == caseload.Closed {
			label = l.A("act.f.status.closed") + " (" + r + ")"
		}
		return u, l.A("act.done.end", label), err
	}
	spec.after = func() tea.Cmd {
		if status != caseload.Closed {
			return nil
		}
		return a.composerCmd(m.ID)
	}
	return newFormPage(a, spec)
}
