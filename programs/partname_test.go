package programs

import "testing"

func TestPartName(t *testing.T) {
	c := Default()
	tests := []struct {
		program, key string
		want         string
		ok           bool
	}{
		{"depressionshjalpen", "sjalvmedkansla/1", "Självmedkänsla 1", true}, // an add-on
		{"", "sjalvmedkansla/1", "Självmedkänsla 1", true},                   // unknown program: still the add-on
		{"depressionshjalpen", "3", "", false},                               // a base module
		{"depressionshjalpen", "okand/1", "", false},                         // no such track
		{"depressionshjalpen", "sjalvmedkansla/x", "", false},
		{"depressionshjalpen", "/1", "", false},
	}
	for _, tt := range tests {
		got, ok := c.PartName(tt.program, tt.key)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PartName(%q, %q) = %q, %v; want %q, %v", tt.program, tt.key, got, ok, tt.want, tt.ok)
		}
	}
	// A program's own track by its name.
	for _, p := range c.Programs() {
		for _, tr := range p.Tracks {
			if len(tr.Modules) == 0 {
				continue
			}
			got, ok := c.PartName(p.ID, tr.Modules[0].Key)
			if !ok || got != tr.Name+" 1" {
				t.Errorf("PartName(%q, %q) = %q, %v; want %q", p.ID, tr.Modules[0].Key, got, ok, tr.Name+" 1")
			}
		}
	}
}
