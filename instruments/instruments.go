// Package instruments defines the rating scales a clinician may assign in
// IKBT (the batteries and standalone forms of the manual, 4.3–4.7) as
// data (instruments.json, compiled into instruments_gen.go), and scores
// them. Every band, cut-off
// and threshold carries the source it comes from; a form whose scoring is
// not public records only what is (its total and range) and says so.
//
// Most forms are scored as a sum of item scores (after reversing the
// reverse-scored items). Two are not: EDE-Q's global score is the mean of
// its four subscale means, and AAQoL's 0–100 total comes from a scoring key
// that is not public, so only its total is accepted. Those scores may be
// decimals (Result.Score); Result.Total is then the score rounded, for the
// views that can only show whole numbers.
package instruments

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ikbt/ikbt/usertext"
)

// Band is a published severity band of a total score, inclusive at both ends.
type Band struct {
	Min int    `json:"min"`
	Max int    `json:"max"`
	Sv  string `json:"sv"`
	En  string `json:"en"`
}

// Scoring rules (Instrument.Scoring).
const (
	// Sum adds the item scores (the default).
	Sum = "sum"
	// MeanOfSubscales is the mean of the subscale scores (EDE-Q's global score).
	MeanOfSubscales = "mean_of_subscales"
	// TotalOnly accepts a total but no items: the item scoring key is not public.
	TotalOnly = "total_only"
)

// ItemRule overrides the allowed answers of some items: either a list of
// values (AUDIT items 9–10: 0, 2, 4) or a range.
type ItemRule struct {
	Items  []int `json:"items"`
	Values []int `json:"values,omitempty"`
	Min    int   `json:"min"`
	Max    int   `json:"max"`
	// Unscored items are recorded but are in no score (EDE-Q's behaviour counts).
	Unscored bool   `json:"unscored,omitempty"`
	Note     string `json:"note,omitempty"`
}

// Subscale is a published subscale: the sum or the mean of some items.
type Subscale struct {
	ID    string `json:"id"`
	Sv    string `json:"sv"`
	En    string `json:"en"`
	Items []int  `json:"items"`
	Mean  bool   `json:"mean,omitempty"` // mean of the items rather than their sum
}

// Screen is a screening rule counting items at or above a per-item
// threshold (ASRS part A: four or more of six items in the shaded boxes).
type Screen struct {
	Sv         string `json:"sv"`
	En         string `json:"en"`
	Items      []int  `json:"items"`
	At         []int  `json:"at"`          // threshold of each item, in the order of Items
	PositiveAt int    `json:"positive_at"` // positive when this many items reach their threshold
	Source     string `json:"source"`
}

// Instrument is one rating scale.
type Instrument struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Items   int    `json:"items"`
	ItemMin int    `json:"item_min"`
	ItemMax int    `json:"item_max"`
	// ItemRules override ItemMin–ItemMax for some items.
	ItemRules []ItemRule `json:"item_rules,omitempty"`
	// Reverse lists the 1-based items scored in reverse (ItemMin+ItemMax-v).
	Reverse []int `json:"reverse"`
	// Scoring is Sum (empty), MeanOfSubscales or TotalOnly.
	Scoring string `json:"scoring,omitempty"`
	// TotalRange is the score's range when it is not a sum of items
	// (MeanOfSubscales, TotalOnly); nil for sums.
	TotalRange *[2]int `json:"total_range,omitempty"`
	// Decimals is how many decimals the score is written with; 0 for whole numbers.
	Decimals  int        `json:"decimals,omitempty"`
	Subscales []Subscale `json:"subscales,omitempty"`
	Screen    *Screen    `json:"screen,omitempty"`
	// Bands cover every total from MinTotal to MaxTotal; empty when none are published.
	Bands []Band `json:"bands"`
	// Cutoff is a published clinical cut-off: a score at or above it is
	// clinically significant. Nil when none is published.
	Cutoff       *float64 `json:"cutoff,omitempty"`
	CutoffSource string   `json:"cutoff_source,omitempty"`
	Source       string   `json:"source"`
	// Item9 is the 1-based item that is MADRS-S item 9 (livslust), 0 if none.
	Item9 int `json:"item9"`
	// RCI is the rise in total that counts as reliable deterioration, 0 if
	// none is defined; RCISource says where it comes from or how it was derived.
	RCI       int    `json:"rci"`
	RCISource string `json:"rci_source"`
}

