package tui

// Issue 17: the Resultat page (tui/pages/results) in the app.

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	res "github.com/ikbt/ikbt/results"
	"github.com/ikbt/ikbt/tui/common"
	resultspage "github.com/ikbt/ikbt/tui/pages/results"
)

// Report computes the report with package results, as store.Report does
// from the rows it reads; calls records each filter asked for.
func (d *memData) Report(cat *programs.Catalogue, day caseload.Date, refs []res.Referral, o res.Options) (res.Report, error) {
	reportsMu.Lock()
	d.reports = append(d.reports, o.Filter)
	reportsMu.Unlock()
	if d.fail != nil {
		return res.Report{}, d.fail
	}
	return res.Compute(d.c, refs, cat, day, o), nil
}

// ReportReferrals maps the caseload's referrals as store.ReportReferrals
// does: assessed = the visit held, started = the start of the moment.
func (d *memData) ReportReferrals() ([]res.Referral, error) {
	var out []res.Referral
	for _, r := range d.c.Referrals {
		f := res.Referral{Moment: r.Moment, Clinician: r.Clinician, Referred: r.Referred, Assessed: r.VisitHeld, Decision: string(r.Decision)}
		for _, m := range d.c.Moments {
			if r.Moment != "" && m.ID == r.Moment {
				f.Program, f.Started = m.Program, m.Started
			}
		}
		out = append(out, f)
	}
	return out, nil
}

var _ resultspage.Source = (*memData)(nil)

// reportsMu guards memData.reports: reports are computed off the UI loop.
var reportsMu sync.Mutex

func reportCalls(d *memData) int {
	reportsMu.Lock()
	defer reportsMu.Unlock()
	return len(d.reports)
}

// resultsApp runs the app on the demo as Anna Lindqvist, with the golden
// catalogue, through the driver: the Resultat page opens with
// common.PushCmd (a tea.Sequence), which the plain harness drops.
func resultsApp(t *testing.T, data *memData, w, h int, lang Lang) (*driver, *Model) {
	t.Helper()
	m := New(wire(Options{Data: data, Catalogue: goldenCatalogue(), Today: today, Clinician: "Anna Lindqvist", Lang: lang}))
	dr := &driver{t: t, m: m, res: make(chan tea.Msg, 4096)}
	dr.run(m.Init())
	dr.deliver(tea.WindowSizeMsg{Width: w, Height: h})
	dr.waitFor("first load", func() bool { return m.loaded })
	return dr, m
}

// pressResults presses keys on the driver and waits until the Resultat
// page (when on top) has its report and the selected patient's scores: on
// a loaded machine a command may take longer than the driver's settle.
func pressResults(dr *driver, keys ...string) {
	dr.t.Helper()
	for _, k := range keys {
		dr.press(k)
		dr.waitFor("the Resultat page to load", func() bool {
			if len(dr.m.pages) == 0 {
				return true
			}
			p, ok := dr.m.pages[len(dr.m.pages)-1].(*resultspage.Page)
			return !ok || (!p.Loading() && !strings.Contains(p.View(), "Hämtar skattningarna") && !strings.Contains(p.View(), "Reading the scores"))
		})
	}
}

// resultsPage returns the Resultat page on top of m, or fails.
func resultsPage(t *testing.T, m *Model) *resultspage.Page {
	t.Helper()
	if len(m.pages) == 0 {
		t.Fatal("no page open")
	}
	p, ok := m.pages[len(m.pages)-1].(*resultspage.Page)
	if !ok {
		t.Fatalf("top page is %T, not the Resultat page", m.pages[len(m.pages)-1])
	}
	return p
}

