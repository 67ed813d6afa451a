package phrases_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/programs"
)

var updateKinds = flag.Bool("update-kinds", false, "rewrite testdata/kinds/*.golden")

// day is the fixed day of the golden notes, a Wednesday.
var day = caseload.NewDate(2026, 11, 25)

func st(m time.Month, d, hh int) caseload.Stamp { return caseload.NewStamp(2026, m, d, hh, 0) }

// fixture is a fictional moment of program p in the state a kind of note
// documents: modules 1–3 done and 4 opened, a red flag on item 9 handled,
// the start and follow-up batteries answered; closed for the closing note.
// Livsbalansen has chosen the challenge area Oro.
func fixture(p *programs.Program, k phrases.Kind) caseload.Moment {
	m := caseload.Moment{ID: "m-" + p.ID, Program: p.ID, Started: caseload.NewDate(2026, 10, 1),
		FeedbackDay: time.Monday, Status: caseload.Active, Diagnosis: "F41.1"}
	for i := 1; i <= 3; i++ {
		m.Modules = append(m.Modules, caseload.ModuleEvent{Module: string(rune('0' + i)),
			Opened: st(10, 1+7*(i-1), 9), Submitted: st(10, 5+7*(i-1), 20), Feedback: st(10, 6+7*(i-1), 10)})
	}
	m.Modules = append(m.Modules, caseload.ModuleEvent{Module: "4", Opened: st(10, 20, 10)})
	m.Measurements = []caseload.Measurement{
		{Instrument: "MADRS-S", Occasion: caseload.Startup, Answered: st(9, 28, 12), Total: 22, Item9: 2},
		{Instrument: "MADRS-S", Occasion: caseload.Ongoing, Answered: st(11, 20, 8), Total: 27, Item9: 4},
	}
	m.Flags = []caseload.Flag{{Kind: caseload.FlagMADRS9, Ref: st(11, 20, 8).String(), Raised: caseload.NewDate(2026, 11, 20),
		HandledBy: "Åsa Lind", HandledAt: st(11, 20, 14),
		Note: "Ringt patienten, ingen akut suicidrisk.\nBokat besök 2026-11-23."}}
	if p.ID == "livsbalansen" {
		m.Challenge = "oro"
	}
	switch k {
	case phrases.KindClosing:
		m.Status, m.ClosedOn, m.ClosingReason = caseload.Closed, day, "Behandlingen avbruten"
		m.Measurements = append(m.Measurements, caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.Final,
			Answered: st(11, 24, 9), Total: 12, Item9: 1})
	case phrases.KindFollowUp:
		m.Status, m.ClosedOn, m.ClosingReason = caseload.Closed, caseload.NewDate(2026, 6, 1), "Behandlingen genomförd"
		m.Measurements = append(m.Measurements, caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.FollowUp,
			Answered: st(11, 24, 9), Total: 8, Item9: 0})
	case phrases.KindReminder:
		m.LastLogin = st(11, 1, 10) // 24 days: inactive
	}
	return m
}

