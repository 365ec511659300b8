package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// DigestOptions says what a digest covers.
type DigestOptions struct {
	Topics []*briefings.Topic // empty means every topic
	// Since is when the channel's previous post went out; the reply tells
	// what is new since its date. Unless Posted is set, briefings neither
	// dated nor updated after it are left out. Zero means the newest
	// briefings whatever their age.
	Since time.Time
	// Posted, when set, decides instead which briefings earlier posts
	// already carried; they are left out. Briefing dates are whole days, so
	// Since alone cannot tell a briefing filed after a morning post from one
	// filed before it (Watermark.Covers can).
	Posted func(b *briefings.Briefing) bool
	// Limit is how many briefings to show; 0 means 5.
	Limit int
	// QuotesUsed holds when each quote was last the channel's quote of the
	// day. A used quote does not come back until every quote on the topics
	// has had its turn; then the one used longest ago does.
	QuotesUsed map[string]time.Time
	// Spell writes the commands the digest suggests the way its readers
	// type them (Request.Spell); nil as the command table does.
	Spell func(line string) string
}

// digestQuoteScan bounds how many briefings are searched for a quote of the
// day that has not been used yet.
const digestQuoteScan = 500

// Digest builds the daily briefing message: what is new on the topics since
// opts.Since, with key points, a quote of the day and sources. It also
// returns how many briefings are new; when none is, the reply says there
// are no new developments.
func Digest(c *briefings.Catalog, opts DigestOptions) (Reply, int) {
	r, fresh, _ := digest(c, opts)
	return r, len(fresh)
}

// digest is Digest, also returning every new briefing (shown or counted in
// the note) and the quote of the day, which the scheduler records.
func digest(c *briefings.Catalog, opts DigestOptions) (Reply, []*briefings.Briefing, *briefings.Quote) {
	limit := opts.Limit
	if limit <= 0 {
		limit = 5
	}
	what := "all topics"
	if len(opts.Topics) > 0 {
		what = topicNames(opts.Topics)
	}
	r := Reply{Kind: Answer, Title: "Briefing: " + what}
	if len(opts.Topics) == 1 {
		r.Topic = opts.Topics[0].ID
	}
	var fresh []*briefings.Briefing
	if opts.Posted != nil {
		for _, b := range c.Since(opts.Topics, time.Time{}) {
			if !opts.Posted(b) {
				fresh = append(fresh, b)
			}
		}
	} else {
		fresh = c.Since(opts.Topics, opts.Since)
	}
	if len(fresh) == 0 {
		if opts.Since.IsZero() {
			r.Text = fmt.Sprintf("Nothing has been filed on %s yet.", what)
		} else {
			r.Text = fmt.Sprintf("No new developments on %s since %s.", what, opts.Since.Format(DateFormat))
		}
	} else {
		r.AsOf = fresh[0].LatestDate()
		switch {
		case opts.Since.IsZero():
			r.Text = fmt.Sprintf("The latest on %s.", what)
		case len(fresh) == 1:
			r.Text = fmt.Sprintf("1 update on %s since %s.", what, opts.Since.Format(DateFormat))
		default:
			r.Text = fmt.Sprintf("%d updates on %s since %s.", len(fresh), what, opts.Since.Format(DateFormat))
		}
		for _, b := range fresh[:min(limit, len(fresh))] {
			sec := points(b)
			sec.Title = fmt.Sprintf("%s · %s", b.Date.Format(ShortDateFormat), b.Title)
			if len(sec.Items) == 0 {
				sec.Items = []Item{{Text: firstParagraph(b.Summary)}}
			}
			r.Sections = append(r.Sections, sec)
			for _, s := range b.Sources {
				r.addSource(s)
			}
		}
		if len(fresh) > limit {
			r.Note = fmt.Sprintf("%d more briefings: %s or %s to see them.", len(fresh)-limit, spell(opts.Spell, "/status <topic>"), spell(opts.Spell, "/search"))
		}
	}
	q := quoteOfTheDay(c, opts)
	if q != nil {
		qd := quoteOf(q)
		r.Quotes = []Quote{qd}
		r.addSource(q.Source)
	}
	return r, fresh, q
}

// quoteOfTheDay picks the newest quote on the topics that has not been used
// yet; when all have been, the one used longest ago (the newest of those
// used equally long ago). So no quote repeats until the speakers' quotes on
// the topics have all had their turn.
func quoteOfTheDay(c *briefings.Catalog, opts DigestOptions) *briefings.Quote {
	var (
		lru   *briefings.Quote
		lruAt time.Time
	)
	scanned := 0
	for _, b := range c.Briefings() {
		if scanned == digestQuoteScan {
			break
		}
		if len(opts.Topics) > 0 && !anyTopic(b, opts.Topics) {
			continue
		}
		scanned++
		for _, q := range b.Quotes {
			at, used := opts.QuotesUsed[q.ID]
			if !used {
				return q
			}
			if lru == nil || at.Before(lruAt) {
				lru, lruAt = q, at
			}
		}
	}
	return lru
}

func anyTopic(b *briefings.Briefing, ts []*briefings.Topic) bool {
	for _, t := range ts {
		if b.HasTopic(t) {
			return true
		}
	}
	return false
}

func firstParagraph(s string) string {
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	return strings.Join(strings.Fields(s), " ")
}

func brief(_ context.Context, _ *Bot, c *briefings.Catalog, req Request) Reply {
	text := req.Arg("topics")
	if text == "" {
		text = req.Text
	}
	topics, err := topicsIn(c, text)
	if err != nil {
		return topicNotFound(req, c, err, "brief")
	}
	r, _ := Digest(c, DigestOptions{Topics: topics, Spell: req.Spell})
	return r
}
