package store

import (
	"fmt"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/results"
)

// ReportSQL returns the report's aggregation written as SQL for the
// sqlite3 command-line tool: the baseline of bench/report.sh (and of
// BenchmarkReportSQL, in-process). It follows
// the definitions of package results (pre, post, follow-up, counted
// moments, reliable change, recovery, completion) for a report without a
// period; program totals and thresholds come from the catalogue and
// instruments.json as temporary tables. It reads what the store reads
// (store.QueryReportMeasurements): the first and latest answers by id and
// the avslut and uppfoljning answers from the partial covering index
// measurements_outcomes (migration 0007; the planner picks it for the
// temporary table occ as it does for the store's query).
func ReportSQL(cat *programs.Catalogue, today caseload.Date, f results.Filter) string {
	lit := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("PRAGMA mmap_size = 268435456;\n")
	for _, t := range []string{"prog", "instr", "sel", "done", "occ", "picks", "pairs"} {
		p("DROP TABLE IF EXISTS temp.%s;\n", t)
	}
	p("CREATE TEMP TABLE prog (id TEXT PRIMARY KEY, total INTEGER);\n")
	for _, pr := range cat.Programs() {
		p("INSERT INTO prog VALUES (%s, %d);\n", lit(pr.ID), pr.Total())
	}
	p("CREATE TEMP TABLE instr (id TEXT PRIMARY KEY, rci REAL, cutoff REAL);\n")
	for _, in := range instruments.All() {
		rci, cut := "NULL", "NULL"
		if in.RCI > 0 {
			rci = fmt.Sprint(in.RCI)
		}
		if in.Cutoff != nil {
			cut = fmt.Sprint(*in.Cutoff)
		}
		p("INSERT INTO instr VALUES (%s, %s, %s);\n", lit(in.ID), rci, cut)
	}
	p(`CREATE TEMP TABLE sel AS SELECT m.id, m.program, m.status, m.closed_on, m.closing_reason, m.diagnosis,
	(SELECT e.opened FROM module_events e WHERE e.moment = m.id AND e.module = '2') AS m2
FROM moments m WHERE m.started <= %s AND (%s = '' OR m.clinician = %s) AND (%s = '' OR m.program = %s);
`, lit(today.String()), lit(f.Clinician), lit(f.Clinician), lit(f.Program), lit(f.Program))
	p(`SELECT count(*), sum(status <> 'closed'), sum(status = 'closed'), sum(diagnosis <> '') FROM sel;
SELECT closing_reason, count(*) FROM sel WHERE status = 'closed' GROUP BY 1 ORDER BY 2 DESC, 1;
CREATE TEMP TABLE done AS SELECT s.id, p.total,
	(SELECT count(*) FROM module_events e WHERE e.moment = s.id AND e.submitted <> '' AND e.module GLOB '[0-9]*'
		AND CAST(e.module AS INTEGER) BETWEEN 1 AND p.total) AS done,
	(SELECT max(CAST(e.module AS INTEGER)) FROM module_events e WHERE e.moment = s.id AND e.opened <> '' AND e.module GLOB '[0-9]*'
		AND CAST(e.module AS INTEGER) BETWEEN 1 AND p.total) AS last
FROM sel s JOIN prog p ON p.id = s.program WHERE s.status IN ('closed', 'maintenance');
SELECT count(*), sum(done = total), avg(1.0 * done / total) FROM done;
SELECT coalesce(last, 0), count(*) FROM done WHERE done < total GROUP BY 1 ORDER BY 1;
CREATE TEMP TABLE occ AS SELECT x.moment, x.instrument, x.occasion, x.answered, x.total FROM measurements x
WHERE x.occasion IN ('avslut', 'uppfoljning') AND +x.moment IN (SELECT id FROM sel);
CREATE INDEX temp.occ_key ON occ (moment, instrument, occasion, answered);
CREATE TEMP TABLE picks AS SELECT s.id, s.status, x.instrument, x.total AS pre, x.answered AS pre_at,
	(SELECT o.total FROM occ o WHERE o.moment = s.id AND o.instrument = x.instrument AND o.occasion = 'avslut'
		AND o.answered > x.answered ORDER BY o.answered DESC LIMIT 1) AS final,
	CASE WHEN l.id = x.id THEN NULL WHEN l.occasion <> 'uppfoljning' THEN l.total ELSE
		(SELECT y.total FROM measurements y WHERE y.moment = s.id AND y.instrument = x.instrument AND y.occasion <> 'uppfoljning'
			AND y.answered > x.answered ORDER BY y.answered DESC LIMIT 1) END AS last,
	(SELECT o.total FROM occ o WHERE o.moment = s.id AND o.instrument = x.instrument AND o.occasion = 'uppfoljning'
		AND o.answered > x.answered ORDER BY o.answered DESC LIMIT 1) AS follow
FROM sel s JOIN measurement_ends e ON e.moment = s.id JOIN measurements x ON x.id = e.first JOIN measurements l ON l.id = e.latest
WHERE x.instrument <> 'MADRS-S9' AND (x.occasion IN ('bedomning', 'uppstart')
	OR (x.occasion IN ('pagaende', '') AND (s.m2 IS NULL OR s.m2 = '' OR x.answered < s.m2)));
CREATE TEMP TABLE pairs AS SELECT instrument, pre, coalesce(final, last) AS post, final IS NULL AS post_last, follow
FROM picks WHERE status IN ('closed', 'maintenance') OR final IS NOT NULL;
SELECT p.instrument, count(p.post), sum(p.post_last),
	avg(p.pre), sqrt(sum((p.pre - a.mpre) * (p.pre - a.mpre)) / (count(*) - 1)),
	avg(p.post), sqrt(sum((p.post - a.mpost) * (p.post - a.mpost)) / (count(*) - 1)),
	(a.mpre - a.mpost) / sqrt(sum((p.pre - a.mpre) * (p.pre - a.mpre)) / (count(*) - 1)),
	sum(p.pre - p.post >= i.rci), sum(p.post - p.pre >= i.rci), sum(abs(p.pre - p.post) < i.rci),
	sum(p.pre >= i.cutoff), sum(p.pre >= i.cutoff AND p.post < i.cutoff AND p.pre - p.post >= i.rci)
FROM pairs p JOIN (SELECT instrument, avg(pre) AS mpre, avg(post) AS mpost FROM pairs WHERE post IS NOT NULL GROUP BY 1) a USING (instrument)
	LEFT JOIN instr i ON i.id = p.instrument
WHERE p.post IS NOT NULL GROUP BY p.instrument ORDER BY p.instrument;
SELECT instrument, sum(post IS NULL), count(follow), avg(follow) FROM pairs GROUP BY 1 ORDER BY 1;
`)
	return b.String()
}
