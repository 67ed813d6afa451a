package forms

import (
	"github.com/ikbt/ikbt/caseload"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/tui/common"
)

// TestPnrInvalid: the referral and moment forms say a refused personnummer
// in the screen's language (issue 14.6), never personnummer's English.
func TestPnrInvalid(t *testing.T) {
	for _, tc := range []struct {
		in   string
		lang common.Lang
		want string
	}{
		{"191212121213", "sv", "kontrollsiffra stämmer inte"},
		{"191212121213", "en", "check digit is wrong"},
		{"19121212", "sv", "10 eller 12 siffror"},
		{"19121212-121x", "en", "not a digit"},
		{"191212121212", "sv", ""},
	} {
		err := PnrInvalid(tc.in, caseload.NewDate(2026, 11, 23), tc.lang)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s %s: %v", tc.lang, tc.in, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s %s: %v, want %q", tc.lang, tc.in, err, tc.want)
		case err != nil && tc.lang == "sv" && strings.Contains(err.Error(), "has a wrong"):
			t.Errorf("English on a Swedish screen: %v", err)
		}
	}
}
