package briefings

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed corpus
var embedded embed.FS

// DefaultCorpus returns the corpus built into the binary: the briefings
// curated from the first source article, served when BRIEFINGS_DIR is unset.
func DefaultCorpus() fs.FS {
	sub, err := fs.Sub(embedded, "corpus")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// Default loads the built-in corpus.
func Default() (*Catalog, error) {
	c, ps := Load(DefaultCorpus())
	if err := ps.Err(); err != nil {
		return nil, fmt.Errorf("built-in corpus: %w", err)
	}
	return c, nil
}

// Builtin reads the built-in corpus as a source of the catalog.
func Builtin() (*Corpus, error) {
	c, ps := ReadCorpus(DefaultCorpus())
	if err := ps.Err(); err != nil {
		return nil, fmt.Errorf("built-in corpus: %w", err)
	}
	c.Origin = OriginBuiltin
	for _, b := range c.Briefings {
		b.Origin = OriginBuiltin
	}
	return c, nil
}
