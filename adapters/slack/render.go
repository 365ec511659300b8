package slack

import (
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// How much of a long reply one message shows. The bot already keeps its answers short; these
// bound what a curated corpus could still make too long.
const (
	maxQuotes  = 10 // quotes shown, two blocks each
	quotesKept = 5  // quotes the lead and lists always leave room for
	quoteChars = 700
	// maxQuoteChars bounds one quote's block: a longer "quote" is a passage, cut with "…" next
	// to the link to its source.
	maxQuoteChars = 1200
	// quoteLineChars bounds each line under a quote: its date and source, its context.
	quoteLineChars = 500
	// maxTitleChars and maxItemChars bound a list's title and each entry, so that a title and
	// its first entry always share a block.
	maxTitleChars = 300
	maxItemChars  = 1500
	maxSources    = 8 // sources listed in the context line
	// tailBlocks are kept free for the sources, the note, the "shortened" notice and the buttons.
	tailBlocks = 4
)

// Render turns a reply into a Slack message: a header, the lead, sections as bulleted lists,
// quotes as quote blocks with their date and source in a context line, sources, the note and
// buttons for the reply's follow-up commands. Everything is escaped, so no text can mention
// anyone, and kept within Slack's limits by cutting with "…" and saying what was left out.
//
// A reply only the asker sees (not r.Public) that answers a question gets a "Share in channel"
// button re-running share, the command line that produced it; share "" offers none.
func Render(r bot.Reply, share string) Message {
	x := &renderer{}
	x.header(r)
	// Quotes come after the lead and the lists, but a long list must not crowd them out.
	if q := min(len(r.Quotes), quotesKept); q > 0 {
		x.reserveBlocks, x.reserveChars = 1+2*q, q*quoteChars
	}
	x.lead(r.Text)
	for _, s := range r.Sections {
		x.section(s)
	}
	x.reserveBlocks, x.reserveChars = 0, 0
	x.quotes(r.Quotes)
	x.tail(r, share)
	return Message{Text: fallback(r), blocks: x.blocks, InChannel: r.Public}
}

type renderer struct {
	blocks []block
	chars  int // visible characters so far

	// reserveBlocks and reserveChars are kept free for what comes later.
	reserveBlocks, reserveChars int

	leadCut    bool
	itemsLeft  int
	quotesLeft int
}

func (x *renderer) free() int { return maxBlocks - tailBlocks - x.reserveBlocks - len(x.blocks) }

// room is how many characters a new field may have.
func (x *renderer) room(limit int) int {
	return max(0, min(limit, maxMessageChars-x.reserveChars-x.chars))
}

func (x *renderer) add(b block) {
	x.blocks = append(x.blocks, b)
	x.chars += width(b.text)
	for _, e := range b.elements {
		x.chars += width(e)
	}
}

func (x *renderer) header(r bot.Reply) {
	if t := plain(r.Title, maxHeaderText); t != "" {
		x.add(block{kind: headerBlock, text: t})
	}
	if !r.AsOf.IsZero() {
		x.add(block{kind: contextBlock, elements: []string{"As of " + r.AsOf.Format(bot.DateFormat)}})
	}
}

func (x *renderer) lead(text string) {
	text = strings.TrimSpace(text)
	if text == "" || x.free() < 1 {
		return
	}
	t := newTextBuf(x.room(maxSectionText))
	for para := range strings.SplitSeq(text, "\n\n") {
		if para = oneLine(para); para == "" {
			continue
		}
		if !t.empty() && !t.markup("\n\n") {
			break
		}
		t.text(para)
	}
	x.leadCut = t.cut()
	if !t.empty() {
		x.add(block{kind: sectionBlock, text: t.String()})
	}
}

// section writes a titled list, continuing in further section blocks when it is longer than one
// block holds, and counting what no longer fits. A title is never left without its first item.
func (x *renderer) section(s bot.Section) {
	title := ""
	if s.Title != "" {
		t := newTextBuf(maxTitleChars)
		t.text(oneLine(s.Title))
		title = "*" + t.String() + "*"
	}
	var cur *textBuf
	for i, it := range s.Items {
		line := item(it, maxItemChars)
		if cur != nil && cur.fits("\n"+line) {
			cur.markup("\n" + line)
			continue
		}
		head := line
		if cur == nil && title != "" {
			head = title + "\n" + line
		}
		if cur != nil {
			x.flush(cur)
		}
		if x.free() < 1 || x.room(maxSectionText) < width(head) {
			x.itemsLeft += len(s.Items) - i
			return
		}
		cur = newTextBuf(x.room(maxSectionText))
		cur.markup(head)
	}
	switch {
	case cur != nil:
		x.flush(cur)
	case title != "" && x.free() >= 1 && x.room(maxSectionText) >= width(title):
		x.add(block{kind: sectionBlock, text: title})
	}
}

func (x *renderer) flush(t *textBuf) {
	if !t.empty() && x.free() >= 1 {
		x.add(block{kind: sectionBlock, text: t.String()})
	}
}

// item renders one list entry: "• 1 Feb 2022 · text (by)" and its detail on the next line.
func item(it bot.Item, limit int) string {
	t := newTextBuf(max(limit, 2))
	t.markup("• ")
	if !it.Date.IsZero() {
		t.markup(it.Date.Format(bot.ShortDateFormat) + " · ")
	}
	t.text(oneLine(it.Text))
	if it.By != "" {
		t.markup(" _(")
		t.text(oneLine(it.By))
		t.markup(")_")
	}
	if it.Detail != "" {
		t.markup("\n      ")
		t.text(oneLine(it.Detail))
	}
	return t.String()
}

func (x *renderer) quotes(qs []bot.Quote) {
	if len(qs) == 0 {
		return
	}
	if x.free() < 3 || x.room(maxSectionText) < 40 {
		x.quotesLeft = len(qs)
		return
	}
	x.add(block{kind: dividerBlock})
	for i, q := range qs {
		if i == maxQuotes || x.free() < 2 || x.room(maxSectionText) < 40 {
			x.quotesLeft = len(qs) - i
			return
		}
		// The attribution is written first and always kept; the quote gives way.
		a := newTextBuf(300)
		a.markup("\n— *")
		a.text(oneLine(q.Speaker))
		a.markup("*")
		if q.Role != "" {
			a.text(", " + oneLine(q.Role))
		}
		attr := a.String()
		size := min(x.room(maxSectionText), maxQuoteChars) - width(attr) - 1
		if size < 40 {
			x.quotesLeft = len(qs) - i
			return
		}
		t := newTextBuf(size)
		t.markup(">“")
		t.linePrefix = ">"
		t.text(oneLine(q.Text))
		x.add(block{kind: sectionBlock, text: t.String() + "”" + attr})

		var els []string
		if !q.Said.IsZero() || q.Source != nil {
			c := newTextBuf(min(x.room(maxContextText), quoteLineChars))
			if !q.Said.IsZero() {
				c.markup(q.Said.Format(bot.DateFormat))
			}
			if q.Source != nil {
				if !c.empty() {
					c.markup(" · ")
				}
				source(c, *q.Source, false)
			}
			els = append(els, c.String())
		}
		if q.Context != "" {
			c := newTextBuf(min(x.room(maxContextText), quoteLineChars))
			c.markup("_Context:_ ")
			c.text(oneLine(q.Context))
			els = append(els, c.String())
		}
		if len(els) > 0 {
			x.add(block{kind: contextBlock, elements: els})
		}
	}
}

// source writes "<url|title> · outlet, date".
func source(t *textBuf, s bot.Source, long bool) {
	title := s.Title
	if title == "" {
		title = s.Outlet
	}
	t.link(s.URL, title)
	var parts []string
	if s.Outlet != "" && s.Outlet != title {
		parts = append(parts, s.Outlet)
	}
	if long && !s.Published.IsZero() {
		parts = append(parts, s.Published.Format(bot.ShortDateFormat))
	}
	if len(parts) > 0 {
		t.text(" · " + strings.Join(parts, ", "))
	}
}

// tail adds the sources, the note, what was left out, and the buttons. Their blocks were kept
// free by every step before.
func (x *renderer) tail(r bot.Reply, share string) {
	if len(r.Sources) > 0 {
		els := []string{"*Sources*"}
		for i, s := range r.Sources {
			if i == maxSources {
				els = append(els, fmt.Sprintf("and %d more", len(r.Sources)-i))
				break
			}
			t := newTextBuf(max(min(x.room(maxContextText), 600), 120))
			source(t, s, true)
			if !t.empty() {
				els = append(els, t.String())
			}
		}
		x.add(block{kind: contextBlock, elements: els})
	}
	if r.Note != "" {
		t := newTextBuf(max(x.room(maxContextText), 200))
		t.text(oneLine(r.Note))
		x.add(block{kind: contextBlock, elements: []string{t.String()}})
	}
	if n := x.left(); n != "" {
		x.add(block{kind: contextBlock, elements: []string{n}})
	}
	if b := buttons(r, share); len(b) > 0 {
		x.add(block{kind: actionsBlock, buttons: b})
	}
}

// left says what did not fit, so a shortened answer never looks complete.
func (x *renderer) left() string {
	var parts []string
	if x.itemsLeft > 0 {
		parts = append(parts, count(x.itemsLeft, "more entry", "more entries"))
	}
	if x.quotesLeft > 0 {
		parts = append(parts, count(x.quotesLeft, "more quote", "more quotes"))
	}
	var s string
	if len(parts) > 0 {
		s = "Shortened to fit in Slack: " + strings.Join(parts, " and ") + " not shown. Narrow the question to see them."
	}
	if x.leadCut {
		if s != "" {
			s += " "
		}
		s += "The summary is shortened; the sources have the full text."
	}
	return s
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// buttons offers the reply's follow-up commands and, for an answer only the asker sees, sharing
// it with the channel.
func buttons(r bot.Reply, share string) []button {
	var bs []button
	if share != "" && !r.Public && r.Kind == bot.Answer && len(share) <= maxButtonValue {
		bs = append(bs, button{label: "Share in channel", actionID: actionShare, value: share, primary: true})
	}
	for _, a := range r.Actions {
		if len(bs) == maxButtons {
			break
		}
		if a.Command == "" || len(a.Command) > maxButtonValue {
			continue
		}
		label := plain(a.Label, maxButtonText)
		if label == "" {
			label = plain(a.Command, maxButtonText)
		}
		bs = append(bs, button{label: label, actionID: fmt.Sprintf("%s_%d", actionRun, len(bs)), value: a.Command})
	}
	return bs
}

// fallback is the notification text: the title and the start of the lead.
func fallback(r bot.Reply) string {
	t := newTextBuf(fallbackChars)
	t.text(oneLine(r.Title))
	lead := r.Text
	if len(lead) > 2*fallbackChars { // only its start can show
		lead = strings.ToValidUTF8(lead[:2*fallbackChars], "")
	}
	if lead = oneLine(lead); lead != "" {
		if !t.empty() {
			t.markup(": ")
		}
		t.text(lead)
	}
	if t.empty() {
		return "briefbot"
	}
	return t.String()
}

// oneLine joins the lines of curated text: a single line break in a curated file is where an
// editor wrapped a line, not one meant for the reader (paragraphs are split before this). Runs
// of spaces, tabs and line breaks become one space.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		switch s[i] {
		case '\n', '\t', '\r', '\v', '\f':
			clean = false
		case ' ':
			clean = s[i+1] != ' ' // s is trimmed: a space is never last
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\n', '\t', '\r', '\v', '\f':
			space = true
		default:
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
		}
	}
	return string(b)
}
