package bot

import (
	"log/slog"
	"time"
)

// hold is a platform whose posts are held back because it refused the
// bot's credentials (ErrUnauthorized). A revoked token or a missing scope
// concerns every channel at once, so the scheduler treats it as the
// platform failing, not the channel: it pauses no subscription, tries one
// post at a time after a growing backoff instead of every due post, and
// tells the operator once. Trying them all would only pile up refusals
// (Discord bans an address for a while after 10,000 invalid requests in
// ten minutes) and a log line per channel.
type hold struct {
	until  time.Time // no post starts before this
	rounds int       // refusals in a row, for the backoff
}

// held returns until when posts to p are held back, if they are at now.
func (s *Scheduler) held(p string, now time.Time) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.holds[p]
	if h == nil || !now.Before(h.until) {
		return time.Time{}, false
	}
	return h.until, true
}

// refused records that p refused the bot's credentials at now and returns
// until when its posts are held. Several posts refused in the same round
// (those already on their way when the first answer came) extend the hold
// once. The first refusal tells the operator; the next ones only debug.
func (s *Scheduler) refused(log *slog.Logger, p string, now time.Time, err error) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.holds == nil {
		s.holds = map[string]*hold{}
	}
	h := s.holds[p]
	if h != nil && now.Before(h.until) {
		return h.until
	}
	first := h == nil
	if first {
		h = &hold{}
		s.holds[p] = h
	}
	h.rounds++
	h.until = now.Add(dailyRetry.Delay(h.rounds))
	if first {
		log.Error(platformTitle(p)+" refused the bot's credentials: daily posts there are held and retried until it accepts them; "+
			"renew the bot's token (or grant the permission it lacks). No subscription is paused for this.",
			"platform", p, "retry_at", h.until, "err", err)
	} else {
		log.Debug("credentials still refused; daily posts held", "platform", p, "retry_at", h.until, "err", err)
	}
	return h.until
}

// accepted records that p took a post, ending any hold, and tells the
// operator when one ends.
func (s *Scheduler) accepted(log *slog.Logger, p string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.holds[p] == nil {
		return
	}
	delete(s.holds, p)
	log.Info(platformTitle(p)+" accepts the bot's credentials again; daily posts resume", "platform", p)
}

// unauthorizedDetail is what /subscriptions says about a post given up on
// because the platform refused the bot's credentials.
func unauthorizedDetail(p string) string {
	return platformTitle(p) + " refused the bot's credentials (a revoked token or a missing permission) until the catch-up window ran out; the bot's administrator must renew them"
}
