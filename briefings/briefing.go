// Package briefings is the domain of briefbot: curated briefings, the quotes
// they carry, the speakers and topics they name, and the Catalog that answers
// questions about them.
//
// It imports only the standard library and small text libraries; nothing in
// here knows about Slack, Discord or a database.
package briefings

import (
	"slices"
	"time"
)

// Briefing is one curated note about a day's news on one or more topics.
// A Briefing inside a Catalog is never modified.
type Briefing struct {
	ID      string
	Title   string
	Date    time.Time // the day the news is about (UTC midnight)
	Updated time.Time // last edit by a curator; equals Date when not given
	Topics  []*Topic
	Summary string // the Markdown body, in the curator's own words
	Points  []KeyPoint
	Quotes  []*Quote
	Sources []*Source
	Draft   bool

	// NewSpeakers and NewTopics are the registry entries the briefing
	// brings (new_speakers, new_topics), as the registry holds them.
	NewSpeakers []*Speaker
	NewTopics   []*Topic

	// Version is the store's version of a published briefing; for a file,
	// the version it was exported from (its version field), or 0.
	Version int
	// Revision tells a new version of a briefing in the store from the
	// one before, for daily posts (bot.Watermark): the version number
	// when publishing it counted as an update, "" for files and for
	// versions imported with their dates as written.
	Revision string
	// Origin is where the briefing comes from: OriginBuiltin,
	// OriginFolder or OriginStore.
	Origin string

	File string // where it was read from, for messages
	Line int    // line of the front matter's first field
}

// Where a briefing comes from, in Briefing.Origin and in metrics.
const (
	OriginBuiltin = "builtin"
	OriginFolder  = "folder"
	OriginStore   = "store"
)

// KeyPoint is one reported position or fact, optionally attributed.
type KeyPoint struct {
	Text    string
	Speaker *Speaker // nil when the point is not someone's statement
	Source  *Source  // nil when not tied to one source
}

// Quote is a verbatim statement by a speaker, with where and when it was said.
type Quote struct {
	ID       string // stable across reloads: derived from speaker and text
	Speaker  *Speaker
	Text     string // verbatim, without surrounding quotation marks
	Context  string // what the speaker was addressing, in our words
	Said     time.Time
	Source   *Source
	Briefing *Briefing
}

// Source is a published piece a briefing draws on.
type Source struct {
	ID        string // short handle used by quotes and points in the same file
	Title     string
	Outlet    string
	Author    string
	URL       string
	Published time.Time
}

// Speaker is a person or an organisation that can be quoted.
type Speaker struct {
	ID           string
	Name         string
	Role         string
	Organisation string
	Kind         string // "person", "organisation" or "place" (a country or city speaking for its government)
	Aliases      []string
}

// Topic is a subject briefings are filed under.
type Topic struct {
	ID          string
	Name        string
	Description string
	Aliases     []string
}

// Registry lists the speakers and topics a corpus may name.
type Registry struct {
	Speakers []*Speaker
	Topics   []*Topic
}

// DateLayout is how dates are written in curated files.
const DateLayout = "2006-01-02"

// LatestDate returns the later of the briefing's date and update.
func (b *Briefing) LatestDate() time.Time {
	if b.Updated.After(b.Date) {
		return b.Updated
	}
	return b.Date
}

// HasTopic reports whether the briefing is filed under the topic.
func (b *Briefing) HasTopic(t *Topic) bool {
	for _, x := range b.Topics {
		if x == t {
			return true
		}
	}
	return false
}

// with returns a registry of r's entries and the ones given.
func (r *Registry) with(ss []*Speaker, ts []*Topic) *Registry {
	return &Registry{Speakers: append(slices.Clone(r.Speakers), ss...), Topics: append(slices.Clone(r.Topics), ts...)}
}
