package feeds

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"unicode/utf8"
)

// A feed with many items is trimmed before gofeed parses it, because
// gofeed's cost grows with the items, not the bytes: it tries up to 130
// date layouts on every date (an RFC 1123 date in "GMT", the usual RSS
// form, is one of the last), and a 7.9 MB RSS feed of 100,000 short items
// took it 5 s of CPU and 2.8 GB of allocation (260 MB of heap) on the
// development machine. Trimmed, the same feed costs what one of 1,000
// items does (TestHundredThousandItems logs the figures).
//
// What is kept: the first trimKeep and the last trimKeep items in document
// order. A feed lists its items by date, newest first as a rule and oldest
// first in some archives, so its newest items are at one end or the other;
// a feed of more than 2×trimKeep items in no order may lose some of its
// newest to the trim.
const trimKeep = 500

// trim returns body with all but the first and last trimKeep items cut out,
// or body itself when it has no more than 2×trimKeep items or cannot be
// cut safely (gofeed then reads it whole, within the size cap).
func trim(body []byte) []byte {
	switch body[0] {
	case '<':
		if bytes.Count(body, []byte("item"))+bytes.Count(body, []byte("entry")) <= 2*trimKeep {
			return body // a fast bound: every item's tag holds one of these words
		}
		return trimXML(body)
	case '{':
		if bytes.Count(body, []byte(`"id"`)) <= 2*trimKeep {
			return body // every JSON Feed item has an id
		}
		return trimJSON(body)
	}
	return body
}

// trimXML cuts the items (RSS <item>, Atom <entry>, with any prefix) of an
// XML feed, found with the standard decoder's raw tokens: the outermost
// elements so named.
func trimXML(body []byte) []byte {
	// Only the tags are looked at, and in the encodings feeds use (UTF-8
	// and the 8-bit ones) they are ASCII: a feed that is not UTF-8 is
	// scanned as a copy with its other bytes blanked, the same length.
	scan := body
	if !utf8.Valid(body) {
		scan = make([]byte, len(body))
		for i, c := range body {
			if c >= 0x80 {
				c = '?'
			}
			scan[i] = c
		}
	}
	d := xml.NewDecoder(bytes.NewReader(scan))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var starts, ends []int64
	depth, itemDepth := 0, -1
	for {
		off := d.InputOffset()
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return body // broken or not UTF-8: let gofeed say so, or read it whole
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if itemDepth < 0 && (t.Name.Local == "item" || t.Name.Local == "entry") {
				itemDepth = depth
				starts = append(starts, off)
			}
			depth++
		case xml.EndElement:
			depth--
			if depth == itemDepth {
				itemDepth = -1
				ends = append(ends, d.InputOffset())
			}
		}
	}
	n := len(starts)
	if n <= 2*trimKeep || len(ends) != n {
		return body
	}
	cut, resume := starts[trimKeep], ends[n-trimKeep-1]
	out := make([]byte, 0, int64(len(body))-(resume-cut))
	out = append(out, body[:cut]...)
	return append(out, body[resume:]...)
}

// trimJSON cuts the items of a JSON Feed.
func trimJSON(body []byte) []byte {
	var doc map[string]json.RawMessage
	if json.Unmarshal(body, &doc) != nil {
		return body
	}
	var items []json.RawMessage
	if json.Unmarshal(doc["items"], &items) != nil || len(items) <= 2*trimKeep {
		return body
	}
	items = append(items[:trimKeep:trimKeep], items[len(items)-trimKeep:]...)
	var err error
	if doc["items"], err = json.Marshal(items); err != nil {
		return body
	}
	out, err := json.Marshal(doc)
	if err != nil {
		return body
	}
	return out
}
