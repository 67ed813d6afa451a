package instruments

import (
	"strings"
	"testing"
)

// items spreads total over n items within min..max, lowest items first.
func items(in *Instrument, total int) []int {
	out := make([]int, in.Items)
	left := total - in.MinTotal()
	for i := range out {
		out[i] = in.ItemMin
		if !in.reversed(i + 1) {
			add := min(left, in.ItemMax-in.ItemMin)
			out[i] += add
			left -= add
		} else {
			out[i] = in.ItemMax // contributes ItemMin after reversal
		}
	}
	for i := range out { // then reversed items, if still short
		if left > 0 && in.reversed(i+1) {
			sub := min(left, in.ItemMax-in.ItemMin)
			out[i] -= sub
			left -= sub
		}
	}
	return out
}

func TestBandEdges(t *testing.T) {
	tests := []struct {
		id    string
		total int
		en    string
	}{
		{"MADRS-S", 0, "no or minimal depression"},
		{"MADRS-S", 12, "no or minimal depression"},
		{"MADRS-S", 13, "mild depression"},
		{"MADRS-S", 19, "mild depression"},
		{"MADRS-S", 20, "moderate depression"},
		{"MADRS-S", 34, "moderate depression"},
		{"MADRS-S", 35, "severe depression"},
		{"MADRS-S", 54, "severe depression"},
		{"MADRS-S9", 3, "no red flag"},
		{"MADRS-S9", 4, "red flag: raised risk, contact the patient soon"},
		{"GAD-7", 4, "minimal anxiety"},
		{"GAD-7", 5, "mild anxiety"},
		{"GAD-7", 9, "mild anxiety"},
		{"GAD-7", 10, "moderate anxiety"},
		{"GAD-7", 14, "moderate anxiety"},
		{"GAD-7", 15, "severe anxiety"},
		{"GAD-7", 21, "severe anxiety"},
		{"PHQ-9", 4, "minimal depression"},
		{"PHQ-9", 5, "mild depression"},
		{"PHQ-9", 10, "moderate depression"},
		{"PHQ-9", 14, "moderate depression"},
		{"PHQ-9", 15, "moderately severe depression"},
		{"PHQ-9", 19, "moderately severe depression"},
		{"PHQ-9", 20, "severe depression"},
		{"PHQ-9", 27, "severe depression"},
		{"ISI", 7, "no clinically significant insomnia"},
		{"ISI", 8, "subthreshold insomnia"},
		{"ISI", 14, "subthreshold insomnia"},
		{"ISI", 15, "clinical insomnia, moderate"},
		{"ISI", 21, "clinical insomnia, moderate"},
		{"ISI", 22, "clinical insomnia, severe"},
		{"ISI", 28, "clinical insomnia, severe"},
		{"KEDS", 18, "below the exhaustion disorder cut-off"},
		{"KEDS", 19, "at or above the cut-off of 19: possible exhaustion disorder"},
		{"PSS-10", 20, ""},
		{"WHODAS-12", 12, ""},
		{"WHODAS-12", 60, ""},
	}
	for _, tt := range tests {
		in, _ := Get(tt.id)
		is := items(in, tt.total)
		r, err := Score(tt.id, is)
		if err != nil {
			t.Fatalf("Score(%s, %v): %v", tt.id, is, err)
		}
		if r.Total != tt.total || r.Band.En != tt.en {
			t.Errorf("Score(%s, %v) = %d %q, want %d %q", tt.id, is, r.Total, r.Band.En, tt.total, tt.en)
		}
		rt, err := ScoreTotal(tt.id, tt.total)
		if err != nil || rt.Band.En != tt.en {
			t.Errorf("ScoreTotal(%s, %d) = %q, %v; want %q", tt.id, tt.total, rt.Band.En, err, tt.en)
		}
		if tt.en != "" && r.Band.Sv == "" {
			t.Errorf("%s %d: band has no Swedish label", tt.id, tt.total)
		}
	}
}

