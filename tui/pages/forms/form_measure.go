package forms

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tui/common"
	"github.com/ikbt/ikbt/tui/session"
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

// parseScore reads a total, with a decimal comma (as Swedish writes it)
// or a point.
func parseScore(s string) (float64, error) {
	return strconv.ParseFloat(strings.Replace(strings.TrimSpace(s), ",", ".", 1), 64)
}

// itemsHelp describes the allowed answers item by item, runs of items
// with the same answers together: "0–4" when all are alike, else
// "1–8: 0–4; 9–10: 0, 2, 4" (instruments.Answers, issue 10).
func itemsHelp(in *instruments.Instrument) string {
	var parts []string
	for i := 1; i <= in.Items; {
		j := i
		for j < in.Items && in.Answers(j+1) == in.Answers(i) {
			j++
		}
		run := strconv.Itoa(i)
		if j > i {
			run += "–" + strconv.Itoa(j)
		}
		parts = append(parts, run+": "+in.Answers(i))
		i = j + 1
	}
	if len(parts) == 1 {
		return in.Answers(1)
	}
	return strings.Join(parts, "; ")
}

// score scores what has been typed so far.
func (v *measureValues) score() (instruments.Result, []int, error) {
	if v.mode == modeTotal {
		x, err := parseScore(v.total)
		if err != nil {
			return instruments.Result{}, nil, err
		}
		r, err := instruments.ScoreValue(v.instrument, x)
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
func (v *measureValues) problem(l common.Lang) error {
	in, ok := instruments.Get(v.instrument)
	if !ok {
		_, _, err := v.score()
		return err
	}
	if v.mode == modeTotal {
		s := strings.TrimSpace(v.total)
		x, err := parseScore(s)
		switch {
		case err != nil || math.IsNaN(x) || math.IsInf(x, 0):
			if in.Decimal() {
				return errors.New(l.T(common.L.I10MeasureErrDecimal, s))
			}
			return errors.New(l.T(common.L.MeasureErrTotal, s))
		case !in.Decimal() && x != math.Trunc(x):
			return errors.New(l.T(common.L.MeasureErrTotal, s))
		case x < float64(in.MinTotal()) || x > float64(in.MaxTotal()):
			return errors.New(l.T(common.L.I10MeasureErrTotalrange, in.ID, s, in.MinTotal(), in.MaxTotal()))
		}
		return nil
	}
	if !in.ItemsScored() {
		return errors.New(l.T(common.L.I10MeasureErrTotalonly, in.ID))
	}
	f := itemFields(v.items)
	for i, x := range f {
		n, err := strconv.Atoi(x)
		switch {
		case err != nil:
			return errors.New(l.T(common.L.MeasureErrNumber, i+1, x))
		case i < in.Items && !in.Allowed(i+1, n):
			return errors.New(l.T(common.L.I10MeasureErrAllowed, in.ID, i+1, n, in.Answers(i+1)))
		}
	}
	if len(f) != in.Items {
		return errors.New(l.N(in.Items, common.L.MeasureErrCountOne, common.L.MeasureErrCount, in.ID, in.Items, len(f)))
	}
	return nil
}

// scoreIn is score with its refusal in the interface's language.
func (v *measureValues) scoreIn(l common.Lang) (instruments.Result, []int, error) {
	if err := v.problem(l); err != nil {
		return instruments.Result{}, nil, err
	}
	return v.score()
}

// measureForm is `m`: a rating scale answered. The band and MADRS-S item
// 9 show while typing; a score that raises the red flag says so at once.
func Measure(a *session.Session, m caseload.Moment, pt caseload.Patient, due []worklist.Due) *Page {
	ctx, l, st := a.Ctx, a.Ctx.Lang, a.Ctx.Styles
	v := &measureValues{mode: modeItems, occasion: caseload.Ongoing, answered: a.Now().String()}
	if len(due) > 0 {
		v.instrument, v.occasion = due[0].Instrument, due[0].Occasion
	} else if p := a.Program(&m); p != nil && p.Primary != "" {
		v.instrument = p.Primary
	}
	var instOpts []huh.Option[string]
	for _, in := range instruments.All() {
		instOpts = append(instOpts, huh.NewOption(in.Name, in.ID))
	}
	if v.instrument == "" && len(instOpts) > 0 {
		v.instrument = instOpts[0].Value
	}
	// A form whose item scoring is not public (AAQoL) takes its total
	// only: items are refused with that reason (problem). The mode list is
	// static: huh's OptionsFunc loads in a command and showed "Loading…"
	// in the app.
	if in, ok := instruments.Get(v.instrument); ok && !in.ItemsScored() {
		v.mode = modeTotal
	}
	var occOpts []huh.Option[caseload.Occasion]
	for _, o := range occasions {
		occOpts = append(occOpts, huh.NewOption(l.ByID("act.occ."+string(o)), o))
	}
	inst := func() *instruments.Instrument { in, _ := instruments.Get(v.instrument); return in }

	spec := &Spec{Title: l.T(common.L.ActTitleMeasure) + " · " + pt.Name, Moment: m.ID, Version: m.Version}
	spec.Groups = func() []*huh.Group {
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
					return in.ID + ": " + l.N(in.Items, common.L.I10ActFItemsOne, common.L.I10ActFItems, in.Items, itemsHelp(in))
				}, &v.instrument).Value(&v.items).Validate(func(string) error {
					_, _, err := v.scoreIn(l)
					return err
				}),
				huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&v.answered).Validate(ValidStamp(l, a.Ctx.Today)),
			).WithHideFunc(func() bool { return v.mode != modeItems }),
			huh.NewGroup(
				huh.NewInput().TitleFunc(func() string {
					in := inst()
					if in == nil {
						return ""
					}
					if in.Decimal() {
						return in.ID + ": " + l.T(common.L.I10ActFTotalDecimal, in.MinTotal(), in.MaxTotal())
					}
					return in.ID + ": " + l.T(common.L.ActFTotal, in.MinTotal(), in.MaxTotal())
				}, &v.instrument).Value(&v.total).Validate(func(string) error {
					_, _, err := v.scoreIn(l)
					return err
				}),
				huh.NewInput().Title(l.T(common.L.ActFWhen)).Value(&v.answered).Validate(ValidStamp(l, a.Ctx.Today)),
			).WithHideFunc(func() bool { return v.mode != modeTotal }),
		}
	}
	spec.Info = func() string {
		in := inst()
		if in == nil {
			return ""
		}
		if (v.mode == modeItems && strings.TrimSpace(v.items) == "") || (v.mode == modeTotal && strings.TrimSpace(v.total) == "") {
			return ""
		}
		r, items, err := v.scoreIn(l)
		if err != nil {
			return st.Warn.Render(err.Error())
		}
		sv := ctx.Lang != "en"
		head := l.T(common.L.I10ActInfoSum, in.Format(r.Score, sv), in.MaxTotal())
		if in.Decimal() || !in.ItemsScored() {
			head = l.T(common.L.I10ActInfoScore, in.Format(r.Score, sv), in.MaxTotal())
		}
		if s := r.Interpretation(in, sv); s != "" {
			head += ": " + s
		}
		lines := []string{head}
		var subs []string
		for _, sc := range r.Subscales {
			name := sc.Sv
			if !sv {
				name = sc.En
			}
			subs = append(subs, name+" "+in.Format(sc.Score, sv))
		}
		if len(subs) > 0 {
			lines = append(lines, strings.Join(subs, " · "))
		}
		if r.Item9 >= 0 {
			lines = append(lines, l.T(common.L.ActInfoItem9, r.Item9))
			if r.Item9 >= worklist.RedFlagItem9 {
				lines = append(lines, st.Red.Render(l.T(common.L.ActInfoRedflag, r.Item9)))
			}
		}
		// PHQ-9 item 9 raises the red flag too (worklist.RedFlagPHQ9, issue 9).
		if v.instrument == "PHQ-9" && len(items) == 9 && items[8] >= worklist.RedFlagPHQ9 {
			lines = append(lines, st.Red.Render(l.T(common.L.I9ActInfoRedPhq9, items[8])))
		}
		return strings.Join(lines, "\n")
	}
	spec.Save = func(w session.Writer, version int64) (store.Undo, string, error) {
		r, items, err := v.scoreIn(l)
		if err != nil {
			return store.Undo{}, "", err
		}
		ms := caseload.Measurement{
			Instrument: v.instrument,
			Occasion:   v.occasion,
			Answered:   ValidatedStamp(v.answered, a.Ctx.Today),
			Items:      items,
			Total:      r.Total,
			Decimal:    r.Decimal(inst()),
			Item9:      r.Item9,
		}
		u, err := w.AddMeasurement(m.ID, version, ms)
		score := strconv.Itoa(r.Total)
		if in := inst(); in != nil {
			score = in.Format(r.Score, ctx.Lang != "en")
		}
		status := l.T(common.L.I10ActDoneMeasure, v.instrument, score)
		if r.Item9 >= worklist.RedFlagItem9 {
			status += " · " + l.T(common.L.ActInfoRedflag, r.Item9)
		}
		if v.instrument == "PHQ-9" && len(items) == 9 && items[8] >= worklist.RedFlagPHQ9 {
			status += " · " + l.T(common.L.I9ActInfoRedPhq9, items[8])
		}
		return u, status, err
	}
	// issue 14: the undo confirmation names the answer and warns of its red flag.
	spec.UndoWhat = func() string { return v.instrument + " " + v.answered + " · " + pt.Name }
	spec.UndoWarn = func() string {
		if r, _, err := v.scoreIn(l); err == nil && r.Item9 >= worklist.RedFlagItem9 {
			return l.T(common.L.UndoWarnRed, r.Item9)
		}
		return ""
	}
	return New(a, spec)
}
