package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// draftWith drafts an article's text against a registry.
func draftWith(t *testing.T, reg *briefings.Registry, text string) *ingest.Draft {
	t.Helper()
	d, err := ingest.New(reg).Draft(ingest.ReadText(text), ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDocumentIssuers: a body speaks through a document the article says
// it issued — a statement "issued by" it or "from" it, a press release
// carrying its acronym, "the text" or "the document" for the statement a
// sentence before names — and not through one the article leaves
// unattributed.
func TestDocumentIssuers(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Harbour Water Authority", Kind: "organisation", Role: "Port city's water utility", Aliases: []string{"HWA"}},
		{Name: "Ministry of Fisheries of Norland", Kind: "organisation", Role: "Norland's fisheries ministry"},
		{Name: "Coastal States Forum", Kind: "organisation", Role: "Regional alliance", Aliases: []string{"CSF"}},
	}}
	cases := []struct {
		name, text string
		want       map[string]string
	}{
		{"issued by a body named by its kind", `Water cut to the old town

Taps in the old town ran dry on Sunday. The Harbour Water Authority said a main had burst under the bridge. "Crews worked through the night and supply returned by 6am," a statement issued by the utility said.

Residents queued at tankers for most of the day.`,
			map[string]string{"Crews worked through the night and supply returned by 6am": "Harbour Water Authority"}},
		{"according to a statement issued by a body", `Fishing talks end in Norland

Delegates from six countries met in the capital on Tuesday. According to a statement issued by the Ministry of Fisheries of Norland, the delegates "agreed to share catch data every month" and "set up a joint patrol."

The talks resume in May.`,
			map[string]string{
				"agreed to share catch data every month": "Ministry of Fisheries of Norland",
				"set up a joint patrol.":                 "Ministry of Fisheries of Norland",
			}},
		{"a press release with the body's acronym", `Water prices rise again

According to an HWA press release, bills will rise "by about a tenth" from April, after a year of repairs to the network.

Customers have complained for months.`,
			map[string]string{"by about a tenth": "Harbour Water Authority"}},
		{"the text means the statement just named", `Alliance backs fishing fleet

The Coastal States Forum voiced its support for the fleet in a statement on Monday and criticised what it called "unfair quotas".

"The CSF stands with every fisher whose living is at risk," the text said.

The fleet stays in port until Friday.`,
			map[string]string{"The CSF stands with every fisher whose living is at risk": "Coastal States Forum"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeakers(t, draftWith(t, reg, c.text), c.want)
		})
	}
}
