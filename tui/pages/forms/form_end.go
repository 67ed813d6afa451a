package forms

import (
	"errors"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/session"
)

// closingReasons are the choices for avslutningsorsak. The manual (7.1.3)
// names the drop-down but not its entries; these are ours, following
// SibeR's split of completed treatments from ones that stopped early.
var closingReasons = []string{"completed", "patient", "inactive", "clinician", "referred", "other"}

// endForm is `a`: an active moment goes to maintenance (vidmakthållande,
// 90 days, manual 3.6.5); a moment in maintenance is closed with a
// reason. Closing opens the closing note.
func End(a *session.Session, m caseload.Moment, pt caseload.Patient) *Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	prog := a.Program(&m)
	status := caseload.Maintenance
	if m.Status == caseload.Maintenance {
		status = caseload.Closed
	}
	reason, on := l.T(common.L.ActReasonCompleted), a.Ctx.Today.String()
	sure := false // issue 14: asked last
	var reasonOpts []huh.Option[string]
	for _, r := range closingReasons {
		// The reason is stored in the words the clinician saw, as Cosmic's list shows them.
		reasonOpts = append(reasonOpts, huh.NewOption(l.ByID("act.reason."+r), l.ByID("act.reason."+r)))
	}
	statusOpts := []huh.Option[caseload.Status]{huh.NewOption(l.T(common.L.ActFStatusClosed), caseload.Closed)}
	if m.Status == caseload.Active {
		statusOpts = append([]huh.Option[caseload.Status]{huh.NewOption(l.T(common.L.ActFStatusMaintenance), caseload.Maintenance)}, statusOpts...)
	}
	total := 0
	if prog != nil {
		total = prog.Total()
	}
	done := prog.Completed(&m)
	spec := &Spec{Title: l.T(common.L.ActTitleEnd) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[caseload.Status]().Title(l.T(common.L.ActFStatus)).Options(statusOpts...).Value(&status)),
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFReason)).Options(reasonOpts...).Value(&reason)).
				WithHideFunc(func() bool { return status != caseload.Closed }),
			huh.NewGroup(huh.NewInput().Title(l.T(common.L.ActFOn)).Value(&on).Validate(ValidDate(l))),
			// issue 14: say what will happen, and ask.
			huh.NewGroup(huh.NewConfirm().TitleFunc(func() string {
				if status == caseload.Closed {
					return l.T(common.L.EndConfirmClose, pt.Name, on, reason)
				}
				return l.T(common.L.EndConfirmMaintenance, pt.Name, on)
			}, []any{&status, &on, &reason}).Affirmative(l.T(common.L.ConfirmYes)).Negative(l.T(common.L.ConfirmNo)).
				Value(&sure).Validate(func(ok bool) error {
				if !ok {
					return errors.New(l.T(common.L.EndConfirmNo))
				}
				return nil
			})),
		}
	}
	spec.Info = func() string { return st.Dim.Render(l.T(common.L.ActInfoModules, done, total)) }
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		r := ""
		if status == caseload.Closed {
			r = reason
		}
		u, err := w.EndTreatment(m.ID, version, status, r, ValidatedDate(on))
		label := l.T(common.L.ActFStatusMaintenance)
		if status == caseload.Closed {
			label = l.T(common.L.ActFStatusClosed) + " (" + r + ")"
		}
		return u, l.T(common.L.ActDoneEnd, label), err
	}
	spec.After = func() tea.Cmd {
		if status != caseload.Closed {
			return nil
		}
		return composer.Open(a, m.ID, phrases.KindClosing)
	}
	return New(a, spec)
}
