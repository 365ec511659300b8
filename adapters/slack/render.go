package slack

import (
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
// The bot writes the commands a reply suggests the way Slack users type them (see Umbrella and
// App's requests, which carry the spelling); the renderer leaves all text as it is.
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
	x.sources = r.Sources
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
	sources    []bot.Source // listed at the end, so a quote only names its source
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
	if st := oneLine(s.Title); st != "" {
		t := newTextBuf(maxTitleChars)
		t.text(st)
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
