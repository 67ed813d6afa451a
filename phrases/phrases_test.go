package phrases

import (
	"errors"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

// manual is every code with its text as the manual prints it (7.2, 7.4),
// wrapped lines joined with single spaces, placeholders as the manual writes
// them (modul x, den xx). The add-on modules of 7.2.6 carry our codes. This
// table was copied from the manual, not from data/phrases.tsv.
var manual = []struct{ code, text string }{
	{"kbtintå", "KBT via internet, ”Ångesthjälpen”, modul x"},
	{"uppint", "Patienten tilldelas modul x. Uppföljning den xx"},
	{"behint1å", "Patienten har genomfört modul 1, \"Ett första steg\". Modulen innehåller psykoedukation om ångest och KBT-behandling samt en introduktion till behandlingens upplägg och innehåll."},
	{"behint2å", "Patienten har genomfört modul 2, ”Situationsanalyser”. Modulen är en introduktion till att börja göra egna situationsanalyser för att se samband mellan upplevelse och handling samt hur det påverkar i livet på kort och lång sikt."},
	{"behint3å", "Patienten har genomfört modul 3, ”Värderingar, mål och hinder”. Övningarna går ut på att utforska vad som är viktigt i livet, hinder och strategier samt att fortsätta med situationsanalyser."},
	{"behint4å", "Patienten har genomfört modul 4, ”Att hantera hinder”. I modulen introduceras övningar i acceptans och exponering för att hantera hinder i valda vardagssituationer på nya sätt."},
	{"behint5å", "Patienten har genomfört modul 5, ”Tankar och känslor”. Modulen innehåller övningar i att observera tankar och känslor för att kunna välja alternativa förhållningssätt."},
	{"behint6å", "Patienten har genomfört modul 6, ”Medveten närvaro i vardagen”. Modulen innehåller teori och praktiska övningar i medveten närvaro."},
	{"behint7å", "Patienten har genomfört modul 7, \"Värderad riktning\". Att leva sitt liv fullt ut med hjälp av att utforska sin värderade riktning, välja mål inom några viktiga livsområden och utföra dagliga handlingar som leder i riktning mot dessa mål."},
	{"behint8å", "Patienten har genomfört modul 8 \"Agerande som fungerar\". Modulen innehåller en sammanfattning av behandlingen samt plan för att vidmakthålla förändring och hantera bakslag."},
	{"kbtintd", "KBT via internet, ”Depressionshjälpen”, modul x"},
	{"behint1d", "Patienten har genomfört modul 1, \"Vad är depression\". I modulen ingår psykoedukation om depression, introduktion till veckodagbok och att börja kartlägga triggers för depressiva tankemönster."},
	{"behint2d", "Patienten har genomfört modul 2, \"Vad du gör påverkar hur du mår\". I modulen ingår att skriva dagbok och att reflektera över hur olika beteenden påverkar tankar och känslor."},
	{"behint3d", "Patienten har genomfört modul 3, ”Kartlägg dina aktiviteter”. I modulen ingår att skriva dagbok, att kategorisera sina aktiviteter och att skatta sitt mående."},
	{"behint4d", "Patienten har genomfört modul 4, ”Börja förändra din situation”. I modulen ingår fortsatta övningar i att kartlägga olika typer av aktiviteter för att skapa bättre balans i aktivitetsnivå och mående."},
	{"behint5d", "Patienten har genomfört modul 5, ”Ett nytt sätt att se på tankar och känslor”. Modulen innehåller övningar i att förhålla sig till negativa tankar och känslor med acceptans och närvaro."},
	{"behint6d", "Patienten har genomfört modul 6, ”Arbeta med alla dina verktyg”. Modulen innehåller fortsatta övningar i att se samband mellan tanke, känsla och beteende samt att välja, planera och genomföra aktiveter på ett sätt som påverkar måendet i rätt riktning."},
	{"behint7d", "Patienten har genomfört modul 7, ”Gör en hållbar plan framåt”. Modulen innehåller en sammanfattning av behandlingen samt plan för att vidmakthålla förändring och hantera bakslag."},
	{"kbtinto", "KBT via internet, ”Oroshjälpen”, modul x"},
	{"behint1o", "Patienten har genomfört modul 1, \"Vad är oro?\". Modulen innehåller psykoedukation om oro och KBT-behandling samt en introduktion till behandlingens upplägg och innehåll. Patienten får börja med aktivitets- och orosdagbok."},
	{"behint2o", "Patienten har genomfört modul 2, ”Situationsanalyser”. I modulen ingår fortsatt arbete med aktivitets- och orosdagbok samt att påbörja arbete med situationsanalyser."},
	{"behint3o", "Patienten har genomfört modul 3, ”Värderingar och aktiviteter”. I modulen ingår fortsatt arbete med aktivitets- och orosdagbok, situationsanalyser samt att genomföra några inplanerade aktiviteter."},
	{"behint4o", "Patienten har genomfört modul 4, ”Medveten närvaro”. I modulen ingår sammanfattning av aktivitets- och orosdagboken, situationsanalyser, aktiviteter i värderad riktning samt övning i medveten närvaro."},
	{"behint5o", "Patienten har genomfört modul 5, ”Möt obehaget längs vägen”. I modulen ingår fortsatt arbete med situationsanalyser, aktiviteter i värderad riktning och acceptans."},
	{"behint6o", "Patienten har genomfört modul 6, ”Acceptans”. I modulen ingår fortsatt arbete med aktiviteter i värderad riktning, träning på acceptans och att göra en situationsanalys fokuserad på acceptans."},
	{"behint7o", "Patienten har genomfört modul 7, \"Vad fungerar bäst för dig?\". Modulen innehåller en sammanfattning av behandlingen samt en plan för att vidmakthålla förändring och hantera bakslag."},
	{"kbtintso", "KBT via internet, ”Sovhjälpen”, modul x"},
	{"behint1so", "Patienten har genomfört modul 1, \"Introduktion och sömnkunskap\". Modulen innehåller psykoedukation om sömn och KBT-behandling samt en introduktion till behandlingens upplägg och innehåll. Patienten får börja med sömndagbok."},
	{"behint2so", "Patienten har genomfört modul 2, ”Sömnrestriktion”. I modulen ingår fortsatt arbete med sömndagbok samt att påbörja arbete med sömnrestriktion."},
	{"behint3so", "Patienten har genomfört modul 3, ”Vanor och kvällsrutiner”. I modulen ingår fortsatt arbete med sömndagbok, sömnrestriktion samt att börja registrera vanor, aktiviteter och att träna avslappning."},
	{"behint4so", "Patienten har genomfört modul 4, ”Tankar och beteenden”. I modulen ingår fortsatt arbete med sömndagbok, sömnrestriktion, registrering av vanor och aktiviteter, avslappning samt att börja träna på att utmana säkerhetsbeteenden och undvikanden."},
	{"behint5so", "Patienten har genomfört modul 5, ”Stress och aktivitetsbalans”. I modulen ingår fortsatt arbete med sömndagbok, sömnrestriktion, kvällsrutiner och avslappning samt att byta eventuell tupplur mot återhämtningsaktivitet."},
	{"behint6so", "Patienten har genomfört modul 6, ”Medveten närvaro och acceptans”. I modulen ingår fortsatt arbete med sömndagbok, sömnrestriktion, kvällsrutiner och avslappning samt att börja öva medveten närvaro."},
	{"behint7so", "Patienten har genomfört modul 7, \"Att arbeta vidare på egen hand\". Modulen innehåller en sammanfattning av behandlingen samt en plan för att vidmakthålla förändring och hantera bakslag."},
	{"kbtintst", "KBT via internet, ”Stresshjälpen”, modul x"},
	{"behint1st", "Patienten har genomfört modul 1, \"Vad är stress\". Modulen innehåller psykoedukation om stress, planering av behandlingen samt att påbörja kartläggning av stress genom att skriva veckodagbok."},
	{"behint2st", "Patienten har genomfört modul 2, ”Situationsanalyser och medveten närvaro”. Modulen är en introduktion till att börja göra egna situationsanalyser för att se samband mellan upplevelse och handling samt hur det påverkar i livet på kort och lång sikt. I modulen introduceras också övningar i medveten närvaro."},
	{"behint3st", "Patienten har genomfört modul 3, ”Medveten närvaro och värderad riktning”. I modulen ingår fortsatt övning i medveten närvaro samt utforskande av värderingar och vad som är viktigt i livet."},
	{"behint4st", "Patienten har genomfört modul 4, ”Att ta hand om sig själv”. I modulen ingår att se över sömn, motion och kost samt att planera och genomföra förändring inom något av dessa områden."},
	{"behint5st", "Patienten har genomfört modul 5, ”Tidsplanering och gränsdragning”. Modulen innehåller övningar i medveten närvaro, träning i att sätta gränser och att göra en situationsanalys kring gränssättningen."},
	{"behint6st", "Patienten har genomfört modul 6, ”Vidmakthållande och avslut”. Modulen innehåller en sammanfattning av behandlingen samt plan för att vidmakthålla förändring och hantera bakslag."},
	{"tillsjälv", "Psykoedukation om självmedkänsla, övningar att lägga märke till sin inre kritiker, få distans till sina kritiska tankar och agera med självmedkänsla."},
	{"tillrel", "Fokus är att patienten ska få hjälp att förstå och förbättra sina relationer genom konkreta verktyg som syftar till att öka patientens färdigheter i att hantera vanliga utmaningar."},
	{"tillprob", "Fokus är att patienten ska få hjälp att hitta nya sätt att se på sina problem och aktivt testa en modell för att lösa problem på ett strukturerat sätt."},
	{"tillsömn", "Fokus är att patienten ska få kunskap om vad som påverkar sömnen, vilka strategier som kan vara hjälpsamma och formulera en plan för att prova sådana."},
	{"kbtintli", "KBT via internet, ”Livsbalansen”, modul x"},
	{"behint1li", "Patienten har genomfört modul 1, ”Minska din stress”. Modulen innehåller psykoedukation om stress och KBT-behandling samt en introduktion om behandlingens upplägg och innehåll. Modulen innehåller övningar, utforskande av stressorer, symtom samt mål och förväntningar."},
	{"behint2li", "Patienten har genomfört modul 2, ”Skapa balans”. I modulen ingår arbete med livsutrymme, värderingar, Plus- och minusaktiviteter, balans mellan krav och återhämtning. Patienten får introduktion i tillämpad avslappning samt ljudfil för fortsatt egen träning."},
	{"behint3li", "Patienten har genomfört modul 3, ”Stresstankar, känslor och beteenden”. I modulen ingår att kartlägga stress med hjälp av situationsanalys samt fortsatt arbete med livsutrymme och tillämpad avslappning."},
	{"behint4li", "Patienten har genomfört modul 4, ”Återhämtning i vardagen”. I modulen ingår fortsatt arbete med veckans livsutrymme, stressbeteenden, återhämtning samt tillämpad avslappning."},
	{"behint5li", "Patienten har genomfört modul 5, ”Utmaningar”. I modulen ingår fortsatt arbete med veckans livsutrymme, återhämtning, stressdagbok samt tillämpad avslappning.  Patienten ska välja en av följande utmaningar/fördjupningar: gränssättning, perfektionism, uppskjutande eller oro. I fördjupningsmodulen ingår bland annat introduktion till arbete med exponeringshierarki."},
	{"behint6li", "Patienten har genomfört modul 6, ”Börja utmana dig”. I modulen ingår fortsatt arbete med veckans livsutrymme, återhämtning och tillämpad avslappning."},
	{"behint7li", "Patienten har genomfört modul 7, ”Planera din tid och fortsätt utmana dig”. I modulen ingår fortsatt arbete med veckans livsutrymme, återhämtning, tillämpad avslappning. Patienten får råd om tidsplanering."},
	{"behint8li", "Patienten har genomfört modul 8, ”Behåll dina framsteg”. I modulen ingår sammanfattning och vidmakthållandeplan utifrån arbetsområdena: veckans livsutrymme, regelbunden återhämtning, tillämpad avslappning."},
	{"hållarb1", "I första delen av Hållbart arbetsliv ingår att beskriva sin arbetssituation- och innehåll."},
	{"hållarb2", "I andra delen av Hållbart arbetsliv ingår att beskriva sina arbetsvillkor"},
	{"hållarb3", "I tredje delen av Hållbart arbetsliv ingår att beskriva och utforska relationer på arbetet."},
	{"hållarb4", "I fjärde delen av Hållbart arbetsliv ingår att utforska arbetstrivsel och för den som är sjukskriven-beskriva plan för stegvis återgång i arbetet."},
	{"hållarb5", "I femte delen av Hållbart arbetsliv ingår att utforska vilka spelregler som råder på arbetsplatsen samt att undersöka lämpliga anpassningar."},
	{"hållarb6", "I sjätte delen av Hållbart arbetsliv ingår att utforska balans mellan ansträngning och belöning och fortsatt plan för återgång i arbete för den som är sjukskriven."},
	{"hållarb7", "I sjunde delen av Hållbart arbetsliv ingår utforskande av handlingsutrymme, ansvar och stöd från omgivningen."},
	{"hållarb8", "I åttonde delen av Hållbart arbetsliv ingår att utforska möjligheter till återhämtning samt om kunskap/kompetens."},
	{"bättsö1", "I den första delen av Bättre sömn ingår psykoedukation om sömn, faktorer som påverkar sömn och intro till sömndagbok."},
	{"bättsö2", "I den andra delen av Bättre sömn ingår strategier för bättre sömn, påverkan från tanke-och känsloliv och sömndagbok."},
	{"bättsö3", "I den tredje delen av Bättre sömn ingår fortsatt arbete med sömnstrategier och intro till sömnrestriktion."},
	{"bättsö4", "I den fjärde delen av Bättre sömn ingår fortsatt arbete med sömnrestriktion och sömndagbok"},
	{"bättsö5", "I den femte delen av Bättre sömn ingår fortsatt arbete med sömnrestriktion, sömndagbok och att hantera bakslag."},
	{"uppskjutande1", "Patienten har valt utmaningsområdet Uppskjutande. I den första delen av Uppskjutande får patienten information om uppskjutandebeteenden och börjar kartlägga och förstå de uppskjutande beteendena. Patienten får även analysera för- och nackdelar med uppskjutandebeteenden utifrån egna erfarenheter."},
	{"uppskjutande2", "I den andra delen av Uppskjutande ingår en genomgång kring hur exponering fungerar. Patienten får arbeta med olika strategier för att sluta med uppskjutandebeteenden, utforma en exponeringshierarki och påbörja arbetet med exponering. Arbetet med exponering dokumenteras i en exponeringsdagbok."},
	{"uppskjutande3", "I den tredje delen av Uppskjutande får patienten fortsätta arbetet med exponering för att sluta med uppskjutandebeteenden genom att välja ut nya situationer från sin exponeringshierarki. Patienten fortsätter fylla i exponeringsdagbok."},
	{"gränssättning1", "Patienten har valt utmaningsområdet Gränssättning. I den första delen av Gränssättning får patienten information om gränssättning och olika gränssättande beteenden. Patienten får även analysera för- och nackdelar med gränssättning utifrån egna erfarenheter."},
	{"gränssättning2", "I den andra delen av Gränssättning ingår en genomgång kring hur exponering fungerar. Patienten får arbeta med olika strategier för att sätta gränser, utforma en exponeringshierarki och påbörja arbetet med exponering. Arbetet med exponering dokumenteras i en exponeringsdagbok."},
	{"gränssättning3", "I den tredje delen av Gränssättning får patienten fortsätta arbetet med exponering av att sätta gränser genom att välja ut nya situationer från sin exponeringshierarki. Patienten ska fortsatt fylla i exponeringsdagbok."},
	{"Madrs0", "MADRS-S fråga 9 om livslust\nPatientens poäng: 0 vilket indikerar normal aptit på livet (under 0.5)"},
	{"Madrs1", "MADRS-S fråga 9 om livslust\nPatientens poäng: 1 vilket indikerar meningslöshetskänslor (0.5 – 2.5)"},
	{"Madrs2", "MADRS-S fråga 9 om livslust\nPatientens poäng: 2 vilket indikerar meningslöshetskänslor (0.5 – 2.5)"},
	{"Madrs3", "MADRS-S fråga 9 om livslust\nPatientens poäng: 3 vilket indikerar suicidtankar (2.5 – 4.5)"},
	{"Madrs4", "MADRS-S fråga 9 om livslust\nPatientens poäng: 4 vilket indikerar suicidtankar (2.5 – 4.5)"},
	{"Madrs5", "MADRS-S fråga 9 om livslust\nPatientens poäng: 5 vilket indikerar suicidplaner (över 4.5)"},
	{"Madrs6", "MADRS-S fråga 9 om livslust\nPatientens poäng: 6 vilket indikerar suicidplaner (över 4.5)"},
	{"lboro1", "Patienten har valt utmaningsområdet Oro. I den första delen av Oro får patienten information om oro och börjar kartlägga och förstå anledningen till oroandet. Patienten får även analysera för- och nackdelar med oroandet utifrån egna erfarenheter. Patienten börjar fylla i orosdagbok."},
	{"lboro2", "I den andra delen av Oro ingår introduktion till alternativa sätt att hantera oron genom Orosstund och Orosfria zoner. Patienten fortsätter att fylla i orosdagbok."},
	{"lboro3", "I den tredje delen av Oro får patienten en genomgång kring hur exponering för oro fungerar och hur eventuella hinder i exponeringen kan hanteras. Patienten får arbeta med att exponera sig för sin oro. Arbetet med exponering dokumenteras i en exponeringsdagbok."},
	{"perfektionism1", "Patienten har valt utmaningsområdet Perfektionism. I den första delen av Perfektionism får patienten information om vad perfektionism är och vilka konsekvenser perfektionism ger på lång och kort sikt.  Patienten får även analysera för- och nackdelar med perfektionism utifrån egna erfarenheter."},
	{"perfektionism2", "I den andra delen av Perfektionism ingår en genomgång kring hur exponering fungerar och hur patienten genom exponering kan utmana sin perfektionism. Patienten får utforma en exponeringshierarki och påbörja arbetet med exponering. Arbetet med exponering dokumenteras i en exponeringsdagbok."},
	{"perfektionism3", "I den tredje delen av Perfektionism får patienten fortsätta arbeta med exponering genom att välja ut nya situationer från sin exponeringshierarki. Patienten ska fortsatt fylla i exponeringsdagbok."},
	{"i0", "Ikbt, avgiftsbefriat enligt Regionbeslut"},
}

// oursForNotes are the codes of our own (issue 13) that give the blocks
// the manual has no phrase for: Planering after the last module and with
// Livsbalansen's challenge area, and the reminder, red-flag, start and
// follow-up notes.
var oursForNotes = map[string]string{
	"uppintutm": "Patienten tilldelas modul x och första delen av utmaningsområdet y. Uppföljning den xx",
	"uppvidm":   "Patienten har genomfört programmets sista modul. Behandlingsprogrammet sätts i vidmakthållandeläge i 90 dagar och avslutningsbesök bokas vid behov.",
	"uppfort":   "Patienten fortsätter med modul x. Uppföljning den xx",
	"rödflagga": "Röd flagga i behandlingsprogrammet: MADRS-S fråga 9 om livslust skattad 4 eller högre.",
	"påmtid":    "Patienten har inte hört av sig på avtalad tid och har inte skickat in modul x.",
	"påminakt":  "Patienten har inte varit inloggad eller aktiv i programmet på minst 10 dagar.",
	"påmmed":    "Påminnelse skickad via meddelande i 1177 Stöd och behandling.",
	"påmtel":    "Patienten kontaktad via telefon för påminnelse.",
	"startint":  "Behandlingen har startats i 1177 Stöd och behandling och patienten har fått välkomstmeddelande.",
	"uppfkbt":   "Uppföljning efter avslutad KBT via internet.",
	"uppfåtg":   "Uppföljning av behandlingsresultat och vidmakthållandeplan.",
}

// builtinCount is the number of built-in codes: the manual's and ours.
var builtinCount = len(manual) + len(oursForNotes)

func TestOurNoteCodes(t *testing.T) {
	for code, text := range oursForNotes {
		p, err := Lookup(code)
		if err != nil || !p.Ours || p.Template() != text {
			t.Errorf("%s = %+v, %v; want ours with %q", code, p, err, text)
		}
	}
}

func TestEveryCodeHasTheManualsText(t *testing.T) {
	set := Builtin()
	if got, want := len(set.List()), builtinCount; got != want {
		t.Errorf("built-in set has %d phrases, the manual table %d", got, want)
	}
	for _, tc := range manual {
		p, err := set.Lookup(tc.code)
		if err != nil {
			t.Errorf("Lookup(%q): %v", tc.code, err)
			continue
		}
		if p.Code != tc.code {
			t.Errorf("Lookup(%q).Code = %q", tc.code, p.Code)
		}
		if got := p.Template(); got != tc.text {
			t.Errorf("%s:\n got %q\nwant %q", tc.code, got, tc.text)
		}
	}
}

func TestExpandFillsParameters(t *testing.T) {
	score := 3
	date := caseload.NewDate(2026, 11, 30)
	for _, tc := range manual {
		want := strings.NewReplacer("modul x", "modul 4", "den xx", "den 2026-11-30").Replace(tc.text)
		got, err := Expand(tc.code, Params{Module: 4, Next: 4, Date: date, Score: &score})
		if err != nil {
			t.Errorf("Expand(%q): %v", tc.code, err)
			continue
		}
		if got != want {
			t.Errorf("Expand(%q):\n got %q\nwant %q", tc.code, got, want)
		}
	}
}

func TestOursAreMarked(t *testing.T) {
	ours := map[string]bool{"tillsjälv": true, "tillrel": true, "tillprob": true, "tillsömn": true}
	for c := range oursForNotes {
		ours[c] = true
	}
	for _, p := range List() {
		if p.Ours != ours[p.Code] {
			t.Errorf("%s: Ours = %v, want %v", p.Code, p.Ours, ours[p.Code])
		}
	}
}

func TestMadrsBands(t *testing.T) {
	bands := []string{
		"0 vilket indikerar normal aptit på livet (under 0.5)",
		"1 vilket indikerar meningslöshetskänslor (0.5 – 2.5)",
		"2 vilket indikerar meningslöshetskänslor (0.5 – 2.5)",
		"3 vilket indikerar suicidtankar (2.5 – 4.5)",
		"4 vilket indikerar suicidtankar (2.5 – 4.5)",
		"5 vilket indikerar suicidplaner (över 4.5)",
		"6 vilket indikerar suicidplaner (över 4.5)",
	}
	for score, band := range bands {
		want := "MADRS-S fråga 9 om livslust\nPatientens poäng: " + band
		s := score
		for _, code := range []string{"Madrs" + string(rune('0'+score)), "MADRS" + string(rune('0'+score))} {
			got, err := Expand(code, Params{})
			if err != nil || got != want {
				t.Errorf("Expand(%q) = %q, %v; want %q", code, got, err, want)
			}
		}
		// The generic code takes the score as a parameter.
		got, err := Expand("Madrs", Params{Score: &s})
		if err != nil || got != want {
			t.Errorf("Expand(Madrs, score %d) = %q, %v; want %q", score, got, err, want)
		}
	}
	var missing *MissingError
	if _, err := Expand("Madrs", Params{}); !errors.As(err, &missing) || missing.Param != ParamScore {
		t.Errorf("Expand(Madrs) without score: %v, want a missing score", err)
	}
	for _, bad := range []int{-1, 7, 60} {
		if got, err := Expand("Madrs", Params{Score: &bad}); err == nil || !strings.Contains(err.Error(), "outside") {
			t.Errorf("Expand(Madrs, score %d) = %q, %v; want an out-of-range error", bad, got, err)
		}
	}
}

func TestLookupIsForgiving(t *testing.T) {
	for _, tc := range []struct{ typed, code string }{
		{"MADRS4", "Madrs4"},
		{"madrs4", "Madrs4"},
		{"BEHINT3LI", "behint3li"},
		{"hallarb3", "hållarb3"},
		{"HALLARB3", "hållarb3"},
		{"battso2", "bättsö2"},
		{"behint1a", "behint1å"},
		{"gransattning1", "gränssättning1"},
		{"kbtinta", "kbtintå"},
		{"tillsomn", "tillsömn"},
		{"tillsjalv", "tillsjälv"},
		{"h\u00e5llarb3", "hållarb3"},  // composed å
		{"ha\u030allarb3", "hållarb3"}, // decomposed å
		{"HA\u030aLLARB3", "hållarb3"}, // decomposed Å
		{"behint1A\u030a", "behint1å"},
		{"I0", "i0"},
		{"GRANSATTNING2", "gränssättning2"}, // alias: one s, as typed
		{"granssattning3", "gränssättning3"},
	} {
		p, err := Lookup(tc.typed)
		if err != nil || p.Code != tc.code {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tc.typed, p.Code, err, tc.code)
		}
	}
}

