package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// The feed commands: /follow, /feeds and /unfollow. A channel that
// follows a feed is its review channel: the poller (FeedPoller) posts the
// cards of the drafts made from it there.

// feedsOff answers when the bot cannot follow feeds, or nil when it can.
func (b *Bot) feedsOff(req Request) *Reply {
	if b.Feeds == nil || b.FeedReader == nil || b.Drafts == nil || b.Content == nil || b.Fetcher == nil {
		return &Reply{Kind: Refused, Title: "Following feeds is off",
			Text: "This bot has no store for drafts and feeds, so it cannot follow news feeds. Its administrator can turn it on with DATABASE_URL."}
	}
	if req.Workspace == "" {
		return &Reply{Kind: Refused, Title: "Follow from a channel",
			Text: "A feed's drafts are posted in the channel that follows it, for its workspace's curators: follow it from one of its channels, not from a direct message."}
	}
	return nil
}

// feedInterval is how often feeds are fetched, for the answers.
func (b *Bot) feedInterval() time.Duration {
	if b.Poller != nil && b.Poller.Interval > 0 {
		return b.Poller.Interval
	}
	return DefaultFeedInterval
}

func followCmd(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if r := b.feedsOff(req); r != nil {
		return *r
	}
	if setting, off := b.PostsOff[req.Platform]; off {
		return Reply{Kind: Failed, Title: "Feeds cannot post here yet",
			Text: fmt.Sprintf("A followed feed's drafts are posted in its channel, and this bot cannot post on this %s: its administrator needs to add %s. Nothing was followed.",
				placeName(req.Platform), setting)}
	}
	cmd := lookup("follow")
	link, topicText := req.Arg("url"), req.Arg("topics")
	if link == "" {
		ws := strings.Fields(req.Text)
		if len(ws) > 0 {
			link, topicText = ws[0], strings.Join(ws[1:], " ")
		}
	}
	switch low := strings.ToLower(link); {
	case link == "":
		return usage(req, cmd, "Which feed? Give its address, starting with https://.")
	case !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "https://"):
		if m := otherScheme.FindStringSubmatch(link); m != nil {
			return Reply{Kind: Usage, Title: "Not a web address",
				Text: fmt.Sprintf("I read feeds only from the web, whose addresses start with http:// or https://, not %s:// ones.", strings.ToLower(m[1]))}
		}
		return usage(req, cmd, fmt.Sprintf("“%s” is not a web address: a feed's address starts with http:// or https://.", clip(link, 80)))
	case len(link) > maxLink:
		return Reply{Kind: Usage, Title: "That address is too long", Text: fmt.Sprintf("The address is %d characters long; I follow addresses of up to %d.", len(link), maxLink)}
	}
	if u, err := url.Parse(link); err != nil || u.Host == "" {
		return Reply{Kind: Usage, Title: "That is not an address I can read", Text: "A feed's address looks like https://example.com/news/rss.xml; check it and try again."}
	}
	var topics []*briefings.Topic
	if strings.TrimSpace(topicText) != "" {
		ts, err := topicsIn(c, topicText)
		if err != nil {
			r := topicNotFound(req, c, err, "follow")
			for i := range r.Actions {
				r.Actions[i].Command = strings.Replace(r.Actions[i].Command, "/follow ", "/follow "+link+" ", 1)
			}
			return r
		}
		if len(ts) > maxDraftTopics {
			return usage(req, cmd, fmt.Sprintf("That is %d topics; a feed's drafts take up to %d.", len(ts), maxDraftTopics))
		}
		topics = ts
	}
	log := b.logger().With("request_id", req.ID, "platform", req.Platform)
	// Reading a feed is a fetch a curator causes, as a /draft is: the same
	// allowance, so no account can make the bot fetch in bulk.
	if wait := b.limits.take(Actor(req.Platform, req.Workspace, req.User), b.now()); wait > 0 {
		return Reply{Kind: Refused, Title: "One moment",
			Text: fmt.Sprintf("You have had me fetch %d links or feeds in the last few minutes, as many as I fetch for one curator at a time; you can follow the next in %s.", DraftBurst, roundWait(wait))}
	}

	page, err := b.FeedReader.Read(ctx, link, FeedValidators{})
	if err != nil {
		log.Info("follow: the feed could not be read", "link", redact(link), "err", err)
		return followFailed(link, err)
	}
	now := b.now()
	who := Actor(req.Platform, req.Workspace, req.User)
	f := Feed{
		Platform: req.Platform, Workspace: req.Workspace, Channel: req.Channel,
		URL: page.URL, Title: clip(oneLine(page.Title), maxTitle),
		By: who, ByName: req.UserName, At: now,
		// Due now, so the poller primes it at once. The validators of this
		// read are not kept: the first poll must read the items, not be
		// told they are unchanged.
		FeedState: FeedState{Next: now},
	}
	if f.URL == "" {
		f.URL = link
	}
	if len(f.URL) > maxLink {
		// The address is stored, listed and said in every notice.
		return Reply{Kind: Usage, Title: "That feed's address is too long",
			Text: fmt.Sprintf("The page advertises a feed whose address is %d characters long; I follow addresses of up to %d. Nothing was followed.", len(f.URL), maxLink)}
	}
	for _, t := range topics {
		f.Topics = append(f.Topics, t.ID)
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	stored, err := b.Feeds.AddFeed(sctx, f)
	switch {
	case errors.Is(err, ErrFeedExists):
		return Reply{Kind: Usage, Title: "This channel already follows it",
			Text: fmt.Sprintf("%s is followed here already. %s shows how its fetches go.", feedName(f), req.cmd("/feeds"))}
	case err != nil:
		log.Error("follow: store", "err", err)
		return storeFailed()
	}
	if b.Poller != nil {
		b.Poller.Wake()
	}
	log.Info("following a feed", "feed", stored.ID, "url", redact(stored.URL))
	r := Reply{Kind: Answer, Title: "Following " + feedName(stored)}
	paras := []string{}
	if stored.URL != link {
		paras = append(paras, fmt.Sprintf("The page you gave advertises this feed: %s. I follow that.", stored.URL))
	}
	paras = append(paras, fmt.Sprintf("Its newest %d stories are being drafted now; after that, every new one is drafted as it appears (I look every %s). "+
		"Each draft's review card is posted in this channel, for any curator here to publish, edit or discard. Nothing is published until a curator does.",
		FeedFirstDrafts, spanText(b.feedInterval())))
	if len(f.Topics) > 0 {
		word := "topics"
		if len(f.Topics) == 1 {
			word = "topic"
		}
		paras = append(paras, "Every draft from it gets the "+word+" "+topicNamesByID(c, f.Topics)+", besides those the article names.")
	}
	r.Text = strings.Join(paras, "\n\n")
	r.Note = req.cmd("/feeds") + " lists this channel's feeds and how their fetches go; " + req.cmd("/unfollow <url or number>") + " stops one."
	return r
}

