package phrases

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/lifecycle"
)

// Contact is how the contact the note documents took place (Kontaktsätt).
type Contact string

const (
	Written Contact = "skriftlig" // messages in 1177 Stöd och behandling, the usual IKBT follow-up
	Phone   Contact = "telefon"   // telephone contact replacing a visit
	Video   Contact = "video"     // video visit replacing a visit
	Visit   Contact = "besok"     // visit at the clinic
)

// Contacts are the contact types in display order.
var Contacts = []Contact{Written, Phone, Video, Visit}

// Label returns the Swedish wording used in notes.
func (c Contact) Label() string { return noteLabels()["contact."+string(c)] }

// Remote reports whether the contact takes ZV051 (manual 7.5: a video or
// telephone contact that replaces a visit).
func (c Contact) Remote() bool { return c == Phone || c == Video }

// OccasionLabel returns the Swedish name of a mättillfälle (manual 7.1.4),
// or "" for an unknown occasion.
func OccasionLabel(o caseload.Occasion) string { return noteLabels()["occasion."+string(o)] }

// Score is one rating to document under Skattningsskalor.
type Score struct {
	Instrument string // e.g. "MADRS-S"
	Total      int
	// Decimal is the score of a form scored in decimals (EDE-Q's mean,
	// AAQoL), written in place of Total with the form's decimals and a
	// decimal comma ("EDE-Q: 2,35 poäng"); nil for whole-number scores.
	Decimal        *float64
	Interpretation string // the band's text, e.g. "Lindrig depression"; may be empty
	Occasion       caseload.Occasion
	// Item9Unknown: a MADRS-S given only as a total (worklist.Item9Unknown);
	// the line says "fråga 9 okänd" rather than nothing.
	Item9Unknown bool
}

// Part is a part of a track or an add-on module, e.g. Hållbart arbetsliv part 3.
type Part struct {
	Track  string // programs track ID, e.g. "hallbart-arbetsliv", "sjalvmedkansla"
	Number int
}

// NoteInput is a moment's state for the note of an ongoing IKBT contact.
type NoteInput struct {
	Program     string // programs ID, e.g. "livsbalansen"
	ProgramName string // as shown under Behandlingsprogram, e.g. "Livsbalansen 8.0"
	Module      int    // base module just completed; it gives Kontaktorsak's modul x
	Parts       []Part // track parts and add-on modules completed as well
	NextModule  int    // module assigned next (Planering)
	FollowUp    caseload.Date
	Scores      []Score
	Item9       *int   // MADRS-S item 9, when answered; written with the Madrs phrase
	Diagnosis   string // main diagnosis, ICD-10, e.g. "F43.8"
	Contact     Contact
	// Challenge names Livsbalansen's challenge area (e.g. "Gränssättning")
	// whose first part is assigned with NextModule 6; Planering names both.
	Challenge string
	// ModulesTotal is the program's number of base modules. After the
	// last one (Module = ModulesTotal, NextModule 0) Planering says what
	// comes instead of a module.
	ModulesTotal int
}

// ClosingInput is the state for the note that closes a treatment.
type ClosingInput struct {
	NoteInput
	Completed int    // modules the patient completed
	Total     int    // modules in the program
	Reason    string // avslutningsorsak as chosen in Cosmic's list
	// Visit are the closing visit's lines (ClosingVisitLines, 3.6.6),
	// written under Avslut av behandling after the reason. With a visit
	// the reason may be empty: the visit's note is written before the
	// moment is closed (maintenance follows, 3.6.5), and the reason is
	// chosen at the closing.
	Visit []string
}

// NoteError is a missing or bad field of a note's input.
type NoteError struct {
	Field string // Go field path, e.g. "Scores[1].Occasion"
	Err   error
}

func (e *NoteError) Error() string { return "note: " + e.Field + ": " + e.Err.Error() }
func (e *NoteError) Unwrap() error { return e.Err }

