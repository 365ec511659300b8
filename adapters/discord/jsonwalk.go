package discord

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf8"
)

var errSyntax = errors.New("discord: malformed interaction JSON")

// decoder is a forgiving, allocation-light JSON walker for the few shapes
// an interaction has. It validates only what it reads.
type decoder struct {
	b     []byte
	i     int
	depth int
}

// maxDepth bounds nesting so a hostile body cannot exhaust the stack.
const maxDepth = 64

func (d *decoder) ws() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// peek returns the next non-space byte, or 0 at the end.
func (d *decoder) peek() byte {
	d.ws()
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

func (d *decoder) literal(lit string) bool {
	if bytes.HasPrefix(d.b[d.i:], []byte(lit)) {
		d.i += len(lit)
		return true
	}
	return false
}

// isObject reports whether the next value is an object, consuming a null.
func (d *decoder) isObject() (bool, error) {
	switch d.peek() {
	case '{':
		return true, nil
	case 'n':
		if d.literal("null") {
			return false, nil
		}
	}
	return false, errSyntax
}

// object calls field for each key of an object; field must consume the
// value. A null counts as an empty object.
func (d *decoder) object(field func(key []byte) error) error {
	if ok, err := d.enter('{', '}'); !ok {
		return err
	}
	defer func() { d.depth-- }()
	for {
		if d.peek() != '"' {
			return errSyntax
		}
		start, end, escaped, err := d.stringSpan()
		if err != nil {
			return err
		}
		key := d.b[start:end]
		if escaped {
			// Discord's keys are plain ASCII, but a map's keys are ids (a
			// context-menu command's resolved messages): unescape the rare
			// escaped one as encoding/json would.
			var k string
			if json.Unmarshal(d.b[start-1:end+1], &k) != nil {
				return errSyntax
			}
			key = []byte(k)
		}
		if d.peek() != ':' {
			return errSyntax
		}
		d.i++
		if err := field(key); err != nil {
			return err
		}
		if more, err := d.more('}'); !more {
			return err
		}
	}
}

// array calls elem for each element of an array; elem must consume it. A
// null counts as an empty array.
func (d *decoder) array(elem func() error) error {
	if ok, err := d.enter('[', ']'); !ok {
		return err
	}
	defer func() { d.depth-- }()
	for {
		if err := elem(); err != nil {
			return err
		}
		if more, err := d.more(']'); !more {
			return err
		}
	}
}

// enter consumes the start of an object or array, opened by open and
// closed by close. It reports whether there are members to read: a null and
// an empty container are consumed whole and report false, as does anything
// else, with errSyntax. After true the caller is one level deeper and must
// undo d.depth when it is done.
func (d *decoder) enter(open, close byte) (bool, error) {
	switch d.peek() {
	case 'n':
		if d.literal("null") {
			return false, nil
		}
		return false, errSyntax
	case open:
	default:
		return false, errSyntax
	}
	if d.depth >= maxDepth {
		return false, errSyntax
	}
	d.i++
	if d.peek() == close {
		d.i++
		return false, nil
	}
	d.depth++
	return true, nil
}

// more consumes what follows a member: a comma, reporting true, or the
// container's close, reporting false; anything else is errSyntax.
func (d *decoder) more(close byte) (bool, error) {
	switch d.peek() {
	case ',':
		d.i++
		return true, nil
	case close:
		d.i++
		return false, nil
	}
	return false, errSyntax
}

// stringSpan consumes a string and returns the span of its contents and
// whether it holds escapes. d.i must be at the opening quote.
func (d *decoder) stringSpan() (start, end int, escaped bool, err error) {
	start = d.i + 1
	j := start
	for {
		k := bytes.IndexByte(d.b[j:], '"')
		if k < 0 {
			return 0, 0, false, errSyntax
		}
		q := j + k
		// The quote ends the string unless an odd run of backslashes
		// escapes it.
		n := 0
		for p := q - 1; p >= start && d.b[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			d.i = q + 1
			escaped = bytes.IndexByte(d.b[start:q], '\\') >= 0
			return start, q, escaped, nil
		}
		j = q + 1
	}
}

// str reads a string (or null, as ""). Plain strings are copied straight
// from the body; ones with escapes or invalid UTF-8 go through
// encoding/json so they decode exactly as it would.
func (d *decoder) str() (string, error) {
	switch d.peek() {
	case '"':
	case 'n':
		if d.literal("null") {
			return "", nil
		}
		return "", errSyntax
	default:
		return "", errSyntax
	}
	open := d.i
	start, end, escaped, err := d.stringSpan()
	if err != nil {
		return "", err
	}
	raw := d.b[start:end]
	if !escaped && utf8.Valid(raw) && !hasControl(raw) {
		return string(raw), nil
	}
	var s string
	if err := json.Unmarshal(d.b[open:end+1], &s); err != nil {
		return "", errSyntax
	}
	return s, nil
}

// strBytes is str without the copy: a plain string is returned as a view of
// the body, valid as long as the body is; one with escapes is decoded.
func (d *decoder) strBytes() ([]byte, error) {
	switch d.peek() {
	case '"':
	case 'n':
		if d.literal("null") {
			return nil, nil
		}
		return nil, errSyntax
	default:
		return nil, errSyntax
	}
	open := d.i
	start, end, escaped, err := d.stringSpan()
	if err != nil {
		return nil, err
	}
	raw := d.b[start:end]
	if !escaped && utf8.Valid(raw) && !hasControl(raw) {
		return raw, nil
	}
	var s string
	if err := json.Unmarshal(d.b[open:end+1], &s); err != nil {
		return nil, errSyntax
	}
	return []byte(s), nil
}

func hasControl(b []byte) bool {
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// scalar consumes a number, true, false or null and returns its text.
func (d *decoder) scalar() ([]byte, error) {
	d.ws()
	start := d.i
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			goto done
		case '"', '{', '[', ':':
			return nil, errSyntax
		}
		d.i++
	}
done:
	if d.i == start {
		return nil, errSyntax
	}
	return d.b[start:d.i], nil
}

func (d *decoder) int() (int64, error) {
	tok, err := d.scalar()
	if err != nil {
		return 0, err
	}
	if string(tok) == "null" {
		return 0, nil
	}
	n, err := strconv.ParseInt(string(tok), 10, 64)
	if err != nil {
		return 0, errSyntax
	}
	return n, nil
}

func (d *decoder) boolean() (bool, error) {
	tok, err := d.scalar()
	if err != nil {
		return false, err
	}
	switch string(tok) {
	case "true":
		return true, nil
	case "false", "null":
		return false, nil
	}
	return false, errSyntax
}

// skip consumes any value without decoding it.
func (d *decoder) skip() error {
	switch d.peek() {
	case '"':
		_, _, _, err := d.stringSpan()
		return err
	case '{', '[':
		return d.skipNested()
	case 0:
		return errSyntax
	}
	_, err := d.scalar()
	return err
}

// skipNested consumes an object or array by counting brackets outside
// strings, without recursion.
func (d *decoder) skipNested() error {
	depth := 0
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case '"':
			if _, _, _, err := d.stringSpan(); err != nil {
				return err
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				d.i++
				return nil
			}
		}
		d.i++
	}
	return errSyntax
}
