package phrases

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ikbt/ikbt/caseload"
)

var update = flag.Bool("update", false, "rewrite the golden notes in testdata")

func intp(n int) *int { return &n }

func ongoing() NoteInput {
	return NoteInput{
		Program:     "livsbalansen",
		ProgramName: "Livsbalansen 8.0",
		Module:      3,
		Parts:       []Part{{Track: "hallbart-arbetsliv", Number: 3}},
		NextModule:  4,
		FollowUp:    caseload.NewDate(2026, 11, 30),
		Scores: []Score{
			{Instrument: "PSS-10", Total: 24, Interpretation: "Måttlig stress", Occasion: caseload.Ongoing},
			{Instrument: "MADRS-S", Total: 14, Interpretation: "Lindrig depression.", Occasion: caseload.Ongoing},
		},
		Item9:     intp(1),
		Diagnosis: "F43.8",
		Contact:   Written,
	}
}

func TestNotesGolden(t *testing.T) {
	phone := ongoing()
	phone.Program, phone.ProgramName, phone.Module, phone.NextModule = "angesthjalpen", "Ångesthjälpen Plus", 8, 8
	phone.Parts, phone.Scores, phone.Item9 = []Part{{Track: "sjalvmedkansla", Number: 1}}, nil, nil
	phone.Contact, phone.Diagnosis = Phone, "F41.1"

	closing := ClosingInput{NoteInput: ongoing(), Completed: 8, Total: 8, Reason: "Behandlingen genomförd"}
	closing.Program, closing.ProgramName, closing.Module, closing.NextModule, closing.FollowUp = "livsbalansen", "Livsbalansen 8.0", 8, 0, caseload.Date{}
	closing.Parts = nil
	closing.Scores = []Score{{Instrument: "PSS-10", Total: 12, Interpretation: "Låg stress", Occasion: caseload.Final}}
	closing.Contact = Video

	dropout := ClosingInput{NoteInput: NoteInput{Program: "depressionshjalpen", ProgramName: "Depressionshjälpen Plus",
		Diagnosis: "F32.0", Contact: Written}, Completed: 2, Total: 7, Reason: "Patienten har avbrutit behandlingen"}

	for _, tc := range []struct {
		name  string
		build func() (string, error)
	}{
		{"ongoing-livsbalansen", func() (string, error) { return BuildNote(ongoing()) }},
		{"ongoing-phone", func() (string, error) { return BuildNote(phone) }},
		{"closing-video", func() (string, error) { return BuildClosingNote(closing) }},
		{"closing-dropout", func() (string, error) { return BuildClosingNote(dropout) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.build()
			if err != nil {
				t.Fatal(err)
			}
			checkPlain(t, got)
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("note differs from %s:\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

// checkPlain is what Cosmic needs: no ANSI, no Markdown, no trailing
// spaces, composed Swedish letters.
func checkPlain(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
		t.Errorf("note is not NFC UTF-8")
	}
	if strings.ContainsRune(s, '\x1b') {
		t.Errorf("note has an escape character")
	}
	for i, line := range strings.Split(s, "\n") {
		if strings.TrimRight(line, " \t") != line {
			t.Errorf("line %d ends in white space: %q", i+1, line)
		}
		for _, md := range []string{"#", "**", "* ", "- ", "> ", "`"} {
			if strings.HasPrefix(line, md) || (md == "**" || md == "`") && strings.Contains(line, md) {
				t.Errorf("line %d looks like Markdown (%q): %q", i+1, md, line)
			}
		}
	}
	if strings.HasSuffix(s, "\n") {
		t.Errorf("note ends in a newline")
	}
}

func TestNoteOrderAndContent(t *testing.T) {
	note, err := BuildNote(ongoing())
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, block := range strings.Split(note, "\n\n") {
		label, _, ok := strings.Cut(block, ": ")
		if !ok {
			t.Fatalf("block %q has no sökord", block)
		}
		labels = append(labels, label)
	}
	want := []string{"Kontaktorsak", "Kontaktsätt", "Skattningsskalor", "Behandlingsprogram", "Åtgärd (behandlingsinsats)", "Planering", "Diagnos"}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Errorf("sökord %q, want %q", labels, want)
	}
	for _, part := range []string{
		"Kontaktorsak: KBT via internet, ”Livsbalansen”, modul 3",
		manualText(t, "behint3li"),
		manualText(t, "hållarb3"),
		"Planering: Patienten tilldelas modul 4. Uppföljning den 2026-11-30",
		"MADRS-S fråga 9 om livslust\nPatientens poäng: 1 vilket indikerar meningslöshetskänslor (0.5 – 2.5)",
		"Mättillfälle: Pågående",
		"Diagnos: F43.8 + DU011, ZV044",
	} {
		if !strings.Contains(note, part) {
			t.Errorf("note lacks %q:\n%s", part, note)
		}
	}
	if strings.Contains(note, "ZV051") {
		t.Errorf("a written contact got ZV051")
	}
}

func TestNoteKVA(t *testing.T) {
	for _, tc := range []struct {
		c    Contact
		want string
	}{
		{Written, "Diagnos: F43.8 + DU011, ZV044"},
		{Visit, "Diagnos: F43.8 + DU011, ZV044"},
		{Phone, "Diagnos: F43.8 + DU011, ZV044, ZV051"},
		{Video, "Diagnos: F43.8 + DU011, ZV044, ZV051"},
	} {
		n := ongoing()
		n.Contact = tc.c
		note, err := BuildNote(n)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(note, "\n\n"+tc.want) {
			t.Errorf("%s: note ends %q, want %q", tc.c, note[strings.LastIndex(note, "\n")+1:], tc.want)
		}
		if !strings.Contains(note, "Kontaktsätt: "+tc.c.Label()+"\n") || tc.c.Label() == "" {
			t.Errorf("%s: Kontaktsätt missing or unlabelled", tc.c)
		}
	}
}

func TestOccasionLabels(t *testing.T) {
	for o, want := range map[caseload.Occasion]string{
		caseload.Assessment: "Bedömning",
		caseload.Startup:    "Uppstart behandling",
		caseload.Ongoing:    "Pågående",
		caseload.Final:      "Avslut behandling",
		caseload.FollowUp:   "Uppföljning",
	} {
		if got := OccasionLabel(o); got != want {
			t.Errorf("OccasionLabel(%s) = %q, want %q", o, got, want)
		}
	}
}

func TestNoteErrors(t *testing.T) {
	for _, tc := range []struct {
		field string
		edit  func(*NoteInput)
	}{
		{"Module", func(n *NoteInput) { n.Module = 0 }},
		{"Module", func(n *NoteInput) { n.Module = 9 }},
		{"NextModule", func(n *NoteInput) { n.NextModule = 0 }},
		{"FollowUp", func(n *NoteInput) { n.FollowUp = caseload.Date{} }},
		{"ProgramName", func(n *NoteInput) { n.ProgramName = " " }},
		{"Program", func(n *NoteInput) { n.Program = "okand" }},
		{"Diagnosis", func(n *NoteInput) { n.Diagnosis = "" }},
		{"Diagnosis", func(n *NoteInput) { n.Diagnosis = "F41.1\nF32" }},
		{"Contact", func(n *NoteInput) { n.Contact = "brev" }},
		{"Scores[1].Occasion", func(n *NoteInput) { n.Scores[1].Occasion = "" }},
		{"Scores[0].Instrument", func(n *NoteInput) { n.Scores[0].Instrument = "" }},
		{"Scores[0].Interpretation", func(n *NoteInput) { n.Scores[0].Interpretation = "\x1b[1mHög\x1b[0m" }},
		{"Item9", func(n *NoteInput) { n.Item9 = intp(7) }},
		{"Parts[0]", func(n *NoteInput) { n.Parts[0].Number = 9 }},
	} {
		n := ongoing()
		tc.edit(&n)
		note, err := BuildNote(n)
		var ne *NoteError
		if note != "" || !errors.As(err, &ne) || ne.Field != tc.field {
			t.Errorf("%s: note %q, err %v; want a NoteError for %s", tc.field, note, err, tc.field)
		}
	}
	base := ClosingInput{NoteInput: ongoing(), Completed: 3, Total: 8, Reason: "Avbrott"}
	for _, tc := range []struct {
		field string
		edit  func(*ClosingInput)
	}{
		{"Total", func(c *ClosingInput) { c.Total = 0 }},
		{"Completed", func(c *ClosingInput) { c.Completed = 9 }},
		{"Reason", func(c *ClosingInput) { c.Reason = "" }},
		{"FollowUp", func(c *ClosingInput) { c.FollowUp = caseload.Date{} }},
		{"NextModule", func(c *ClosingInput) { c.NextModule = 0 }},
	} {
		c := base
		tc.edit(&c)
		note, err := BuildClosingNote(c)
		var ne *NoteError
		if note != "" || !errors.As(err, &ne) || ne.Field != tc.field {
			t.Errorf("closing %s: note %q, err %v; want a NoteError for %s", tc.field, note, err, tc.field)
		}
	}
}

func TestNoteUsesPersonalOverride(t *testing.T) {
	set, errs := Load(writeFile(t, "behint3li\tEgen text om modul 3.\n"))
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	note, err := set.BuildNote(ongoing())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(note, "Åtgärd (behandlingsinsats): Egen text om modul 3.\n") {
		t.Errorf("personal behint3li not used:\n%s", note)
	}
}