// parsed builds the instruments on first use, not in package
// initialisation: every command links this package, few need it. They
// come from instruments_gen.go, instruments.json decoded at build time
// (issue 18: decoding the JSON was 3.8 % of the 25-moment demo's
// worklist --json); TestEmbeddedInstrumentsGenerated holds the two equal.
var parsed = sync.OnceValues(func() ([]*Instrument, map[string]*Instrument) {
	all := embeddedInstruments()
	if err := checkAll(all); err != nil {
		// The file is generated and checked by the tests; this is a broken build.
		panic("instruments: instruments_gen.go: " + err.Error())
	}
	byID := make(map[string]*Instrument, len(all))
	for _, in := range all {
		byID[in.ID] = in
	}
	return all, byID
})

// checkAll checks each definition and that no two share an ID.
func checkAll(ins []*Instrument) error {
	seen := make(map[string]bool, len(ins))
	for i, in := range ins {
		if err := in.check(); err != nil {
			return fmt.Errorf("[%d] (%s): %w", i, in.ID, err)
		}
		if seen[in.ID] {
			return fmt.Errorf("[%d]: duplicate id %q", i, in.ID)
		}
		seen[in.ID] = true
	}
	return nil
}

func (in *Instrument) isItem(n int) bool { return n >= 1 && n <= in.Items }

func (in *Instrument) check() error {
	switch {
	case in.ID == "" || in.Name == "" || in.Source == "":
		return fmt.Errorf("id, name and source are required")
	case in.Items < 1 || in.ItemMax <= in.ItemMin:
		return fmt.Errorf("needs items >= 1 and item_max > item_min")
	case in.Item9 < 0 || in.Item9 > in.Items:
		return fmt.Errorf("item9 %d is not an item", in.Item9)
	case in.RCI < 0 || (in.RCI > 0 && in.RCISource == ""):
		return fmt.Errorf("rci needs rci_source")
	case (in.Cutoff != nil) != (in.CutoffSource != ""):
		return fmt.Errorf("cutoff and cutoff_source go together")
	case in.Scoring != "" && in.Scoring != Sum && in.Scoring != MeanOfSubscales && in.Scoring != TotalOnly:
		return fmt.Errorf("unknown scoring %q", in.Scoring)
	case (in.TotalRange != nil) != (in.Scoring == MeanOfSubscales || in.Scoring == TotalOnly):
		return fmt.Errorf("total_range is required for, and only for, mean_of_subscales and total_only")
	case in.Scoring == MeanOfSubscales && len(in.Subscales) == 0:
		return fmt.Errorf("mean_of_subscales needs subscales")
	case in.Decimals < 0 || in.Decimals > 3:
		return fmt.Errorf("decimals %d: want 0–3", in.Decimals)
	case in.Scoring == MeanOfSubscales && in.Decimals == 0:
		return fmt.Errorf("a mean needs decimals")
	case in.Decimals > 0 && len(in.Bands) > 0:
		return fmt.Errorf("bands are whole numbers; a decimal score has none")
	}
	for _, r := range in.Reverse {
		if !in.isItem(r) {
			return fmt.Errorf("reverse item %d is not an item", r)
		}
	}
	ruled := map[int]bool{}
	for j, r := range in.ItemRules {
		if len(r.Items) == 0 || (len(r.Values) == 0 && r.Max <= r.Min) {
			return fmt.Errorf("item_rules[%d]: needs items and values or min < max", j)
		}
		for _, n := range r.Items {
			if !in.isItem(n) || ruled[n] {
				return fmt.Errorf("item_rules[%d]: item %d is not an item or has two rules", j, n)
			}
			if slices.Contains(in.Reverse, n) {
				return fmt.Errorf("item_rules[%d]: item %d is reverse-scored; reversal needs item_min–item_max", j, n)
			}
			ruled[n] = true
		}
	}
	for j, s := range in.Subscales {
		if s.ID == "" || s.Sv == "" || s.En == "" || len(s.Items) == 0 {
			return fmt.Errorf("subscales[%d]: needs id, sv, en and items", j)
		}
		for _, n := range s.Items {
			if !in.isItem(n) || in.unscored(n) {
				return fmt.Errorf("subscales[%d] (%s): item %d is not a scored item", j, s.ID, n)
			}
		}
	}
	if s := in.Screen; s != nil {
		if len(s.Items) == 0 || len(s.Items) != len(s.At) || s.PositiveAt < 1 || s.PositiveAt > len(s.Items) || s.Source == "" || s.Sv == "" || s.En == "" {
			return fmt.Errorf("screen: needs items, one threshold per item, positive_at 1–%d, labels and a source", len(s.Items))
		}
		for _, n := range s.Items {
			if !in.isItem(n) {
				return fmt.Errorf("screen: item %d is not an item", n)
			}
		}
	}
	if in.Cutoff != nil && (*in.Cutoff < float64(in.MinTotal()) || *in.Cutoff > float64(in.MaxTotal())) {
		return fmt.Errorf("cutoff %v is outside %d–%d", *in.Cutoff, in.MinTotal(), in.MaxTotal())
	}
	if len(in.Bands) == 0 {
		return nil
	}
	next := in.MinTotal()
	for j, b := range in.Bands {
		if b.Min != next || b.Max < b.Min || b.Sv == "" || b.En == "" {
			return fmt.Errorf("bands[%d] %d–%d: bands must be labelled and cover %d–%d without gaps", j, b.Min, b.Max, in.MinTotal(), in.MaxTotal())
		}
		next = b.Max + 1
	}
	if next != in.MaxTotal()+1 {
		return fmt.Errorf("bands end at %d, not at %d", next-1, in.MaxTotal())
	}
	return nil
}

