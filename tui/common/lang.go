package common

import (
	"fmt"
	"reflect"
	"sync"
	"time"

	"github.com/ikbt/ikbt/caseload"
)

// Label is one label of the interface: its ID (for messages, tests and
// labels built from data) and its text in Swedish and English.
type Label struct{ ID, Sv, En string }

// Lang is the language of the interface: "sv" or "en".
type Lang string

// T returns lb in l, formatted with args when there are any.
func (l Lang) T(lb Label, args ...any) string {
	s := lb.Sv
	if l == "en" {
		s = lb.En
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// N is the plural helper (issue 14): one when n is 1, else many, each
// formatted with args ("1 fråga", "2 frågor"). Swedish and English both
// use the singular for 1 only.
func (l Lang) N(n int, one, many Label, args ...any) string {
	if n == 1 || n == -1 {
		return l.T(one, args...)
	}
	return l.T(many, args...)
}

// ByID returns the label whose ID is built from data ("status." + a
// status), formatted with args. A missing label shows as its ID so that
// it is noticed, never as a blank; the label tests list every ID the code
// builds.
func (l Lang) ByID(id string, args ...any) string {
	lb, ok := LabelByID(id)
	if !ok {
		return id
	}
	return l.T(lb, args...)
}

// byID is built on first use, not in package initialisation: commands that
// never draw the app should not pay for it (issue 18).
var byID = sync.OnceValue(func() map[string]Label {
	v := reflect.ValueOf(L)
	m := make(map[string]Label, v.NumField())
	for i := range v.NumField() {
		lb := v.Field(i).Interface().(Label)
		m[lb.ID] = lb
	}
	return m
})

// LabelByID finds a label by its ID.
func LabelByID(id string) (Label, bool) {
	lb, ok := byID()[id]
	return lb, ok
}

// AllLabels returns every label of the catalogue (for the tests).
func AllLabels() []Label {
	out := make([]Label, 0, len(byID()))
	v := reflect.ValueOf(L)
	for i := range v.NumField() {
		out = append(out, v.Field(i).Interface().(Label))
	}
	return out
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

// Named is the label of value v in names, in l; other names a value
// that has none.
func Named[K comparable](l Lang, names map[K]Label, v K, other Label) string {
	if lb, ok := names[v]; ok {
		return l.T(lb)
	}
	return l.T(other)
}
