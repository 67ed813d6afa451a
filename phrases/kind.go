package phrases

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/ikbt/ikbt/caseload"
)

// Kind is the kind of contact a note documents. Each kind has its own
// prefilled blocks, always in the template's order (manual 7.1.2).
type Kind string

const (
	KindFeedback Kind = "feedback" // weekly feedback on a module (7.1.2, 7.2)
	KindFlag     Kind = "flag"     // contact after a red flag, MADRS-S item 9 ≥ 4 (4.1)
	KindReminder Kind = "reminder" // after a missed agreed day or inactivity (3.6.1, 6.3)
	KindStart    Kind = "start"    // start of treatment: module 1 assigned, start battery (3.6, 4.3.1)
	KindClosing  Kind = "closing"  // closing the treatment (7.1.3)
	KindFollowUp Kind = "followup" // follow-up after the treatment (7.1.4 Uppföljning)
	KindFree     Kind = "free"     // a note of the clinician's own, with the moment's facts
)

// Kinds are the note kinds in the order the composer offers them.
var Kinds = []Kind{KindFeedback, KindFlag, KindReminder, KindStart, KindClosing, KindFollowUp, KindFree}

// ParseKind reads a kind by its English name (feedback, flag, …).
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	for _, x := range Kinds {
		if x == k {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown note kind %q (want feedback, flag, reminder, start, closing, followup or free)", s)
}

// Label is the kind's Swedish name, for the composer's title.
func (k Kind) Label() string { return noteLabels()["kind."+string(k)] }

// Line is one line of a block. Code is the phrase code that gives Text
// when typed with the note's Params ("" for a line of the moment's data
// or of the clinician's own words).
type Line struct {
	Code string
	Text string
}

// Block is one sökord and its lines.
type Block struct {
	Key    string // stable name: reason, contact, scales, program, action, planning, closing, diagnosis
	Sokord string // as written in the note, e.g. Kontaktorsak
	Lines  []Line
}

// Note is a built note: its kind, blocks, and the parameters a code typed
// into it takes (the same values the prebuilt blocks used).
type Note struct {
	Kind   Kind
	Blocks []Block
	Params Params
}

// Text is the note for Cosmic: one "Sökord: text" block per sökord,
// blocks separated by a blank line, no final newline, plain text.
func (n Note) Text() string {
	out := make([]string, 0, len(n.Blocks))
	for _, b := range n.Blocks {
		lines := make([]string, len(b.Lines))
		for i, l := range b.Lines {
			lines[i] = l.Text
		}
		out = append(out, b.Sokord+": "+strings.Join(lines, "\n"))
	}
	return plain(strings.Join(out, "\n\n"))
}

// blocks collects lines, a block per key in the order first used.
type blocks struct{ list []Block }

func (b *blocks) add(key string, l Line) {
	if n := len(b.list); n > 0 && b.list[n-1].Key == key {
		b.list[n-1].Lines = append(b.list[n-1].Lines, l)
		return
	}
	b.list = append(b.list, Block{Key: key, Sokord: noteLabels()["sokord."+key], Lines: []Line{l}})
}

func (b *blocks) text(key string, lines ...string) {
	for _, t := range lines {
		b.add(key, Line{Text: t})
	}
}

// code adds the text of a code with p, exactly as typing it would give.
func (b *blocks) code(s *Set, key, code string, p Params) error {
	t, err := s.Expand(code, p)
	if err != nil {
		return err
	}
	b.add(key, Line{Code: code, Text: t})
	return nil
}

// FlagContact is what the `H` form recorded for a handled red flag, and
// the score that raised it.
type FlagContact struct {
	Instrument string         // MADRS-S or MADRS-S9
	Score      int            // item 9, 4–6
	Answered   caseload.Stamp // when the patient answered
	HandledBy  string
	HandledAt  caseload.Stamp
	Action     string // what was done, in the clinician's words
}

// ReminderReason is why the patient is reminded.
type ReminderReason string

const (
	ReminderMissed   ReminderReason = "missed"   // no message or module on the agreed day (3.6.1)
	ReminderInactive ReminderReason = "inactive" // not logged in or active for 10 days (3.6.1)
)

// Request is everything a note of any kind is built from.
type Request struct {
	Kind Kind
	// NoteInput is the moment's state. Module is the module the contact
	// is about (for a reminder or red-flag contact the module the patient
	// is working on, possibly not yet submitted), NextModule the module
	// assigned (feedback, start).
	NoteInput
	Flag      *FlagContact   // KindFlag
	Reminder  ReminderReason // KindReminder
	Completed int            // KindClosing: modules completed
	Reason    string         // KindClosing: avslutningsorsak ("" before the moment is closed)
	Visit     []string       // KindClosing: the closing visit's lines (ClosingVisitLines, 3.6.6)
	// Plan is the clinician's plan, written under Planering instead of the
	// prefilled one (flag, follow-up and free notes).
	Plan string
	// Moment names the moment in errors.
	Moment string
}

// Params are the values codes typed into this note take: exactly those
// the prebuilt blocks used.
func (r Request) Params() Params {
	p := r.NoteInput.params()
	if r.Kind == KindFlag && r.Flag != nil {
		sc := r.Flag.Score
		p.Score = &sc
	}
	return p
}

// Build builds a note of any kind with the built-in phrases.
func Build(r Request) (Note, error) { return Builtin().Build(r) }

// Build builds the note of r.Kind, prefilled from r in the template's
// order: Kontaktorsak, Kontaktsätt, Skattningsskalor, Behandlingsprogram,
// Åtgärd (behandlingsinsats), Planering, [Avslut av behandling], Diagnos.
func (s *Set) Build(r Request) (Note, error) {
	n := Note{Kind: r.Kind, Params: r.Params()}
	var err error
	switch r.Kind {
	case KindFeedback:
		// BuildNote checks the fields; the blocks come from the same code.
		if _, err = s.BuildNote(r.NoteInput); err == nil {
			n.Blocks, err = s.feedbackBlocks(r.NoteInput, r.Module, nil)
		}
	case KindClosing:
		c := ClosingInput{NoteInput: r.NoteInput, Completed: r.Completed, Total: r.ModulesTotal, Reason: r.Reason, Visit: r.Visit}
		c.NextModule, c.FollowUp, c.Challenge = 0, caseload.Date{}, ""
		if _, err = s.BuildClosingNote(c); err == nil {
			reason := c.Module
			if reason < 1 {
				reason = c.Completed
			}
			c.Module = reason
			n.Params = Request{Kind: KindClosing, NoteInput: c.NoteInput}.Params()
			n.Blocks, err = s.feedbackBlocks(c.NoteInput, reason, closingLines(c))
		}
	case KindFlag:
		n.Blocks, err = s.flagBlocks(r)
	case KindReminder:
		n.Blocks, err = s.reminderBlocks(r)
	case KindStart:
		n.Blocks, err = s.startBlocks(r)
	case KindFollowUp:
		n.Blocks, err = s.followUpBlocks(r)
	case KindFree:
		n.Blocks, err = s.freeBlocks(r)
	default:
		_, err = ParseKind(string(r.Kind))
	}
	if err != nil {
		return Note{}, err
	}
	return n, nil
}

// plan adds the clinician's plan, if any, under Planering.
func (r Request) plan(b *blocks) error {
	if strings.TrimSpace(r.Plan) == "" {
		return nil
	}
	if err := multiline("Plan", r.Plan); err != nil {
		return err
	}
	b.text("planning", strings.Split(strings.TrimSpace(r.Plan), "\n")...)
	return nil
}

// multiline refuses control characters other than line breaks.
func multiline(field, v string) error {
	for _, r := range v {
		if unicode.IsControl(r) && r != '\n' {
			return noteErr(field, "has the control character %q", r)
		}
	}
	return nil
}

// reason adds the program's kbtint line for the module the contact is about.
func (s *Set) reason(b *blocks, r Request, p Params) error {
	if r.Module < 1 {
		return nil
	}
	ph, ok := s.contactReason(r.Program)
	if !ok {
		return noteErr("Program", "no Kontaktorsak phrase for program %q", r.Program)
	}
	if r.ModulesTotal > 0 && r.Module > r.ModulesTotal {
		return noteErr("Module", "module %d is beyond the program's %d", r.Module, r.ModulesTotal)
	}
	return b.code(s, "reason", ph.Code, p)
}

// flagBlocks is the note of the contact after a red flag (manual 4.1): why
// (the red flag), how, the MADRS-S item 9 phrase with its score (7.2.14),
// what was done (who, when, what from the `H` form), the plan and the
// codes, ZV051 when by telephone or video (7.5).
func (s *Set) flagBlocks(r Request) ([]Block, error) {
	f := r.Flag
	if f == nil {
		return nil, noteErr("Flag", "no handled red flag")
	}
	if err := r.checkCommon(); err != nil {
		return nil, err
	}
	if f.Score < 0 || f.Score > maxItem9 {
		return nil, noteErr("Flag.Score", "%d is outside MADRS-S item 9's 0–%d", f.Score, maxItem9)
	}
	if err := plainField("Flag.HandledBy", f.HandledBy, true); err != nil {
		return nil, err
	}
	if f.HandledAt.IsZero() {
		return nil, noteErr("Flag.HandledAt", "missing")
	}
	if strings.TrimSpace(f.Action) == "" {
		return nil, noteErr("Flag.Action", "missing")
	}
	if err := multiline("Flag.Action", f.Action); err != nil {
		return nil, err
	}
	p := r.Params()
	var b blocks
	if err := s.reason(&b, r, p); err != nil {
		return nil, err
	}
	if err := b.code(s, "reason", "rödflagga", p); err != nil {
		return nil, err
	}
	b.text("contact", r.Contact.Label())
	sc := f.Score
	if err := s.scales(&b, nil, &sc, p); err != nil {
		return nil, err
	}
	b.text("program", strings.TrimSpace(r.ProgramName))
	at := f.HandledAt.Date().String() + " " + noteLabels()["flag.at"] + " " + f.HandledAt.Time().Format("15:04")
	handled := strings.NewReplacer("{när}", at, "{vem}", strings.TrimSpace(f.HandledBy)).Replace(noteLabels()["flag.handled"])
	action := strings.Split(strings.TrimSpace(f.Action), "\n")
	action[0] = handled + " " + action[0]
	b.text("action", action...)
	if strings.TrimSpace(r.Plan) != "" {
		if err := r.plan(&b); err != nil {
			return nil, err
		}
	} else if r.Module > 0 && !r.FollowUp.IsZero() {
		if err := b.code(s, "planning", "uppfort", p); err != nil {
			return nil, err
		}
	}
	b.text("diagnosis", r.kva(noteLabels(), true))
	return b.list, nil
}

// reminderBlocks is the note of a reminder (manual 3.6.1, 6.3): the module
// the patient is working on, why, by message or telephone, and the plan.
func (s *Set) reminderBlocks(r Request) ([]Block, error) {
	if err := r.checkCommon(); err != nil {
		return nil, err
	}
	if r.Module < 1 {
		return nil, noteErr("Module", "the module the patient is working on is missing")
	}
	if r.FollowUp.IsZero() {
		return nil, noteErr("FollowUp", "the follow-up date is missing")
	}
	var why string
	switch r.Reminder {
	case ReminderMissed:
		why = "påmtid"
	case ReminderInactive:
		why = "påminakt"
	default:
		return nil, noteErr("Reminder", "%q is not a reason (want missed or inactive)", r.Reminder)
	}
	how := "påmmed"
	if r.Contact == Phone {
		how = "påmtel"
	}
	p := r.Params()
	var b blocks
	if err := s.reason(&b, r, p); err != nil {
		return nil, err
	}
	b.text("contact", r.Contact.Label())
	b.text("program", strings.TrimSpace(r.ProgramName))
	for _, c := range []string{why, how} {
		if err := b.code(s, "action", c, p); err != nil {
			return nil, err
		}
	}
	if err := b.code(s, "planning", "uppfort", p); err != nil {
		return nil, err
	}
	b.text("diagnosis", r.kva(noteLabels(), true))
	return b.list, nil
}

// startBlocks is the note of the start of treatment: module 1 assigned
// and the start battery (manual 3.6, 4.3.1, 7.1.4 Uppstart behandling).
func (s *Set) startBlocks(r Request) ([]Block, error) {
	if err := r.checkCommon(); err != nil {
		return nil, err
	}
	r.Module, r.NextModule = 1, 1
	if r.FollowUp.IsZero() {
		return nil, noteErr("FollowUp", "the follow-up date is missing")
	}
	p := r.Params()
	var b blocks
	if err := s.reason(&b, r, p); err != nil {
		return nil, err
	}
	b.text("contact", r.Contact.Label())
	if err := s.scales(&b, r.Scores, r.Item9, p); err != nil {
		return nil, err
	}
	b.text("program", strings.TrimSpace(r.ProgramName))
	if err := b.code(s, "action", "startint", p); err != nil {
		return nil, err
	}
	if err := b.code(s, "planning", "uppint", p); err != nil {
		return nil, err
	}
	b.text("diagnosis", r.kva(noteLabels(), true))
	return b.list, nil
}

// followUpBlocks is the note of a follow-up after the treatment ended
// (manual 7.1.4 Uppföljning) with its scores. DU011 + ZV044 are for
// ongoing IKBT (7.5), so Diagnos has the main diagnosis (and ZV051).
func (s *Set) followUpBlocks(r Request) ([]Block, error) {
	if err := r.checkCommon(); err != nil {
		return nil, err
	}
	p := r.Params()
	var b blocks
	if err := b.code(s, "reason", "uppfkbt", p); err != nil {
		return nil, err
	}
	b.text("contact", r.Contact.Label())
	if err := s.scales(&b, r.Scores, r.Item9, p); err != nil {
		return nil, err
	}
	b.text("program", strings.TrimSpace(r.ProgramName))
	if err := b.code(s, "action", "uppfåtg", p); err != nil {
		return nil, err
	}
	if err := r.plan(&b); err != nil {
		return nil, err
	}
	b.text("diagnosis", r.kva(noteLabels(), false))
	return b.list, nil
}

// freeBlocks is a note of the clinician's own: only the moment's facts
// (how, which program, the codes) and the plan if given.
func (s *Set) freeBlocks(r Request) ([]Block, error) {
	if err := r.checkCommon(); err != nil {
		return nil, err
	}
	var b blocks
	b.text("contact", r.Contact.Label())
	b.text("program", strings.TrimSpace(r.ProgramName))
	if err := r.plan(&b); err != nil {
		return nil, err
	}
	b.text("diagnosis", r.kva(noteLabels(), true))
	return b.list, nil
}