// For every program and every kind, the note on a fixed day is the golden
// one, and each coded line is exactly what typing its code gives.
func TestBuildGolden(t *testing.T) {
	cat := programs.Default()
	set := phrases.Builtin()
	for _, p := range cat.Programs() {
		for _, k := range phrases.Kinds {
			t.Run(p.ID+"/"+string(k), func(t *testing.T) {
				m := fixture(p, k)
				r, err := phrases.RequestFor(cat, &m, k, day)
				if err != nil {
					t.Fatal(err)
				}
				if k == phrases.KindFlag || k == phrases.KindReminder {
					r.Contact = phrases.Phone
				}
				n, err := set.Build(r)
				if err != nil {
					t.Fatal(err)
				}
				got := n.Text()
				if strings.Contains(got, "{") || strings.ContainsAny(got, "\x1b\r\t") || strings.Contains(got, " \n") {
					t.Errorf("not plain:\n%s", got)
				}
				golden := filepath.Join("testdata", "kinds", p.ID+"-"+string(k)+".golden")
				if *updateKinds {
					os.MkdirAll(filepath.Dir(golden), 0o755)
					if err := os.WriteFile(golden, []byte(got+"\n"), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatal(err)
				}
				if got+"\n" != string(want) {
					t.Errorf("differs from %s:\n got:\n%s\nwant:\n%s", golden, got, want)
				}
				checkCodesGiveBlocks(t, set, n)
				if issues := set.CheckCodes(got, p.ID); len(issues) != 0 {
					t.Errorf("the prebuilt note has code issues: %v", issues)
				}
			})
		}
	}
}

// checkCodesGiveBlocks: every coded line is the code's text with the
// note's parameters, typed alone (Expand) or in a draft (ExpandText).
func checkCodesGiveBlocks(t *testing.T, set *phrases.Set, n phrases.Note) {
	t.Helper()
	coded := 0
	for _, b := range n.Blocks {
		for _, l := range b.Lines {
			if l.Code == "" {
				continue
			}
			coded++
			if got, err := set.Expand(l.Code, n.Params); err != nil || got != l.Text {
				t.Errorf("%s: typed %s gives %q, %v; the block has %q", b.Sokord, l.Code, got, err, l.Text)
			}
			if got, errs := set.ExpandText(l.Code+"\n", n.Params); len(errs) != 0 || got != l.Text+"\n" {
				t.Errorf("%s: %s in a draft gives %q, %v", b.Sokord, l.Code, got, errs)
			}
		}
	}
	if coded == 0 && n.Kind != phrases.KindFree {
		t.Errorf("%s note has no coded line", n.Kind)
	}
}

// The module the contact is about and the module assigned are two values:
// after feedback on module 3, kbtint says 3 and uppint 4 — typed or prebuilt.
func TestModuleAndNextAreApart(t *testing.T) {
	cat := programs.Default()
	for _, p := range cat.Programs() {
		m := fixture(p, phrases.KindFeedback)
		m.Modules = m.Modules[:3] // module 4 not yet opened: next is 3 + 1
		r, err := phrases.RequestFor(cat, &m, phrases.KindFeedback, day)
		if err != nil {
			t.Fatal(err)
		}
		if r.Module != 3 || r.NextModule != 4 {
			t.Fatalf("%s: module %d, next %d; want 3 and 4", p.ID, r.Module, r.NextModule)
		}
		n, err := phrases.Build(r)
		if err != nil {
			t.Fatal(err)
		}
		up, _ := phrases.Expand("uppint", n.Params)
		if !strings.Contains(up, "tilldelas modul 4.") || !strings.Contains(n.Text(), up) {
			t.Errorf("%s: uppint typed = %q; note:\n%s", p.ID, up, n.Text())
		}
		reason := n.Blocks[0].Lines[0]
		if !strings.HasSuffix(reason.Text, "modul 3") {
			t.Errorf("%s: Kontaktorsak %q", p.ID, reason.Text)
		}
	}
}

// After the last module nothing is assigned; Planering says what comes.
func TestAfterLastModule(t *testing.T) {
	cat := programs.Default()
	for _, p := range cat.Programs() {
		m := fixture(p, phrases.KindFeedback)
		m.Modules = nil
		for i := 1; i <= p.Total(); i++ {
			key := p.Modules[i-1].Key
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: key, Opened: st(10, i, 9), Submitted: st(10, i, 20), Feedback: st(11, i, 10)})
		}
		r, err := phrases.RequestFor(cat, &m, phrases.KindFeedback, day)
		if err != nil {
			t.Fatal(err)
		}
		if r.Module != p.Total() || r.NextModule != 0 {
			t.Fatalf("%s: module %d next %d", p.ID, r.Module, r.NextModule)
		}
		n, err := phrases.Build(r)
		if err != nil {
			t.Fatal(err)
		}
		text := n.Text()
		if strings.Contains(text, "tilldelas") || !strings.Contains(text, "Planering: Patienten har genomfört programmets sista modul. Behandlingsprogrammet sätts i vidmakthållandeläge") {
			t.Errorf("%s:\n%s", p.ID, text)
		}
		if _, err := phrases.Expand("uppint", n.Params); err == nil {
			t.Errorf("%s: uppint expands after the last module", p.ID)
		}
		checkCodesGiveBlocks(t, phrases.Builtin(), n)
	}
}

