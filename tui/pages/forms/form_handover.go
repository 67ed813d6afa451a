package forms

import (
	"errors"
	"strings"

	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// handoverChecksText lists the checks of 8.2.1 for m (worklist.CheckHandover).
func HandoverChecksText(a *session.Session, h worklist.HandoverChecks) string {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	if h.Clear() {
		return st.OK.Render(l.T(common.L.LcHoChecks) + " " + l.T(common.L.LcHoClear))
	}
	var b []string
	b = append(b, l.T(common.L.LcHoChecks))
	if n := len(h.OpenFlags); n > 0 {
		b = append(b, " • "+l.T(common.L.LcHoFlags, n))
	}
	if h.UnwrittenNotes > 0 {
		b = append(b, " • "+l.T(common.L.LcHoNotes, h.UnwrittenNotes))
	}
	if h.UnnotedContacts > 0 {
		b = append(b, " • "+l.T(common.L.LcHoContacts, h.UnnotedContacts))
	}
	if h.PendingFeedback != nil {
		b = append(b, " • "+l.T(common.L.LcHoFeedback, h.PendingFeedback.Due.String()))
	}
	b = append(b, l.T(common.L.LcHoBlocked))
	return st.Warn.Render(strings.Join(b, "\n"))
}

// Handover is O on the moment page: the moment goes to another
// clinician of the unit (8.1) after the checks of 8.2.1, listed above the
// form, and only when the patient has been told (a tick).
func Handover(a *session.Session, m caseload.Moment, pt caseload.Patient) *Page {
	l := a.Ctx.Lang
	checks := HandoverChecksText(a, worklist.CheckHandover(m, a.Program(&m), a.Ctx.Today))
	var to string
	told := false
	day := a.Ctx.Today.String()
	spec := &Spec{Title: l.T(common.L.LcTitleHandover) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.LcFTo)).Value(&to).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return errors.New(l.T(common.L.ActErrRequired))
				}
				return nil
			}),
			huh.NewConfirm().Title(l.T(common.L.LcFTold)).Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&told).
				Validate(func(b bool) error {
					if !b {
						return errors.New(l.T(common.L.LcErrNotTold))
					}
					return nil
				}),
			huh.NewInput().Title(l.T(common.L.ActFOn)).Value(&day).Validate(ValidDate(l)),
		)}
	}
	spec.Info = func() string { return checks }
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		hs := a.Store.Handover
		if hs == nil {
			return store.Undo{}, "", ErrNoWriter
		}
		u, err := hs.ChangeClinician(m.ID, version, strings.TrimSpace(to), told, ValidatedDate(day))
		return u, l.T(common.L.LcDoneHandover, strings.TrimSpace(to), pt.Name), err
	}
	return New(a, spec)
}
