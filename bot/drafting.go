package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/time/rate"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// Fetcher fetches the page a link points to, for /draft. The wiring gives
// one built on the process's one guarded client (adapters/web), which
// refuses internal addresses and limits how many fetches run at once; its
// errors are written for the curator who gave the link.
type Fetcher interface {
	Fetch(ctx context.Context, link string) (*ingest.Page, error)
}

// ClientFetcher fetches with c through ingest.Fetch: only http and https,
// a 2xx answer, a web page or plain text, at most ingest.MaxBytes; c sets
// the time limit and, when it is adapters/web's, which addresses may be
// reached. An error that may pass (see ErrFetchTransient) is marked with
// ErrFetchTransient, and carries the server's Retry-After when it answered
// 429 or 503 with one (the feed poller waits at least that long before it
// tries the article again); its words are ingest.Fetch's either way.
func ClientFetcher(c *http.Client) Fetcher {
	if c == nil {
		c = http.DefaultClient
	}
	return clientFetcher{c}
}

type clientFetcher struct{ c *http.Client }

func (f clientFetcher) Fetch(ctx context.Context, link string) (*ingest.Page, error) {
	page, err := ingest.Fetch(ctx, f.c, link, ingest.MaxBytes)
	if err != nil && (fetchMayPass(err) || cutShort(ctx, err)) {
		return nil, transientFetch{err: err, retryAfter: retryAfterHeader(err)}
	}
	return page, err
}

// Drafting limits. A curator may start DraftBurst drafts at once and one
// more every DraftEvery after that (10 in 10 minutes, 5 at a time): more
// than any curator reads and checks, and few enough that a compromised or
// scripted account cannot make the bot fetch pages in bulk. The limit is
// per replica, on the bot's clock; the fetcher's cap on fetches at once is
// per replica too.
const (
	DraftEvery = time.Minute
	DraftBurst = 5
)

// Draft sizes: what a draft keeps of an article, so that every part fits
// the edit form (MaxFieldValue) and a card stays readable.
const (
	maxDraftText    = 40_000 // a message a draft is made from (Slack's message limit)
	maxLink         = 2048   // a link's length
	maxDraftQuotes  = 5 * quotesPerForm
	maxDraftPoints  = 12
	maxTitle        = 200
	maxPoint        = 500
	maxSpeakerName  = 80
	maxTopicName    = 60
	maxDraftTopics  = 8
	quotesPerForm   = MaxFormFields
	maxQuoteContext = 300
)

// DraftTTLDays is how many days a draft may stay unchanged before it is
// discarded; DraftTTL the same as a duration.
const (
	DraftTTLDays = 14
	DraftTTL     = DraftTTLDays * 24 * time.Hour
)

// draftLimits is the per-curator rate limit of /draft.
type draftLimits struct {
	mu sync.Mutex
	by map[string]*rate.Limiter
}

// take spends one draft of who's at now, or says how long until they have
// one.
func (l *draftLimits) take(who string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.by == nil {
		l.by = map[string]*rate.Limiter{}
	}
	lim := l.by[who]
	if lim == nil {
		lim = rate.NewLimiter(rate.Every(DraftEvery), DraftBurst)
		l.by[who] = lim
	}
	r := lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return d
	}
	return 0
}

// ingesterFor is an Ingester for one catalog's registry.
type ingesterFor struct {
	cat *briefings.Catalog
	in  *ingest.Ingester
}

// ingester returns an Ingester naming speakers and topics as c does, made
// once per catalog.
func (b *Bot) ingester(c *briefings.Catalog) *ingest.Ingester {
	if x := b.ing.Load(); x != nil && x.cat == c {
		return x.in
	}
	x := &ingesterFor{cat: c, in: ingest.New(c.Registry())}
	b.ing.Store(x)
	return x.in
}

// readArticle is ingest.Read; a test puts a reader that fails in its place.
var readArticle = ingest.Read

// draftPage reads a fetched page and drafts from it. The reader is a few
// thousand rules run on text from anywhere: a page that trips a bug in one
// must cost that page only, not the process and with it every replica
// polling the same feed, so a panic becomes an error and its stack goes to
// the log.
func (b *Bot) draftPage(log *slog.Logger, c *briefings.Catalog, page *ingest.Page) (a *ingest.Article, d *ingest.Draft, err error) {
	defer func() {
		if p := recover(); p != nil {
			log.Error("drafting a page panicked", "url", redact(page.URL), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			a, d, err = nil, nil, fmt.Errorf("drafting %s: %v", redact(page.URL), p)
		}
	}()
	a, err = readArticle(page.Body, page.ContentType, page.URL)
	if err != nil {
		return nil, nil, err
	}
	d, err = b.ingester(c).Draft(a, ingest.Options{URL: page.URL, Now: b.now})
	return a, d, err
}

// linkPattern finds web addresses in a message.
var linkPattern = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"'` + "`" + `]+`)

// otherScheme finds a link of another kind than the web's (ftp://, file://).
var otherScheme = regexp.MustCompile(`(?i)\b([a-z][a-z0-9+.-]{1,20})://\S`)

