package ingest

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is a news story as read from a file or a page: what it says about
// itself, and its body paragraph by paragraph.
type Article struct {
	Title    string
	Subtitle string
	Author   string
	Outlet   string
	URL      string
	Date     time.Time // the day it was published; zero when it does not say
	DateFrom string    // where Date came from, for the editor
	Place    string    // the dateline's place, when it has one
	Body     []string  // paragraphs, without title, bylines, dateline and trailers

	datelineDay string // a day from the dateline with no year ("March 14")
	// datelineRegion is the country or territory a dateline gives after
	// its town ("<TOWN>, <Country> –"), which says where the story is
	// from when the town is one no list knows.
	datelineRegion string
	// pageTitle is a page's own <title>, which may name the site's town
	// and state after the headline ("<Headline> | <Site> | <Town>, <ST>").
	pageTitle string
	// zone is the country (folded) whose time zone the header lines give
	// after a clock time (headerZone), "" for none.
	zone string
	// headerDay is a full date the header lines set off (headerLinesDate),
	// for an article nothing else dates.
	headerDay time.Time
	// labelled: the title came from under a section label, where it would
	// have been read as the standfirst; a title that quotes someone is
	// read for its quotes as a standfirst that does.
	labelled bool
	// letterhead is the first line read as a label over the title: a
	// body's own release heads its page with its name in capitals ("<COURT
	// OF COUNTRY>" over "PRESS COMMUNIQUÉ No. <N>"), which says whose
	// release it is (see letterheadBody).
	letterhead string
	// signOff is the office a release's sign-off block names before its
	// date ("<MINISTRY OF …> <COUNTRY>" over the day it issued), "" for
	// none: whose release it is, as a letterhead says at the top.
	signOff string
	// squeezed: the paragraphs clean is given have single spaces between
	// their words and none at their ends, as splitParagraphs makes them
	// (squeezed lines, or single-spaced text, joined by one space).
	squeezed bool
}

var (
	authorLine = lineRE{regexp.MustCompile(`(?i)^(?:author|written by|words)\s*:\s*(.{2,120})$`), "aAwW"}
	byLine     = lineRE{regexp.MustCompile(`^(?:By|BY|by)\s+(\p{Lu}[\p{L}.'’\- ]+(?:(?:,| and| &)\s*\p{Lu}[\p{L}.'’\- ]+)*)$`), "Bb"}
	dateLine   = lineRE{regexp.MustCompile(`(?i)^(?:published|posted|date(?: of (?:release|issue|publication))?|first published|updated|last updated)(?: on| at| as of)?\s*:?\s+(.{6,60})$`), "pPdDfFuUlL"}
	sourceLine = lineRE{regexp.MustCompile(`(?i)^(?:url|source|link|original)\s*:\s*(https?://\S+)$`), "uUsSlLoO\xc5"} // \xc5: ſ, which (?i) takes for s
	// A date line the page put under another line with no blank line
	// between ("From: a ministry" over "Published 3 March 2024"), so
	// joined to its end; capitalised, as a sentence's "published" is not.
	joinedDateLine = regexp.MustCompile(`^(.*\S)\s+(?:Published|Posted|First published|Last updated|Updated)(?: on| at| as of)?\s*:?\s+(.{6,40})$`)
	reportingBy    = lineRE{regexp.MustCompile(`(?i)^\((?:additional )?(?:reporting|writing|compiled)(?: by)?\s+([^;)]+)(?:;[^)]*)?\)$`), "("}
)

// lineRE is a pattern anchored at the start of a line, with every byte a
// line it matches can start with (under (?i), a letter's other case, and
// the lead byte of any other character that folds to it). The clean-up
// tries each pattern on each short paragraph, nearly all of which start
// with none of these bytes, and a regexp takes far longer to say no than a
// byte lookup.
type lineRE struct {
	*regexp.Regexp
	starts string
}

// FindStringSubmatch is regexp's, after the check of the first byte.
func (re lineRE) FindStringSubmatch(s string) []string {
	if s != "" && strings.IndexByte(re.starts, s[0]) < 0 {
		return nil
	}
	return re.Regexp.FindStringSubmatch(s)
}

// MatchString is regexp's, after the check of the first byte.
func (re lineRE) MatchString(s string) bool {
	if s != "" && strings.IndexByte(re.starts, s[0]) < 0 {
		return false
	}
	return re.Regexp.MatchString(s)
}

// boilerplate marks short paragraphs that are the page, not the story.
var boilerplate = []string{"all rights reserved", "copyright", "©", "follow us", "follow him on",
	"follow her on", "sign up for", "subscribe to", "newsletter", "click here", "read more:",
	"related:", "we use cookies", "this article was", "editing by"}

// linkLines open a line of links to other stories ("Related news: <headline>"),
// whose headlines quote words no one in the story said.
//
// "Share this" is a share button's label only where it opens its line
// ("Share this article", "Share this:"); inside a paragraph it is a
// sentence's verb ("We share this view"), and the story's.
var linkLines = [][]byte{[]byte("related news:"), []byte("also read:"), []byte("read also:"), []byte("see also:"), []byte("share this")}

// ReadText reads a plain-text article: a title line, an optional subtitle,
// "By …" or "Author: …" lines, a dateline ("MOSCOW, Feb 1 (Reuters) -"),
// and the body, one paragraph per block of lines.
func ReadText(text string) *Article {
	a := &Article{squeezed: true}
	raw := splitParagraphs(text)
	a.zone = headerZone(raw) // before clean drops the date lines that give it
	paras := a.clean(raw)
	var labelDay time.Time
	for n := 0; n < 2 && len(paras) > 2 && sectionLabel(paras[0]) && headlineAfterLabel(paras[1], paras[0]); n++ {
		// "Health", "Sport | Rugby", "NEWS", "Press release" over the
		// headline: the page's section or letterhead, not the title.
		if n == 0 {
			a.letterhead = paras[0]
		}
		// A release's numbered, dated line under the letterhead
		// ("Press release no. <n>/<yyyy> - <date>") is a label too,
		// and the only place the release gives its date.
		if t, ok := headingLineDate(paras[0]); ok && labelDay.IsZero() {
			labelDay = t
		}
		paras, a.labelled = paras[1:], true
	}
	if len(paras) > 1 && titleLike(paras[0], 25) {
		a.Title, paras = paras[0], paras[1:]
		if len(paras) > 1 && titleLike(paras[0], 40) && !strings.HasPrefix(paras[0], a.Title) && !loneDateline(paras[0]) {
			a.Subtitle, paras = paras[0], paras[1:]
		}
	}
	if a.Date.IsZero() {
		a.headerDay = headerLinesDate(a.Title, a.Subtitle, paras)
		if a.headerDay.IsZero() {
			a.headerDay = labelDay
		}
	}
	a.Body = a.stripDateline(paras)
	return a
}

