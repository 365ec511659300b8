package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r47PortfolioRegistry lists a country and two of its ministries, as a
// registry lists the bodies a story's unnamed ministers speak for.
func r47PortfolioRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Role: "Country", Kind: "place"},
		{Name: "Ministry of Health of Norland", Kind: "organisation"},
		{Name: "Ministry of Trade of Norland", Kind: "organisation"},
	}}
}

// TestR47UnnamedMinisterOfField: "the Minister of <Field>" in a news story
// that names no one holding that portfolio is neither a minister of
// another portfolio named before nor the company chief who spoke last: the
// words are the field's ministry's, when the registry lists it. The same
// portfolio's named holder, a past holder ("at the time") and a deputy stay
// as they were.
func TestR47UnnamedMinisterOfField(t *testing.T) {
	t.Parallel()
	reg := r47PortfolioRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "another portfolio's minister named before", reg: reg, paras: []string{
			"Clinic hours cut on the outer islands",
			"VELBY, Norland, March 3 — The Minister for Harbours, Kelem Varto-Ash, said on Monday that the ferry timetable was \"fixed until June.\"",
			"Residents of the outer islands have complained for months about clinics that open two days a week.",
			"The Minister of Health said in a statement that every clinic would \"open five days a week by the autumn.\"",
		}, want: map[string]string{
			"fixed until June.":                    "Kelem Varto-Ash",
			"open five days a week by the autumn.": "Ministry of Health of Norland",
		}},
		{name: "a company chief spoke just before", reg: reg, paras: []string{
			"Glassworks opens second furnace",
			"VELBY, Norland, May 9 — Norglass chief executive Oda Prell-Sande said the new furnace would \"double what we can ship to the mainland.\"",
			"The Minister of Trade, who attended the opening, said in a statement that the plant \"shows what the free zone was built for.\"",
		}, want: map[string]string{
			"double what we can ship to the mainland.": "Oda Prell-Sande",
			"shows what the free zone was built for.":  "Ministry of Trade of Norland",
		}},
		{name: "the same portfolio's holder named before", reg: reg, paras: []string{
			"Clinic hours to be extended",
			"VELBY, Norland, March 3 — The Minister of Health, Ansa Mirel-Koh, visited the outer islands on Monday.",
			"Residents have complained for months about clinics that open two days a week.",
			"The Minister of Health told residents that every clinic would \"open five days a week by the autumn.\"",
		}, want: map[string]string{
			"open five days a week by the autumn.": "Ansa Mirel-Koh",
		}},
		{name: "a past holder", reg: reg, paras: []string{
			"Nurses recall broken promise",
			"VELBY, Norland, March 3 — Nurses marched through the capital on Monday.",
			"In 2019 the Minister of Health at the time promised that pay would \"match the mainland within three years.\"",
		}, want: map[string]string{
			"match the mainland within three years.": "unknown",
		}},
		{name: "a deputy named before", reg: reg, paras: []string{
			"Glassworks opens second furnace",
			"VELBY, Norland, May 9 — The Deputy Minister of Trade, Ilse Harn-Dolo, opened the furnace on Friday.",
			"The Deputy Minister said the plant \"shows what the free zone was built for.\"",
		}, want: map[string]string{
			"shows what the free zone was built for.": "Ilse Harn-Dolo",
		}},
	})
}
