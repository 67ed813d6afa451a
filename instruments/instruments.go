// Package instruments defines the rating scales used in IKBT (MADRS-S,
// GAD-7, PHQ-9, ISI, PSS-10, KEDS, WHODAS 2.0) as embedded data
// (instruments.json), and scores them. Every band and threshold carries the
// source it comes from.
//
// Scales without published severity bands have none: PSS-10 (Cohen's norms
// compare people within a sample) and WHODAS 2.0, which is scored here by
// the WHO manual's simple scoring (12 items 1–5, total 12–60) rather than
// its item-response scoring.
package instruments

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
)

// Band is a published severity band of a total score, inclusive at both ends.
type Band struct {
	Min int    `json:"min"`
	Max int    `json:"max"`
	Sv  string `json:"sv"`
	En  string `json:"en"`
}

// Instrument is one rating scale.
type Instrument struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Items   int    `json:"items"`
	ItemMin int    `json:"item_min"`
	ItemMax int    `json:"item_max"`
	// Reverse lists the 1-based items scored in reverse (ItemMin+ItemMax-v).
	Reverse []int `json:"reverse"`
	// Bands cover every total from MinTotal to MaxTotal; empty when none are published.
	Bands  []Band `json:"bands"`
	Source string `json:"source"`
	// Item9 is the 1-based item that is MADRS-S item 9 (livslust), 0 if none.
	Item9 int `json:"item9"`
	// RCI is the rise in total that counts as reliable deterioration, 0 if
	// none is defined; RCISource says where it comes from or how it was derived.
	RCI       int    `json:"rci"`
	RCISource string `json:"rci_source"`
	// Cutoff is the clinical cut-off: a total at or above it is a case
	// (caseness, as in NHS Talking Therapies). Nil when no published
	// cut-off is used; CutoffSource says where it comes from and, where
	// papers disagree, why this one was chosen. A float: some forms have
	// decimal scores.
	Cutoff       *float64 `json:"cutoff"`
	CutoffSource string   `json:"cutoff_source"`
}

//go:embed instruments.json
var data []byte

var (
	all  []*Instrument
	byID = map[string]*Instrument{}
)

func init() {
	var err error
	all, err = load(data)
	if err != nil {
		// The file is embedded and checked by the tests; this is a broken build.
		panic("instruments: instruments.json: " + err.Error())
	}
	for _, in := range all {
		byID[in.ID] = in
	}
}

// load decodes and checks instrument definitions.
func load(b []byte) ([]*Instrument, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var ins []*Instrument
	if err := dec.Decode(&ins); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for i, in := range ins {
		if err := in.check(); err != nil {
			return nil, fmt.Errorf("[%d] (%s): %w", i, in.ID, err)
		}
		if seen[in.ID] {
			return nil, fmt.Errorf("[%d]: duplicate id %q", i, in.ID)
		}
		seen[in.ID] = true
	}
	return ins, nil
}

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
	case in.Cutoff != nil && in.CutoffSource == "":
		return fmt.Errorf("cutoff needs cutoff_source")
	case in.Cutoff != nil && (*in.Cutoff <= float64(in.MinTotal()) || *in.Cutoff > float64(in.MaxTotal())):
		return fmt.Errorf("cutoff %g is not above the lowest total %d and at most the highest %d", *in.Cutoff, in.MinTotal(), in.MaxTotal())
	}
	for _, r := range in.Reverse {
		if r < 1 || r > in.Items {
			return fmt.Errorf("reverse item %d is not an item", r)
		}
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
	in, ok := byID[id]
	return in, ok
}

// All returns every instrument in file order.
func All() []*Instrument { return all }

// MinTotal is the lowest possible total.
func (in *Instrument) MinTotal() int { return in.Items * in.ItemMin }

// MaxTotal is the highest possible total.
func (in *Instrument) MaxTotal() int { return in.Items * in.ItemMax }

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

// Result is a scored measurement.
type Result struct {
	Total int
	Item9 int // MADRS-S item 9, -1 if the instrument has no such item
	Band  Band
}

// Score checks and scores item answers given in order.
func Score(id string, items []int) (Result, error) {
	in, ok := Get(id)
	if !ok {
		return Result{}, fmt.Errorf("unknown instrument %q", id)
	}
	if len(items) != in.Items {
		return Result{}, fmt.Errorf("%s has %d items, got %d", in.ID, in.Items, len(items))
	}
	total := 0
	for i, v := range items {
		if v < in.ItemMin || v > in.ItemMax {
			return Result{}, fmt.Errorf("%s item %d: %d is out of range %d–%d", in.ID, i+1, v, in.ItemMin, in.ItemMax)
		}
		if in.reversed(i + 1) {
			v = in.ItemMin + in.ItemMax - v
		}
		total += v
	}
	r := Result{Total: total, Item9: -1, Band: in.Band(total)}
	if in.Item9 > 0 {
		r.Item9 = items[in.Item9-1]
	}
	return r, nil
}

// ScoreTotal checks a total given without items. Item 9 is known only
// when the instrument is item 9 alone.
func ScoreTotal(id string, total int) (Result, error) {
	in, ok := Get(id)
	if !ok {
		return Result{}, fmt.Errorf("unknown instrument %q", id)
	}
	if total < in.MinTotal() || total > in.MaxTotal() {
		return Result{}, fmt.Errorf("%s total: %d is out of range %d–%d", in.ID, total, in.MinTotal(), in.MaxTotal())
	}
	r := Result{Total: total, Item9: -1, Band: in.Band(total)}
	if in.Item9 > 0 && in.Items == 1 {
		r.Item9 = total
	}
	return r, nil
}

func (in *Instrument) reversed(item int) bool {
	for _, r := range in.Reverse {
		if r == item {
			return true
		}
	}
	return false
}
