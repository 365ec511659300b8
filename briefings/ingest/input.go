package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// MaxBytes is the largest article ingest reads, from a file or a URL. A news
// story is tens of kilobytes; anything near this is not one.
const MaxBytes = 5 << 20

// Errors for input that is not an article; each reads as the end of a
// sentence that starts with the input's name.
var (
	ErrEmpty    = errors.New("is empty")
	ErrTooLarge = fmt.Errorf("is larger than %d MB, too large for an article", MaxBytes>>20)
	ErrBinary   = errors.New("is not text (it looks like a binary file)")
	ErrNoText   = errors.New("holds no article text that could be read")
)

// ReadLimited reads all of r, failing with ErrTooLarge past max bytes.
func ReadLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, ErrTooLarge
	}
	return data, nil
}

// Read checks raw input and reads it as an article: HTML when the content
// type or the bytes say so, plain text otherwise. pageURL is where it came
// from, when known.
func Read(data []byte, contentType, pageURL string) (*Article, error) {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(data) {
		return nil, ErrBinary
	}
	media, _, _ := mime.ParseMediaType(contentType)
	if media == "" || media == "application/octet-stream" {
		media, _, _ = mime.ParseMediaType(http.DetectContentType(data))
	}
	var a *Article
	if media == "text/html" || media == "application/xhtml+xml" {
		a = ReadHTML(toUTF8(data, contentType, true), pageURL)
	} else {
		a = ReadText(string(toUTF8(data, contentType, false)))
		if a.URL == "" {
			a.URL = pageURL
		}
	}
	if len(a.Body) == 0 {
		return nil, ErrNoText
	}
	return a, nil
}

// looksBinary reports whether data is not text: a NUL byte, or more than
// one in twenty characters a control character other than white space, in
// its first 8 KB.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	if !mayHoldControl(head) {
		return false // no control character at all: text, whatever its length
	}
	ctrl, n := 0, 0
	for len(head) > 0 {
		r, size := utf8.DecodeRune(head)
		head = head[size:]
		n++
		switch r {
		case '\t', '\n', '\r', '\f', '\v':
		default:
			if unicode.IsControl(r) {
				ctrl++
			}
		}
	}
	return ctrl*20 > n
}

// asciiControls are the ASCII characters unicode.IsControl reports but for
// the white space looksBinary lets pass: C0 without tab, line feed, form
// feed, vertical tab and carriage return, and DEL.
const asciiControls = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"

// mayHoldControl reports whether text may hold a character looksBinary
// counts as a control: one of asciiControls, or a byte 0xC2, which opens
// the UTF-8 of the other controls unicode.IsControl knows (C1, U+0080 to
// U+009F; it reports no control above Latin-1). Nearly every article holds
// neither, and two library scans of its bytes that say so spare decoding
// every character only to count no control (some 120 K instructions of a
// 5 KB article's 2.9 M); the count runs as before when either is found.
func mayHoldControl(text []byte) bool {
	return bytes.ContainsAny(text, asciiControls) || bytes.IndexByte(text, 0xc2) >= 0
}

// validUTF8Beyond reports whether data holds a byte above ASCII and is
// valid UTF-8 throughout.
func validUTF8Beyond(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return utf8.Valid(data)
		}
	}
	return false
}

// toUTF8 decodes data to UTF-8: by the charset the content type or an HTML
// page declares, or, for text that is not valid UTF-8, as Windows-1252, the
// usual encoding of older Western text files.
func toUTF8(data []byte, contentType string, isHTML bool) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if isHTML {
		enc, name, certain := charset.DetermineEncoding(data, contentType)
		if !certain && name != "utf-8" && enc != nil && validUTF8Beyond(data) {
			// The library sniffs only the first 1,024 bytes: a page with
			// no declared charset (or only a meta one, which pages copy
			// from templates) and an ASCII head is taken as Windows-1252,
			// and its curly marks, dashes and accents become mojibake no
			// quote is read from. Bytes above ASCII that are valid UTF-8
			// throughout are UTF-8: Windows-1252 text almost never is.
			return data
		}
		if name != "utf-8" && enc != nil {
			if out, err := enc.NewDecoder().Bytes(data); err == nil {
				return out
			}
		}
		return data
	}
	if utf8.Valid(data) {
		return data
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, _ := charset.Lookup(params["charset"]); enc != nil {
			if out, err := enc.NewDecoder().Bytes(data); err == nil {
				return out
			}
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}
