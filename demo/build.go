package demo

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
)

// battery is what a program measures, from the catalogue's Battery
// (manual 4.3–4.6): at the initial assessment and at the start of each
// base module (module total = the final measurement).
type battery struct {
	total   int
	start   []string
	modules map[int][]string // instruments answered when module k opens
}

func batteryOf(p *programs.Program) battery {
	b := battery{total: p.Total(), modules: map[int][]string{}}
	add := func(k int, id string) {
		if !slices.Contains(b.modules[k], id) {
			b.modules[k] = append(b.modules[k], id)
		}
	}
	for _, s := range p.Battery {
		switch s.Trigger {
		case programs.AtStart:
			b.start = append(b.start, s.Instrument)
		case programs.AtEachModule:
			for k := 1; k <= b.total; k++ {
				add(k, s.Instrument)
			}
		case programs.AtModules:
			for _, k := range s.Modules {
				add(k, s.Instrument)
			}
		case programs.AtFinal:
			add(b.total, s.Instrument)
		}
	}
	return b
}

// last is how far the latest module has come.
type last int

const (
	opened    last = iota // opened, nothing submitted yet
	submitted             // submitted, waiting for feedback
	done                  // submitted and given feedback
)

// score overrides one measurement: instrument at module k (0 = assessment).
type score struct {
	instrument string
	k          int
}

// builder writes one moment's history relative to today.
type builder struct {
	today caseload.Date
	r     *rand.Rand
	m     caseload.Moment
	// severity is the assessment's share of each scale's range; it falls
	// by improve per module.
	severity, improve float64
	totals            map[score]int
	item9             map[score]int
	skip              map[score]bool
	answered          map[score]caseload.Stamp
	tracks            []track
	modules           []caseload.ModuleEvent
}

// track runs a track's parts alongside base modules from a given one.
type track struct {
	id   string
	from int
}

// parts is how many parts the track has: one of the program's tracks or an add-on.
func (t track) parts(p *programs.Program) int {
	if tr, ok := p.Track(t.id); ok {
		return len(tr.Modules)
	}
	if tr, ok := catalogue().Addon(t.id); ok {
		return len(tr.Modules)
	}
	panic("demo: no track " + t.id)
}

// catalogue is where the demo takes programs, batteries and tracks from;
// a function, so that commands that never build a demo do not parse it.
func catalogue() *programs.Catalogue { return programs.Default() }

func newBuilder(today caseload.Date, r *rand.Rand, m caseload.Moment) *builder {
	return &builder{today: today, r: r, m: m, severity: 0.5, improve: 0.04,
		totals: map[score]int{}, item9: map[score]int{}, skip: map[score]bool{}, answered: map[score]caseload.Stamp{}}
}

// at is a wall-clock minute on the day daysAgo before today.
func (b *builder) at(daysAgo, hh, mm int) caseload.Stamp {
	d := b.today.AddDays(-daysAgo)
	return caseload.NewStamp(d.Year(), d.Month(), d.Day(), hh, mm)
}

// course writes modules 1..n opened weekly, the nth lastOpen days ago.
// Each module is submitted four days after it opens and given feedback
// when the next one opens (the clinician opens the next module with the
// feedback), so the feedback day is the opening weekday. The initial
// assessment is answered eight days before module 1, and the battery at
// each module's start on the day it opens.
func (b *builder) course(n, lastOpen int, state last) *builder {
	prog, _ := catalogue().Program(b.m.Program)
	bat := batteryOf(prog)
	openAgo := func(k int) int { return lastOpen + 7*(n-k) }
	open := func(k int) caseload.Stamp { return b.at(openAgo(k), 8, 30) }
	b.m.Started = b.today.AddDays(-openAgo(1))
	b.m.FeedbackDay = b.today.AddDays(-lastOpen).Weekday()
	b.measure(bat.start, 0, b.at(openAgo(1)+8, 18, 5), caseload.Assessment)
	for k := 1; k <= n; k++ {
		e := caseload.ModuleEvent{Module: itoa(k), Opened: open(k)}
		switch {
		case k < n:
			e.Submitted, e.Feedback = b.at(openAgo(k)-4, 20, 15), open(k+1)
		case state >= submitted:
			e.Submitted = b.at(openAgo(k)-4, 20, 15)
			if state == done {
				e.Feedback = b.at(openAgo(k)-6, 13, 10)
			}
		}
		b.modules = append(b.modules, e)
		for _, t := range b.tracks {
			if part := k - t.from + 1; part >= 1 && part <= t.parts(prog) {
				te := e
				te.Module = t.id + "/" + itoa(part)
				b.modules = append(b.modules, te)
			}
		}
		answered := open(k).Add(3*time.Hour + time.Duration(k*7)*time.Minute)
		occ := caseload.Ongoing
		if k == bat.total {
			occ = caseload.Final
		}
		b.measure(bat.modules[k], k, answered, occ)
	}
	b.m.Modules = b.modules
	if b.m.LastLogin.IsZero() {
		b.m.LastLogin = caseload.Latest(b.at(1, 19, 40).Add(-time.Duration(b.r.IntN(300))*time.Minute), b.lastSubmission())
	}
	return b
}

