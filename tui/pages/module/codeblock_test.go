package module

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/ikbt/ikbt/programs"
)

// everyModule is every module text of the embedded catalogue: base
// modules, program tracks and add-on tracks.
func everyModule(c *programs.Catalogue) []*programs.Module {
	var ms []*programs.Module
	for _, p := range c.Programs() {
		ms = append(ms, p.Modules...)
		for _, t := range p.Tracks {
			ms = append(ms, t.Modules...)
		}
	}
	for _, t := range c.Addons() {
		ms = append(ms, t.Modules...)
	}
	return ms
}

// TestModuleTextsHaveNoCodeBlocks guards the plain code-block renderer
// (third_party/chroma, see README "Dependencies"): it is only right while
// no module text has a code block, fenced or indented, which Glamour's
// parser (goldmark) would hand to the highlighter.
func TestModuleTextsHaveNoCodeBlocks(t *testing.T) {
	ms := everyModule(programs.Default())
	if len(ms) < 20 {
		t.Fatalf("%d module texts: the catalogue was not walked", len(ms))
	}
	md := goldmark.New()
	for _, m := range ms {
		body, err := m.Markdown()
		if err != nil || strings.TrimSpace(body) == "" {
			t.Errorf("%s/%s: empty text (%v)", m.Program, m.Key, err)
			continue
		}
		src := []byte(body)
		doc := md.Parser().Parse(text.NewReader(src))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n.Kind() {
			case ast.KindCodeBlock, ast.KindFencedCodeBlock:
				line := 1 + strings.Count(string(src[:n.Lines().At(0).Start]), "\n")
				t.Errorf("%s/%s line %d: a code block; the module renderer shows code plainly (README, Dependencies)", m.Program, m.Key, line)
			}
			return ast.WalkContinue, nil
		})
	}
}

// TestRenderModuleCodeBlockPlain: a code block, were one to appear, is
// shown as written, not dropped or garbled.
func TestRenderModuleCodeBlockPlain(t *testing.T) {
	mod := (&programs.Module{Key: "x"}).WithText("Före.\n\n```go\nx := räkna(1, 2)\n```\n\nEfter.\n")
	msg := renderModule(mod, 60)().(Msg)
	if msg.err != nil {
		t.Fatal(msg.err)
	}
	if !strings.Contains(msg.text, "x := räkna(1, 2)") || !strings.Contains(msg.text, "Efter.") {
		t.Errorf("code block not shown as written:\n%q", msg.text)
	}
}