// feedName is a feed as answers name it: “title” (url), or its url.
func feedName(f Feed) string {
	if t := strings.TrimSpace(f.Title); t != "" {
		return fmt.Sprintf("“%s” (%s)", t, f.URL)
	}
	return f.URL
}

// followFailed answers a /follow whose feed could not be read: nothing is
// followed.
func followFailed(link string, err error) Reply {
	var fe *FeedError
	why := err.Error()
	if errors.As(err, &fe) {
		why = fe.Why
	}
	// Bounded and on one line: a page may advertise a feed at an address
	// as long as the page.
	why = strings.TrimSuffix(clip(oneLine(why), maxFeedWhy), ".")
	r := Reply{Kind: Failed, Title: "I could not follow that", Note: "Nothing was followed."}
	switch {
	case fe != nil && fe.NotAFeed:
		r.Kind = Usage
		r.Title = "That is not a feed"
		r.Text = fmt.Sprintf("%s is not a feed: %s. Give the address of an RSS, Atom or JSON feed, or of a page that advertises one (sites often link it as “RSS”).",
			link, strings.TrimPrefix(why, "not a feed: "))
	case strings.HasPrefix(why, "refused: "):
		r.Kind = Refused
		r.Text = fmt.Sprintf("I did not fetch %s: %s. I read only public web addresses (http:// or https://).", link, strings.TrimPrefix(why, "refused: "))
	default:
		r.Text = fmt.Sprintf("Reading %s failed: %s. Check the address, or try again later.", link, why)
	}
	return r
}

func feedsCmd(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if r := b.feedsOff(req); r != nil {
		return *r
	}
	feeds, fail := b.channelFeeds(ctx, req)
	if fail != nil {
		return *fail
	}
	if len(feeds) == 0 {
		return Reply{Kind: Answer, Title: "No feeds here", Text: "This channel follows no news feed yet.",
			Note: "Follow one with " + req.cmd("/follow <url> [topic…]") + ", e.g. " + req.cmd("/follow https://example.com/world/rss.xml ukraine") + "."}
	}
	return feedList(b, c, req, feeds, "Feeds this channel follows", "")
}

