package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one paragraph of the body with its tokens and sentences.
type para struct {
	text  string
	lower string // text in lower case, at the same byte offsets
	toks  []token
	sents []span // token ranges, in order
	first int    // index of its first sentence in document.sents
}

// span is a half-open token range [a, b) in one paragraph.
type span struct{ a, b int }

// sentRef places a sentence in the document.
type sentRef struct {
	p    int // paragraph
	a, b int // token range
}

// quoteSpan is one direct quote: from its opening mark to its closing mark,
// possibly across paragraphs (an opening mark with no close until the next
// paragraph's opening mark).
type quoteSpan struct {
	startPara, startTok int // the opening mark
	endPara, endTok     int // the closing mark; endTok == len(toks) when unclosed
	closed              bool
	text                string // the words between the marks, as the corpus keeps them
	words               int
}

// document is the body of an article, tokenised, with its quotes and
// sentences found.
type document struct {
	paras  []*para
	quotes []*quoteSpan
	sents  []sentRef
	midCap map[string]int // capitalised words seen other than at a sentence start, by lower case
	words  []string       // a buffer for eachFolded
}

// eachFolded calls fn with each paragraph's words as briefings.Fold
// compares them, in a buffer fn must not keep.
func (d *document) eachFolded(fn func(words []string)) {
	for _, p := range d.paras {
		d.words = p.foldTokens(0, len(p.toks), d.words[:0])
		fn(d.words)
	}
}

func newDocument(paragraphs []string) *document {
	d := &document{paras: make([]*para, 0, len(paragraphs))}
	n := 0
	for _, p := range paragraphs {
		n += len(p)/4 + 1
	}
	buf := make([]token, 0, n) // one allocation for every paragraph's tokens
	for _, text := range paragraphs {
		start := len(buf)
		lower := lowerSameLength(text)
		buf = tokenize(text, lower, buf)
		d.paras = append(d.paras, &para{text: text, lower: lower, toks: buf[start:len(buf):len(buf)]})
	}
	d.findQuotes()
	d.midCap = make(map[string]int, 64)
	for i, p := range d.paras {
		p.first = len(d.sents)
		p.sents = splitSentences(p)
		for _, s := range p.sents {
			d.sents = append(d.sents, sentRef{p: i, a: s.a, b: s.b})
			for k := s.a + 1; k < s.b; k++ {
				if p.toks[k].isCap(p.text) && p.toks[k-1].kind != tQuote {
					d.midCap[stripPossessive(p.lw(k))]++
				}
			}
		}
	}
	return d
}

// markOpens decides whether a quotation mark opens or closes, from what is
// around it first (a mark after a space and before a word opens) and from
// its shape second; a straight mark with nothing to go by alternates.
func markOpens(text string, t *token, inQuote bool) bool {
	before, after := isSpaceBefore(text, int(t.s)), isSpaceAfter(text, int(t.e))
	switch {
	case before && !after:
		return true
	case !before && after:
		return false
	case t.hint == hintOpen:
		return true
	case t.hint == hintClose:
		return false
	}
	return !inQuote
}

// findQuotes pairs quotation marks into quotes. A quote still open at the
// end of a paragraph continues when the next paragraph starts with an
// opening mark, the convention for a quote running over paragraphs, and is
// otherwise closed at the paragraph's end.
func (d *document) findQuotes() {
	var cur *quoteSpan
	for pi, p := range d.paras {
		for ti := range p.toks {
			t := &p.toks[ti]
			if t.kind != tQuote {
				if cur != nil {
					t.q = int32(len(d.quotes))
				}
				continue
			}
			t.open = markOpens(p.text, t, cur != nil)
			switch {
			case t.open && cur == nil:
				cur = &quoteSpan{startPara: pi, startTok: ti}
				d.quotes = append(d.quotes, cur)
				t.q = int32(len(d.quotes))
			case !t.open && cur != nil:
				t.q = int32(len(d.quotes))
				cur.endPara, cur.endTok, cur.closed = pi, ti, true
				cur.text, cur.words = d.quoteText(cur)
				cur = nil
			case cur != nil:
				// An opening mark inside a quote: the continuation mark of a
				// quote running over paragraphs, or a nested quote written
				// with double marks; either way it is part of the quote.
				t.q = int32(len(d.quotes))
			}
			// A closing mark with no quote open is a stray mark: ignored.
		}
		if cur != nil {
			next := pi + 1
			if next < len(d.paras) && len(d.paras[next].toks) > 0 {
				nt := &d.paras[next].toks[0]
				if nt.kind == tQuote && markOpens(d.paras[next].text, nt, false) {
					continue // the quote runs on into the next paragraph
				}
			}
			cur.endPara, cur.endTok = pi, len(p.toks)
			cur.text, cur.words = d.quoteText(cur)
			cur = nil
		}
	}
}

