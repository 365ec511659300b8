package bot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ChannelKey names a channel on a platform. Subscriptions belong to a
// channel: Slack channel ids are unique per workspace, Discord's per guild.
type ChannelKey struct {
	Platform  string // Console, Slack or Discord
	Workspace string // Slack team id or Discord guild id
	Channel   string
}

func (k ChannelKey) String() string { return k.Platform + "/" + k.Workspace + "/" + k.Channel }

// TimeOfDay is a local wall-clock time, in minutes after midnight (0–1439).
type TimeOfDay int

// String writes the time as HH:MM.
func (t TimeOfDay) String() string { return fmt.Sprintf("%02d:%02d", int(t)/60, int(t)%60) }

// Valid reports whether t is a time of day.
func (t TimeOfDay) Valid() bool { return t >= 0 && t < 24*60 }

// ParseTimeOfDay reads a time of day as people type it: 08:00, 8:00, 17:30,
// 0800, 8am, 8:30pm.
func ParseTimeOfDay(s string) (TimeOfDay, error) {
	bad := fmt.Errorf("“%s” is not a time of day; write it as HH:MM on a 24-hour clock, e.g. 08:00 or 17:30", s)
	v := strings.ToLower(strings.TrimSpace(s))
	pm, am := strings.HasSuffix(v, "pm"), strings.HasSuffix(v, "am")
	if pm || am {
		v = strings.TrimSpace(v[:len(v)-2])
	}
	var hs, ms string
	switch {
	case strings.ContainsAny(v, ":."):
		i := strings.IndexAny(v, ":.")
		hs, ms = v[:i], v[i+1:]
		if len(ms) != 2 {
			return 0, bad
		}
	case len(v) == 4 && !pm && !am:
		hs, ms = v[:2], v[2:]
	default:
		hs, ms = v, "00"
	}
	if hs == "" || len(hs) > 2 {
		return 0, bad
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || h < 0 || m < 0 || m > 59 {
		return 0, bad
	}
	switch {
	case pm || am:
		if h < 1 || h > 12 {
			return 0, bad
		}
		h %= 12
		if pm {
			h += 12
		}
	case h > 23:
		return 0, bad
	}
	return TimeOfDay(h*60 + m), nil
}

// Subscription is one daily post to a channel: its topics at a local time
// in a time zone.
type Subscription struct {
	ID int64 // assigned by the store
	ChannelKey
	Topics    []string  // topic ids, in the order given
	At        TimeOfDay // local time of the post
	TZ        string    // IANA time zone name, e.g. Europe/Berlin
	SkipEmpty bool      // no post on days with nothing new
	CreatedBy string    // user id
	Created   time.Time

	// Next is when the next post is due and NextDate its local date
	// (YYYY-MM-DD): the date is what a post is claimed under.
	Next     time.Time
	NextDate string
	// Paused says why posting stopped after a failure retrying cannot fix
	// (the bot was removed from the channel); "" while active.
	Paused string

	// The store keeps the fields below as posts finish. Store.UpdateChannel
	// stores LastPosted and Seen as given, so that topics moving between a
	// channel's subscriptions take their history along; it ignores the
	// others.

	// NextClaimed reports that a post for NextDate has been claimed (it may
	// be in flight or done): a schedule change must then start the day after.
	NextClaimed bool
	// LastPosted is when the last post went out; zero when none has.
	LastPosted time.Time
	// Seen is how far the posts have covered the briefings.
	Seen Watermark
	// Last is the outcome of the most recent post; zero when none finished.
	Last PostRecord

	// Inherit, on a subscription given to Store.UpdateChannel, names current
	// subscriptions of the channel whose quote history it takes on (for each
	// quote, the latest use wins), so that topics moved to it keep their
	// rotation of quotes of the day. It is not kept: subscriptions read back
	// have none.
	Inherit []int64
}

// Clone returns a copy that shares no slices with s.
func (s Subscription) Clone() Subscription {
	s.Topics = slices.Clone(s.Topics)
	s.Seen.IDs = slices.Clone(s.Seen.IDs)
	s.Inherit = slices.Clone(s.Inherit)
	return s
}

// PostRecord is how one daily post ended.
type PostRecord struct {
	Date   string // local date the post was for
	State  PostState
	Detail string // why, for anything but PostSent
	At     time.Time
}

// PostState is where a daily post stands.
type PostState string

// A post is claimed as PostPending, marked PostSending just before it is
// handed to the platform, and ends in one of the other states.
const (
	PostPending PostState = "pending"
	PostSending PostState = "sending"
	PostSent    PostState = "sent"
	PostSkipped PostState = "skipped" // nothing new, and the subscription skips such days
	PostMissed  PostState = "missed"  // the bot was down beyond the catch-up window
	PostFailed  PostState = "failed"  // the platform refused it, or retries ran out
	PostUnknown PostState = "unknown" // a replica died while sending it; not sent again
)

// Final reports whether a post in state s is over.
func (s PostState) Final() bool { return s != PostPending && s != PostSending && s != "" }
