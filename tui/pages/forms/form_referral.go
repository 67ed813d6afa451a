package forms

import (
	"errors"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
	"github.com/ikbt/ikbt/worklist"
)

// The forms of a referral (manual 3.5, issue 16). Each save is one call of
// the store (one transaction), except the checklist, whose answers are
// one write each (see referralChecklistForm). The store keeps no undo for
// them; the status line says what was written.

// lifeSave wraps a lifecycle write as a form's save: no undo.
func LifeSave(a *session.Session, f func(ls session.LifecycleStore) (string, error)) func(session.Writer, int64) (store.Undo, string, error) {
	return func(session.Writer, int64) (store.Undo, string, error) {
		ls := a.Life()
		if ls == nil {
			return store.Undo{}, "", ErrNoWriter
		}
		s, err := f(ls)
		return store.Undo{}, s, err
	}
}

// referralAddForm is n on the Bedömning tab: a referral arrives (3.5.1).
func ReferralAdd(a *session.Session) *Page {
	ctx, l := a.Ctx, a.Ctx.Lang
	today := ctx.Today
	var pnr, name, from string
	referred, clinician := today.String(), ctx.Clinician
	spec := &Spec{Title: l.T(common.L.LcTitleAdd)}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Title(l.T(common.L.ActFPnr)).Description(l.T(common.L.ActFPnrDesc)).Value(&pnr).
				Validate(func(s string) error { return PnrInvalid(s, today, l) }),
			huh.NewInput().Title(l.T(common.L.ActFName)).Value(&name).Validate(Required(l)),
			huh.NewInput().Title(l.T(common.L.LcFFrom)).Value(&from).Validate(Required(l)),
			huh.NewInput().Title(l.T(common.L.LcFReferred)).Value(&referred).Validate(ValidDate(l)),
			huh.NewInput().Title(l.T(common.L.ActFClinician)).Value(&clinician).Validate(Required(l)),
		)}
	}
	spec.Info = func() string {
		if strings.TrimSpace(pnr) == "" {
			return ""
		}
		n, err := personnummer.ParseAt(pnr, today.Time())
		if err != nil {
			return ctx.Styles.Warn.Render(common.ErrorText(err, l))
		}
		return ctx.Styles.OK.Render(l.T(common.L.ActInfoPnrOk, n.Masked()))
	}
	spec.Save = LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		n, err := personnummer.ParseAt(pnr, today.Time())
		if err != nil {
			return "", err
		}
		id, err := ls.AddReferral(caseload.Patient{PNR: n, Name: strings.TrimSpace(name)}, caseload.Referral{
			Clinician: strings.TrimSpace(clinician), Referred: ValidatedDate(referred), From: strings.TrimSpace(from)})
		return l.T(common.L.LcDoneAdd, id, strings.TrimSpace(name)), err
	})
	spec.NoUndo = true
	return New(a, spec)
}

// stepOptions are the steps ReferralStep records, in the manual's order.
var stepOptions = []struct {
	step  string
	label common.Label
}{
	{store.StepContacted, common.L.LcRefContacted},
	{store.StepBooked, common.L.LcRefVisitOn},
	{store.StepFormsSent, common.L.LcRefFormsSent},
	{store.StepHeld, common.L.LcRefVisitHeld},
}

// nextStoreStep is the store step that records the next step of r.
func nextStoreStep(r caseload.Referral, today caseload.Date) string {
	switch lifecycle.NextStep(r, today).Step {
	case lifecycle.StepBook:
		return store.StepBooked
	case lifecycle.StepForms:
		return store.StepFormsSent
	case lifecycle.StepVisit, lifecycle.StepDecide:
		return store.StepHeld
	}
	return store.StepContacted
}

// referralStepForm is t: contacted (3.5.2), visit booked, forms sent with
// which forms (3.5.3–3.5.4), visit held (3.5.5).
func ReferralStep(a *session.Session, r caseload.Referral, pt caseload.Patient, after func() tea.Cmd) *Page {
	l := a.Ctx.Lang
	step, day := nextStoreStep(r, a.Ctx.Today), a.Ctx.Today.String()
	forms := append([]string(nil), r.Forms...)
	var stepOpts []huh.Option[string]
	for _, s := range stepOptions {
		stepOpts = append(stepOpts, huh.NewOption(l.T(s.label), s.step))
	}
	var formOpts []huh.Option[string]
	for _, in := range instruments.All() {
		formOpts = append(formOpts, huh.NewOption(in.ID, in.ID))
	}
	spec := &Spec{Title: l.T(common.L.LcTitleStep) + " · " + pt.Name}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(
				huh.NewSelect[string]().Title(l.T(common.L.LcFStep)).Options(stepOpts...).Value(&step),
				huh.NewInput().Title(l.T(common.L.LcFDay)).Value(&day).Validate(ValidDate(l)),
			),
			huh.NewGroup(huh.NewMultiSelect[string]().Title(l.T(common.L.LcFForms)).Options(formOpts...).Value(&forms).
				Validate(func(v []string) error {
					if len(v) == 0 {
						return errors.New(l.T(common.L.ActErrRequired))
					}
					return nil
				})).
				WithHideFunc(func() bool { return step != store.StepFormsSent }),
		}
	}
	spec.Save = LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		var fs []string
		label := ""
		for _, s := range stepOptions {
			if s.step == step {
				label = l.T(s.label)
			}
		}
		extra := ValidatedDate(day).String()
		if step == store.StepFormsSent {
			fs = forms
			extra += " (" + strings.Join(fs, ", ") + ")"
		}
		return l.T(common.L.LcDoneStep, pt.Name, label, extra), ls.ReferralStep(r.ID, step, ValidatedDate(day), fs)
	})
	spec.After = after
	spec.NoUndo = true
	return New(a, spec)
}

