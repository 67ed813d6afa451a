// Package intake turns a table (package tabular) into changes of the
// caseload: each row is read through a column mapping, matched to the
// patient and moment it belongs to, and the result is a Plan — what will
// be created, updated and refused, and why — that store.ApplyMerge
// writes in one transaction, or nothing. The command line (ikbt import)
// and the app's paste box share it.
package intake

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tabular"
)

// Holder reads what an import is matched against (store.Store does).
type Holder interface {
	Holdings(pnrs []personnummer.Number) (caseload.Caseload, error)
}

// Writer writes a plan (store.Store does).
type Writer interface {
	ApplyMerge(store.Merge) error
}

// Options steer Prepare.
type Options struct {
	Catalogue *programs.Catalogue
	Lang      string // "sv" (default) or "en": the language of refusals and descriptions
	// TakeFile takes the file's value where it contradicts a stored one
	// (start date, name, feedback day, …): the clinician's explicit choice.
	TakeFile bool
	// TakeFileName names that choice in a refusal: "--take-file" when
	// empty (the command); the app names its key.
	TakeFileName string
	// NewID names a new moment; nil gives program-start-random, as the app's form does.
	NewID func(program string, started caseload.Date) string
}

func (o Options) choice() string {
	if o.TakeFileName == "" {
		return "--take-file"
	}
	return o.TakeFileName
}

// Refusal is a row that cannot be brought in: where and why (in the
// language of Options).
type Refusal struct {
	Row    int    // the row's line (tabular.Row.Line)
	Column string // the column's header text, or the field's name when it has no column
	Reason string
}

func (r Refusal) Text(lang string) string {
	if lang == "en" {
		return fmt.Sprintf("row %d, column %q: %s", r.Row, r.Column, r.Reason)
	}
	return fmt.Sprintf("rad %d, kolumn %q: %s", r.Row, r.Column, r.Reason)
}

// Change is one moment created or updated.
type Change struct {
	Rows        []int // the lines that contribute to it
	PNR         personnummer.Number
	Name        string
	Program     string // catalogue id
	ProgramName string
	MomentID    string
	What        []string // what is new, one short phrase each, in the plan's language
}

// Plan is what an import will do.
type Plan struct {
	Source    tabular.Table // the header, format, encoding and separator read (rows left out)
	Unknown   []string      // columns no field reads: ignored
	Creates   []Change
	Updates   []Change
	Unchanged []int // lines that add nothing new
	Refusals  []Refusal
	lang      string
	merge     store.Merge
}

// OK reports whether nothing is refused: only then may the plan be applied.
func (p Plan) OK() bool { return len(p.Refusals) == 0 }

// Merge returns the write the plan stands for.
func (p Plan) Merge() store.Merge { return p.merge }

// Apply writes the plan in one transaction. A plan with refusals is not
// written at all.
func Apply(w Writer, p Plan) error {
	if !p.OK() {
		return fmt.Errorf("intake: %d rows refused: nothing written", len(p.Refusals))
	}
	if p.merge.Empty() {
		return nil
	}
	return w.ApplyMerge(p.merge)
}

// row is one table row read through the mapping.
type row struct {
	line                        int
	pnr                         personnummer.Number
	name, program, clinician    string
	diagnosis, module           string
	started                     caseload.Date
	feedbackDay                 int // -1 when not given
	lastLogin                   caseload.Stamp
	opened, submitted, feedback caseload.Stamp
	openedT, submittedT, fbT    bool // the stamp had a time of day
	instrument                  string
	answered                    caseload.Stamp
	answeredT                   bool
	total                       int // -1 when not given
	occasion                    caseload.Occasion
}

// Prepare reads every row of t through cols, matches it against what h
// holds for the rows' patients, and plans the import. A required field
// without a column is an error (*MissingError) before any row is read.
func Prepare(t tabular.Table, m Mapping, h Holder, o Options) (Plan, error) {
	if o.Catalogue == nil {
		o.Catalogue = programs.Default()
	}
	if o.Lang != "en" {
		o.Lang = "sv"
	}
	cols, err := m.Resolve(t.Header)
	if err != nil {
		return Plan{}, err
	}
	p := Plan{Source: tabular.Table{Header: t.Header, Format: t.Format, Encoding: t.Encoding, Sep: t.Sep},
		Unknown: cols.Unknown, lang: o.Lang}
	r := reader{cols: cols, o: o, plan: &p}
	var rows []row
	var pnrs []personnummer.Number
	for _, tr := range t.Rows {
		x, ok := r.read(tr)
		if !ok {
			continue
		}
		rows = append(rows, x)
		if !slices.Contains(pnrs, x.pnr) {
			pnrs = append(pnrs, x.pnr)
		}
	}
	held, err := h.Holdings(pnrs)
	if err != nil {
		return Plan{}, err
	}
	mg := merger{reader: r, held: held}
	mg.run(rows)
	slices.SortFunc(p.Refusals, func(a, b Refusal) int { return a.Row - b.Row })
	return p, nil
}

