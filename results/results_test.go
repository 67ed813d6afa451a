package results

import (
	"strconv"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
)

// testCatalogue has one program of four modules whose primary scale is
// GAD-7 (RCI 4, cut-off 8) and one whose primary scale is KEDS (estimated
// RCI 8, cut-off 19).
func testCatalogue() *programs.Catalogue {
	prog := func(id, name, primary string) *programs.Program {
		p := &programs.Program{ID: id, Name: name, Primary: primary}
		for k := 1; k <= 4; k++ {
			p.Modules = append(p.Modules, &programs.Module{Key: strconv.Itoa(k), Program: id, Number: k, Title: "M" + strconv.Itoa(k)})
		}
		return p
	}
	return programs.NewCatalogue([]*programs.Program{prog("oro", "Oroshjälpen", "GAD-7"), prog("livs", "Livsbalansen", "KEDS")}, nil)
}

var day0 = caseload.NewDate(2026, 1, 5) // a Monday

func at(d int) caseload.Stamp { return day0.AddDays(d).Start().Add(10 * time.Hour) }

// mom builds a moment started on day0+start that opened `opened` modules
// (one a week) and submitted `submitted` of them.
func mom(id, clinician string, start, opened, submitted int) caseload.Moment {
	m := caseload.Moment{ID: id, PNR: "199001012380", Program: "oro", Clinician: clinician, Started: day0.AddDays(start), Status: caseload.Active, Diagnosis: "F41.1"}
	for k := 1; k <= opened; k++ {
		e := caseload.ModuleEvent{Module: strconv.Itoa(k), Opened: at(start + 7*(k-1))}
		if k <= submitted {
			e.Submitted = at(start + 7*(k-1) + 3)
		}
		m.Modules = append(m.Modules, e)
	}
	return m
}

func closed(m caseload.Moment, on int, reason string) caseload.Moment {
	m.Status, m.ClosedOn, m.ClosingReason = caseload.Closed, day0.AddDays(on), reason
	return m
}

func meas(instrument string, occ caseload.Occasion, d, total int) caseload.Measurement {
	return caseload.Measurement{Instrument: instrument, Occasion: occ, Answered: at(d), Total: total, Item9: -1}
}

// prePost adds a pre at the assessment (the day before the start) and,
// when post >= 0, a post: avslut, or the last ongoing score when last.
func prePost(m caseload.Moment, instrument string, pre, post int, last bool) caseload.Moment {
	start := m.Started.DaysSince(day0)
	m.Measurements = append(m.Measurements, meas(instrument, caseload.Assessment, start-1, pre))
	if post >= 0 {
		occ := caseload.Final
		if last {
			occ = caseload.Ongoing
		}
		m.Measurements = append(m.Measurements, meas(instrument, occ, start+25, post))
	}
	return m
}

// handCase is the caseload worked out by hand in TestComputeByHand.
func handCase() (caseload.Caseload, []Referral) {
	const done = "Behandlingen genomförd"
	ms := []caseload.Moment{
		// GAD-7 pre → post, change, class, case before/after:
		prePost(closed(mom("a", "Anna", 0, 4, 4), 30, done), "GAD-7", 15, 5, false),        // 10: improved, 15 ≥ 8 → 5 < 8: recovered
		prePost(closed(mom("b", "Anna", 1, 4, 4), 31, done), "GAD-7", 12, 8, false),        // 4 = RCI: improved; post 8 = cut-off: still a case, not recovered
		prePost(closed(mom("c", "Anna", 2, 3, 2), 32, "Avbruten"), "GAD-7", 10, 9, true),   // 1: no reliable change; post is the last ongoing score
		prePost(closed(mom("d", "Bo", 3, 4, 4), 33, done), "GAD-7", 6, 11, false),          // −5: deteriorated; 6 was not a case
		prePost(closed(mom("e", "Bo", 4, 4, 4), 34, done), "GAD-7", 14, 7, false),          // 7: improved, recovered
		prePost(closed(mom("f", "Bo", 5, 1, 0), 12, "Avbruten"), "GAD-7", 9, -1, false),    // pre without post
		prePost(mom("g", "Bo", 20, 2, 1), "GAD-7", 13, 10, true),                           // in treatment: not in the effect
		prePost(closed(mom("old", "Anna", -200, 4, 4), -170, done), "GAD-7", 20, 2, false), // before the period
	}
	ms[6].Diagnosis = ""
	// WHODAS-12 for a–e: pre 30 28 26 24 22, post 20 each.
	for i, pre := range []int{30, 28, 26, 24, 22} {
		ms[i] = prePost(ms[i], "WHODAS-12", pre, 20, false)
	}
	c := caseload.Caseload{Patients: []caseload.Patient{{PNR: "199001012380", Name: "Test Testsson"}}, Moments: ms}
	// Waiting days 7, 14, 21, 28, 35, 70 for the referrals that started in
	// the period; one referred but not assessed or started; one started
	// before the period.
	var refs []Referral
	for i, w := range []int{7, 14, 21, 28, 35, 70} {
		start := day0.AddDays(i)
		refs = append(refs, Referral{Moment: string(rune('a' + i)), Clinician: "Anna", Program: "oro", Referred: start.AddDays(-w), Assessed: start.AddDays(-w + 3), Started: start})
	}
	refs = append(refs, Referral{Clinician: "Bo", Program: "oro", Referred: day0.AddDays(10)})
	refs = append(refs, Referral{Moment: "old", Clinician: "Anna", Program: "oro", Referred: day0.AddDays(-230), Assessed: day0.AddDays(-220), Started: day0.AddDays(-200)})
	return c, refs
}

