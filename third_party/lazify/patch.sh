#!/bin/sh
# Regenerates the patched copies in third_party/ from the module cache
# (issue 18): each is upstream's source with the package-level variables
# named below built on first use (lazify), and nothing else changed except
# gorilla-css's init function (see third_party/README.md).
#
#   third_party/lazify/patch.sh            # rewrite the copies
#   VERIFY=DIR third_party/lazify/patch.sh # patch upstream trees, tests
#                                            included, in DIR and run
#                                            upstream's own tests there
set -eu
cd "$(dirname "$0")/.."
T=$(pwd)
M=$(go env GOMODCACHE)
LAZIFY=${LAZIFY:-$(mktemp -d)/lazify}
(cd lazify && go build -o "$LAZIFY" .)

# copy DIR MODULE@VERSION: upstream's sources (no tests) into DIR, or with
# VERIFY the whole module tree into $VERIFY/DIR.
copy() {
	if [ -n "${VERIFY:-}" ]; then
		rm -rf "$VERIFY/$1" && mkdir -p "$VERIFY" && cp -r "$M/$2" "$VERIFY/$1" && chmod -R u+w "$VERIFY/$1"
		return
	fi
	rm -rf "$T/$1" && mkdir -p "$T/$1"
	(cd "$M/$2" && find . -type f \( -name '*.go' ! -name '*_test.go' -o -name go.mod -o -name go.sum -o -name 'LICENSE*' \) \
		! -path './test/*' ! -path './cmd/*' ! -path './_*' ! -path './internal/generate-style-json/*' -print0 |
		xargs -0 -I{} cp --parents {} "$T/$1/")
	chmod -R u+w "$T/$1"
}
lazify() { d=$1; shift; LAZIFY_TESTS=${VERIFY:+1} "$LAZIFY" "${VERIFY:-$T}/$d" "$@"; }

copy bluemonday github.com/microcosm-cc/bluemonday@v1.0.27
lazify bluemonday CellAlign CellVerticalAlign Direction ImageAlign Integer ISO8601 ListType SpaceSeparatedTokens Number NumberOrPercent Paragraph dataURIImagePrefix dataAttribute dataAttributeXMLPrefix dataAttributeInvalidChars cssUnicodeChar dataURIbase64Prefix 
lazify bluemonday/css defaultStyleHandlers Alpha Blur BrightnessCont Count CubicBezier Digits DropShadow Font Grayscale GridTemplateAreas HexRGB HSL HSLA HueRotate Invert Length Matrix Matrix3D NegTime Numeric NumericDecimal Opactiy Perspective Position Opacity QuotedAlpha Quotes Rect RGB RGBA Rotate Rotate3D Saturate Sepia Skew Span Steps Time TransitionProp TranslateScale URL ZIndex 
copy glamour charm.land/glamour/v2@v2.0.1
lazify glamour/internal/autolink patterns
# Glamour's seven style literals (about 2 % of `ikbt --help`): built on
# first use; DefaultStyles holds pointers to copies of them, not to the
# variables (nothing here writes through them), and its users call it.
python3 - "${VERIFY:-$T}/glamour" <<'PY2'
import re, sys
d = sys.argv[1]
p = d + "/styles/styles.go"
s = open(p).read()
for name in ("ASCIIStyleConfig", "DarkStyleConfig", "LightStyleConfig", "NoTTYStyleConfig", "PinkStyleConfig", "DraculaStyleConfig", "TokyoNightStyleConfig"):
	s, n = re.subn(r"(:\s+)&" + name + ",", r"\1ptr(" + name + "),", s, count=1)
	assert n == 1, name