// splitParagraphs splits text on blank lines, joining the lines of each
// block; text with no blank lines has one paragraph per line.
func splitParagraphs(text string) []string {
	text = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"))
	lines := strings.Split(text, "\n")
	// Text spaced as most is, every line already squeezed, is taken as
	// it is: squeezing each line took some 64 K instructions of a 5 KB
	// article's 3 M.
	spaced := singleSpaced(text)
	blank := false
	if spaced {
		blank = strings.Contains(text, "\n\n")
	} else {
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				blank = true
				break
			}
		}
	}
	out := make([]string, 0, len(lines)) // the paragraphs, at most one a line
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	listing, links := false, false
	for i, l := range lines {
		if !spaced {
			l = squeeze(l)
		}
		if l == "" {
			flush()
			listing, links = false, false
			continue
		}
		if bulleted(l) {
			flush() // a list's items are paragraphs of their own
		}
		if len(l) >= 3 && ruleLine(l) {
			// "---" under a box's last line: the rule closing the box
			// ends its paragraph, not words of its signature.
			flush()
			out = append(out, l)
			continue
		}
		if links {
			out = append(out, l) // a link's headline under the heading: a paragraph of its own
			continue
		}
		if blank && boxHeading(l) {
			// A box's heading over its lines, one item a line with no
			// blank line between: the heading and each line under it are
			// paragraphs of their own, so a related block's headlines are
			// read as links (relatedHeadline), not as one sentence that
			// opens with the heading, and a quotes box's quotes each with
			// its own signature.
			flush()
			out = append(out, l)
			links = true
			continue
		}
		if listing && !listItem(l) {
			listing = false
		} else if listing || blank && listHead(l) && i+1 < len(lines) && listItem(lines[i+1]) {
			// "Speakers:" over the transcript's speakers, one a line
			// ("Jane Doe, Minister of …"): each line is an item of its
			// own, as a bulleted one is, not words of one sentence.
			flush()
			out = append(out, l)
			listing = true
			continue
		}
		if i < stampLines && len(l) <= maxStampLine && hasYear(l) {
			if labelledLine(l) && (len(cur) > 0 || i+1 < len(lines) && strings.HasPrefix(lines[i+1], "By ")) {
				// "Date: <date>" or "Published: <date>" under the
				// headline or a letterhead's lines, with no blank line
				// between: the page's date line, a paragraph of its own,
				// not the tail of the heading's sentence, where no label
				// at a line's start can be read. Over a byline ("Published
				// on <date> in <Series>" over "By <Name>, <role>") it is
				// one too: joined, the byline's role would read as the
				// date's tail.
				flush()
				out = append(out, l)
				continue
			}
			if len(cur) > 0 {
				if _, ok := judgmentDate(l); ok {
					// "Date of the judgment: <date>" among a court's
					// header fields, one a line: the judgment's date
					// line, read on its own line as its label asks.
					flush()
					out = append(out, l)
					continue
				}
			}
			if _, ok := stampDate(l); ok {
				if len(cur) > 0 && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "") && bareDateLine(l) && !bylineIn(cur) {
					// A bare date closing a heading's lines that no byline
					// is among ("<Body>" over "<Kind of document> —
					// <Title>" over "<Month> <dd>, <yyyy>", then a blank
					// line): the date is the header's own line, not words
					// of the heading's sentence, and is read as the
					// article's date line. A date with more header lines
					// under it (an author, "Translated by …") stays joined
					// to the lines over it, where the header is read as one.
					flush()
				}
				// A page's time stamp on its own line over the story's
				// first line or the issuer's notice ("<date> / <time>
				// <zone>"), with no blank line between, ends its block:
				// the lines after it are read as what they are. The
				// lines before it stay joined to it, where a byline over
				// its stamp is read as one (trailingStamp).
				cur = append(cur, l)
				flush()
				continue
			}
			if _, ok := dayDotStamp(l); ok {
				// "<Label>: <d>. <month> <yyyy>. <hh>:<mm>" under the
				// byline: a translated page's date line in its source's
				// language, a paragraph of its own, so the byline over it
				// keeps only the author's name.
				flush()
				out = append(out, l)
				continue
			}
		}
		if blank && dashSignedQuoteLine(l) && (i > 0 && dashSignedQuoteLine(lines[i-1]) || i+1 < len(lines) && dashSignedQuoteLine(lines[i+1])) {
			// A box of quotes one a line, each signed after a dash on its
			// own line ("“<Quote>” – <Title> <Name>" over "“<Quote>” –
			// <Name>, <noun>"), under a rubric no list knows: each line is
			// a paragraph of its own, so each quote is signed by the name
			// on its line, not run into the next, and the rubric over the
			// first is no words of its sentence.
			flush()
			out = append(out, l)
			continue
		}
		if blank && i >= stampLines && len(cur) == 0 && i+1 < len(lines) && nameLineOverProse(l, lines[i+1]) {
			// A broadcast script's reporter's name on a line of its own
			// over the next stretch of the script ("<Given> <Surname>"
			// over "<Body>, the <kind>, said …"): the name is a label,
			// not the first words of the sentence under it.
			out = append(out, l)
			continue
		}
		cur = append(cur, l)
		if !blank || i+1 < len(lines) && signedQuoteLine(l, lines[i+1]) {
			flush()
		}
	}
	flush()
	return out
}

// ruleLine reports whether line l is a rule drawn in text: dashes,
// underscores, stars or equals signs alone ("---", "***").
func ruleLine(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i]; c != l[0] || c != '-' && c != '_' && c != '*' && c != '=' {
			return false
		}
	}
	return true
}

// boxHeading reports whether line l heads a box of one-line items: a
// quotes box's ("<QUOTES HEADING>", perhaps with a colon), or a related
// block's with no colon to mark it ("<Related label>"; relatedInline reads
// "<Label>: <headline>").
func boxHeading(l string) bool {
	return len(l) <= 20 && quotesBoxHeading(l) || len(l) <= 24 && l[len(l)-1] != ':' && relatedLabel(strings.ToLower(l))
}