func TestUnknownCodeSuggests(t *testing.T) {
	for _, tc := range []struct {
		typed string
		first string // the best suggestion
	}{
		{"behint3lii", "behint3li"},
		{"behnt3li", "behint3li"},
		{"hallarb9", "hållarb1"},
		{"madrs7", "Madrs0"},
		{"upint", "uppint"},
		{"kbtintl", "kbtintli"},
	} {
		text, err := Expand(tc.typed, Params{Module: 1})
		if text != "" {
			t.Errorf("Expand(%q) returned text %q with an unknown code", tc.typed, text)
		}
		var u *UnknownError
		if !errors.As(err, &u) {
			t.Errorf("Expand(%q): %v, want *UnknownError", tc.typed, err)
			continue
		}
		if len(u.Suggestions) == 0 || u.Suggestions[0] != tc.first {
			t.Errorf("Expand(%q) suggests %q, want %q first", tc.typed, u.Suggestions, tc.first)
		}
		if !strings.Contains(err.Error(), tc.typed) || !strings.Contains(err.Error(), tc.first) {
			t.Errorf("error %q should name %q and suggest %q", err, tc.typed, tc.first)
		}
	}
	_, err := Lookup("xyzzyplugh")
	var u *UnknownError
	if !errors.As(err, &u) || len(u.Suggestions) != 0 || !strings.Contains(err.Error(), "ikbt phrase list") {
		t.Errorf("Lookup(nonsense) = %v; want no suggestions and a pointer to the list", err)
	}
}

