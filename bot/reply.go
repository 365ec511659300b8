package bot

import (
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// Kind says what sort of answer a Reply is, so adapters can style it (an
// error in red, help as a plain list) without parsing its text.
type Kind int

const (
	// Answer is a normal answer to a question.
	Answer Kind = iota
	// NotFound means a topic, speaker or word matched nothing; the reply
	// carries suggestions.
	NotFound
	// Usage means the command was typed wrongly; the reply shows how to type
	// it.
	Usage
	// Help lists commands or explains one.
	Help
	// Refused means the asker may not do what they asked.
	Refused
	// Failed means something went wrong on our side; the text says so without
	// internal detail.
	Failed
)

// Reply is a platform-neutral answer. It holds plain text only: each
// adapter renders it in its platform's format, escapes it, and keeps it
// within its platform's limits.
type Reply struct {
	Kind     Kind
	Title    string
	Topic    string    // id of the topic the reply is about, if one; adapters may colour by it
	AsOf     time.Time // when the information was current; zero when it does not apply
	Text     string    // the lead: paragraphs separated by a blank line
	Sections []Section
	Quotes   []Quote
	Sources  []Source
	Note     string   // a closing line: counts, or what to try next
	Actions  []Action // follow-up commands the adapter may offer as buttons
	Public   bool     // the asker wants it shown to the whole channel
}

// Section is a titled list within a reply: key points, a timeline, results.
type Section struct {
	Title string
	Items []Item
}

// Item is one entry of a section.
type Item struct {
	Text   string
	Detail string    // a second line: description, snippet
	By     string    // who said or reported it, when attributed
	Date   time.Time // zero when not dated
}

// Quote is a verbatim quote with its attribution, ready to display.
type Quote struct {
	ID      string
	Speaker string // display name
	Role    string // e.g. "President of Russia"
	Text    string // without quotation marks
	Context string
	Said    time.Time
	Source  *Source
}

// Source is a reference readers can follow.
type Source struct {
	Title     string
	Outlet    string
	Author    string
	URL       string
	Published time.Time
}

// Action is a button under a reply: either a command offered as a follow-up, e.g. "More from
// Putin" running "/quote vladimir-putin", or a curation action on a review card (Do).
type Action struct {
	Label   string
	Command string // a full command line, e.g. "/quote vladimir-putin"
	// Do, when set instead of Command, is a curation action ("publish", "edit", … with the
	// draft or briefing and the version it acts on) that the adapter hands back to Bot.Act
	// as it was when the button is clicked; it carries ids, never trust (at most 100
	// characters, the platforms' limit on a button's id).
	Do      string      `json:",omitempty"`
	Style   ActionStyle `json:",omitempty"`
	Confirm *Confirm    `json:",omitempty"` // ask before doing it; nil does it at once
}

// DateFormat is how replies write dates for people.
const DateFormat = "2 January 2006"

// ShortDateFormat is how replies write dates in lists.
const ShortDateFormat = "2 Jan 2006"

func sourceOf(s *briefings.Source) *Source {
	if s == nil {
		return nil
	}
	return &Source{Title: s.Title, Outlet: s.Outlet, Author: s.Author, URL: s.URL, Published: s.Published}
}

func quoteOf(q *briefings.Quote) Quote {
	return Quote{
		ID:      q.ID,
		Speaker: q.Speaker.Name,
		Role:    q.Speaker.Role,
		Text:    q.Text,
		Context: q.Context,
		Said:    q.Said,
		Source:  sourceOf(q.Source),
	}
}

// addSource appends a source once.
func (r *Reply) addSource(s *briefings.Source) {
	if s == nil {
		return
	}
	for _, x := range r.Sources {
		if x.Title == s.Title && x.URL == s.URL && x.Outlet == s.Outlet {
			return
		}
	}
	r.Sources = append(r.Sources, *sourceOf(s))
}
