package intake

import (
	"fmt"
	"slices"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/store"
)

// merger matches rows to patients and moments and builds the plan.
type merger struct {
	reader
	held caseload.Caseload
}

// origin says where a value the file is compared with came from: 0 for
// the database, else the line of the row that set it.
type origin map[string]int

// work is one moment being built from its rows.
type work struct {
	m       caseload.Moment
	before  *caseload.Moment // nil when created
	rows    []int
	what    []string
	origins origin
	refused bool
}

func (g *merger) run(rows []row) {
	o := g.o
	// Patients: the stored name, or the first name the file gives.
	names := map[personnummer.Number]string{}
	nameFrom := map[personnummer.Number]int{}
	for _, p := range g.held.Patients {
		names[p.PNR] = p.Name
	}
	rename := map[personnummer.Number]bool{}
	refusedRows := map[int]bool{}
	for _, x := range rows {
		if x.name == "" {
			continue
		}
		cur, known := names[x.pnr]
		switch {
		case !known:
			names[x.pnr], nameFrom[x.pnr] = x.name, x.line
		case cur == x.name:
		case nameFrom[x.pnr] == 0 && o.TakeFile && !rename[x.pnr]:
			names[x.pnr], nameFrom[x.pnr], rename[x.pnr] = x.name, x.line, true
		case nameFrom[x.pnr] == 0:
			g.refuse(x.line, Name, txtConflictDB, quote(x.name), quote(cur), g.o.choice())
			refusedRows[x.line] = true
		default:
			g.refuse(x.line, Name, txtConflictRow, quote(x.name), nameFrom[x.pnr], quote(cur))
			refusedRows[x.line] = true
		}
	}

	// Moments: group the rows by patient and program, in file order.
	type key struct {
		pnr     personnummer.Number
		program string
	}
	var keys []key
	groups := map[key][]row{}
	for _, x := range rows {
		k := key{x.pnr, x.program}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], x)
	}
	var creates, updates []*work
	for _, k := range keys {
		rs := groups[k]
		w := g.target(k.pnr, k.program, rs)
		if w == nil {
			continue
		}
		for _, x := range rs {
			// A row refused for its name is still read, so that all its faults are told at once.
			if !g.apply(w, x) || refusedRows[x.line] {
				w.refused = true
			}
		}
		if w.before == nil {
			if !g.complete(w, rs[0], names) {
				continue
			}
			creates = append(creates, w)
		} else if len(w.what) > 0 {
			updates = append(updates, w)
		} else if !w.refused {
			g.plan.Unchanged = append(g.plan.Unchanged, w.rows...)
		}
	}
	// Renamed patients without another change still count as an update.
	mg := store.Merge{Rename: map[personnummer.Number]bool{}}
	added := map[personnummer.Number]bool{}
	addPatient := func(pnr personnummer.Number) {
		if !added[pnr] {
			added[pnr] = true
			mg.Patients = append(mg.Patients, caseload.Patient{PNR: pnr, Name: names[pnr]})
		}
	}
	for _, w := range creates {
		addPatient(w.m.PNR)
		mg.Create = append(mg.Create, w.m)
		g.plan.Creates = append(g.plan.Creates, g.change(w, names))
	}
	for _, w := range updates {
		addPatient(w.m.PNR)
		mg.Update = append(mg.Update, w.m)
		g.plan.Updates = append(g.plan.Updates, g.change(w, names))
	}
	for pnr := range rename {
		addPatient(pnr)
		mg.Rename[pnr] = true
	}
	// A rename is shown with the moments of the patient, or on its own.
	for pnr := range rename {
		line := nameFrom[pnr]
		desc := text{"nytt namn %s (var %s)", "new name %s (was %s)"}.in(o.Lang, quote(names[pnr]), quote(g.storedName(pnr)))
		g.plan.Updates = append(g.plan.Updates, Change{Rows: []int{line}, PNR: pnr, Name: names[pnr], What: []string{desc}})
		g.plan.Unchanged = slices.DeleteFunc(g.plan.Unchanged, func(l int) bool { return l == line })
	}
	slices.Sort(g.plan.Unchanged)
	g.plan.merge = mg
}

func (g *merger) storedName(pnr personnummer.Number) string {
	for _, p := range g.held.Patients {
		if p.PNR == pnr {
			return p.Name
		}
	}
	return ""
}

func (g *merger) change(w *work, names map[personnummer.Number]string) Change {
	return Change{Rows: w.rows, PNR: w.m.PNR, Name: names[w.m.PNR], Program: w.m.Program, ProgramName: g.programName(w.m.Program), MomentID: w.m.ID, What: w.what}
}

