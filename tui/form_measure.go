package tui

import (
	"errors"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/worklist"
)

const (
	modeItems = "items"
	modeTotal = "total"
)

// occasions in the order of a treatment.
var occasions = []caseload.Occasion{caseload.Assessment, caseload.Startup, caseload.Ongoing, caseload.Final, caseload.FollowUp}

// measureValues are the fields of the measurement form.
type measureValues struct {
	instrument string
	occasion   caseload.Occasion
	mode       string
	items      string // "2 3 1 0 4 2 1 3 4"
	total      string
	answered   string
}

// itemFields splits item answers separated by spaces or commas.
func itemFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '\t' })
}

// parseItems reads item answers separated by spaces or commas.
func parseItems(s string) ([]int, error) {
	f := itemFields(s)
	out := make([]int, 0, len(f))
	for i, x := range f {
		n, err := strconv.Atoi(x)
		if err != nil {
			return nil, errors.New("item " + strconv.Itoa(i+1) + ": " + strconv.Quote(x) + " is not a number")
		}
		out = append(out, n)
	}
	return out, nil
}

// score scores what has been typed so far.
func (v *measureValues) score() (instruments.Result, []int, error) {
	if v.mode == modeTotal {
		n, err := strconv.Atoi(strings.TrimSpace(v.total))
		if err != nil {
			return instruments.Result{}, nil, err
		}
		r, err := instruments.ScoreTotal(v.instrument, n)
		return r, nil, err
	}
	items, err := parseItems(v.items)
	if err != nil {
		return instruments.Result{}, nil, err
	}
	r, err := instruments.Score(v.instrument, items)
	return r, items, err
}

// problem says in the interface's language what is wrong with the answers
// typed so far, or nil; instruments and parseItems speak English, for the
// command line. An item out of range is named while the rest is typed.
func (v *measureValues) problem(l Lang) error {
	in, ok := instruments.Get(v.instrument)
	if !ok {
		_, _, err := v.score()
		return err
	}
	if v.mode == modeTotal {
		s := strings.TrimSpace(v.total)
		n, err := strconv.Atoi(s)
		switch {
		case err != nil:
			return errors.New(l.T(common.L.MeasureErrTotal, s))
		case n < in.MinTotal() || n > in.MaxTotal():
			return errors.New(l.T(common.L.MeasureErrTotalrange, in.ID, n, in.MinTotal(), in.MaxTotal()))
		}
		return nil
	}
	f := itemFields(v.items)
	for i, x := range f {
		n, err := strconv.Atoi(x)
		switch {
		case err != nil:
			return errors.New(l.T(common.L.MeasureErrNumber, i+1, x))
		case n < in.ItemMin || n > in.ItemMax:
			return errors.New(l.T(common.L.MeasureErrRange, in.ID, i+1, n, in.ItemMin, in.ItemMax))
		}
	}
	if len(f) != in.Items {
		return errors.New(l.T(common.L.MeasureErrCount, in.ID, in.Items, len(f)))
	}
	return nil
}

// scoreIn is score with its refusal in the interface's language.
func (v *measureValues) scoreIn(l Lang) (instruments.Result, []int, error) {
	if err := v.problem(l); err != nil {
		return instruments.Result{}, nil, err
	}
	return v.score()
}