// referralChecklistForm is c: checklist 3.4, a question a select. Each
// answer given is one write (store.SetReferralCheck, an upsert), so a
// failure halfway leaves the answers before it saved and says which
// question failed; saving again writes them all again.
func ReferralChecklist(a *session.Session, r caseload.Referral, pt caseload.Patient, after func() tea.Cmd) *Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	answers := make([]string, len(lifecycle.Checklist34))
	for _, c := range r.Checklist {
		if n, ok := lifecycle.ChecklistQuestion(c.Key); ok {
			answers[n-1] = c.Answer
		}
	}
	spec := &Spec{Title: l.T(common.L.LcTitleChecklist) + " · " + pt.Name}
	spec.Groups = func() []*huh.Group {
		var gs []*huh.Group
		for i, q := range lifecycle.Checklist34 {
			opts := []huh.Option[string]{huh.NewOption(l.T(common.L.LcFNotAnswered), ""), huh.NewOption("ja", "ja"), huh.NewOption("nej", "nej")}
			gs = append(gs, huh.NewGroup(huh.NewSelect[string]().Title(fmt.Sprintf("%d. %s", i+1, q)).Options(opts...).Value(&answers[i]).Inline(true)))
		}
		return gs
	}
	spec.Info = func() string {
		var obs []string
		for i, ans := range answers {
			if o, ok := lifecycle.Observandum(lifecycle.ChecklistKey(i+1), ans); ok && o {
				obs = append(obs, fmt.Sprint(i+1))
			}
		}
		if len(obs) == 0 {
			return ""
		}
		return st.Warn.Render("! " + strings.Join(obs, ", ") + " – " + l.T(common.L.LcRefObs))
	}
	spec.Save = LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		var todo []caseload.Check
		for i, ans := range answers {
			if ans != "" {
				todo = append(todo, caseload.Check{Key: lifecycle.ChecklistKey(i + 1), Answer: ans})
			}
		}
		for i, c := range todo {
			if err := ls.SetReferralCheck(r.ID, c); err != nil {
				return "", errors.New(l.T(common.L.LcErrChecklist, i, len(todo), c.Key, err))
			}
		}
		return l.N(len(todo), common.L.LcDoneChecklistOne, common.L.LcDoneChecklist, len(todo)), nil
	})
	spec.After = after
	spec.NoUndo = true
	return New(a, spec)
}

// referralAnswerForm is m: an answer given during the assessment (3.5.4),
// occasion bedömning. MADRS-S item 9 at 4 or more is a red flag at once
// (4.1): the form says so while it is typed and the worklist shows it.
func ReferralAnswer(a *session.Session, r caseload.Referral, pt caseload.Patient, after func() tea.Cmd) *Page {
	l, st := a.Ctx.Lang, a.Ctx.Styles
	v := &measureValues{instrument: "MADRS-S", occasion: caseload.Assessment, mode: modeItems, answered: a.Now().String()}
	if len(r.Forms) > 0 {
		v.instrument = r.Forms[0]
	}
	var opts []huh.Option[string]
	for _, in := range instruments.All() {
		if in.ItemsScored() {
			opts = append(opts, huh.NewOption(in.ID+" – "+in.Name, in.ID))
		}
	}
	spec := &Spec{Title: l.T(common.L.LcTitleAnswer) + " · " + pt.Name}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[string]().Title(l.T(common.L.LcFInstrument)).Options(opts...).Value(&v.instrument)),
			huh.NewGroup(
				huh.NewInput().Title(l.T(common.L.LcFItems)).Value(&v.items).Validate(func(string) error {
					_, _, err := v.score()
					return err
				}),
				huh.NewInput().Title(l.T(common.L.LcFAnswered)).Value(&v.answered).Validate(ValidStamp(l, a.Ctx.Today)),
			),
		}
	}
	spec.Info = func() string {
		res, _, err := v.score()
		if err != nil || strings.TrimSpace(v.items) == "" {
			return ""
		}
		if res.Item9 >= worklist.RedFlagItem9 {
			return st.Red.Render(l.T(common.L.LcInfoItem9, res.Item9))
		}
		return st.Dim.Render(l.N(res.Total, common.L.LcInfoTotalOne, common.L.LcInfoTotal, res.Total))
	}
	spec.Save = LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		res, items, err := v.score()
		if err != nil {
			return "", err
		}
		err = ls.AddReferralMeasurement(r.ID, caseload.Measurement{Instrument: v.instrument, Occasion: caseload.Assessment,
			Answered: ValidatedStamp(v.answered, a.Ctx.Today), Items: items, Item9: -1})
		if res.Item9 >= worklist.RedFlagItem9 {
			return l.T(common.L.LcDoneAnswerRed, v.instrument, res.Item9), err
		}
		return l.N(res.Total, common.L.LcDoneAnswerOne, common.L.LcDoneAnswer, v.instrument, res.Total), err
	})
	spec.After = after
	spec.NoUndo = true
	return New(a, spec)
}