func TestReverseScoring(t *testing.T) {
	tests := []struct {
		items []int
		total int
	}{
		{[]int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 16}, // four reversed items at 0 give 4 each
		{[]int{0, 0, 0, 4, 4, 0, 4, 4, 0, 0}, 0},
		{[]int{4, 4, 4, 0, 0, 4, 0, 0, 4, 4}, 40},
		{[]int{1, 2, 3, 1, 2, 3, 1, 2, 3, 0}, 1 + 2 + 3 + 3 + 2 + 3 + 3 + 2 + 3 + 0},
	}
	for _, tt := range tests {
		r, err := Score("PSS-10", tt.items)
		if err != nil || r.Total != tt.total {
			t.Errorf("Score(PSS-10, %v) = %d, %v; want %d", tt.items, r.Total, err, tt.total)
		}
	}
}

func TestItem9(t *testing.T) {
	r, _ := Score("MADRS-S", []int{0, 0, 0, 0, 0, 0, 0, 0, 5})
	if r.Item9 != 5 || r.Total != 5 {
		t.Errorf("MADRS-S item 9 = %d total %d, want 5 5", r.Item9, r.Total)
	}
	r, _ = Score("MADRS-S9", []int{4})
	if r.Item9 != 4 {
		t.Errorf("MADRS-S9 item 9 = %d, want 4", r.Item9)
	}
	r, _ = ScoreTotal("MADRS-S9", 6)
	if r.Item9 != 6 {
		t.Errorf("MADRS-S9 total 6: item 9 = %d, want 6", r.Item9)
	}
	r, _ = ScoreTotal("MADRS-S", 30)
	if r.Item9 != -1 {
		t.Errorf("MADRS-S total only: item 9 = %d, want -1", r.Item9)
	}
	r, _ = Score("GAD-7", []int{3, 3, 3, 3, 3, 3, 3})
	if r.Item9 != -1 {
		t.Errorf("GAD-7 item 9 = %d, want -1", r.Item9)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		id    string
		items []int
		want  string
	}{
		{"GAD-7", []int{0, 0, 4, 0, 0, 0, 0}, "GAD-7 item 3: 4 is out of range 0–3"},
		{"GAD-7", []int{0, 0, 0}, "GAD-7 has 7 items, got 3"},
		{"GAD-7", nil, "GAD-7 has 7 items, got 0"},
		{"MADRS-S", []int{0, 0, 0, 0, 0, 0, 0, 0, 7}, "MADRS-S item 9: 7 is out of range 0–6"},
		{"MADRS-S9", []int{-1}, "MADRS-S9 item 1: -1 is out of range 0–6"},
		{"PHQ-9", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "PHQ-9 has 9 items, got 10"},
		{"ISI", []int{5, 0, 0, 0, 0, 0, 0}, "ISI item 1: 5 is out of range 0–4"},
		{"PSS-10", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 9}, "PSS-10 item 10: 9 is out of range 0–4"},
		{"KEDS", []int{0, 0, 0, 0, 0, 0, 0, 0, -2}, "KEDS item 9: -2 is out of range 0–6"},
		{"WHODAS-12", []int{1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1}, "WHODAS-12 item 6: 0 is out of range 1–5"},
		{"BDI", []int{0}, `unknown instrument "BDI"`},
	}
	for _, tt := range tests {
		_, err := Score(tt.id, tt.items)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Score(%s, %v) error = %v, want %q", tt.id, tt.items, err, tt.want)
		}
	}
	totals := []struct {
		id    string
		total int
		want  string
	}{
		{"GAD-7", 22, "GAD-7 total: 22 is out of range 0–21"},
		{"GAD-7", -1, "GAD-7 total: -1 is out of range 0–21"},
		{"WHODAS-12", 11, "WHODAS-12 total: 11 is out of range 12–60"},
		{"WHODAS-12", 61, "WHODAS-12 total: 61 is out of range 12–60"},
		{"MADRS-S", 55, "MADRS-S total: 55 is out of range 0–54"},
		{"X", 0, `unknown instrument "X"`},
	}
	for _, tt := range totals {
		_, err := ScoreTotal(tt.id, tt.total)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ScoreTotal(%s, %d) error = %v, want %q", tt.id, tt.total, err, tt.want)
		}
	}
	for _, ok := range []struct {
		id    string
		total int
	}{{"GAD-7", 21}, {"GAD-7", 0}, {"WHODAS-12", 12}, {"WHODAS-12", 60}} {
		if _, err := ScoreTotal(ok.id, ok.total); err != nil {
			t.Errorf("ScoreTotal(%s, %d): %v", ok.id, ok.total, err)
		}
	}
}

