// Package personnummer validates Swedish personal identity numbers
// (personnummer) and coordination numbers (samordningsnummer) and keeps
// them normalised as 12 digits, YYYYMMDDNNNC.
package personnummer

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ikbt/ikbt/usertext"
)

// Number is a validated personnummer or samordningsnummer as 12 digits.
type Number string

// Parse accepts YYYYMMDDNNNC, YYYYMMDD-NNNC, YYMMDD-NNNC and YYMMDD+NNNC
// (the plus sign marks someone 100 or older). Six-digit years are resolved
// against today. A samordningsnummer has 60 added to the day.
func Parse(s string) (Number, error) { return ParseAt(s, time.Now()) }

// ParseAt is Parse with the reference day for two-digit years given.
func ParseAt(s string, today time.Time) (Number, error) {
	raw := strings.TrimSpace(s)
	if raw == "" {
		return "", &Error{Input: "", Code: usertext.PNREmpty}
	}
	plus := strings.Contains(raw, "+")
	digits := strings.NewReplacer("-", "", "+", "", " ", "").Replace(raw)
	for _, r := range digits {
		if r < '0' || r > '9' {
			return "", &Error{Input: MaskRaw(s), Code: usertext.PNRNotDigit}
		}
	}
	switch len(digits) {
	case 12:
	case 10:
		yy, _ := strconv.Atoi(digits[:2])
		mm, _ := strconv.Atoi(digits[2:4])
		dd, _ := strconv.Atoi(digits[4:6])
		if dd > 60 {
			dd -= 60 // samordningsnummer
		}
		year := today.Year()/100*100 + yy
		// Nobody is born after today: a date later this year (or in a later
		// year) belongs to the century before.
		if year > today.Year() || (year == today.Year() && (mm > int(today.Month()) || (mm == int(today.Month()) && dd > today.Day()))) {
			year -= 100
		}
		if plus {
			year -= 100
		}
		digits = strconv.Itoa(year/100) + digits
	default:
		return "", &Error{Input: MaskRaw(s), Code: usertext.PNRLength}
	}
	y, _ := strconv.Atoi(digits[0:4])
	m, _ := strconv.Atoi(digits[4:6])
	d, _ := strconv.Atoi(digits[6:8])
	if d > 60 {
		d -= 60 // samordningsnummer
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return "", &Error{Input: MaskRaw(s), Code: usertext.PNRDate}
	}
	if !luhn(digits[2:]) {
		return "", &Error{Input: MaskRaw(s), Code: usertext.PNRCheck}
	}
	return Number(digits), nil
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// luhn checks the last digit of ten against the Luhn sum of the first nine.
func luhn(ten string) bool {
	sum := 0
	for i := 0; i < 9; i++ {
		v := int(ten[i] - '0')
		if i%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return (10-sum%10)%10 == int(ten[9]-'0')
}

// CheckDigit returns the Luhn check digit for the first nine digits of a
// ten-digit number (YYMMDDNNN), for generating test data.
func CheckDigit(nine string) int {
	for c := 0; c <= 9; c++ {
		if luhn(nine + strconv.Itoa(c)) {
			return c
		}
	}
	return -1
}

// String returns the 12 digits.
func (n Number) String() string { return string(n) }

// Formatted returns YYYYMMDD-NNNC.
func (n Number) Formatted() string {
	if len(n) != 12 {
		return string(n)
	}
	return string(n[:8]) + "-" + string(n[8:])
}

// Masked returns YYYYMMDD-XXXX, the default on screen.
func (n Number) Masked() string {
	if len(n) != 12 {
		return "XXXXXXXX-XXXX"
	}
	return string(n[:8]) + "-XXXX"
}

// Error is a refused personnummer: what was typed, masked (MaskRaw), and
// why, as a code of the usertext catalogue.
type Error struct {
	Input string // masked
	Code  usertext.Code
}

func (e *Error) Error() string {
	return fmt.Sprintf("personnummer %q %s", e.Input, usertext.Say(usertext.English, e.Code))
}

// Location is empty: where the number stood is the caller's to say.
func (e *Error) Location() string { return "" }

// Reason is the catalogue code.
func (e *Error) Reason() (usertext.Code, []any) { return e.Code, nil }

// MaskRaw masks what someone typed as a personnummer, valid or not, for
// a message: its last four digits become X, the rest stays as typed
// ("19900101-2389" → "19900101-XXXX", "9001012389" → "900101XXXX").
func MaskRaw(s string) string {
	b := []rune(s)
	left := 4
	for i := len(b) - 1; i >= 0 && left > 0; i-- {
		if b[i] >= '0' && b[i] <= '9' {
			b[i] = 'X'
			left--
		}
	}
	return string(b)
}

// published is Skatteverket's published list of test personnummer.
//
//go:embed published.txt
var published string

// Published returns Skatteverket's published test personnummer, in order.
func Published() []Number {
	var out []Number
	for _, l := range strings.Fields(published) {
		out = append(out, Number(l))
	}
	return out
}

// IsTest reports whether n is a test number: one of Skatteverket's
// published test personnummer, or one with birth number 980–999, a range
// the older published test numbers use and that is never assigned.
func (n Number) IsTest() bool {
	if len(n) != 12 {
		return false
	}
	if strings.Contains(published, string(n)) {
		return true
	}
	b, _ := strconv.Atoi(string(n[8:11]))
	return b >= 980
}
