package ingest

import (
	"strings"
)

// para is one paragraph of the body with its tokens and sentences.
type para struct {
	text  string
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
}

func newDocument(paragraphs []string) *document {
	d := &document{paras: make([]*para, 0, len(paragraphs))}
	n := 0
	for _, p := range paragraphs {
		n += len(p)/5 + 1
	}
	buf := make([]token, 0, n) // one allocation for every paragraph's tokens
	for _, text := range paragraphs {
		start := len(buf)
		buf = tokenize(text, buf)
		d.paras = append(d.paras, &para{text: text, toks: buf[start:len(buf):len(buf)]})
	}
	d.findQuotes()
	d.midCap = map[string]int{}
	for i, p := range d.paras {
		p.first = len(d.sents)
		p.sents = splitSentences(p)
		for _, s := range p.sents {
			d.sents = append(d.sents, sentRef{p: i, a: s.a, b: s.b})
			for k := s.a + 1; k < s.b; k++ {
				if p.toks[k].isCap(p.text) && p.toks[k-1].kind != tQuote {
					d.midCap[stripPossessive(p.toks[k].lower)]++
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
	before, after := isSpaceBefore(text, t.s), isSpaceAfter(text, t.e)
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
			from = p.toks[q.startTok].e
		} else if len(p.toks) > 0 && p.toks[0].kind == tQuote {
			from = p.toks[0].e
		}
		to := len(p.text)
		if pi == q.endPara && q.endTok < len(p.toks) {
			to = p.toks[q.endTok].s
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
	text := strings.Join(strings.Fields(b.String()), " ")
	text = strings.TrimSpace(strings.TrimSuffix(text, ","))
	return text, len(strings.Fields(text))
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
		case t.kind == tWord && t.q == 0 && strings.HasSuffix(t.lower, ".") &&
			sentenceEndingAbbrevs[strings.TrimSuffix(t.lower, ".")] && i+1 < n:
			nt := &p.toks[i+1]
			end = nt.kind == tQuote && nt.open || nt.isCap(p.text) && functionWords[nt.lower]
		}
		if !end {
			continue
		}
		// Closing brackets and marks stay with the sentence they close.
		for i+1 < n && (p.toks[i+1].lower == ")" || p.toks[i+1].kind == tQuote && !p.toks[i+1].open && p.toks[i+1].q != 0) {
			i++
		}
		if i+1 < n {
			nt := &p.toks[i+1]
			r := firstRune(p.text[nt.s:])
			if !(nt.isCap(p.text) || nt.kind == tQuote && nt.open || nt.lower == "(" || r >= '0' && r <= '9') {
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

// word returns a token's text.
func (p *para) word(i int) string { return p.text[p.toks[i].s:p.toks[i].e] }