func TestMissingParameter(t *testing.T) {
	date := caseload.NewDate(2026, 11, 30)
	for _, tc := range []struct {
		code  string
		p     Params
		param Param
	}{
		{"uppint", Params{Date: date}, ParamNext},
		{"uppint", Params{Module: 4, Date: date}, ParamNext}, // the module the contact is about is not the one assigned
		{"uppint", Params{Next: 4}, ParamDate},
		{"uppintutm", Params{Next: 6, Date: date}, ParamChallenge},
		{"kbtintli", Params{}, ParamModule},
		{"kbtintli", Params{Module: -2}, ParamModule},
	} {
		text, err := Expand(tc.code, tc.p)
		var m *MissingError
		if text != "" || !errors.As(err, &m) || m.Param != tc.param || m.Code != tc.code {
			t.Errorf("Expand(%q, %+v) = %q, %v; want missing %s", tc.code, tc.p, text, err, tc.param)
			continue
		}
		if strings.Contains(err.Error(), "{") {
			t.Errorf("error %q shows a placeholder", err)
		}
	}
	got, err := Expand("uppint", Params{Module: 3, Next: 4, Date: date})
	if want := "Patienten tilldelas modul 4. Uppföljning den 2026-11-30"; err != nil || got != want {
		t.Errorf("Expand(uppint) = %q, %v; want %q", got, err, want)
	}
}