// reader reads cells into rows.
type reader struct {
	cols Columns
	o    Options
	plan *Plan
}

// column names the column of f for a refusal: its header, or the field's label.
func (r *reader) column(f Field) string {
	if i, ok := r.cols.Index[f]; ok {
		return r.cols.Header[i]
	}
	fi, _ := Info(f)
	return fi.Label.in(r.o.Lang)
}

func (r *reader) refuse(line int, f Field, t text, args ...any) {
	r.plan.Refusals = append(r.plan.Refusals, Refusal{Row: line, Column: r.column(f), Reason: t.in(r.o.Lang, args...)})
}

// cell returns the cell of f in tr ("" when f has no column).
func (r *reader) cell(tr tabular.Row, f Field) string {
	if i, ok := r.cols.Index[f]; ok {
		return strings.TrimSpace(tr.Cells[i])
	}
	return ""
}

// read reads one row; every bad cell is refused, and ok is false if any was.
func (r *reader) read(tr tabular.Row) (x row, ok bool) {
	n := len(r.plan.Refusals)
	x = row{line: tr.Line, feedbackDay: -1, total: -1}
	line := tr.Line
	if v := r.cell(tr, PNR); v == "" {
		r.refuse(line, PNR, txtMissing)
	} else if pnr, bad := parsePNR(v); bad != nil {
		r.refuse(line, PNR, *bad, v)
	} else {
		x.pnr = pnr
	}
	x.name = strings.Join(strings.Fields(r.cell(tr, Name)), " ")
	x.clinician = strings.Join(strings.Fields(r.cell(tr, Clinician)), " ")
	x.diagnosis = strings.ToUpper(r.cell(tr, Diagnosis))
	if v := r.cell(tr, Program); v == "" {
		r.refuse(line, Program, txtMissing)
	} else if id, found := findProgram(r.o.Catalogue, v); !found {
		r.refuse(line, Program, txtProgram, v, strings.Join(programIDs(r.o.Catalogue), ", "))
	} else {
		x.program = id
	}
	if v := r.cell(tr, Started); v != "" {
		if d, ok := ParseDate(v); ok {
			x.started = d
		} else {
			r.refuse(line, Started, txtDate, v)
		}
	}
	if v := r.cell(tr, FeedbackDay); v != "" {
		if d, ok := ParseWeekday(v); ok {
			x.feedbackDay = int(d)
		} else {
			r.refuse(line, FeedbackDay, txtWeekday, v)
		}
	}
	stamp := func(f Field, dst *caseload.Stamp, hasTime *bool) {
		v := r.cell(tr, f)
		if v == "" {
			return
		}
		st, t, ok := ParseStamp(v)
		if !ok {
			r.refuse(line, f, txtStamp, v)
			return
		}
		*dst = st
		if hasTime != nil {
			*hasTime = t
		}
	}
	stamp(LastLogin, &x.lastLogin, nil)
	x.module = r.cell(tr, Module)
	stamp(Opened, &x.opened, &x.openedT)
	stamp(Submitted, &x.submitted, &x.submittedT)
	stamp(FeedbackOn, &x.feedback, &x.fbT)
	if x.module == "" && (!x.opened.IsZero() || !x.submitted.IsZero() || !x.feedback.IsZero()) {
		r.refuse(line, Module, txtNeedsModule)
	}
	if x.module != "" && x.program != "" {
		if _, ok := r.o.Catalogue.Module(x.program, x.module); !ok {
			r.refuse(line, Module, txtModule, x.program, x.module)
		}
	}
	if v := r.cell(tr, Instrument); v != "" {
		if in, ok := findInstrument(v); ok {
			x.instrument = in.ID
		} else {
			r.refuse(line, Instrument, txtInstrument, v, strings.Join(instrumentIDs(), ", "))
		}
	}
	// A score column named for its instrument ("MADRS-S") needs no instrument column.
	if _, mapped := r.cols.Index[Instrument]; !mapped && r.cell(tr, Total) != "" {
		if in, ok := findInstrument(r.column(Total)); ok {
			x.instrument = in.ID
		}
	}
	stamp(Answered, &x.answered, &x.answeredT)
	if v := r.cell(tr, Total); v != "" {
		t, err := strconv.Atoi(v)
		if err != nil {
			r.refuse(line, Total, txtTotal, v)
		} else if x.instrument != "" {
			if _, err := instruments.ScoreTotal(x.instrument, t); err != nil {
				in, _ := instruments.Get(x.instrument)
				r.refuse(line, Total, txtTotalRange, x.instrument, rangeText(r.o.Lang, t, in))
			} else {
				x.total = t
			}
		}
	}
	if v := r.cell(tr, OccasionText); v != "" {
		if oc, ok := findOccasion(v); ok {
			x.occasion = oc
		} else {
			r.refuse(line, OccasionText, txtOccasion, v)
		}
	}
	switch {
	case x.instrument != "" && x.answered.IsZero() && r.cell(tr, Answered) == "":
		r.refuse(line, Answered, txtMissing)
	case x.instrument != "" && x.total < 0 && r.cell(tr, Total) == "":
		r.refuse(line, Total, txtMissing)
	case x.instrument == "" && r.cell(tr, Instrument) == "" && (r.cell(tr, Total) != "" || r.cell(tr, Answered) != ""):
		r.refuse(line, Instrument, txtNeedsInstr)
	}
	return x, len(r.plan.Refusals) == n
}