s = s.replace("\tNoTTYStyleConfig = ASCIIStyleConfig\n", "\tNoTTYStyleConfig = ansi.StyleConfig(ASCIIStyleConfig)\n", 1)
s = s.replace("func boolPtr(b bool) *bool ", "// ptr is a pointer to a copy of v (a patched copy for ikbt, issue 18: the\n// styles are built on first use, so DefaultStyles cannot point at them).\nfunc ptr[T any](v T) *T { return &v }\n\nfunc boolPtr(b bool) *bool ", 1)
open(p, "w").write(s)
p = d + "/glamour.go"
s = open(p).read()
assert "styles.DefaultStyles[style]" in s
s = s.replace("styles.DefaultStyles[style]", "styles.DefaultStyles()[style]", 1)
open(p, "w").write(s)
PY2
lazify glamour/styles ASCIIStyleConfig DarkStyleConfig LightStyleConfig NoTTYStyleConfig:ansi.StyleConfig PinkStyleConfig DraculaStyleConfig TokyoNightStyleConfig DefaultStyles
copy goldmark github.com/yuin/goldmark@v1.7.8
lazify goldmark/extension wwwURLRegxp urlRegexp tableDelimLeft tableDelimRight tableDelimCenter tableDelimNone taskListRegexp 
lazify goldmark/parser allowedBlockTags htmlBlockType1OpenRegexp htmlBlockType1CloseRegexp htmlBlockType2OpenRegexp htmlBlockType3OpenRegexp htmlBlockType4OpenRegexp htmlBlockType5OpenRegexp htmlBlockType6Regexp htmlBlockType7Regexp openTagRegexp closeTagRegexp 
lazify goldmark/util unicodeCaseFoldings emailDomainRegexp 
[ -n "${VERIFY:-}" ] || { mkdir -p "$T/goldmark/testutil" && cp "$M/github.com/yuin/goldmark@v1.7.8/testutil/"*.go "$T/goldmark/testutil/" && rm -f "$T/goldmark/testutil/"*_test.go && chmod -R u+w "$T/goldmark"; }
copy gorilla-css github.com/gorilla/css@v1.0.1
lazify gorilla-css/scanner macroRegexp
# the regular expressions compiled in init() are compiled on the first Next()
python3 - "${VERIFY:-$T}/gorilla-css/scanner/scanner.go" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace("func init() {\n\t// replace macros and compile regexps for productions.",
	"// compileMatchers fills matchers on first use rather than in init (a patched\n// copy for ikbt, issue 18: every program linking this package paid for the\n// regular expressions before main).\nvar compileMatchers = sync.OnceFunc(func() {\n\t// replace macros and compile regexps for productions.", 1)
i = s.index("var compileMatchers")
j = s.index("\n}\n", i)
s = s[:j] + "\n})\n" + s[j + 3:]
s = s.replace("func (s *Scanner) Next() *Token {\n", "func (s *Scanner) Next() *Token {\n\tcompileMatchers()\n", 1)
open(p, "w").write(s)
PY
# golang.org/x/net: only html, html/atom and html/charset are linked (the
# copy holds only those); its entity tables are built on first unescape.
if [ -n "${VERIFY:-}" ]; then
	copy xnet golang.org/x/net@v0.62.0
else
	rm -rf "$T/xnet" && mkdir -p "$T/xnet"
	(cd "$M/golang.org/x/net@v0.62.0" && cp go.mod go.sum LICENSE PATENTS "$T/xnet/" &&
		find html -type f -name '*.go' ! -name '*_test.go' ! -path '*/testdata/*' -print0 | xargs -0 -I{} cp --parents {} "$T/xnet/")
	chmod -R u+w "$T/xnet"
