package common

import (
	"errors"
	"testing"

	"github.com/ikbt/ikbt/phrases"
)

// TestPhraseErrorSpeaksTheLanguage: a phrase error reaches the screen in the
// user's language, never as the phrases package's English (issue 14).
func TestPhraseErrorSpeaksTheLanguage(t *testing.T) {
	name := func(id string) string { return "Program " + id }
	tests := []struct {
		name string
		lang Lang
		err  error
		want string
	}{
		{"unknown code, sv", "sv", &phrases.UnknownError{Code: "xyz"}, "xyz är ingen kod"},
		{"unknown code with the nearest, sv", "sv", &phrases.UnknownError{Code: "behint", Suggestions: []string{"behint1"}}, "behint är ingen kod – närmast: behint1"},
		{"unknown code, en", "en", &phrases.UnknownError{Code: "xyz"}, "xyz is no code"},
		{"missing value, sv", "sv", &phrases.MissingError{Code: "behint", Param: phrases.ParamModule}, "behint: momentet saknar " + Lang("sv").T(L.NoteParamModule)},
		{"other error, sv", "sv", errors.New("something English"), "frasen kunde inte fyllas i"},
		{"other error, en", "en", errors.New("something English"), "something English"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PhraseError(tt.lang, tt.err, name); got != tt.want {
				t.Errorf("PhraseError = %q, want %q", got, tt.want)
			}
		})
	}
}
