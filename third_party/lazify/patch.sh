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

copy excelize github.com/xuri/excelize/v2@v2.11.1
lazify excelize wildcardTokenRE wildcardPatternMap wildcardBareTokens tokenPriority month2num dateFormats timeFormats dateOnlyFormats addressFmtMaps formulaFormats conversionUnits unitConversions conversionMultipliers cellTypes chartView3DRotX chartView3DRotY plotAreaChartOverlap chartView3DPerspective chartView3DRAngAx chartLegendPosition chartValAxNumFmtFormatCode chartValAxCrossBetween plotAreaChartGrouping plotAreaChartBarDir orientation catAxPos valAxPos tickLblPosVal tickLblPosNone dataValidationTypeMap dataValidationOperatorMap columnNames:[]string bstrExp bstrEscapeExp builtInNumFmt langNumFmt currencyNumFmt supportedLanguageInfo supportedLanguageCodeInfo switchArgumentFunc langNumFmtFunc pivotTableShowValuesAsMap pivotTableShowValuesAsX14Map pivotTableShowValuesAsBaseFieldRequiredMap pivotTableShowValuesAsBaseItemRequiredMap getXfIDFuncs extractStyleCondFuncs drawContFmtFunc extractContFmtFunc validType criteriaType operatorType condFmtIconSetPresets condFmtX14IconSetPresets expressionFormat conditionFormat blankFormat matchFormat chartDataLabelsPositionTypes LineDashTypes supportedChartDataLabelsPosition supportedFontWidthFactors supportedImageTypes supportedContentTypes formCtrlPresets 
copy bluemonday github.com/microcosm-cc/bluemonday@v1.0.27
lazify bluemonday CellAlign CellVerticalAlign Direction ImageAlign Integer ISO8601 ListType SpaceSeparatedTokens Number NumberOrPercent Paragraph dataURIImagePrefix dataAttribute dataAttributeXMLPrefix dataAttributeInvalidChars cssUnicodeChar dataURIbase64Prefix 
lazify bluemonday/css defaultStyleHandlers Alpha Blur BrightnessCont Count CubicBezier Digits DropShadow Font Grayscale GridTemplateAreas HexRGB HSL HSLA HueRotate Invert Length Matrix Matrix3D NegTime Numeric NumericDecimal Opactiy Perspective Position Opacity QuotedAlpha Quotes Rect RGB RGBA Rotate Rotate3D Saturate Sepia Skew Span Steps Time TransitionProp TranslateScale URL ZIndex 
copy glamour charm.land/glamour/v2@v2.0.1
lazify glamour/internal/autolink patterns
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
gofmt -w "${VERIFY:-$T}/xnet" "${VERIFY:-$T}/excelize" "${VERIFY:-$T}/bluemonday" "${VERIFY:-$T}/glamour" "${VERIFY:-$T}/goldmark" "${VERIFY:-$T}/gorilla-css"

if [ -n "${VERIFY:-}" ]; then
	for d in excelize bluemonday glamour goldmark gorilla-css xnet/html; do
		(cd "$VERIFY/$d" && GOFLAGS=-mod=mod go test -short ./... >"$VERIFY/test-$d.txt" 2>&1 && echo "$d: ok" || echo "$d: FAILED, see $VERIFY/test-$d.txt")
	done
fi