func TestNoTwoCodesShareAKey(t *testing.T) {
	seen := map[string]string{}
	for _, p := range List() {
		k := Key(p.Code)
		if other, ok := seen[k]; ok {
			t.Errorf("%s and %s fold to the same key %q", p.Code, other, k)
		}
		seen[k] = p.Code
		if p.Sokord == "" || p.Source == "" {
			t.Errorf("%s: missing sökord or source", p.Code)
		}
	}
}

func TestForModule(t *testing.T) {
	for _, tc := range []struct {
		program, track string
		module         int
		code           string
	}{
		{"livsbalansen", "", 3, "behint3li"},
		{"angesthjalpen", "", 8, "behint8å"},
		{"stresshjalpen", "", 6, "behint6st"},
		{"livsbalansen", "hallbart-arbetsliv", 3, "hållarb3"},
		{"livsbalansen", "oro", 2, "lboro2"},
		{"depressionshjalpen", "sjalvmedkansla", 1, "tillsjälv"},
	} {
		p, ok := Builtin().ForModule(tc.program, tc.track, tc.module)
		if !ok || p.Code != tc.code {
			t.Errorf("ForModule(%q, %q, %d) = %q, %v; want %q", tc.program, tc.track, tc.module, p.Code, ok, tc.code)
		}
	}
	if p, ok := Builtin().ForModule("stresshjalpen", "", 7); ok {
		t.Errorf("ForModule(stresshjalpen, 7) = %q; Stresshjälpen has six modules", p.Code)
	}
}