func TestDefinitions(t *testing.T) {
	want := map[string][3]int{ // items, item min, item max
		"MADRS-S": {9, 0, 6}, "MADRS-S9": {1, 0, 6}, "GAD-7": {7, 0, 3}, "PHQ-9": {9, 0, 3},
		"ISI": {7, 0, 4}, "PSS-10": {10, 0, 4}, "KEDS": {9, 0, 6}, "WHODAS-12": {12, 1, 5},
		"OCI-R": {18, 0, 4}, "SHAI-14": {14, 0, 3}, "PDSS-SR": {7, 0, 4}, "PCL-5": {20, 0, 4},
		"SPIN": {17, 0, 4}, "AUDIT": {10, 0, 4}, "ASRS": {18, 0, 4}, "AAQoL": {29, 1, 5},
		"EDE-Q": {28, 0, 6}, "CIA": {16, 0, 3},
	}
	if len(All()) != len(want) {
		t.Errorf("%d instruments, want %d", len(All()), len(want))
	}
	for id, w := range want {
		in, ok := Get(id)
		if !ok {
			t.Errorf("%s missing", id)
			continue
		}
		if got := [3]int{in.Items, in.ItemMin, in.ItemMax}; got != w {
			t.Errorf("%s items/min/max = %v, want %v", id, got, w)
		}
	}
	maxTotals := map[string]int{"MADRS-S": 54, "GAD-7": 21, "PHQ-9": 27, "ISI": 28, "PSS-10": 40, "KEDS": 54, "WHODAS-12": 60,
		"OCI-R": 72, "SHAI-14": 42, "PDSS-SR": 28, "PCL-5": 80, "SPIN": 68, "AUDIT": 40, "ASRS": 72, "AAQoL": 100, "EDE-Q": 6, "CIA": 48}
	for id, m := range maxTotals {
		if in, _ := Get(id); in.MaxTotal() != m {
			t.Errorf("%s MaxTotal = %d, want %d", id, in.MaxTotal(), m)
		}
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct{ json, want string }{
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"bands":[{"min":0,"max":0,"sv":"x","en":"x"}]}]`, "bands end at 0, not at 2"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"bands":[{"min":1,"max":2,"sv":"x","en":"x"}]}]`, "without gaps"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"reverse":[3]}]`, "reverse item 3"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"rci":3}]`, "rci needs rci_source"},
		{`[{"id":"A","name":"a","source":"s","items":1,"item_min":0,"item_max":1},{"id":"A","name":"a","source":"s","items":1,"item_min":0,"item_max":1}]`, "duplicate id"},
		{`[{"id":"A","nme":"a"}]`, "unknown field"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"cutoff":1}]`, "cutoff and cutoff_source go together"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"cutoff":3,"cutoff_source":"x"}]`, "cutoff 3 is outside 0–2"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"scoring":"median"}]`, "unknown scoring"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"scoring":"total_only"}]`, "total_range is required"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"scoring":"mean_of_subscales","total_range":[0,1],"decimals":2}]`, "needs subscales"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"subscales":[{"id":"x","sv":"x","en":"x","items":[3]}]}]`, "item 3 is not a scored item"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"item_rules":[{"items":[2],"values":[0,2]},{"items":[2],"min":0,"max":3}]}]`, "has two rules"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"screen":{"sv":"x","en":"x","items":[1,2],"at":[1],"positive_at":1,"source":"s"}}]`, "one threshold per item"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"decimals":1,"bands":[{"min":0,"max":2,"sv":"x","en":"x"}]}]`, "a decimal score has none"},
	}
	for _, tt := range tests {
		_, err := load([]byte(tt.json))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("load(%s) = %v, want error containing %q", tt.json, err, tt.want)
		}
	}
}

func FuzzScore(f *testing.F) {
	f.Add("GAD-7", []byte{0, 1, 2, 3, 0, 1, 2})
	f.Add("PSS-10", []byte{4, 4, 4, 4, 4, 4, 4, 4, 4, 4})
	f.Add("WHODAS-12", []byte{1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2})
	f.Add("MADRS-S", []byte{6, 6, 6, 6, 6, 6, 6, 6, 255})
	f.Add("AUDIT", []byte{4, 4, 4, 4, 4, 4, 4, 4, 2, 4})
	f.Add("EDE-Q", []byte{6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 100, 3, 28, 0, 0, 9, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6})
	f.Add("ASRS", []byte{2, 2, 2, 3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4})
	f.Add("nope", []byte{})
	f.Fuzz(func(t *testing.T, id string, raw []byte) {
		is := make([]int, len(raw))
		for i, b := range raw {
			is[i] = int(int8(b))
		}
		r, err := Score(id, is)
		if err != nil {
			return
		}
		in, _ := Get(id)
		if r.Score < float64(in.MinTotal()) || r.Score > float64(in.MaxTotal()) || r.Total < in.MinTotal() || r.Total > in.MaxTotal() {
			t.Fatalf("Score(%s, %v) total %d outside %d–%d", id, is, r.Total, in.MinTotal(), in.MaxTotal())
		}
		if len(in.Bands) > 0 && r.Band.En == "" {
			t.Fatalf("Score(%s, %v) total %d has no band", id, is, r.Total)
		}
	})
}

func TestCutoffs(t *testing.T) {
	want := map[string]float64{"MADRS-S": 13, "GAD-7": 8, "PHQ-9": 10, "ISI": 10, "KEDS": 19}
	for _, id := range []string{"MADRS-S", "MADRS-S9", "GAD-7", "PHQ-9", "ISI", "PSS-10", "KEDS", "WHODAS-12"} {
		in, _ := Get(id)
		w, has := want[id]
		switch {
		case !has && in.Cutoff != nil:
			t.Errorf("%s has cutoff %g; none is sourced", id, *in.Cutoff)
		case has && (in.Cutoff == nil || *in.Cutoff != w):
			t.Errorf("%s cutoff = %v, want %g", id, in.Cutoff, w)
		case has && (in.IsCase(w-1) || !in.IsCase(w)):
			t.Errorf("%s: IsCase(%g) = %v, IsCase(%g) = %v; a case is at or above the cut-off", id, w-1, in.IsCase(w-1), w, in.IsCase(w))
		}
	}
	if in, _ := Get("WHODAS-12"); in.IsCase(60) {
		t.Error("WHODAS-12 has no cut-off, yet IsCase(60)")
	}
	for _, tt := range []struct{ json, want string }{
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"cutoff":1}]`, "cutoff and cutoff_source go together"},
		{`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"cutoff":3,"cutoff_source":"x"}]`, "cutoff 3 is outside"},
	} {
		if _, err := load([]byte(tt.json)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("load(%s) = %v, want error containing %q", tt.json, err, tt.want)
		}
	}
	// A decimal cut-off within 0–2 loads (decimal scores of new forms).
	if _, err := load([]byte(`[{"id":"A","name":"a","source":"s","items":2,"item_min":0,"item_max":1,"cutoff":1.5,"cutoff_source":"x"}]`)); err != nil {
		t.Errorf("a decimal cut-off within range: %v", err)
	}
}
