package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// The import/export format (README "Import format"). Every field is read
// as its JSON type and converted here, so that a bad value is reported
// with its JSON path rather than a byte offset.

type fileJSON struct {
	Patients []patientJSON `json:"patients"`
	Moments  []momentJSON  `json:"moments"`
	// Around the moments (lifecycle_format.go).
	Referrals []referralJSON `json:"referrals,omitempty"`
	Closings  []closingJSON  `json:"closings,omitempty"`
	Handovers []handoverJSON `json:"handovers,omitempty"`
}

type patientJSON struct {
	Personnummer string `json:"personnummer"`
	Name         string `json:"name"`
}

type momentJSON struct {
	ID              string            `json:"id"`
	Personnummer    string            `json:"personnummer"`
	Program         string            `json:"program"`
	Clinician       string            `json:"clinician,omitempty"`
	Started         string            `json:"started"`
	FeedbackDay     string            `json:"feedback_day"`
	Status          string            `json:"status"`
	MaintenanceFrom string            `json:"maintenance_from,omitempty"`
	ClosedOn        string            `json:"closed_on,omitempty"`
	ClosingReason   string            `json:"closing_reason,omitempty"`
	Diagnosis       string            `json:"diagnosis,omitempty"`
	Challenge       string            `json:"challenge,omitempty"`
	Addons          []string          `json:"addons,omitempty"`
	LastLogin       string            `json:"last_login,omitempty"`
	Modules         []moduleJSON      `json:"modules"`
	Measurements    []measurementJSON `json:"measurements"`
	Messages        []messageJSON     `json:"messages"`
	Flags           []flagJSON        `json:"flags,omitempty"`
	Schedules       []scheduleJSON    `json:"schedules,omitempty"`
	Notes           []noteJSON        `json:"notes,omitempty"`
	History         []historyJSON     `json:"note_history,omitempty"` // copied notes (issue 13)
	// Issue 9: stopped battery instruments (5.4.2) and a follow-up waiver.
	Stops          []stopJSON  `json:"stops,omitempty"`
	FollowUpWaiver *waiverJSON `json:"followup_waiver,omitempty"`
}

type stopJSON struct {
	Instrument string `json:"instrument"`
	From       string `json:"from"`
	By         string `json:"by,omitempty"`
	At         string `json:"at,omitempty"`
	Note       string `json:"note,omitempty"`
}

type waiverJSON struct {
	On     string `json:"on"`
	By     string `json:"by,omitempty"`
	Reason string `json:"reason"`
}

type moduleJSON struct {
	Module    moduleKey `json:"module"` // a string or a whole number
	Opened    string    `json:"opened,omitempty"`
	Submitted string    `json:"submitted,omitempty"`
	Feedback  string    `json:"feedback,omitempty"`
}

type measurementJSON struct {
	Instrument string   `json:"instrument"`
	Answered   string   `json:"answered"`
	Occasion   string   `json:"occasion,omitempty"`
	Items      []*int   `json:"items,omitempty"` // pointers: a null item is an error, not a 0
	Total      *float64 `json:"total,omitempty"` // a decimal only for forms scored in decimals (EDE-Q, AAQoL)
}

type messageJSON struct {
	From string `json:"from"`
	At   string `json:"at"`
}

type flagJSON struct {
	Kind      string `json:"kind"`
	Ref       string `json:"ref,omitempty"`
	Raised    string `json:"raised,omitempty"`
	HandledBy string `json:"handled_by,omitempty"`
	HandledAt string `json:"handled_at"`
	Note      string `json:"note,omitempty"`
}

type scheduleJSON struct {
	Instrument string `json:"instrument"`
	AtModule   string `json:"at_module,omitempty"`
	EveryWeeks int    `json:"every_weeks,omitempty"`
	From       string `json:"from,omitempty"`
}

type noteJSON struct {
	Created string `json:"created"`
	Copied  string `json:"copied,omitempty"`
	Text    string `json:"text"`
}