func val(t *testing.T, what string, v *float64, want float64) {
	t.Helper()
	if v == nil {
		t.Errorf("%s = –, want %g", what, want)
		return
	}
	if *v != want {
		t.Errorf("%s = %g, want %g", what, *v, want)
	}
}

func TestComputeByHand(t *testing.T) {
	c, refs := handCase()
	today := day0.AddDays(60)
	r := Compute(c, refs, testCatalogue(), today, Options{Filter: Filter{From: day0.AddDays(-60)}})

	// Counts: a–g started in the period (old started and closed before it).
	if got := r.Counts; got.Started.N != 7 || got.Closed.N != 6 || got.InTreatment.N != 1 {
		t.Errorf("started/closed/in treatment = %d/%d/%d, want 7/6/1", got.Started.N, got.Closed.N, got.InTreatment.N)
	}
	// Referred in [day0−60, day0+60]: the six (referred day0−7 … day0+5−70 = day0−65: not the last),
	// so 5 of the six plus Bo's = 6; assessed: referred+3 → day0−62 is out, so 5.
	if r.Counts.Referred.N != 6 || r.Counts.Assessed.N != 5 || !r.Counts.Referred.Known {
		t.Errorf("referred/assessed = %+v/%+v, want 6/5 known", r.Counts.Referred, r.Counts.Assessed)
	}
	if want := []ReasonCount{{"Behandlingen genomförd", 4}, {"Avbruten", 2}}; len(r.Counts.ByReason) != 2 || r.Counts.ByReason[0] != want[0] || r.Counts.ByReason[1] != want[1] {
		t.Errorf("by reason = %v, want %v", r.Counts.ByReason, want)
	}
	// Diagnosis on 6 of the 7: 6/7 = 0.857142… → 0.8571.
	if d := r.Counts.Diagnosed; d.Count != 6 || d.N != 7 {
		t.Errorf("diagnosed %d of %d, want 6 of 7", d.Count, d.N)
	}
	val(t, "diagnosed", r.Counts.Diagnosed.Value, 0.8571)

	// Waiting: sorted 7 14 21 28 35 70, type 7: median at h = 2.5 → 21 + 0.5·7 = 24.5;
	// Q1 at h = 1.25 → 14 + 0.25·7 = 15.75; Q3 at h = 3.75 → 28 + 0.75·7 = 33.25.
	if r.Waiting.N != 6 {
		t.Errorf("waiting n = %d, want 6", r.Waiting.N)
	}
	val(t, "median wait", r.Waiting.Median.Value, 24.5)
	val(t, "Q1 wait", r.Waiting.Q1.Value, 15.75)
	val(t, "Q3 wait", r.Waiting.Q3.Value, 33.25)

	// Completion over the 6 ended (closed) moments: a b d e submitted 4 of 4;
	// c 2 of 4 (opened 3), f 0 of 4 (opened 1). 4/6 = 0.6667; mean share
	// (1 + 1 + 0.5 + 1 + 1 + 0) / 6 = 0.75; stopped at module 1 (f) and 3 (c).
	cp := r.Completion
	if cp.Ended != 6 || cp.Completed.Count != 4 || cp.Completed.N != 6 {
		t.Errorf("completion ended %d, completed %d of %d; want 6, 4 of 6", cp.Ended, cp.Completed.Count, cp.Completed.N)
	}
	val(t, "completed", cp.Completed.Value, 0.6667)
	val(t, "modules share", cp.ModulesShare.Value, 0.75)
	if want := []ModuleCount{{1, 1}, {3, 1}}; len(cp.StoppedAt) != 2 || cp.StoppedAt[0] != want[0] || cp.StoppedAt[1] != want[1] {
		t.Errorf("stopped at = %v, want %v", cp.StoppedAt, want)
	}

	if len(r.Effects) != 2 || r.Effects[0].Instrument != "GAD-7" || !r.Effects[0].Primary || r.Effects[1].Instrument != "WHODAS-12" {
		t.Fatalf("effects = %+v, want GAD-7 (primary) then WHODAS-12", r.Effects)
	}
	g := r.Effects[0]
	// Pairs a b c d e (g is in treatment, f has no post, old is outside).
	if g.Pairs != 5 || g.PostLast != 1 || g.PreOnly != 1 {
		t.Errorf("GAD-7 pairs %d, post last %d, pre only %d; want 5, 1, 1", g.Pairs, g.PostLast, g.PreOnly)
	}
	// Pre 15 12 10 6 14: mean 57/5 = 11.4; squares 12.96 + 0.36 + 1.96 +
	// 29.16 + 6.76 = 51.2, /4 = 12.8, SD √12.8 = 3.5777.
	// Post 5 8 9 11 7: mean 8; squares 9 + 0 + 1 + 9 + 1 = 20, /4 = 5, SD √5 = 2.2361.
	// d = (11.4 − 8) / 3.5777 = 0.9503.
	val(t, "GAD-7 pre mean", g.PreMean.Value, 11.4)
	val(t, "GAD-7 pre SD", g.PreSD.Value, 3.5777)
	val(t, "GAD-7 post mean", g.PostMean.Value, 8)
	val(t, "GAD-7 post SD", g.PostSD.Value, 2.2361)
	val(t, "GAD-7 d", g.D.Value, 0.9503)
	// Improved a b e (b by exactly 4) = 3/5; deteriorated d = 1/5; no change c = 1/5.
	// Cases at pre (≥ 8): a b c e = 4; recovered a e (b ends at 8, the
	// cut-off) = 2 of 4, which is below MinN: counted, not shown.
	for _, s := range []struct {
		name     string
		got      Share
		count, n int
		want     float64
	}{{"improved", g.Improved, 3, 5, 0.6}, {"deteriorated", g.Deteriorated, 1, 5, 0.2}, {"unchanged", g.Unchanged, 1, 5, 0.2}} {
		if s.got.Count != s.count || s.got.N != s.n || s.got.Estimated {
			t.Errorf("GAD-7 %s = %d of %d (estimated %v), want %d of %d", s.name, s.got.Count, s.got.N, s.got.Estimated, s.count, s.n)
		}
		val(t, "GAD-7 "+s.name, s.got.Value, s.want)
	}

	if rc := g.Recovered; rc.Count != 2 || rc.N != 4 || rc.Value != nil || rc.Missing != SmallN {
		t.Errorf("GAD-7 recovered = %+v, want 2 of 4, not shown (n < %d)", rc, MinN)
	}

	w := r.Effects[1]
	// WHODAS-12 pre 30 28 26 24 22: mean 26, SD √(40/4) = 3.1623; post 20, SD 0;
	// d = 6 / 3.1623 = 1.8974. No RCI, no cut-off: every share is "–".
	val(t, "WHODAS pre mean", w.PreMean.Value, 26)
	val(t, "WHODAS pre SD", w.PreSD.Value, 3.1623)
	val(t, "WHODAS post SD", w.PostSD.Value, 0)
	val(t, "WHODAS d", w.D.Value, 1.8974)
	for _, s := range []Share{w.Improved, w.Deteriorated, w.Unchanged, w.Recovered} {
		if s.Value != nil || s.Missing != NoThreshold {
			t.Errorf("WHODAS-12 share %+v, want – for no threshold", s)
		}
	}

	// The per-moment rows: c's post is marked as the last during treatment.
	for _, row := range r.Moments {
		if row.Moment == "c" {
			if s := row.Scores[0]; s.Instrument != "GAD-7" || s.Post == nil || !s.Post.Last || s.Post.Value != 9 {
				t.Errorf("c's GAD-7 scores = %+v, want post 9 marked last", s)
			}
			if row.Modules != 2 || row.Total != 4 || row.Referred != day0.AddDays(2-21) {
				t.Errorf("c's row = %+v", row)
			}
		}
		if row.PNR != "" {
			t.Errorf("row %s holds a personnummer without WithPNR", row.Moment)
		}
	}
}

