package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"

	"github.com/joho/godotenv"
)

// loadDotenv fills in, from the .env file at path, the variables the real
// environment does not set; a missing file is no error. The errors never
// quote the file, whose lines hold secrets: a file that cannot be read is
// named with the reason, a malformed one by the line (and the variable, when
// the line starts with a name) where it goes wrong.
func loadDotenv(path string) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s cannot be read: %w", path, err) // a PathError: the path and why, no content
	}
	vars, err := godotenv.UnmarshalBytes(b)
	if err != nil {
		return dotenvSyntaxError(path, b)
	}
	for k, v := range vars {
		if _, set := os.LookupEnv(k); set {
			continue
		}
		if err := os.Setenv(k, v); err != nil {
			return fmt.Errorf("%s: cannot set %s: %w", path, k, err)
		}
	}
	return nil
}

// dotenvName is what a line's name may be for the error to repeat it: the
// upper-case names the bot reads, and typos of them (SLACK-ADMINS). Anything
// else before an "=" may be a pasted secret, so it is not repeated.
var dotenvName = regexp.MustCompile(`^[A-Z][A-Z0-9_.-]{0,63}$`)

// dotenvSyntaxError finds the line where the malformed .env content b goes
// wrong: the one after the longest run of leading lines that parses (so a
// quoted value spanning lines is not blamed for being open).
func dotenvSyntaxError(path string, b []byte) error {
	lines := strings.SplitAfter(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	good := 0
	for i := 1; i <= len(lines); i++ {
		if _, err := godotenv.Unmarshal(strings.Join(lines[:i], "")); err == nil {
			good = i
		}
	}
	where := fmt.Sprintf("%s line %d", path, good+1)
	if good < len(lines) {
		line := strings.TrimSpace(lines[good])
		line = strings.TrimSpace(strings.TrimPrefix(line, "export "))
		if name, _, ok := strings.Cut(line, "="); ok && dotenvName.MatchString(strings.TrimSpace(name)) {
			where += " (" + strings.TrimSpace(name) + ")"
		}
	}
	return fmt.Errorf("%s is malformed: each line must be NAME=value, with names of letters, digits and _, "+
		"and a quoted value needs its closing quote; see .env.example", where)
}
