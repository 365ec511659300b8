package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// Bounds on what one channel may set up, so one channel cannot make the
// scheduler's work unbounded.
const (
	maxSubscriptionsPerChannel = 10
	maxTopicsPerSubscription   = 10
)

// refuseManage answers someone who may not change the channel's daily
// briefings.
func refuseManage(req Request) Reply {
	return Reply{
		Kind:  Refused,
		Title: "Only channel managers can change daily briefings",
		Text:  "Sorry, only the people who manage this channel can start or stop its daily briefings. Ask one of them, or see what is set up with " + req.cmd("/subscriptions") + ".",
	}
}

// noStore answers when the bot runs without a subscription store (one-off
// `briefbot ask`).
func noStore() Reply {
	return Reply{
		Kind:  Failed,
		Title: "Daily briefings are off here",
		Text:  "This bot runs without a subscription store, so it cannot keep daily briefings. Run the bot itself (briefbot, with DATABASE_URL or the default SQLite file) to use them.",
	}
}

// storeFailed answers when the store could not be read or written (it
// failed, or did not answer within StoreTimeout); the error goes to the
// log. changing says whether the command was to change something.
func (b *Bot) storeFailed(ctx context.Context, req Request, err error, changing bool) Reply {
	b.logger().ErrorContext(ctx, "subscription store", "request_id", req.ID, "command", req.Command, "err", err)
	text := "Sorry, I could not reach the subscription store, so nothing changed. Try again in a minute."
	if !changing {
		text = "Sorry, I could not reach the subscription store to look up this channel's daily briefings. Try again in a minute."
	}
	return Reply{Kind: Failed, Title: "The subscription store is not answering", Text: text}
}

// postsOff answers /subscribe on a platform the daily posts cannot reach,
// and tells the operator what to set; ok is false when they can.
func (b *Bot) postsOff(ctx context.Context, req Request) (Reply, bool) {
	setting, off := b.PostsOff[req.Platform]
	if !off {
		return Reply{}, false
	}
	b.logger().WarnContext(ctx, "daily briefing refused: this bot cannot post to the platform; set "+setting+" to turn daily posts on",
		"request_id", req.ID, "platform", req.Platform, "workspace", req.Workspace, "channel", req.Channel)
	return Reply{
		Kind:  Failed,
		Title: "Daily briefings are not set up here",
		Text:  postsOffText(req.Platform, setting) + " Until then nothing would be posted, so nothing was subscribed.",
		Note:  req.cmd("/brief <topic…>") + " gives the same digest on demand.",
	}, true
}

// postsOffText says, for a channel, why daily posts cannot reach it.
func postsOffText(platform, setting string) string {
	return fmt.Sprintf("Daily briefings are not set up on this %s: the bot's administrator needs to add %s.", placeName(platform), setting)
}

// placeName names what a platform calls the place a channel belongs to.
func placeName(platform string) string {
	switch platform {
	case Slack:
		return "Slack workspace"
	case Discord:
		return "Discord server"
	}
	return platformTitle(platform) + " bot"
}

func channelOf(req Request) ChannelKey {
	return ChannelKey{Platform: req.Platform, Workspace: req.Workspace, Channel: req.Channel}
}

// subscribeResult is what a /subscribe changed, for the reply.
type subscribeResult struct {
	created, resumed bool
	added            []string          // topic ids new to the subscription
	moved            map[string]string // topic id -> the schedule it left
	wasPaused        string
	alreadyPosted    bool // the next post skips today: today's went out
}

func subscribe(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if !req.CanManage {
		return refuseManage(req)
	}
	if b.Store == nil {
		return noStore()
	}
	if r, off := b.postsOff(ctx, req); off {
		return r
	}
	a, bad := parseSubscribe(c, req, b.DefaultTZ)
	if bad != nil {
		return *bad
	}
	now := b.now()
	key := channelOf(req)
	var res subscribeResult
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	subs, err := b.Store.UpdateChannel(sctx, key, func(cur []Subscription) ([]Subscription, error) {
		var err error
		var out []Subscription
		out, res, err = planSubscribe(cur, key, a, req.User, now)
		return out, err
	})
	switch {
	case errors.Is(err, errTooMany):
		return usage(req, lookup("subscribe"), fmt.Sprintf("This channel already has %d daily briefings, the most it may have. Add topics to one of them (same time and zone), or %s one first.", maxSubscriptionsPerChannel, req.cmd("/unsubscribe")))
	case errors.Is(err, errTooManyTopics):
		return usage(req, lookup("subscribe"), fmt.Sprintf("The %s briefing would then cover more than %d topics, the most one may. %s some of its topics first, or choose another time.", a.at, maxTopicsPerSubscription, upperFirst(req.cmd("/unsubscribe"))))
	case err != nil:
		return b.storeFailed(ctx, req, err, true)
	}
	if b.Scheduler != nil {
		b.Scheduler.Wake()
	}
	tz := a.loc.String()
	var sub *Subscription
	for i := range subs {
		if subs[i].At == a.at && subs[i].TZ == tz {
			sub = &subs[i]
		}
	}
	if sub == nil {
		return b.storeFailed(ctx, req, fmt.Errorf("subscription at %s %s missing after update", a.at, tz), true)
	}
	return subscribedReply(req, c, *sub, res, now)
}