// Livsbalansen: feedback on module 5 opens module 6 and the first part of
// the chosen challenge area; Planering names both.
func TestLivsbalansenModule5OpensChallenge(t *testing.T) {
	cat := programs.Default()
	p, _ := cat.Program("livsbalansen")
	for _, tc := range []struct{ challenge, name string }{
		{"oro", "Oro"}, {"gransattning", "Gränssättning"}, {"perfektionism", "Perfektionism"}, {"uppskjutande", "Uppskjutandebeteende"},
	} {
		m := fixture(p, phrases.KindFeedback)
		m.Challenge = tc.challenge
		m.Modules = nil
		for i := 1; i <= 5; i++ {
			m.Modules = append(m.Modules, caseload.ModuleEvent{Module: string(rune('0' + i)), Opened: st(10, i, 9), Submitted: st(10, i, 20), Feedback: st(11, i, 10)})
		}
		r, err := phrases.RequestFor(cat, &m, phrases.KindFeedback, day)
		if err != nil {
			t.Fatal(err)
		}
		n, err := phrases.Build(r)
		if err != nil {
			t.Fatal(err)
		}
		want := "Planering: Patienten tilldelas modul 6 och första delen av utmaningsområdet " + tc.name + ". Uppföljning den 2026-11-30"
		if !strings.Contains(n.Text(), want) {
			t.Errorf("%s: want %q in\n%s", tc.challenge, want, n.Text())
		}
		checkCodesGiveBlocks(t, phrases.Builtin(), n)
	}
	// No area chosen yet: module 6 alone, never a made-up area.
	m := fixture(p, phrases.KindFeedback)
	m.Challenge = ""
	m.Modules = m.Modules[:0]
	for i := 1; i <= 5; i++ {
		m.Modules = append(m.Modules, caseload.ModuleEvent{Module: string(rune('0' + i)), Opened: st(10, i, 9), Feedback: st(11, i, 10)})
	}
	r, _ := phrases.RequestFor(cat, &m, phrases.KindFeedback, day)
	n, err := phrases.Build(r)
	if err != nil || !strings.Contains(n.Text(), "Planering: Patienten tilldelas modul 6. Uppföljning") {
		t.Errorf("no challenge chosen: %v\n%s", err, n.Text())
	}
	// uppintutm belongs to Livsbalansen: in another program's note it is foreign.
	if _, err := phrases.Expand("uppintutm", phrases.Params{Next: 6, Challenge: "Oro", Date: day, Program: "oroshjalpen"}); err == nil {
		t.Error("uppintutm expands in an Oroshjälpen note")
	}
}

// A reminder is about the module the patient is working on, not yet submitted.
func TestReminderAboutUnsubmittedModule(t *testing.T) {
	cat := programs.Default()
	p, _ := cat.Program("oroshjalpen")
	m := fixture(p, phrases.KindReminder)
	m.LastLogin = st(11, 22, 10) // recent: the agreed day was missed, not inactive
	r, err := phrases.RequestFor(cat, &m, phrases.KindReminder, day)
	if err != nil {
		t.Fatal(err)
	}
	if r.Module != 4 || r.Reminder != phrases.ReminderMissed {
		t.Fatalf("module %d, reason %s; want 4, missed", r.Module, r.Reminder)
	}
	n, err := phrases.Build(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"”Oroshjälpen”, modul 4", "inte skickat in modul 4.", "Påminnelse skickad via meddelande", "fortsätter med modul 4. Uppföljning den 2026-11-30"} {
		if !strings.Contains(n.Text(), want) {
			t.Errorf("want %q in\n%s", want, n.Text())
		}
	}
	if strings.Contains(n.Text(), "ZV051") {
		t.Errorf("a written reminder has ZV051:\n%s", n.Text())
	}
}

// The red-flag note has the item 9 phrase with the score, who, when and
// what from the `H` form, and ZV051 only by telephone or video.
func TestFlagNote(t *testing.T) {
	cat := programs.Default()
	p, _ := cat.Program("depressionshjalpen")
	m := fixture(p, phrases.KindFlag)
	for _, c := range phrases.Contacts {
		r, err := phrases.RequestFor(cat, &m, phrases.KindFlag, day)
		if err != nil {
			t.Fatal(err)
		}
		r.Contact = c
		n, err := phrases.Build(r)
		if err != nil {
			t.Fatal(err)
		}
		text := n.Text()
		for _, want := range []string{"MADRS-S fråga 9 om livslust\nPatientens poäng: 4 vilket indikerar suicidtankar (2.5 – 4.5)",
			"Röd flagga omhändertagen 2026-11-20 kl. 14:00 av Åsa Lind: Ringt patienten, ingen akut suicidrisk.\nBokat besök 2026-11-23."} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: want %q in\n%s", c, want, text)
			}
		}
		if got := strings.Contains(text, "ZV051"); got != c.Remote() {
			t.Errorf("%s: ZV051 = %v\n%s", c, got, text)
		}
	}
	m.Flags = nil
	_, err := phrases.RequestFor(cat, &m, phrases.KindFlag, day)
	var u *phrases.UnavailableError
	if !errors.As(err, &u) || u.Why != "no-handled-flag" || u.Moment != m.ID {
		t.Errorf("no flag: %v", err)
	}
}

