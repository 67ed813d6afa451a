package programs

import (
	"slices"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func mustProgram(t *testing.T, id string) *Program {
	t.Helper()
	p, ok := Default().Program(id)
	if !ok {
		t.Fatalf("no program %q", id)
	}
	return p
}

func TestFeedbackOpens(t *testing.T) {
	p := mustProgram(t, "livsbalansen")
	opened := func(keys ...string) *caseload.Moment {
		m := &caseload.Moment{Program: "livsbalansen", Addons: []string{"hallbart-arbetsliv"}}
		for _, k := range keys {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: k, Opened: caseload.NewStamp(2026, 11, 2, 9, 0)})
		}
		return m
	}
	tests := []struct {
		name                    string
		m                       *caseload.Moment
		module, next, challenge string
		want                    []string
		asks                    bool
	}{
		{"module 1 starts the optional track", opened("1"), "1", "2", "", []string{"2", "hallbart-arbetsliv/1"}, false},
		{"module 5 with a challenge", opened("1", "5", "hallbart-arbetsliv/1"), "5", "6", "oro", []string{"6", "oro/1"}, true},
		{"module 5 without one", opened("1", "5", "hallbart-arbetsliv/1"), "5", "6", "", []string{"6"}, true},
		{"module 5, nothing opened next", opened("1", "5", "hallbart-arbetsliv/1"), "5", "", "oro", nil, false},
		{"track part", opened("6", "oro/1", "hallbart-arbetsliv/1"), "oro/1", "", "oro", []string{"oro/2"}, false},
		{"track part and the next base module", opened("6", "oro/1", "hallbart-arbetsliv/1"), "oro/1", "7", "oro", []string{"7", "oro/2"}, false},
		{"last part", opened("8", "oro/3", "hallbart-arbetsliv/1"), "oro/3", "", "oro", nil, false},
		{"optional part", opened("3", "hallbart-arbetsliv/2"), "hallbart-arbetsliv/2", "", "", []string{"hallbart-arbetsliv/3"}, false},
		{"next part already open", opened("6", "oro/1", "oro/2", "hallbart-arbetsliv/1"), "oro/1", "", "oro", nil, false},
		{"challenge started late", opened("6", "hallbart-arbetsliv/1"), "6", "7", "gransattning", []string{"7", "gransattning/1"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.FeedbackOpens(tt.m, tt.module, tt.next, tt.challenge); !slices.Equal(got, tt.want) {
				t.Errorf("opens %v, want %v", got, tt.want)
			}
			if got := p.AsksChallenge(tt.m, tt.next); got != tt.asks {
				t.Errorf("asks for the challenge area: %v, want %v", got, tt.asks)
			}
		})
	}
	if got := mustProgram(t, "sovhjalpen").FeedbackOpens(opened("1"), "1", "2", ""); !slices.Equal(got, []string{"2"}) {
		t.Errorf("a program without tracks: %v", got)
	}
}

func TestMomentTracks(t *testing.T) {
	m := &caseload.Moment{Program: "livsbalansen", Challenge: "oro", Addons: []string{"battre-somn", "sjalvmedkansla", "nope"}}
	var got []string
	for _, tr := range Default().MomentTracks(m) {
		got = append(got, tr.ID)
	}
	if want := []string{"oro", "battre-somn", "sjalvmedkansla"}; !slices.Equal(got, want) {
		t.Errorf("MomentTracks = %v, want %v", got, want)
	}
	if got := Default().MomentTracks(&caseload.Moment{Program: "nope"}); got != nil {
		t.Errorf("an unknown program has tracks %v", got)
	}
}
