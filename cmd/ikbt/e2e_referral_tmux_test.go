package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestReferralInTmux follows a referral from its arrival to the first
// module in the real binary (issue 16): added on the Bedömning tab,
// contacted, an assessment answer with MADRS-S item 9 = 4 that shows as a
// red flag in Flaggor at once and opens the referral from there, the flag
// handled, IKBT decided; the moment is then on the Moment tab with module
// 1 open.
func TestReferralInTmux(t *testing.T) {
	s := newTmux(t, "referral")
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "ikbt.db")
	command := fmt.Sprintf("env -u IKBT_CLINICIAN -u IKBT_DB TERM=xterm-256color %s --db %s --create --today 2026-11-23; sleep 30", bin, db)
	s.start(110, 36, command)
	s.waitText("Bedömning 0")
	// step sends one key and waits for the field it leads to (keys in a
	// burst could overtake the form's move to the next field).
	step := func(key, next string) {
		s.keys(key)
		s.waitText("┃ " + next)
	}
	typeIn := func(text, next string) {
		s.keys("-l", text)
		step("Enter", next)
	}

	// A referral arrives.
	s.keys("5")
	s.waitText("Inga remisser väntar")
	s.keys("n")
	s.waitText("Ny remiss", "┃ Personnummer")
	typeIn("19850315-9801", "Namn")
	typeIn("Tova Testsson", "Remittent")
	typeIn("Distriktsläkare (fiktiv)", "Remissen kom")
	step("Enter", "Behandlare") // the referral came today
	s.keys("-l", "Anna Test")
	s.keys("Enter")
	s.waitText("Remiss R-20261123-1 tillagd för Tova Testsson", "Bedömning 1", "Kontakta patienten")

	// Its page: contacted.
	s.keys("Enter")
	s.waitText("Tova Testsson  19850315-XXXX", "Nästa steg: Kontakta patienten")
	s.keys("t")
	s.waitText("┃ Vilket steg")
	step("Enter", "Dag")
	s.keys("Enter")
	s.waitText("✓ Kontaktad", "Nästa steg: Boka bedömningsbesök")

	// An answer with item 9 = 4: red at once.
	s.keys("m")
	s.waitText("Svar under bedömningen · Tova Testsson")
	screen := s.capture()
	for i := 0; i < 60 && !strings.Contains(screen, "> MADRS-S –"); i++ {
		s.keys("Down")
		screen = s.capture()
	}
	step("Enter", "Svar per fråga")
	s.keys("-l", "2 2 2 2 2 2 2 2 4")
	s.waitText("RÖD FLAGGA (4.1)")
	step("Enter", "Besvarat")
	s.keys("Enter")
	s.waitText("MADRS-S sparat: fråga 9 = 4 – RÖD FLAGGA", "RÖD FLAGGA: MADRS-S fråga 9 = 4")

	// In Flaggor its row opens the referral.
	s.keys("Escape")
	s.waitText("Bedömning 1")
	s.keys("3")
	s.keys("/")
	s.keys("-l", "Tova")
	s.keys("Enter")
	s.waitText("Tova Testsson", "RÖD FLAGGA Livslust 4")
	if strings.Contains(s.capture(), "Kunde inte läsa momentet") {
		t.Fatalf("the flag's row tried to read a moment:\n%s", s.capture())
	}
	s.keys("Enter")
	s.waitText("Remiss R-20261123-1", "H hanterar")
	s.keys("H")
	s.waitText("┃ Vilken flagga")
	step("Enter", "Vem hanterade")
	step("Enter", "När")
	step("Enter", "Vad gjordes")
	s.keys("-l", "Ringt samma dag, ingen akut risk")
	s.keys("Enter")
	s.waitText("Röda flaggan hanterad")
	// The checklist's questions wrap (issue 16): the answers are further
	// down the page than the pane; page down to them.
	s.keys("NPage")
	s.keys("NPage")
	s.waitText("⚑ hanterad")

	// IKBT: the moment starts.
	s.keys("d")
	s.waitText("┃ Beslut")
	step("Enter", "Program")
	step("Enter", "Start")
	step("Enter", "Veckodag")
	step("Enter", "Diagnos")
	s.keys("-l", "F32.1")
	s.keys("Enter")
	s.waitText("Beslut IKBT: moment", "Beslut: IKBT, moment")
	s.keys("Escape")
	s.waitText("Bedömning 0") // decided: it left the list
	s.keys("1")
	s.waitText("Tova Testsson", "Livsbalans", "1/")
	s.keys("q")
}
