package instruments

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// fill answers every item of in with its lowest (or highest) allowed answer.
func fill(in *Instrument, high bool) []int {
	out := make([]int, in.Items)
	for i := range out {
		lo, hi := in.ItemRange(i + 1)
		out[i] = lo
		if high {
			out[i] = hi
		}
	}
	return out
}

// set returns a copy of items with 1-based item n set to v.
func set(items []int, n, v int) []int {
	out := append([]int(nil), items...)
	out[n-1] = v
	return out
}

// TestScoreForms checks every form of manual 4.4 and 4.6: its lowest and
// highest score from items, and the check of a wrong item count.
func TestScoreForms(t *testing.T) {
	tests := []struct {
		id       string
		min, max float64
	}{
		{"MADRS-S", 0, 54}, {"MADRS-S9", 0, 6}, {"GAD-7", 0, 21}, {"PHQ-9", 0, 27}, {"ISI", 0, 28},
		{"PSS-10", 0, 40}, {"KEDS", 0, 54}, {"WHODAS-12", 12, 60},
		{"OCI-R", 0, 72}, {"SHAI-14", 0, 42}, {"PDSS-SR", 0, 28}, {"PCL-5", 0, 80}, {"SPIN", 0, 68},
		{"AUDIT", 0, 40}, {"ASRS", 0, 72}, {"EDE-Q", 0, 6}, {"CIA", 0, 48},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			in, ok := Get(tt.id)
			if !ok {
				t.Fatalf("%s missing", tt.id)
			}
			lo, hi := fill(in, false), fill(in, true)
			if len(in.Reverse) > 0 { // reversed items score their minimum at the top answer
				for _, n := range in.Reverse {
					lo[n-1], hi[n-1] = in.ItemMax, in.ItemMin
				}
			}
			for _, c := range []struct {
				items []int
				want  float64
			}{{lo, tt.min}, {hi, tt.max}} {
				r, err := Score(tt.id, c.items)
				if err != nil || r.Score != c.want || r.Total != int(math.Round(c.want)) {
					t.Errorf("Score(%s, %v) = %v/%d, %v; want %v", tt.id, c.items, r.Score, r.Total, err, c.want)
				}
			}
			if float64(in.MinTotal()) != tt.min || float64(in.MaxTotal()) != tt.max {
				t.Errorf("%s range %d–%d, want %v–%v", tt.id, in.MinTotal(), in.MaxTotal(), tt.min, tt.max)
			}
			want := tt.id + " has " + strconv.Itoa(in.Items) + " items, got " + strconv.Itoa(in.Items-1)
			if _, err := Score(tt.id, lo[1:]); err == nil || err.Error() != want {
				t.Errorf("Score(%s, one item short) = %v, want %q", tt.id, err, want)
			}
		})
	}
}

// TestOutOfRangeItems: an answer outside an item's allowed values is
// refused, naming the instrument, the item and what it allows.
func TestOutOfRangeItems(t *testing.T) {
	tests := []struct {
		id   string
		item int
		v    int
		want string
	}{
		{"OCI-R", 18, 5, "OCI-R item 18: 5 is out of range 0–4"},
		{"SHAI-14", 1, 4, "SHAI-14 item 1: 4 is out of range 0–3"},
		{"PDSS-SR", 7, -1, "PDSS-SR item 7: -1 is out of range 0–4"},
		{"PCL-5", 20, 5, "PCL-5 item 20: 5 is out of range 0–4"},
		{"SPIN", 9, 5, "SPIN item 9: 5 is out of range 0–4"},
		{"AUDIT", 8, 5, "AUDIT item 8: 5 is out of range 0–4"},
		{"AUDIT", 9, 1, "AUDIT item 9: 1 is out of range 0, 2, 4"},
		{"AUDIT", 10, 3, "AUDIT item 10: 3 is out of range 0, 2, 4"},
		{"ASRS", 4, 5, "ASRS item 4: 5 is out of range 0–4"},
		{"EDE-Q", 1, 7, "EDE-Q item 1: 7 is out of range 0–6"},
		{"EDE-Q", 15, 29, "EDE-Q item 15: 29 is out of range 0–28"},
		{"EDE-Q", 13, -1, "EDE-Q item 13: -1 is out of range 0–999"},
		{"CIA", 16, 4, "CIA item 16: 4 is out of range 0–3"},
	}
	for _, tt := range tests {
		in, _ := Get(tt.id)
		_, err := Score(tt.id, set(fill(in, false), tt.item, tt.v))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Score(%s, item %d = %d) = %v, want %q", tt.id, tt.item, tt.v, err, tt.want)
		}
	}
}