func TestComputeSmallN(t *testing.T) {
	c, refs := handCase()
	today := day0.AddDays(60)
	// Bo's moments in the period: d, e, f, g. Two GAD-7 pairs (d, e): below MinN.
	r := Compute(c, refs, testCatalogue(), today, Options{Filter: Filter{From: day0.AddDays(-60), Clinician: "Bo"}})
	g := r.Effects[0]
	if g.Pairs != 2 || g.PreMean.Value != nil || g.PreMean.Missing != SmallN || g.D.Value != nil || g.Improved.Value != nil || g.Improved.Missing != SmallN {
		t.Errorf("Bo's GAD-7 = %+v, want 2 pairs and every figure – for small n", g)
	}
	if r.Counts.Started.N != 4 || r.Counts.Referred.N != 1 || r.Waiting.N != 0 || r.Waiting.Median.Value != nil {
		t.Errorf("Bo's counts %+v, waiting %+v", r.Counts, r.Waiting)
	}
	// A period ending on day 31: c, d and e close after it, so they are
	// in treatment at its end, and a and b (closed on days 30, 31) are closed.
	r = Compute(c, refs, testCatalogue(), today, Options{Filter: Filter{From: day0, To: day0.AddDays(31)}})
	if got := r.Counts; got.Started.N != 7 || got.Closed.N != 3 || got.InTreatment.N != 4 {
		t.Errorf("period to day 31: started/closed/in treatment = %d/%d/%d, want 7/3/4 (f closed on day 12)", got.Started.N, got.Closed.N, got.InTreatment.N)
	}
	// No referrals recorded: the referral figures are unknown, not 0.
	r = Compute(c, nil, testCatalogue(), today, Options{})
	if r.Counts.Referred.Known || r.Counts.Assessed.Known || r.Waiting.Median.Missing != NoData {
		t.Errorf("without referrals: %+v, %+v", r.Counts.Referred, r.Waiting.Median)
	}
	// Everyone, every day up to today: old counts too (6 pairs).
	if r.Effects[0].Pairs != 6 {
		t.Errorf("all time GAD-7 pairs = %d, want 6", r.Effects[0].Pairs)
	}
}