var (
	errTooMany       = errors.New("too many subscriptions in the channel")
	errTooManyTopics = errors.New("too many topics in one subscription")
)

// planSubscribe works out a channel's subscriptions after /subscribe: the
// topics join the subscription at that time and zone (made if need be) and
// leave any other, so each topic posts once a day; a paused subscription
// resumes.
//
// Topics that move bring their post history with them (see moved), so the
// briefing they join neither repeats what their old one posted nor its
// quotes of the day, and a new briefing does not post them a second time
// the day their old one already did.
func planSubscribe(cur []Subscription, key ChannelKey, a subscribeArgs, user string, now time.Time) ([]Subscription, subscribeResult, error) {
	res := subscribeResult{moved: map[string]string{}}
	tz := a.loc.String()
	ids := make([]string, len(a.topics))
	for i, t := range a.topics {
		ids[i] = t.ID
	}
	out := make([]Subscription, 0, len(cur)+1)
	target := -1
	var from moved
	for _, s := range cur {
		s = s.Clone()
		if s.At == a.at && s.TZ == tz {
			target = len(out)
			out = append(out, s)
			continue
		}
		kept := s.Topics[:0]
		for _, t := range s.Topics {
			if slices.Contains(ids, t) {
				res.moved[t] = s.At.String() + " (" + s.TZ + ")"
			} else {
				kept = append(kept, t)
			}
		}
		if len(kept) < len(s.Topics) {
			from.add(s)
		}
		if len(kept) > 0 {
			s.Topics = kept
			out = append(out, s)
		}
	}
	if target < 0 {
		if len(out) >= maxSubscriptionsPerChannel {
			return nil, res, errTooMany
		}
		next, date := NextPost(now, a.at, a.loc, from.notBefore(a.loc))
		plain, _ := NextPost(now, a.at, a.loc, "")
		out = append(out, Subscription{
			ChannelKey: key, Topics: ids, At: a.at, TZ: tz, SkipEmpty: a.skip,
			CreatedBy: user, Created: now, Next: next, NextDate: date,
			LastPosted: from.lastPosted, Seen: from.seen, Inherit: from.ids,
		})
		res.created, res.added = true, ids
		res.alreadyPosted = next.After(plain)
		return out, res, nil
	}
	s := &out[target]
	for _, id := range ids {
		if !slices.Contains(s.Topics, id) {
			s.Topics = append(s.Topics, id)
			res.added = append(res.added, id)
		}
	}
	if len(s.Topics) > maxTopicsPerSubscription {
		return nil, res, errTooManyTopics
	}
	s.SkipEmpty = a.skip
	if len(from.ids) > 0 {
		// An existing briefing keeps its time even when a moved topic
		// already went out today: its own topics are due, and the carried
		// watermark keeps the moved one from repeating.
		s.Seen = s.Seen.Merge(from.seen)
		if from.lastPosted.After(s.LastPosted) {
			s.LastPosted = from.lastPosted
		}
		s.Inherit = from.ids
	}
	if s.Paused != "" {
		res.resumed, res.wasPaused = true, s.Paused
		s.Paused = ""
		// Start again from now, but never on a date already claimed: that
		// day's post has been made (or tried); nor on a day a moved topic
		// already went out.
		notBefore := s.NextDate
		if s.NextClaimed {
			notBefore = nextDay(s.NextDate)
		}
		if nb := from.notBefore(a.loc); nb > notBefore {
			notBefore = nb
		}
		s.Next, s.NextDate = NextPost(now, a.at, a.loc, notBefore)
		plain, _ := NextPost(now, a.at, a.loc, "")
		res.alreadyPosted = s.Next.After(plain)
	}
	return out, res, nil
}

// moved gathers the post history of the subscriptions that topics leave
// for another. A subscription's history is not split by topic, so the one
// they join takes all of it: at worst that covers a little more than the
// moved topics, never less, and covering less is what posts a topic twice.
type moved struct {
	ids        []int64   // the subscriptions left, whose quote history carries over
	seen       Watermark // what their posts carried
	lastPosted time.Time
	lastOut    time.Time // their latest post that went out, may have, or is going out now
}

