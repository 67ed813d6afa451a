package caseload

import (
	"slices"
	"testing"
)

func TestParseModuleKey(t *testing.T) {
	tests := []struct {
		in   string
		want ModuleKey
		ok   bool
	}{
		{"3", ModuleKey{Number: 3}, true},
		{"12", ModuleKey{Number: 12}, true},
		{"oro/2", ModuleKey{Track: "oro", Number: 2}, true},
		{"battre-somn/1", ModuleKey{Track: "battre-somn", Number: 1}, true},
		{"", ModuleKey{}, false},
		{"0", ModuleKey{}, false},
		{"-1", ModuleKey{}, false},
		{"03", ModuleKey{}, false},
		{"+3", ModuleKey{}, false},
		{"x", ModuleKey{}, false},
		{"/2", ModuleKey{}, false},
		{"oro/", ModuleKey{}, false},
		{"oro/0", ModuleKey{}, false},
		{"oro/x", ModuleKey{}, false},
		{"a/b/1", ModuleKey{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseModuleKey(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseModuleKey(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && got.String() != tt.in {
			t.Errorf("ParseModuleKey(%q).String() = %q", tt.in, got.String())
		}
	}
}

func FuzzParseModuleKey(f *testing.F) {
	for _, s := range []string{"3", "oro/2", "", "a/b/1", "03", "x/-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, ok := ParseModuleKey(s)
		if !ok {
			if k != (ModuleKey{}) {
				t.Fatalf("%q: refused but returned %+v", s, k)
			}
			return
		}
		if k.String() != s || k.IsBase() == k.IsPart() {
			t.Fatalf("%q: parsed as %+v (%q)", s, k, k.String())
		}
	})
}

func TestBaseNumberAndTrackOf(t *testing.T) {
	tests := []struct {
		key   string
		base  int
		track string
		part  bool
	}{
		{"3", 3, "", false},
		{"oro/2", 0, "oro", true},
		{"x", 0, "", false},
	}
	for _, tt := range tests {
		if got := BaseNumber(tt.key); got != tt.base {
			t.Errorf("BaseNumber(%q) = %d, want %d", tt.key, got, tt.base)
		}
		if track, part := TrackOf(tt.key); track != tt.track || part != tt.part {
			t.Errorf("TrackOf(%q) = %q, %v", tt.key, track, part)
		}
	}
}

func TestModuleKeyCompare(t *testing.T) {
	keys := []string{"oro/2", "10", "battre-somn/1", "2", "oro/1", "1"}
	var ks []ModuleKey
	for _, s := range keys {
		k, _ := ParseModuleKey(s)
		ks = append(ks, k)
	}
	slices.SortFunc(ks, ModuleKey.Compare)
	var got []string
	for _, k := range ks {
		got = append(got, k.String())
	}
	if want := []string{"1", "2", "10", "battre-somn/1", "oro/1", "oro/2"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestMomentModuleState(t *testing.T) {
	at := func(d int) Stamp { return NewStamp(2026, 11, d, 9, 0) }
	m := &Moment{Modules: []ModuleEvent{
		{Module: "1", Opened: at(2), Submitted: at(5), Feedback: at(9)},
		{Module: "2", Opened: at(9), Submitted: at(14)},
		{Module: "oro/1", Opened: at(9), Submitted: at(12)},
		{Module: "3", Opened: at(16)},
		{Module: "9"}, // an event that never opened does not count
		{Module: "battre-somn/1"},
	}}
	if n, day := m.CurrentModule(); n != 3 || !day.Equal(at(16).Date()) {
		t.Errorf("CurrentModule = %d, %v", n, day)
	}
	if !m.TrackStarted("oro") || m.TrackStarted("battre-somn") || m.TrackStarted("or") {
		t.Error("TrackStarted: oro is started, battre-somn and or are not")
	}
	var keys []string
	for _, e := range m.AwaitingFeedback() {
		keys = append(keys, e.Module)
	}
	if want := []string{"oro/1", "2"}; !slices.Equal(keys, want) {
		t.Errorf("AwaitingFeedback %v, want %v", keys, want)
	}
	keys = nil
	for _, e := range m.InProgress() {
		keys = append(keys, e.Module)
	}
	if want := []string{"3"}; !slices.Equal(keys, want) {
		t.Errorf("InProgress %v, want %v", keys, want)
	}
	states := []ModuleState{FeedbackGiven, Submitted, Submitted, Opened, NotOpened, NotOpened}
	for i, e := range m.Modules {
		if e.State() != states[i] {
			t.Errorf("%s: state %v, want %v", e.Module, e.State(), states[i])
		}
	}
	if got := m.Modules[1].Done(); !got.Equal(at(14)) {
		t.Errorf("Done of a submitted module = %v", got)
	}
	if _, ok := m.OpenedAt("9"); ok {
		t.Error("OpenedAt: module 9 never opened")
	}
}
