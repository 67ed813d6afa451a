package results

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/ikbt/ikbt/instruments"
)

// WriteJSON writes the report as JSON (indented when indent is true).
func WriteJSON(w io.Writer, r Report, indent bool) error {
	enc := json.NewEncoder(w)
	if indent {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// BOM is written first in the CSV: Excel, the spreadsheet of Swedish
// regions, reads a .csv without it in the Windows code page and turns
// å/ä/ö into "Ã¥"; with it Excel, LibreOffice and Google Sheets all read
// UTF-8, and Go's and Python's ("utf-8-sig") readers skip it.
const BOM = "\ufeff"

// Columns returns the instruments of the per-moment table: the effects'
// order, then any other instrument a row holds, in instruments.json's order.
func (r Report) Columns() []string {
	var ids []string
	for _, e := range r.Effects {
		ids = append(ids, e.Instrument)
	}
	seen := map[string]bool{}
	for _, id := range ids {
		seen[id] = true
	}
	for _, in := range instruments.All() {
		if seen[in.ID] {
			continue
		}
		for _, row := range r.Moments {
			if slices.ContainsFunc(row.Scores, func(s Scores) bool { return s.Instrument == in.ID }) {
				ids = append(ids, in.ID)
				seen[in.ID] = true
				break
			}
		}
	}
	return ids
}

// WriteCSV writes the per-moment table: a BOM, a header row, one row per
// moment. Swedish (lang "sv") uses ';' between fields and a decimal comma,
// as Excel in a Swedish locale expects; English uses ',' and a decimal
// point. The personnummer column is there only when the report holds them
// (Options.WithPNR).
func WriteCSV(w io.Writer, r Report, lang string) error {
	l := labelsFor(lang)
	bw := bufio.NewWriter(w)
	bw.WriteString(BOM)
	cw := csv.NewWriter(bw)
	if lang != "en" {
		cw.Comma = ';'
	}
	cw.UseCRLF = true // RFC 4180, and what Excel writes
	withPNR := slices.ContainsFunc(r.Moments, func(m Row) bool { return m.PNR != "" })
	ids := r.Columns()
	head := []string{l.moment}
	if withPNR {
		head = append(head, "personnummer")
	}
	head = append(head, l.clinicianCol, l.programCol, l.diagnosis, l.referredOn, l.started, l.closedOn, l.status, l.modulesDone, l.modulesTotal, l.reason)
	for _, id := range ids {
		head = append(head, id+" "+l.pre, id+" "+l.pre+" "+l.date, id+" "+l.post, id+" "+l.post+" "+l.date, id+" "+l.postLast, id+" "+l.followUp, id+" "+l.followUp+" "+l.date)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	num := func(s *Score) string {
		if s == nil {
			return ""
		}
		v := strconv.FormatFloat(s.Value, 'f', -1, 64)
		if lang != "en" {
			v = strings.Replace(v, ".", ",", 1)
		}
		return v
	}
	day := func(s *Score) string {
		if s == nil {
			return ""
		}
		return s.Date.String()
	}
	for _, m := range r.Moments {
		rec := []string{m.Moment}
		if withPNR {
			rec = append(rec, m.PNR)
		}
		total := ""
		if m.Total > 0 {
			total = strconv.Itoa(m.Total)
		}
		rec = append(rec, m.Clinician, m.ProgramName, m.Diagnosis, m.Referred.String(), m.Started.String(), m.Closed.String(),
			l.statusName(string(m.Status)), strconv.Itoa(m.Modules), total, m.ClosingReason)
		for _, id := range ids {
			var s Scores
			for _, x := range m.Scores {
				if x.Instrument == id {
					s = x
				}
			}
			last := ""
			if s.Post != nil {
				last = l.no
				if s.Post.Last {
					last = l.yes
				}
			}
			rec = append(rec, num(s.Pre), day(s.Pre), num(s.Post), day(s.Post), last, num(s.FollowUp), day(s.FollowUp))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteMarkdown writes the human summary, for a unit meeting.
func WriteMarkdown(w io.Writer, r Report, lang string) error {
	l := labelsFor(lang)
	b := &strings.Builder{}
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	from := r.From.String()
	if from == "" {
		from = "…"
	}
	p("# %s %s – %s\n\n", l.title, from, r.To)
	who, prog := l.everyone, l.everyProgram
	if r.Clinician != "" {
		who = r.Clinician
	}
	if r.Program != "" {
		prog = r.Program
	}
	p("%s: %s · %s: %s · %s: %s · %s\n\n", l.clinician, who, l.program, prog, l.day, r.Today, fmt.Sprintf(l.minN, r.MinN))

	p("## %s\n\n| | n |\n|---|---:|\n", l.counts)
	for _, c := range []struct {
		label string
		c     Count
	}{{l.referred, r.Counts.Referred}, {l.assessed, r.Counts.Assessed}, {l.startedN, r.Counts.Started}, {l.inTreatment, r.Counts.InTreatment}, {l.closedN, r.Counts.Closed}} {
		v := "–"
		if c.c.Known {
			v = strconv.Itoa(c.c.N)
		}
		p("| %s | %s |\n", c.label, v)
	}
	p("| %s | %s |\n\n", l.diagnosed, l.share(r.Counts.Diagnosed))
	if len(r.Counts.ByReason) > 0 {
		p("| %s | n |\n|---|---:|\n", l.reasonHead)
		for _, c := range r.Counts.ByReason {
			reason := c.Reason
			if reason == "" {
				reason = l.noReason
			}
			p("| %s | %d |\n", mdCell(reason), c.N)
		}
		p("\n")
	}

	p("## %s\n\n", l.waiting)
	if !r.Counts.Referred.Known {
		p("%s\n\n", l.noReferrals)
	}
	p("%s %s · %s %s · %s %s (n = %d)\n\n", l.median, l.stat(r.Waiting.Median, 1), l.q1, l.stat(r.Waiting.Q1, 1), l.q3, l.stat(r.Waiting.Q3, 1), r.Waiting.N)

	c := r.Completion
	p("## %s\n\n", l.completion)
	p("%s: %d · %s: %s · %s: %s\n\n", l.ended, c.Ended, l.completed, l.share(c.Completed), l.modulesShare, l.percent(c.ModulesShare))
	if len(c.StoppedAt) > 0 {
		p("| %s | n |\n|---:|---:|\n", l.stoppedAt)
		for _, s := range c.StoppedAt {
			p("| %d | %d |\n", s.Module, s.N)
		}
		p("\n")
	}

	p("## %s\n\n", l.effect)
	if len(r.Effects) == 0 {
		p("%s\n\n", l.noPairs)
	} else {
		p("| %s | %s | %s | %s | d | %s | %s | %s | %s | %s |\n", l.scale, l.pairs, l.preMSD, l.postMSD, l.improved, l.deteriorated, l.unchanged, l.recovered, l.followUpM)
		p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		for _, e := range r.Effects {
			name := e.Instrument
			if e.Primary {
				name += " (" + l.primary + ")"
			}
			pairs := strconv.Itoa(e.Pairs)
			if e.PostLast > 0 {
				pairs += fmt.Sprintf(" (%d*)", e.PostLast)
			}
			p("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, pairs,
				l.msd(e.PreMean, e.PreSD), l.msd(e.PostMean, e.PostSD), l.stat(e.D, 2),
				l.share(e.Improved), l.share(e.Deteriorated), l.share(e.Unchanged), l.share(e.Recovered), l.msd(e.FollowUpMean, e.FollowUpSD))
		}
		p("\n")
		for _, e := range r.Effects {
			rci, cut := "–", "–"
			if e.RCI != nil {
				rci = strconv.FormatFloat(*e.RCI, 'f', -1, 64)
				if e.RCIEstimated {
					rci += " (" + l.estimated + ")"
				}
			}
			if e.Cutoff != nil {
				cut = "≥ " + strconv.FormatFloat(*e.Cutoff, 'f', -1, 64)
			}
			p("- %s: %s %s, %s %s", e.Instrument, l.rci, rci, l.cutoff, cut)
			if e.PreOnly > 0 {
				p("; %s", fmt.Sprintf(l.preOnly, e.PreOnly))
			}
			p("\n")
		}
		p("\n%s\n", l.notes)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell keeps a free-text value inside its table cell.
func mdCell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ", "\r", " ").Replace(s)
}

// labels are the report's words in one language.
type labels struct {
	lang                                                                              string
	title, clinician, program, day, everyone, everyProgram, minN                      string
	counts, referred, assessed, startedN, inTreatment, closedN, diagnosed, noReason   string
	waiting, noReferrals, median, q1, q3, reasonHead, clinicianCol, programCol        string
	completion, ended, completed, modulesShare, stoppedAt                             string
	effect, noPairs, scale, pairs, preMSD, postMSD, improved, deteriorated, unchanged string
	recovered, followUpM, primary, rci, cutoff, estimated, preOnly, notes, of         string
	// CSV
	moment, diagnosis, started, closedOn, status, modulesDone, modulesTotal, reason string
	referredOn, pre, post, postLast, followUp, date, yes, no                        string
	statuses                                                                        map[string]string
}

func labelsFor(lang string) labels {
	if lang == "en" {
		return labels{lang: "en",
			title: "Results", clinician: "Clinician", program: "Program", day: "Day", everyone: "everyone", everyProgram: "every program",
			minN:   "– = not shown: fewer than %d, or no sourced threshold",
			counts: "Counts", referred: "Referred", assessed: "Assessed", startedN: "Started", inTreatment: "In treatment (active or maintenance)", closedN: "Closed",
			diagnosed: "With a diagnosis recorded", noReason: "(no reason given)",
			waiting: "Waiting (days from referral to start)", noReferrals: "No referrals are recorded in this file.",
			median: "Median", q1: "lower quartile", q3: "upper quartile", reasonHead: "Closing reason", clinicianCol: "clinician", programCol: "program",
			completion: "Completion (fullföljande)", ended: "Treatment ended (maintenance or closed)", completed: "Completed (every module submitted)",
			modulesShare: "mean share of modules completed", stoppedAt: "Not completed: last module opened",
			effect: "Effect (pre → post)", noPairs: "No scores before and after treatment yet.", scale: "Scale", pairs: "n pairs",
			preMSD: "Pre M (SD)", postMSD: "Post M (SD)", improved: "Reliably improved", deteriorated: "Reliably deteriorated",
			unchanged: "No reliable change", recovered: "Recovered", followUpM: "Follow-up M (SD)", primary: "primary",
			rci: "reliable change", cutoff: "cut-off", estimated: "estimated",
			preOnly: "%d with pre but no post (not in the figures)",
			notes: "n pairs (k*): k posts are the last score during treatment, without an avslut score. d = (pre mean − post mean) / pre SD. " +
				"Recovered: of those at or above the cut-off before, below it after with reliable improvement. Shares marked ~ use an estimated threshold.",
			of:     "of",
			moment: "moment", diagnosis: "diagnosis", started: "started", closedOn: "closed", status: "status",
			modulesDone: "modules completed", modulesTotal: "modules in program", reason: "closing reason", referredOn: "referred",
			pre: "pre", post: "post", postLast: "post is last during treatment", followUp: "follow-up", date: "date", yes: "yes", no: "no",
			statuses: map[string]string{"active": "active", "maintenance": "maintenance", "closed": "closed"},
		}
	}
	return labels{lang: "sv",
		title: "Resultat", clinician: "Behandlare", program: "Program", day: "Dag", everyone: "alla", everyProgram: "alla program",
		minN:   "– = visas inte: färre än %d, eller ingen gräns med källa",
		counts: "Antal", referred: "Remitterade", assessed: "Bedömda", startedN: "Startade", inTreatment: "Pågående (behandling eller vidmakthållande)", closedN: "Avslutade",
		diagnosed: "Med diagnos registrerad", noReason: "(ingen orsak angiven)",
		waiting: "Tillgänglighet (dagar från remiss till start)", noReferrals: "Inga remisser är registrerade i den här filen.",
		median: "Median", q1: "nedre kvartil", q3: "övre kvartil", reasonHead: "Avslutningsorsak", clinicianCol: "behandlare", programCol: "program",
		completion: "Fullföljande", ended: "Behandlingsfasen avslutad (vidmakthållande eller avslutade)", completed: "Fullföljda (alla moduler genomförda)",
		modulesShare: "genomsnittlig andel genomförda moduler", stoppedAt: "Ej fullföljda: sista öppnade modul",
		effect: "Effekt (före → efter)", noPairs: "Inga skattningar före och efter behandling ännu.", scale: "Skala", pairs: "n par",
		preMSD: "Före M (SD)", postMSD: "Efter M (SD)", improved: "Reliabelt förbättrade", deteriorated: "Reliabelt försämrade",
		unchanged: "Ingen reliabel förändring", recovered: "Återhämtade", followUpM: "Uppföljning M (SD)", primary: "primär",
		rci: "reliabel förändring", cutoff: "gränsvärde", estimated: "uppskattad",
		preOnly: "%d med före men utan efter (ingår inte i siffrorna)",
		notes: "n par (k*): k eftervärden är senaste skattning under behandling, utan avslutsskattning. d = (medel före − medel efter) / SD före. " +
			"Återhämtade: av dem som låg på eller över gränsvärdet före, under det efter och med reliabel förbättring. Andelar märkta ~ bygger på en uppskattad gräns.",
		of:     "av",
		moment: "moment", diagnosis: "diagnos", started: "start", closedOn: "avslut", status: "status",
		modulesDone: "genomförda moduler", modulesTotal: "moduler i programmet", reason: "avslutningsorsak", referredOn: "remiss",
		pre: "före", post: "efter", postLast: "efter är senaste under behandling", followUp: "uppföljning", date: "datum", yes: "ja", no: "nej",
		statuses: map[string]string{"active": "pågående", "maintenance": "vidmakthållande", "closed": "avslutad"},
	}
}

func (l labels) statusName(s string) string {
	if n, ok := l.statuses[s]; ok {
		return n
	}
	return s
}

// num formats a figure with the language's decimal mark.
func (l labels) num(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if l.lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func (l labels) stat(s Stat, decimals int) string {
	if s.Value == nil {
		return "–"
	}
	return l.num(*s.Value, decimals)
}

func (l labels) percent(s Stat) string {
	if s.Value == nil {
		return fmt.Sprintf("– (n = %d)", s.N)
	}
	return fmt.Sprintf("%s %% (n = %d)", l.num(*s.Value*100, 0), s.N)
}

func (l labels) msd(m, sd Stat) string {
	if m.Value == nil {
		return fmt.Sprintf("– (n = %d)", m.N)
	}
	return fmt.Sprintf("%s (%s)", l.num(*m.Value, 1), l.stat(sd, 1))
}

func (l labels) share(s Share) string {
	mark := ""
	if s.Estimated {
		mark = "~"
	}
	if s.Value == nil {
		if s.Missing == NoThreshold {
			return "–"
		}
		return fmt.Sprintf("– (n = %d)", s.N)
	}
	return fmt.Sprintf("%s%s %% (%d %s %d)", mark, l.num(*s.Value*100, 0), s.Count, l.of, s.N)
}
