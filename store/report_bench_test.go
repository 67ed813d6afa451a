package store

import (
	"testing"

	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/results"
)

// BenchmarkReport is the whole report for everyone on the 10,000-moment
// file, in-process; BenchmarkReportSQL is the same aggregation as SQL
// (ReportSQL, the baseline of bench/report.sh) run by the same engine in
// the same process, so their ratio is the cost of our reading and rules
// apart from the engine's.
func BenchmarkReport(b *testing.B) {
	s := benchStore(b)
	cat := programs.Default()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Report(cat, today, nil, results.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReportSQL(b *testing.B) {
	s := benchStore(b)
	q := ReportSQL(programs.Default(), today, results.Filter{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		conn, err := s.db.Conn(b.Context())
		if err != nil {
			b.Fatal(err)
		}
		// Temporary tables live on the connection; the SQL drops them first.
		if _, err := conn.ExecContext(b.Context(), q); err != nil {
			b.Fatal(err)
		}
		conn.Close()
	}
}