func (m *moved) add(s Subscription) {
	m.ids = append(m.ids, s.ID)
	m.seen = m.seen.Merge(s.Seen)
	if s.LastPosted.After(m.lastPosted) {
		m.lastPosted = s.LastPosted
	}
	out := []time.Time{s.LastPosted}
	if s.Last.State == PostUnknown {
		out = append(out, s.Last.At) // it may have been delivered
	}
	if s.NextClaimed && !s.Next.IsZero() {
		out = append(out, s.Next) // claimed: in flight, or waiting for a retry
	}
	for _, t := range out {
		if t.After(m.lastOut) {
			m.lastOut = t
		}
	}
}

// notBefore is the first local date in loc the moved topics may post on
// again: the day after their latest post there, so a topic posts once a
// day even as it moves to a later time. "" when they have not posted.
func (m *moved) notBefore(loc *time.Location) string {
	if m.lastOut.IsZero() {
		return ""
	}
	return m.lastOut.In(loc).AddDate(0, 0, 1).Format(DateLayout)
}

func subscribedReply(req Request, c *briefings.Catalog, s Subscription, res subscribeResult, now time.Time) Reply {
	loc, err := LoadZone(s.TZ)
	if err != nil {
		loc = time.UTC
	}
	names := topicNamesByID(c, s.Topics)
	r := Reply{Kind: Answer, Title: fmt.Sprintf("Daily briefing on %s at %s (%s)", names, s.At, s.TZ)}
	var paras []string
	switch {
	case res.created:
		paras = append(paras, fmt.Sprintf("Every day at %s, this channel will get what is new on %s since its last briefing, with key points, a quote of the day and sources.", zoneTime(s.At, s.TZ), names))
	case len(res.added) > 0:
		paras = append(paras, fmt.Sprintf("Added %s to this channel's %s briefing, which now covers %s.", topicNamesByID(c, res.added), s.At, names))
	default:
		paras = append(paras, fmt.Sprintf("This channel already gets %s every day at %s.", names, zoneTime(s.At, s.TZ)))
	}
	var moved []string
	for _, id := range s.Topics {
		if from, ok := res.moved[id]; ok {
			moved = append(moved, fmt.Sprintf("%s moved here from the %s briefing.", topicNamesByID(c, []string{id}), from))
		}
	}
	if len(moved) > 0 {
		paras = append(paras, strings.Join(moved, " "))
	}
	if res.resumed {
		paras = append(paras, fmt.Sprintf("Resumed: posting had stopped because %s.", strings.TrimSuffix(res.wasPaused, ".")))
	}
	next := "The first arrives " + whenText(s.Next, now, loc) + "."
	if !res.created {
		next = "The next arrives " + whenText(s.Next, now, loc) + "."
	}
	if res.alreadyPosted {
		next += " Today's has already been made."
	}
	paras = append(paras, next)
	if s.SkipEmpty {
		paras = append(paras, "Days with nothing new are skipped.")
	} else {
		paras = append(paras, "On days with nothing new it says so in one line (add “skip” to skip those days).")
	}
	r.Text = strings.Join(paras, "\n\n")
	r.Note = req.cmd("/subscriptions") + " lists this channel's daily briefings; " + req.cmd("/unsubscribe "+s.Topics[0]) + " stops one."
	return r
}

// zoneTime writes a time of day in a zone: "08:00 Europe/Berlin time",
// and "08:00 UTC" rather than "08:00 UTC time".
func zoneTime(at TimeOfDay, tz string) string {
	if tz == "UTC" {
		return at.String() + " UTC"
	}
	return at.String() + " " + tz + " time"
}

// topicNamesByID names topics by their ids, keeping an id the catalog no
// longer knows as it is.
func topicNamesByID(c *briefings.Catalog, ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if t := c.TopicNamed(id); t != nil {
			names[i] = t.Name
		}
	}
	return joinAnd(names)
}

// whenText writes a post time for people, in the subscription's zone:
// "today at 08:00 CET", "tomorrow at 08:00 CET", "Mon 3 Feb at 08:00 CET".
func whenText(t, now time.Time, loc *time.Location) string {
	lt, ln := t.In(loc), now.In(loc)
	day := lt.Format("Mon 2 Jan 2006")
	ty, tm, td := lt.Date()
	ny, nm, nd := ln.Date()
	today := time.Date(ny, nm, nd, 0, 0, 0, 0, time.UTC)
	switch time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC).Sub(today) {
	case 0:
		day = "today"
	case 24 * time.Hour:
		day = "tomorrow"
	case -24 * time.Hour:
		day = "yesterday"
	}
	return day + " at " + lt.Format("15:04 MST")
}