// TestNewBandEdges checks every edge of the published bands and cut-offs
// of the forms added with manual 4.4, from items and from the total.
func TestNewBandEdges(t *testing.T) {
	tests := []struct {
		id    string
		total int
		en    string
		over  bool // at or above the cut-off
	}{
		{"SHAI-14", 0, "no or mild health anxiety", false},
		{"SHAI-14", 21, "no or mild health anxiety", false},
		{"SHAI-14", 22, "no or mild health anxiety", true},
		{"SHAI-14", 27, "no or mild health anxiety", true},
		{"SHAI-14", 28, "moderate health anxiety", true},
		{"SHAI-14", 32, "moderate health anxiety", true},
		{"SHAI-14", 33, "substantial health anxiety", true},
		{"SHAI-14", 42, "substantial health anxiety", true},
		{"AUDIT", 7, "zone I: low risk", false},
		{"AUDIT", 8, "zone II: hazardous use", true},
		{"AUDIT", 15, "zone II: hazardous use", true},
		{"AUDIT", 16, "zone III: harmful use", true},
		{"AUDIT", 19, "zone III: harmful use", true},
		{"AUDIT", 20, "zone IV: possible dependence, refer for evaluation", true},
		{"AUDIT", 40, "zone IV: possible dependence, refer for evaluation", true},
		{"OCI-R", 20, "", false},
		{"OCI-R", 21, "", true},
		{"PCL-5", 32, "", false},
		{"PCL-5", 33, "", true},
		{"SPIN", 18, "", false},
		{"SPIN", 19, "", true},
		{"CIA", 15, "", false},
		{"CIA", 16, "", true},
		{"PDSS-SR", 28, "", false},
		{"ASRS", 72, "", false},
	}
	for _, tt := range tests {
		in, _ := Get(tt.id)
		is := items(in, tt.total)
		if tt.id == "AUDIT" { // items 9–10 take 0, 2 or 4: spread the total over items 1–8 first
			is = audit(tt.total)
		}
		r, err := Score(tt.id, is)
		if err != nil {
			t.Fatalf("Score(%s, %v): %v", tt.id, is, err)
		}
		rt, err := ScoreTotal(tt.id, tt.total)
		if err != nil {
			t.Fatalf("ScoreTotal(%s, %d): %v", tt.id, tt.total, err)
		}
		for _, got := range []Result{r, rt} {
			if got.Total != tt.total || got.Band.En != tt.en || got.OverCutoff != tt.over {
				t.Errorf("%s %d: got %d %q over=%v, want %q over=%v", tt.id, tt.total, got.Total, got.Band.En, got.OverCutoff, tt.en, tt.over)
			}
		}
	}
}

// audit spreads a total over AUDIT's items, 9 and 10 only as 0, 2 or 4.
func audit(total int) []int {
	out := make([]int, 10)
	for i := 0; i < 8 && total > 0; i++ {
		out[i] = min(4, total)
		total -= out[i]
	}
	for i := 8; i < 10 && total > 0; i++ {
		out[i] = min(4, total)
		total -= out[i]
	}
	return out
}

func TestAUDITItems9And10(t *testing.T) {
	r, err := Score("AUDIT", []int{0, 0, 0, 0, 0, 0, 0, 0, 2, 4})
	if err != nil || r.Total != 6 {
		t.Errorf("AUDIT items 9=2, 10=4: %d, %v; want 6", r.Total, err)
	}
	in, _ := Get("AUDIT")
	if !in.Allowed(9, 4) || in.Allowed(9, 3) || !in.Allowed(8, 3) {
		t.Errorf("AUDIT Allowed: item 9 must take 0, 2, 4; item 8 0–4")
	}
}

