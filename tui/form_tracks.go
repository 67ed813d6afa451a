package tui

import (
	"slices"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

// The weekly turn for Livsbalansen's tracks (seed 000, manual 5.4.2): the
// patient chooses a challenge area in module 5 and the clinician starts it
// together with module 6; the optional tracks Bättre sömn and Hållbart
// arbetsliv run from module 1, one part a week alongside the base modules.

// baseIndex is the 1-based place of a base module key in the program, or 0.
func baseIndex(p *programs.Program, key string) int {
	for i, mod := range p.Modules {
		if mod.Key == key {
			return i + 1
		}
	}
	return 0
}

// trackStarted reports whether any part of the track is open in the moment.
func trackStarted(m *caseload.Moment, track string) bool {
	return slices.ContainsFunc(m.Modules, func(e caseload.ModuleEvent) bool {
		return !e.Opened.IsZero() && strings.HasPrefix(e.Module, track+"/")
	})
}

// asksChallenge reports whether opening base module next is when the
// challenge area is chosen: the program has challenge areas, next is at or
// after the module they start with, and none has started yet.
func asksChallenge(p *programs.Program, m *caseload.Moment, next string) bool {
	if p == nil || next == "" {
		return false
	}
	n := baseIndex(p, next)
	asks := false
	for _, t := range p.Tracks {
		if t.Kind != programs.Challenge {
			continue
		}
		if trackStarted(m, t.ID) {
			return false
		}
		asks = asks || (n > 0 && n >= t.StartsWith)
	}
	return asks
}

// feedbackOpens lists what feedback on module opens along with base module
// next (either may be ""), in this order: next; the next part of module's
// track; part 1 of the challenge area once next reaches the module it
// starts with; part 1 of each optional track the moment has and has not
// started once next reaches its start. Modules already open are left out.
func feedbackOpens(p *programs.Program, m *caseload.Moment, module, next, challenge string) []string {
	var out []string
	add := func(k string) {
		if k == "" || slices.Contains(out, k) {
			return
		}
		if at, ok := openedAt(m, k); ok && !at.IsZero() {
			return
		}
		out = append(out, k)
	}
	add(next)
	if p == nil {
		return out
	}
	if strings.Contains(module, "/") {
		if k, ok := p.NextModule(module); ok {
			add(k)
		}
	}
	n := baseIndex(p, next)
	if n == 0 {
		return out
	}
	for _, t := range p.Tracks {
		if len(t.Modules) == 0 || n < t.StartsWith || trackStarted(m, t.ID) {
			continue
		}
		switch {
		case t.Kind == programs.Challenge && t.ID == challenge,
			t.Kind == programs.Optional && slices.Contains(m.Addons, t.ID):
			add(t.Modules[0].Key)
		}
	}
	return out
}
