package common

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ikbt/ikbt/caseload"
)

// labels.json holds every label of the interface in Swedish and English,
// keyed by a short ID; values may hold fmt verbs.
//
//go:embed labels.json
var labelsJSON []byte

// Label is one label in both languages.
type Label struct{ Sv, En string }

var labels map[string]Label

// Labels returns the app's labels by ID (for the tests that check them).
func Labels() map[string]Label { return labels }

func init() {
	if err := json.Unmarshal(labelsJSON, &labels); err != nil {
		// Embedded and checked by the tests: only a broken build gets here.
		panic("tui/common: labels.json: " + err.Error())
	}
}

// Lang is the language of the interface: "sv" or "en".
type Lang string

// T returns the label with the given ID in l, formatted with args. A
// missing label shows as its ID so that it is noticed, never as a blank.
func (l Lang) T(id string, args ...any) string {
	lb, ok := labels[id]
	if !ok {
		return id
	}
	return l.format(lb, args)
}

// format is the label in l, formatted with args when there are any.
func (l Lang) format(lb Label, args []any) string {
	s := lb.Sv
	if l == "en" {
		s = lb.En
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

var (
	weekdaysSv = [...]string{"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"}
	monthsSv   = [...]string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}
)

// LongDate writes a day as "måndag 23 november 2026" (sv) or
// "Monday 23 November 2026" (en).
func (l Lang) LongDate(d caseload.Date) string {
	if d.IsZero() {
		return ""
	}
	if l == "en" {
		return d.Time().Format("Monday 2 January 2006")
	}
	return fmt.Sprintf("%s %d %s %d", weekdaysSv[d.Weekday()], d.Day(), monthsSv[d.Month()-1], d.Year())
}

// Weekday names a weekday.
func (l Lang) Weekday(w time.Weekday) string {
	if l == "en" {
		return w.String()
	}
	return weekdaysSv[w]
}

// ShortDate writes a day as YYYY-MM-DD (as SoB and Cosmic do), or "–".
func ShortDate(d caseload.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.String()
}

// ShortStamp writes a stamp as "YYYY-MM-DD HH:MM", or "–".
func ShortStamp(s caseload.Stamp) string {
	if s.IsZero() {
		return "–"
	}
	return s.Time().Format("2006-01-02 15:04")
}
