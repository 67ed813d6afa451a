package common

import (
	"testing"

	"charm.land/bubbles/v2/key"
)

// clashes lists the keys bound twice in s.
func clashes(s Scope) []string {
	var out []string
	seen := map[string]bool{}
	for _, b := range s.Bindings {
		for _, k := range b.Keys() {
			if seen[k] {
				out = append(out, k)
			}
			seen[k] = true
		}
	}
	return out
}

// TestKeyMapScopes: no key means two things in one place, in either
// language, and every binding a scope lists has a key.
func TestKeyMapScopes(t *testing.T) {
	for _, l := range []Lang{"sv", "en"} {
		scopes := NewKeyMap(l).Scopes()
		if len(scopes) < 7 {
			t.Fatalf("only %d scopes", len(scopes))
		}
		for _, s := range scopes {
			if c := clashes(s); len(c) > 0 {
				t.Errorf("%s %s: bound twice: %q", l, s.Name, c)
			}
			for _, b := range s.Bindings {
				if len(b.Keys()) == 0 {
					t.Errorf("%s %s: a binding without keys (help %q)", l, s.Name, b.Help().Desc)
				}
			}
		}
	}
}

// clashes must be able to fail: f bound to s (sort) is caught.
func TestKeyMapScopesCatchAClash(t *testing.T) {
	k := NewKeyMap("sv")
	k.Actions.Feedback = key.NewBinding(key.WithKeys("s"))
	if c := clashes(k.Scopes()[0]); len(c) != 1 || c[0] != "s" {
		t.Errorf("clashes = %q, want [s]", c)
	}
}

// Every binding with help has help text in both languages.
func TestKeyMapHelpTexts(t *testing.T) {
	for _, l := range []Lang{"sv", "en"} {
		for _, s := range NewKeyMap(l).Scopes() {
			for _, b := range s.Bindings {
				if h := b.Help(); h.Key != "" && (h.Desc == "" || h.Desc[0] == '.' || len(h.Desc) > 3 && (h.Desc[:4] == "key." || h.Desc[:4] == "act.")) {
					t.Errorf("%s %s: %q has help %q", l, s.Name, h.Key, h.Desc)
				}
			}
		}
	}
}
