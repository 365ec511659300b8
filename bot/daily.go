package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// post makes one claimed daily post and records how it ended. It never
// sends a post whose claim it lost, nor one an earlier holder may have sent.
func (s *Scheduler) post(ctx context.Context, p string, c Claim) {
	log := s.logger().With("subscription", c.Sub.ID, "platform", p, "channel", c.Sub.Channel, "date", c.Date)
	now := s.now()
	loc, err := s.zone(c.Sub.TZ)
	if err != nil {
		s.finish(ctx, log, p, c, Outcome{
			State: PostFailed, At: now, Pause: true,
			Detail: fmt.Sprintf("its time zone %s is no longer known; %s again with tz Area/City", c.Sub.TZ, s.spell(p, "/subscribe")),
		}, time.UTC)
		return
	}
	if c.WasSending {
		s.finish(ctx, log, p, c, Outcome{
			State: PostUnknown, At: now,
			Detail: "the bot stopped while sending it, so it may not have arrived; it is not sent twice",
		}, loc)
		return
	}
	window := s.Catchup + lateGrace
	if late := now.Sub(c.Due); late > window {
		why := ", and late posts are turned off"
		if s.Catchup > 0 {
			why = ", beyond the catch-up window of " + spanText(s.Catchup)
		}
		o := Outcome{
			State: PostMissed, At: now,
			Detail: fmt.Sprintf("the bot was not running at %s and came back %s later%s",
				c.Due.In(loc).Format("15:04"), spanText(late), why),
		}
		// Resume with the first post not already beyond the window, rather
		// than one missed record per day of an outage.
		from := now.Add(-window)
		if from.Before(c.Due) {
			from = c.Due
		}
		o.Next, o.NextDate = NextPost(from, c.Sub.At, loc, nextDay(c.Date))
		s.finish(ctx, log, p, c, o, loc)
		return
	}

	cat := s.catalog.Catalog()
	topics, missing := resolveTopics(cat, c.Sub.Topics)
	if len(topics) == 0 {
		detail := fmt.Sprintf("its topics (%s) are no longer in the briefings; %s stops it, and %s lists the current ones",
			strings.Join(missing, ", "), s.spell(p, "/unsubscribe "+strings.Join(missing, " ")), s.spell(p, "/topics"))
		if s.finish(ctx, log, p, c, Outcome{State: PostFailed, At: now, Pause: true, Detail: detail}, loc) {
			// Said once: a paused subscription is not claimed again until
			// /subscribe resumes it.
			s.tell(ctx, log, p, c.Sub, Reply{Kind: Failed, Title: "Daily briefing paused", Public: true,
				Text: fmt.Sprintf("This channel's daily briefing at %s (%s) is paused: %s.", c.Sub.At, c.Sub.TZ, detail)})
		}
		return
	}
	qctx, cancel := storeCtx(ctx, s.StoreTimeout)
	hist, err := s.store.QuoteHistory(qctx, c.Sub.ID)
	cancel()
	if err != nil {
		s.retry(ctx, log, p, c, loc, fmt.Errorf("quote history: %w", err))
		return
	}
	var since time.Time
	if !c.Sub.LastPosted.IsZero() {
		since = c.Sub.LastPosted.In(loc)
	}
	r, fresh, quote := digest(cat, DigestOptions{Topics: topics, Since: since, Posted: c.Sub.Seen.Covers, QuotesUsed: hist, Spell: s.speller(p)})
	if len(fresh) == 0 && c.Sub.SkipEmpty {
		s.finish(ctx, log, p, c, Outcome{State: PostSkipped, At: now, Detail: "nothing new"}, loc)
		return
	}
	r.Public = true
	r.Note = strings.TrimSpace(r.Note + " " + fmt.Sprintf("Daily at %s (%s); %s lists this channel's briefings.", c.Sub.At, c.Sub.TZ, s.spell(p, "/subscriptions")))
	var quoteID string
	if quote != nil {
		quoteID = quote.ID
	}

	if err := s.limiter(p).wait(ctx, c.Sub.Channel); err != nil {
		s.release(ctx, c, s.now(), c.Attempts, "the bot shut down before posting it")
		return
	}
	// Checked after the wait for a slot, which may be long: the platform
	// may have refused the credentials meanwhile.
	if until, held := s.held(p, s.now()); held {
		s.holdBack(ctx, log, p, c, loc, until, c.Attempts)
		return
	}
	sctx, cancel := storeCtx(ctx, s.StoreTimeout)
	err = s.store.Sending(sctx, c, s.now().Add(sendLease))
	cancel()
	if err != nil {
		if errors.Is(err, ErrClaimLost) {
			log.Warn("daily post: claim lost before sending; another replica has it")
			return
		}
		s.retry(ctx, log, p, c, loc, fmt.Errorf("mark sending: %w", err))
		return
	}
	pctx, cancel := context.WithTimeout(ctx, postTimeout)
	if wp, ok := s.posters[p].(WorkspacePoster); ok {
		err = wp.PostTo(pctx, c.Sub.ChannelKey, r)
	} else {
		err = s.posters[p].Post(pctx, c.Sub.Channel, r)
	}
	cancel()
	done := s.now()
	// The sentinels are matched before ErrPermanent: a poster may report
	// one wrapped in a PermanentError for its Reason, and none of them is a
	// reason to pause the subscription.
	switch {
	case err == nil:
		s.accepted(s.logger(), p)
		s.finish(ctx, log, p, c, Outcome{State: PostSent, At: done, Seen: c.Sub.Seen.Add(fresh, c.Due), QuoteID: quoteID}, loc)
	case errors.Is(err, ErrUnauthorized):
		log.Debug("daily post: credentials refused", "err", err)
		until := s.refused(s.logger(), p, done, err)
		s.holdBack(ctx, log, p, c, loc, until, c.Attempts+1)
	case errors.Is(err, ErrMaybeDelivered):
		log.Warn("daily post may have been delivered; not sent again", "err", err)
		// The quote counts as used: the channel may well have seen it.
		s.finish(ctx, log, p, c, Outcome{
			State: PostUnknown, At: done, QuoteID: quoteID,
			Detail: "it may have been delivered (" + platformTitle(p) + " did not say); it is not sent again to avoid a duplicate",
		}, loc)
	case errors.Is(err, ErrUndeliverable):
		log.Warn("daily post refused by the platform as it was; not retried, the subscription stays on", "err", err)
		s.finish(ctx, log, p, c, Outcome{
			State: PostFailed, At: done,
			Detail: reasonOf(err, platformTitle(p)+" refused this post as it was; the next one is tried as usual"),
		}, loc)
	case errors.Is(err, ErrPermanent):
		log.Warn("daily post refused; pausing the subscription", "err", err)
		s.finish(ctx, log, p, c, Outcome{State: PostFailed, At: done, Pause: true, Detail: reasonOf(err, "the platform refused the post")}, loc)
	case ctx.Err() != nil:
		s.finish(ctx, log, p, c, Outcome{State: PostUnknown, At: done, QuoteID: quoteID, Detail: "the bot shut down while sending it"}, loc)
	default:
		s.retry(ctx, log, p, c, loc, err)
	}
}