// quotesBoxHeadings are the headings a page sets over a box of quotes,
// each signed on its line. Copied as text, the box loses its frame and
// its heading is the only sign left that the lines under it are quotes,
// not the story's sentences; a closed list, as a heading's few words
// are a page's convention, not grammar.
var quotesBoxHeadings = map[string]bool{"quotes": true, "quote of the day": true, "quotes of the day": true,
	"what they said": true, "they said": true, "in quotes": true, "match quotes": true, "key quotes": true}

// quotesBoxHeading reports whether line l is such a heading: pages set
// it in capitals or sentence case, with a colon or none, so case and a
// closing colon do not count.
func quotesBoxHeading(l string) bool {
	return quotesBoxHeadings[strings.ToLower(strings.TrimSuffix(l, ":"))]
}

// bareDateLine reports whether a line is a date and nothing else
// ("<Month> <dd>, <yyyy>", "<dd> <Month> <yyyy>").
func bareDateLine(l string) bool {
	_, at, end, ok := firstDate(l)
	return ok && strings.TrimSpace(l[:at]) == "" && strings.Trim(l[end:], " .") == ""
}

// bylineIn reports whether any of a block's lines is a byline, which
// trailingStamp reads together with the stamp under it.
func bylineIn(lines []string) bool {
	for _, l := range lines {
		if byLine.MatchString(l) || authorLine.MatchString(l) {
			return true
		}
	}
	return false
}

// signedQuoteLine reports whether a line is a whole quotation set out on
// its own, a sentence closed inside its marks, with its signature on the
// next line and no blank line between, as a release's quotes box prints
// them: "“<Sentence>.”" over "<Name>, <Title>, <Body>". The signature is
// a short line that opens with no quote mark, has a comma and ends with
// no full stop. The quotation is then a paragraph of its own, as it is
// where a blank line follows it, so the signature signs it.
func signedQuoteLine(l, next string) bool {
	l = strings.TrimSpace(l)
	next = strings.TrimSpace(next)
	if len(l) < 4 || len(next) < 4 || len(next) > 200 {
		return false
	}
	open, _ := utf8.DecodeRuneInString(l)
	closing, n := utf8.DecodeLastRuneInString(l)
	if open != '"' && open != '“' || closing != '"' && closing != '”' {
		return false
	}
	if c := l[len(l)-n-1]; c != '.' && c != '!' && c != '?' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	last := next[len(next)-1]
	return first != '"' && first != '“' && first != '‘' && first != '\'' && unicode.IsUpper(first) &&
		strings.Contains(next, ", ") && last != '.' && last != '"' && last != ':' && !strings.ContainsAny(next, "“”\"")
}

// dashSignedQuoteLine reports whether a line is one quotation and its
// signature after a dash, as a quotes box prints each entry: it opens on
// a double quote mark, its closing mark is followed by " – ", " — " or
// " - ", and what follows is short, opens on a capital and holds no
// quote mark (a sentence running on after a quote names no one that way).
func dashSignedQuoteLine(l string) bool {
	if len(l) < 8 || l[0] != '"' && !strings.HasPrefix(l, "“") {
		return false
	}
	for _, close := range [...]string{"” ", "\" "} {
		k := strings.LastIndex(l, close)
		if k <= 1 {
			continue
		}
		tail := l[k+len(close):]
		var rest string
		switch {
		case strings.HasPrefix(tail, "– "):
			rest = tail[len("– "):]
		case strings.HasPrefix(tail, "— "):
			rest = tail[len("— "):]
		case strings.HasPrefix(tail, "- "):
			rest = tail[2:]
		default:
			continue
		}
		if len(rest) < 4 || len(rest) > 90 || strings.ContainsAny(rest, "\"“”") {
			return false
		}
		r := firstRune(rest)
		return unicode.IsUpper(r) || r == '’' || r == '\''
	}
	return false
}

// listHead reports whether a line heads a list set out one item a line
// with no bullets: a word or two and a colon, nothing after it
// ("Speakers:", "Panel members:").
func listHead(l string) bool {
	return len(l) > 1 && len(l) <= 30 && l[len(l)-1] == ':' && strings.Count(l, " ") <= 1
}

// listItem reports whether a line can be an item of such a list: a name
// and what it is, with a comma between ("Jane Doe, Minister of …"), and
// no quotation mark (a related story's headline is no item).
func listItem(l string) bool {
	return strings.Contains(l, ", ") && !strings.ContainsAny(l, "\"“”‘’«»") && !strings.HasPrefix(l, "'") && !strings.Contains(l, " '")
}

// bareName reports whether a line over a page's time stamp is a name
// alone: two to four capitalised words (a particle such as "Mac" or "Ní"
// is capitalised too), no mark of a sentence or of an outlet.
func bareName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(s, ".,:;!?()|\"“”") {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) >= 0 {
			return false
		}
	}
	return true
}

// stampLines and maxStampLine bound where splitParagraphs looks for a
// page's time stamp on a line of its own: near the top, and short.
const (
	stampLines   = 15
	maxStampLine = 80
)