// target finds the moment rows of one patient and program go to: the
// open (active or maintenance) one, else a new one. A closed moment
// never receives rows: rows for it are refused unless they start a new
// moment after it closed.
func (g *merger) target(pnr personnummer.Number, program string, rs []row) *work {
	var open, closed []*caseload.Moment
	for i := range g.held.Moments {
		m := &g.held.Moments[i]
		if m.PNR != pnr || m.Program != program {
			continue
		}
		if m.Status == caseload.Closed {
			closed = append(closed, m)
		} else {
			open = append(open, m)
		}
	}
	name := g.programName(program)
	switch {
	case len(open) > 1:
		for _, x := range rs {
			g.refuse(x.line, Program, txtAmbiguous, len(open), name)
		}
		return nil
	case len(open) == 1:
		before := *open[0]
		m := clone(before)
		return &work{m: m, before: &before, origins: origin{}}
	}
	if len(closed) > 0 {
		last := closed[0]
		for _, c := range closed {
			if lastDay(c).After(lastDay(last)) {
				last = c
			}
		}
		started := caseload.Date{}
		for _, x := range rs {
			if !x.started.IsZero() {
				started = x.started
				break
			}
		}
		if started.IsZero() || !started.After(lastDay(last)) {
			for _, x := range rs {
				g.refuse(x.line, Program, txtClosed, name, lastDay(last))
			}
			return nil
		}
	}
	return &work{m: caseload.Moment{PNR: pnr, Program: program, Status: caseload.Active, FeedbackDay: -1}, origins: origin{}}
}

func lastDay(m *caseload.Moment) caseload.Date {
	if !m.ClosedOn.IsZero() {
		return m.ClosedOn
	}
	return m.Started
}

func (g *merger) programName(id string) string {
	if p, ok := g.o.Catalogue.Program(id); ok {
		return p.Name
	}
	return id
}

// complete checks that a new moment has what it needs and names it.
func (g *merger) complete(w *work, first row, names map[personnummer.Number]string) bool {
	ok := !w.refused
	if names[w.m.PNR] == "" {
		g.refuse(first.line, Name, txtMissingNewPat)
		ok = false
	}
	if w.m.Started.IsZero() {
		g.refuse(first.line, Started, txtMissingNew)
		ok = false
	}
	if w.m.FeedbackDay < 0 {
		g.refuse(first.line, FeedbackDay, txtMissingNew)
		ok = false
	}
	if !ok {
		return false
	}
	newID := g.o.NewID
	if newID == nil {
		newID = randomID
	}
	w.m.ID = newID(w.m.Program, w.m.Started)
	lang := g.o.Lang
	w.what = append([]string{text{"ny behandling, start %s, återkoppling %s", "new moment, start %s, feedback on %s"}.in(lang,
		w.m.Started, dayName(lang, time.Weekday(w.m.FeedbackDay)))}, w.what...)
	return true
}

