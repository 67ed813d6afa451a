package tui

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
)

func TestParseItems(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		err  string
	}{
		{"2 2 1 0", []int{2, 2, 1, 0}, ""},
		{"2,2;1\t0", []int{2, 2, 1, 0}, ""},
		{"  ", []int{}, ""},
		{"2 x 1", nil, `item 2: "x" is not a number`},
		{"1 2.5", nil, `item 2: "2.5" is not a number`},
	} {
		got, err := parseItems(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("parseItems(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("parseItems(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// FuzzParseItems: no input panics, and numbers written back are read the same.
func FuzzParseItems(f *testing.F) {
	for _, s := range []string{"2 2 2 2 2 2 2 2 4", "0,1,2", "", "x", "-1 99999999999999999999", "６"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		items, err := parseItems(s)
		if err != nil {
			return
		}
		var parts []string
		for _, v := range items {
			parts = append(parts, strconv.Itoa(v))
		}
		again, err := parseItems(strings.Join(parts, " "))
		if err != nil || !slices.Equal(again, items) {
			t.Errorf("%q: read %v, written back and read %v (%v)", s, items, again, err)
		}
	})
}

// FuzzFuzzyScore: any query and phrase are scored without a panic, and a
// phrase's own code always matches best.
func FuzzFuzzyScore(f *testing.F) {
	for _, s := range []string{"hållarb3", "BEHINT1Å", "a\u030a", "", "ö ö"} {
		f.Add(s, "text")
	}
	f.Fuzz(func(t *testing.T, code, text string) {
		ph := phraseOf(code, text)
		q := fold(strings.TrimSpace(code))
		if q == "" || q != fold(code) {
			return
		}
		if got := fuzzyScore(q, ph); got < 3000 {
			t.Errorf("code %q scores %d against itself", code, got)
		}
	})
}

// The measurement form refuses in the interface's language, and refuses
// exactly what instruments refuses.
func TestMeasureProblemSpeaksTheLanguage(t *testing.T) {
	for _, tc := range []struct {
		inst, mode, in string
		sv, en         string // "" = accepted
	}{
		{"MADRS-S", modeItems, "2 2 3 2 1 2 2 3", "MADRS-S har 9 frågor, här står 8", "MADRS-S has 9 items, got 8"},
		{"MADRS-S", modeItems, "2 2 3 2 1 2 2 3 4", "", ""},
		{"MADRS-S", modeItems, "2 9", "MADRS-S fråga 2: 9 är inget tillåtet svar (0–6)", "MADRS-S item 2: 9 is not an allowed answer (0–6)"},
		// Issue 10: each item's own answers (AUDIT 9–10: 0, 2, 4; EDE-Q's
		// counts 13–18), decimals with a comma, AAQoL by its total only.
		{"AUDIT", modeItems, "1 1 1 1 1 1 1 1 3 0", "AUDIT fråga 9: 3 är inget tillåtet svar (0, 2, 4)", "AUDIT item 9: 3 is not an allowed answer (0, 2, 4)"},
		{"AUDIT", modeItems, "1 1 1 1 1 1 1 1 2 4", "", ""},
		{"EDE-Q", modeItems, "1 2 3 4 5 6 0 1 2 3 4 5 10 3 12 2 0 1 6 5 4 3 2 1 0 1 2 3", "", ""},
		{"EDE-Q", modeItems, "1 2 3 4 5 6 7", "EDE-Q fråga 7: 7 är inget tillåtet svar (0–6)", "EDE-Q item 7: 7 is not an allowed answer (0–6)"},
		{"EDE-Q", modeTotal, "2,35", "", ""},
		{"EDE-Q", modeTotal, "2.35", "", ""},
		{"EDE-Q", modeTotal, "6,5", "EDE-Q summa: 6,5 ligger utanför 0–6", "EDE-Q total: 6,5 is out of range 0–6"},
		{"EDE-Q", modeTotal, "två", "poängen ”två” är inget tal", `the score "två" is not a number`},
		{"GAD-7", modeTotal, "7,5", "summan ”7,5” är inget heltal", `the total "7,5" is not a whole number`},
		{"AAQoL", modeItems, "1 2 3", "AAQoL tar bara emot totalpoäng (poängsättningen per fråga är inte offentlig)", "AAQoL takes its total only (its item scoring is not public)"},
		{"AAQoL", modeTotal, "72,5", "", ""},
		{"GAD-7", modeItems, "1 x", "fråga 2: ”x” är inget heltal", `item 2: "x" is not a whole number`},
		{"GAD-7", modeItems, "", "GAD-7 har 7 frågor, här står 0", "GAD-7 has 7 items, got 0"},
		{"GAD-7", modeTotal, "abc", "summan ”abc” är inget heltal", `the total "abc" is not a whole number`},
		{"GAD-7", modeTotal, "22", "GAD-7 summa: 22 ligger utanför 0–21", "GAD-7 total: 22 is out of range 0–21"},
		{"GAD-7", modeTotal, " 21 ", "", ""},
		{"WHODAS-12", modeTotal, "11", "WHODAS-12 summa: 11 ligger utanför 12–60", "WHODAS-12 total: 11 is out of range 12–60"},
	} {
		v := &measureValues{instrument: tc.inst, mode: tc.mode, items: tc.in, total: tc.in}
		for _, l := range []struct {
			lang Lang
			want string
		}{{"sv", tc.sv}, {"en", tc.en}} {
			err := v.problem(l.lang)
			switch {
			case l.want == "" && err != nil:
				t.Errorf("%s %s %q (%s): refused: %v", tc.inst, tc.mode, tc.in, l.lang, err)
			case l.want != "" && (err == nil || err.Error() != l.want):
				t.Errorf("%s %s %q (%s): %v, want %q", tc.inst, tc.mode, tc.in, l.lang, err, l.want)
			}
		}
		if _, _, err := v.score(); (err == nil) != (tc.sv == "") {
			t.Errorf("%s %s %q: instruments says %v, the form %q", tc.inst, tc.mode, tc.in, err, tc.sv)
		}
	}
}

// FuzzMeasureProblem: the form's own check refuses what instruments
// refuses, no more and no less.
func FuzzMeasureProblem(f *testing.F) {
	for _, s := range []string{"2 2 3 2 1 2 2 3 4", "0,1,2", "", "x", "-1 7", "６", "12", "+3"} {
		f.Add("MADRS-S", s, false)
		f.Add("GAD-7", s, true)
	}
	f.Fuzz(func(t *testing.T, inst, s string, total bool) {
		v := &measureValues{instrument: inst, mode: modeItems, items: s, total: s}
		if total {
			v.mode = modeTotal
		}
		_, _, want := v.score()
		_, _, got := v.scoreIn("sv")
		if (got == nil) != (want == nil) {
			t.Errorf("%s %q total=%v: the form says %v, instruments %v", inst, s, total, got, want)
		}
	})
}

// itemsHelp names each run of items with the same answers (issue 10).
func TestItemsHelp(t *testing.T) {
	for _, tc := range []struct{ inst, want string }{
		{"GAD-7", "0–3"},
		{"AUDIT", "1–8: 0–4; 9–10: 0, 2, 4"},
		{"EDE-Q", "1–12: 0–6; 13–14: 0–999; 15: 0–28; 16–18: 0–999; 19–28: 0–6"},
	} {
		in, ok := instruments.Get(tc.inst)
		if !ok {
			t.Fatalf("%s unknown", tc.inst)
		}
		if got := itemsHelp(in); got != tc.want {
			t.Errorf("itemsHelp(%s) = %q, want %q", tc.inst, got, tc.want)
		}
	}
}

// The schedule form offers what the program lets a clinician schedule
// (issue 10, manual 4.6–4.7): Livsbalansen no PDSS-SR, Ångesthjälpen it.
func TestScheduleOptionsFollowTheProgram(t *testing.T) {
	cat := programs.Default()
	ids := func(prog string) []string {
		p, ok := cat.Program(prog)
		if !ok {
			t.Fatalf("no program %s", prog)
		}
		var out []string
		for _, o := range scheduleOptions(p) {
			out = append(out, o.Value)
		}
		return out
	}
	lb := ids("livsbalansen")
	for _, want := range []string{"WHODAS-12", "PSS-10", "KEDS"} {
		if !slices.Contains(lb, want) {
			t.Errorf("Livsbalansen is not offered %s: %v", want, lb)
		}
	}
	for _, not := range []string{"PDSS-SR", "MADRS-S", "EDE-Q"} {
		if slices.Contains(lb, not) {
			t.Errorf("Livsbalansen is offered %s: %v", not, lb)
		}
	}
	for _, p := range cat.Programs() {
		if strings.HasPrefix(p.ID, "angest") && !slices.Contains(ids(p.ID), "PDSS-SR") {
			t.Errorf("%s is not offered PDSS-SR: %v", p.ID, ids(p.ID))
		}
	}
}

// The measurement form for EDE-Q (issue 10): its answers 13–18 are counts
// beyond 0–6, its score a mean with a decimal comma, its reading the
// cut-off, and its subscales on the info line; the write keeps the decimal.
func TestMeasureFormEDEQ(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the app through many screens: slow; go test without -short runs it")
	}
	s := fakeDemo()
	mo := pick(t, s.c, "an active moment", func(m *caseload.Moment) bool { return m.Status == caseload.Active })
	d := newDriver(t, s, 120, 40, "sv")
	d.selectMoment(mo.ID)
	d.press("m")
	d.waitFor("the form", func() bool { _, ok := d.top().(*formPage); return ok })
	fp := d.top().(*formPage)
	for fp.form.GetFocusedField().GetValue() != "EDE-Q" {
		d.press("down")
	}
	d.press("enter", "enter", "enter")
	items := "1 2 3 4 5 6 0 1 2 3 4 5 10 3 12 2 0 1 6 5 4 3 2 1 0 1 2 3"
	d.press(items)
	want, err := instruments.Score("EDE-Q", mustItems(t, items))
	if err != nil {
		t.Fatal(err)
	}
	in, _ := instruments.Get("EDE-Q")
	scr := d.screen()
	for _, w := range []string{"Poäng " + in.Format(want.Score, true) + " av 6: " + want.Interpretation(in, true), want.Subscales[0].Sv + " " + in.Format(want.Subscales[0].Score, true)} {
		if !strings.Contains(scr, w) {
			t.Errorf("the form lacks %q:\n%s", w, scr)
		}
	}
	d.press("enter", "enter")
	d.waitFor("the write", func() bool { return len(s.writes()) == 1 })
	ms := s.moment(mo.ID).Measurements
	last := ms[len(ms)-1]
	if last.Instrument != "EDE-Q" || last.Decimal == nil || *last.Decimal != want.Score || last.Total != want.Total {
		t.Errorf("written as %+v (decimal %v), want score %v", last, last.Decimal, want.Score)
	}
}

func mustItems(t *testing.T, s string) []int {
	t.Helper()
	v, err := parseItems(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