// singleSpaced reports whether every line of text is as squeeze leaves
// it: no white space but single spaces between words and line breaks, no
// space at a line's ends. Each check is a search the library does many
// bytes at a time; squeeze looks at every byte.
func singleSpaced(text string) bool {
	if strings.Contains(text, "  ") ||
		strings.IndexByte(text, '\t') >= 0 || strings.IndexByte(text, '\v') >= 0 || strings.IndexByte(text, '\f') >= 0 {
		return false
	}
	// A space next to a line break, looked for at each break, a few to a
	// paragraph: searching the text for " \n" and "\n " stopped at every
	// space instead, twice.
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		if i > 0 && text[i-1] == ' ' || i+1 < len(text) && text[i+1] == ' ' {
			return false
		}
		j := strings.IndexByte(text[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if text != "" && (text[0] == ' ' || text[len(text)-1] == ' ') {
		return false
	}
	// The lead bytes of the white space beyond ASCII (U+0085, U+00A0,
	// U+1680, U+2000–U+205F, U+3000); typographic quotes and dashes share
	// U+2000's, so each is decoded.
	for _, lead := range [...]byte{0xc2, 0xe1, 0xe2, 0xe3} {
		for rest := text; ; {
			i := strings.IndexByte(rest, lead)
			if i < 0 {
				break
			}
			r, size := utf8.DecodeRuneInString(rest[i:])
			if unicode.IsSpace(r) {
				return false
			}
			rest = rest[i+size:]
		}
	}
	return true
}

// bulleted reports whether a line is a list item: "- …", "• …", "* …".
func bulleted(l string) bool {
	return strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "* ")
}

// clean takes metadata lines out of the paragraphs into the article's
// fields and drops trailers: an "Author:" line late in the text ends the
// story (what follows is the author's biography), and so do the page's
// boilerplate lines.
func (a *Article) clean(paras []string) []string {
	out := make([]string, 0, len(paras)) // most paragraphs kept: one allocation, not one per doubling
	// prose is whether a paragraph of the story's length stood before:
	// only then is a late "Author:" line a sign-off. A short article's
	// header ("<Outlet>" over "<date>" over "Author: <Name>") may stand in
	// its second half by count and still open the story.
	prose := false
	for i, p := range paras {
		var words int
		if strings.Count(p, " ") >= 30 && (a.squeezed || !strings.Contains(p, "  ")) {
			// Single spaces between 31 words or more: counted at memory
			// speed. Searching each paragraph for a double space, which
			// splitParagraphs leaves none of, was some 20 K instructions of
			// a 5 KB article's 2.5 M.
			words = 31
		} else {
			words = wordCountUpTo(p, 31)
		}
		if words > 12 {
			prose = true
		}
		if words > 30 {
			if a.Date.IsZero() && i >= len(paras)/2 {
				// A listed company's closing paragraph: the market-abuse
				// notice, then the line saying when the announcement was
				// published, in one paragraph (disclosedOn).
				// The line is the paragraph's last sentence and ends in its
				// date and time: a paragraph with no year in its last
				// words is passed over first (searching every long
				// paragraph's tail cost 0.9 % of a 5 KB article's
				// instructions).
				tail := ""
				if hasYear(p[max(0, len(p)-40):]) {
					tail = p[max(0, len(p)-320):]
				}
				if j := strings.LastIndex(tail, ". This "); j >= 0 {
					if m := firstPublishedIn(tail[j+2:]); m != nil {
						if t, ok := parseDate(m[1], time.Time{}); ok {
							a.Date, a.DateFrom = t, "the article's closing line"
						}
					}
				}
			}
			out = append(out, p) // too long for a metadata line or boilerplate
			continue
		}
		m := matchAny(p, authorLine, byLine)
		if m == "" && words <= 12 {
			// "By Jane Doe" over a date line, joined into one paragraph
			// with it, or "By Jane Doe | <date>": the byline, then the
			// article's date.
			var day string
			if m, day = bylineAndDate(p); m != "" && a.Date.IsZero() {
				if t, ok := bylineDay(day); ok {
					if figuresJoined(day) {
						// The weekday bylineAndDate cut off the day says
						// which way its figures run (firstDate).
						if wt, _, _, wok := firstDate(p); wok {
							t = wt
						}
					}
					a.Date, a.DateFrom = t, "the article's date line"
				}
			}
		}
		if i := strings.Index(p, " | "); m == "" && i > 0 && words <= 12 {
			// "By Jane Doe | Photographs by John Roe"
			m = matchAny(p[:i], byLine)
		}
		switch {
		case m != "" && words <= 12:
			if rest, t, ok := trailingStamp(m); ok {
				// "Author: <Name>" over the page's stamp, joined.
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				m = rest
			}
			if a.Author == "" {
				a.Author = cleanByline(m)
			}
			if authorLine.MatchString(p) && i >= len(paras)/2 && prose {
				return out
			}
			continue
		}
		if m := reportingBy.FindStringSubmatch(p); m != nil {
			if a.Author == "" {
				a.Author = cleanByline(m[1])
			}
			continue
		}
		if m := sourceLine.FindStringSubmatch(p); m != nil {
			if a.URL == "" {
				a.URL = m[1]
			}
			continue
		}
		if t, ok, _ := labelledDate(p); ok {
			if a.Date.IsZero() || !strings.HasPrefix(strings.ToLower(p), "updated") && !strings.HasPrefix(strings.ToLower(p), "last") {
				a.Date, a.DateFrom = t, "the article's date line"
			}
			continue
		}
		if m := joinedDate(p); m != nil {
			if t, ok := parseDate(m[2], time.Time{}); ok {
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				p = m[1]
			}
		}
		if i < 10 && a.Date.IsZero() {
			// "<Journal> 2025; 391 doi: … (Published 03 December 2025)": a
			// journal's citation line near the top dates the article by
			// its bracketed publication date, whatever else the line says.
			if t, ok := bracketedPublished(p); ok {
				a.Date, a.DateFrom = t, "the article's citation line"
			}
		}
		// A court's header may list the parties, the bench and the
		// appeal's numbers over its dates, line by line, so the labelled
		// judgment's date may stand further down than a stamp does: the
		// label opening the line is what marks it, not its place.
		if words <= 24 && i < 24 && hasYear(p) {
			if t, ok := judgmentDate(p); ok {
				// "Date of hearing: <date> Date of judgment: <date>": a
				// court's header, dated by the judgment's delivery, over
				// the hearing's day its line above gave as a stamp
				// ("Heard: <date>" over "Delivered: <date>").
				if a.Date.IsZero() || a.DateFrom == "the article's date line" {
					a.Date, a.DateFrom = t, "the judgment's date line"
				}
				continue
			}
		}
		if i < 10 && hasYear(p) {
			// "<Parties> <Court> <Division>" over "Sentencing remarks
			// delivered <date>", joined, some thirty words: the summary's
			// heading keeps its lines, the label dates it.
			if t, ok := joinedDecisionDate(p); ok && (a.Date.IsZero() || a.DateFrom == "the article's date line") {
				a.Date, a.DateFrom = t, "the judgment's date line"
			}
		}
		if words <= 24 && i < 10 && hasYear(p) {
			// "Monday, 16 June 2025 9:41 AM", "12.11.2025 15:42": a page's
			// time stamp near the top.
			if t, ok := stampDate(p); ok {
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				continue
			}
			if t, ok := dayDotStamp(p); ok {
				// "<Label>: <d>. <month> <yyyy>. <hh>:<mm>": a translated
				// page's date line kept in its source's language.
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				continue
			}
			if t, ok := romanceStamp(p); ok {
				// "<weekday> <d> <month> <yyyy>": a French, Spanish,
				// Portuguese or Italian page's date line.
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				continue
			}
			if t, ok := headerDate(p); ok && words <= 16 && i < 4 {
				// "<Outlet> <date> <Author> Translated by <Outlet>",
				// lines joined: the header's date, no story.
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				continue
			}
			if rest, t, ok := trailingStamp(p); ok {
				// "By X for Y" over "2025.04.09", joined: the byline stays
				// to be read as one, the stamp dates the article.
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				p = rest
				if i >= len(paras)-3 && a.signOff == "" && strings.ToUpper(rest) == rest && len(strings.Fields(rest)) <= 10 {
					// A short release's sign-off block near the top
					// ("<MINISTRY OF …> <COUNTRY>" over its date): the
					// office that issued it, as signOffDate's block says.
					a.signOff = rest
				}
				if m := byLine.FindStringSubmatch(p); m != nil {
					if a.Author == "" {
						a.Author = cleanByline(m[1])
					}
					continue
				}
				if bareName(p) {
					// "<Name>" over the stamp, no "By": the author's line.
					if a.Author == "" {
						a.Author = p
					}
					continue
				}
			}
		}
		if m := firstPublishedIn(p); m != nil && i >= len(paras)/2 {
			if t, ok := parseDate(m[1], time.Time{}); ok {
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's closing line"
				}
				continue
			}
		}
		if hasYear(p) {
			// "Source : <Agency> Author : <Name> … Date : <date>": the
			// fields an agency's copy closes with, lines joined.
			if t, ok := fieldBlockDate(p); ok {
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, "the article's date line"
				}
				continue
			}
		}
		if i >= len(paras)-3 && a.Date.IsZero() {
			if t, ok := wireCloseDate(p); ok {
				// "<dd>-<MON>-<yy> <hh>:<mm>": the agency's transmission
				// stamp closing the item.
				a.Date, a.DateFrom = t, "the article's closing line"
				continue
			}
		}
		// signOffDate bounds the block's own words; the signer's
		// post-nominal letters it passes over may lengthen it a little.
		if words <= 18 && i >= len(paras)-3 && hasYear(p) {
			// "MINISTRY OF FOREIGN AFFAIRS SINGAPORE 14 NOVEMBER 2025": a
			// release's sign-off block, the office and the day it issued.
			if t, ok := signOffDate(p); ok {
				if a.Date.IsZero() {
					a.Date, a.DateFrom = t, signOffFrom
				}
				if _, at, _, ok := firstDate(p); ok && a.signOff == "" {
					a.signOff = strings.TrimRight(strings.TrimSpace(p[:at]), ",.")
				}
				continue
			}
			if t, at, end, ok := firstDate(p); ok && at == 0 && end == len(p) && a.Date.IsZero() {
				// A bare date line after the story, over the "Read more"
				// links, as some magazines close an interview.
				a.Date, a.DateFrom = t, "the article's closing line"
				continue
			}
		}
		if words <= 30 && isBoilerplate(p) && !newsletterInSpeech(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func matchAny(s string, res ...lineRE) string {
	for _, re := range res {
		if m := re.FindStringSubmatch(s); m != nil {
			return m[1]
		}
	}
	return ""
}

func isBoilerplate(p string) bool {
	var buf [512]byte
	var l []byte
	pairs := allPairs // a long paragraph's pairs are not noted: every marker is searched for
	if len(p) <= len(buf) {
		// Lower-cased on the stack: most paragraphs this short are not
		// boilerplate, and the check runs on each of them.
		l = buf[:len(p)]
		pairs = bytePairs{}
		var prev byte
		for i := 0; i < len(p); i++ {
			c := p[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			l[i] = c
			pairs.add(prev, c)
			prev = c
		}
	} else {
		l = []byte(strings.ToLower(p))
	}
	if hasBoilerplate(l, &pairs) {
		return true
	}
	for _, b := range linkLines {
		if bytes.HasPrefix(l, b) {
			return true
		}
	}
	return false
}

// hasBoilerplate reports whether l, in lower case, contains a boilerplate
// marker. pairs holds (at least) the pairs of adjacent bytes of l: a
// marker one of whose pairs l lacks is not in l, and is not searched for.
// The fifteen library searches of each short paragraph were some 55 K
// instructions of a 5 KB article's 2.7 M; most markers have a pair of
// letters that a paragraph of a line or two lacks.
func hasBoilerplate(l []byte, pairs *bytePairs) bool {
	for i, b := range boilerplateBytes {
		if pairs.hasAll(boilerplatePairs[i]) && bytes.Contains(l, b) {
			return true
		}
	}
	return false
}

// newsletterMarker is the index of "newsletter" among the boilerplate
// markers.
var newsletterMarker = slices.Index(boilerplate, "newsletter")

// newsletterInSpeech reports whether p, a short paragraph the boilerplate
// markers take for the page's, is one of the story's: "<Relation>, <Given>
// <Surname>, said <she> kept every <kind of> newsletter …". A sign-up line
// asks the reader; a line in which someone said something is the story's,
// and may be where it first names its speaker in full. Only "newsletter"
// is spared: the other markers are the page's whatever the line says.
func newsletterInSpeech(p string) bool {
	if !strings.Contains(p, " said ") && !strings.Contains(p, " says ") {
		return false
	}
	l := strings.ToLower(p)
	for i, m := range boilerplate {
		if i != newsletterMarker && strings.Contains(l, m) {
			return false
		}
	}
	for _, b := range linkLines {
		if strings.HasPrefix(l, string(b)) {
			return false
		}
	}
	return strings.Contains(l, "newsletter")
}

// boilerplateBytes are the boilerplate markers as bytes, to search
// without converting.
var boilerplateBytes = func() [][]byte {
	out := make([][]byte, len(boilerplate))
	for i, b := range boilerplate {
		out[i] = []byte(b)
	}
	return out
}()

// boilerplatePairs are each boilerplate marker's pairs of adjacent bytes,
// as bytePairs numbers them.
var boilerplatePairs = func() [][]uint16 {
	out := make([][]uint16, len(boilerplate))
	for i, b := range boilerplate {
		for j := 1; j < len(b); j++ {
			out[i] = append(out[i], pairBit(b[j-1], b[j]))
		}
	}
	return out
}()

// bytePairs is a set of pairs of adjacent bytes, each pair numbered by
// pairBit: two pairs may share a number, so a pair's bit says only that
// the pair may be in the text, and a clear bit that it is not.
type bytePairs [16]uint64

// allPairs holds every pair.
var allPairs = func() (s bytePairs) {
	for i := range s {
		s[i] = ^uint64(0)
	}
	return s
}()

// pairBit folds a pair of bytes into one of 1024 numbers, so that a
// paragraph's pairs fit a bytePairs of sixteen words and the boilerplate
// check can rule a marker out by a few bit tests before it searches.
func pairBit(a, b byte) uint16 { return (uint16(a)<<5 ^ uint16(a)>>5 ^ uint16(b)) & 1023 }

// add records that a paragraph holds the pair a, b, so that hasAll can
// later rule out the markers that need a pair it lacks.
func (s *bytePairs) add(a, b byte) {
	n := pairBit(a, b)
	s[n>>6] |= 1 << (n & 63)
}

// hasAll reports whether every pair of ns may be in the set: false is
// certain (a marker with a missing pair cannot be in the paragraph, and
// is not searched for), true only says the search is worth making.
func (s *bytePairs) hasAll(ns []uint16) bool {
	for _, n := range ns {
		if s[n>>6]&(1<<(n&63)) == 0 {
			return false
		}
	}
	return true
}

// cleanByline turns "By Jane Doe, Reuters" or "Jane Doe | Outlet" into the
// author's name.
func cleanByline(s string) string {
	s = strings.TrimSpace(s)
	for _, prefix := range []string{"By ", "BY ", "by "} {
		s = strings.TrimPrefix(s, prefix)
	}
	if i := strings.IndexAny(s, "|•·"); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " // "); i > 0 {
		s = s[:i] // "Jane Doe // <date>"
	}
	// "Ewan Rees, 3 June 2024": a date after the name is not the name.
	for i := strings.LastIndex(s, ","); i > 0 && datelike(s[i+1:]); i = strings.LastIndex(s, ",") {
		s = s[:i]
	}
	return strings.TrimSpace(strings.TrimRight(s, ".,;"))
}

// bylineAndDate splits "By Jane Doe January 19, 2026" (a byline line and a
// date line with no blank line between) into the byline's name and the
// date; "" when p is no such pair.
func bylineAndDate(p string) (name, day string) {
	if !strings.HasPrefix(p, "By ") && !strings.HasPrefix(p, "BY ") && !strings.HasPrefix(p, "by ") {
		return contactBylineAndDate(p)
	}
	words := strings.Fields(p)
	for i := 2; i < len(words); i++ {
		if datelike(words[i]) {
			// A mark may stand between the name and the date: "By Jane
			// Doe | <date>", "by Jane Doe // <date>", "By Jane Doe, <date>".
			head := words[:i]
			// The weekday opens the date line: "By Jane Doe Tuesday, 14
			// October 2025", "…, Staff Reporter Fri, Jan. 17, 2025".
			// A contact may stand between them too: "By Jane Doe |
			// jdoe@<outlet>" over "<date> at <time>".
			for len(head) > 2 && (bylineSeparator(head[len(head)-1]) || weekdayWord(head[len(head)-1]) || contactWord(head[len(head)-1])) {
				head = head[:len(head)-1]
			}
			if m := byLine.FindStringSubmatch(strings.TrimRight(strings.Join(head, " "), ",")); m != nil {
				return m[1], strings.Join(words[i:], " ")
			}
			// "By <Name> | <Outlet>" over the date line, joined: the
			// outlet's name after the bar, a word or a few capitalised,
			// is the byline's, and the date after it the article's.
			if j := slices.Index(head, "|"); j > 1 && j >= len(head)-5 && j < len(head)-1 && capitalisedWords(head[j+1:]) {
				if m := byLine.FindStringSubmatch(strings.Join(head[:j], " ")); m != nil {
					return m[1], strings.Join(words[i:], " ")
				}
			}
			return "", ""
		}
	}
	return "", ""
}

// capitalisedWords reports whether every word of ws opens with a capital
// letter or a figure: an outlet's name, not a sentence's words.
func capitalisedWords(ws []string) bool {
	for _, w := range ws {
		if r := firstRune(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// contactBylineAndDate splits "<Given> <Surname> <e-mail> <date>", a
// byline block with no "By" (the name, the author's address and the date
// line, joined), into the name and the date; "" when p is no such block.
// The address after two to four capitalised words is what says the words
// are the author's name.
func contactBylineAndDate(p string) (name, day string) {
	if strings.IndexByte(p, '@') < 0 {
		return "", ""
	}
	words := strings.Fields(p)
	k := 0
	for k < len(words) && k < 5 && !contactWord(words[k]) {
		if r := firstRune(words[k]); !unicode.IsUpper(r) || strings.ContainsAny(words[k], ",.:;0123456789") {
			return "", ""
		}
		k++
	}
	if k < 2 || k >= len(words)-1 || !contactWord(words[k]) {
		return "", ""
	}
	rest := words[k+1:]
	for len(rest) > 1 && (bylineSeparator(rest[0]) || weekdayWord(rest[0])) {
		rest = rest[1:]
	}
	if !datelike(rest[0]) {
		return "", ""
	}
	return strings.Join(words[:k], " "), strings.Join(words[k+1:], " ")
}

// contactWord reports whether a word of a byline is the author's e-mail
// address or social handle ("jdoe@paper.com", "@jdoe"), which some
// outlets print after the name: no part of the name.
func contactWord(w string) bool {
	return strings.IndexByte(w, '@') >= 0
}

// bylineSeparator reports whether a word of a byline is only a mark
// setting the name off from the date: "|", "//", "/", "•", "·", a dash.
func bylineSeparator(w string) bool {
	switch w {
	case "|", "||", "/", "//", "•", "·", "-", "–", "—", "--":
		return true
	}
	return false
}

// weekdayWord reports whether w is a day of the week, in full or cut
// short, perhaps with a comma or full stop: "Tuesday,", "Fri", "Thu.".
func weekdayWord(w string) bool {
	return isWeekday(strings.ToLower(strings.TrimRight(w, ",.")))
}

// bylineDay reads the date a byline line ends with: "January 19, 2026",
// "December 7, 2025, 1:14 pm", "2025.04.09".
func bylineDay(day string) (time.Time, bool) {
	if t, ok := parseDate(day, time.Time{}); ok {
		return t, true
	}
	return stampDate(day) // "2025.04.09", "12:30, Aug 05 2025"
}

// datelike reports whether a piece of a byline holds a date or a time: a
// digit or a month's name.
func datelike(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if _, ok := monthNames[strings.TrimRight(w, ".,")]; ok || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}

// sectionLabel reports whether a paragraph at the top of a plain-text
// article is the page's section, kicker or letterhead rather than its
// headline: one or two words ("Health", "Markets Live"), a breadcrumb
// ("Sport | Rugby | Ulster", "Opinion / Analysis"), a short line in
// capitals ("NEWS", "GHANA POLICE SERVICE") or a release's label ("Press
// release", "Company announcement no. 27/2025").
func sectionLabel(p string) bool {
	n := wordCount(p)
	switch {
	case n == 0 || n > 8 || !titleLike(p, 8):
		return false
	case n <= 2:
		return true
	case strings.Contains(p, " | ") || strings.Contains(p, " / ") || strings.Contains(p, " > "):
		return true
	case n <= 6 && strings.ToUpper(p) == p && strings.ToLower(p) != p:
		return true
	}
	lp := strings.ToLower(p)
	for _, label := range releaseLabels {
		if strings.HasPrefix(lp, label) {
			return true
		}
	}
	return false
}

// releaseLabels open the line above a release's headline.
var releaseLabels = []string{"press release", "news release", "media release", "media statement",
	"company announcement", "stock exchange release", "press statement"}

// headlineAfterLabel reports whether p, under a section label, is the
// headline: a line with no closing full stop, longer than the label, of
// four words or more and not in capitals as a second label would be.
func headlineAfterLabel(p, label string) bool {
	n := wordCount(p)
	return titleLike(p, 25) && n >= 4 && n > wordCount(label)
}

// titleLike reports whether a paragraph reads as a headline: short, and not
// ending as a sentence does.
func titleLike(p string, maxWords int) bool {
	n := wordCount(p)
	if n == 0 || n > maxWords || len(p) > 250 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, `"”’')]`))
	return r != '.' && r != ':' && r != ';' && r != ',' && r != '!'
}

// stripDateline takes the dateline off the first body paragraph:
// "PORT ARDEN, March 14 (Reuters) - …", "WASHINGTON (AP) — …", "KYIV,
// Ukraine — …". The place must be in capitals, as wire style writes it.
func (a *Article) stripDateline(body []string) []string {
	if len(body) == 0 {
		return body
	}
	at := 0
	place, region, dayText, rest, ok := dateline(body[0])
	if !ok && len(body) > 1 {
		// A standfirst ending in a full stop, then the dateline.
		at = 1
		place, region, dayText, rest, ok = dateline(body[1])
	}
	if !ok || colonTurnLabel(body, at, rest) {
		return body
	}
	a.Place, a.datelineRegion, a.datelineDay = place, region, dayText
	if t, ok := parseDate(dayText, time.Time{}); ok && (a.Date.IsZero() || a.DateFrom == signOffFrom) {
		a.Date, a.DateFrom = t, "the dateline" // the top of the story before its foot
	}
	if rest == "" {
		// The dateline stood alone: the story is the next paragraph.
		return append(body[:at], body[at+1:]...)
	}
	body[at] = rest
	return body
}

// colonTurnLabel reports whether the capitals a colon ends at the head of
// body paragraph at, before rest, are a transcript's first turn label
// rather than a dateline ("HON. <SURNAME>: Good morning …", "<ACR>
// DIRECTOR <NAME>: …"): a later paragraph opens with a label in capitals
// too ("QUESTION (<Outlet>):", "<SURNAME>:"), as a transcript labels each
// turn, where a story under a colon dateline has no such labels.
func colonTurnLabel(body []string, at int, rest string) bool {
	p := body[at]
	if len(rest) >= len(p) || !strings.HasSuffix(strings.TrimSpace(p[:len(p)-len(rest)]), ":") {
		return false
	}
	for _, o := range body[at+1:] {
		c := strings.IndexByte(o, ':')
		if c <= 0 || c > 60 || !opensWithLabel(o) {
			continue
		}
		head := o[:c]
		if i := strings.IndexByte(head, '('); i > 0 {
			head = head[:i]
		}
		if allCaps(strings.TrimSpace(head)) {
			return true
		}
	}
	return false
}

// dashes end a dateline; South Asian copy ends it with a colon
// ("ISLAMABAD: The foreign minister …"), and wires that file in plain
// text type the dash as three hyphens ("<PLACE>, <date> (<AGENCY>) ---"),
// which " -- " does not match.
var dashes = []string{" — ", " – ", " - ", " -- ", " --- ", "—", "–", ": "}

// slashTag is a dateline closed by its agency's name between slashes and
// a full stop: "<PLACE>, <date> /<AGENCY>/. <story>".
var slashTag = regexp.MustCompile(`^([^/]{3,80}?)\s*/[^/\n]{2,30}/\.?\s+\S`)

// agencyTag matches slashTag on a paragraph with a slash where the tag
// can stand: the expression backtracks over the whole of a long first
// paragraph, which cost some 0.11 M instructions of a 5 KB article's 3 M
// when it ran on every one.
func agencyTag(p string) []int {
	if i := strings.IndexByte(p[:min(len(p), 84)], '/'); i < 3 {
		return nil
	}
	return slashTag.FindStringSubmatchIndex(p)
}

func dateline(p string) (place, region, dayText, rest string, ok bool) {
	idx, sep := -1, ""
	for _, d := range dashes {
		// Only a dash in the first 90 bytes ends a dateline: the search
		// stops there rather than going through the whole paragraph for
		// each dash.
		if i := strings.Index(p[:min(len(p), 90+len(d)-1)], d); i > 0 && i < 90 && (idx < 0 || i < idx) {
			idx, sep = i, d
		}
	}
	if m := agencyTag(p); m != nil && (idx < 0 || m[3] < idx) {
		// The agency's tag between slashes ends the dateline, as the
		// Central Asian agencies write it: "<PLACE>, <date> /<AGENCY>/.".
		idx, sep = m[3], p[m[3]:m[1]]
	}
	alone := false
	if idx < 0 && len(p) < 60 && strings.HasSuffix(p, ")") && strings.Contains(p, ", ") {
		// "<PLACE>, <day> (<AGENCY>)" on a line of its own, the story
		// in the next paragraph: the agency's tag ends the dateline.
		idx, alone = len(p), true
	}
	if idx < 0 {
		return "", "", "", "", false
	}
	head, rest := p[:idx], strings.TrimSpace(p[idx:])
	if !alone {
		rest = strings.TrimSpace(p[idx+len(sep):])
	}
	if rest == "" && !alone {
		return "", "", "", "", false
	}
	tagged := false
	if i := strings.Index(head, "("); i >= 0 {
		if j := strings.Index(head[i:], ")"); j > 0 {
			head = head[:i] + head[i+j+1:] // the agency: (Reuters), (AP)
			tagged = true
		}
	}
	if alone && !tagged {
		return "", "", "", "", false
	}
	parts := strings.Split(head, ",")
	place = strings.TrimSpace(parts[0])
	if alone && !allCaps(place) {
		return "", "", "", "", false
	}
	if !allCaps(place) && !datedPlace(parts) {
		return "", "", "", "", false
	}
	var dates []string
	for _, part := range parts[1:] {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if _, isDate := parseDate(part+" 2000", time.Time{}); isDate || isYear(part) || numericDate.MatchString(part) {
			dates = append(dates, part)
		} else if region == "" && len(dates) == 0 {
			region = part // "KYIV, Ukraine": the town's country
		}
	}
	return place, region, strings.Join(dates, ", "), rest, true
}

// loneDateline reports whether paragraph p is a dateline on a line of its
// own ("<PLACE>, <day> (<AGENCY>)"). Agency copy pasted from a feed may
// break after the dateline, and a short line under the title otherwise
// reads as a subtitle; as a dateline its place is the story's home.
func loneDateline(p string) bool {
	if !strings.HasSuffix(p, ")") {
		return false
	}
	_, _, _, rest, ok := dateline(p)
	return ok && rest == ""
}

// datedPlace reports whether a dateline's head, split at its commas, is a
// place written in ordinary capitals and a full date, perhaps with the
// weekday: "Oslo, 4 March 2025", "City Hall, Tuesday, March 4, 2025", as
// press releases open. Every part after the place must be the date's, and
// one must hold the year, so a sentence's clause is never taken for it.
func datedPlace(parts []string) bool {
	place := strings.TrimSpace(parts[0])
	if n := wordCount(place); n == 0 || n > 3 || !titledPlace(place) {
		return false
	}
	var date, year bool
	for _, part := range parts[1:] {
		part = strings.TrimSpace(part)
		if _, isDay := dayNames[strings.ToLower(part)]; isDay {
			continue
		}
		if isYear(part) {
			year = true
			continue
		}
		if _, ok := parseDate(part+" 2000", time.Time{}); !ok {
			return false // "Smith, chief executive" — no date
		}
		date, year = true, year || hasYear(part)
	}
	return date && year
}

// titledPlace reports whether every word of s is capitalised and made of
// letters: "Oslo", "City Hall", "Port-au-Prince".
func titledPlace(s string) bool {
	for i, w := range strings.Fields(s) {
		if i > 0 && placeJoins[w] {
			continue // "Port of Spain", "Rio de Janeiro"
		}
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
		for _, r := range w {
			// A slash joins two places a release was issued from:
			// "Port Moresby/Geneva".
			if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' && r != '/' {
				return false
			}
		}
	}
	return true
}

// placeJoins are the lower-case words inside a place's name.
var placeJoins = set(`of de du da do dos das del la le les el al upon on`)

func isYear(s string) bool {
	return len(s) == 4 && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// allCaps reports whether a dateline place is written in capitals:
// "MOSCOW", "PORT ARDEN", "ST. PETERSBURG".
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		case r == ' ' || r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// bracketedPublished reads a date set in brackets after "Published"
// ("(Published 03 December 2025)"), as journals close a citation line.
func bracketedPublished(p string) (time.Time, bool) {
	i := strings.Index(p, "(Published ")
	if i < 0 {
		return time.Time{}, false
	}
	rest := p[i+len("(Published "):]
	j := strings.IndexByte(rest, ')')
	if j < 0 || j > 40 {
		return time.Time{}, false
	}
	return parseDate(strings.TrimPrefix(rest[:j], "on "), time.Time{})
}

// joinedDate matches joinedDateLine, trying the expression only on a
// paragraph that has one of its words.
func joinedDate(p string) []string {
	if !strings.Contains(p, "ublished") && !strings.Contains(p, "osted") && !strings.Contains(p, "pdated") {
		return nil
	}
	// Two stamps on the line, split by a bar ("<Outlet> Posted at <date>
	// <time> | Updated as of <date> <time>"): the first dates the article.
	if i := strings.Index(p, " | "); i > 0 {
		if m := joinedDateLine.FindStringSubmatch(p[:i]); m != nil {
			return m
		}
	}
	return joinedDateLine.FindStringSubmatch(p)
}

// dateFromByline dates the article from the byline the page gave, when it
// ends in a date: "By Jane Doe // 4 March 2025", "Jane Doe | March 4, 2025".
func (a *Article) dateFromByline(byline string) {
	b := strings.TrimSpace(byline)
	if b == "" || !datelike(b) {
		return
	}
	if !strings.HasPrefix(b, "By ") && !strings.HasPrefix(b, "BY ") && !strings.HasPrefix(b, "by ") {
		b = "By " + b
	}
	if name, day := bylineAndDate(b); name != "" {
		if t, ok := bylineDay(day); ok {
			a.Date, a.DateFrom = t, "the page's byline"
		}
	}
}

// nameLineOverProse reports whether line l is a name alone (two to four
// capitalised words, no punctuation but hyphens) and the line under it,
// with no blank line between, runs on as prose (sixty bytes or more):
// a script's label over what follows it.
func nameLineOverProse(l, next string) bool {
	if len(l) < 5 || len(l) > 40 || len(next) < 60 {
		return false
	}
	words := 1
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c == ' ':
			words++
			if i+1 >= len(l) || l[i+1] < 'A' || l[i+1] > 'Z' {
				return false
			}
		case c < 0x80 && c != '-' && c != '\'' && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
			return false
		}
	}
	return words >= 2 && words <= 4 && l[0] >= 'A' && l[0] <= 'Z'
}
