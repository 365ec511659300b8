package briefings

// Hooks for the external tests, which may use internal/corpusgen.

// WithChanges exposes the overlay to the tests.
func (c *Catalog) WithChanges(put map[string]*Briefing, addS []*Speaker, addT []*Topic) *Catalog {
	return c.withChanges(put, addS, addT)
}

// NewCatalogAvg builds a catalog that scores with the mean document length
// avg, as an overlay over a base with that mean does.
func NewCatalogAvg(reg *Registry, bs []*Briefing, avg float64) *Catalog {
	return newCatalog(reg, bs, avg)
}

// AvgLen is the mean document length the catalog's base scores with.
func (c *Catalog) AvgLen() float64 { return c.ix.avgLen }

// HasOverlay reports whether the catalog has changes over its base.
func (c *Catalog) HasOverlay() bool { return c.ov != nil }