// retry hands a claim back to be tried again after a backoff, or gives up
// when retries ran out or the next try would be beyond the catch-up window.
func (s *Scheduler) retry(ctx context.Context, log *slog.Logger, p string, c Claim, loc *time.Location, err error) {
	attempts := c.Attempts + 1
	now := s.now()
	at := now.Add(dailyRetry.Delay(attempts))
	if attempts >= maxAttempts || at.After(c.Due.Add(s.Catchup+lateGrace)) {
		log.Error("daily post failed; giving up", "attempts", attempts, "err", err)
		s.finish(ctx, log, p, c, Outcome{
			State: PostFailed, At: now,
			Detail: fmt.Sprintf("%s could not be reached after %d attempts", platformTitle(p), attempts),
		}, loc)
		return
	}
	log.Warn("daily post failed; will retry", "attempt", attempts, "retry_at", at, "err", err)
	s.release(ctx, c, at, attempts, fmt.Sprintf("attempt %d failed", attempts))
	if s.OnRetry != nil {
		s.OnRetry(p)
	}
}

// holdBack hands a claim back until the platform's credential hold ends,
// or records the post failed, without pausing, when that is beyond the
// catch-up window. Only the window bounds it, not maxAttempts: most of the
// held posts are never tried, and the operator may fix the token any time.
func (s *Scheduler) holdBack(ctx context.Context, log *slog.Logger, p string, c Claim, loc *time.Location, until time.Time, attempts int) {
	if until.After(c.Due.Add(s.Catchup + lateGrace)) {
		s.finish(ctx, log, p, c, Outcome{State: PostFailed, At: s.now(), Detail: unauthorizedDetail(p)}, loc)
		return
	}
	s.release(ctx, c, until, attempts, platformTitle(p)+" refused the bot's credentials")
	if attempts > c.Attempts && s.OnRetry != nil {
		s.OnRetry(p)
	}
}

