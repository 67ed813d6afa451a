package store

import "github.com/ikbt/ikbt/hugeheap"

// oneConnectionMoments is the most moments a worklist reads on one
// connection, in one transaction; a larger read takes the measurements on
// a second connection at the same time (loadParallel). The second
// connection opens the file and parses the whole schema before its
// first row, and reads again the pages both need: for one clinician's
// 500 moments in the 10,000-moment file one connection took 0.67× the
// CPU and 0.89× the wall time of two (issue 18, docs/data.md: Start-up
// and small caseloads). Everyone in a large file (7,000 open moments and
// more) keeps the two connections, which the first full frame of the app
// is measured with.
var oneConnectionMoments = 1000

// small reports how many moments o picks and whether they are few enough
// to read on one connection. When the count fails the read goes on as for
// a large caseload (n is then 0).
func (s *Store) small(o loadOpts) (n int, ok bool) {
	n, err := s.picked(o.cond, o.args)
	return n, err == nil && n <= oneConnectionMoments
}

// heapPerMoment is about what a large read fills of the Go heap for each
// moment it picks, up to the JSON written: 3.8 KB for everyone's
// worklist --json on the 10,000-moment file, 2.9 KB for its report
// (GODEBUG=gctrace=1, the peak heap).
const heapPerMoment = 4 << 10

// reserveHeap readies the heap for a read of n moments, when it is more
// than one connection reads: huge pages instead of a page fault for every
// 4 KB (hugeheap; for everyone's worklist --json on the 10,000-moment file
// 0.83× the wall time and the CPU, 11 pairs). A smaller read gains less
// than the collection costs (the 25-moment demo's worklist: 1.13×).
func reserveHeap(n int) {
	if n > oneConnectionMoments {
		hugeheap.Reserve(n * heapPerMoment)
	}
}

// queryPicked counts the moments a condition picks.
const queryPicked = `SELECT count(*) FROM moments m WHERE /*moments*/`

// picked counts the moments cond picks: from the moments' index, no row
// read.
func (s *Store) picked(cond string, args []any) (int, error) {
	var n int
	err := s.rawRead(func(q rowSource) error { return queryOne(q, pick(queryPicked, cond), args, &n) })
	return n, err
}
