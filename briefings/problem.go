package briefings

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Severity says whether a Problem stops a file from being served.
type Severity int

const (
	// Warning marks something a curator should look at; the file is served.
	Warning Severity = iota
	// Error marks a file the catalog cannot use as written.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Problem is one finding about a curated file, placed at a line so an editor
// can jump to it.
type Problem struct {
	File     string
	Line     int // 0 when the problem concerns the whole file
	Severity Severity
	Msg      string
}

// String formats the problem as one line, FILE:LINE: severity: message. A
// file name with a control character (a newline, an escape sequence) or
// bytes that are not UTF-8 is printed quoted, Go-style, and such characters
// in the message are escaped: a curator's file name or text cannot forge
// another line of lint's output or a log.
func (p Problem) String() string {
	loc := QuoteName(p.File)
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, p.Line)
	}
	return fmt.Sprintf("%s: %s: %s", loc, p.Severity, escapeControls(p.Msg))
}

// QuoteName returns name as it is when it prints as itself, and otherwise
// quoted with strconv.Quote, so that it stays on one line and shows what is
// really there.
func QuoteName(name string) string {
	if printable(name) {
		return name
	}
	return strconv.Quote(name)
}

func printable(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
		if !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}

// escapeControls writes each non-printing character of s (and each byte
// that is not UTF-8) as its Go escape, leaving the rest as it is.
func escapeControls(s string) string {
	if printable(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				fmt.Fprintf(&b, `\x%02x`, s[i])
				continue
			}
		}
		if strconv.IsPrint(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r)
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

// Problems is a list of findings, as returned by Load and Lint.
type Problems []Problem

// String lists the problems one per line, as lint prints them.
func (ps Problems) String() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Errors returns only the problems of severity Error.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == Error {
			out = append(out, p)
		}
	}
	return out
}

// Err returns nil when no problem is an Error, and otherwise an error
// listing each of them (FILE:LINE: error: message), one per line.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	lines := make([]string, len(errs))
	for i, p := range errs {
		lines[i] = p.String()
	}
	return &CorpusError{Problems: errs, msg: strings.Join(lines, "\n")}
}

// CorpusError is returned when curated files cannot be loaded as they are.
// The catalog that was serving before keeps serving.
type CorpusError struct {
	Problems Problems
	msg      string
}

func (e *CorpusError) Error() string { return e.msg }

// ErrNotFound is matched (with errors.Is) by every lookup that found nothing.
var ErrNotFound = errors.New("briefings: not found")

// NotFoundError says what was looked for and what comes closest.
type NotFoundError struct {
	Kind        string // "topic", "speaker" or "briefing"
	Name        string
	Suggestions []string // display names, closest first
}

func (e *NotFoundError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no %s called %q", e.Kind, e.Name)
	}
	return fmt.Sprintf("no %s called %q (closest: %s)", e.Kind, e.Name, strings.Join(e.Suggestions, ", "))
}

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }
