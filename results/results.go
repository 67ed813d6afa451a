// Package results computes how the patients did — SibeR's quality measures
// (seed 003: tillgänglighet, diagnostic assessment, fullföljande and
// treatment effect) — for a clinician, a program or a whole unit, as a
// pure function of the caseload, the referrals and a day. It has no I/O
// besides the writers in format.go, which take an io.Writer.
//
// Every definition is named here and in docs/results.md:
//
//   - Selection: a moment is in the report when it started or closed in
//     the period [From, To] (both inclusive; To defaults to today) and
//     matches the clinician and program given.
//   - Pre: the first score of an instrument in the moment, when it was
//     answered at the assessment or at the start (occasion bedomning or
//     uppstart), or, without such an occasion, before module 2 opened.
//   - Post: the latest avslut score after pre; without one, the latest score
//     during treatment after pre (any occasion but uppfoljning), marked
//     PostLast. Only moments whose treatment has ended (maintenance or
//     closed) or that have an avslut score count in the effect: an interim
//     score of a patient in module 3 is not an outcome.
//   - Follow-up: the latest uppfoljning score after pre.
//   - Change = pre − post (positive is better on every instrument here).
//     Reliable improvement: change ≥ RCI; reliable deterioration: −change ≥
//     RCI; otherwise no reliable change (a change of exactly the threshold
//     is reliable, as in instruments.json, "a rise of N points or more").
//   - Recovery (NHS Talking Therapies' reliable recovery): a case at pre
//     (pre ≥ cut-off), not a case at post (post < cut-off), and reliable
//     improvement. Its share is of the pairs that were a case at pre: a
//     patient who starts below the cut-off cannot recover.
//   - Cohen's d (within group) = (mean pre − mean post) / SD pre, with the
//     sample SD (n − 1).
//   - Completed treatment (fullföljd): every base module of the program
//     submitted by the patient. The manual's closing note (7.1.3) records
//     "hur många moduler patienten genomfört samt antalet moduler i
//     programmet", so completed-of-total is the region's own measure, and
//     all of them is the reading without a threshold of our own. The share
//     is of the moments whose treatment has ended (maintenance or closed),
//     leaving out a moment handed over to another unit (8.2): its
//     treatment goes on there, so it is neither completed nor a drop-out
//     here (it still counts among the closed, by its closing reason).
//   - MinN: a mean, SD, d, median, quartile or share is shown only when its
//     n is at least MinN (5); below it one patient moves a share by 20
//     points or more, and a unit's figure of two or three patients points
//     at the patients. Counts are always shown.
package results

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
)

// MinN is the smallest n for which a derived figure is shown.
const MinN = 5

// Referral is one referral as the results need it. The lead fills these
// from the referral model's store; without them the referral figures are
// "–" with n = 0.
type Referral struct {
	Moment    string // the moment the referral led to, "" when none (yet)
	Clinician string
	Program   string // programs ID, "" when not decided
	Referred  caseload.Date
	Assessed  caseload.Date // zero until assessed
	Started   caseload.Date // zero until treatment started
	Decision  string
}

// Filter picks the moments of a report.
type Filter struct {
	From, To  caseload.Date // inclusive; zero From = from the beginning, zero To = today
	Clinician string        // "" = everyone
	Program   string        // "" = every program
}

// Options are what the caller asks for besides the filter.
type Options struct {
	Filter
	// WithPNR puts the personnummer in the per-moment rows; without it the
	// report holds no direct identifier.
	WithPNR bool
}

// Missing says why a figure is "–".
type Missing string

const (
	Shown       Missing = ""
	SmallN      Missing = "small-n"      // n < MinN
	NoThreshold Missing = "no-threshold" // the instrument has no sourced RCI or cut-off
	NoData      Missing = "no-data"      // nothing recorded (e.g. no referrals)
	NoSpread    Missing = "no-spread"    // d with a pre SD of 0: no spread to measure the change against
)

// Stat is a figure with its n; Value is nil when it is not shown.
type Stat struct {
	N       int      `json:"n"`
	Value   *float64 `json:"value"`
	Missing Missing  `json:"missing,omitempty"`
}

