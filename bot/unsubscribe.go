package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

func unsubscribe(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if !req.CanManage {
		return refuseManage()
	}
	if b.Store == nil {
		return noStore()
	}
	text := req.Arg("topics")
	if text == "" {
		text = req.Text
	}
	var ids []string
	if strings.TrimSpace(text) != "" {
		topics, err := topicsIn(c, text)
		if err != nil {
			return topicNotFound(c, err, "unsubscribe")
		}
		for _, t := range topics {
			ids = append(ids, t.ID)
		}
	}
	var removed []Subscription // what each touched subscription lost, as a subscription
	var had int
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	subs, err := b.Store.UpdateChannel(sctx, channelOf(req), func(cur []Subscription) ([]Subscription, error) {
		removed, had = nil, len(cur)
		var out []Subscription
		for _, s := range cur {
			s = s.Clone()
			var kept, gone []string
			for _, t := range s.Topics {
				if ids == nil || slices.Contains(ids, t) {
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
	if err != nil {
		return b.storeFailed(ctx, req, err, true)
	}
	if len(removed) > 0 && b.Scheduler != nil {
		b.Scheduler.Wake()
	}
	if had == 0 {
		return Reply{Kind: Answer, Title: "No daily briefings here", Text: "This channel has no daily briefings to stop.", Note: "Start one with /subscribe <topic…> at HH:MM."}
	}
	if len(removed) == 0 {
		return Reply{
			Kind:  Answer,
			Title: "Nothing to stop",
			Text:  fmt.Sprintf("This channel's daily briefings do not cover %s, so nothing changed.", topicNamesByID(c, ids)),
			Note:  "/subscriptions lists what this channel gets.",
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
	if ids != nil {
		var missing []string
		for _, id := range ids {
			if !slices.Contains(gone, id) {
				missing = append(missing, id)
			}
		}
		if len(missing) > 0 {
			r.Text += fmt.Sprintf("\n\n%s was not in any of them.", topicNamesByID(c, missing))
		}
	}
	r.Note = "/subscribe <topic…> at HH:MM starts one again."
	return r
}