func noteErr(field, format string, a ...any) error {
	return &NoteError{Field: field, Err: fmt.Errorf(format, a...)}
}

// BuildNote builds the note of an ongoing IKBT contact with the built-in phrases.
func BuildNote(n NoteInput) (string, error) { return Builtin().BuildNote(n) }

// BuildClosingNote builds the closing note with the built-in phrases.
func BuildClosingNote(c ClosingInput) (string, error) { return Builtin().BuildClosingNote(c) }

// BuildNote builds the note of an ongoing IKBT contact in the order of the
// template "Besök psykisk hälsa" (manual 7.1.2): Kontaktorsak, Kontaktsätt,
// Skattningsskalor, Behandlingsprogram, Åtgärd (behandlingsinsats),
// Planering, Diagnos. Each sökord is one "Sökord: text" block; blocks are
// separated by a blank line and the note has no final newline.
// Skattningsskalor is left out when there is nothing to report. The text
// is plain, for pasting into Cosmic.
func (s *Set) BuildNote(n NoteInput) (string, error) {
	if n.Module < 1 {
		return "", noteErr("Module", "the module just completed is missing")
	}
	last := n.NextModule == 0 && n.ModulesTotal > 0 && n.Module >= n.ModulesTotal
	if n.NextModule < 1 && !last {
		return "", noteErr("NextModule", "the module assigned next is missing")
	}
	if n.ModulesTotal > 0 && n.NextModule > n.ModulesTotal {
		return "", noteErr("NextModule", "module %d is beyond the program's %d", n.NextModule, n.ModulesTotal)
	}
	if n.FollowUp.IsZero() && !last {
		return "", noteErr("FollowUp", "the follow-up date is missing")
	}
	return s.build(n, n.Module, nil)
}

// BuildClosingNote builds the closing note: the blocks of BuildNote and,
// before Diagnos, Avslut av behandling with the modules completed of the
// program's total and the avslutningsorsak (manual 7.1.3). Åtgärd and
// Planering are left out when nothing was completed or planned;
// Kontaktorsak names Module, else Completed, and is left out when both are 0.
func (s *Set) BuildClosingNote(c ClosingInput) (string, error) {
	if c.Total < 1 {
		return "", noteErr("Total", "the program's number of modules is missing")
	}
	if c.Completed < 0 || c.Completed > c.Total {
		return "", noteErr("Completed", "%d modules completed of %d", c.Completed, c.Total)
	}
	if err := plainField("Reason", c.Reason, len(c.Visit) == 0); err != nil {
		return "", err
	}
	for i, v := range c.Visit {
		if err := plainField(fmt.Sprintf("Visit[%d]", i), v, false); err != nil {
			return "", err
		}
	}
	if (c.NextModule > 0) != !c.FollowUp.IsZero() {
		if c.NextModule < 1 {
			return "", noteErr("NextModule", "a follow-up date is given but no module")
		}
		return "", noteErr("FollowUp", "a module is given but no follow-up date")
	}
	closing := closingLines(c)
	reason := c.Module
	if reason < 1 {
		reason = c.Completed
	}
	return s.build(c.NoteInput, reason, closing)
}

// closingLines are the lines of Avslut av behandling (7.1.3): the
// modules completed of the total, the reason when given, then the
// closing visit's lines (3.6.6).
func closingLines(c ClosingInput) []string {
	l := noteLabels()
	modules := strings.NewReplacer("{klara}", strconv.Itoa(c.Completed), "{totalt}", strconv.Itoa(c.Total)).Replace(l["closing.modules"])
	out := []string{modules}
	if r := strings.TrimSpace(c.Reason); r != "" {
		out = append(out, l["closing.reason"]+": "+r)
	}
	return append(out, c.Visit...)
}

