package moment

import (
	"slices"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/tui/common"
)

// The moment's history on the moment page (issue 13): every note copied
// for Cosmic and every handled flag, newest first; a note opens to be read
// and copied again.

// historyItem is one line of the history: a copied note or a handled flag.
type historyItem struct {
	at   caseload.Stamp
	note *caseload.CopiedNote
	flag *caseload.Flag
}

// momentHistory is the moment's copied notes and handled flags, newest
// first (a note before a flag of the same minute: it was written after).
func momentHistory(m *caseload.Moment) []historyItem {
	var out []historyItem
	for i := range m.History {
		out = append(out, historyItem{at: m.History[i].Copied, note: &m.History[i]})
	}
	for i := range m.Flags {
		if f := &m.Flags[i]; !f.HandledAt.IsZero() {
			out = append(out, historyItem{at: f.HandledAt, flag: f})
		}
	}
	slices.SortStableFunc(out, func(a, b historyItem) int {
		if c := b.at.Compare(a.at); c != 0 {
			return c
		}
		if (a.note != nil) != (b.note != nil) {
			if a.note != nil {
				return -1
			}
			return 1
		}
		return 0
	})
	return out
}

// notes are the items that are notes, in the order shown.
func historyNotes(items []historyItem) []caseload.CopiedNote {
	var out []caseload.CopiedNote
	for _, it := range items {
		if it.note != nil {
			out = append(out, *it.note)
		}
	}
	return out
}

// firstLine is a note's first line, for a list.
func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// historyLines draws the history; noteAt is the line of each note (the
// moment page's cursor moves over them after the modules), sel the note
// selected (-1 none).
func historyLines(ctx *common.Context, items []historyItem, width, sel int) (lines []string, noteAt []int) {
	l, st := ctx.Lang, ctx.Styles
	if len(items) == 0 {
		return nil, nil
	}
	add := func(s string) { lines = append(lines, common.ClipLine(s, width)) }
	add("")
	add(st.Section.Render(l.T(common.L.NoteHistory)))
	n := 0
	for _, it := range items {
		if it.note != nil {
			cursor := " "
			text := common.NoteKind(l, phrases.Kind(it.note.Kind))
			if n == sel {
				cursor, text = common.Gutter, st.Selected.Render(text)
			}
			noteAt = append(noteAt, len(lines))
			add(cursor + " " + st.Dim.Render(common.ShortStamp(it.at)) + "  " + text + " " + st.Dim.Render(l.T(common.L.NoteHistoryNote)+": "+firstLine(it.note.Text)))
			n++
			continue
		}
		f := it.flag
		add("  " + st.Dim.Render(common.ShortStamp(it.at)) + "  " + l.ByID("act.flag."+f.Kind) + " " +
			st.Dim.Render(l.T(common.L.NoteHistoryFlag, f.HandledBy, strings.ReplaceAll(f.Note, "\n", " "))))
	}
	return lines, noteAt
}
