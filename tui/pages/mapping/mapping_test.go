package mapping

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/intake"
	"github.com/ikbt/ikbt/tui/common"
)

func newPage(t *testing.T, header []string) (*Page, *[]intake.Mapping) {
	t.Helper()
	ctx := &common.Context{Lang: "en", Keys: common.NewKeyMap("en"), Styles: common.DefaultStyles(), Width: 80, Height: 24}
	var done []intake.Mapping
	p := New(ctx, header, intake.Suggest(header), func(m intake.Mapping) tea.Cmd {
		done = append(done, m)
		return nil
	})
	return p, &done
}

func keys(p *Page, ks ...tea.KeyPressMsg) {
	for _, k := range ks {
		p.Update(k)
	}
}

var (
	right = tea.KeyPressMsg{Code: tea.KeyRight}
	down  = tea.KeyPressMsg{Code: tea.KeyDown}
	enter = tea.KeyPressMsg{Code: tea.KeyEnter}
)

// TestPageChoosesColumns: → walks a field through every column and none;
// a column chosen for two fields, or a required field without one, keeps
// the page open with the reason; a good mapping is handed on.
func TestPageChoosesColumns(t *testing.T) {
	p, done := newPage(t, []string{"Pnr", "Behandling", "Övrigt"})
	// Suggest knows "pnr" and "behandling"; "Övrigt" is unknown.
	if m := p.Mapping(); m[intake.PNR] != "Pnr" || m[intake.Program] != "Behandling" {
		t.Fatalf("start %v", m)
	}
	if u := p.Unknown(); len(u) != 1 || u[0] != `"Övrigt"` {
		t.Errorf("unknown %v", u)
	}
	keys(p, down) // name: none → Pnr → Behandling → Övrigt → none
	var seen []string
	for range 4 {
		keys(p, right)
		seen = append(seen, p.Mapping()[intake.Name])
	}
	if strings.Join(seen, ",") != "Pnr,Behandling,Övrigt," {
		t.Errorf("cycle %q", seen)
	}
	keys(p, right, enter) // name on Pnr too
	if len(*done) != 0 || !strings.Contains(p.problem, `"Pnr" is chosen for two fields`) {
		t.Errorf("two fields on one column: done %d, problem %q", len(*done), p.problem)
	}
	keys(p, tea.KeyPressMsg{Code: tea.KeyBackspace}, tea.KeyPressMsg{Code: tea.KeyUp}, tea.KeyPressMsg{Code: tea.KeyBackspace}, enter)
	if len(*done) != 0 || !strings.Contains(p.problem, "required field personnummer") {
		t.Errorf("no personnummer: done %d, problem %q", len(*done), p.problem)
	}
	keys(p, right, enter)
	if len(*done) != 1 || (*done)[0][intake.PNR] != "Pnr" {
		t.Errorf("done %v, problem %q", *done, p.problem)
	}
}