// measureForm is `m`: a rating scale answered. The band and MADRS-S item
// 9 show while typing; a score that raises the red flag says so at once.
func measureForm(a *actions, m caseload.Moment, pt caseload.Patient, due []worklist.Due) *formPage {
	ctx, l, st := a.ctx, a.ctx.Lang, a.ctx.Styles
	v := &measureValues{mode: modeItems, occasion: caseload.Ongoing, answered: a.now().String()}
	if len(due) > 0 {
		v.instrument, v.occasion = due[0].Instrument, due[0].Occasion
	} else if p := a.program(&m); p != nil && p.Primary != "" {
		v.instrument = p.Primary
	}
	var instOpts []huh.Option[string]
	for _, in := range instruments.All() {
		instOpts = append(instOpts, huh.NewOption(in.Name, in.ID))
	}
	if v.instrument == "" && len(instOpts) > 0 {
		v.instrument = instOpts[0].Value
	}
	var occOpts []huh.Option[caseload.Occasion]
	for _, o := range occasions {
		occOpts = append(occOpts, huh.NewOption(l.ByID("act.occ."+string(o)), o))
	}
	inst := func() *instruments.Instrument { in, _ := instruments.Get(v.instrument); return in }

	spec := &formSpec{title: l.T(common.L.ActTitleMeasure) + " · " + pt.Name, moment: m.ID, version: m.Version}
	spec.groups = func() []*huh.Group {
		return []*huh.Group{
			huh.NewGroup(
				huh.NewSelect[string]().Title(l.T(common.L.ActFInstrument)).Options(instOpts...).Value(&v.instrument),
				huh.NewSelect[caseload.Occasion]().Title(l.T(common.L.ActFOccasion)).Options(occOpts...).Value(&v.occasion),
				huh.NewSelect[string]().Title(l.T(common.L.ActFMode)).Options(
					huh.NewOption(l.T(common.L.ActFModeItems), modeItems),
					huh.NewOption(l.T(common.L.ActFModeTotal), modeTotal),
				).Value(&v.mode),
			),
			huh.NewGroup(
				huh.NewInput().TitleFunc(func() string {
					in := inst()
					if in == nil {
						return ""
					}
					return in.ID + ": " + l.T(common.L.ActFItems, in.Items, in.ItemMin, in.ItemMax)
				}, &v.instrument).Value(&v.items).Validate(func(string) error {
					_, _, err := v.scoreIn(l)
					return err
				}),
				huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&v.answered).Validate(validStamp(l, a.ctx.Today)),
			).WithHideFunc(func() bool { return v.mode != modeItems }),
			huh.NewGroup(
				huh.NewInput().TitleFunc(func() string {
					in := inst()
					if in == nil {
						return ""
					}
					return in.ID + ": " + l.T(common.L.ActFTotal, in.MinTotal(), in.MaxTotal())
				}, &v.instrument).Value(&v.total).Validate(func(string) error {
					_, _, err := v.scoreIn(l)
					return err
				}),
				huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&v.answered).Validate(validStamp(l, a.ctx.Today)),
			).WithHideFunc(func() bool { return v.mode != modeTotal }),
		}
	}
	spec.info = func() string {
		in := inst()
		if in == nil {
			return ""
		}
		if (v.mode == modeItems && strings.TrimSpace(v.items) == "") || (v.mode == modeTotal && strings.TrimSpace(v.total) == "") {
			return ""
		}
		r, _, err := v.scoreIn(l)
		if err != nil {
			return st.Warn.Render(err.Error())
		}
		band := r.Band.Sv
		if ctx.Lang == "en" {
			band = r.Band.En
		}
		lines := []string{l.T(common.L.ActInfoScore, r.Total, in.MaxTotal(), band)}
		if r.Item9 >= 0 {
			lines = append(lines, l.T(common.L.ActInfoItem9, r.Item9))
			if r.Item9 >= worklist.RedFlagItem9 {
				lines = append(lines, st.Red.Render(l.T(common.L.ActInfoRedflag, r.Item9)))
			}
		}
		return strings.Join(lines, "\n")
	}
	spec.save = func(w Writer, version int64) (storeUndo, string, error) {
		r, items, err := v.scoreIn(l)
		if err != nil {
			return storeUndo{}, "", err
		}
		ms := caseload.Measurement{
			Instrument: v.instrument,
			Occasion:   v.occasion,
			Answered:   validatedStamp(v.answered, a.ctx.Today),
			Items:      items,
			Total:      r.Total,
			Item9:      r.Item9,
		}
		u, err := w.AddMeasurement(m.ID, version, ms)
		status := l.T(common.L.ActDoneMeasure, v.instrument, r.Total)
		if r.Item9 >= worklist.RedFlagItem9 {
			status += " · " + l.T(common.L.ActInfoRedflag, r.Item9)
		}
		return u, status, err
	}
	// issue 14: the undo confirmation names the answer and warns of its red flag.
	spec.undoWhat = func() string { return v.instrument + " " + v.answered + " · " + pt.Name }
	spec.undoWarn = func() string {
		if r, _, err := v.scoreIn(l); err == nil && r.Item9 >= worklist.RedFlagItem9 {
			return l.T(common.L.UndoWarnRed, r.Item9)
		}
		return ""
	}
	return newFormPage(a, spec)
}