func TestResultsGolden(t *testing.T) {
	for _, sc := range []struct {
		name string
		keys []string
	}{
		{"results", nil},
		{"resultspatient", []string{"down", "down"}},
	} {
		for _, sz := range sizes {
			name := fmt.Sprintf("%s_%dx%d", sc.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				dr, m := resultsApp(t, demoData(), sz[0], sz[1], "sv")
				pressResults(dr, "R")
				pressResults(dr, sc.keys...)
				got := screen(m)
				checkFrame(t, got, sz[0], sz[1])
				golden(t, name, got)
			})
		}
	}
	t.Run("en", func(t *testing.T) {
		dr, m := resultsApp(t, demoData(), 100, 30, "en")
		pressResults(dr, "R", "G")
		got := screen(m)
		checkFrame(t, got, 100, 30)
		golden(t, "en_results_100x30", got)
	})
}

// Every line of the page fits, and no word is cut at the right edge, at
// each size and scroll position.
func TestResultsFitsWithoutCuttingWords(t *testing.T) {
	for _, sz := range sizes {
		dr, m := resultsApp(t, demoData(), sz[0], sz[1], "sv")
		pressResults(dr, "R")
		p := resultsPage(t, m)
		full := strings.Join(pageLines(p, sz[0], 1000), "\n")
		w, h := m.bodySize()
		p.SetSize(w, h)
		for _, want := range []string{"Antal", "Tillgänglighet", "Fullföljande", "Effekt", "Förlopp MADRS-S", "WHODAS-12"} {
			if !strings.Contains(full, want) {
				t.Errorf("%dx%d: %q missing", sz[0], sz[1], want)
			}
		}
		for i := 0; i < 40; i++ {
			checkFrame(t, screen(m), sz[0], sz[1])
			pressResults(dr, "pgdown")
		}
	}
}

// pageLines is the page's whole text at width w.
func pageLines(p *resultspage.Page, w, h int) []string {
	p.SetSize(w, h)
	return strings.Split(p.View(), "\n")
}

func TestResultsLoading(t *testing.T) {
	d := demoData()
	_, m := resultsApp(t, d, 80, 24, "sv")
	p := resultspage.New(m.ctx, d, m.openMoment, 80, 22)
	load := p.Init()
	if !p.Loading() || !strings.Contains(p.View(), "Räknar fram resultaten") {
		t.Errorf("before the load: loading %v, view:\n%s", p.Loading(), p.View())
	}
	if n := reportCalls(d); n != 0 {
		t.Errorf("the report was computed on the UI loop: %d calls before the command ran", n)
	}
	next, _ := p.Update(load())
	if p.Loading() || next == nil || strings.Contains(p.View(), "Räknar fram") || !strings.Contains(p.View(), "Antal") {
		t.Errorf("after the load: loading %v, view:\n%s", p.Loading(), p.View())
	}
}

