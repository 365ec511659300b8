package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

func subscriptions(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if b.Store == nil {
		return noStore()
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	subs, err := b.Store.Subscriptions(sctx, channelOf(req))
	if err != nil {
		return b.storeFailed(ctx, req, err, false)
	}
	if len(subs) == 0 {
		return Reply{
			Kind:  Answer,
			Title: "No daily briefings here",
			Text:  "This channel gets no daily briefing yet.",
			Note:  "Start one with /subscribe <topic…> [at HH:MM] [tz Area/City], e.g. /subscribe ukraine at 08:00 tz Europe/Berlin.",
		}
	}
	now := b.now()
	r := Reply{Kind: Answer, Title: "Daily briefings in this channel"}
	if setting, off := b.PostsOff[req.Platform]; off {
		r.Text = postsOffText(req.Platform, setting) + " Until then none of these is posted."
	}
	for _, s := range subs {
		loc, err := LoadZone(s.TZ)
		if err != nil {
			loc = time.UTC
		}
		sec := Section{Title: fmt.Sprintf("%s, daily at %s (%s)", topicNamesByID(c, s.Topics), s.At, s.TZ)}
		if s.Paused != "" {
			it := Item{Text: "Paused: " + strings.TrimSuffix(s.Paused, ".") + "."}
			// Resuming takes /subscribe, which knows only the topics the
			// briefings still have.
			if found, _ := resolveTopics(c, s.Topics); len(found) > 0 {
				ids := make([]string, len(found))
				for i, t := range found {
					ids[i] = t.ID
				}
				it.Detail = fmt.Sprintf("Fix that, then %s to resume.", req.cmd("/subscribe "+strings.Join(ids, " ")+" "+scheduleArgs(s.At, s.TZ, s.SkipEmpty)))
			}
			sec.Items = append(sec.Items, it)
		} else {
			sec.Items = append(sec.Items, Item{Text: "Next: " + whenText(s.Next, now, loc)})
		}
		if s.Last.State != "" {
			sec.Items = append(sec.Items, Item{Text: "Last: " + lastText(s.Last, now, loc)})
		}
		if s.SkipEmpty {
			sec.Items = append(sec.Items, Item{Text: "Days with nothing new are skipped."})
		}
		r.Sections = append(r.Sections, sec)
	}
	r.Note = req.cmd("/unsubscribe <topic…>") + " stops a topic; " + req.cmd("/unsubscribe") + " alone stops them all."
	return r
}

// lastText says how the last post went: "sent today at 08:00 CET",
// "missed Mon 3 Feb 2025: the bot was offline".
func lastText(p PostRecord, now time.Time, loc *time.Location) string {
	day := p.Date
	if d, err := time.Parse(DateLayout, p.Date); err == nil {
		day = d.Format("Mon 2 Jan 2006")
	}
	switch p.State {
	case PostSent:
		return "sent " + whenText(p.At, now, loc)
	case PostSkipped:
		return fmt.Sprintf("skipped %s: nothing new", day)
	}
	s := fmt.Sprintf("%s %s", p.State, day)
	if p.Detail != "" {
		s += ": " + strings.TrimSuffix(p.Detail, ".")
	}
	return s
}
