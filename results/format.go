package results

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/jsonstream"
	"github.com/ikbt/ikbt/usertext"
)

// WriteJSON writes the report as JSON (indented when indent is true).
// Compact, the moments' rows are encoded one at a time (writeRows):
// encoding/json builds a whole value in one buffer, and the 10,000-moment
// report's 4.9 MB grown by doubling was about a seventh of its CPU
// (issue 17, Speed). The bytes are the same as one Encode's.
func WriteJSON(w io.Writer, r Report, indent bool) error {
	enc := json.NewEncoder(w)
	if indent {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	if indent || len(r.Moments) == 0 {
		return enc.Encode(r)
	}
	return writeRows(w, r)
}

// writeRows is WriteJSON's compact form, the rows one by one: the report
// without its rows, which end it ("moments":[]}), then each row.
func writeRows(w io.Writer, r Report) error {
	rows := r.Moments
	r.Moments = []Row{}
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	prefix, ok := bytes.CutSuffix(head.Bytes(), []byte("[]}\n"))
	if !ok { // Moments is no longer the last field: encode the whole value
		r.Moments = rows
		whole := json.NewEncoder(w)
		whole.SetEscapeHTML(false)
		return whole.Encode(r)
	}
	s := jsonstream.New(w)
	s.Raw(string(prefix))
	jsonstream.Array(s, rows)
	s.Raw("}\n")
	return s.Err()
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

// labels are the report's words in one language, from the catalogue
// (usertext.T.Results).
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
	l := usertext.LangOf(lang)
	t := usertext.T.Results
	return labels{lang: string(l),
		title:        t.Title.In(l),
		clinician:    t.Clinician.In(l),
		program:      t.Program.In(l),
		day:          t.Day.In(l),
		everyone:     t.Everyone.In(l),
		everyProgram: t.EveryProgram.In(l),
		minN:         t.MinN.In(l),
		counts:       t.Counts.In(l),
		referred:     t.Referred.In(l),
		assessed:     t.Assessed.In(l),
		startedN:     t.StartedN.In(l),
		inTreatment:  t.InTreatment.In(l),
		closedN:      t.ClosedN.In(l),
		diagnosed:    t.Diagnosed.In(l),
		noReason:     t.NoReason.In(l),
		waiting:      t.Waiting.In(l),
		noReferrals:  t.NoReferrals.In(l),
		median:       t.Median.In(l),
		q1:           t.Q1.In(l),
		q3:           t.Q3.In(l),
		reasonHead:   t.ReasonHead.In(l),
		clinicianCol: t.ClinicianCol.In(l),
		programCol:   t.ProgramCol.In(l),
		completion:   t.Completion.In(l),
		ended:        t.Ended.In(l),
		completed:    t.Completed.In(l),
		modulesShare: t.ModulesShare.In(l),
		stoppedAt:    t.StoppedAt.In(l),
		effect:       t.Effect.In(l),
		noPairs:      t.NoPairs.In(l),
		scale:        t.Scale.In(l),
		pairs:        t.Pairs.In(l),
		preMSD:       t.PreMSD.In(l),
		postMSD:      t.PostMSD.In(l),
		improved:     t.Improved.In(l),
		deteriorated: t.Deteriorated.In(l),
		unchanged:    t.Unchanged.In(l),
		recovered:    t.Recovered.In(l),
		followUpM:    t.FollowUpM.In(l),
		primary:      t.Primary.In(l),
		rci:          t.Rci.In(l),
		cutoff:       t.Cutoff.In(l),
		estimated:    t.Estimated.In(l),
		preOnly:      t.PreOnly.In(l),
		notes:        t.Notes.In(l),
		of:           t.Of.In(l),
		moment:       t.Moment.In(l),
		diagnosis:    t.Diagnosis.In(l),
		started:      t.Started.In(l),
		closedOn:     t.ClosedOn.In(l),
		status:       t.Status.In(l),
		modulesDone:  t.ModulesDone.In(l),
		modulesTotal: t.ModulesTotal.In(l),
		reason:       t.Reason.In(l),
		referredOn:   t.ReferredOn.In(l),
		pre:          t.Pre.In(l),
		post:         t.Post.In(l),
		postLast:     t.PostLast.In(l),
		followUp:     t.FollowUp.In(l),
		date:         t.Date.In(l),
		yes:          t.Yes.In(l),
		no:           t.No.In(l),
		statuses:     map[string]string{"active": t.StatusActive.In(l), "maintenance": t.StatusMaintenance.In(l), "closed": t.StatusClosed.In(l)},
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
