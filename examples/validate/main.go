// Command validate checks JSON documents against digidip's JSON Schemas and
// prints every problem with its JSON pointer.
//
// Usage:
//
//	validate -kind KIND [-jsonl] FILE...
//	validate -print-schema KIND|common
//	validate -write-schemas DIR
//
// KIND is one of catalog, article, mapping, lexicon, gold, enabling-actions.
// FILE "-" reads standard input. A FILE whose name ends in ".jsonl" (or any
// FILE, with -jsonl) holds one document per line; blank lines are skipped and
// every bad line is reported with its line number.
//
// Each problem is printed on standard output as
//
//	FILE: /pointer: message (keyword)
//
// (FILE:LINE for a JSON Lines file; "(root)" for the whole document), and
// JSON that does not parse as
//
//	FILE:LINE:COLUMN: invalid JSON (byte N): message
//
// The exit status is 0 when every document is valid, 1 when one is not or a
// file cannot be read, and 2 for a usage error.
//
// Flags come before the FILE arguments.
//
// -print-schema writes one schema to standard output ("common" is the file of
// shared definitions the others refer to); -write-schemas writes them all
// into DIR, ready for a JSON Schema tool in another language (the
// documentation of package github.com/digidip/digidip/schema shows how to
// load them with Python's jsonschema or with ajv):
//
//	go run ./examples/validate -write-schemas /tmp/digidip-schemas
//	go run ./examples/validate -print-schema catalog > catalog.schema.json
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/digidip/digidip/schema"
)

// maxInputSize bounds how much of one input is read: a catalog export is a
// few hundred kilobytes, and a JSON Lines batch of articles rarely tens of
// megabytes.
const maxInputSize = 256 << 20

// Exit statuses.
const (
	exitValid   = 0
	exitInvalid = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, with its inputs and outputs passed in so that
// tests can drive it. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("validate", flag.ContinueOnError)
	flags.SetOutput(stderr)
	kindFlag := flags.String("kind", "", "document kind: "+kindNames())
	jsonl := flags.Bool("jsonl", false, "read every FILE as JSON Lines, one document per line (default: only files named *.jsonl)")
	printSchema := flags.String("print-schema", "", "write the schema of `KIND` (or \"common\") to standard output and exit")
	writeSchemas := flags.String("write-schemas", "", "write every schema file into `DIR` and exit")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: validate -kind KIND [-jsonl] FILE...\n"+
			"       validate -print-schema KIND|common\n"+
			"       validate -write-schemas DIR\n\n"+
			"Checks JSON documents against digidip's JSON Schemas. FILE - reads standard input.\n"+
			"Exit status: 0 valid, 1 invalid or unreadable, 2 usage error.\n\nFlags:\n")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitValid
		}
		return exitUsage
	}

	switch {
	case *printSchema != "":
		if *kindFlag != "" || *writeSchemas != "" || flags.NArg() > 0 {
			return usageError(stderr, "-print-schema takes no other flag or argument")
		}
		return printSchemaFile(*printSchema, stdout, stderr)
	case *writeSchemas != "":
		if *kindFlag != "" || flags.NArg() > 0 {
			return usageError(stderr, "-write-schemas takes no other flag or argument")
		}
		return writeSchemaFiles(*writeSchemas, stdout, stderr)
	}

	kind := schema.Kind(*kindFlag)
	switch {
	case *kindFlag == "":
		return usageError(stderr, "-kind is required ("+kindNames()+")")
	case !kind.Known():
		return usageError(stderr, fmt.Sprintf("unknown -kind %q (want %s)", *kindFlag, kindNames()))
	case flags.NArg() == 0:
		return usageError(stderr, "no FILE given (use - for standard input)")
	}

	status := exitValid
	for _, name := range flags.Args() {
		if st := validateFile(kind, name, *jsonl, stdin, stdout, stderr); st != exitValid {
			status = st
		}
	}
	return status
}

func usageError(stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "validate: %s\nRun validate -h for usage.\n", msg)
	return exitUsage
}

func kindNames() string {
	var names []string
	for _, k := range schema.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// validateFile validates one input and prints its problems. It returns the
// exit status for that input.
func validateFile(kind schema.Kind, name string, jsonl bool, stdin io.Reader, stdout, stderr io.Writer) int {
	display := name
	r := stdin
	if name == "-" {
		display = "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			return exitInvalid
		}
		defer f.Close()
		r = f
	}
	if jsonl || strings.HasSuffix(name, ".jsonl") {
		return validateLines(kind, display, r, stdout, stderr)
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInputSize+1))
	if err != nil {
		fmt.Fprintf(stderr, "validate: %s: read: %v\n", display, err)
		return exitInvalid
	}
	if len(data) > maxInputSize {
		fmt.Fprintf(stderr, "validate: %s: larger than %d bytes\n", display, maxInputSize)
		return exitInvalid
	}
	if report(stdout, display, 0, schema.ValidateNamed(kind, display, data)) {
		return exitInvalid
	}
	fmt.Fprintf(stdout, "%s: valid %s document\n", display, kind)
	return exitValid
}