// referralFlagForm is H on the referral page: the red flag of an answer is
// handled (4.1) and leaves the worklist.
func ReferralFlag(a *session.Session, r caseload.Referral, pt caseload.Patient, flags []worklist.Flag, after func() tea.Cmd) *Page {
	l := a.Ctx.Lang
	ff := newFlagFields(a, flags, r.Clinician)
	spec := &Spec{Title: l.T(common.L.LcTitleFlag) + " · " + pt.Name}
	spec.Groups = func() []*huh.Group { return ff.groups(a, common.L.LcFFlagPick, common.L.LcFFlagNote) }
	spec.Save = LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		return l.T(common.L.LcDoneFlag), ls.HandleReferralFlag(r.ID, ff.handled(a.Ctx.Today))
	})
	spec.After = after
	spec.NoUndo = true
	return New(a, spec)
}

// referralDecideForm is d: IKBT yes, with program and feedback day (the
// moment starts with its start battery, module 1 opened on the start
// day), or no, with a reason (3.5.5).
func ReferralDecide(a *session.Session, r caseload.Referral, pt caseload.Patient, after func() tea.Cmd) *Page {
	ctx, l := a.Ctx, a.Ctx.Lang
	today := ctx.Today
	yes := true
	var program, diagnosis, reason string
	start, day := today.String(), today.String()
	weekday := today.Weekday()
	if weekday == time.Saturday || weekday == time.Sunday {
		weekday = time.Monday
	}
	var progOpts []huh.Option[string]
	if ctx.Catalogue != nil {
		for _, p := range ctx.Catalogue.Programs() {
			progOpts = append(progOpts, huh.NewOption(p.Name, p.ID))
		}
	}
	if len(progOpts) > 0 {
		program = progOpts[0].Value
	}
	var dayOpts []huh.Option[time.Weekday]
	for _, d := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
		dayOpts = append(dayOpts, huh.NewOption(l.Weekday(d), d))
	}
	spec := &Spec{Title: l.T(common.L.LcTitleDecide) + " · " + pt.Name}
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(huh.NewSelect[bool]().Title(l.T(common.L.LcFDecision)).
				Options(huh.NewOption(l.T(common.L.LcFYes), true), huh.NewOption(l.T(common.L.LcFNo), false)).Value(&yes)),
			huh.NewGroup(
				huh.NewSelect[string]().Title(l.T(common.L.ActFProgram)).Options(progOpts...).Value(&program),
				huh.NewInput().Title(l.T(common.L.ActFStart)).Value(&start).Validate(ValidDate(l)),
				huh.NewSelect[time.Weekday]().Title(l.T(common.L.ActFWeekday)).Options(dayOpts...).Value(&weekday).Inline(true),
				huh.NewInput().Title(l.T(common.L.ActFDiagnosis)).Value(&diagnosis).Validate(func(s string) error {
					if !icd10.MatchString(strings.ToUpper(strings.TrimSpace(s))) {
						return errors.New(l.T(common.L.ActErrDiagnosis))
					}
					return nil
				}),
			).WithHideFunc(func() bool { return !yes }),
			huh.NewGroup(
				huh.NewInput().Title(l.T(common.L.LcFReason)).Value(&reason).Validate(Required(l)),
				huh.NewInput().Title(l.T(common.L.ActFOn)).Value(&day).Validate(ValidDate(l)),
			).WithHideFunc(func() bool { return yes }),
		}
	}
	spec.Save = LifeSave(a, func(ls session.LifecycleStore) (string, error) {
		if !yes {
			return l.T(common.L.LcDoneNo, strings.TrimSpace(reason)), ls.DecideNo(r.ID, ValidatedDate(day), strings.TrimSpace(reason))
		}
		s := ValidatedDate(start)
		m := caseload.Moment{ID: newMomentID(program, s), Program: program, Clinician: r.Clinician, Started: s,
			FeedbackDay: weekday, Status: caseload.Active, Diagnosis: strings.ToUpper(strings.TrimSpace(diagnosis))}
		if ctx.Catalogue != nil {
			if p, ok := ctx.Catalogue.Program(program); ok && len(p.Modules) > 0 {
				m.Modules = []caseload.ModuleEvent{{Module: p.Modules[0].Key, Opened: s.Start()}}
			}
		}
		return l.T(common.L.LcDoneYes, m.ID, s.String()), ls.DecideYes(r.ID, m, ctx.Catalogue)
	})
	spec.After = after
	spec.NoUndo = true
	return New(a, spec)
}