// Get returns the instrument with the given ID.
func Get(id string) (*Instrument, bool) {
	_, byID := parsed()
	in, ok := byID[id]
	return in, ok
}

// All returns every instrument in file order.
func All() []*Instrument {
	all, _ := parsed()
	return all
}

// rule returns the item rule of a 1-based item, or nil.
func (in *Instrument) rule(item int) *ItemRule {
	for i := range in.ItemRules {
		if slices.Contains(in.ItemRules[i].Items, item) {
			return &in.ItemRules[i]
		}
	}
	return nil
}

func (in *Instrument) unscored(item int) bool {
	r := in.rule(item)
	return r != nil && r.Unscored
}

// ItemRange is the lowest and highest answer of a 1-based item.
func (in *Instrument) ItemRange(item int) (lo, hi int) {
	r := in.rule(item)
	switch {
	case r == nil:
		return in.ItemMin, in.ItemMax
	case len(r.Values) > 0:
		return slices.Min(r.Values), slices.Max(r.Values)
	}
	return r.Min, r.Max
}

// Allowed says whether v is an allowed answer to a 1-based item.
func (in *Instrument) Allowed(item, v int) bool {
	if r := in.rule(item); r != nil && len(r.Values) > 0 {
		return slices.Contains(r.Values, v)
	}
	lo, hi := in.ItemRange(item)
	return v >= lo && v <= hi
}

// Answers describes the allowed answers of a 1-based item: "0–4" or "0, 2, 4".
func (in *Instrument) Answers(item int) string {
	if r := in.rule(item); r != nil && len(r.Values) > 0 {
		s := make([]string, len(r.Values))
		for i, v := range r.Values {
			s[i] = strconv.Itoa(v)
		}
		return strings.Join(s, ", ")
	}
	lo, hi := in.ItemRange(item)
	return fmt.Sprintf("%d–%d", lo, hi)
}

// ItemsScored says whether answers to the items can be scored here; false
// when only a total is accepted (the scoring key is not public).
func (in *Instrument) ItemsScored() bool { return in.Scoring != TotalOnly }

// Decimal says whether the score may be a decimal.
func (in *Instrument) Decimal() bool { return in.Decimals > 0 }

