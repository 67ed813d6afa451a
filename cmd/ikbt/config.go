package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/adrg/xdg"

	"github.com/ikbt/ikbt/usertext"
)

// config is the settings file, ikbt/config in the XDG config directory
// ($IKBT_CONFIG overrides the path). It holds "key = value" lines; blank
// lines and lines starting with # are skipped, and a value may be put in
// double quotes. Flags and environment variables override it:
//
//	# ~/.config/ikbt/config
//	lang = en
//	clinician = Anna Lindqvist
//	db = ~/ikbt/ikbt.db
type config struct {
	lang      string // "sv" or "en"
	clinician string // whose moments the app shows
	db        string // absolute path of the database
	// gallringDays: days after which `ikbt gallra` proposes removing a
	// finished moment or referral (docs/lifecycle.md); nil: the default.
	gallringDays *int
}

// configKeys are the keys the file may set, in the order the docs give them.
var configKeys = []string{"lang", "clinician", "db", "gallring_days"}

// configPath returns $IKBT_CONFIG, else ikbt/config in the XDG config
// directory. Finding it creates nothing.
func configPath() string {
	if p := os.Getenv("IKBT_CONFIG"); p != "" {
		return p
	}
	return filepath.Join(xdg.ConfigHome, "ikbt", "config")
}

// loadConfig reads the settings file at path. A file that does not exist
// is no error: every setting keeps its default.
func loadConfig(path string) (config, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return config{}, nil
	}
	if err != nil {
		return config{}, usertext.At("", path, usertext.T.Config.Unreadable).Wrap(err)
	}
	defer f.Close()
	home, _ := os.UserHomeDir()
	return parseConfig(path, f, home)
}

// parseConfig reads settings from r; name is the file's name for errors,
// home the directory a db path's leading ~/ stands for.
func parseConfig(name string, r io.Reader, home string) (config, error) {
	var c config
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// Said in the user's language when main renders it: --lang
		// may not be known yet (this file may be where it is set).
		bad := func(t usertext.Text, a ...any) error {
			return usertext.At("", fmt.Sprintf("%s:%d", name, n), t, a...)
		}
		t := usertext.T.Config
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return config{}, bad(t.KeyValue, line)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if len(v) >= 2 && strings.HasPrefix(v, `"`) && strings.HasSuffix(v, `"`) {
			v = v[1 : len(v)-1]
		}
		if prev, dup := seen[k]; dup {
			return config{}, bad(t.Twice, k, prev)
		}
		seen[k] = n
		if v == "" {
			return config{}, bad(t.NoValue, k)
		}
		switch k {
		case "lang":
			if v != "sv" && v != "en" {
				return config{}, bad(t.Lang, v)
			}
			c.lang = v
		case "clinician":
			c.clinician = v
		case "db":
			if rest, ok := strings.CutPrefix(v, "~/"); ok && home != "" {
				v = filepath.Join(home, rest)
			}
			if !filepath.IsAbs(v) {
				return config{}, bad(t.DB, v)
			}
			c.db = v
		case "gallring_days":
			d, err := strconv.Atoi(v)
			if err != nil || d < 0 {
				return config{}, bad(t.Days, v)
			}
			c.gallringDays = &d
		default:
			return config{}, bad(t.Unknown, k, strings.Join(configKeys, ", "))
		}
	}
	if err := sc.Err(); err != nil {
		return config{}, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}
