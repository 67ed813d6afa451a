package forms

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
)

// newMomentValues are the fields of the new-moment form.
type newMomentValues struct {
	pnr, name, program, start, diagnosis, clinician string
	weekday                                         time.Weekday
	open1                                           bool
	challenge                                       string
	addons                                          []string
}

// icd10 is the shape of an ICD-10 code as Cosmic writes it: F41.1, F32, F43.8A.
var icd10 = regexp.MustCompile(`^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$`)

// newMomentForm is `n`: a patient starts a program. known maps the
// personnummer of patients on the worklist to their names, so that the
// form can say when the patient is already there (the store keeps one
// name per patient: the one typed here replaces it).
func NewMoment(a *session.Session, known map[string]string) *Page {
	ctx, l := a.Ctx, a.Ctx.Lang
	today := ctx.Today
	v := &newMomentValues{start: today.String(), weekday: today.Weekday(), open1: true, clinician: ctx.Clinician}
	if v.weekday == time.Saturday || v.weekday == time.Sunday {
		v.weekday = time.Monday
	}
	cat := ctx.Catalogue
	var progOpts []huh.Option[string]
	if cat != nil {
		for _, p := range cat.Programs() {
			progOpts = append(progOpts, huh.NewOption(p.Name, p.ID))
		}
	}
	if len(progOpts) > 0 {
		v.program = progOpts[0].Value
	}
	var dayOpts []huh.Option[time.Weekday]
	for _, d := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
		dayOpts = append(dayOpts, huh.NewOption(l.Weekday(d), d))
	}
	program := func() *programs.Program {
		if cat == nil {
			return nil
		}
		p, _ := cat.Program(v.program)
		return p
	}
	hasTracks := func() bool { p := program(); return p != nil && len(p.Tracks) > 0 }

	// issue 14: a known personnummer shows the patient as stored, and the
	// name is never changed from here (store.AddMoment refuses it too).
	stored := func() (string, bool) {
		n, err := personnummer.ParseAt(v.pnr, today.Time())
		if err != nil {
			return "", false
		}
		name, ok := known[n.String()]
		return name, ok
	}
	nameOf := func() string {
		name := strings.TrimSpace(v.name)
		if s, ok := stored(); ok && name == "" {
			return s
		}
		return name
	}
	spec := &Spec{Title: l.T(common.L.ActTitleNew)}
	// issue 14: after saving, the cursor goes to the new moment's row.
	var added string
	spec.After = func() tea.Cmd { return func() tea.Msg { return common.SelectMomentMsg{ID: added} } }
	spec.Groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(
				huh.NewInput().Title(l.T(common.L.ActFPnr)).Description(l.T(common.L.ActFPnrDesc)).Value(&v.pnr).
					Validate(func(s string) error { return PnrInvalid(s, today, l) }),
				huh.NewInput().Title(l.T(common.L.ActFName)).TitleFunc(func() string {
					if s, ok := stored(); ok {
						return l.T(common.L.ActFNameKnown, s)
					}
					return l.T(common.L.ActFName)
				}, &v.pnr).Value(&v.name).Validate(func(name string) error {
					name = strings.TrimSpace(name)
					if s, ok := stored(); ok {
						if name == "" || name == s {
							return nil
						}
						return errors.New(l.T(common.L.ActErrNameKnown, s))
					}
					return Required(l)(name)
				}),
				huh.NewSelect[string]().Title(l.T(common.L.ActFProgram)).Options(progOpts...).Value(&v.program),
			),
			huh.NewGroup(
				huh.NewInput().Title(l.T(common.L.ActFStart)).Value(&v.start).Validate(ValidDate(l)),
				huh.NewSelect[time.Weekday]().Title(l.T(common.L.ActFWeekday)).Options(dayOpts...).Value(&v.weekday).Inline(true),
				huh.NewInput().Title(l.T(common.L.ActFDiagnosis)).Value(&v.diagnosis).Validate(func(s string) error {
					if !icd10.MatchString(strings.ToUpper(strings.TrimSpace(s))) {
						return errors.New(l.T(common.L.ActErrDiagnosis))
					}
					return nil
				}),
				huh.NewInput().Title(l.T(common.L.ActFClinician)).Value(&v.clinician).Validate(Required(l)),
				huh.NewConfirm().Title(l.T(common.L.ActFOpen1)).Affirmative(l.T(common.L.ActYes)).Negative(l.T(common.L.ActNo)).Value(&v.open1),
			),
			huh.NewGroup(
				huh.NewSelect[string]().Title(l.T(common.L.ActFChallenge)).
					OptionsFunc(func() []huh.Option[string] { return trackOptions(l, program(), programs.Challenge, nil) }, &v.program).
					Value(&v.challenge),
				huh.NewMultiSelect[string]().Title(l.T(common.L.ActFAddons)).
					OptionsFunc(func() []huh.Option[string] {
						var addons []*programs.Track
						if cat != nil {
							addons = cat.Addons()
						}
						return trackOptions(l, program(), programs.Optional, addons)
					}, &v.program).
					Value(&v.addons),
			).WithHideFunc(func() bool { return !hasTracks() }),
		}
	}
	spec.Info = func() string {
		n, err := personnummer.ParseAt(v.pnr, today.Time())
		if strings.TrimSpace(v.pnr) == "" {
			return ""
		}
		if err != nil {
			return ctx.Styles.Warn.Render(common.ErrorText(err, l))
		}
		s := l.T(common.L.ActInfoPnrOk, n.Masked())
		if n.IsTest() {
			s += " (" + l.T(common.L.ActInfoPnrTest) + ")"
		}
		if name, ok := known[n.String()]; ok {
			s += " · " + l.T(common.L.ActInfoPnrKnown, name)
		}
		return ctx.Styles.OK.Render(s)
	}
	spec.Save = func(w session.Writer, _ int64) (store.Undo, string, error) {
		pnr, err := personnummer.ParseAt(v.pnr, today.Time())
		if err != nil {
			return store.Undo{}, "", err
		}
		start := ValidatedDate(v.start)
		m := caseload.Moment{
			ID:          newMomentID(v.program, start),
			PNR:         pnr,
			Program:     v.program,
			Clinician:   strings.TrimSpace(v.clinician),
			Started:     start,
			FeedbackDay: v.weekday,
			Status:      caseload.Active,
			Diagnosis:   strings.ToUpper(strings.TrimSpace(v.diagnosis)),
		}
		if hasTracks() {
			m.Challenge = v.challenge
			m.Addons = append([]string(nil), v.addons...)
		}
		if v.open1 {
			if p := program(); p != nil && len(p.Modules) > 0 {
				m.Modules = []caseload.ModuleEvent{{Module: p.Modules[0].Key, Opened: start.Start()}}
				// The optional tracks chosen run from module 1, a part a week alongside.
				for _, k := range p.FeedbackOpens(&m, "", p.Modules[0].Key, m.Challenge) {
					m.Modules = append(m.Modules, caseload.ModuleEvent{Module: k, Opened: start.Start()})
				}
			}
		}
		added = m.ID
		u, err := w.AddMoment(caseload.Patient{PNR: pnr, Name: nameOf()}, m)
		return u, l.T(common.L.ActDoneNew, nameOf()), err
	}
	return New(a, spec)
}

// trackOptions lists a program's tracks of one kind, then extra tracks
// (the add-on modules). The challenge list starts with "chosen later".
func trackOptions(l common.Lang, p *programs.Program, kind programs.TrackKind, extra []*programs.Track) []huh.Option[string] {
	var out []huh.Option[string]
	if kind == programs.Challenge {
		out = append(out, huh.NewOption(l.T(common.L.ActFChallengeLater), ""))
	}
	if p != nil {
		for _, t := range p.Tracks {
			if t.Kind == kind {
				out = append(out, huh.NewOption(t.Name, t.ID))
			}
		}
	}
	for _, t := range extra {
		out = append(out, huh.NewOption(t.Name, t.ID))
	}
	return out
}

// newMomentID names a moment by program, start and a random suffix, so
// that two windows adding moments at once do not collide.
func newMomentID(program string, start caseload.Date) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s-%s-%s", program, start, hex.EncodeToString(b[:]))
}
