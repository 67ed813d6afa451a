// Command floor runs the SQL statements of a file against a SQLite
// database with modernc.org/sqlite through database/sql, reading every
// value of every row and printing the row count, as the sqlite3 CLI does
// with the same file: the least a Go program on ikbt's stack spends on the
// worklist's SQL, with no rules, no JSON and no other package linked
// (bench/floor.sh, issue 18).
//
//	go run ./bench/floor DB SQLFILE
package main

import (
	"database/sql"
	"fmt"
	"os"
	"strings"

	_ "modernc.org/sqlite"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: floor DB SQLFILE")
		os.Exit(2)
	}
	n, err := run(os.Args[1], os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Println(n)
}

// run reads every row of every statement in sqlFile, read-only, and
// returns how many rows there were.
func run(db, sqlFile string) (int, error) {
	src, err := os.ReadFile(sqlFile)
	if err != nil {
		return 0, err
	}
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	n := 0
	// The worklist's SQL ends each statement with ";" at the end of a line.
	for _, q := range strings.Split(string(src), ";\n") {
		if strings.TrimSpace(q) == "" {
			continue
		}
		rows, err := conn.Query(q)
		if err != nil {
			return n, err
		}
		cols, err := rows.Columns()
		if err != nil {
			return n, err
		}
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = new(any)
		}
		for rows.Next() {
			if err := rows.Scan(vals...); err != nil {
				return n, err
			}
			n++
		}
		if err := rows.Err(); err != nil {
			return n, err
		}
		if err := rows.Close(); err != nil {
			return n, err
		}
	}
	return n, nil
}
