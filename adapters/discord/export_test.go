package discord

// ClearCache empties the response cache, for benchmarks of the uncached
// path.
func (x *Interactions) ClearCache() {
	x.cache.mu.Lock()
	clear(x.cache.entries)
	x.cache.mu.Unlock()
}