// historyJSON is one copied note: its kind, when it was copied, the text.
type historyJSON struct {
	Kind   string `json:"kind,omitempty"`
	Copied string `json:"copied"`
	Text   string `json:"text"`
}

// FormatError is a refused import file: where (a JSON path, or a line and
// column for malformed JSON) and why.
type FormatError struct {
	Path         string        // e.g. moments[3].measurements[2].items[4]
	Line, Column int           // 1-based; 0 when the error has a path
	Msg          string        // the explanation in English
	Code         usertext.Code // the explanation in the catalogue (usertext); "" says Msg
	Args         []any
}

func (e *FormatError) Error() string {
	switch {
	case e.Path != "" && e.Line > 0:
		return fmt.Sprintf("line %d, column %d: %s: %s", e.Line, e.Column, e.Path, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
	case e.Path != "":
		return e.Path + ": " + e.Msg
	}
	return e.Msg
}

// DecodeJSON reads a caseload in the import format and checks all of it
// against the catalogue; the first bad record refuses the whole file.
// Measurement totals (and MADRS-S item 9) are computed from the items.
func DecodeJSON(r io.Reader, cat *programs.Catalogue) (caseload.Caseload, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return caseload.Caseload{}, err
	}
	if err := checkDocument(data); err != nil {
		return caseload.Caseload{}, err
	}
	return decodeChecked(data, cat)
}

// decodeChecked decodes a document checkDocument (or checkDocumentAs) has
// passed; keys it does not know are ignored here.
func decodeChecked(data []byte, cat *programs.Catalogue) (caseload.Caseload, error) {
	var f fileJSON
	if err := json.Unmarshal(data, &f); err != nil {
		return caseload.Caseload{}, jsonError(data, err)
	}
	c, err := f.caseload()
	if err != nil {
		return caseload.Caseload{}, err
	}
	if err := validate(c, cat); err != nil {
		return caseload.Caseload{}, err
	}
	for i := range c.Moments {
		for j := range c.Moments[i].Measurements {
			x := &c.Moments[i].Measurements[j]
			r, _, _ := score(*x) // validate has checked it
			in, _ := instruments.Get(x.Instrument)
			// A total given with the items must be their score, to the
			// instrument's decimals (EDE-Q's 2.35 for 2.3461…).
			if given := x.Value(); x.Items != nil && (x.Total >= 0 || x.Decimal != nil) &&
				math.Abs(given-r.Score) > 0.5*math.Pow(10, -float64(in.Decimals)) {
				return caseload.Caseload{}, codef(fmt.Sprintf("moments[%d].measurements[%d].total", i, j),
					usertext.ImportTotalScore, number(given), in.Format(r.Score, false))
			}
			x.Total, x.Item9, x.Decimal = r.Total, r.Item9, r.Decimal(in)
		}
	}
	return c, nil
}

// jsonError gives a syntax or type error its line and column.
func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := lineCol(data, syn.Offset)
		return &FormatError{Line: line, Column: col, Msg: "malformed JSON: " + syn.Error()}
	case errors.As(err, &typ):
		line, col := lineCol(data, typ.Offset)
		return &FormatError{Line: line, Column: col, Path: typ.Field, Msg: fmt.Sprintf("want %s, got a JSON %s", typeName(typ.Type.String()), typ.Value)}
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := lineCol(data, int64(len(data)))
		return &FormatError{Line: line, Column: col, Msg: "malformed JSON: the file ends too early"}
	}
	return &FormatError{Msg: "malformed JSON: " + err.Error()}
}

func typeName(goType string) string {
	switch {
	case goType == "string":
		return "a string"
	case strings.Contains(goType, "int"):
		return "a whole number"
	case strings.Contains(goType, "float"):
		return "a number"
	case strings.HasPrefix(goType, "[]"):
		return "a list"
	}
	return "an object"
}

// lineCol turns a byte offset into a 1-based line and column (in characters).
func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = len([]rune(string(before[bytes.LastIndexByte(before, '\n')+1:])))
	if col == 0 {
		col = 1
	}
	return line, col
}