func TestSubscales(t *testing.T) {
	// OCI-R: hoarding is items 1, 7, 13; washing 5, 11, 17.
	in, _ := Get("OCI-R")
	is := set(set(set(fill(in, false), 1, 4), 7, 3), 13, 2)
	is = set(is, 5, 1)
	r, err := Score("OCI-R", is)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, s := range r.Subscales {
		got[s.ID] = s.Score
	}
	if len(r.Subscales) != 6 || got["hoarding"] != 9 || got["washing"] != 1 || got["checking"] != 0 || r.Total != 10 {
		t.Errorf("OCI-R subscales %v total %d; want hoarding 9, washing 1, total 10", got, r.Total)
	}

	// PCL-5 cluster C is items 6–7.
	in, _ = Get("PCL-5")
	r, _ = Score("PCL-5", set(set(fill(in, false), 6, 4), 7, 3))
	if r.Subscales[1].ID != "C" || r.Subscales[1].Score != 7 || r.Subscales[0].Score != 0 {
		t.Errorf("PCL-5 cluster C = %v, want 7", r.Subscales)
	}

	// ASRS: inattention and hyperactivity subscales, and part A's screen.
	in, _ = Get("ASRS")
	r, _ = Score("ASRS", set(set(fill(in, false), 5, 4), 12, 2))
	if r.Subscales[0].Score != 0 || r.Subscales[1].Score != 6 {
		t.Errorf("ASRS subscales = %v, want inattention 0, hyperactivity 6", r.Subscales)
	}
}

// TestASRSPartA: items 1–3 count from "sometimes" (2), items 4–6 from
// "often" (3); four counted answers make the screen positive.
func TestASRSPartA(t *testing.T) {
	in, _ := Get("ASRS")
	base := fill(in, false)
	tests := []struct {
		partA    []int
		count    int
		positive bool
	}{
		{[]int{2, 2, 2, 3, 0, 0}, 4, true},
		{[]int{2, 2, 2, 2, 2, 2}, 3, false}, // 2 is below the threshold of items 4–6
		{[]int{1, 1, 1, 3, 3, 3}, 3, false}, // 1 is below the threshold of items 1–3
		{[]int{1, 2, 2, 3, 4, 0}, 4, true},
		{[]int{4, 4, 4, 4, 4, 4}, 6, true},
		{[]int{0, 0, 0, 0, 0, 0}, 0, false},
	}
	for _, tt := range tests {
		is := append(append([]int(nil), tt.partA...), base[6:]...)
		r, err := Score("ASRS", is)
		if err != nil {
			t.Fatal(err)
		}
		if r.Screen == nil || r.Screen.Count != tt.count || r.Screen.Positive != tt.positive {
			t.Errorf("ASRS part A %v: screen %+v, want %d positive=%v", tt.partA, r.Screen, tt.count, tt.positive)
		}
	}
	r, _ := Score("ASRS", append([]int{2, 2, 2, 3, 0, 0}, base[6:]...))
	if got := r.Interpretation(in, true); got != "Del A positiv (4/6)" {
		t.Errorf("Interpretation = %q", got)
	}
	if rt, _ := ScoreTotal("ASRS", 30); rt.Screen != nil {
		t.Errorf("ASRS from its total has no screen")
	}
}

