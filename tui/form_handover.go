package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/worklist"
)

// handoverStore is the store's side of a change of clinician (8.1).
type handoverStore interface {
	ChangeClinician(id string, version int64, to string, told bool, day caseload.Date) (storeUndo, error)
}

// handoverChecksText lists the checks of 8.2.1 for m (worklist.CheckHandover).
func handoverChecksText(a *actions, h worklist.HandoverChecks) string {
	l, st := a.ctx.Lang, a.ctx.Styles
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

// handoverForm is O on the moment page: the moment goes to another
// clinician of the unit (8.1) after the checks of 8.2.1, listed above the
// form, and only when the patient has been told (a tick).
func handoverForm(a *actions, m caseload.Moment, pt caseload.Patient) *formPage {
	l := a.ctx.Lang
	checks := handoverChecksText(a, worklist.CheckHandover(m, a.program(&m), a.ctx.Today))
	var to string
	told := false
	day := a.ctx.Today.String()
	spec := &formSpec{title: l.T(common.L.LcTitleHandover) + " · " + pt.Name, moment: m.ID, version: m.Version}
	spec.groups = func() []*huh.Group {
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
			huh.NewInput().Title(l.T(common.L.ActFOn)).Value(&day).Validate(validDate(l)),
		)}
	}
	spec.info = func() string { return checks }
	spec.save = func(w Writer, version int64) (storeUndo, string, error) {
		hs, ok := w.(handoverStore)
		if !ok {
			return storeUndo{}, "", errNoWriter
		}
		u, err := hs.ChangeClinician(m.ID, version, strings.TrimSpace(to), told, validatedDate(day))
		return u, l.T(common.L.LcDoneHandover, strings.TrimSpace(to), pt.Name), err
	}
	return newFormPage(a, spec)
}

// handoverKey opens the change of clinician with O on the moment page.
func (m *Model) handoverKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	mp, ok := m.pages[len(m.pages)-1].(*momentPage)
	lk := m.ctx.Keys.Lifecycle
	if !ok || (!key.Matches(msg, lk.Handover) && !key.Matches(msg, lk.Transfer)) {
		return nil, false
	}
	if m.act.readOnly() {
		m.act.setStatus(m.ctx.Lang.T(common.L.ActErrNowriter), true)
		return nil, true
	}
	form := handoverForm
	if key.Matches(msg, lk.Transfer) {
		form = transferOne
	}
	return m.act.momentCmd(mp.id, func(mo caseload.Moment, p caseload.Patient) (common.Page, error) {
		return form(m.act, mo, p), nil
	}), true
}

// transferOne is the handover of one moment to another unit (T on its page).
func transferOne(a *actions, m caseload.Moment, pt caseload.Patient) *formPage {
	return transferForm(a, []caseload.Moment{m}, []caseload.Patient{pt})
}

// handedOver reports whether a moment was handed over to another unit
// and is read-only (8.2.3): no write is offered on it.
func handedOver(m caseload.Moment) bool { return m.ClosingReason == lifecycle.HandedOverReason }

var _ handoverStore = (*store.Store)(nil)
