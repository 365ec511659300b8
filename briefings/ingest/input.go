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

// toUTF8 decodes data to UTF-8: by the charset the content type or an HTML
// page declares, or, for text that is not valid UTF-8, as Windows-1252, the
// usual encoding of older Western text files.
func toUTF8(data []byte, contentType string, isHTML bool) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if isHTML {
		if enc, name, _ := charset.DetermineEncoding(data, contentType); name != "utf-8" && enc != nil {
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
