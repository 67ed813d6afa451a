package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/demo"
)

// TestMain keeps the tests from reading the developer's own config file.
func TestMain(m *testing.M) {
	if os.Getenv("IKBT_CONFIG") == "" {
		os.Setenv("IKBT_CONFIG", filepath.Join(os.TempDir(), "ikbt-test-no-config"))
	}
	code := m.Run()
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
	os.Exit(code)
}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name, text string
		want       config
		wantErr    string // "" when the file is good
	}{
		{name: "empty", text: ""},
		{name: "comments and blank lines", text: "# settings\n\n   # indented comment\n"},
		{name: "all keys", text: "lang = en\nclinician = Anna Lindqvist\ndb = /var/ikbt/ikbt.db\n",
			want: config{lang: "en", clinician: "Anna Lindqvist", db: "/var/ikbt/ikbt.db"}},
		{name: "spacing and quotes", text: "  lang=sv  \nclinician =\t\"Åsa Öberg\"\n",
			want: config{lang: "sv", clinician: "Åsa Öberg"}},
		{name: "home", text: "db = ~/ikbt/ikbt.db", want: config{db: "/home/anna/ikbt/ikbt.db"}},
		{name: "a # inside a value is kept", text: "clinician = Anna #2", want: config{clinician: "Anna #2"}},
		{name: "CRLF line ends", text: "lang = en\r\nclinician = Anna\r\n", want: config{lang: "en", clinician: "Anna"}},
		{name: "no equals sign", text: "# x\nlang en\n", wantErr: `cfg:2: "lang en": want key = value`},
		{name: "unknown key", text: "langue = en", wantErr: `cfg:1: unknown key "langue" (known: lang, clinician, db, gallring_days)`},
		{name: "bad language", text: "\n\nlang = fr", wantErr: `cfg:3: lang "fr": want sv or en`},
		{name: "trailing comment is no comment", text: "lang = en # English", wantErr: `cfg:1: lang "en # English": want sv or en`},
		{name: "empty value", text: "clinician =", wantErr: "cfg:1: clinician has no value"},
		{name: "empty quotes", text: `clinician = ""`, wantErr: "cfg:1: clinician has no value"},
		{name: "relative db", text: "db = ikbt.db", wantErr: `cfg:1: db "ikbt.db": want an absolute path`},
		{name: "gallring days", text: "gallring_days = 60", want: config{gallringDays: ptr(60)}},
		{name: "bad gallring days", text: "gallring_days = -1", wantErr: `cfg:1: gallring_days "-1": want a whole number`},
		{name: "set twice", text: "lang = en\nlang = sv", wantErr: "cfg:2: lang is already set on line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseConfig("cfg", strings.NewReader(tt.text), "/home/anna")
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestLoadConfigMissing(t *testing.T) {
	c, err := loadConfig(filepath.Join(t.TempDir(), "none", "config"))
	if err != nil || c != (config{}) {
		t.Errorf("missing file: %+v, %v", c, err)
	}
}

// Flags and environment variables win over the file; the file wins over
// the defaults.
func TestConfigPrecedence(t *testing.T) {
	cfg := config{lang: "en", clinician: "Anna Lindqvist", db: "/cfg/ikbt.db"}
	tests := []struct {
		name             string
		g                globals
		env              string // $IKBT_DB
		wantLang, wantDB string
	}{
		{"file", globals{cfg: cfg}, "", "en", "/cfg/ikbt.db"},
		{"flags", globals{cfg: cfg, lang: "sv", db: "/flag.db"}, "/env.db", "sv", "/flag.db"},
		{"env", globals{cfg: cfg}, "/env.db", "en", "/env.db"},
		{"no file", globals{}, "/env.db", "sv", "/env.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("IKBT_DB", tt.env)
			lang, err := tt.g.Lang()
			if err != nil || string(lang) != tt.wantLang {
				t.Errorf("Lang() = %q, %v; want %q", lang, err, tt.wantLang)
			}
			db, err := tt.g.DBPath()
			if err != nil || db != tt.wantDB {
				t.Errorf("DBPath() = %q, %v; want %q", db, err, tt.wantDB)
			}
		})
	}
}

// The commands read the file named by $IKBT_CONFIG: its db is used, and a
// bad line stops every command with the file and line.
func TestConfigFileCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "from-config.db")
	cfg := filepath.Join(dir, "config")
	t.Setenv("IKBT_DB", "")
	t.Setenv("IKBT_CONFIG", cfg)
	if err := os.WriteFile(cfg, []byte("# test\ndb = "+db+"\nlang = en\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runIkbt(t, "demo", "--today", "2026-11-23"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("the demo did not go to the config file's db: %v", err)
	}
	out, _, err := runIkbt(t, "worklist", "--today", "2026-11-23")
	if err != nil || !strings.HasPrefix(out, "Worklist 2026-11-23") {
		t.Errorf("worklist on the config file's db: %q, %v", out, err)
	}

	if err := os.WriteFile(cfg, []byte("lang = en\ndatabase = /x.db\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err = runIkbt(t, "worklist", "--db", db, "--today", "2026-11-23")
	if err == nil || !strings.Contains(err.Error(), cfg+`:2: unknown key "database"`) {
		t.Errorf("bad config: %v, want its path and line 2", err)
	}
}

func TestWhose(t *testing.T) {
	g := &globals{cfg: config{clinician: "Anna Lindqvist"}}
	tests := []struct {
		name string
		o    tuiOptions
		env  string // $IKBT_CLINICIAN
		g    *globals
		want string
	}{
		{"file", tuiOptions{}, "", g, "Anna Lindqvist"},
		{"flag", tuiOptions{clinician: "Bo Ek"}, "Cia Ek", g, "Bo Ek"},
		{"env", tuiOptions{}, "Cia Ek", g, "Cia Ek"},
		{"demo has its own", tuiOptions{demo: true}, "", g, demo.Clinician},
		{"everyone", tuiOptions{}, "", &globals{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("IKBT_CLINICIAN", tt.env)
			if got := tt.o.whose(tt.g); got != tt.want {
				t.Errorf("whose() = %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzParseConfig: any text either parses into settings that hold what
// the app relies on, or fails with the file and line; it never panics.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{"", "lang = en\nclinician = Anna\ndb = ~/x.db\n", "# c\nlang=sv", "db = /a\ndb = /b", "x", "lang = \"en\"", "clinician = \"", "=\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, err := parseConfig("cfg", strings.NewReader(text), "/home/anna")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "cfg") {
				t.Errorf("error without the file: %v", err)
			}
			return
		}
		if c.lang != "" && c.lang != "sv" && c.lang != "en" {
			t.Errorf("lang %q", c.lang)
		}
		if c.db != "" && !filepath.IsAbs(c.db) {
			t.Errorf("db %q is relative", c.db)
		}
	})
}

// The README's example file is a good file.
func TestConfigREADMEExample(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "    # ~/.config/ikbt/config\n")
	if !ok {
		t.Fatal("the README has no example config file")
	}
	var example strings.Builder
	for line := range strings.Lines(rest) {
		body, ok := strings.CutPrefix(line, "    ")
		if !ok {
			break
		}
		example.WriteString(body)
	}
	got, err := parseConfig("README.md", strings.NewReader(example.String()), "/home/anna")
	want := config{lang: "en", clinician: "Anna Lindqvist", db: "/home/anna/ikbt/ikbt.db"}
	if err != nil || got != want {
		t.Errorf("the README's example reads as %+v, %v; want %+v", got, err, want)
	}
}

func ptr(n int) *int { return &n }