// feedList lists feeds, numbered as /unfollow takes them.
func feedList(b *Bot, c *briefings.Catalog, req Request, feeds []Feed, title, text string) Reply {
	now := b.now()
	loc := b.DefaultTZ
	if loc == nil {
		loc = time.UTC
	}
	r := Reply{Kind: Answer, Title: title, Text: text}
	for i, f := range feeds {
		sec := Section{Title: fmt.Sprintf("%d. %s", i+1, pick(f.Title != "", f.Title, f.URL))}
		sec.Items = append(sec.Items, Item{Text: f.URL})
		if len(f.Topics) > 0 {
			sec.Items = append(sec.Items, Item{Text: "Topics: " + topicNamesByID(c, f.Topics)})
		}
		switch {
		case f.LastOK.IsZero() && f.LastFetch.IsZero():
			sec.Items = append(sec.Items, Item{Text: "Not fetched yet."})
		case f.LastOK.IsZero():
			sec.Items = append(sec.Items, Item{Text: "Never fetched successfully."})
		default:
			sec.Items = append(sec.Items, Item{Text: "Last fetched: " + whenText(f.LastOK, now, loc)})
		}
		if f.LastError != "" {
			state := fmt.Sprintf("Failing: %s (last tried %s", strings.TrimSuffix(f.LastError, "."), whenText(f.LastFetch, now, loc))
			if f.Failures > 1 {
				state += fmt.Sprintf("; %d failures in a row", f.Failures)
			}
			sec.Items = append(sec.Items, Item{Text: state + ")."})
		}
		if f.ItemError != "" {
			sec.Items = append(sec.Items, Item{Text: fmt.Sprintf("Last problem with an item: %s (%s).", strings.TrimSuffix(f.ItemError, "."), whenText(f.ItemErrorAt, now, loc))})
		}
		next := "Next fetch: " + whenText(f.Next, now, loc)
		if !f.Next.After(now) {
			next = "Next fetch: now"
		}
		sec.Items = append(sec.Items, Item{Text: next}, Item{Text: "Drafts made: " + strconv.Itoa(f.Drafts)})
		r.Sections = append(r.Sections, sec)
	}
	r.Note = req.cmd("/unfollow <number>") + " stops following one; " + req.cmd("/follow <url> [topic…]") + " adds one."
	return r
}

// channelFeeds reads the channel's feeds, or answers why it could not.
func (b *Bot) channelFeeds(ctx context.Context, req Request) ([]Feed, *Reply) {
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	feeds, err := b.Feeds.ChannelFeeds(sctx, req.Platform, req.Workspace, req.Channel)
	if err != nil {
		b.logger().Error("feeds: store", "request_id", req.ID, "err", err)
		r := storeFailed()
		return nil, &r
	}
	return feeds, nil
}

func unfollowCmd(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if r := b.feedsOff(req); r != nil {
		return *r
	}
	which := req.Arg("feed")
	if which == "" {
		which = strings.TrimSpace(req.Text)
	}
	which = strings.Trim(which, "<>")
	if which == "" {
		return usage(req, lookup("unfollow"), "Which feed? Give its address, or its number in "+req.cmd("/feeds")+".")
	}
	feeds, fail := b.channelFeeds(ctx, req)
	if fail != nil {
		return *fail
	}
	var found *Feed
	if n, err := strconv.Atoi(strings.TrimPrefix(which, "#")); err == nil {
		if n >= 1 && n <= len(feeds) {
			found = &feeds[n-1]
		}
	} else {
		for i, f := range feeds {
			if sameLink(f.URL, which) {
				found = &feeds[i]
				break
			}
		}
	}
	if found == nil {
		if len(feeds) == 0 {
			return Reply{Kind: NotFound, Title: "No feeds here", Text: "This channel follows no feed, so there is none to stop."}
		}
		return feedList(b, c, req, feeds, "Not a feed of this channel",
			fmt.Sprintf("This channel follows no feed “%s”. It follows these; give the address or the number.", clip(which, 100)))
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	if err := b.Feeds.RemoveFeed(sctx, found.ID); err != nil && !errors.Is(err, ErrNoFeed) {
		b.logger().Error("unfollow: store", "request_id", req.ID, "err", err)
		return storeFailed()
	}
	b.logger().Info("unfollowed a feed", "request_id", req.ID, "feed", found.ID, "url", redact(found.URL))
	return Reply{Kind: Answer, Title: "Stopped following " + feedName(*found),
		Text: fmt.Sprintf("No more drafts come from it. The %s it made stay; %s lists those still open.", countWord(found.Drafts, "draft", "drafts"), req.cmd("/drafts"))}
}

// sameLink reports whether two addresses name the same feed: the same
// after case in scheme and host, and a trailing slash.
func sameLink(a, b string) bool {
	norm := func(s string) string {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil {
			return s
		}
		u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
		u.Path = strings.TrimSuffix(u.Path, "/")
		return u.String()
	}
	return norm(a) == norm(b)
}