// validateLines validates a JSON Lines input line by line as it streams in,
// so that a batch of any length is checked in the memory of its longest
// line. Blank lines are skipped.
func validateLines(kind schema.Kind, display string, r io.Reader, stdout, stderr io.Writer) int {
	br := bufio.NewReader(r)
	valid, invalid := 0, 0
	for lineNo := 1; ; lineNo++ {
		line, err := readLine(br)
		if len(bytes.TrimSpace(line)) > 0 {
			if report(stdout, display, lineNo, schema.ValidateNamed(kind, fmt.Sprintf("%s:%d", display, lineNo), line)) {
				invalid++
			} else {
				valid++
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Fprintf(stderr, "validate: %s:%d: %v\n", display, lineNo, err)
			return exitInvalid
		}
	}
	if invalid > 0 {
		fmt.Fprintf(stdout, "%s: %d of %d %s documents invalid\n", display, invalid, valid+invalid, kind)
		return exitInvalid
	}
	fmt.Fprintf(stdout, "%s: %d valid %s documents\n", display, valid, kind)
	return exitValid
}

// readLine returns the next line without its "\n" or "\r\n", and io.EOF
// with the last line. A line longer than maxInputSize is an error.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxInputSize {
			return nil, fmt.Errorf("line longer than %d bytes", maxInputSize)
		}
		switch {
		case err == nil:
			line = bytes.TrimSuffix(line[:len(line)-1], []byte{'\r'})
			return line, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return bytes.TrimSuffix(line, []byte{'\r'}), err
		}
	}
}

// report prints err, the result of validating one document of file (line
// lineNo of it for JSON Lines, else 0), one problem per line. It reports
// whether there was anything to print.
func report(w io.Writer, file string, lineNo int, err error) bool {
	if err == nil {
		return false
	}
	where := file
	if lineNo > 0 {
		where = fmt.Sprintf("%s:%d", file, lineNo)
	}
	var (
		invalid *schema.Error
		syntax  *schema.SyntaxError
		depth   *schema.DepthError
	)
	switch {
	case errors.As(err, &invalid):
		for _, p := range invalid.Problems {
			fmt.Fprintf(w, "%s: %s\n", where, p)
		}
	case errors.As(err, &syntax):
		fmt.Fprintf(w, "%s: invalid JSON (byte %d): %s\n", position(file, lineNo, syntax.Line, syntax.Column), syntax.Offset, syntax.Msg)
	case errors.As(err, &depth):
		fmt.Fprintf(w, "%s: arrays and objects nest deeper than %d levels (byte %d)\n", position(file, lineNo, depth.Line, depth.Column), depth.Limit, depth.Offset)
	default:
		fmt.Fprintf(w, "%s: %v\n", where, err)
	}
	return true
}

// position is FILE:LINE:COLUMN, where for JSON Lines the line is the line
// of the file and the column the column within it.
func position(file string, lineNo, line, col int) string {
	if lineNo > 0 {
		line = lineNo
	}
	return fmt.Sprintf("%s:%d:%d", file, line, col)
}

func printSchemaFile(name string, stdout, stderr io.Writer) int {
	file := schema.CommonFile
	if name != "common" {
		k := schema.Kind(name)
		if !k.Known() {
			return usageError(stderr, fmt.Sprintf("unknown schema %q (want %s or common)", name, kindNames()))
		}
		file = k.FileName()
	}
	data, err := fs.ReadFile(schema.FS(), file)
	if err != nil {
		fmt.Fprintf(stderr, "validate: %v\n", err)
		return exitInvalid
	}
	if _, err := stdout.Write(data); err != nil {
		fmt.Fprintf(stderr, "validate: write: %v\n", err)
		return exitInvalid
	}
	return exitValid
}

func writeSchemaFiles(dir string, stdout, stderr io.Writer) int {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "validate: %v\n", err)
		return exitInvalid
	}
	err := fs.WalkDir(schema.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(schema.FS(), path)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, path)
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(stdout, dst)
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "validate: %v\n", err)
		return exitInvalid
	}
	return exitValid
}
