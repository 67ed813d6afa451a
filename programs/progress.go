package programs

import (
	"fmt"
	"slices"

	"github.com/ikbt/ikbt/caseload"
)

// The weekly turn (manual 3.6.1, 5.4.2; seed 000): feedback on a base
// module opens the next one; feedback on a track part opens the track's
// next part. Livsbalansen's patient chooses a challenge area in module 5
// and the clinician starts it together with module 6; the optional tracks
// Bättre sömn and Hållbart arbetsliv run from module 1, one part a week
// alongside the base modules. These rules answer what a moment may open;
// the forms ask them and the store checks the write with CheckOpening.
//
// The methods are safe on a nil *Program (an unknown program): they then
// answer as if the program had no modules and no tracks.

// MomentTracks are the tracks a moment uses, in the order it lists them:
// its challenge area, then its optional tracks and add-on modules (the
// program's own tracks first, else the catalogue's add-ons). An ID the
// catalogue does not know is left out.
func (c *Catalogue) MomentTracks(m *caseload.Moment) []*Track {
	p, ok := c.Program(m.Program)
	if !ok {
		return nil
	}
	var ids []string
	if m.Challenge != "" {
		ids = append(ids, m.Challenge)
	}
	ids = append(ids, m.Addons...)
	var out []*Track
	for _, id := range ids {
		t, ok := p.Track(id)
		if !ok {
			t, ok = c.Addon(id)
		}
		if ok {
			out = append(out, t)
		}
	}
	return out
}

// BaseIndex is the 1-based place of a base module key in the program, or 0.
func (p *Program) BaseIndex(key string) int {
	if p == nil {
		return 0
	}
	for i, mod := range p.Modules {
		if mod.Key == key {
			return i + 1
		}
	}
	return 0
}

// NextBaseModule is the base module after the highest one the moment has
// opened, or "" when every base module is open (or the program is unknown).
func (p *Program) NextBaseModule(m *caseload.Moment) string {
	if p == nil {
		return ""
	}
	last := -1
	for i, mod := range p.Modules {
		if m.IsOpened(mod.Key) {
			last = i
		}
	}
	if last+1 < len(p.Modules) {
		return p.Modules[last+1].Key
	}
	return ""
}

// Completed counts the base modules the patient has submitted; for an
// unknown program every submitted module counts.
func (p *Program) Completed(m *caseload.Moment) int {
	n := 0
	for _, e := range m.Modules {
		if !e.Submitted.IsZero() && (p == nil || p.BaseIndex(e.Module) > 0) {
			n++
		}
	}
	return n
}

// AsksChallenge reports whether opening base module next is when the
// challenge area is chosen: the program has challenge areas, next is at or
// after the module they start with, and none has started yet.
func (p *Program) AsksChallenge(m *caseload.Moment, next string) bool {
	if p == nil || next == "" {
		return false
	}
	n := p.BaseIndex(next)
	asks := false
	for _, t := range p.Tracks {
		if t.Kind != Challenge {
			continue
		}
		if m.TrackStarted(t.ID) {
			return false
		}
		asks = asks || (n > 0 && n >= t.StartsWith)
	}
	return asks
}

// FeedbackOpens lists what feedback on module opens along with base module
// next (either may be ""), in this order: next; the next part of module's
// track; part 1 of the challenge area once next reaches the module it
// starts with; part 1 of each optional track the moment has and has not
// started once next reaches its start. Modules already open are left out.
func (p *Program) FeedbackOpens(m *caseload.Moment, module, next, challenge string) []string {
	var out []string
	add := func(k string) {
		if k == "" || slices.Contains(out, k) || m.IsOpened(k) {
			return
		}
		out = append(out, k)
	}
	add(next)
	if p == nil {
		return out
	}
	if _, isPart := caseload.TrackOf(module); isPart {
		if k, ok := p.NextModule(module); ok {
			add(k)
		}
	}
	n := p.BaseIndex(next)
	if n == 0 {
		return out
	}
	for _, t := range p.Tracks {
		if len(t.Modules) == 0 || n < t.StartsWith || m.TrackStarted(t.ID) {
			continue
		}
		switch {
		case t.Kind == Challenge && t.ID == challenge,
			t.Kind == Optional && slices.Contains(m.Addons, t.ID):
			add(t.Modules[0].Key)
		}
	}
	return out
}

// CheckOpening checks a feedback write against the program before it is
// made: module is the module given feedback (may be ""), open the modules
// to open, challenge the challenge area to set (may be ""); current is the
// moment's challenge area as stored and opened its opened module keys. An
// unknown module or challenge area, a challenge area other than one
// already started, or a part of a challenge area that is not the
// moment's, is refused.
func (c *Catalogue) CheckOpening(program, current string, opened []string, module string, open []string, challenge string) error {
	p, ok := c.Program(program)
	if !ok {
		return fmt.Errorf("unknown program %q", program)
	}
	if module != "" {
		if _, ok := c.Module(program, module); !ok {
			return fmt.Errorf("module: %s has no module %q", program, module)
		}
	}
	if challenge != "" {
		t, ok := p.Track(challenge)
		if !ok || t.Kind != Challenge {
			return fmt.Errorf("challenge: %q is not a challenge area of %s", challenge, program)
		}
		if current != "" && current != challenge && startedIn(opened, current) {
			return fmt.Errorf("challenge: %q is already started; it cannot become %q", current, challenge)
		}
	} else {
		challenge = current
	}
	for i, key := range open {
		if _, ok := c.Module(program, key); !ok {
			return fmt.Errorf("open[%d]: %s has no module %q", i, program, key)
		}
		track, isPart := caseload.TrackOf(key)
		if !isPart {
			continue
		}
		if t, ok := p.Track(track); ok && t.Kind == Challenge && track != challenge {
			if challenge == "" {
				return fmt.Errorf("open[%d]: %q is a part of challenge area %q, and no challenge area is chosen", i, key, track)
			}
			return fmt.Errorf("open[%d]: %q is a part of challenge area %q, not of the chosen %q", i, key, track, challenge)
		}
	}
	return nil
}

// startedIn reports whether any of the opened keys is a part of track.
func startedIn(opened []string, track string) bool {
	return slices.ContainsFunc(opened, func(k string) bool {
		t, ok := caseload.TrackOf(k)
		return ok && t == track
	})
}
