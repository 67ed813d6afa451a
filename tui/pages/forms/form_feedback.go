package forms

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/pages/composer"
	"github.com/ikbt/ikbt/tui/session"
)

// feedbackForm is `f`: the clinician has replied in SoB. Feedback on a
// submitted module marks it and opens the next base module at the same
// time (weekly access, manual 3.6.1); feedback on a track part opens the
// track's next part. Opening Livsbalansen module 6 asks for the challenge
// area chosen in module 5 and starts its part 1 with it (manual 5.4.2).
// All of it is one write. A reply to a message is recorded as the
// clinician's message. Then the note composer opens.
func Feedback(a *session.Session, m caseload.Moment, pt caseload.Patient) *Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	prog := a.Program(&m)
	var opts []huh.Option[string]
	for _, e := range m.AwaitingFeedback() {
		opts = append(opts, huh.NewOption(formModuleName(a, prog, e.Module), e.Module))
	}
	opts = append(opts, huh.NewOption(l.T(common.L.ActFFbmessage), ""))
	module := opts[0].Value
	nextBase := prog.NextBaseModule(&m)
	nextOpts := []huh.Option[string]{huh.NewOption(l.T(common.L.ActFNextNone), "")}
	if nextBase != "" {
		nextOpts = append([]huh.Option[string]{huh.NewOption(moduleName(prog, nextBase), nextBase)}, nextOpts...)
	}
	// Base modules open with base feedback; a track part's feedback opens
	// the next base module only when the clinician picks it.
	next := nextBase
	if _, isPart := caseload.TrackOf(module); isPart {
		next = ""
	}
	challenge := m.Challenge
	when := a.Now().String()

	asking := func() bool { return module != "" && prog.AsksChallenge(&m, next) }
	chosen := func() string {
		if asking() {
			return challenge
		}
		return m.Challenge
	}
	opens := func() []string {
		if module == "" {
			return nil
		}
		return prog.FeedbackOpens(&m, module, next, chosen())
	}

	spec := &Spec{Title: l.T(common.L.ActTitleFeedback) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFFbmodule)).Options(opts...).Value(&module)),
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFNext)).Options(nextOpts...).Value(&next)).
				WithHideFunc(func() bool { return module == "" }),
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.ActFFbchallenge)).
				Options(trackOptions(l, prog, programs.Challenge, nil)...).Value(&challenge)).
				WithHideFunc(func() bool { return !asking() }),
			huh.NewGroup(huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&when).Validate(ValidStamp(l, a.Ctx.Today))),
		}
	}
	current := ""
	if n, _ := m.CurrentModule(); n > 0 {
		current = strconv.Itoa(n)
	}
	spec.Info = func() string {
		if len(opts) == 1 {
			return st.Dim.Render(l.T(common.L.ActInfoNopending))
		}
		var lines []string
		if o := opens(); len(o) > 0 {
			names := make([]string, len(o))
			for i, k := range o {
				names[i] = formModuleName(a, prog, k)
			}
			lines = append(lines, st.OK.Render(l.T(common.L.ActInfoOpens, strings.Join(names, ", "))))
		}
		if asking() && challenge == "" {
			lines = append(lines, st.Warn.Render(l.T(common.L.ActInfoNochallenge)))
		}
		if next != "" && module != "" && current != "" {
			if at, ok := m.OpenedAt(current); ok {
				if days := ValidatedStamp(when, a.Ctx.Today).Date().DaysSince(at.Date()); days >= 0 && days < 7 {
					lines = append(lines, st.Warn.Render(l.N(days, common.L.ActInfoPaceOne, common.L.ActInfoPace, current, days)))
				}
			}
		}
		return strings.Join(lines, "\n")
	}
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		at := ValidatedStamp(when, a.Ctx.Today)
		if module == "" {
			u, err := w.AddMessage(m.ID, version, caseload.Message{From: caseload.FromClinician, At: at})
			return u, l.T(common.L.ActDoneFeedback), err
		}
		set := ""
		if asking() && challenge != m.Challenge {
			set = challenge
		}
		o := opens()
		u, err := w.GiveFeedbackOpening(m.ID, version, module, at, o, set)
		if len(o) > 0 {
			return u, l.T(common.L.ActDoneFeedbackopens, strings.Join(o, ", ")), err
		}
		return u, l.T(common.L.ActDoneFeedback), err
	}
	spec.After = func() tea.Cmd { return composer.Open(a, m.ID, phrases.KindFeedback) }
	return New(a, spec)
}
