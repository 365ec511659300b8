package briefings

import (
	"errors"
	"fmt"
	"strings"
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

func (p Problem) String() string {
	loc := p.File
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s: %s: %s", loc, p.Severity, p.Msg)
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
