package ingest

import (
	"strings"
	"unicode"
)

// relatedHeadline reports whether paragraph pi is a headline in a block
// of links to other stories set inside the page's text: a heading that
// names such a block ("Related Articles", "Trending", "Most read", "You
// may also be interested in the news:", "Read more:") over one or more
// headline-form lines (short, ending in no full stop). Such a headline
// quotes words from another story ("<Body> says <X> must “<words>”",
// "<Subject> count losses: “<words>”"), which no one in this story said:
// its marks are no quote, whatever verb of saying the headline has.
func (x *extractor) relatedHeadline(pi int) bool {
	if !headlineLike(x.d.paras[pi]) {
		return false
	}
	for k := pi - 1; k >= 0 && pi-k <= 8; k-- {
		o := x.d.paras[k]
		if relatedLabel(o.lower) {
			return true
		}
		if !headlineLike(o) {
			return false // the story's own text between: no block of links
		}
	}
	return false
}

// relatedInline reports whether paragraph pi is one link to another
// story with its label on the same line: "Read: <headline>", "Also on
// <Outlet>: <headline>", "Go deeper: <headline>", "See also: <headline>".
// The label, of four words at most, closes with a colon; the rest reads
// as a headline (relatedHeadline's test). Its marks quote another story.
//
// A headline may ask a question ("Read: <Topic>: What is a '<term>'?"):
// its closing question mark does not make the line a sentence of the story.
func (x *extractor) relatedInline(pi int) bool {
	p := x.d.paras[pi]
	if !headlineLike(p) && !questionHeadline(p) {
		return false
	}
	l := p.lower
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 40 {
		return false
	}
	label := l[:i]
	if wordCountUpTo(label, 5) > 4 {
		return false
	}
	switch {
	case label == "read" || label == "watch" || label == "listen" || label == "go deeper" || strings.HasPrefix(label, "also on "):
		return true
	case pagerLabels[label]:
		return true
	}
	return relatedLabel(label)
}

// pagerLabels are the labels of a page's links to the story before or
// after it in its series or section ("Previous: <headline>", "Next story:
// <headline>"), which a page sets under the story's text.
var pagerLabels = map[string]bool{"previous": true, "next": true, "up next": true, "previous article": true,
	"next article": true, "previous story": true, "next story": true, "previous post": true, "next post": true}

// relatedLabel reports whether a paragraph, in lower case, is the heading
// of a block of links to other stories: short, and opening with one of
// the labels pages give such blocks.
func relatedLabel(l string) bool {
	if len(l) > 60 {
		return false
	}
	for _, w := range relatedLabels {
		if strings.HasPrefix(l, w) {
			return wordCountUpTo(l, 9) <= 8
		}
	}
	return false
}

// relatedLabels open the headings of blocks of links to other stories, as
// news pages name them.
var relatedLabels = []string{"related", "trending", "most read", "most popular", "most viewed",
	"recommended", "read more", "read also", "also read", "see also", "more from", "more on this",
	"more stories", "more news", "you may also", "you might also", "editor's pick", "editors' pick",
	"top stories", "don't miss", "popular now", "what to read next", "read next"}

// headlineTailQuote reports whether quote qi closes a headline after a
// colon ("<Who> <did what>: “<words>”", as pages head a story with the
// words of its main quote) and a later quote of the story says those words
// within more of its own. The headline quotes the speaker the text under
// it gives in full; its marks are no quote of their own. crossHead reads
// the heading that opens on its quote.
func (x *extractor) headlineTailQuote(qi int) bool {
	q := x.d.quotes[qi]
	if q.endPara != q.startPara || !q.closed || q.words > 8 || q.startTok < 2 || qi+1 >= len(x.d.quotes) {
		return false
	}
	p := x.d.paras[q.startPara]
	if q.endTok != len(p.toks)-1 || !p.isColonAt(q.startTok-1) || !headlineLike(p) {
		return false
	}
	return x.saidLater(qi)
}