// Share is a proportion: Count of N. Value (0–1) is nil when not shown.
type Share struct {
	Count   int      `json:"count"`
	N       int      `json:"n"`
	Value   *float64 `json:"value"`
	Missing Missing  `json:"missing,omitempty"`
	// Estimated marks a share computed with an estimated threshold (KEDS's RCI).
	Estimated bool `json:"estimated,omitempty"`
}

// Count is a number of moments or referrals; Known is false when the
// data it counts is not recorded (then it shows "–").
type Count struct {
	N     int  `json:"n"`
	Known bool `json:"known"`
}

// Report is the results of one selection on one day.
type Report struct {
	Today     caseload.Date `json:"today"`
	From      caseload.Date `json:"from"`
	To        caseload.Date `json:"to"`
	Clinician string        `json:"clinician,omitempty"`
	Program   string        `json:"program,omitempty"`
	MinN      int           `json:"min_n"`

	Counts     Counts     `json:"counts"`
	Waiting    Waiting    `json:"waiting"`
	Completion Completion `json:"completion"`
	Effects    []Effect   `json:"effects"`
	Moments    []Row      `json:"moments"`
}

// Counts are the selection's numbers.
type Counts struct {
	Referred    Count `json:"referred"`     // referrals received in the period
	Assessed    Count `json:"assessed"`     // referrals assessed in the period
	Started     Count `json:"started"`      // moments started in the period
	InTreatment Count `json:"in_treatment"` // selected moments not closed by To (active or in maintenance)
	Closed      Count `json:"closed"`       // moments closed in the period
	// Diagnosed is the selected moments with an ICD-10 diagnosis recorded
	// (SibeR's structured diagnostic assessment, as far as ikbt knows it).
	Diagnosed Share         `json:"diagnosed"`
	ByReason  []ReasonCount `json:"by_reason"` // the closed ones by closing reason, most first
}

// ReasonCount is the number of moments closed for one reason.
type ReasonCount struct {
	Reason string `json:"reason"`
	N      int    `json:"n"`
}

// Waiting is tillgänglighet: days from referral to start, over referrals
// whose treatment started in the period.
type Waiting struct {
	N      int  `json:"n"`
	Median Stat `json:"median"`
	Q1     Stat `json:"q1"`
	Q3     Stat `json:"q3"`
}

// Completion is fullföljande over the moments whose treatment has ended.
type Completion struct {
	Ended     int   `json:"ended"`
	Completed Share `json:"completed"`
	// ModulesShare is the mean share of the program's modules completed.
	ModulesShare Stat `json:"modules_share"`
	// StoppedAt counts, for the ended moments not completed, the last base
	// module opened (0: none) — where patients stop.
	StoppedAt []ModuleCount `json:"stopped_at"`
}

// ModuleCount is a number of moments at one module.
type ModuleCount struct {
	Module int `json:"module"`
	N      int `json:"n"`
}

// Effect is the pre/post change on one instrument.
type Effect struct {
	Instrument string `json:"instrument"`
	// Primary is true when the instrument is the primary scale of a program
	// of the selection.
	Primary bool `json:"primary"`
	// Pairs is the number of moments with pre and post; PostLast of them
	// have no avslut score and use the last score during treatment.
	Pairs    int `json:"pairs"`
	PostLast int `json:"post_last"`
	// PreOnly is moments counted in the effect (treatment ended) with a pre
	// but no post: missing outcomes, not part of the figures.
	PreOnly  int  `json:"pre_only"`
	PreMean  Stat `json:"pre_mean"`
	PreSD    Stat `json:"pre_sd"`
	PostMean Stat `json:"post_mean"`
	PostSD   Stat `json:"post_sd"`
	D        Stat `json:"d"`

	RCI          *float64 `json:"rci"`
	RCIEstimated bool     `json:"rci_estimated,omitempty"`
	Cutoff       *float64 `json:"cutoff"`
	Improved     Share    `json:"improved"`
	Deteriorated Share    `json:"deteriorated"`
	Unchanged    Share    `json:"unchanged"`
	Recovered    Share    `json:"recovered"`

	FollowUpMean Stat `json:"follow_up_mean"`
	FollowUpSD   Stat `json:"follow_up_sd"`
}

