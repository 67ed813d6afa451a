// A local stand-in for github.com/alecthomas/chroma/v2, put in place by a
// replace directive in ikbt's go.mod. It implements exactly the API that
// charm.land/glamour/v2/ansi/codeblock.go uses and renders code blocks
// plainly: the real module registers ~250 lexers and ~70 styles in package
// initialisation, which every ikbt command paid before main (see README,
// "Dependencies"). ikbt's module texts have no code blocks
// (tui/pages/module tests every one).
module github.com/alecthomas/chroma/v2

go 1.22
