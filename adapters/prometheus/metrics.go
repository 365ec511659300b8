// Package prometheus exports briefbot's metrics in the Prometheus text
// format: commands, answer latency, signature failures, daily posts,
// catalog reloads and store errors.
package prometheus

import (
	"net/http"
	"slices"
	"sync"
	"time"

	prom "github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// Metrics holds briefbot's collectors in their own registry, so tests and
// several bots in one process do not share counters. Its methods are safe
// for concurrent use and cheap enough for every request.
type Metrics struct {
	reg        *prom.Registry
	commands   *prom.CounterVec
	latency    *prom.HistogramVec
	signatures *prom.CounterVec
	posts      *prom.CounterVec
	reloads    *prom.CounterVec
	storeErrs  *prom.CounterVec
	catalog    *prom.GaugeVec
	changes    *prom.CounterVec
	drafts     *prom.CounterVec
	feeds      *prom.CounterVec

	// Every answered command counts in commands and latency; the series
	// each lands in are looked up once and kept here, by commandKey and by
	// platform, because WithLabelValues hashes and checks its labels on
	// every call: about 1% of a cached answer's instructions under the load
	// benchmark (callgrind, bench/README.md). Label values are bounded (see
	// Command), so these stay small.
	commandSeries sync.Map // commandKey -> prom.Counter
	latencySeries sync.Map // platform -> prom.Observer
}

type commandKey struct {
	cmd, platform string
	kind          bot.Kind
}

// New registers briefbot's metrics, with the Go runtime's and the
// process's.
func New() *Metrics {
	m := &Metrics{
		reg: prom.NewRegistry(),
		commands: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_commands_total",
			Help: "Commands answered, by command, platform and outcome (answer, not_found, usage, help, refused, failed).",
		}, []string{"command", "platform", "outcome"}),
		latency: prom.NewHistogramVec(prom.HistogramOpts{
			Name: "briefbot_command_duration_seconds",
			Help: "Time from a command's arrival in the core to its reply, by platform.",
			// From 50µs (a cached lookup) to 2.5 s (Slack's and Discord's
			// deadline is 3 s).
			Buckets: []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"platform"}),
		signatures: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_signature_failures_total",
			Help: "Platform requests refused because their signature, timestamp or size failed the check.",
		}, []string{"platform", "reason"}),
		posts: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_posts_total",
			Help: "Daily posts by platform and outcome: sent, skipped (nothing new), retried (one per retry), failed, missed (beyond the catch-up window), unknown (a replica stopped while sending it).",
		}, []string{"platform", "outcome"}),
		reloads: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_catalog_reloads_total",
			Help: "Reloads of the briefings folder by result: ok, or error (the last good catalog kept serving).",
		}, []string{"result"}),
		storeErrs: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_store_errors_total",
			Help: "Errors from the subscription store, by operation.",
		}, []string{"op"}),
		catalog: prom.NewGaugeVec(prom.GaugeOpts{
			Name: "briefbot_catalog_items",
			Help: "Briefings and quotes in the catalog being served, by kind and by source: builtin (the built-in corpus), folder (BRIEFINGS_DIR) or store (published with briefbot publish).",
		}, []string{"kind", "source"}),
		changes: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_content_changes_total",
			Help: "Changes to the published briefings this replica applied, by change: published (a new version) or retracted.",
		}, []string{"change"}),
		drafts: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_drafts_total",
			Help: "Drafts curators made in chat and what became of them on this replica: drafted, published, discarded, expired (unchanged for 14 days).",
		}, []string{"event"}),
		feeds: prom.NewCounterVec(prom.CounterOpts{
			Name: "briefbot_feed_events_total",
			Help: "Followed feeds' polls on this replica by outcome (unchanged: a 304; changed; failed) and their items (drafted; joined: the same story as a draft, added to it; item_retried: its article could not be fetched for now and is tried again at the next poll; item_failed).",
		}, []string{"event"}),
	}
	m.reg.MustRegister(m.commands, m.latency, m.signatures, m.posts, m.reloads, m.storeErrs, m.catalog, m.changes, m.drafts, m.feeds,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, o := range []string{"sent", "skipped", "retried", "failed", "missed", "unknown"} {
		for _, p := range []string{bot.Slack, bot.Discord, bot.Console} {
			m.posts.WithLabelValues(p, o) // present at zero, so rates work from the start
		}
	}
	m.reloads.WithLabelValues("ok")
	m.reloads.WithLabelValues("error")
	m.changes.WithLabelValues("published")
	m.changes.WithLabelValues("retracted")
	for _, e := range draftEvents {
		m.drafts.WithLabelValues(e)
	}
	for _, e := range feedEvents {
		m.feeds.WithLabelValues(e)
	}
	return m
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Command records one answered command; it has the signature of
// bot.Bot.Observe.
func (m *Metrics) Command(req bot.Request, r bot.Reply, took time.Duration) {
	cmd := req.Command
	if !known(cmd) {
		cmd = "unknown" // keep label values bounded whatever users type
	}
	k := commandKey{cmd, req.Platform, r.Kind}
	c, ok := m.commandSeries.Load(k)
	if !ok {
		c, _ = m.commandSeries.LoadOrStore(k, m.commands.WithLabelValues(cmd, req.Platform, bot.KindName(r.Kind)))
	}
	c.(prom.Counter).Inc()
	o, ok := m.latencySeries.Load(req.Platform)
	if !ok {
		o, _ = m.latencySeries.LoadOrStore(req.Platform, m.latency.WithLabelValues(req.Platform))
	}
	o.(prom.Observer).Observe(took.Seconds())
}

func known(cmd string) bool {
	for _, c := range bot.Commands() {
		if c.Name == cmd {
			return true
		}
	}
	return false
}

// SignatureFailure records a refused platform request; reason is a short
// fixed word such as "signature", "timestamp" or "too_large".
func (m *Metrics) SignatureFailure(platform, reason string) {
	m.signatures.WithLabelValues(platform, reason).Inc()
}

// Post records a daily post's outcome: "sent", "retried", "failed" or
// "missed".
func (m *Metrics) Post(platform, outcome string) {
	m.posts.WithLabelValues(platform, outcome).Inc()
}

// Reload records a reload of the briefings folder; err is nil on success.
func (m *Metrics) Reload(err error) {
	if err != nil {
		m.reloads.WithLabelValues("error").Inc()
		return
	}
	m.reloads.WithLabelValues("ok").Inc()
}

// Catalog records the size of the catalog being served, by source; every
// source is present, at zero when it serves nothing.
func (m *Metrics) Catalog(c *briefings.Catalog) {
	counts := map[string]briefings.SourceCount{}
	for _, sc := range c.Counts() {
		counts[sc.Origin] = sc
	}
	for _, o := range []string{briefings.OriginBuiltin, briefings.OriginFolder, briefings.OriginStore} {
		m.catalog.WithLabelValues("briefings", o).Set(float64(counts[o].Briefings))
		m.catalog.WithLabelValues("quotes", o).Set(float64(counts[o].Quotes))
	}
}

// ContentChanges records changes to the published briefings that this
// replica applied; it has the signature of bot.Follower.OnApply.
func (m *Metrics) ContentChanges(published, retracted int) {
	m.changes.WithLabelValues("published").Add(float64(published))
	m.changes.WithLabelValues("retracted").Add(float64(retracted))
}

var draftEvents = []string{"drafted", "published", "discarded", "expired"}

// Draft records a draft event; it has the signature of bot.Bot.OnDraft.
func (m *Metrics) Draft(event string) {
	for _, e := range draftEvents {
		if e == event {
			m.drafts.WithLabelValues(event).Inc()
			return
		}
	}
}

var feedEvents = []string{"unchanged", "changed", "failed", "drafted", "joined", "item_retried", "item_failed"}

// Feed records a feed poller's event; it has the signature of
// bot.FeedPoller.Observe.
func (m *Metrics) Feed(event string) {
	if slices.Contains(feedEvents, event) {
		m.feeds.WithLabelValues(event).Inc()
	}
}

// StoreError records an error from the subscription store.
func (m *Metrics) StoreError(op string) {
	m.storeErrs.WithLabelValues(op).Inc()
}