// namedByKind reports whether quote q is the name of a thing set in marks
// right after the noun of its kind, as copy translated from Slavic,
// Balkan, Turkish or Arabic languages names firms, associations, apps,
// ships, routes and operations: "the ferry crossing “<Place> – <Place>”",
// "Association “<Name in its language>”", "through the application
// “<Name>”", "the company “<Name>”". The quote is short, opens on a
// capital, ends no sentence, and stands right after the kind's noun with
// no verb of saying between: a name, not anyone's words.
func namedByKind(p *para, q *quoteSpan) bool {
	if q.words > 4 || !q.closed || q.endPara != q.startPara || q.startTok < 1 || !unicode.IsUpper(firstRune(q.text)) {
		return false
	}
	if strings.ContainsAny(lastRune(q.text), ".?!…,;:") {
		return false
	}
	return p.isWordAt(q.startTok-1) && kindNouns[p.lw(q.startTok-1)]
}

// namedBeforeKind reports whether quote q is the name of a thing set in
// marks before the noun of its kind, as a modifier: "the “<Name>” report",
// "a “<Slogan>” committee", "<Body>'s “<Name>” campaign". A determiner or
// a possessive stands before the opening mark and the kind's noun right
// after the closing one, so the marks sit inside one noun phrase and name
// what the noun is; the quote opens on a capital (a name's first word)
// and ends no sentence or clause. Speech is not set so: a speaker's words
// stand beside a verb of saying, and a quoted modifier in lower case ("a
// “dangerous” race") is left to the rules for scare quotes.
func namedBeforeKind(p *para, q *quoteSpan) bool {
	if q.words > 8 || !q.closed || q.endPara != q.startPara || q.startTok < 1 {
		return false
	}
	d, n := q.startTok-1, q.endTok+1
	if !p.isWordAt(n) || p.toks[n].isCap(p.text) || !p.isWordAt(d) || !p.isDet(d) && !isPossessive(p.word(d)) {
		return false
	}
	if !unicode.IsUpper(firstRune(q.text)) || strings.ContainsAny(lastRune(q.text), ".?!…,;:") {
		return false
	}
	return kindNouns[p.lw(n)] || workNouns[p.lw(n)] || p.lw(n) == "report" || p.lw(n) == "committee"
}

// kindNouns are the kinds of thing translated copy names in marks after
// the noun: bodies, firms and groups, apps and media, vessels, works and
// sites, routes, and operations or programmes.
var kindNouns = set(`association company firm enterprise cooperative society foundation fund
	organisation organization ngo movement party union club group network initiative
	application app platform portal website newspaper magazine channel hotline brand
	ferry ship vessel boat tanker crossing checkpoint route highway motorway bridge airport terminal
	plant factory mine hospital station complex centre center
	operation programme program project scheme campaign festival exhibition contest`)

// echoedWords reports whether a short quote nothing attributes repeats
// words of a quote the story has already given: the writer quoting them
// back to weigh them ("“<Word>” <comment on the word>.", the
// reporter's own sentence about words the speaker used), scare quotes on someone's words rather than new
// words of anyone's. The quote is at most five words, ends no sentence,
// and stands inside an earlier quote's text as whole words.
func echoedWords(q *quoteSpan, before []found) bool {
	if q.words > 5 || strings.ContainsAny(lastRune(q.text), ".?!…") {
		return false
	}
	w := strings.ToLower(q.text)
	for i := range before {
		o := before[i].q
		if o.startPara > q.startPara || o.words <= q.words {
			continue
		}
		t := o.lowerText()
		for at := 0; ; {
			j := strings.Index(t[at:], w)
			if j < 0 {
				break
			}
			j += at
			if (j == 0 || !isLetterByte(t[j-1])) && (j+len(w) == len(t) || !isLetterByte(t[j+len(w)])) {
				return true
			}
			at = j + 1
		}
	}
	return false
}

// isLetterByte reports whether b is an ASCII letter or any byte of a
// multi-byte letter: a word goes on across it.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// questionHeadline reports whether a paragraph is headlineLike but for the
// question mark it closes with: a headline that asks ("What is a
// '<term>'?", "Who pays for <Project>?").
func questionHeadline(p *para) bool {
	n := len(p.toks)
	if n < 2 || n > 24 || p.word(n-1) != "?" {
		return false
	}
	last := &p.toks[n-2]
	if last.kind == tQuote || last.hint == hintSingle {
		if n < 3 {
			return false
		}
		last = &p.toks[n-3]
	}
	return last.kind == tWord
}
