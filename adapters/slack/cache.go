package slack

import (
	"sync"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// Cache keeps the rendered answers of pure commands (bot.Command.Pure): their answer depends only
// on the catalog and the command line, and a catalog never changes once built, so an answer is
// good for as long as the bot serves the same catalog. A new catalog (curators saved a file)
// empties the cache. It is bounded by entries and bytes; when either bound is reached it starts
// over, which costs one render per question asked again. It is safe for concurrent use.
type Cache struct {
	maxEntries, maxBytes int

	mu      sync.RWMutex
	catalog *briefings.Catalog
	m       map[string]map[string]*cacheEntry // command -> text -> answer
	entries int
	bytes   int
}

type cacheEntry struct {
	answer
	reply bot.Reply
}

// NewCache returns a cache of at most maxEntries answers and maxBytes of JSON.
func NewCache(maxEntries, maxBytes int) *Cache {
	return &Cache{maxEntries: maxEntries, maxBytes: maxBytes}
}

// get returns the answer to "/name text" from catalog c, or nil.
func (c *Cache) get(cat *briefings.Catalog, name, text string) *cacheEntry {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.catalog != cat {
		return nil
	}
	return c.m[name][text]
}

func (c *Cache) put(cat *briefings.Catalog, name, text string, a answer, r bot.Reply) {
	size := len(a.body) + len(name) + len(text)
	if size > c.maxBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.catalog != cat || c.entries >= c.maxEntries || c.bytes+size > c.maxBytes {
		c.catalog, c.m, c.entries, c.bytes = cat, map[string]map[string]*cacheEntry{}, 0, 0
	}
	byText := c.m[name]
	if byText == nil {
		byText = map[string]*cacheEntry{}
		c.m[name] = byText
	}
	if _, ok := byText[text]; !ok {
		c.entries++
		c.bytes += size
	}
	byText[text] = &cacheEntry{answer: a, reply: r}
}

// Len returns how many answers the cache holds.
func (c *Cache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.entries
}