func TestParseBuiltinRejects(t *testing.T) {
	head := strings.Join(builtinColumns, "\t") + "\n"
	for _, tc := range []struct{ name, data, want string }{
		{"header", "code\ttext\n", "header"},
		{"fields", head + "a1\tx\n", "fields"},
		{"module", head + "a1\tS\t\t\tfem\t\t7.2\t\tText\n", "module"},
		{"ours", head + "a1\tS\t\t\t\tyes\t7.2\t\tText\n", "ours"},
		{"placeholder", head + "a1\tS\t\t\t\t\t7.2\t\tmodul {x}\n", "placeholder"},
		{"code", head + "a b\tS\t\t\t\t\t7.2\t\tText\n", "letters and digits"},
		{"alias", head + "a1\tS\t\t\t\t\t7.2\tb-1\tText\n", "alias"},
		{"empty", head + "a1\tS\t\t\t\t\t7.2\t\t \n", "no text"},
	} {
		_, err := parseBuiltin(tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
}

func TestFastKeyIsKey(t *testing.T) {
	for _, w := range []string{"", "behint3li", "HÅLLARB3", "Återkoppling", "bättsö2", "ÖVNING", "a\u030a", "İstanbul", "straße", "K", "x\x00y", "\xff"} {
		checkFastKey(t, w)
	}
}

func FuzzKey(f *testing.F) {
	for _, w := range []string{"behint3li", "HÅLLARB3", "ha\u030allarb3", "Ǆ", "\xffå"} {
		f.Add(w)
	}
	f.Fuzz(checkFastKey)
}

// checkFastKey: the allocation-free key agrees with Key whenever it applies.
func checkFastKey(t *testing.T, w string) {
	k, ok := appendFastKey(nil, w)
	if ok && string(k) != Key(w) {
		t.Errorf("appendFastKey(%q) = %q, Key = %q", w, k, Key(w))
	}
}