// Row is one moment in the per-moment table.
type Row struct {
	Moment        string          `json:"moment"`
	PNR           string          `json:"personnummer,omitempty"` // only with Options.WithPNR
	Clinician     string          `json:"clinician"`
	Program       string          `json:"program"`
	ProgramName   string          `json:"program_name"`
	Diagnosis     string          `json:"diagnosis"`
	Referred      caseload.Date   `json:"referred"`
	Started       caseload.Date   `json:"started"`
	Closed        caseload.Date   `json:"closed"`
	Status        caseload.Status `json:"status"`
	Modules       int             `json:"modules"`
	Total         int             `json:"total"`
	ClosingReason string          `json:"closing_reason"`
	Scores        []Scores        `json:"scores"`
}

// Scores are one instrument's pre, post and follow-up in a moment.
type Scores struct {
	Instrument string `json:"instrument"`
	Pre        *Score `json:"pre"`
	Post       *Score `json:"post"`
	FollowUp   *Score `json:"follow_up"`
}

// Score is one total with its day.
type Score struct {
	Value float64       `json:"value"`
	Date  caseload.Date `json:"date"`
	// Last marks a post that is the last score during treatment, not an
	// avslut score.
	Last bool `json:"last,omitempty"`
}

// estimatedRCI lists instruments whose reliable-change threshold in
// instruments.json is an estimate, not derived from published values (its
// rci_source says so). instruments.json has no field for it yet; this
// list is its one home until it does.
var estimatedRCI = map[string]bool{"KEDS": true}

// Compute returns the report of the caseload on today.
func Compute(c caseload.Caseload, refs []Referral, cat *programs.Catalogue, today caseload.Date, o Options) Report {
	to := o.To
	if to.IsZero() {
		to = today
	}
	r := Report{Today: today, From: o.From, To: to, Clinician: o.Clinician, Program: o.Program, MinN: MinN}
	in := func(d caseload.Date) bool {
		return !d.IsZero() && (o.From.IsZero() || !d.Before(o.From)) && !d.After(to)
	}
	match := func(clinician, program string) bool {
		return (o.Clinician == "" || clinician == o.Clinician) && (o.Program == "" || program == o.Program)
	}
	pnr := map[string]string{}
	if o.WithPNR {
		for _, p := range c.Patients {
			pnr[string(p.PNR)] = string(p.PNR)
		}
	}
	referred := map[string]caseload.Date{}
	var waits []float64
	for _, f := range refs {
		if f.Moment != "" {
			referred[f.Moment] = f.Referred
		}
		if !match(f.Clinician, f.Program) {
			continue
		}
		if in(f.Referred) {
			r.Counts.Referred.N++
		}
		if in(f.Assessed) {
			r.Counts.Assessed.N++
		}
		if in(f.Started) && !f.Referred.IsZero() && !f.Started.Before(f.Referred) {
			waits = append(waits, float64(f.Started.DaysSince(f.Referred)))
		}
	}
	known := len(refs) > 0
	r.Counts.Referred.Known, r.Counts.Assessed.Known = known, known
	r.Waiting = waiting(waits, known)

	var ms []*caseload.Moment
	for i := range c.Moments {
		m := &c.Moments[i]
		if match(m.Clinician, m.Program) && !m.Started.After(today) && (in(m.Started) || (m.Status == caseload.Closed && in(m.ClosedOn))) {
			ms = append(ms, m)
		}
	}
	r.Counts.Started.Known, r.Counts.InTreatment.Known, r.Counts.Closed.Known = true, true, true
	reasons := map[string]int{}
	diagnosed := 0
	for _, m := range ms {
		if in(m.Started) {
			r.Counts.Started.N++
		}
		if m.Status != caseload.Closed || m.ClosedOn.After(to) {
			r.Counts.InTreatment.N++
		} else if in(m.ClosedOn) {
			r.Counts.Closed.N++
			reasons[m.ClosingReason]++
		}
		if m.Diagnosis != "" {
			diagnosed++
		}
	}
	r.Counts.Diagnosed = share(diagnosed, len(ms), Shown)
	r.Counts.ByReason = []ReasonCount{}
	for k, n := range reasons {
		r.Counts.ByReason = append(r.Counts.ByReason, ReasonCount{Reason: k, N: n})
	}
	slices.SortFunc(r.Counts.ByReason, func(a, b ReasonCount) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Reason, b.Reason))
	})

	r.Completion = completion(ms, cat)

	// The per-moment scores, then the effect per instrument.
	primary := map[string]bool{}
	rows := make([]Row, 0, len(ms))
	for _, m := range ms {
		done, total := modulesCompleted(m, cat)
		name := m.Program
		if p, ok := cat.Program(m.Program); ok {
			name = p.Name
			if p.Primary != "" {
				primary[p.Primary] = true
			}
		}
		rows = append(rows, Row{
			Moment: m.ID, PNR: pnr[string(m.PNR)], Clinician: m.Clinician, Program: m.Program, ProgramName: name, Diagnosis: m.Diagnosis,
			Referred: referred[m.ID], Started: m.Started, Closed: m.ClosedOn, Status: m.Status,
			Modules: done, Total: total, ClosingReason: m.ClosingReason, Scores: scores(m),
		})
	}
	r.Effects = effects(ms, rows, primary)
	order := map[string]int{}
	for i, e := range r.Effects {
		order[e.Instrument] = i
	}
	for i := range rows { // each row's scores in the effects' order
		slices.SortStableFunc(rows[i].Scores, func(a, b Scores) int {
			return cmp.Compare(rank(order, a.Instrument), rank(order, b.Instrument))
		})
	}
	r.Moments = rows
	return r
}