// weekdays maps Swedish and English weekday names (lower case) to days;
// Swedish ones also without their diacritics.
var weekdays = map[string]time.Weekday{
	"söndag": time.Sunday, "måndag": time.Monday, "tisdag": time.Tuesday, "onsdag": time.Wednesday,
	"torsdag": time.Thursday, "fredag": time.Friday, "lördag": time.Saturday,
	"sondag": time.Sunday, "mandag": time.Monday, "lordag": time.Saturday,
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var swedishDay = [7]string{"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"}

// ParseWeekday reads a Swedish or English weekday name, in any case.
func ParseWeekday(s string) (time.Weekday, error) {
	if d, ok := weekdays[strings.ToLower(strings.TrimSpace(s))]; ok {
		return d, nil
	}
	return 0, why(usertext.NotWeekday, s)
}

// number writes a JSON number as it was given: 3, 2.35.
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// pathf builds a FormatError at a path.
func pathf(path string, format string, args ...any) error {
	return &FormatError{Path: path, Msg: fmt.Sprintf(format, args...)}
}

// converter collects the first error while converting fields.
type converter struct{ err error }

func (cv *converter) date(path, s string, required bool) caseload.Date {
	if cv.err != nil {
		return caseload.Date{}
	}
	if s == "" {
		if required {
			cv.err = codef(path, usertext.MissingDay)
		}
		return caseload.Date{}
	}
	d, err := caseload.ParseDate(s)
	if err != nil {
		cv.err = codef(path, &usertext.T.General.NotADate, s)
	} else if y := d.Year(); y < minYear || y > maxYear {
		cv.err = codef(path, usertext.ImportYear, s, minYear, maxYear)
	}
	return d
}

func (cv *converter) stamp(path, s string, required bool) caseload.Stamp {
	if cv.err != nil {
		return caseload.Stamp{}
	}
	if s == "" {
		if required {
			cv.err = codef(path, usertext.ImportMissingStamp)
		}
		return caseload.Stamp{}
	}
	t, err := caseload.ParseStamp(s)
	if err != nil {
		cv.err = codef(path, &usertext.T.General.NotAStamp, s)
	} else if y := t.Date().Year(); y < minYear || y > maxYear {
		cv.err = codef(path, usertext.ImportYear, s, minYear, maxYear)
	}
	return t
}

// caseload converts the file's values; range and reference checks are validate's.
func (f *fileJSON) caseload() (caseload.Caseload, error) {
	cv := &converter{}
	var c caseload.Caseload
	for i, p := range f.Patients {
		path := fmt.Sprintf("patients[%d]", i)
		pnr, err := parsePNR(p.Personnummer)
		if err != nil {
			return c, pnrError(path+".personnummer", p.Personnummer, err)
		}
		c.Patients = append(c.Patients, caseload.Patient{PNR: pnr, Name: p.Name})
	}
	for i, mj := range f.Moments {
		path := fmt.Sprintf("moments[%d]", i)
		m := caseload.Moment{ID: mj.ID, Program: mj.Program, Clinician: mj.Clinician,
			Status: caseload.Status(mj.Status), ClosingReason: mj.ClosingReason,
			Diagnosis: mj.Diagnosis, Challenge: mj.Challenge, Addons: mj.Addons}
		if m.Status == "" {
			m.Status = caseload.Active
		}
		pnr, err := parsePNR(mj.Personnummer)
		if err != nil {
			return c, pnrError(path+".personnummer", mj.Personnummer, err)
		}
		m.PNR = pnr
		m.Started = cv.date(path+".started", mj.Started, true)
		if mj.FeedbackDay == "" {
			return c, codef(path+".feedback_day", usertext.ImportMissingWeekday)
		}
		if m.FeedbackDay, err = ParseWeekday(mj.FeedbackDay); err != nil {
			return c, atPath(path+".feedback_day", err)
		}
		m.MaintenanceFrom = cv.date(path+".maintenance_from", mj.MaintenanceFrom, false)
		m.ClosedOn = cv.date(path+".closed_on", mj.ClosedOn, false)
		m.LastLogin = endOfDay(mj.LastLogin, cv.stamp(path+".last_login", mj.LastLogin, false))
		for j, e := range mj.Modules {
			p := fmt.Sprintf("%s.modules[%d]", path, j)
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: string(e.Module),
				Opened:    cv.stamp(p+".opened", e.Opened, false),
				Submitted: endOfDay(e.Submitted, cv.stamp(p+".submitted", e.Submitted, false)),
				Feedback:  cv.stamp(p+".feedback", e.Feedback, false)})
		}
		for j, x := range mj.Measurements {
			p := fmt.Sprintf("%s.measurements[%d]", path, j)
			occ, ok := parseOccasion(x.Occasion)
			if !ok {
				return c, codef(p+".occasion", usertext.ImportOccasion, x.Occasion)
			}
			ms := caseload.Measurement{Instrument: x.Instrument, Occasion: occ,
				Answered: endOfDay(x.Answered, cv.stamp(p+".answered", x.Answered, true)), Total: -1, Item9: -1}
			if x.Items != nil {
				ms.Items = make([]int, len(x.Items))
				for k, v := range x.Items {
					if v == nil {
						return c, codef(fmt.Sprintf("%s.items[%d]", p, k), usertext.ImportNullItem)
					}
					ms.Items[k] = *v
				}
			}
			if x.Total != nil {
				if *x.Total < 0 {
					return c, codef(p+".total", usertext.ImportNegative, *x.Total)
				}
				// A whole number is Total; anything else goes to Decimal,
				// which score refuses for forms scored in whole numbers.
				if v := *x.Total; v == math.Trunc(v) && math.Abs(v) < 1e9 {
					ms.Total = int(v)
				} else {
					ms.Decimal, ms.Total = &v, 0
				}
			}
			m.Measurements = append(m.Measurements, ms)
		}
		for j, x := range mj.Messages {
			p := fmt.Sprintf("%s.messages[%d]", path, j)
			at := cv.stamp(p+".at", x.At, true)
			if x.From == caseload.FromPatient {
				at = endOfDay(x.At, at)
			}
			m.Messages = append(m.Messages, caseload.Message{From: x.From, At: at})
		}
		for j, x := range mj.Flags {
			p := fmt.Sprintf("%s.flags[%d]", path, j)
			m.Flags = append(m.Flags, caseload.Flag{Kind: x.Kind, Ref: x.Ref, HandledBy: x.HandledBy, Note: x.Note,
				Raised: cv.date(p+".raised", x.Raised, false), HandledAt: cv.stamp(p+".handled_at", x.HandledAt, true)})
		}
		for j, x := range mj.Schedules {
			p := fmt.Sprintf("%s.schedules[%d]", path, j)
			m.Schedules = append(m.Schedules, caseload.Schedule{Instrument: x.Instrument, AtModule: x.AtModule,
				EveryWeeks: x.EveryWeeks, From: cv.date(p+".from", x.From, false)})
		}
		for j, x := range mj.Notes {
			p := fmt.Sprintf("%s.notes[%d]", path, j)
			m.Notes = append(m.Notes, caseload.Note{Text: x.Text,
				Created: cv.stamp(p+".created", x.Created, true), Copied: cv.stamp(p+".copied", x.Copied, false)})
		}
		for j, x := range mj.History {
			p := fmt.Sprintf("%s.note_history[%d]", path, j)
			n := caseload.CopiedNote{Kind: x.Kind, Text: x.Text, Copied: cv.stamp(p+".copied", x.Copied, true)}
			if cv.err != nil {
				return c, cv.err
			}
			if field, err := checkCopiedNote(n); err != nil {
				return c, atPath(p+"."+field, err)
			}
			m.History = append(m.History, n)
		}
		for j, x := range mj.Stops {
			p := fmt.Sprintf("%s.stops[%d]", path, j)
			b := caseload.BatteryStop{Instrument: x.Instrument, By: x.By, Note: x.Note,
				From: cv.date(p+".from", x.From, true), At: cv.stamp(p+".at", x.At, false)}
			if cv.err == nil {
				if field, r := checkStop(b); r != nil {
					return c, r.at(p + field)
				}
			}
			for k, o := range m.Stops {
				if o.Instrument == b.Instrument {
					return c, codef(p+".instrument", usertext.ImportStoppedTwice, b.Instrument, k)
				}
			}
			m.Stops = append(m.Stops, b)
		}
		if x := mj.FollowUpWaiver; x != nil {
			p := path + ".followup_waiver"
			m.FollowUpWaiver = caseload.Waiver{On: cv.date(p+".on", x.On, true), By: x.By, Reason: x.Reason}
			if cv.err == nil {
				if field, why := checkWaiver(m.FollowUpWaiver); why != nil {
					return c, codef(p+field, why)
				}
			}
		}
		if cv.err != nil {
			return c, cv.err
		}
		c.Moments = append(c.Moments, m)
	}
	if err := f.lifecycle(&c); err != nil {
		return c, err
	}
	return c, nil
}

