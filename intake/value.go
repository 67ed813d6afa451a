package intake

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/ikbt/ikbt/caseload"
)

// Cell values as Swedish spreadsheets and SoB write them.

var months = map[string]time.Month{
	"jan": 1, "januari": 1, "january": 1,
	"feb": 2, "februari": 2, "february": 2,
	"mar": 3, "mars": 3, "march": 3,
	"apr": 4, "april": 4,
	"maj": 5, "may": 5,
	"jun": 6, "juni": 6, "june": 6,
	"jul": 7, "juli": 7, "july": 7,
	"aug": 8, "augusti": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9,
	"okt": 10, "oktober": 10, "oct": 10, "october": 10,
	"nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

var weekdays = map[string]time.Weekday{
	"söndag": time.Sunday, "sön": time.Sunday, "sunday": time.Sunday, "sun": time.Sunday,
	"måndag": time.Monday, "mån": time.Monday, "monday": time.Monday, "mon": time.Monday,
	"tisdag": time.Tuesday, "tis": time.Tuesday, "tuesday": time.Tuesday, "tue": time.Tuesday,
	"onsdag": time.Wednesday, "ons": time.Wednesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"torsdag": time.Thursday, "tor": time.Thursday, "tors": time.Thursday, "thursday": time.Thursday, "thu": time.Thursday,
	"fredag": time.Friday, "fre": time.Friday, "friday": time.Friday, "fri": time.Friday,
	"lördag": time.Saturday, "lör": time.Saturday, "saturday": time.Saturday, "sat": time.Saturday,
}

// ParseWeekday reads a Swedish or English weekday name or its short form
// (måndag, mån, Monday, mon), in any case, with or without a final dot.
func ParseWeekday(s string) (time.Weekday, bool) {
	d, ok := weekdays[strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")]
	return d, ok
}

// Excel serial days count from 1899-12-30 (Lotus's leap-year bug
// included). Only serials between 1950 and 2100 are read as dates, so a
// stray small number is not taken for one.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

const minSerial, maxSerial = 18264, 73051 // 1950-01-01, 2100-01-01

// ParseStamp reads a date, with or without a time of day: 2026-11-23,
// 2026-11-23 14:05, 23/11/2026, 23.11.2026, 23 nov 2026, 23 november
// 2026 (a leading weekday name is skipped) or an Excel serial date
// (46349, 46349.5). hasTime says whether a time of day was given.
func ParseStamp(s string) (st caseload.Stamp, hasTime, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return st, false, false
	}
	if f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64); err == nil {
		if f < minSerial || f >= maxSerial || math.IsNaN(f) {
			return st, false, false
		}
		days := math.Floor(f)
		mins := int(math.Round((f - days) * 24 * 60))
		t := excelEpoch.AddDate(0, 0, int(days)).Add(time.Duration(mins) * time.Minute)
		return caseload.NewStamp(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute()), mins != 0, true
	}
	date, clock := s, ""
	if i := strings.IndexAny(s, "T "); i > 0 && strings.Count(s[i+1:], ":") >= 1 && !strings.ContainsAny(s[i+1:], " ") {
		date, clock = s[:i], s[i+1:]
	} else if f := strings.Fields(s); len(f) >= 2 && strings.Contains(f[len(f)-1], ":") {
		date, clock = strings.Join(f[:len(f)-1], " "), f[len(f)-1]
	}
	y, m, d, ok := parseDay(date)
	if !ok {
		return st, false, false
	}
	hh, mm := 0, 0
	if clock != "" {
		parts := strings.Split(clock, ":")
		if len(parts) < 2 || len(parts) > 3 {
			return st, false, false
		}
		var err1, err2 error
		hh, err1 = strconv.Atoi(parts[0])
		mm, err2 = strconv.Atoi(parts[1])
		if err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
			return st, false, false
		}
	}
	return caseload.NewStamp(y, m, d, hh, mm), clock != "", true
}

// ParseDate is ParseStamp for a calendar day; a time of day is refused.
func ParseDate(s string) (caseload.Date, bool) {
	st, hasTime, ok := ParseStamp(s)
	if !ok || hasTime {
		return caseload.Date{}, false
	}
	return st.Date(), true
}

func parseDay(s string) (int, time.Month, int, bool) {
	num := func(x string) int {
		n, err := strconv.Atoi(x)
		if err != nil {
			return -1
		}
		return n
	}
	var y, d int
	var m time.Month
	switch {
	case strings.Count(s, "-") == 2:
		p := strings.Split(s, "-")
		if len(p[0]) != 4 {
			return 0, 0, 0, false
		}
		y, m, d = num(p[0]), time.Month(num(p[1])), num(p[2])
	case strings.Count(s, "/") == 2 || strings.Count(s, ".") == 2 && !strings.Contains(s, " "):
		p := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' })
		if len(p) != 3 || len(p[2]) != 4 {
			return 0, 0, 0, false
		}
		d, m, y = num(p[0]), time.Month(num(p[1])), num(p[2])
	default:
		f := strings.Fields(strings.ToLower(s))
		if len(f) == 4 {
			if _, wd := ParseWeekday(f[0]); !wd {
				return 0, 0, 0, false
			}
			f = f[1:]
		}
		if len(f) != 3 || len(f[2]) != 4 {
			return 0, 0, 0, false
		}
		mo, ok := months[strings.TrimSuffix(f[1], ".")]
		if !ok {
			return 0, 0, 0, false
		}
		d, m, y = num(strings.TrimSuffix(f[0], ".")), mo, num(f[2])
	}
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return 0, 0, 0, false
	}
	return y, m, d, true
}