// TestEDEQ: subscales are means of their items, the global score the mean
// of the four; item 8 is in shape and weight concern; items 13–18 are in
// no score.
func TestEDEQ(t *testing.T) {
	in, _ := Get("EDE-Q")
	is := fill(in, false)
	is = set(is, 1, 6)   // restraint: 6/5 = 1.2
	is = set(is, 8, 5)   // shape 5/8 = 0.625, weight 5/5 = 1
	is = set(is, 13, 40) // counts: in no score
	is = set(is, 15, 10)
	r, err := Score("EDE-Q", is)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"restraint": 1.2, "eating": 0, "shape": 0.625, "weight": 1}
	for _, s := range r.Subscales {
		if math.Abs(s.Score-want[s.ID]) > 1e-9 {
			t.Errorf("EDE-Q %s = %v, want %v", s.ID, s.Score, want[s.ID])
		}
	}
	global := (1.2 + 0 + 0.625 + 1) / 4
	if math.Abs(r.Score-global) > 1e-9 || r.Total != 1 || r.Decimal(in) == nil {
		t.Errorf("EDE-Q global = %v (total %d), want %v", r.Score, r.Total, global)
	}
	if got := in.Format(r.Score, true); got != "0,71" {
		t.Errorf("EDE-Q Format = %q, want 0,71", got)
	}
	if r.OverCutoff || r.Interpretation(in, true) != "under gränsvärdet 2,80" {
		t.Errorf("EDE-Q %v: over %v, %q", r.Score, r.OverCutoff, r.Interpretation(in, true))
	}
	rt, err := ScoreValue("EDE-Q", 2.8)
	if err != nil || !rt.OverCutoff || rt.Total != 3 {
		t.Errorf("ScoreValue(EDE-Q, 2.8) = %+v, %v; want over the cut-off", rt, err)
	}
	if _, err := ScoreValue("EDE-Q", 6.01); err == nil || err.Error() != "EDE-Q total: 6.01 is out of range 0–6" {
		t.Errorf("ScoreValue(EDE-Q, 6.01) = %v", err)
	}
}

// TestTotalOnly: AAQoL's item key is not public, so items are refused
// and a 0–100 total, decimals allowed, is taken.
func TestTotalOnly(t *testing.T) {
	in, _ := Get("AAQoL")
	if _, err := Score("AAQoL", fill(in, true)); err == nil || !strings.Contains(err.Error(), "AAQoL is scored from its total only") {
		t.Errorf("Score(AAQoL, items) = %v, want a refusal", err)
	}
	r, err := ScoreValue("AAQoL", 62.5)
	if err != nil || r.Score != 62.5 || r.Total != 63 || r.Band.En != "" {
		t.Errorf("ScoreValue(AAQoL, 62.5) = %+v, %v", r, err)
	}
	for _, v := range []float64{-0.5, 100.5} {
		if _, err := ScoreValue("AAQoL", v); err == nil {
			t.Errorf("ScoreValue(AAQoL, %v) accepted", v)
		}
	}
}

// TestWholeNumbers: a summed form's total must be a whole number.
func TestWholeNumbers(t *testing.T) {
	if _, err := ScoreValue("GAD-7", 7.5); err == nil || err.Error() != "GAD-7 total: 7.5 is not a whole number" {
		t.Errorf("ScoreValue(GAD-7, 7.5) = %v", err)
	}
	if r, err := ScoreValue("OCI-R", 21); err != nil || r.Total != 21 || r.Decimal(mustGet("OCI-R")) != nil {
		t.Errorf("ScoreValue(OCI-R, 21) = %+v, %v", r, err)
	}
}

func mustGet(id string) *Instrument { in, _ := Get(id); return in }

// TestSources: every value the forms publish carries its source.
func TestSources(t *testing.T) {
	for _, in := range All() {
		if in.Cutoff != nil && in.CutoffSource == "" {
			t.Errorf("%s: cutoff without a source", in.ID)
		}
		if in.Screen != nil && in.Screen.Source == "" {
			t.Errorf("%s: screen without a source", in.ID)
		}
		if !in.ItemsScored() && !strings.Contains(in.Source, "not found in public") {
			t.Errorf("%s: a total-only form must say why", in.ID)
		}
	}
}

// TestREADMEScaleTable: the README's scale table has a row for every form.
func TestREADMEScaleTable(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range All() {
		if !strings.Contains(string(b), "\n| "+in.ID+" | ") {
			t.Errorf("README's scale table has no row for %s", in.ID)
		}
	}
}
