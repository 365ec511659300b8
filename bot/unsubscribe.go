package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

func unsubscribe(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if !req.CanManage {
		return refuseManage(req)
	}
	if b.Store == nil {
		return noStore()
	}
	text := req.Arg("topics")
	if text == "" {
		text = req.Text
	}
	all := strings.TrimSpace(text) == ""
	var (
		ids     []string       // the topics named, as namedTopics reads them
		removed []Subscription // what each touched subscription lost, as a subscription
		had     int
	)
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	subs, err := b.Store.UpdateChannel(sctx, channelOf(req), func(cur []Subscription) ([]Subscription, error) {
		removed, had, ids = nil, len(cur), nil
		if !all {
			var err error
			if ids, err = namedTopics(c, text, cur); err != nil {
				return nil, err
			}
		}
		var out []Subscription
		for _, s := range cur {
			s = s.Clone()
			var kept, gone []string
			for _, t := range s.Topics {
				if all || slices.Contains(ids, storedTopic(c, t)) {
					gone = append(gone, t)
				} else {
					kept = append(kept, t)
				}
			}
			if len(gone) > 0 {
				r := s.Clone()
				r.Topics = gone
				removed = append(removed, r)
			}
			if len(kept) > 0 {
				s.Topics = kept
				out = append(out, s)
			}
		}
		return out, nil
	})
	var nf *briefings.NotFoundError
	switch {
	case errors.As(err, &nf):
		return topicNotFound(req, c, err, "unsubscribe")
	case err != nil:
		return b.storeFailed(ctx, req, err, true)
	}
	if len(removed) > 0 && b.Scheduler != nil {
		b.Scheduler.Wake()
	}
	if had == 0 {
		return Reply{Kind: Answer, Title: "No daily briefings here", Text: "This channel has no daily briefings to stop.", Note: "Start one with " + req.cmd("/subscribe <topic…> at HH:MM") + "."}
	}
	if len(removed) == 0 {
		return Reply{
			Kind:  Answer,
			Title: "Nothing to stop",
			Text:  fmt.Sprintf("This channel's daily briefings do not cover %s, so nothing changed.", topicNamesByID(c, ids)),
			Note:  req.cmd("/subscriptions") + " lists what this channel gets.",
		}
	}
	var gone []string
	var lines []string
	for _, s := range removed {
		gone = append(gone, s.Topics...)
		lines = append(lines, fmt.Sprintf("%s, daily at %s (%s)", topicNamesByID(c, s.Topics), s.At, s.TZ))
	}
	r := Reply{Kind: Answer, Title: "Unsubscribed from " + topicNamesByID(c, gone)}
	r.Text = "This channel no longer gets " + joinAnd(lines) + "."
	if len(subs) == 0 {
		r.Text += "\n\nIt has no daily briefings left."
	} else {
		var left []string
		for _, s := range subs {
			left = append(left, fmt.Sprintf("%s at %s (%s)", topicNamesByID(c, s.Topics), s.At, s.TZ))
		}
		r.Text += "\n\nStill daily: " + strings.Join(left, "; ") + "."
	}
	if !all {
		var missing []string
		for _, id := range ids {
			if !slices.ContainsFunc(gone, func(t string) bool { return storedTopic(c, t) == id }) {
				missing = append(missing, id)
			}
		}
		if len(missing) > 0 {
			r.Text += fmt.Sprintf("\n\n%s was not in any of them.", topicNamesByID(c, missing))
		}
	}
	r.Note = req.cmd("/subscribe <topic…> at HH:MM") + " starts one again."
	return r
}

// namedTopics reads the topics text names, for matching against a channel's
// subscriptions with storedTopic: a catalog topic by its id, and a topic the
// briefings no longer have by the id the channel stored, typed as it is
// (the subscription that posted it pauses and says so, and this is how it
// is stopped). A name that is neither is a *briefings.NotFoundError.
func namedTopics(c *briefings.Catalog, text string, cur []Subscription) ([]string, error) {
	var ids, rest []string
	for _, w := range words(text) {
		if id := droppedTopic(c, w, cur); id != "" {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
			continue
		}
		rest = append(rest, quoteWord(w))
	}
	if len(rest) == 0 {
		return ids, nil
	}
	topics, err := topicsIn(c, strings.Join(rest, " "))
	if err != nil {
		return nil, err
	}
	for _, t := range topics {
		if !slices.Contains(ids, t.ID) {
			ids = append(ids, t.ID)
		}
	}
	return ids, nil
}

// droppedTopic returns the stored topic id that w names among the channel's
// subscriptions, when the catalog no longer knows it; "" otherwise.
func droppedTopic(c *briefings.Catalog, w string, cur []Subscription) string {
	for _, s := range cur {
		for _, t := range s.Topics {
			if strings.EqualFold(w, t) && c.TopicNamed(t) == nil {
				return t
			}
		}
	}
	return ""
}

// storedTopic is the topic a subscription's stored id stands for now: the
// catalog's id for it (a stored id may since have become another name of
// the topic), or the stored id itself when the catalog no longer has it.
func storedTopic(c *briefings.Catalog, id string) string {
	if t := c.TopicNamed(id); t != nil {
		return t.ID
	}
	return id
}