// firstLink returns the first http(s) address in text, without the
// punctuation that ends the sentence around it.
func firstLink(text string) string {
	m := linkPattern.FindString(text)
	for m != "" {
		r, size := utf8.DecodeLastRuneInString(m)
		if !strings.ContainsRune(".,;:!?)]}>»”’", r) {
			break
		}
		if r == ')' && strings.Count(m, "(") >= strings.Count(m, ")") {
			break // a Wikipedia-style address ending in its own parenthesis
		}
		m = m[:len(m)-size]
	}
	return m
}

func draftCmd(ctx context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	if b.Drafts == nil || b.Content == nil || b.Fetcher == nil {
		return Reply{Kind: Refused, Title: "Drafting is off", Text: "This bot has no store for drafts, so it cannot draft briefings from links. Its administrator can turn it on with DATABASE_URL."}
	}
	if req.Workspace == "" {
		return Reply{Kind: Refused, Title: "Draft from a channel", Text: "Drafts belong to a workspace or server, where its curators review them: draft from one of its channels, not from a direct message."}
	}
	link := req.Arg("url")
	if link == "" {
		link = strings.TrimSpace(req.Text)
	}
	if !strings.HasPrefix(strings.ToLower(link), "http://") && !strings.HasPrefix(strings.ToLower(link), "https://") || strings.ContainsAny(link, " \t\n") {
		// A message (the shortcut, the context menu) or a line with words
		// around the link.
		link = firstLink(link)
	}
	switch {
	case link == "" && strings.TrimSpace(req.Text) == "" && req.Arg("url") == "":
		return usage(req, lookup("draft"), "Which article? Give its link, starting with https://.")
	case link == "" && otherScheme.MatchString(req.Text+" "+req.Arg("url")):
		scheme := strings.ToLower(otherScheme.FindStringSubmatch(req.Text + " " + req.Arg("url"))[1])
		return Reply{Kind: Usage, Title: "Not a web page's link",
			Text: fmt.Sprintf("I fetch only web pages, whose links start with http:// or https://, not %s:// links.", scheme)}
	case link == "":
		return Reply{Kind: Usage, Title: "No link to draft from", Text: "That message has no link to draft from: a link starts with http:// or https://.",
			Note: "For example: " + req.cmd("/draft https://example.com/2026/03/02/talks-resume")}
	case len(link) > maxLink:
		return Reply{Kind: Usage, Title: "That link is too long", Text: fmt.Sprintf("The link is %d characters long; I fetch links of up to %d.", len(link), maxLink)}
	}
	if u, err := url.Parse(link); err != nil || u.Host == "" {
		return Reply{Kind: Usage, Title: "That is not a link I can read", Text: "A link looks like https://example.com/news/story; check it and try again."}
	}
	who := Actor(req.Platform, req.Workspace, req.User)
	now := b.now()
	if wait := b.limits.take(who, now); wait > 0 {
		return Reply{Kind: Refused, Title: "One moment",
			Text: fmt.Sprintf("You have drafted %d links in the last few minutes, as many as I draft for one curator at a time; you can draft the next in %s.", DraftBurst, roundWait(wait))}
	}
	log := b.logger().With("request_id", req.ID, "platform", req.Platform)

	page, err := b.Fetcher.Fetch(ctx, link)
	if err != nil {
		log.Info("draft: fetch refused or failed", "link", redact(link), "err", err)
		return fetchFailed(link, err)
	}
	_, d, err := b.draftPage(log, c, page)
	if err != nil {
		return notAnArticle(link, err)
	}
	draft := Draft{
		State: DraftOpen, Platform: req.Platform, Workspace: req.Workspace, Channel: req.Channel, URL: link,
		By: who, ByName: req.UserName, At: now, ChangedBy: who, ChangedByName: req.UserName, Changed: now,
		Briefing: d.ID, Content: draftContent(d),
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	stored, err := b.Drafts.CreateDraft(sctx, draft)
	if err != nil {
		log.Error("draft: store", "err", err)
		return storeFailed()
	}
	b.event("drafted")
	log.Info("drafted", "draft", stored.ID, "link", redact(link), "quotes", len(stored.Content.Quotes))
	return b.card(c, stored)
}

// redact writes a link for the log without what may identify a reader
// (its query).
func redact(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return "(unparsable)"
	}
	u.RawQuery, u.Fragment, u.User = "", "", nil
	return u.String()
}

// roundWait writes a wait for people: "40 seconds", "2 minutes".
func roundWait(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d seconds", max(1, int((d+time.Second-1)/time.Second)))
	}
	m := int((d + time.Minute - 1) / time.Minute)
	if m == 1 {
		return "a minute"
	}
	return fmt.Sprintf("%d minutes", m)
}