func TestComputeEstimatedThreshold(t *testing.T) {
	var ms []caseload.Moment
	for i, pp := range [][2]int{{30, 20}, {25, 17}, {22, 18}, {35, 10}, {28, 27}} {
		m := closed(mom("k"+strconv.Itoa(i), "Anna", i, 4, 4), 40, "x")
		m.Program = "livs"
		ms = append(ms, prePost(m, "KEDS", pp[0], pp[1], false))
	}
	r := Compute(caseload.Caseload{Moments: ms}, nil, testCatalogue(), day0.AddDays(60), Options{})
	k := r.Effects[0]
	// Changes 10 8 4 25 1 against the estimated RCI 8: improved 3 of 5.
	// Cases (≥ 19) at pre: all 5; below 19 after with improvement: 30→20 no (20 ≥ 19), 25→17 yes, 35→10 yes: 2 of 5.
	if k.Instrument != "KEDS" || !k.RCIEstimated || !k.Improved.Estimated || !k.Recovered.Estimated || k.Improved.Count != 3 || k.Recovered.Count != 2 || k.Recovered.N != 5 {
		t.Errorf("KEDS = %+v", k)
	}
	val(t, "KEDS recovered", k.Recovered.Value, 0.4)
	val(t, "KEDS improved", k.Improved.Value, 0.6)
}

func TestComputeNoSpread(t *testing.T) {
	var ms []caseload.Moment
	for i, post := range []int{10, 12, 14, 16, 18} { // every pre 20: SD 0
		ms = append(ms, prePost(closed(mom("s"+strconv.Itoa(i), "Anna", i, 4, 4), 40, "x"), "WHODAS-12", 20, post, false))
	}
	r := Compute(caseload.Caseload{Moments: ms}, nil, testCatalogue(), day0.AddDays(60), Options{})
	w := r.Effects[len(r.Effects)-1]
	if w.Instrument != "WHODAS-12" || w.D.Value != nil || w.D.Missing != NoSpread || w.PreSD.Value == nil || *w.PreSD.Value != 0 {
		t.Errorf("WHODAS-12 with every pre 20: d %+v, pre SD %+v; want d – (no spread) and SD 0", w.D, w.PreSD)
	}
	val(t, "post mean", w.PostMean.Value, 14) // (10+12+14+16+18)/5
	val(t, "post SD", w.PostSD.Value, 3.1623) // √((16+4+0+4+16)/4) = √10
}