func rank(order map[string]int, id string) int {
	if i, ok := order[id]; ok {
		return i
	}
	return len(order)
}

// ended reports whether a moment's treatment is over (maintenance or closed).
func ended(m *caseload.Moment) bool {
	return m.Status == caseload.Closed || m.Status == caseload.Maintenance
}

// modulesCompleted returns the base modules the patient submitted, and the
// program's total (0 for a program not in the catalogue).
func modulesCompleted(m *caseload.Moment, cat *programs.Catalogue) (done, total int) {
	p, ok := cat.Program(m.Program)
	if !ok {
		return 0, 0
	}
	for _, mod := range p.Modules {
		for _, e := range m.Modules {
			if e.Module == mod.Key && !e.Submitted.IsZero() {
				done++
				break
			}
		}
	}
	return done, p.Total()
}

// lastOpened returns the number of the last base module opened, 0 if none.
func lastOpened(m *caseload.Moment, cat *programs.Catalogue) int {
	p, ok := cat.Program(m.Program)
	if !ok {
		return 0
	}
	last := 0
	for _, mod := range p.Modules {
		for _, e := range m.Modules {
			if e.Module == mod.Key && !e.Opened.IsZero() {
				last = max(last, mod.Number)
			}
		}
	}
	return last
}

func completion(ms []*caseload.Moment, cat *programs.Catalogue) Completion {
	var c Completion
	completed := 0
	var shares []float64
	stopped := map[int]int{}
	for _, m := range ms {
		done, total := modulesCompleted(m, cat)
		if !ended(m) || total == 0 || lifecycle.HandedOver(*m) {
			continue
		}
		c.Ended++
		shares = append(shares, float64(done)/float64(total))
		if done == total {
			completed++
		} else {
			stopped[lastOpened(m, cat)]++
		}
	}
	c.Completed = share(completed, c.Ended, Shown)
	c.ModulesShare = stat(len(shares), func() float64 { return mean(shares) })
	c.StoppedAt = []ModuleCount{}
	for k, n := range stopped {
		c.StoppedAt = append(c.StoppedAt, ModuleCount{Module: k, N: n})
	}
	slices.SortFunc(c.StoppedAt, func(a, b ModuleCount) int { return cmp.Compare(a.Module, b.Module) })
	return c
}

func waiting(days []float64, known bool) Waiting {
	w := Waiting{N: len(days)}
	if !known {
		none := Stat{Missing: NoData}
		w.Median, w.Q1, w.Q3 = none, none, none
		return w
	}
	sort.Float64s(days)
	w.Median = stat(len(days), func() float64 { return quantile(days, 0.5) })
	w.Q1 = stat(len(days), func() float64 { return quantile(days, 0.25) })
	w.Q3 = stat(len(days), func() float64 { return quantile(days, 0.75) })
	return w
}

// quantile of sorted xs by linear interpolation between order statistics
// (Hyndman & Fan type 7: R's default, Excel's QUARTILE.INC).
func quantile(xs []float64, p float64) float64 {
	h := p * float64(len(xs)-1)
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(xs) {
		return xs[len(xs)-1]
	}
	return xs[i] + (h-lo)*(xs[i+1]-xs[i])
}

