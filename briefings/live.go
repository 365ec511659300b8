package briefings

import "sync/atomic"

// Live holds the catalog being served and lets a reload replace it in one
// step: readers see either the old catalog or the new one, never a mixture.
type Live struct {
	cur atomic.Pointer[Catalog]
}

// NewLive returns a Live serving c.
func NewLive(c *Catalog) *Live {
	l := &Live{}
	l.cur.Store(c)
	return l
}

// Catalog returns the catalog to answer the current request from. Callers
// keep the returned value for the whole request so one answer never mixes
// two catalogs.
func (l *Live) Catalog() *Catalog { return l.cur.Load() }

// Swap starts serving c.
func (l *Live) Swap(c *Catalog) { l.cur.Store(c) }
