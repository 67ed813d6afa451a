package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/ikbt/ikbt/store/sqliteread"
)

// Identifying the file when it opens, the worklist's and the report's
// reads go through sqliteread instead of database/sql: the same SQL on
// the same file, read straight into typed variables without the
// connection mutex (issue 18, fourth round: the same queries cost 0.65×
// the CPU; docs/data.md, Speed). A command that only reads them opens one
// connection to the file, not two (fifth round). Everything else reads
// and writes through database/sql, whose first connection opens when
// first needed.

// rowSource runs a reading query: a database/sql transaction (sqlTx) or a
// read transaction on a sqliteread connection.
type rowSource interface {
	query(q string, args ...any) (rowReader, error)
}

// rowReader is what the loader needs of a query's rows; *sql.Rows and
// *sqliteread.Rows both have it.
type rowReader interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close() error
}

// sqlTx reads in a database/sql transaction (a write's, for its undo
// snapshot, or one read's) or on a connection (a migration's, under its
// write lock).
type sqlTx struct {
	tx interface {
		QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	}
}

func (t sqlTx) query(q string, args ...any) (rowReader, error) {
	rows, err := t.tx.QueryContext(context.Background(), q, args...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// rawTx reads in a read transaction on a sqliteread connection.
type rawTx struct{ c *sqliteread.Conn }

func (t rawTx) query(q string, args ...any) (rowReader, error) {
	rows, err := t.c.Query(q, args...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// rawPool keeps the sqliteread connections of a Store: at most maxIdle
// wait between reads (the app reads the worklist again after every
// write; reopening would parse the schema again and start with a cold
// page cache), the others are closed when their read ends.
type rawPool struct {
	uri     string // the reading connections' DSN: the same file, mode and immutability
	busy    int    // busy_timeout in ms
	mu      sync.Mutex
	idle    []*sqliteread.Conn
	closed  bool
	maxIdle int
}

// newRawPool is the pool of a store's sqliteread connections on uri.
func newRawPool(uri string) *rawPool { return &rawPool{uri: uri, busy: busyTimeout, maxIdle: 2} }

// queryOne reads the one row of a query with its arguments into dest; no
// row is sql.ErrNoRows.
func queryOne(q rowSource, query string, args []any, dest ...any) error {
	rows, err := q.query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return err
		}
		return sql.ErrNoRows
	}
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	return rows.Close()
}

// get returns an idle connection or opens one.
func (p *rawPool) get() (*sqliteread.Conn, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, errors.New("store: the file is closed")
	}
	if n := len(p.idle); n > 0 {
		c := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	// The settings of the database/sql reading connections (dsn: no mmap,
	// the same busy timeout) but a 250 KB page cache instead of 1 MB. The
	// reads are single passes; what a larger cache saves in reads it costs
	// when the connection closes, in the driver's allocator handing freed
	// pages back with madvise (~0.4 ms a call on this VM): for the
	// everyone-worklist 183 madvise and 32,768 preads with 1 MB against 39
	// and 37,141 with 250 KB, 0.88x the CPU (9 pairs); for the report 88
	// against 24, the same preads, 0.84x (docs/data.md, Speed).
	return sqliteread.OpenShared(p.uri, fmt.Sprintf("busy_timeout = %d", p.busy), "mmap_size = 0", "cache_size = -250")
}

// put returns a connection after a read; ok false (its transaction could
// not be ended) closes it.
func (p *rawPool) put(c *sqliteread.Conn, ok bool) {
	p.mu.Lock()
	if ok && !p.closed && len(p.idle) < p.maxIdle {
		p.idle = append(p.idle, c)
		p.mu.Unlock()
		return
	}
	p.mu.Unlock()
	c.Close()
}

// close closes the idle connections; one in use is closed when its read
// ends.
func (p *rawPool) close() error {
	p.mu.Lock()
	idle := p.idle
	p.idle, p.closed = nil, true
	p.mu.Unlock()
	var errs []error
	for _, c := range idle {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// rawRead runs read in one read transaction on a sqliteread connection:
// every query of it sees one snapshot of the file, as in a database/sql
// read transaction. The transaction is ended and the connection handed
// back on every path.
func (s *Store) rawRead(read func(rowSource) error) (err error) {
	c, err := s.raw.get()
	if err != nil {
		return err
	}
	ended := false
	defer func() { s.raw.put(c, ended) }() // closed unless ended, a panic too
	ended, err = readOn(c, read)
	return err
}

// readOn runs read in one read transaction on c; ended reports that the
// transaction was ended (c can read again).
func readOn(c *sqliteread.Conn, read func(rowSource) error) (ended bool, err error) {
	if err := c.Exec("BEGIN"); err != nil {
		return false, err
	}
	defer func() {
		end := c.Exec("ROLLBACK") // it wrote nothing: a read ends the same either way
		ended = end == nil
		if err == nil {
			err = end
		}
	}()
	return false, read(rawTx{c})
}
