package intake

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/ikbt/ikbt/tabular"
)

// TestReadErrorText: why a table cannot be read, in each language, with
// where when the reader knows it.
func TestReadErrorText(t *testing.T) {
	var broken bytes.Buffer
	zw := zip.NewWriter(&broken)
	for name, body := range map[string]string{
		"xl/workbook.xml":            `<workbook><sheets><sheet name="A" r:id="rId1" xmlns:r="r"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml":   "<worksheet><sheetData>\n<row r=\"1\"><c><v>1</v></c>",
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	_, notWorkbook := tabular.ReadXLSX([]byte("Namn;Ort\n"))
	_, damaged := tabular.ReadXLSX(broken.Bytes())
	_, empty := tabular.ReadText([]byte("\n\n"))
	_, protected := tabular.ReadXLSX([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and the rest"))
	tests := []struct {
		name   string
		err    error
		sv, en string
	}{
		{"not a workbook", notWorkbook, "filen är ingen Excel-arbetsbok (.xlsx)", "the file is not an Excel workbook (.xlsx)"},
		{"damaged workbook", damaged, "arbetsboken går inte att läsa: xl/worksheets/sheet1.xml, rad 2: trasig XML (en skadad eller avkortad fil)", "the workbook cannot be read: xl/worksheets/sheet1.xml, line 2: malformed XML (a damaged or truncated file)"},
		{"protected or .xls", protected, "filen är en lösenordsskyddad arbetsbok eller en Excel 97–2003-fil (.xls): spara den som .xlsx utan lösenord", "the file is a password-protected workbook or an Excel 97–2003 file (.xls): save it as .xlsx without a password"},
		{"empty", empty, "tabellen är tom (ingen rubrikrad)", "the table is empty (no header row)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.err == nil {
				t.Fatal("no error")
			}
			if got := ReadErrorText("sv", tt.err); got != tt.sv {
				t.Errorf("sv: %q, want %q", got, tt.sv)
			}
			if got := ReadErrorText("en", tt.err); got != tt.en {
				t.Errorf("en: %q, want %q", got, tt.en)
			}
		})
	}
}
