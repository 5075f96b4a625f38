// Command evaluate measures the article mapper against hand-annotated gold
// cases: precision, recall and F1, micro-averaged over (case, ID) pairs,
// for framework mentions and for element matches, overall and per
// framework, followed by every miss and false hit, case by case.
//
// Usage:
//
//	evaluate [-gold DIR] [-format text|json]
//
// With no -gold it scores the embedded seed gold set (corpus.SeedGold).
// DIR holds one gold case per *.json file (sub-directories are not read, so
// a tuned and a held-out split kept side by side stay apart); the shape and
// the rubric are in shared/ANNOTATION.md:
//
//	{"id","lang","title","text","frameworks":[ids],"elements":[ids],"maybe":[ids],"notes"}
//
// "maybe" IDs count neither as hits nor as misses.
//
// -format text prints tables; -format json prints the corpus.Report as one
// JSON object. The exit status is 0 when every case was read and mapped,
// 1 when a gold file was bad or a case could not be mapped (the figures of
// the rest are still printed), and 2 for a usage error.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/digidip/digidip/corpus"
)

const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program with its arguments and outputs passed in, so that
// tests can drive it. It returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	flags.SetOutput(stderr)
	goldDir := flags.String("gold", "", "directory of gold case `DIR`/*.json (default: the embedded seed gold set)")
	format := flags.String("format", "text", "output format: text or json")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: evaluate [-gold DIR] [-format text|json]\n\n"+
			"Scores the digidip mapper against gold cases: micro and per-framework precision,\n"+
			"recall and F1, and every miss and false hit by case.\n\nFlags:\n")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "evaluate: unexpected argument %q\n", flags.Arg(0))
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "evaluate: unknown -format %q (want text or json)\n", *format)
		return exitUsage
	}

	status := exitOK
	var cases []corpus.GoldCase
	if *goldDir == "" {
		cases = corpus.SeedGold()
	} else {
		var err error
		cases, err = corpus.ReadGoldDir(os.DirFS(*goldDir), ".")
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			status = exitError
		}
		if len(cases) == 0 && err == nil {
			fmt.Fprintf(stderr, "evaluate: no gold cases (*.json) in %s\n", *goldDir)
			return exitError
		}
	}

	mapper, err := corpus.NewMapper()
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return exitError
	}
	report, err := corpus.Evaluate(ctx, cases, func(c corpus.GoldCase) (corpus.Prediction, error) {
		m, err := mapper.Map(ctx, corpus.Article{ID: c.ID, Title: c.Title, Body: c.Text, Lang: c.Lang})
		if err != nil {
			return corpus.Prediction{}, err
		}
		return m.Prediction(), nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		status = exitError
	}

	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return exitError
		}
		return status
	}
	if err := report.WriteText(stdout); err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return exitError
	}
	return status
}