func TestPicks(t *testing.T) {
	m := mom("p", "Anna", 0, 4, 4)
	m.Measurements = []caseload.Measurement{
		meas("PHQ-9", caseload.Ongoing, 9, 20),       // first PHQ-9, answered after module 2 opened (day 7): not a pre
		meas("GAD-7", caseload.Ongoing, 2, 12),       // first GAD-7, before module 2: pre
		meas("GAD-7", caseload.Final, 22, 6),         // avslut: post
		meas("GAD-7", caseload.Ongoing, 23, 5),       // later, but the avslut score wins
		meas("GAD-7", caseload.FollowUp, 180, 4),     // follow-up
		meas("GAD-7", caseload.FollowUp, 120, 7),     // an earlier follow-up: the latest counts
		meas("MADRS-S9", caseload.Assessment, -1, 2), // item 9 alone: not an outcome
		meas("ISI", caseload.Startup, 15, 18),        // uppstart: pre whenever answered
	}
	ps := picks(&m)
	if _, ok := ps["PHQ-9"]; ok {
		t.Error("PHQ-9 first answered after module 2 has a pre")
	}
	if _, ok := ps["MADRS-S9"]; ok {
		t.Error("MADRS-S9 is picked")
	}
	g := ps["GAD-7"]
	if g == nil || g.pre.Total != 12 || g.post.Total != 6 || g.postLast || g.follow.Total != 4 {
		t.Errorf("GAD-7 picks = %+v", g)
	}
	if i := ps["ISI"]; i == nil || i.pre.Total != 18 || i.post != nil {
		t.Errorf("ISI picks = %+v, want pre 18 and no post", i)
	}
}

func TestQuantile(t *testing.T) {
	for _, tt := range []struct {
		xs   []float64
		p    float64
		want float64
	}{
		{[]float64{5}, 0.5, 5},
		{[]float64{1, 2}, 0.5, 1.5},
		{[]float64{1, 2, 3, 4}, 0.25, 1.75},
		{[]float64{1, 2, 3, 4}, 1, 4},
		{[]float64{10, 20, 30, 40, 100}, 0.75, 40},
	} {
		if got := quantile(tt.xs, tt.p); got != tt.want {
			t.Errorf("quantile(%v, %g) = %g, want %g", tt.xs, tt.p, got, tt.want)
		}
	}
}

// A form scored in decimals (EDE-Q's global mean) is reported by its
// decimal score, not the rounded total.
func TestComputeDecimalScores(t *testing.T) {
	m := closed(mom("q", "Anna", 0, 4, 4), 40, "x")
	pre, post := 3.5, 2.25
	m.Measurements = []caseload.Measurement{
		{Instrument: "EDE-Q", Occasion: caseload.Assessment, Answered: at(-1), Total: 4, Decimal: &pre, Item9: -1},
		{Instrument: "EDE-Q", Occasion: caseload.Final, Answered: at(25), Total: 2, Decimal: &post, Item9: -1},
	}
	r := Compute(caseload.Caseload{Moments: []caseload.Moment{m}}, nil, testCatalogue(), day0.AddDays(60), Options{})
	for _, s := range r.Moments[0].Scores {
		if s.Instrument == "EDE-Q" {
			if s.Pre == nil || s.Pre.Value != 3.5 || s.Post == nil || s.Post.Value != 2.25 {
				t.Errorf("EDE-Q scores %+v %+v, want 3.5 and 2.25", s.Pre, s.Post)
			}
			return
		}
	}
	t.Error("no EDE-Q scores")
}

// TestCompletionLeavesOutHandedOver: a moment handed over to another unit
// (8.2) stopped at module 2 here, yet it is neither completed nor a
// drop-out: its treatment goes on there. It still counts as closed.
func TestCompletionLeavesOutHandedOver(t *testing.T) {
	for _, tc := range []struct {
		reason            string
		ended, stoppedAt2 int
	}{
		{lifecycle.HandedOverReason, 1, 0},
		{"Avbruten", 2, 1},
	} {
		t.Run(tc.reason, func(t *testing.T) {
			c := caseload.Caseload{Moments: []caseload.Moment{
				closed(mom("done", "Anna", 0, 4, 4), 30, "Behandlingen genomförd"),
				closed(mom("moved", "Anna", 1, 2, 1), 20, tc.reason),
			}}
			r := Compute(c, nil, testCatalogue(), day0.AddDays(60), Options{})
			stopped := 0
			for _, s := range r.Completion.StoppedAt {
				if s.Module == 2 {
					stopped = s.N
				}
			}
			if r.Completion.Ended != tc.ended || stopped != tc.stoppedAt2 || r.Counts.Closed.N != 2 {
				t.Errorf("ended %d, stopped at 2: %d, closed %d; want %d, %d, 2", r.Completion.Ended, stopped, r.Counts.Closed.N, tc.ended, tc.stoppedAt2)
			}
		})
	}
}