func TestRequestForUnavailable(t *testing.T) {
	cat := programs.Default()
	p, _ := cat.Program("sovhjalpen")
	m := fixture(p, phrases.KindFeedback)
	m.Modules = []caseload.ModuleEvent{{Module: "1", Opened: st(10, 1, 9)}}
	for k, why := range map[phrases.Kind]string{phrases.KindFeedback: "no-completed-module", phrases.KindClosing: "not-closed"} {
		_, err := phrases.RequestFor(cat, &m, k, day)
		var u *phrases.UnavailableError
		if !errors.As(err, &u) || u.Why != why {
			t.Errorf("%s: %v; want %s", k, err, why)
		}
	}
	// With nothing completed, the start note is still there.
	r, err := phrases.RequestFor(cat, &m, phrases.KindStart, day)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := phrases.Build(r); err != nil {
		t.Error(err)
	}
	m.Modules = nil
	if _, err := phrases.RequestFor(cat, &m, phrases.KindReminder, day); err == nil {
		t.Error("reminder without an opened module")
	}
	for _, tc := range []struct {
		status caseload.Status
		kind   phrases.Kind
		why    string
	}{
		{caseload.Active, phrases.KindFollowUp, "not-ended"},
		{caseload.Maintenance, phrases.KindReminder, "not-active"},
		{caseload.Closed, phrases.KindFeedback, "closed"},
		{caseload.Closed, phrases.KindStart, "closed"},
	} {
		m := fixture(p, phrases.KindFeedback)
		m.Status = tc.status
		_, err := phrases.RequestFor(cat, &m, tc.kind, day)
		var u *phrases.UnavailableError
		if !errors.As(err, &u) || u.Why != tc.why {
			t.Errorf("%s %s: %v; want %s", tc.status, tc.kind, err, tc.why)
		}
	}
	if _, err := phrases.RequestFor(cat, &m, "weekly", day); err == nil {
		t.Error("kind weekly accepted")
	}
}

// Every demo moment and every kind gives a plain note or says why not —
// never a panic, a placeholder or a code issue in a prebuilt note.
func TestBuildEveryDemoMoment(t *testing.T) {
	cat := programs.Default()
	set := phrases.Builtin()
	c := demo.Generate(day, 60)
	built := map[phrases.Kind]int{}
	for i := range c.Moments {
		m := &c.Moments[i]
		for _, k := range phrases.Kinds {
			r, err := phrases.RequestFor(cat, m, k, day)
			var u *phrases.UnavailableError
			if errors.As(err, &u) {
				continue
			}
			if err != nil {
				t.Fatalf("%s %s: %v", m.ID, k, err)
			}
			n, err := set.Build(r)
			var ne *phrases.NoteError
			if errors.As(err, &ne) {
				continue // e.g. no diagnosis: said, not guessed
			}
			if err != nil {
				t.Errorf("%s %s: %v", m.ID, k, err)
				continue
			}
			text := n.Text()
			if strings.Contains(text, "{") || strings.Contains(text, " \n") || strings.HasSuffix(text, "\n") {
				t.Errorf("%s %s: not plain:\n%s", m.ID, k, text)
			}
			if issues := set.CheckCodes(text, m.Program); len(issues) != 0 {
				t.Errorf("%s %s: %v", m.ID, k, issues)
			}
			checkCodesGiveBlocks(t, set, n)
			built[k]++
		}
	}
	// The demo has no handled flags (the fixtures above cover them).
	for _, k := range []phrases.Kind{phrases.KindFeedback, phrases.KindReminder, phrases.KindStart, phrases.KindFree} {
		if built[k] == 0 {
			t.Errorf("no demo moment gave a %s note", k)
		}
	}
	t.Logf("notes built per kind: %v", built)
}
