package phrases

import (
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
)

// TestNoteEveryForm: the Skattningsskalor block writes every form as the
// others (manual 7.1.4: points, interpretation, occasion), a decimal score
// with the form's decimals and a decimal comma, and the interpretation
// instruments publishes (band, cut-off, ASRS part A).
func TestNoteEveryForm(t *testing.T) {
	score := func(id string, items []int, total float64) Score {
		t.Helper()
		in, _ := instruments.Get(id)
		var r instruments.Result
		var err error
		if items != nil {
			r, err = instruments.Score(id, items)
		} else {
			r, err = instruments.ScoreValue(id, total)
		}
		if err != nil {
			t.Fatal(err)
		}
		return Score{Instrument: id, Total: r.Total, Decimal: r.Decimal(in), Interpretation: r.Interpretation(in, true), Occasion: caseload.Ongoing}
	}
	asrs := make([]int, 18)
	copy(asrs, []int{2, 2, 2, 3, 1, 0})
	edeq := make([]int, 28)
	edeq[0], edeq[7] = 6, 5
	n := ongoing()
	n.Scores = []Score{
		score("OCI-R", nil, 24),
		score("AUDIT", nil, 9),
		score("EDE-Q", edeq, 0),
		score("AAQoL", nil, 62.5),
		score("ASRS", asrs, 0),
		score("PDSS-SR", nil, 13),
	}
	note, err := BuildNote(n)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Skattningsskalor: OCI-R: 24 poäng, vid eller över gränsvärdet 21. Mättillfälle: Pågående\n",
		"AUDIT: 9 poäng, zon II: riskbruk. Mättillfälle: Pågående\n",
		"EDE-Q: 0,71 poäng, under gränsvärdet 2,80. Mättillfälle: Pågående\n",
		"AAQoL: 62,5 poäng. Mättillfälle: Pågående\n",
		"ASRS: 10 poäng, Del A positiv (4/6). Mättillfälle: Pågående\n",
		"PDSS-SR: 13 poäng. Mättillfälle: Pågående\n",
	} {
		if !strings.Contains(note, want) {
			t.Errorf("note lacks %q:\n%s", want, note)
		}
	}
}
