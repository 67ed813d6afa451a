package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// flagLabel names an open flag in a form: kind, detail (in the
// interface's language, as in the Flaggor tab) and day raised.
func flagLabel(l Lang, f worklist.Flag) string {
	return l.ByID("act.flag."+f.Kind) + " (" + common.FlagDetail(l, f) + ") · " + common.ShortDate(f.Raised)
}

// handleFlagForm is `H` on a flagged moment: who did what and when. The
// handled flag is stored with the raised flag's Kind and Ref, so it leaves
// the worklist and stays in the moment's history.
func handleFlagForm(a *session.Session, m caseload.Moment, pt caseload.Patient, flags []worklist.Flag) *formPage {
	l := a.Ctx.Lang
	var opts []huh.Option[int]
	for i, f := range flags {
		opts = append(opts, huh.NewOption(flagLabel(l, f), i))
	}
	sel, what := 0, ""
	who := a.Ctx.Clinician
	if who == "" {
		who = m.Clinician
	}
	when := a.Now().String()
	spec := &formSpec{title: l.T(common.L.ActTitleHandle) + " · " + pt.Name, moment: m.ID, version: m.Version}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[int]().Title(l.T(common.L.ActFFlag)).Options(opts...).Value(&sel)),
			huh.NewGroup(
				huh.NewInput().Title(l.T(common.L.ActFWho)).Value(&who).Validate(required(l)),
				huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&when).Validate(validStamp(l, a.Ctx.Today)),
				huh.NewText().Title(l.T(common.L.ActFWhat)).Value(&what).Validate(required(l)),
			),
		}
	}
	spec.save = func(w Writer, version int64) (store.Undo, string, error) {
		f := flags[sel]
		u, err := w.HandleFlag(m.ID, version, caseload.Flag{
			Kind:      f.Kind,
			Ref:       f.Ref,
			Raised:    f.Raised,
			HandledBy: strings.TrimSpace(who),
			HandledAt: validatedStamp(when, a.Ctx.Today),
			Note:      strings.TrimSpace(what),
		})
		return u, l.T(common.L.ActDoneHandle), err
	}
	// Issue 13: then the note of that contact: the red-flag note (4.1)
	// after a MADRS-S item 9 flag, the reminder (3.6.1, 6.3) after the
	// flags of a silent patient, else the note the moment needs ("").
	spec.after = func() tea.Cmd {
		var kind phrases.Kind
		switch flags[sel].Kind {
		case caseload.FlagMADRS9:
			kind = phrases.KindFlag
		case caseload.FlagInactive, caseload.FlagNoDialogue, caseload.FlagMissedDay:
			kind = phrases.KindReminder
		}
		return composer.Open(a, m.ID, kind)
	}
	// issue 14: undoing a handled flag is confirmed with what it brings back.
	spec.undoWhat = func() string {
		return l.T(common.L.ActDoneHandle) + " (" + common.FlagPlain(a.Ctx, flags[sel]) + ", " + when + ") · " + pt.Name
	}
	spec.undoWarn = func() string { return l.T(common.L.UndoWarnHandled) }
	return newFormPage(a, spec)
}
