package caseload

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// ModuleKey is a module key parsed: base module Number of the program
// ("3"), or part Number of track Track ("oro/2"). It is the one place a
// key's text is read; everything else asks it.
type ModuleKey struct {
	Track  string // "" for a base module
	Number int    // the base module's number, or the part's number in its track
}

// ParseModuleKey reads a module key. ok is false for anything that is not
// "n" or "track/n" with n ≥ 1; the zero ModuleKey is then returned.
func ParseModuleKey(s string) (ModuleKey, bool) {
	track, num, isPart := strings.Cut(s, "/")
	if !isPart {
		track, num = "", s
	} else if track == "" || strings.Contains(num, "/") {
		return ModuleKey{}, false
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || num != strconv.Itoa(n) {
		return ModuleKey{}, false
	}
	return ModuleKey{Track: track, Number: n}, true
}

// IsBase reports whether the key is a base module of the program.
func (k ModuleKey) IsBase() bool { return k.Number > 0 && k.Track == "" }

// IsPart reports whether the key is a part of a track.
func (k ModuleKey) IsPart() bool { return k.Number > 0 && k.Track != "" }

// String is the key as stored: "3" or "oro/2".
func (k ModuleKey) String() string {
	if k.Track == "" {
		return strconv.Itoa(k.Number)
	}
	return k.Track + "/" + strconv.Itoa(k.Number)
}

// Compare orders keys as a program lists them: base modules by number
// first, then track parts by track and part number.
func (k ModuleKey) Compare(o ModuleKey) int {
	if (k.Track == "") != (o.Track == "") {
		if k.Track == "" {
			return -1
		}
		return 1
	}
	return cmp.Or(strings.Compare(k.Track, o.Track), cmp.Compare(k.Number, o.Number))
}

// BaseNumber is the number of base module key ("3" is 3), else 0 (a track
// part, or not a key).
func BaseNumber(key string) int {
	if k, ok := ParseModuleKey(key); ok && k.IsBase() {
		return k.Number
	}
	return 0
}

// TrackOf is the track of a track part key ("oro/2" is "oro"); ok is
// false for a base module or what is no key.
func TrackOf(key string) (string, bool) {
	k, ok := ParseModuleKey(key)
	return k.Track, ok && k.IsPart()
}

// ModuleState is how far one module has come in a moment.
type ModuleState int

const (
	NotOpened ModuleState = iota
	Opened                // open in SoB, not yet submitted
	Submitted             // submitted by the patient, waiting for feedback
	FeedbackGiven
)

// State is how far the module has come: feedback outranks submission,
// which outranks opening.
func (e ModuleEvent) State() ModuleState {
	switch {
	case !e.Feedback.IsZero():
		return FeedbackGiven
	case !e.Submitted.IsZero():
		return Submitted
	case !e.Opened.IsZero():
		return Opened
	}
	return NotOpened
}

// Done is when the module was last done: its feedback, else its
// submission (zero when neither).
func (e ModuleEvent) Done() Stamp {
	if !e.Feedback.IsZero() {
		return e.Feedback
	}
	return e.Submitted
}

// OpenedAt returns when the module was opened, if it was.
func (m *Moment) OpenedAt(key string) (Stamp, bool) {
	for _, e := range m.Modules {
		if e.Module == key && !e.Opened.IsZero() {
			return e.Opened, true
		}
	}
	return Stamp{}, false
}

// IsOpened reports whether the module is open (or was).
func (m *Moment) IsOpened(key string) bool {
	_, ok := m.OpenedAt(key)
	return ok
}

// CurrentModule is the highest base module opened and the day it opened;
// 0 when none is.
func (m *Moment) CurrentModule() (int, Date) {
	best, day := 0, Date{}
	for _, e := range m.Modules {
		if n := BaseNumber(e.Module); n > best && !e.Opened.IsZero() {
			best, day = n, e.Opened.Date()
		}
	}
	return best, day
}

// TrackStarted reports whether any part of the track is open in the moment.
func (m *Moment) TrackStarted(track string) bool {
	return slices.ContainsFunc(m.Modules, func(e ModuleEvent) bool {
		t, ok := TrackOf(e.Module)
		return ok && t == track && !e.Opened.IsZero()
	})
}

// AwaitingFeedback are the submitted modules without feedback, earliest
// submitted first.
func (m *Moment) AwaitingFeedback() []ModuleEvent {
	var out []ModuleEvent
	for _, e := range m.Modules {
		if e.State() == Submitted {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b ModuleEvent) int { return a.Submitted.Compare(b.Submitted) })
	return out
}

// InProgress are the modules opened and not yet submitted, latest listed
// first.
func (m *Moment) InProgress() []ModuleEvent {
	var out []ModuleEvent
	for i := len(m.Modules) - 1; i >= 0; i-- {
		if e := m.Modules[i]; !e.Opened.IsZero() && e.Submitted.IsZero() {
			out = append(out, e)
		}
	}
	return out
}
