package ingest

// TEMPORARY (branch feedcore): stand-ins for feedread's story prints, so
// the feed core compiles and its tests run before feedread lands. Deleted
// when feedread is merged; feedread's own file replaces it.

import (
	"hash/fnv"
	"slices"
	"strings"
)

// SameStory is the overlap at and above which two prints are one story.
const SameStory = 0.5

// StoryPrint fingerprints text: hashes of its 5-word shingles, the 64
// smallest.
func StoryPrint(text string) []uint64 {
	ws := strings.Fields(strings.ToLower(text))
	var out []uint64
	for i := 0; i+5 <= len(ws); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(ws[i:i+5], " ")))
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > 64 {
		out = out[:64]
	}
	return out
}

// ArticlePrint fingerprints an article's lead paragraphs.
func ArticlePrint(a *Article) []uint64 {
	n := min(len(a.Body), 4)
	return StoryPrint(strings.Join(a.Body[:n], " "))
}

// StoryOverlap is the share of the smaller print found in the other.
func StoryOverlap(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}