func (b *builder) lastSubmission() caseload.Stamp {
	var s caseload.Stamp
	for _, e := range b.modules {
		s = caseload.Latest(s, e.Submitted)
	}
	return s
}

// measure answers the instruments at module k unless skipped.
func (b *builder) measure(ids []string, k int, at caseload.Stamp, occ caseload.Occasion) {
	for i, id := range ids {
		key := score{id, k}
		if b.skip[key] {
			continue
		}
		in, _ := instruments.Get(id)
		f := math.Max(0.05, b.severity-b.improve*float64(k)) + (b.r.Float64()-0.5)*0.04
		total, ok := b.totals[key]
		if !ok {
			total = in.MinTotal() + int(math.Round(f*float64(in.MaxTotal()-in.MinTotal())))
		}
		item9, ok := b.item9[key]
		if !ok { // livslust mostly spared: 0–2
			item9 = min(2, int(f*5))
		}
		b.answered[key] = at.Add(time.Duration(i) * 4 * time.Minute)
		b.m.Measurements = append(b.m.Measurements, measurement(b.r, in, total, item9, b.answered[key], occ))
	}
}

// measurement answers an instrument with items that sum to total (clamped
// to what the scale and item 9 allow), item 9 fixed where the scale has it.
func measurement(r *rand.Rand, in *instruments.Instrument, total, item9 int, at caseload.Stamp, occ caseload.Occasion) caseload.Measurement {
	span := in.ItemMax - in.ItemMin
	c := make([]int, in.Items) // contribution of each item above ItemMin
	free := in.Items
	if in.Item9 > 0 {
		c[in.Item9-1] = max(0, min(span, item9-in.ItemMin))
		free--
	}
	fixed := 0
	if in.Item9 > 0 {
		fixed = c[in.Item9-1]
	}
	left := max(0, min(total-in.MinTotal()-fixed, free*span))
	for left > 0 {
		i := r.IntN(in.Items)
		if i == in.Item9-1 || c[i] == span {
			continue
		}
		add := min(left, span-c[i], 1+r.IntN(2))
		c[i] += add
		left -= add
	}
	items := make([]int, in.Items)
	for i := range c {
		items[i] = in.ItemMin + c[i]
		if isReverse(in, i+1) {
			items[i] = in.ItemMax - c[i]
		}
	}
	res, err := instruments.Score(in.ID, items)
	if err != nil {
		panic("demo: " + err.Error()) // the items are built in range above
	}
	return caseload.Measurement{Instrument: in.ID, Occasion: occ, Answered: at, Items: items, Total: res.Total, Item9: res.Item9}
}

func isReverse(in *instruments.Instrument, item int) bool {
	for _, r := range in.Reverse {
		if r == item {
			return true
		}
	}
	return false
}

func itoa(k int) string {
	if k < 10 {
		return string(rune('0' + k))
	}
	return itoa(k/10) + string(rune('0'+k%10))
}

// message adds a message daysAgo at the given minute.
func (b *builder) message(from string, daysAgo, hh, mm int) *builder {
	b.m.Messages = append(b.m.Messages, caseload.Message{From: from, At: b.at(daysAgo, hh, mm)})
	return b
}

// answeredAt is when an instrument was answered at module k (0 = assessment).
func (b *builder) answeredAt(id string, k int) caseload.Stamp { return b.answered[score{id, k}] }

// maintenance ends the treatment daysAgo into maintenance (manual 3.6.5).
func (b *builder) maintenance(daysAgo int) *builder {
	b.m.Status, b.m.MaintenanceFrom = caseload.Maintenance, b.today.AddDays(-daysAgo)
	return b
}

// closed ends the moment: maintenance from, closed on (manual 3.6.7).
func (b *builder) closed(maintFrom, closedOn int, reason string) *builder {
	b.m.Status, b.m.ClosingReason = caseload.Closed, reason
	if maintFrom > 0 {
		b.m.MaintenanceFrom = b.today.AddDays(-maintFrom)
	}
	b.m.ClosedOn = b.today.AddDays(-closedOn)
	return b
}

// followUp answers the program's follow-up instruments (SibeR, about six
// months after the start: worklist.FollowUpDays) that many days after
// their day, as "uppfoljning" (manual 7.1.4).
func (b *builder) followUp(late int) *builder {
	prog, _ := catalogue().Program(b.m.Program)
	at := b.m.Started.AddDays(182 + late)
	if at.After(b.today) {
		return b // not yet come
	}
	for _, s := range prog.Battery {
		if s.Trigger != programs.AtFollowUp {
			continue
		}
		in := instrument(s.Instrument)
		total := in.MinTotal() + (in.MaxTotal()-in.MinTotal())/4
		b.m.Measurements = append(b.m.Measurements, measurement(b.r, in, total, 1,
			caseload.NewStamp(at.Year(), at.Month(), at.Day(), 19, 10), caseload.FollowUp))
	}
	return b
}

// waive marks the follow-up as not to be done, with a reason.
func (b *builder) waive(daysAgo int, reason string) *builder {
	b.m.FollowUpWaiver = caseload.Waiver{On: b.today.AddDays(-daysAgo), By: b.m.Clinician, Reason: reason}
	return b
}

func instrument(id string) *instruments.Instrument {
	in, ok := instruments.Get(id)
	if !ok {
		panic("demo: no instrument " + id)
	}
	return in
}