func TestResultsPeriodChangeRecomputes(t *testing.T) {
	d := demoData()
	dr, m := resultsApp(t, d, 120, 40, "sv")
	pressResults(dr, "R")
	p := resultsPage(t, m)
	d0 := caseload.NewDate(2025, 11, 24)
	if f := p.Filter(); !f.From.Equal(d0) || !f.To.Equal(today) || f.Clinician != "Anna Lindqvist" || f.Program != "" {
		t.Fatalf("default filter %+v", f)
	}
	if r := p.Report(); r == nil || !r.From.Equal(d0) || !r.To.Equal(today) {
		t.Fatalf("report not loaded for the default period: %+v", r)
	}
	started := p.Report().Counts.Started.N
	tests := []struct {
		key      string
		from, to caseload.Date
		who      string
		program  string
	}{
		{"[", caseload.NewDate(2024, 11, 24), caseload.NewDate(2025, 11, 23), "Anna Lindqvist", ""},
		{"]", d0, today, "Anna Lindqvist", ""},
		{"]", d0, today, "Anna Lindqvist", ""}, // never past today
		{"t", caseload.NewDate(2026, 8, 24), today, "Anna Lindqvist", ""},
		{"[", caseload.NewDate(2026, 5, 24), caseload.NewDate(2026, 8, 23), "Anna Lindqvist", ""},
		{"t", caseload.NewDate(2026, 7, 24), caseload.NewDate(2026, 8, 23), "Anna Lindqvist", ""},
		{"t", caseload.Date{}, today, "Anna Lindqvist", ""},
		{"v", caseload.Date{}, today, "", ""},
		{"o", caseload.Date{}, today, "", goldenCatalogue().Programs()[0].ID},
	}
	for _, tc := range tests {
		calls := reportCalls(d)
		pressResults(dr, tc.key)
		f := p.Filter()
		if !f.From.Equal(tc.from) || !f.To.Equal(tc.to) || f.Clinician != tc.who || f.Program != tc.program {
			t.Errorf("after %s: filter %v–%v %q %q, want %v–%v %q %q", tc.key, f.From, f.To, f.Clinician, f.Program, tc.from, tc.to, tc.who, tc.program)
		}
		r := p.Report()
		if r == nil || !r.From.Equal(tc.from) || !r.To.Equal(tc.to) || r.Clinician != tc.who || r.Program != tc.program {
			t.Errorf("after %s: the report shown is for %+v", tc.key, r)
		}
		if reportCalls(d) == calls && tc.key != "]" {
			t.Errorf("after %s: not recomputed", tc.key)
		}
		if want := tc.from.String(); !tc.from.IsZero() && !strings.Contains(screen(m), want+" – "+tc.to.String()) {
			t.Errorf("after %s: header does not show %s – %s:\n%s", tc.key, want, tc.to, screen(m))
		}
	}
	// The year before holds fewer starts than the last 12 months' demo.
	pressResults(dr, "t", "[") // back to 12 months, then the year before
	if r := p.Report(); r.Counts.Started.N >= started {
		t.Errorf("the year before started %d, the last 12 months %d", r.Counts.Started.N, started)
	}
}

func TestResultsSelectingAPatientOpensTheMoment(t *testing.T) {
	d := demoData()
	dr, m := resultsApp(t, d, 120, 40, "sv")
	pressResults(dr, "R", "down")
	p := resultsPage(t, m)
	id := p.Selected()
	if id == "" {
		t.Fatal("no patient selected")
	}
	// The selected patient's chart reads every score of the moment.
	if !strings.Contains(screen(m), "skattningar") {
		t.Errorf("no chart for the selected patient:\n%s", screen(m))
	}
	pressResults(dr, "enter")
	if len(m.pages) != 2 || m.pages[1].ActsOn() != id {
		t.Fatalf("enter opened %d pages, top acts on %q, want the moment page of %s", len(m.pages), m.pages[len(m.pages)-1].ActsOn(), id)
	}
	mom, pat, _ := d.Moment(id)
	dr.waitFor("the moment page to load", func() bool { return strings.Contains(screen(m), pat.Name) })
	if !strings.Contains(screen(m), pat.Name) || !strings.Contains(screen(m), common.ShortDate(mom.Started)) {
		t.Errorf("the moment page does not show %s:\n%s", pat.Name, screen(m))
	}
	pressResults(dr, "esc")
	if resultsPage(t, m).Selected() != id {
		t.Error("back on the Resultat page, the selection moved")
	}
	pressResults(dr, "esc")
	if len(m.pages) != 0 {
		t.Errorf("esc did not close the Resultat page: %d pages", len(m.pages))
	}
}

// A data source without reports (a test fake) says so instead of failing.
func TestResultsWithoutSource(t *testing.T) {
	p := resultspage.New(&common.Context{Lang: "sv", Today: today, Catalogue: goldenCatalogue(), Keys: common.NewKeyMap("sv"), Styles: common.DefaultStyles()}, nil, nil, 80, 20)
	if p.Init() != nil || !strings.Contains(p.View(), "ger inga resultat") {
		t.Errorf("view:\n%s", p.View())
	}
}
