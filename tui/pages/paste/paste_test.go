package paste

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/ikbt/ikbt/tabular"
	"github.com/ikbt/ikbt/tui/common"
)

func newPage(t *testing.T) (*Page, *[]tabular.Table) {
	t.Helper()
	ctx := &common.Context{Lang: "sv", Keys: common.NewKeyMap("sv"), Styles: common.DefaultStyles(), Width: 80, Height: 24}
	var got []tabular.Table
	p := New(ctx, "", func(tb tabular.Table, source string) tea.Cmd {
		got = append(got, tb)
		return nil
	})
	p.Init()
	return p, &got
}

func typeText(p *Page, s string) {
	for _, r := range s {
		switch r {
		case '\t':
			p.Update(tea.KeyPressMsg{Code: tea.KeyTab})
		case '\n':
			p.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		default:
			p.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
}

// TestPageCells: a pasted tab and a typed one both separate cells (the
// textarea alone would turn them into spaces), and Windows line ends
// leave no blank lines, so line numbers stay the table's.
func TestPageCells(t *testing.T) {
	p, got := newPage(t)
	p.Update(tea.PasteMsg{Content: "Personnummer\tProgram\r\n19121212-1212\tSovhjälpen\r\n"})
	typeText(p, "191212121212\tOroshjälpen")
	if want := "Personnummer\tProgram\n19121212-1212\tSovhjälpen\n191212121212\tOroshjälpen"; p.Text() != want {
		t.Fatalf("Text() = %q, want %q", p.Text(), want)
	}
	p.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(*got) != 1 {
		t.Fatalf("read %d tables (problem %q)", len(*got), p.problem)
	}
	tb := (*got)[0]
	if len(tb.Header) != 2 || len(tb.Rows) != 2 || tb.Rows[1].Line != 3 || tb.Rows[1].Cells[1] != "Oroshjälpen" {
		t.Errorf("table %+v", tb)
	}
}

// TestPageProblems: nothing pasted, a missing file and an unknown file
// type are said on the page, and nothing is handed on.
func TestPageProblems(t *testing.T) {
	p, got := newPage(t)
	p.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if p.problem == "" {
		t.Error("an empty box gave no message")
	}
	p.Update(tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl})
	ods := filepath.Join(t.TempDir(), "lista.ods")
	if err := os.WriteFile(ods, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"/nonexistent/lista.csv": "filen finns inte", ods: "okänd filtyp"} {
		p.path.SetValue(name)
		p.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		if !strings.Contains(p.problem, want) || !strings.Contains(p.problem, "Ingenting är inläst") {
			t.Errorf("%s: message %q, want %q", name, p.problem, want)
		}
	}
	if len(*got) != 0 {
		t.Errorf("handed on %d tables", len(*got))
	}
}
