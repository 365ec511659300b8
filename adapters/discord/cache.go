package discord

import (
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// responseCache keeps rendered responses to commands whose answer depends
// only on the catalog and the options typed: the same /status ukraine
// asked again is answered from here without rendering or encoding. A
// Catalog never changes once built, so entries are keyed by it and all go
// when the catalog is swapped. The cache is bounded in entries, and entries
// expire after a while anyway, so an answer can never be stale for long
// even if a command came to depend on something else.
type responseCache struct {
	mu      sync.RWMutex
	catalog *briefings.Catalog
	entries map[string]cached
	max     int
	ttl     time.Duration
}

type cached struct {
	body    []byte    // the whole response, ready to write
	reply   bot.Reply // for the bot's Observe hook
	expires time.Time
}

// Defaults of the response cache.
const (
	cacheEntries = 2048
	cacheTTL     = 10 * time.Minute
)

func newResponseCache(max int, ttl time.Duration) *responseCache {
	return &responseCache{entries: map[string]cached{}, max: max, ttl: ttl}
}

// get returns the response cached under key for catalog c.
func (rc *responseCache) get(c *briefings.Catalog, key []byte, now time.Time) (cached, bool) {
	rc.mu.RLock()
	e, ok := rc.entries[string(key)]
	same := rc.catalog == c
	rc.mu.RUnlock()
	if !ok || !same || now.After(e.expires) {
		return cached{}, false
	}
	return e, true
}

// put caches a response under key for catalog c, dropping every entry of an
// older catalog, and an arbitrary entry when the cache is full.
func (rc *responseCache) put(c *briefings.Catalog, key []byte, body []byte, r bot.Reply, now time.Time) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.catalog != c {
		rc.catalog = c
		clear(rc.entries)
	}
	if len(rc.entries) >= rc.max {
		for k := range rc.entries {
			delete(rc.entries, k)
			break
		}
	}
	rc.entries[string(key)] = cached{body: body, reply: r, expires: now.Add(rc.ttl)}
}