// pick is the pre, post and follow-up of one instrument in a moment.
type pick struct {
	pre, post, follow *caseload.Measurement
	postLast          bool
}

// picks finds pre, post and follow-up per instrument (see the package
// comment). Measurements may come in any order and may be only the ones
// the store reads for a report (first, latest avslut, latest during
// treatment, latest uppfoljning): the result is the same.
func picks(m *caseload.Moment) map[string]*pick {
	out := map[string]*pick{}
	first := map[string]*caseload.Measurement{}
	for i := range m.Measurements {
		x := &m.Measurements[i]
		if f := first[x.Instrument]; f == nil || x.Answered.Before(f.Answered) {
			first[x.Instrument] = x
		}
	}
	var module2 caseload.Stamp
	for _, e := range m.Modules {
		if e.Module == "2" && !e.Opened.IsZero() {
			module2 = e.Opened
		}
	}
	for id, f := range first {
		in, ok := instruments.Get(id)
		if !ok || (in.Items == 1 && in.Item9 > 0) {
			continue // MADRS-S item 9 alone is the red flag, not an outcome
		}
		isPre := false
		switch f.Occasion {
		case caseload.Assessment, caseload.Startup:
			isPre = true
		case caseload.Ongoing, "":
			isPre = module2.IsZero() || f.Answered.Before(module2)
		}
		if isPre {
			out[id] = &pick{pre: f}
		}
	}
	var final, last, follow = map[string]*caseload.Measurement{}, map[string]*caseload.Measurement{}, map[string]*caseload.Measurement{}
	later := func(into map[string]*caseload.Measurement, x *caseload.Measurement) {
		if y := into[x.Instrument]; y == nil || x.Answered.After(y.Answered) {
			into[x.Instrument] = x
		}
	}
	for i := range m.Measurements {
		x := &m.Measurements[i]
		p := out[x.Instrument]
		if p == nil || !x.Answered.After(p.pre.Answered) {
			continue
		}
		switch x.Occasion {
		case caseload.FollowUp:
			later(follow, x)
		case caseload.Final:
			later(final, x)
			later(last, x)
		default:
			later(last, x)
		}
	}
	for id, p := range out {
		p.follow = follow[id]
		if x := final[id]; x != nil {
			p.post = x
		} else if x := last[id]; x != nil {
			p.post, p.postLast = x, true
		}
	}
	return out
}

func score(x *caseload.Measurement, last bool) *Score {
	if x == nil {
		return nil
	}
	return &Score{Value: x.Value(), Date: x.Answered.Date(), Last: last}
}

func scores(m *caseload.Moment) []Scores {
	ps := picks(m)
	out := make([]Scores, 0, len(ps))
	for id, p := range ps {
		out = append(out, Scores{Instrument: id, Pre: score(p.pre, false), Post: score(p.post, p.postLast), FollowUp: score(p.follow, false)})
	}
	slices.SortFunc(out, func(a, b Scores) int { return cmp.Compare(a.Instrument, b.Instrument) })
	return out
}

// counted reports whether a moment's post counts in the effect.
func counted(m *caseload.Moment, s Scores) bool {
	return ended(m) || (s.Post != nil && !s.Post.Last)
}

