package common

import (
	"strings"
	"testing"
)

func TestLangN(t *testing.T) {
	tests := []struct {
		lang Lang
		n    int
		want string
	}{
		{"sv", 1, "MADRS-S har 1 fråga, här står 2"},
		{"sv", 2, "MADRS-S har 2 frågor, här står 2"},
		{"sv", 0, "MADRS-S har 0 frågor, här står 2"},
		{"en", 1, "MADRS-S has 1 item, got 2"},
		{"en", 9, "MADRS-S has 9 items, got 2"},
	}
	for _, tt := range tests {
		if got := tt.lang.N(tt.n, L.MeasureErrCountOne, L.MeasureErrCount, "MADRS-S", tt.n, 2); got != tt.want {
			t.Errorf("%s N(%d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

// TestPluralPairs: every singular label (ID ending ".one") has its plural,
// with the same formatting verbs in the same order, in both languages.
func TestPluralPairs(t *testing.T) {
	verbs := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s)-1; i++ {
			if s[i] == '%' {
				b.WriteByte(s[i+1])
				i++
			}
		}
		return b.String()
	}
	n := 0
	for _, one := range AllLabels() {
		id, ok := strings.CutSuffix(one.ID, ".one")
		if !ok {
			continue
		}
		n++
		many, ok := LabelByID(id)
		if !ok {
			t.Errorf("%s has no plural %s", one.ID, id)
			continue
		}
		if verbs(one.Sv) != verbs(many.Sv) || verbs(one.En) != verbs(many.En) {
			t.Errorf("%s and %s format different values", one.ID, id)
		}
	}
	if n < 10 {
		t.Errorf("only %d singular labels", n)
	}
}