// MinTotal is the lowest possible total.
func (in *Instrument) MinTotal() int {
	if in.TotalRange != nil {
		return in.TotalRange[0]
	}
	t := 0
	for i := 1; i <= in.Items; i++ {
		if !in.unscored(i) {
			lo, _ := in.ItemRange(i)
			t += lo
		}
	}
	return t
}

// MaxTotal is the highest possible total.
func (in *Instrument) MaxTotal() int {
	if in.TotalRange != nil {
		return in.TotalRange[1]
	}
	t := 0
	for i := 1; i <= in.Items; i++ {
		if !in.unscored(i) {
			_, hi := in.ItemRange(i)
			t += hi
		}
	}
	return t
}

// Format writes a score with the instrument's decimals, with a decimal
// comma when sv (Swedish) is true: "2,35", or "14".
func (in *Instrument) Format(score float64, sv bool) string {
	s := strconv.FormatFloat(score, 'f', in.Decimals, 64)
	if sv {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// IsCase reports whether a total is at or above the clinical cut-off; false
// when the instrument has none.
func (in *Instrument) IsCase(total float64) bool { return in.Cutoff != nil && total >= *in.Cutoff }

// Band returns the band the total falls in, or the zero Band when the
// instrument has no bands or the total is out of range.
func (in *Instrument) Band(total int) Band {
	for _, b := range in.Bands {
		if total >= b.Min && total <= b.Max {
			return b
		}
	}
	return Band{}
}

// SubscaleScore is one subscale of a scored measurement.
type SubscaleScore struct {
	Subscale
	Score float64
}

// ScreenResult is the outcome of a screening rule.
type ScreenResult struct {
	Screen
	Count    int // items at or above their threshold
	Positive bool
}

// Result is a scored measurement.
type Result struct {
	// Score is the form's own score: the sum for summed forms, a decimal
	// for EDE-Q's mean and AAQoL's transformed total.
	Score float64
	// Total is Score rounded to a whole number (equal to it for summed forms).
	Total int
	Item9 int // MADRS-S item 9, -1 if the instrument has no such item
	Band  Band
	// OverCutoff is true when the instrument has a cut-off and Score reaches it.
	OverCutoff bool
	Subscales  []SubscaleScore // nil when the form has none or only its total is known
	Screen     *ScreenResult   // nil when the form has none or only its total is known
}

// Decimal returns the score when the instrument scores in decimals, else nil.
func (r Result) Decimal(in *Instrument) *float64 {
	if in == nil || !in.Decimal() {
		return nil
	}
	v := r.Score
	return &v
}

// Interpretation is the published reading of the result in Swedish (sv)
// or English: its band, else whether it reaches the cut-off, and a
// screening rule's outcome. Empty when nothing is published.
func (r Result) Interpretation(in *Instrument, sv bool) string {
	var parts []string
	pick := func(s, e string) string {
		if sv {
			return s
		}
		return e
	}
	switch {
	case r.Band.Sv != "":
		parts = append(parts, pick(r.Band.Sv, r.Band.En))
	case in.Cutoff != nil:
		c := in.Format(*in.Cutoff, sv)
		if r.OverCutoff {
			parts = append(parts, pick("vid eller över gränsvärdet "+c, "at or above the cut-off of "+c))
		} else {
			parts = append(parts, pick("under gränsvärdet "+c, "below the cut-off of "+c))
		}
	}
	if s := r.Screen; s != nil {
		word := pick("negativ", "negative")
		if s.Positive {
			word = pick("positiv", "positive")
		}
		parts = append(parts, fmt.Sprintf("%s %s (%d/%d)", pick(s.Sv, s.En), word, s.Count, len(s.Items)))
	}
	return strings.Join(parts, "; ")
}

// result completes a result from its score.
func (in *Instrument) result(score float64) Result {
	r := Result{Score: score, Total: int(math.Round(score)), Item9: -1}
	if !in.Decimal() {
		r.Band = in.Band(r.Total)
	}
	if in.Cutoff != nil {
		r.OverCutoff = score >= *in.Cutoff
	}
	return r
}

// Score checks and scores item answers given in order.
func Score(id string, items []int) (Result, error) {
	in, ok := Get(id)
	if !ok {
		return Result{}, &ScoreError{usertext.UnknownInstr, []any{id}}
	}
	if !in.ItemsScored() {
		return Result{}, &ScoreError{usertext.ScoreTotalOnly, []any{in.ID}}
	}
	if len(items) != in.Items {
		return Result{}, &ScoreError{usertext.ScoreItemCount, []any{in.ID, in.Items, len(items)}}
	}
	if i := in.BadItem(items); i >= 0 {
		return Result{}, &ScoreError{usertext.ScoreItemRange, []any{in.ID, i + 1, items[i], in.Answers(i + 1)}}
	}
	val := func(n int) int { // scored value of 1-based item n
		v := items[n-1]
		if slices.Contains(in.Reverse, n) {
			v = in.ItemMin + in.ItemMax - v
		}
		return v
	}
	var subs []SubscaleScore
	for _, s := range in.Subscales {
		t := 0
		for _, n := range s.Items {
			t += val(n)
		}
		sc := float64(t)
		if s.Mean {
			sc /= float64(len(s.Items))
		}
		subs = append(subs, SubscaleScore{Subscale: s, Score: sc})
	}
	var score float64
	switch in.Scoring {
	case MeanOfSubscales:
		for _, s := range subs {
			score += s.Score
		}
		score /= float64(len(subs))
	default:
		t := 0
		for n := 1; n <= in.Items; n++ {
			if !in.unscored(n) {
				t += val(n)
			}
		}
		score = float64(t)
	}
	r := in.result(score)
	r.Subscales = subs
	if in.Item9 > 0 {
		r.Item9 = items[in.Item9-1]
	}
	if s := in.Screen; s != nil {
		sr := &ScreenResult{Screen: *s}
		for k, n := range s.Items {
			if items[n-1] >= s.At[k] {
				sr.Count++
			}
		}
		sr.Positive = sr.Count >= s.PositiveAt
		r.Screen = sr
	}
	return r, nil
}

// BadItem returns the 0-based index of the first answer not allowed, or -1.
// The answers must be as many as the items.
func (in *Instrument) BadItem(items []int) int {
	for i, v := range items {
		if !in.Allowed(i+1, v) {
			return i
		}
	}
	return -1
}

// ScoreTotal checks a total given without items. Item 9 is known only
// when the instrument is item 9 alone.
func ScoreTotal(id string, total int) (Result, error) {
	return ScoreValue(id, float64(total))
}

// ScoreValue checks a score given without items, which may be a decimal
// for an instrument that scores in decimals.
func ScoreValue(id string, score float64) (Result, error) {
	in, ok := Get(id)
	if !ok {
		return Result{}, &ScoreError{usertext.UnknownInstr, []any{id}}
	}
	if math.IsNaN(score) || math.IsInf(score, 0) {
		return Result{}, &ScoreError{usertext.ScoreNaN, []any{in.ID}}
	}
	if !in.Decimal() && score != math.Trunc(score) {
		return Result{}, &ScoreError{usertext.ScoreNotWhole, []any{in.ID, score}}
	}
	if score < float64(in.MinTotal()) || score > float64(in.MaxTotal()) {
		return Result{}, &ScoreError{usertext.ScoreTotalRange, []any{in.ID, strconv.FormatFloat(score, 'f', -1, 64), in.MinTotal(), in.MaxTotal()}}
	}
	r := in.result(score)
	if in.Item9 > 0 && in.Items == 1 {
		r.Item9 = r.Total
	}
	return r, nil
}

func (in *Instrument) reversed(item int) bool { return slices.Contains(in.Reverse, item) }

// ScoreError is refused answers: why, as a code of the usertext catalogue
// with its arguments, so that a screen or a command says it in the user's
// language; Error() is the English.
type ScoreError struct {
	Code usertext.Code
	Args []any
}

func (e *ScoreError) Error() string { return usertext.Say(usertext.English, e.Code, e.Args...) }

// Location is empty: where the answers stood is the caller's to say.
func (e *ScoreError) Location() string { return "" }

// Reason is the catalogue code and its arguments.
func (e *ScoreError) Reason() (usertext.Code, []any) { return e.Code, e.Args }