fi
lazify xnet/html entity entity2
# Issue 18, fourth round: no linked package imports net or os/user, so a
# plain `go build` links no cgo and the binary is static: no dynamic loader,
# no libc, no pthread stacks at start. Only these four imported them:
# pflag's IP flag types (cobra uses none; their files are left out),
# uuid's MAC lookup for version-1 node ids (modernc.org/libc only parses
# UUIDs; the copy uses uuid's own js variant: a random node id),
# and terminfo's home directory (os.UserHomeDir, $HOME, instead of
# user.Current; a missing home skips ~/.terminfo instead of failing).
copy pflag github.com/spf13/pflag@v1.0.9
rm -f "${VERIFY:-$T}/pflag/"ip.go "${VERIFY:-$T}/pflag/"ip_*.go "${VERIFY:-$T}/pflag/"ipmask*.go "${VERIFY:-$T}/pflag/"ipnet*.go
# (their "<nil>" default is zero through the default case as well)
sed -i -e '/^\tcase \*ipValue, \*ipMaskValue, \*ipNetValue:$/,+1d' "${VERIFY:-$T}/pflag/flag.go"
copy uuid github.com/google/uuid@v1.6.0
rm -f "${VERIFY:-$T}/uuid/node_net.go"
sed -i -e '/^\/\/ +build js$/d' "${VERIFY:-$T}/uuid/node_js.go"
mv "${VERIFY:-$T}/uuid/node_js.go" "${VERIFY:-$T}/uuid/node_nonet.go"
copy terminfo github.com/xo/terminfo@v1.0.0
python3 - "${VERIFY:-$T}/terminfo/load.go" <<'PY2'
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace('\t"os/user"\n', '', 1)
old = """\tu, err := user.Current()
\tif err != nil {
\t\treturn nil, err
\t}
\tcheckDirs = append(checkDirs, path.Join(u.HomeDir, ".terminfo"))
"""
new = """\t// ($HOME, not os/user: a patched copy for ikbt, issue 18, so that no
\t// linked package needs cgo)
\tif home, err := os.UserHomeDir(); err == nil {
\t\tcheckDirs = append(checkDirs, path.Join(home, ".terminfo"))
\t}
\tvar err error
"""
assert old in s
s = s.replace(old, new, 1)
open(p, "w").write(s)
PY2
# atotto/clipboard searched the PATH for xclip, xsel, wl-copy, termux and
# clip.exe in init (os.Stat of every PATH entry for each: ~5 % of `ikbt
# --help`); the copy searches on the first ReadAll, WriteAll or
# IsUnsupported, which reads Unsupported after the search.
copy clipboard github.com/atotto/clipboard@v0.1.4
python3 - "${VERIFY:-$T}/clipboard" <<'PY2'
import sys
d = sys.argv[1]
p = d + "/clipboard_unix.go"
s = open(p).read()
s = s.replace('import (\n\t"errors"\n\t"os"\n\t"os/exec"\n)', 'import (\n\t"errors"\n\t"os"\n\t"os/exec"\n\t"sync"\n)', 1)
old = "func init() {\n\tif os.Getenv(\"WAYLAND_DISPLAY\")"
assert old in s
s = s.replace(old, "func init() { detect = sync.OnceFunc(detectUnix) }\n\n// detectUnix finds the clipboard command, once, on first use (a patched\n// copy for ikbt, issue 18: upstream searched the PATH in init).\nfunc detectUnix() {\n\tif os.Getenv(\"WAYLAND_DISPLAY\")", 1)
for f in ("func readAll() (string, error) {\n", "func writeAll(text string) error {\n"):
	assert f in s
	s = s.replace(f, f + "\tdetect()\n", 1)
open(p, "w").write(s)
p = d + "/clipboard.go"
s = open(p).read()
old = "var Unsupported bool\n"
assert old in s
s = s.replace(old, old + """
// detect sets Unsupported; on Unix it searches the PATH once, on first use.
var detect = func() {}

// IsUnsupported reports Unsupported after looking for a clipboard command
// (a patched copy for ikbt, issue 18: upstream looked in init, so that
// every program linking the package searched the PATH before main).
func IsUnsupported() bool {
	detect()
	return Unsupported
}
""", 1)
open(p, "w").write(s)
PY2
# Lip Gloss's default Writer detects the terminal's colours in init, and
# inside tmux that runs `tmux info` before main in every command (about
# 20 ms: issue 18, the first frame); built on first use (only Lip Gloss's
# Print functions use it).
copy lipgloss charm.land/lipgloss/v2@v2.0.6
lazify lipgloss Writer:*colorprofile.Writer

# go-runewidth built its strict-width table for every rune (two 1.1 MB
# arrays) on the first rune above U+02FF: on the app's first frame (a ⚑
# or a box line) 8-10 ms of page faults and 2.2 MB of RSS. The copy builds
# it for the Basic Multilingual Plane (2 x 64 KB) and answers a rune above
# it from the interval tables, as upstream's own runeWidthNoLUT does.
copy runewidth github.com/mattn/go-runewidth@v0.0.30
python3 - "${VERIFY:-$T}/runewidth" <<'PY2'
import sys
d = sys.argv[1]
p = d + "/runewidth.go"
s = open(p).read()
def sub(old, new):
	global s
	assert s.count(old) == 1, old
	s = s.replace(old, new, 1)
sub("\tstrictWidthLUT      [2][0x110000]byte\n", "\tstrictWidthLUT      [2][strictWidthLUTEnd]byte\n")
sub("// joinerBase is the lowest rune", """// strictWidthLUTEnd is where strictWidthLUT ends: the Basic Multilingual
// Plane (a patched copy for ikbt, issue 18: upstream's table covered every
// rune, 2.2 MB written on the first rune above U+02FF). A rune above it is
// looked up in the interval tables (runeWidthNoLUT).
const strictWidthLUTEnd = 0x10000

// joinerBase is the lowest rune""")
sub("""			first = 0x300
			}
			fillBytes(lut[first:last+1], w)""", """			first = 0x300
			}
			if first >= strictWidthLUTEnd {
				return
			}
			last = min(last, strictWidthLUTEnd-1)
			fillBytes(lut[first:last+1], w)""")