// fetchFailed answers a link that was refused or could not be fetched,
// with the reason ingest.Fetch gave (adapters/web's refusals among them),
// never anything fetched.
func fetchFailed(link string, err error) Reply {
	why := fetchWhy(err)
	r := Reply{Kind: Failed, Title: "I could not draft from that link", Note: "Nothing was drafted."}
	if refused, ok := strings.CutPrefix(why, "refused: "); ok {
		r.Kind = Refused
		r.Text = fmt.Sprintf("I did not fetch %s: %s. I fetch only public web pages (http:// or https://).", link, refused)
		return r
	}
	if strings.Contains(why, "not a web address") {
		r.Kind = Usage
		r.Text = fmt.Sprintf("%s is not a web address: a link starts with http:// or https://.", link)
		return r
	}
	r.Text = fmt.Sprintf("Fetching %s failed: %s.", link, why)
	return r
}

// fetchWhy is why a fetch failed, without the link (ingest.Fetch says
// "fetch URL: reason") or a closing full stop.
func fetchWhy(err error) string {
	why := err.Error()
	if rest, ok := strings.CutPrefix(why, "fetch "); ok {
		if _, r, ok := strings.Cut(rest, ": "); ok {
			why = r
		}
	}
	return strings.TrimSuffix(why, ".")
}

// notAnArticle answers a page that was fetched but holds no article.
func notAnArticle(link string, err error) Reply {
	why := err.Error()
	switch {
	case errors.Is(err, ingest.ErrEmpty), errors.Is(err, ingest.ErrBinary), errors.Is(err, ingest.ErrNoText):
	default:
		why = "could not be read as an article"
	}
	return Reply{Kind: Failed, Title: "That page is not an article I can draft from",
		Text: fmt.Sprintf("The page at %s %s.", link, why), Note: "Nothing was drafted. Try the link of the article itself, not a list or a front page."}
}

func storeFailed() Reply {
	return Reply{Kind: Failed, Title: "The store is not answering", Text: "I could not reach the store where drafts are kept. Nothing was changed; please try again in a minute."}
}

// draftContent is what a draft keeps of ingest's draft: everything, within
// the sizes the edit form takes.
func draftContent(d *ingest.Draft) DraftContent {
	dc := DraftContent{
		Title: clip(oneLine(d.Title), maxTitle), Date: d.Date, DateFrom: d.DateFrom,
		Summary: clipSentences(strings.Join(d.Summary, " "), MaxFieldValue),
		Notes:   append([]string(nil), d.Notes...),
		Source: DraftSource{ID: d.Source.ID, Title: d.Source.Title, Outlet: d.Source.Outlet, Author: d.Source.Author,
			URL: d.Source.URL, Published: d.Source.Published},
	}
	for _, t := range d.Topics {
		dc.Topics = append(dc.Topics, t.ID)
	}
	total := 0
	for _, p := range d.Points {
		text := clip(oneLine(p.Text), maxPoint)
		if len(dc.Points) == maxDraftPoints || total+utf8.RuneCountInString(text)+1 > MaxFieldValue {
			break
		}
		total += utf8.RuneCountInString(text) + 1
		dc.Points = append(dc.Points, DraftPoint{Text: text, Speaker: p.Speaker})
	}
	for i, q := range d.Quotes {
		if i == maxDraftQuotes {
			dc.Notes = append(dc.Notes, fmt.Sprintf("the article has %d more quotes; the draft keeps the first %d", len(d.Quotes)-i, maxDraftQuotes))
			break
		}
		dc.Quotes = append(dc.Quotes, DraftQuote{Text: q.Text, Speaker: q.Speaker, Said: q.Said, Check: q.Check})
	}
	for _, s := range d.New {
		dc.NewSpeakers = append(dc.NewSpeakers, DraftSpeaker{Name: s.Name, Role: s.Role, Kind: s.Kind, Aliases: s.Aliases})
	}
	if len(d.Names) > 0 {
		parts := make([]string, 0, len(d.Names))
		for _, n := range d.Names {
			parts = append(parts, fmt.Sprintf("%s (%d)", n.Name, n.Count))
		}
		dc.Notes = append(dc.Notes, "names the article uses often that are not topics: "+strings.Join(parts, ", ")+"; Edit adds one as a topic when you write it with a + (+"+d.Names[0].Name+")")
	}
	return dc
}

// oneLine puts text on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// clip cuts s to n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// clipSentences cuts text to at most n characters at a sentence's end, or
// at a word when one sentence is longer.
func clipSentences(text string, n int) string {
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	r := []rune(text)[:n]
	cut := string(r)
	if i := strings.LastIndexAny(cut, ".!?"); i > n/2 {
		return cut[:i+1]
	}
	return clip(text, n)
}