func rangeText(lang string, t int, in *instruments.Instrument) string {
	return text{"%d ligger utanför %d–%d", "%d is out of range %d–%d"}.in(lang, t, in.MinTotal(), in.MaxTotal())
}

// parsePNR reads a personnummer, naming what is wrong with a bad one.
func parsePNR(s string) (personnummer.Number, *text) {
	if n, err := personnummer.Parse(s); err == nil {
		return n, nil
	}
	var digits []byte
	for _, c := range []byte(s) {
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == '-' || c == '+' || c == ' ':
		default:
			return "", &txtPNRChars
		}
	}
	if len(digits) != 10 && len(digits) != 12 {
		return "", &txtPNRLength
	}
	ten := string(digits[len(digits)-10:])
	if personnummer.CheckDigit(ten[:9]) != int(ten[9]-'0') {
		t := txtPNRCheck
		t.sv, t.en = t.sv+"%.0s", t.en+"%.0s" // the value is not repeated
		return "", &t
	}
	t := txtPNRDate
	t.sv, t.en = t.sv+"%.0s", t.en+"%.0s"
	return "", &t
}

func fold(s string) string {
	r := strings.NewReplacer("å", "a", "ä", "a", "ö", "o", "é", "e", " ", "", "-", "")
	return r.Replace(strings.ToLower(strings.TrimSpace(s)))
}

// findProgram accepts a program's id or title, in any case, with or without å ä ö.
func findProgram(cat *programs.Catalogue, v string) (string, bool) {
	for _, p := range cat.Programs() {
		first, _, _ := strings.Cut(p.Name, " ") // "Ångesthjälpen" of "Ångesthjälpen Plus"
		if fold(v) == fold(p.ID) || fold(v) == fold(p.Name) || fold(v) == fold(first) {
			return p.ID, true
		}
	}
	return "", false
}

func programIDs(cat *programs.Catalogue) []string {
	var out []string
	for _, p := range cat.Programs() {
		out = append(out, p.ID)
	}
	return out
}

func findInstrument(v string) (*instruments.Instrument, bool) {
	for _, in := range instruments.All() {
		if fold(in.ID) == fold(v) {
			return in, true
		}
	}
	return nil, false
}

func instrumentIDs() []string {
	var out []string
	for _, in := range instruments.All() {
		out = append(out, in.ID)
	}
	return out
}

var occasionNames = map[string]caseload.Occasion{
	"bedomning": caseload.Assessment, "uppstart": caseload.Startup, "uppstartbehandling": caseload.Startup,
	"pagaende": caseload.Ongoing, "avslut": caseload.Final, "avslutbehandling": caseload.Final,
	"uppfoljning": caseload.FollowUp, "assessment": caseload.Assessment, "startup": caseload.Startup,
	"ongoing": caseload.Ongoing, "final": caseload.Final, "followup": caseload.FollowUp,
}

func findOccasion(v string) (caseload.Occasion, bool) {
	oc, ok := occasionNames[fold(v)]
	return oc, ok
}

// randomID names a new moment as the app's form does: program, start, 6 hex digits.
func randomID(program string, started caseload.Date) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s-%s-%s", program, started, hex.EncodeToString(b[:]))
}
