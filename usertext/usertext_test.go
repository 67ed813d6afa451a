package usertext

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestCatalogue: every entry says the same in both languages, with the
// same arguments in the same order.
func TestCatalogue(t *testing.T) {
	verbs := func(f string) string {
		var out []string
		for i := 0; i < len(f)-1; i++ {
			if f[i] == '%' {
				out = append(out, f[i:i+2])
				i++
			}
		}
		return strings.Join(out, " ")
	}
	for _, c := range Codes() {
		if !Has(c) {
			t.Errorf("%s: missing a language", c)
			continue
		}
		e := catalogue[c]
		if verbs(e.sv) != verbs(e.en) {
			t.Errorf("%s: arguments %q in Swedish, %q in English", c, verbs(e.sv), verbs(e.en))
		}
	}
}

type coded struct {
	loc  string
	code Code
	args []any
}

func (c coded) Error() string         { return "coded" }
func (c coded) Location() string      { return c.loc }
func (c coded) Reason() (Code, []any) { return c.code, c.args }

func TestRender(t *testing.T) {
	e := fmt.Errorf("outer: %w", coded{loc: "x.db", code: Locked})
	if got := Render(e, Swedish); got != "x.db: "+catalogue[Locked].sv {
		t.Errorf("sv %q", got)
	}
	if got := Render(e, English); got != "x.db: "+catalogue[Locked].en {
		t.Errorf("en %q", got)
	}
	inner := coded{code: PNRCheck}
	outer := coded{loc: "patients[0].personnummer", code: ImportPNR, args: []any{"19121212XXXX", inner}}
	if got := Render(outer, Swedish); got != "patients[0].personnummer: personnumret 19121212XXXX har fel kontrollsiffra" {
		t.Errorf("nested %q", got)
	}
	if got := Render(errors.New("plain"), Swedish); got != "plain" {
		t.Errorf("plain %q", got)
	}
}
