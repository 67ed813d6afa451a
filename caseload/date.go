package caseload

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// Stockholm is the clinic's time zone; "today" defaults to the date there.
// It is loaded on first use, not in package initialisation (issue 18:
// reading the zone cost every command, `ikbt --help` and every command
// given --today included, about 2 % of its start).
var Stockholm = sync.OnceValue(func() *time.Location { return mustLoad("Europe/Stockholm") })

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// time/tzdata is linked in by cmd/ikbt, so this only fails in a broken build.
		panic(fmt.Sprintf("caseload: time zone %s: %v", name, err))
	}
	return loc
}

// Date is a calendar day without time zone. The zero Date means "not set".
type Date struct{ t time.Time } // always midnight UTC

const dateLayout = "2006-01-02"

// NewDate returns the given calendar day.
func NewDate(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date { return NewDate(t.Date()) }

// Today returns today's date in Europe/Stockholm.
func Today() Date { return DateOf(time.Now().In(Stockholm())) }

// ParseDate parses YYYY-MM-DD. 0001-01-01 is refused: it is the zero
// Date, which means "not set", so accepting it would read a typed day
// as no day at all.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil || t.IsZero() {
		return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	return Date{t}, nil
}

func (d Date) IsZero() bool          { return d.t.IsZero() }
func (d Date) Time() time.Time       { return d.t }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }
func (d Date) AddDays(n int) Date    { return Date{d.t.AddDate(0, 0, n)} }
func (d Date) Before(o Date) bool    { return d.t.Before(o.t) }
func (d Date) After(o Date) bool     { return d.t.After(o.t) }
func (d Date) Equal(o Date) bool     { return d.t.Equal(o.t) }
func (d Date) Compare(o Date) int    { return d.t.Compare(o.t) }
func (d Date) Year() int             { return d.t.Year() }
func (d Date) Month() time.Month     { return d.t.Month() }
func (d Date) Day() int              { return d.t.Day() }
func (d Date) Start() Stamp          { return Stamp{d.t} }

// DaysSince returns d - o in whole days.
func (d Date) DaysSince(o Date) int { return int(d.t.Sub(o.t).Hours() / 24) }

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(dateLayout)
}

func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes null for the zero Date so that "not set" survives a round trip.
// The text is digits and '-', which JSON never escapes: it is quoted as
// it is, without json.Marshal (a report writes some 80,000 of them).
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return quoted(d.t, dateLayout), nil
}

// quoted is t in layout between quotes, for text JSON needs no escape in.
func quoted(t time.Time, layout string) []byte {
	b := make([]byte, 0, len(layout)+2)
	b = append(b, '"')
	b = t.AppendFormat(b, layout)
	return append(b, '"')
}

// Stamp is a wall-clock time in Europe/Stockholm with minute precision, kept
// without zone (as SoB and Cosmic show it). The zero Stamp means "not set".
type Stamp struct{ t time.Time } // UTC fields hold the Stockholm wall clock

const stampLayout = "2006-01-02T15:04"

// NewStamp returns the given wall-clock minute.
func NewStamp(y int, m time.Month, d, hh, mm int) Stamp {
	return Stamp{time.Date(y, m, d, hh, mm, 0, 0, time.UTC)}
}

// ParseStamp accepts YYYY-MM-DDTHH:MM, or a bare YYYY-MM-DD meaning 00:00.
// The zero time (0001-01-01T00:00) is refused, as in ParseDate.
func ParseStamp(s string) (Stamp, error) {
	if t, err := time.Parse(stampLayout, s); err == nil && !t.IsZero() {
		return Stamp{t}, nil
	}
	if t, err := time.Parse(dateLayout, s); err == nil && !t.IsZero() {
		return Stamp{t}, nil
	}
	return Stamp{}, fmt.Errorf("%q is not a time (want YYYY-MM-DDTHH:MM or YYYY-MM-DD)", s)
}

// ParseTypedStamp reads a time as a clinician types it (issue 14):
// ÅÅÅÅ-MM-DD HH:MM, ÅÅÅÅ-MM-DDTHH:MM, a bare HH:MM (on today) or a bare
// ÅÅÅÅ-MM-DD (00:00). Files keep ParseStamp's one form.
func ParseTypedStamp(s string, today Date) (Stamp, error) {
	s = strings.Join(strings.Fields(s), " ")
	if t, err := time.Parse("2006-01-02 15:04", s); err == nil && !t.IsZero() {
		return Stamp{t}, nil
	}
	if t, err := time.Parse("15:04", s); err == nil && !today.IsZero() {
		return NewStamp(today.Year(), today.Month(), today.Day(), t.Hour(), t.Minute()), nil
	}
	return ParseStamp(s)
}

// Now returns the current Stockholm wall-clock minute.
func Now() Stamp {
	n := time.Now().In(Stockholm())
	return NewStamp(n.Year(), n.Month(), n.Day(), n.Hour(), n.Minute())
}

func (s Stamp) IsZero() bool              { return s.t.IsZero() }
func (s Stamp) Date() Date                { return NewDate(s.t.Date()) }
func (s Stamp) Before(o Stamp) bool       { return s.t.Before(o.t) }
func (s Stamp) After(o Stamp) bool        { return s.t.After(o.t) }
func (s Stamp) Equal(o Stamp) bool        { return s.t.Equal(o.t) }
func (s Stamp) Compare(o Stamp) int       { return s.t.Compare(o.t) }
func (s Stamp) Time() time.Time           { return s.t }
func (s Stamp) Add(d time.Duration) Stamp { return Stamp{s.t.Add(d)} }

// String returns YYYY-MM-DDTHH:MM, or "" for the zero Stamp.
func (s Stamp) String() string {
	if s.IsZero() {
		return ""
	}
	return s.t.Format(stampLayout)
}

func (s Stamp) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *Stamp) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = Stamp{}
		return nil
	}
	v, err := ParseStamp(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

func (s Stamp) MarshalJSON() ([]byte, error) {
	if s.IsZero() {
		return []byte("null"), nil
	}
	return quoted(s.t, stampLayout), nil // digits, '-', 'T' and ':': nothing to escape
}

// Latest returns the later of the stamps, ignoring zero ones.
func Latest(ss ...Stamp) Stamp {
	var out Stamp
	for _, s := range ss {
		if !s.IsZero() && s.After(out) {
			out = s
		}
	}
	return out
}
