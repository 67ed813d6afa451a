package store

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// TestMigrationsOrder: numbers must rise; a gap (a number handed to a
// branch not merged yet) is allowed and applies nothing, a repeat or a
// fall is not.
func TestMigrationsOrder(t *testing.T) {
	defer func(old fs.FS) { migrationFS = old }(migrationFS)
	file := &fstest.MapFile{Data: []byte("SELECT 1;")}
	for _, tt := range []struct {
		names []string
		ok    bool
		n     int // the schema version the files lead to: the highest number
	}{
		{[]string{"0001_a.sql", "0002_b.sql"}, true, 2},
		{[]string{"0001_a.sql", "0002_b.sql", "0004_d.sql"}, true, 4},
		{[]string{"0001_a.sql", "0001_b.sql"}, false, 0},
		{[]string{"0001_a.sql", "x_b.sql"}, false, 0},
	} {
		m := fstest.MapFS{}
		for _, n := range tt.names {
			m["migrations/"+n] = file
		}
		migrationFS = m
		ms, err := migrations()
		if (err == nil) != tt.ok || (tt.ok && len(ms) != tt.n) {
			t.Errorf("%v: %d migrations, %v", tt.names, len(ms), err)
		}
	}
}
