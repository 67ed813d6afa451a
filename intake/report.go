package intake

import (
	"fmt"
	"io"
	"strings"
)

// Report writes the plan as plain text in its language: unknown columns,
// then what is created, updated, unchanged and refused. Personnummer are
// masked. The command line prints it; the app may show it as its preview.
func (p Plan) Report(w io.Writer) error {
	lang := p.lang
	t := func(sv, en string, args ...any) string { return text{sv, en}.in(lang, args...) }
	var b strings.Builder
	if len(p.Unknown) > 0 {
		var q []string
		for _, u := range p.Unknown {
			q = append(q, fmt.Sprintf("%q", u))
		}
		b.WriteString(t("Okända kolumner (läses inte): %s\n", "Unknown columns (not read): %s\n", strings.Join(q, ", ")))
	}
	section := func(title string, cs []Change) {
		if len(cs) == 0 {
			return
		}
		b.WriteString(title)
		for _, c := range cs {
			b.WriteString("  " + c.Text(lang) + "\n")
		}
	}
	section(t("Skapas (%d):\n", "Created (%d):\n", len(p.Creates)), p.Creates)
	section(t("Uppdateras (%d):\n", "Updated (%d):\n", len(p.Updates)), p.Updates)
	if len(p.Unchanged) > 0 {
		b.WriteString(t("Redan inlästa, oförändrade: %s\n", "Already in, unchanged: %s\n", RowsText(lang, p.Unchanged)))
	}
	if len(p.Refusals) > 0 {
		b.WriteString(t("Nekas (%d):\n", "Refused (%d):\n", len(p.Refusals)))
		for _, r := range p.Refusals {
			b.WriteString("  " + r.Text(lang) + "\n")
		}
	}
	if len(p.Creates) == 0 && len(p.Updates) == 0 && len(p.Refusals) == 0 {
		b.WriteString(t("Inget nytt att läsa in.\n", "Nothing new to bring in.\n"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Text is the change on one line, in lang, the personnummer masked: its
// rows, the patient, the program and what is new (the report's line; the
// app's preview shows the same).
func (c Change) Text(lang string) string {
	prog := ""
	if c.ProgramName != "" {
		prog = ", " + c.ProgramName
	}
	return fmt.Sprintf("%s: %s %s%s: %s", RowsText(lang, c.Rows), c.PNR.Masked(), c.Name, prog, strings.Join(c.What, "; "))
}

// RowsText names lines compactly: "rad 2", "rad 2–4, 7".
func RowsText(lang string, lines []int) string {
	var parts []string
	for i := 0; i < len(lines); {
		j := i
		for j+1 < len(lines) && lines[j+1] == lines[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", lines[i], lines[j]))
		} else {
			parts = append(parts, fmt.Sprint(lines[i]))
		}
		i = j + 1
	}
	word := "rad"
	if lang == "en" {
		word = "row"
		if len(lines) > 1 {
			word = "rows"
		}
	}
	return word + " " + strings.Join(parts, ", ")
}