func effects(ms []*caseload.Moment, rows []Row, primary map[string]bool) []Effect {
	type acc struct {
		pre, post, follow []float64
		postLast, preOnly int
	}
	accs := map[string]*acc{}
	for i, m := range ms {
		for _, s := range rows[i].Scores {
			if !counted(m, s) {
				continue
			}
			a := accs[s.Instrument]
			if a == nil {
				a = &acc{}
				accs[s.Instrument] = a
			}
			if s.FollowUp != nil {
				a.follow = append(a.follow, s.FollowUp.Value)
			}
			if s.Post == nil {
				a.preOnly++
				continue
			}
			a.pre = append(a.pre, s.Pre.Value)
			a.post = append(a.post, s.Post.Value)
			if s.Post.Last {
				a.postLast++
			}
		}
	}
	// The primary scales of the selection's programs and WHODAS-12 (SibeR's
	// health-related scale) are shown even without a pair: "n 0" says the
	// scores are missing, where leaving the line out would hide it.
	if len(ms) > 0 {
		for id := range primary {
			if accs[id] == nil {
				accs[id] = &acc{}
			}
		}
		if accs["WHODAS-12"] == nil {
			accs["WHODAS-12"] = &acc{}
		}
	}
	var out []Effect
	for id, a := range accs {
		if len(a.pre) == 0 && !primary[id] && id != "WHODAS-12" {
			continue
		}
		in, _ := instruments.Get(id)
		e := Effect{Instrument: id, Primary: primary[id], Pairs: len(a.pre), PostLast: a.postLast, PreOnly: a.preOnly, Cutoff: in.Cutoff}
		n := len(a.pre)
		e.PreMean = stat(n, func() float64 { return mean(a.pre) })
		e.PreSD = stat(n, func() float64 { return sd(a.pre) })
		e.PostMean = stat(n, func() float64 { return mean(a.post) })
		e.PostSD = stat(n, func() float64 { return sd(a.post) })
		e.D = stat(n, func() float64 { return (mean(a.pre) - mean(a.post)) / sd(a.pre) })
		e.FollowUpMean = stat(len(a.follow), func() float64 { return mean(a.follow) })
		e.FollowUpSD = stat(len(a.follow), func() float64 { return sd(a.follow) })
		if in.RCI > 0 {
			rci := float64(in.RCI)
			e.RCI, e.RCIEstimated = &rci, estimatedRCI[id]
			var up, down, same, cases, rec int
			for k := range a.pre {
				change := a.pre[k] - a.post[k]
				switch {
				case change >= rci:
					up++
				case -change >= rci:
					down++
				default:
					same++
				}
				if in.IsCase(a.pre[k]) {
					cases++
					if !in.IsCase(a.post[k]) && change >= rci {
						rec++
					}
				}
			}
			e.Improved, e.Deteriorated, e.Unchanged = share(up, n, Shown), share(down, n, Shown), share(same, n, Shown)
			if in.Cutoff != nil {
				e.Recovered = share(rec, cases, Shown)
			} else {
				e.Recovered = share(0, 0, NoThreshold)
			}
			for _, s := range []*Share{&e.Improved, &e.Deteriorated, &e.Unchanged, &e.Recovered} {
				s.Estimated = e.RCIEstimated && s.Missing != NoThreshold
			}
		} else {
			for _, s := range []*Share{&e.Improved, &e.Deteriorated, &e.Unchanged, &e.Recovered} {
				*s = share(0, n, NoThreshold)
			}
		}
		out = append(out, e)
	}
	// Primary scales first, then WHODAS-12, then the others, each in
	// instruments.json's order.
	pos := map[string]int{}
	for i, in := range instruments.All() {
		pos[in.ID] = i
	}
	group := func(e Effect) int {
		switch {
		case e.Primary:
			return 0
		case e.Instrument == "WHODAS-12":
			return 1
		}
		return 2
	}
	slices.SortFunc(out, func(a, b Effect) int {
		return cmp.Or(cmp.Compare(group(a), group(b)), cmp.Compare(pos[a.Instrument], pos[b.Instrument]), cmp.Compare(a.Instrument, b.Instrument))
	})
	if out == nil {
		out = []Effect{}
	}
	return out
}

// stat returns f() with n, or "–" when n < MinN or f is not a number.
func stat(n int, f func() float64) Stat {
	if n < MinN {
		return Stat{N: n, Missing: SmallN}
	}
	v := f()
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Stat{N: n, Missing: NoSpread} // d with a pre SD of 0
	}
	v = round(v)
	return Stat{N: n, Value: &v}
}

// share returns count of n, or "–" for the reason given, or when n < MinN.
func share(count, n int, why Missing) Share {
	s := Share{Count: count, N: n, Missing: why}
	if why == Shown && n < MinN {
		s.Missing = SmallN
	}
	if s.Missing == Shown {
		v := round(float64(count) / float64(n))
		s.Value = &v
	}
	if why == NoThreshold {
		s.Count = 0
	}
	return s
}

// round keeps 4 decimals: the reported figures are the same on every
// machine (no last-bit differences from fused multiply-add).
func round(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 4, 64), 64)
	return r
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// sd is the sample standard deviation (n − 1).
func sd(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)-1))
}
