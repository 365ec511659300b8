package slack

import (
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// quotes writes each quote as a quote block with its attribution, and its date, source and
// context in a context line under it.
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
		if role := oneLine(q.Role); role != "" {
			a.text(", " + role)
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
				if x.listed(*q.Source) {
					// The link is in the sources at the end; once is enough.
					c.text(shortSource(*q.Source))
				} else {
					source(c, *q.Source, false)
				}
			}
			els = append(els, c.String())
		}
		if qc := oneLine(q.Context); qc != "" {
			c := newTextBuf(min(x.room(maxContextText), quoteLineChars))
			c.markup("_Context:_ ")
			c.text(qc)
			els = append(els, c.String())
		}
		if len(els) > 0 {
			x.add(block{kind: contextBlock, elements: els})
		}
	}
}

// listed reports whether the reply's sources, shown at its end, include s.
func (x *renderer) listed(s bot.Source) bool {
	for i, l := range x.sources {
		if i == maxSources {
			break
		}
		if l.Title == s.Title && l.URL == s.URL && l.Outlet == s.Outlet {
			return true
		}
	}
	return false
}

// shortSource names a source in a few words: its outlet, or its title.
func shortSource(s bot.Source) string {
	if s.Outlet != "" {
		return oneLine(s.Outlet)
	}
	return oneLine(s.Title)
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
	// Text that is only white space renders as nothing, and Slack refuses a whole message for
	// one empty text object (invalid_blocks): such fields are left out, not sent empty.
	if note := oneLine(r.Note); note != "" {
		t := newTextBuf(max(x.room(maxContextText), 200))
		t.text(note)
		x.add(block{kind: contextBlock, elements: []string{t.String()}})
	}
	if n := x.left(); n != "" {
		x.add(block{kind: contextBlock, elements: []string{n}})
	}
	if b, id := buttons(r, share); len(b) > 0 {
		x.add(block{kind: actionsBlock, buttons: b, id: id})
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

// buttons offers the reply's follow-up commands and curation actions and, for an answer only the
// asker sees, sharing it with the channel. It returns the block_id of the buttons too: a card with
// curation actions gets one that changes with them, since they carry the card's version.
func buttons(r bot.Reply, share string) ([]button, string) {
	var bs []button
	if share != "" && !r.Public && r.Kind == bot.Answer && len(share) <= maxButtonValue && shareable(share) {
		bs = append(bs, button{label: "Share in channel", actionID: actionShare, value: share, style: "primary"})
	}
	var do hash.Hash32
	for _, a := range r.Actions {
		if len(bs) == maxButtons {
			break
		}
		if a.Do != "" {
			label := plain(a.Label, maxButtonText)
			if label == "" || len(a.Do) > maxButtonValue {
				continue
			}
			bs = append(bs, button{label: label, actionID: fmt.Sprintf("%s_%d", actionDo, len(bs)), value: a.Do,
				style: buttonStyle(a.Style), confirm: confirmOf(a.Confirm, a.Style)})
			if do == nil {
				do = fnv.New32a()
			}
			io.WriteString(do, a.Do+"\x00")
			continue
		}
		if strings.TrimSpace(a.Command) == "" || len(a.Command) > maxButtonValue {
			continue
		}
		label := plain(a.Label, maxButtonText)
		if label == "" {
			label = plain(a.Command, maxButtonText)
		}
		bs = append(bs, button{label: label, actionID: fmt.Sprintf("%s_%d", actionRun, len(bs)), value: a.Command})
	}
	if do == nil {
		return bs, ""
	}
	return bs, fmt.Sprintf("%s_%08x", actionDo, do.Sum32())
}

func buttonStyle(s bot.ActionStyle) string {
	switch s {
	case bot.Primary:
		return "primary"
	case bot.Danger:
		return "danger"
	}
	return ""
}

// confirmOf is the confirmation dialog of a button, or nil. Its confirming button looks like the
// button itself: red for Discard and Retract.
func confirmOf(c *bot.Confirm, s bot.ActionStyle) *confirmDialog {
	if c == nil {
		return nil
	}
	d := &confirmDialog{
		title: plain(c.Title, maxConfirmTitle),
		text:  plain(c.Text, maxConfirmText),
		yes:   plain(c.Yes, maxConfirmButton),
		no:    plain(c.No, maxConfirmButton),
		style: "primary",
	}
	if s == bot.Danger {
		d.style = "danger"
	}
	// Slack refuses a dialog with an empty text: say what every dialog asks.
	if d.title == "" {
		d.title = "Are you sure?"
	}
	if d.text == "" {
		d.text = d.title
	}
	if d.yes == "" {
		d.yes = "Yes"
	}
	if d.no == "" {
		d.no = "Cancel"
	}
	return d
}

// shareable reports whether "Share in channel" may run the command line again for the channel.
// Sharing runs the command anew, so it is offered only for pure commands, whose answer reads the
// catalog and changes nothing: sharing the reply to /unsubscribe would unsubscribe again.
func shareable(line string) bool {
	name, _ := bot.ParseCommand(line)
	c := bot.Lookup(name)
	return c != nil && c.Pure
}