// ClosingVisitLines are the closing visit's answers for the closing note
// (3.6.6): "Avslutningsbesök DAY:", then each answered question as the
// manual words it with its answer (lifecycle.ClosingNoteLines); nil
// before the visit is held or with nothing answered.
func ClosingVisitLines(cl *caseload.Closing) []string {
	if cl == nil || cl.VisitHeld.IsZero() {
		return nil
	}
	lines := lifecycle.ClosingNoteLines(*cl)
	if len(lines) == 0 {
		return nil
	}
	head := strings.ReplaceAll(noteLabels()["closing.visit"], "{datum}", cl.VisitHeld.String())
	return append([]string{head}, lines...)
}

// build writes the blocks. reason is Kontaktorsak's module (0 leaves the
// block out); closing, when given, is the Avslut av behandling block.
func (s *Set) build(n NoteInput, reason int, closing []string) (string, error) {
	blocks, err := s.feedbackBlocks(n, reason, closing)
	if err != nil {
		return "", err
	}
	return Note{Blocks: blocks}.Text(), nil
}

// feedbackBlocks are the blocks of the weekly feedback and closing notes.
func (s *Set) feedbackBlocks(n NoteInput, reason int, closing []string) ([]Block, error) {
	l := noteLabels()
	if err := n.checkCommon(); err != nil {
		return nil, err
	}
	p := n.params()
	var b blocks
	if reason > 0 {
		ph, ok := s.contactReason(n.Program)
		if !ok {
			return nil, noteErr("Program", "no Kontaktorsak phrase for program %q", n.Program)
		}
		rp := p
		rp.Module = reason
		if err := b.code(s, "reason", ph.Code, rp); err != nil {
			return nil, err
		}
	}
	b.text("contact", n.Contact.Label())
	if err := s.scales(&b, n.Scores, n.Item9, p); err != nil {
		return nil, err
	}
	b.text("program", strings.TrimSpace(n.ProgramName))

	var parts []Phrase
	if n.Module > 0 {
		ph, ok := s.ForModule(n.Program, "", n.Module)
		if !ok {
			return nil, noteErr("Module", "program %q has no module %d", n.Program, n.Module)
		}
		parts = append(parts, ph)
	}
	for i, part := range n.Parts {
		ph, ok := s.ForModule(n.Program, part.Track, part.Number)
		if !ok {
			return nil, noteErr(fmt.Sprintf("Parts[%d]", i), "no phrase for part %d of %q", part.Number, part.Track)
		}
		parts = append(parts, ph)
	}
	for _, ph := range parts {
		// A personal text may use placeholders too.
		if err := b.code(s, "action", ph.Code, p); err != nil {
			return nil, err
		}
	}

	switch {
	case n.NextModule > 0 && strings.TrimSpace(n.Challenge) != "":
		if err := b.code(s, "planning", "uppintutm", p); err != nil {
			return nil, err
		}
	case n.NextModule > 0:
		if err := b.code(s, "planning", "uppint", p); err != nil {
			return nil, err
		}
	case closing == nil && n.ModulesTotal > 0 && n.Module >= n.ModulesTotal:
		// After the last module nothing is assigned: maintenance and a
		// closing visit come instead (manual 3.6.4–3.6.6).
		if err := b.code(s, "planning", "uppvidm", p); err != nil {
			return nil, err
		}
	}
	if closing != nil {
		b.text("closing", closing...)
	}
	b.text("diagnosis", n.kva(l, true))
	return b.list, nil
}

// checkCommon checks the fields every kind of note uses.
func (n NoteInput) checkCommon() error {
	if err := plainField("ProgramName", n.ProgramName, true); err != nil {
		return err
	}
	if err := plainField("Diagnosis", n.Diagnosis, true); err != nil {
		return err
	}
	if err := plainField("Challenge", n.Challenge, false); err != nil {
		return err
	}
	if n.Contact.Label() == "" {
		return noteErr("Contact", "%q is not a contact type (want skriftlig, telefon, video or besok)", n.Contact)
	}
	return nil
}