// quoteText returns the words of a quote: exactly the characters between
// the marks, paragraphs joined by a space, without a trailing comma (the one
// before an attribution, as in "…operations," Putin said).
func (d *document) quoteText(q *quoteSpan) (string, int) {
	var b strings.Builder
	for pi := q.startPara; pi <= q.endPara; pi++ {
		p := d.paras[pi]
		from := 0
		if pi == q.startPara {
			from = int(p.toks[q.startTok].e)
		} else if len(p.toks) > 0 && p.toks[0].kind == tQuote {
			from = int(p.toks[0].e)
		}
		to := len(p.text)
		if pi == q.endPara && q.endTok < len(p.toks) {
			to = int(p.toks[q.endTok].s)
		}
		if from > to {
			continue
		}
		piece := strings.TrimSpace(p.text[from:to])
		if piece == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(piece)
	}
	text := squeeze(b.String())
	text = strings.TrimSpace(strings.TrimSuffix(text, ","))
	return text, wordCountUpTo(text, 11) // only short quotes are told apart by length
}

// splitSentences finds sentence ends outside quotes: a full stop, question
// or exclamation mark (or a closing quotation mark right after one) followed
// by a capital, a digit, an opening mark or the end of the paragraph.
func splitSentences(p *para) []span {
	var out []span
	start := 0
	n := len(p.toks)
	for i := 0; i < n; i++ {
		t := &p.toks[i]
		end := false
		switch {
		case t.kind == tEnd && t.q == 0:
			end = true
		case t.kind == tQuote && !t.open && i > 0 && p.toks[i-1].kind == tEnd:
			end = true
		case t.kind == tWord && t.q == 0 && strings.HasSuffix(p.low(t), ".") &&
			(sentenceEndingAbbrevs[strings.TrimSuffix(p.low(t), ".")] || dottedInitials(strings.TrimSuffix(p.low(t), "."))) && i+1 < n:
			nt := &p.toks[i+1]
			end = nt.kind == tQuote && nt.open || nt.isCap(p.text) && functionWords[p.low(nt)]
		}
		if !end {
			continue
		}
		// Closing brackets and marks stay with the sentence they close.
		for i+1 < n && (p.lw(i+1) == ")" || p.toks[i+1].kind == tQuote && !p.toks[i+1].open && p.toks[i+1].q != 0) {
			i++
		}
		if i+1 < n {
			nt := &p.toks[i+1]
			r := firstRune(p.text[nt.s:])
			if !(nt.isCap(p.text) || nt.kind == tQuote && nt.open || p.low(nt) == "(" || r >= '0' && r <= '9') {
				continue
			}
		}
		out = append(out, span{start, i + 1})
		start = i + 1
	}
	if start < n {
		out = append(out, span{start, n})
	}
	return out
}

// wordCount counts the words of s as strings.Fields would, without
// allocating.
func wordCount(s string) int { return wordCountUpTo(s, len(s)+1) }

// wordCountUpTo counts words like wordCount, stopping at limit.
func wordCountUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !spaceish[c] {
			if !in {
				if n++; n >= limit {
					return n
				}
				in = true
			}
			continue
		}
		if c < utf8.RuneSelf {
			in = false
			continue
		}
		// The lead byte of a character that may be a space (U+00A0 …).
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			if n++; n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

// squeeze collapses runs of white space into single spaces and trims the
// ends, returning s itself when there is nothing to change.
func squeeze(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !spaceish[c] {
			prevSpace = false
			continue
		}
		if c == ' ' && !prevSpace {
			prevSpace = true
			continue
		}
		if c < utf8.RuneSelf {
			clean = false // a second space, a tab or a line break
			break
		}
		// The lead byte of a multi-byte space (U+00A0, U+2009, U+3000 …).
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			clean = false
			break
		}
		i += size - 1
		prevSpace = false
	}
	if clean && !prevSpace {
		return s
	}
	if clean && s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaceish marks the bytes squeeze must look at: ASCII white space and the
// lead bytes of the multi-byte characters unicode.IsSpace knows (U+0085,
// U+00A0, U+1680, U+2000–U+205F, U+3000).
var spaceish = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r\v\f\xc2\xe1\xe2\xe3") {
		t[c] = true
	}
	return t
}()

// sentenceOf returns the index (in p.sents) of the sentence holding token i.
func (p *para) sentenceOf(i int) int {
	for k, s := range p.sents {
		if i < s.b {
			return k
		}
	}
	return len(p.sents) - 1
}

// textOf returns the paragraph text of a token range.
func (p *para) textOf(a, b int) string {
	if a >= b || a < 0 || b > len(p.toks) {
		return ""
	}
	return p.text[p.toks[a].s:p.toks[b-1].e]
}

// lw returns token i in lower case.
func (p *para) lw(i int) string { return p.lower[p.toks[i].s:p.toks[i].e] }

// low returns a token of the paragraph in lower case.
func (p *para) low(t *token) string { return p.lower[t.s:t.e] }

// word returns a token's text.
func (p *para) word(i int) string { return p.text[p.toks[i].s:p.toks[i].e] }
