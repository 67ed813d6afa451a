package tui

import (
	"strings"
	"testing"
)

// With a clinician who has no moments, the first screen does not say the
// database is empty: it names the clinician and how to see everyone's.
func TestEmptyForOneClinician(t *testing.T) {
	for _, tc := range []struct {
		lang      Lang
		want, not string
	}{
		{"sv", "Ana Lindqvist har inga aktiva moment i databasen", "Databasen har inga aktiva moment ännu"},
		{"en", "Ana Lindqvist has no active moments in the database", "The database has no active moments yet"},
	} {
		m := start(t, demoData(), 120, 40, tc.lang, "Ana Lindqvist")
		s := strings.Join(strings.Fields(screen(m)), " ") // the intro wraps
		if !strings.Contains(s, tc.want) || !strings.Contains(s, "--clinician") || strings.Contains(s, tc.not) {
			t.Errorf("%s: first screen for a clinician without moments:\n%s", tc.lang, screen(m))
		}
	}
	m := start(t, &memData{}, 120, 40, "sv", "")
	if s := screen(m); !strings.Contains(s, "Databasen har inga aktiva moment ännu") {
		t.Errorf("an empty database without a clinician lost its first screen:\n%s", s)
	}
}