var dayNames = [2][7]string{
	{"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"},
	{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
}

func dayName(lang string, d time.Weekday) string {
	if lang == "en" {
		return dayNames[1][d]
	}
	return dayNames[0][d]
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// clone copies a moment deeply enough that appending to it leaves the original alone.
func clone(m caseload.Moment) caseload.Moment {
	m.Modules = slices.Clone(m.Modules)
	m.Measurements = slices.Clone(m.Measurements)
	m.Addons = slices.Clone(m.Addons)
	return m
}

// apply adds what row x says to w; false if a value contradicts.
func (g *merger) apply(w *work, x row) bool {
	lang := g.o.Lang
	ok := true
	w.rows = append(w.rows, x.line)
	update := w.before != nil
	note := func(t text, args ...any) { w.what = append(w.what, t.in(lang, args...)) }
	// scalar compares one value of the moment with the file's.
	scalar := func(f Field, key, cur, file string, show func(string) string, set func()) {
		if file == "" || cur == file {
			return
		}
		from := w.origins[key]
		if cur == "" {
			set()
			w.origins[key] = x.line
			if update { // a new moment's start and day are in its first line
				fi, _ := Info(f)
				note(text{"%s %s", "%s %s"}, fi.Label.in(lang), show(file))
			}
			return
		}
		switch {
		case from == 0 && g.o.TakeFile:
			set()
			w.origins[key] = x.line
			fi, _ := Info(f)
			note(text{"%s %s (var %s)", "%s %s (was %s)"}, fi.Label.in(lang), show(file), show(cur))
		case from == 0:
			g.refuse(x.line, f, txtConflictDB, show(file), show(cur), g.o.choice())
			ok = false
		default:
			g.refuse(x.line, f, txtConflictRow, show(file), from, show(cur))
			ok = false
		}
	}
	plain := func(s string) string { return s }
	day := func(s string) string {
		d := 0
		fmt.Sscan(s, &d)
		return dayName(lang, time.Weekday(d))
	}
	scalar(Clinician, "clinician", w.m.Clinician, x.clinician, quote, func() { w.m.Clinician = x.clinician })
	scalar(Diagnosis, "diagnosis", w.m.Diagnosis, x.diagnosis, plain, func() { w.m.Diagnosis = x.diagnosis })
	scalar(Started, "started", w.m.Started.String(), x.started.String(), plain, func() { w.m.Started = x.started })
	cur, file := "", ""
	if w.m.FeedbackDay >= 0 && (update || w.origins["feedback_day"] > 0) {
		cur = fmt.Sprint(int(w.m.FeedbackDay))
	}
	if x.feedbackDay >= 0 {
		file = fmt.Sprint(x.feedbackDay)
	}
	scalar(FeedbackDay, "feedback_day", cur, file, day, func() { w.m.FeedbackDay = time.Weekday(x.feedbackDay) })

	// Logins only move forward: an older one in the file is not news.
	if !x.lastLogin.IsZero() && x.lastLogin.After(w.m.LastLogin) {
		w.m.LastLogin = x.lastLogin
		note(text{"senaste inloggning %s", "last login %s"}, showStamp(x.lastLogin))
	}

	if x.module != "" {
		i := slices.IndexFunc(w.m.Modules, func(e caseload.ModuleEvent) bool { return e.Module == x.module })
		if i < 0 {
			w.m.Modules = append(w.m.Modules, caseload.ModuleEvent{Module: x.module})
			i = len(w.m.Modules) - 1
		}
		e := &w.m.Modules[i]
		stampField := func(f Field, what text, dst *caseload.Stamp, v caseload.Stamp, hasTime bool) {
			if v.IsZero() || sameStamp(*dst, v, hasTime) {
				return
			}
			key := "module/" + x.module + "/" + string(f)
			from := w.origins[key]
			switch {
			case dst.IsZero():
				*dst = v
				w.origins[key] = x.line
				note(what, x.module, showStamp(v))
			case from == 0 && g.o.TakeFile:
				note(text{what.sv + " (var %s)", what.en + " (was %s)"}, x.module, showStamp(v), showStamp(*dst))
				*dst = v
				w.origins[key] = x.line
			case from == 0:
				g.refuse(x.line, f, txtConflictDB, showStamp(v), showStamp(*dst), g.o.choice())
				ok = false
			default:
				g.refuse(x.line, f, txtConflictRow, showStamp(v), from, showStamp(*dst))
				ok = false
			}
		}
		stampField(Opened, text{"modul %s öppnad %s", "module %s opened %s"}, &e.Opened, x.opened, x.openedT)
		stampField(Submitted, text{"modul %s inskickad %s", "module %s submitted %s"}, &e.Submitted, x.submitted, x.submittedT)
		stampField(FeedbackOn, text{"modul %s återkopplad %s", "module %s feedback %s"}, &e.Feedback, x.feedback, x.fbT)
	}

	if x.instrument != "" {
		i := slices.IndexFunc(w.m.Measurements, func(ms caseload.Measurement) bool {
			return ms.Instrument == x.instrument && sameStamp(ms.Answered, x.answered, x.answeredT)
		})
		key := "measurement/" + x.instrument + "/" + x.answered.Date().String()
		ms := caseload.Measurement{Instrument: x.instrument, Occasion: x.occasion, Answered: x.answered, Total: x.total, Item9: -1}
		if r, err := instruments.ScoreTotal(x.instrument, x.total); err == nil {
			ms.Item9 = r.Item9 // known only for an instrument that is item 9 alone
		}
		switch {
		case i < 0:
			w.m.Measurements = append(w.m.Measurements, ms)
			w.origins[key] = x.line
			note(text{"%s besvarad %s", "%s answered %s"}, ScoreText(lang, ms), showStamp(x.answered))
		case w.m.Measurements[i].Total == x.total:
		case w.origins[key] == 0 && g.o.TakeFile:
			old := w.m.Measurements[i]
			ms.Answered, ms.ID = old.Answered, old.ID
			if ms.Occasion == "" {
				ms.Occasion = old.Occasion
			}
			w.m.Measurements[i] = ms
			w.origins[key] = x.line
			note(text{"%s besvarad %s (var %d)", "%s answered %s (was %d)"}, ScoreText(lang, ms), showStamp(old.Answered), old.Total)
		case w.origins[key] == 0:
			g.refuse(x.line, Total, txtConflictDB, fmt.Sprint(x.total), fmt.Sprint(w.m.Measurements[i].Total), g.o.choice())
			ok = false
		default:
			g.refuse(x.line, Total, txtConflictRow, fmt.Sprint(x.total), w.origins[key], fmt.Sprint(w.m.Measurements[i].Total))
			ok = false
		}
	}
	return ok
}

// sameStamp: a file value without a time of day matches any time that day.
func sameStamp(stored, file caseload.Stamp, hasTime bool) bool {
	if hasTime {
		return stored.Equal(file)
	}
	return !stored.IsZero() && stored.Date().Equal(file.Date())
}

func showStamp(s caseload.Stamp) string {
	if s.Time().Hour() == 0 && s.Time().Minute() == 0 {
		return s.Date().String()
	}
	return s.Date().String() + " " + s.Time().Format("15:04")
}

// ScoreText shows a measurement's score: "MADRS-S 24 (fråga 9 okänd)"
// when MADRS-S came without its items, so that an unknown item 9 is
// never read as 0.
func ScoreText(lang string, ms caseload.Measurement) string {
	s := fmt.Sprintf("%s %d", ms.Instrument, ms.Total)
	if instruments.Item9Unknown(ms.Instrument, ms.Item9) {
		s += " (" + txtNoItem9.in(lang) + ")"
	}
	return s
}