// EncodeJSON writes c in the import format, indented, ending in a newline.
func EncodeJSON(w io.Writer, c caseload.Caseload) error {
	f := fileJSON{Patients: []patientJSON{}, Moments: []momentJSON{}}
	for _, p := range c.Patients {
		f.Patients = append(f.Patients, patientJSON{Personnummer: p.PNR.String(), Name: p.Name})
	}
	for _, m := range c.Moments {
		mj := momentJSON{ID: m.ID, Personnummer: m.PNR.String(), Program: m.Program, Clinician: m.Clinician,
			Started: m.Started.String(), FeedbackDay: swedishDay[m.FeedbackDay], Status: string(m.Status),
			MaintenanceFrom: m.MaintenanceFrom.String(), ClosedOn: m.ClosedOn.String(), ClosingReason: m.ClosingReason,
			Diagnosis: m.Diagnosis, Challenge: m.Challenge, Addons: m.Addons, LastLogin: m.LastLogin.String(),
			Modules: []moduleJSON{}, Measurements: []measurementJSON{}, Messages: []messageJSON{}}
		for _, e := range m.Modules {
			mj.Modules = append(mj.Modules, moduleJSON{moduleKey(e.Module), e.Opened.String(), e.Submitted.String(), e.Feedback.String()})
		}
		for _, x := range m.Measurements {
			xj := measurementJSON{Instrument: x.Instrument, Answered: x.Answered.String(), Occasion: string(x.Occasion)}
			for _, v := range x.Items {
				xj.Items = append(xj.Items, &v)
			}
			total := x.Value()
			xj.Total = &total
			mj.Measurements = append(mj.Measurements, xj)
		}
		for _, x := range m.Messages {
			mj.Messages = append(mj.Messages, messageJSON{x.From, x.At.String()})
		}
		for _, x := range m.Flags {
			mj.Flags = append(mj.Flags, flagJSON{x.Kind, x.Ref, x.Raised.String(), x.HandledBy, x.HandledAt.String(), x.Note})
		}
		for _, x := range m.Schedules {
			mj.Schedules = append(mj.Schedules, scheduleJSON{x.Instrument, x.AtModule, x.EveryWeeks, x.From.String()})
		}
		for _, x := range m.Notes {
			mj.Notes = append(mj.Notes, noteJSON{x.Created.String(), x.Copied.String(), x.Text})
		}
		for _, x := range m.History {
			mj.History = append(mj.History, historyJSON{x.Kind, x.Copied.String(), x.Text})
		}
		for _, x := range m.Stops {
			mj.Stops = append(mj.Stops, stopJSON{x.Instrument, x.From.String(), x.By, x.At.String(), x.Note})
		}
		if w := m.FollowUpWaiver; !w.IsZero() {
			mj.FollowUpWaiver = &waiverJSON{w.On.String(), w.By, w.Reason}
		}
		f.Moments = append(f.Moments, mj)
	}
	f.encodeLifecycle(c)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}
