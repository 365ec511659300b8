package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestLetterheadBody: in a body's own release, whose title opens with the
// body's name and a release label, "the Court" (or "the Commission") is
// that body, though the release names another of its kind first — the
// court below, a national commission — and the registry lists both.
// Without a letterhead the first body named with the word is kept.
func TestLetterheadBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Court of Appeal of the Northern Isles", Kind: "organisation", Role: "Appeal court"},
		{Name: "High Court of Vellmark", Kind: "organisation", Role: "Vellmark's High Court"},
	}}
	body := []string{
		"Ferry operator must refund cancelled crossings",
		"Skerry, 3 March 2025",
		"The High Court of Vellmark, hearing a passenger's claim, had found that the storm was \"an event beyond anyone's control\". It asked the Court of Appeal whether a forecast storm could excuse the operator.",
		"In today's judgment, the Court holds that a storm forecast three days ahead is \"a risk the operator can plan for\".",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the court's own release", reg: reg, paras: append([]string{"Court of Appeal of the Northern Isles\nPRESS RELEASE No 4/25"}, body...),
			want: map[string]string{"a risk the operator can plan for": "Court of Appeal of the Northern Isles", "an event beyond anyone's control": "High Court of Vellmark"}},
		{name: "no letterhead: the first court named", reg: reg, paras: body,
			want: map[string]string{"a risk the operator can plan for": "High Court of Vellmark"}},
	})
}
