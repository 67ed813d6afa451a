package instruments

import "testing"

func TestItem9Unknown(t *testing.T) {
	tests := []struct {
		id    string
		item9 int
		want  bool
	}{
		{"MADRS-S", -1, true},
		{"MADRS-S", 0, false},
		{"MADRS-S", 3, false},
		{"GAD-7", -1, false},
		{"nope", -1, false},
	}
	for _, tt := range tests {
		if got := Item9Unknown(tt.id, tt.item9); got != tt.want {
			t.Errorf("Item9Unknown(%q, %d) = %v", tt.id, tt.item9, got)
		}
	}
}