// finish records the outcome, moving the subscription to its next post
// (unless o already says where), and reports it.
func (s *Scheduler) finish(ctx context.Context, log *slog.Logger, p string, c Claim, o Outcome, loc *time.Location) (recorded bool) {
	if o.NextDate == "" {
		o.Next, o.NextDate = NextPost(c.Due, c.Sub.At, loc, nextDay(c.Date))
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	late := o.At.Sub(c.Due)
	switch err := s.store.Finish(rctx, c, o); {
	case errors.Is(err, ErrClaimLost):
		log.Warn("daily post: claim lost before its outcome was recorded", "state", o.State)
	case err != nil:
		log.Error("daily post: could not record its outcome", "state", o.State, "err", err)
	default:
		log.Info("daily post", "state", o.State, "late", late.Round(time.Second), "detail", o.Detail, "next", o.Next)
		recorded = true
	}
	if s.Observe != nil {
		s.Observe(p, o.State, late)
	}
	return recorded
}

// tell posts a notice about a subscription in its channel, paced like the
// posts; a notice that does not go out is only logged (/subscriptions
// says the same at any time).
func (s *Scheduler) tell(ctx context.Context, log *slog.Logger, p string, sub Subscription, r Reply) {
	if err := s.limiter(p).wait(ctx, sub.Channel); err != nil {
		return
	}
	pctx, cancel := context.WithTimeout(ctx, postTimeout)
	defer cancel()
	var err error
	if wp, ok := s.posters[p].(WorkspacePoster); ok {
		err = wp.PostTo(pctx, sub.ChannelKey, r)
	} else {
		err = s.posters[p].Post(pctx, sub.Channel, r)
	}
	if err != nil {
		log.Warn("daily post: the notice that it paused could not be posted", "err", err)
	}
}

// release hands a claim back, to be claimed again from until.
func (s *Scheduler) release(ctx context.Context, c Claim, until time.Time, attempts int, detail string) {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	if err := s.store.Release(rctx, c, until, attempts, detail); err != nil && !errors.Is(err, ErrClaimLost) {
		s.logger().Error("daily post: could not hand a claim back; it is retried when its lease ends",
			"subscription", c.Sub.ID, "date", c.Date, "err", err)
	}
}

func (s *Scheduler) zone(name string) (*time.Location, error) {
	if loc, ok := s.zones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := LoadZone(name)
	if err != nil {
		return nil, err
	}
	s.zones.Store(name, loc)
	return loc, nil
}

// resolveTopics finds the subscription's topics in the catalog, and names
// the ones it no longer has.
func resolveTopics(c *briefings.Catalog, ids []string) (found []*briefings.Topic, missing []string) {
	for _, id := range ids {
		if t := c.TopicNamed(id); t != nil {
			found = append(found, t)
		} else {
			missing = append(missing, id)
		}
	}
	return found, missing
}

// reasonOf is what /subscriptions says about a failed post: the poster's
// Reason when it gave one, else fallback.
func reasonOf(err error, fallback string) string {
	var pe *PermanentError
	if errors.As(err, &pe) && pe.Reason != "" {
		return pe.Reason
	}
	return fallback
}

func platformTitle(p string) string {
	switch p {
	case Slack:
		return "Slack"
	case Discord:
		return "Discord"
	case Console:
		return "The console"
	}
	return p
}

// spanText writes a length of time for people, to the minute and in its
// two largest units: "7 hours", "1 hour 30 minutes", "3 days 2 hours".
// (time.Duration's String gives "7h0m0s", which /subscriptions would show
// as it is.)
func spanText(d time.Duration) string {
	if d < time.Minute {
		return plural(int(max(d, 0).Seconds()), "second")
	}
	m := int(d.Round(time.Minute) / time.Minute)
	units := []struct {
		n    int
		name string
	}{{m / (24 * 60), "day"}, {m / 60 % 24, "hour"}, {m % 60, "minute"}}
	var parts []string
	for _, u := range units {
		if u.n > 0 {
			parts = append(parts, plural(u.n, u.name))
		} else if len(parts) > 0 {
			break
		}
		if len(parts) == 2 {
			break
		}
	}
	return strings.Join(parts, " ")
}

// speller is how the platform's poster writes commands, or nil.
func (s *Scheduler) speller(p string) func(string) string {
	if sp, ok := s.posters[p].(Speller); ok {
		return sp.Spell
	}
	return nil
}

// spell writes a command line the way the platform's users type it.
func (s *Scheduler) spell(p, line string) string { return spell(s.speller(p), line) }