sub("fillBytes(lut[0x300:], 1)\n\t\tfor _, iv := range doublewidth", "fillBytes(lut[0x300:], 1) // to strictWidthLUTEnd\n\t\tfor _, iv := range doublewidth")
sub("\t\tstrictWidthLUTLimit.Store(0x110000)\n", "\t\tstrictWidthLUTLimit.Store(strictWidthLUTEnd)\n")
sub("of the high region safe once it reports 0x110000.", "of the high region safe once it reports strictWidthLUTEnd.")
sub("""	// strictWidthLUT both take the slow path. Once the LUT is fully built
	// the limit is 0x110000 and only invalid runes go slow.""", """	// strictWidthLUT both take the slow path. Once the LUT is built the
	// limit is strictWidthLUTEnd: invalid runes and those above the Basic
	// Multilingual Plane go slow, to the interval tables.""")
sub("""	buildStrictWidthLUT()
	if len(c.combinedLut) > 0 {
		return int(c.combinedLut[r>>1]>>(uint(r&1)*4)) & 3
	}
""", """	buildStrictWidthLUT()
	if len(c.combinedLut) > 0 {
		return int(c.combinedLut[r>>1]>>(uint(r&1)*4)) & 3
	}
	if r >= strictWidthLUTEnd {
		return runeWidthNoLUT(r, c.EastAsianWidth, c.StrictEmojiNeutral)
	}
""")
open(p, "w").write(s)
t = d + "/runewidth_test.go"
try:
	s = open(t).read()
except FileNotFoundError:
	sys.exit(0) # only the sources are copied; VERIFY has the tests
sub("""	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := int(lut[0][r]), runeWidthNoLUT(r, false, true); got != want {""", """	// The patched copy's table ends at strictWidthLUTEnd: every rune's
	// RuneWidth must be what upstream's whole table held, painted here as
	// upstream's buildStrictWidthLUT painted it.
	for ea, whole := range upstreamStrictWidthLUT() {
		c := &Condition{EastAsianWidth: ea == 1, StrictEmojiNeutral: true}
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if got := c.RuneWidth(r); got != int(whole[r]) {
				t.Fatalf("RuneWidth(%U), east Asian %v = %d, upstream's table %d", r, ea == 1, got, whole[r])
			}
		}
	}
	for r := rune(0); r < strictWidthLUTEnd; r++ {
		if got, want := int(lut[0][r]), runeWidthNoLUT(r, false, true); got != want {""")
s += """
// upstreamStrictWidthLUT is upstream's table of every rune's width, both
// planes, built as upstream's buildStrictWidthLUT built it (the patched
// copy builds it only to strictWidthLUTEnd).
func upstreamStrictWidthLUT() [2][]byte {
	tablesOnce.Do(initTables)
	var lut [2][]byte
	for p := range lut {
		lut[p] = make([]byte, 0x110000)
		copy(lut[p], strictWidthLUT[p][:0x300])
	}
	paintHigh := func(lut []byte, first, last rune, w byte) {
		if first < 0x300 {
			if last < 0x300 {
				return
			}
			first = 0x300
		}
		fillBytes(lut[first:last+1], w)
	}
	fillBytes(lut[0][0x300:], 1)
	for _, iv := range doublewidth {
		paintHigh(lut[0], iv.first, iv.last, 2)
	}
	for _, iv := range zerowidth {
		paintHigh(lut[0], iv.first, iv.last, 0)
	}
	fillBytes(lut[1][0x300:], 1)
	for _, iv := range eastAsianWidth {
		paintHigh(lut[1], iv.first, iv.last, iv.width)
	}
	return lut
}
"""
open(t, "w").write(s)
PY2

gofmt -w "${VERIFY:-$T}/xnet" "${VERIFY:-$T}/bluemonday" "${VERIFY:-$T}/glamour" "${VERIFY:-$T}/goldmark" "${VERIFY:-$T}/gorilla-css" \
	"${VERIFY:-$T}/pflag" "${VERIFY:-$T}/uuid" "${VERIFY:-$T}/terminfo" "${VERIFY:-$T}/clipboard" "${VERIFY:-$T}/lipgloss" "${VERIFY:-$T}/runewidth"

if [ -n "${VERIFY:-}" ]; then
	for d in bluemonday glamour goldmark gorilla-css xnet/html pflag uuid terminfo clipboard lipgloss runewidth; do
		(cd "$VERIFY/$d" && GOFLAGS=-mod=mod go test -short ./... >"$VERIFY/test-$(echo "$d" | tr / -).txt" 2>&1 && echo "$d: ok" || echo "$d: FAILED, see $VERIFY/test-$(echo "$d" | tr / -).txt")
	done
fi
