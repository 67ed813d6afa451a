package tabular

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

func TestReadText(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		header   []string
		rows     [][]string
		lines    []int
		sep      rune
		encoding string
	}{
		{"semicolon Windows-1252", "Namn;Ort\r\n\xc5sa \xd6berg;G\xe4vle\r\n", []string{"Namn", "Ort"}, [][]string{{"Åsa Öberg", "Gävle"}}, []int{2}, ';', "Windows-1252"},
		{"comma UTF-8 BOM", "\xef\xbb\xbfa,b\n1,2\n", []string{"a", "b"}, [][]string{{"1", "2"}}, []int{2}, ',', "UTF-8 BOM"},
		{"tab paste, trailing tab, blank lines", "\n\na\tb\t\n1\t2\t\n\n3\t\n", []string{"a", "b"}, [][]string{{"1", "2"}, {"3", ""}}, []int{4, 6}, '\t', "UTF-8"},
		{"quoted separator", "\"x;y\",b\n\"1;2\",3\n", []string{"x;y", "b"}, [][]string{{"1;2", "3"}}, []int{2}, ',', "UTF-8"},
		{"decimal comma in a ; file", "a;b\n1,5;2\n", []string{"a", "b"}, [][]string{{"1,5", "2"}}, []int{2}, ';', "UTF-8"},
		{"UTF-16 from Excel's Unicode text", "\xff\xfea\x00\t\x00b\x00\n\x001\x00\t\x002\x00\n\x00", []string{"a", "b"}, [][]string{{"1", "2"}}, []int{2}, '\t', "UTF-16"},
		{"quoted newline keeps the line of the row's start", "a,b\n\"x\ny\",1\n2,3\n", []string{"a", "b"}, [][]string{{"x\ny", "1"}, {"2", "3"}}, []int{2, 4}, ',', "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ReadText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(tab.Header, tt.header) || tab.Sep != tt.sep || tab.Encoding != tt.encoding {
				t.Errorf("header %q sep %q enc %q, want %q %q %q", tab.Header, tab.Sep, tab.Encoding, tt.header, tt.sep, tt.encoding)
			}
			var rows [][]string
			var lines []int
			for _, r := range tab.Rows {
				rows, lines = append(rows, r.Cells), append(lines, r.Line)
			}
			if !reflect.DeepEqual(rows, tt.rows) || !reflect.DeepEqual(lines, tt.lines) {
				t.Errorf("rows %q at %v, want %q at %v", rows, lines, tt.rows, tt.lines)
			}
		})
	}
}

func TestReadTextErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
		line int
	}{
		{"empty", "\n \n", ErrEmpty, 0},
		{"too many cells", "a;b\n1;2;3\n", ErrTooManyCells, 2},
		{"blank header", "a;;b\n1;2;3\n", ErrBlankHeader, 1},
		{"repeated header", "a;A\n", ErrBlankHeader, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadText([]byte(tt.in))
			var te *Error
			if !errors.Is(err, tt.want) || !errors.As(err, &te) || te.Line != tt.line {
				t.Errorf("err %v, want %v at line %d", err, tt.want, tt.line)
			}
		})
	}
}

func TestReadFileByExtension(t *testing.T) {
	if _, err := ReadFile("x.pdf", strings.NewReader("a,b")); !errors.Is(err, ErrFormat) {
		t.Errorf("pdf: %v", err)
	}
	tab, err := ReadFile("X.TSV", strings.NewReader("a\tb\n1\t2\n"))
	if err != nil || tab.Format != "tsv" {
		t.Errorf("tsv: %v %q", err, tab.Format)
	}
	if _, err := ReadFile("x.xlsx", strings.NewReader("a,b\n")); err == nil {
		t.Error("a text file named .xlsx was read")
	}
}

// An .xlsx written by excelize with real date cells (serial numbers with
// a date format): the reader gives the serial, not the display text.
func TestReadXLSX(t *testing.T) {
	f := excelize.NewFile()
	sh := f.GetSheetName(0)
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14}) // m/d/yy: ambiguous as displayed
	f.SetSheetRow(sh, "A1", &[]any{"Personnummer", "Namn", "Startdatum"})
	f.SetSheetRow(sh, "A2", &[]any{189002099811, "Åsa Öberg", 46349})
	f.SetCellStyle(sh, "C2", "C2", date)
	// Row 3 empty; row 4 is the next patient: Excel's row numbers hold.
	f.SetSheetRow(sh, "A4", &[]any{"19000612-9803", "Örjan", 46300.5})
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	tab, err := ReadFile("lista.xlsx", &buf)
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{{2, []string{"189002099811", "Åsa Öberg", "46349"}}, {4, []string{"19000612-9803", "Örjan", "46300.5"}}}
	if !reflect.DeepEqual(tab.Header, []string{"Personnummer", "Namn", "Startdatum"}) || !reflect.DeepEqual(tab.Rows, want) {
		t.Errorf("got %q %v", tab.Header, tab.Rows)
	}
}

// FuzzTabularReadText: any bytes give a table or an error, never a panic; a
// table is rectangular, valid UTF-8, and its lines increase.
func FuzzTabularReadText(f *testing.F) {
	for _, name := range []string{"../intake/testdata/excel-sv.csv", "../intake/testdata/pasted.tsv", "../intake/testdata/bom.csv"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("a;b\n\"1;2\";3\n"))
	f.Add([]byte("\xff\xfea\x00\t\x00b\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ReadText(data)
		if err != nil {
			return
		}
		if len(tab.Header) == 0 {
			t.Fatal("a table without a header")
		}
		last := 0
		for _, r := range tab.Rows {
			if len(r.Cells) != len(tab.Header) {
				t.Fatalf("line %d has %d cells, header %d", r.Line, len(r.Cells), len(tab.Header))
			}
			if r.Line <= last {
				t.Fatalf("line %d after %d", r.Line, last)
			}
			last = r.Line
			for _, c := range r.Cells {
				if !utf8.ValidString(c) {
					t.Fatalf("cell %q is not UTF-8", c)
				}
			}
		}
	})
}