// params are the values typed codes take for this note.
func (n NoteInput) params() Params {
	return Params{Module: n.Module, Next: n.NextModule, Date: n.FollowUp, Score: n.Item9,
		Challenge: strings.TrimSpace(n.Challenge), Program: n.Program}
}

// kva is the Diagnos block: the main diagnosis, DU011 + ZV044 during IKBT
// (ongoing), and ZV051 for a telephone or video contact replacing a
// visit (manual 7.5).
func (n NoteInput) kva(l map[string]string, ongoing bool) string {
	kva := strings.TrimSpace(n.Diagnosis)
	var codes []string
	if ongoing {
		codes = append(codes, l["kva.ongoing"])
	}
	if n.Contact.Remote() {
		codes = append(codes, l["kva.remote"])
	}
	if len(codes) > 0 {
		kva += " + " + strings.Join(codes, ", ")
	}
	return kva
}

// scales adds Skattningsskalor: each score, then MADRS-S item 9 with its
// Madrs phrase (Madrs0–Madrs6, so the typed code gives the same line).
func (s *Set) scales(b *blocks, scores []Score, item9 *int, p Params) error {
	l := noteLabels()
	for i, sc := range scores {
		line, err := scoreLine(l, i, sc)
		if err != nil {
			return err
		}
		b.text("scales", line)
	}
	if item9 != nil {
		if *item9 < 0 || *item9 > maxItem9 {
			return noteErr("Item9", "%d is outside MADRS-S item 9's 0–%d", *item9, maxItem9)
		}
		if err := b.code(s, "scales", "Madrs"+strconv.Itoa(*item9), p); err != nil {
			return err
		}
	}
	return nil
}

func scoreLine(l map[string]string, i int, sc Score) (string, error) {
	field := fmt.Sprintf("Scores[%d]", i)
	if err := plainField(field+".Instrument", sc.Instrument, true); err != nil {
		return "", err
	}
	if err := plainField(field+".Interpretation", sc.Interpretation, false); err != nil {
		return "", err
	}
	occ := OccasionLabel(sc.Occasion)
	if occ == "" {
		return "", noteErr(field+".Occasion", "%q is not a mättillfälle", sc.Occasion)
	}
	points := strconv.Itoa(sc.Total)
	if sc.Decimal != nil {
		if in, ok := instruments.Get(strings.TrimSpace(sc.Instrument)); ok {
			points = in.Format(*sc.Decimal, true)
		} else {
			points = strings.Replace(strconv.FormatFloat(*sc.Decimal, 'f', -1, 64), ".", ",", 1)
		}
	}
	line := fmt.Sprintf("%s: %s %s", strings.TrimSpace(sc.Instrument), points, l["score.points"])
	if in := strings.TrimRight(strings.TrimSpace(sc.Interpretation), "."); in != "" {
		line += ", " + in
	}
	if sc.Item9Unknown {
		line += ", " + l["score.item9unknown"]
	}
	return line + ". " + l["occasion.label"] + ": " + occ, nil
}

// plainField refuses text that would not paste cleanly as one line:
// line breaks and control characters (an ANSI escape starts with one).
func plainField(field, v string, required bool) error {
	if strings.TrimSpace(v) == "" {
		if required {
			return noteErr(field, "missing")
		}
		return nil
	}
	for _, r := range v {
		if unicode.IsControl(r) {
			return noteErr(field, "has the control character %q", r)
		}
	}
	return nil
}

// plain drops spaces at line ends, which Cosmic keeps but nobody wants.
func plain(s string) string {
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		lines[i] = strings.TrimRight(ln, " \t")
	}
	return strings.Join(lines, "\n")
}

//go:embed data/note.tsv
var noteTSV string

var noteLabels = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(noteTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || line == "key\ttext" {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			panic("phrases: data/note.tsv: line without a tab: " + line)
		}
		m[k] = v
	}
	return m
})
