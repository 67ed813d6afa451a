package forms

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

// FlagLabel names an open flag in a form: kind, detail (in the
// interface's language, as in the Flaggor tab) and day raised.
func FlagLabel(l common.Lang, f worklist.Flag) string {
	return l.ByID("act.flag."+f.Kind) + " (" + common.FlagDetail(l, f) + ") · " + common.ShortDate(f.Raised)
}

// flagFields are the fields of handling a flag (4.1), shared by the
// moment's H and the referral page's H: which flag, who, when, and what
// was done. The handled flag keeps the raised flag's Kind, Ref and Raised.
type flagFields struct {
	flags           []worklist.Flag
	sel             int
	who, when, what string
}

// newFlagFields starts the fields: the session's clinician, else the
// record's, and now.
func newFlagFields(a *session.Session, flags []worklist.Flag, clinician string) *flagFields {
	who := a.Ctx.Clinician
	if who == "" {
		who = clinician
	}
	return &flagFields{flags: flags, who: who, when: a.Now().String()}
}

// groups are the form's questions; pick and what title the flag's select
// and the text of what was done.
func (f *flagFields) groups(a *session.Session, pick, what common.Label) []*huh.Group {
	l := a.Ctx.Lang
	var opts []huh.Option[int]
	for i, fl := range f.flags {
		opts = append(opts, huh.NewOption(FlagLabel(l, fl), i))
	}
	return []*huh.Group{
		huh.NewGroup(huh.NewSelect[int]().Title(l.T(pick)).Options(opts...).Value(&f.sel)),
		huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.ActFWho)).Value(&f.who).Validate(Required(l)),
			huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&f.when).Validate(ValidStamp(l, a.Ctx.Today)),
			huh.NewText().Title(l.T(what)).Value(&f.what).Validate(Required(l)),
		),
	}
}

// picked is the flag chosen.
func (f *flagFields) picked() worklist.Flag { return f.flags[f.sel] }

// handled is the chosen flag as handled, for the store.
func (f *flagFields) handled(today caseload.Date) caseload.Flag {
	fl := f.picked()
	return caseload.Flag{Kind: fl.Kind, Ref: fl.Ref, Raised: fl.Raised, HandledBy: strings.TrimSpace(f.who),
		HandledAt: ValidatedStamp(f.when, today), Note: strings.TrimSpace(f.what)}
}

// HandleFlag is `H` on a flagged moment: who did what and when. The
// handled flag is stored with the raised flag's Kind and Ref, so it leaves
// the worklist and stays in the moment's history.
func HandleFlag(a *session.Session, m caseload.Moment, pt caseload.Patient, flags []worklist.Flag) *Page {
	l := a.Ctx.Lang
	ff := newFlagFields(a, flags, m.Clinician)
	spec := &Spec{Title: l.T(common.L.ActTitleHandle) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group { return ff.groups(a, common.L.ActFFlag, common.L.ActFWhat) }
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		u, err := w.HandleFlag(m.ID, version, ff.handled(a.Ctx.Today))
		return u, l.T(common.L.ActDoneHandle), err
	}
	// Issue 13: then the note of that contact: the red-flag note (4.1)
	// after a MADRS-S item 9 flag, the reminder (3.6.1, 6.3) after the
	// flags of a silent patient, else the note the moment needs ("").
	spec.After = func() tea.Cmd {
		var kind phrases.Kind
		switch ff.picked().Kind {
		case caseload.FlagMADRS9:
			kind = phrases.KindFlag
		case caseload.FlagInactive, caseload.FlagNoDialogue, caseload.FlagMissedDay:
			kind = phrases.KindReminder
		}
		return composer.Open(a, m.ID, kind)
	}
	// issue 14: undoing a handled flag is confirmed with what it brings back.
	spec.UndoWhat = func() string {
		return l.T(common.L.ActDoneHandle) + " (" + common.FlagPlain(a.Ctx, ff.picked()) + ", " + ff.when + ") · " + pt.Name
	}
	spec.UndoWarn = func() string { return l.T(common.L.UndoWarnHandled) }
	return New(a, spec)
}
