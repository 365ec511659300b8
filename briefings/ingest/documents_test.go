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

// TestBodySpokespeople: a spokesperson the article does not name speaks
// for their body — an officeholder's spokesperson for the office the
// sentence before named, a spokesperson "for the <kind>" for the one
// body just named whose name ends in what the kind is described by, and
// a spokesperson of a body whose name has "for" or "of" inside it for
// that body, also with its acronym in brackets before the title ("a
// senior X (XYZ) official"), and an official "of" a body the article or
// the registry knows — and "the spokesman" or "the official" after
// one of them is the same body, not
// a spokeswoman named before.
func TestBodySpokespeople(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Elysian Palace", Kind: "organisation", Role: "Office of the president of Norland"},
		{Name: "Rail for Norland", Kind: "organisation", Role: "Norland's rail agency"},
		{Name: "Port City Water Supply and Sewerage Board", Kind: "organisation", Role: "Port city's water board", Aliases: []string{"Aquaport"}},
	}}
	cases := []struct {
		name, text string
		want       map[string]string
	}{
		{"an officeholder's spokesperson", `Norland leader backs tax rise

The Elysian Palace said the president supported the rise. Asked whether it broke a promise, the president's official spokeswoman said: "Nothing in the plan touches what families earn."

The vote is on Thursday.`,
			map[string]string{"Nothing in the plan touches what families earn.": "Elysian Palace"}},
		{"a spokesperson for the body's kind", `Ferries halted in the gale

Greyhaven Ferries cancelled every crossing from Kilbrae on Friday. "Nobody will sail until the wind drops below 40 knots," a spokesman for the ferry operator said.

Hauliers said lorries were queuing on the quay.`,
			map[string]string{"Nobody will sail until the wind drops below 40 knots": "Greyhaven Ferries"}},
		{"a body's acronym in brackets before the title", `Border fence work resumes

A senior Frontier Patrol Command (FPC) official said work on the fence had stopped for a day after villagers objected.

"The villagers were shown the maps. Nothing is being built on their land," the official said.`,
			map[string]string{"The villagers were shown the maps. Nothing is being built on their land": "Frontier Patrol Command"}},
		{"an official of a body named by its short name", `Water rationed in the port city

With the reservoirs below a third of capacity, the Port City Water Supply and Sewerage Board (Aquaport) will supply piped water only on alternate days from June.

"We are not in a crisis yet, but we will not wait for one," a senior official of Aquaport said on Sunday.`,
			map[string]string{"We are not in a crisis yet, but we will not wait for one": "Port City Water Supply and Sewerage Board"}},
		{"a body's name with for inside", `Trains cut as drivers strike

Union leader Mira Okafor said drivers had no choice. "We have been ignored for a year," she said.

A Rail for Norland spokesman said most lines would run a reduced timetable and warned of "long waits" at stations. "Passengers should check before they travel," the spokesman said.`,
			map[string]string{
				"long waits": "Rail for Norland",
				"Passengers should check before they travel": "Rail for Norland",
				"We have been ignored for a year":            "Mira Okafor",
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeakers(t, draftWith(t, reg, c.text), c.want)
		})
	}
}

// TestStatementSetOut: a statement set out after "X issued the following
// statement:" in several quotes, the first of them running over
// paragraphs, is X's in every quote; a quote set out on its own and
// signed under it with the title first and the name after the last comma
// is the signer's, on a web page also when the signature, marked as the
// quote's author, sits inside the blockquote.
func TestStatementSetOut(t *testing.T) {
	t.Parallel()
	text := `Fund team ends visit to Norland

A team led by Ms. Ingrid Solvang-Acheampong visited the capital from May 2 to 14. At the end of the visit, Ms. Solvang-Acheampong issued the following statement:

"The team and the authorities agreed on the main points of the budget for next year.

"Growth has held up better than expected, and prices have begun to settle."

"The authorities mean to cut the deficit gradually, and the team supports that course."

"We thank the authorities for their openness during the visit."

The board will discuss the review in July.

"Every region will feel the benefit of the new ferry routes."

Minister for Transport, Ports and Harbours, Tobias Lindqvist-Mensah

The routes open in September.`
	d := draftWith(t, nil, text)
	wantSpeakers(t, d, map[string]string{
		"The team and the authorities agreed on the main points of the budget for next year. Growth has held up better than expected, and prices have begun to settle.": "Ingrid Solvang-Acheampong",
		"The authorities mean to cut the deficit gradually, and the team supports that course.":                                                                         "Ingrid Solvang-Acheampong",
		"We thank the authorities for their openness during the visit.":                                                                                                 "Ingrid Solvang-Acheampong",
		"Every region will feel the benefit of the new ferry routes.":                                                                                                   "Tobias Lindqvist-Mensah",
	})

	page := `<html><head><title>Commission approves harbour scheme</title></head><body><article>
<h1>Commission approves harbour scheme</h1>
<p>The Commission has approved a scheme of €300 million to rebuild three harbours on the northern coast of Norland, under the rules on State aid.</p>
<p>The Commission found that the scheme is necessary and that it will not distort competition in the single market.</p>
<h2>Quote(s)</h2>
<blockquote><p>"Safe harbours keep coastal towns alive, and this scheme does that at a fair cost to taxpayers."</p>
<p class="quote-author">Executive Vice-President for Cohesion, Coasts and Islands, Marta Quintela-Borg</p></blockquote>
<p>The scheme will run until 2030.</p>
</article></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "")
	if err != nil {
		t.Fatal(err)
	}
	hd, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, hd, map[string]string{
		"Safe harbours keep coastal towns alive, and this scheme does that at a fair cost to taxpayers.": "Marta Quintela-Borg",
	})
}

// TestBodyByWhatItDoes: "the forecaster" or "the organisers" right after
// a body spoke in the same paragraph is that body; with no body speaking
// just before, it names no one.
func TestBodyByWhatItDoes(t *testing.T) {
	t.Parallel()
	text := `Gales close the coast road

The Norland Weather Service issued an amber warning for wind on Friday, saying gusts could reach 80 mph on the coast. "Do not drive on the coast road unless you must," the forecaster said on its website.

Fishers in Kilbrae kept their boats in harbour. "We will sail when it drops," the forecaster said.`
	d := draftWith(t, nil, text)
	wantSpeakers(t, d, map[string]string{
		"Do not drive on the coast road unless you must": "Norland Weather Service",
		"We will sail when it drops":                     "unknown",
	})
}

// TestBodyNamedAfterWhatItIs: a name set off after a description that
// says it is a body ("The company that runs the ferry, X, says") is that
// body, whom "it" means next.
func TestBodyNamedAfterWhatItIs(t *testing.T) {
	t.Parallel()
	text := `Bridge repairs run late

The firm that built the bridge, Kestrel Civil Works, says the repairs will take until spring. In a statement, it said it "stands by every weld on the structure."

Drivers face a 20-mile detour until then.`
	d := draftWith(t, nil, text)
	wantSpeakers(t, d, map[string]string{
		"stands by every weld on the structure.": "Kestrel Civil Works",
	})
}

// TestSpokespersonIntroducedLast: "the spokesperson" is the one the
// paragraph before introduced for a body, not an unnamed spokesperson of
// another body met further back.
func TestSpokespersonIntroducedLast(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Welsh Government", Kind: "organisation", Role: "Devolved government of Wales"},
		{Name: "Wales", Kind: "place", Role: "Country"},
	}}
	text := `Island ferry cancelled again

Harbour Lines cancelled Tuesday's sailing to the island for the fourth week running. A spokesperson said the ship was still under repair. The company said it was sorry for the disruption.

Local MS Carys Bowen-Ifan said islanders had run out of patience and that the council had written to the Welsh government asking for help.

A Welsh government spokesperson said two new ships would join the route by 2028.

The spokesperson added: "We know what these cancellations mean for the island, and we are working with the operator every day."`
	d := draftWith(t, reg, text)
	wantSpeakers(t, d, map[string]string{
		"We know what these cancellations mean for the island, and we are working with the operator every day.": "Welsh Government",
	})
}

// TestRegistryTheAlias: "the institute" is the registry body listed with
// that alias when the article names the body, over a body the article read
// with that head word from a longer phrase.
func TestRegistryTheAlias(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Institute of Weather", Kind: "organisation", Role: "National weather service", Aliases: []string{"IOW", "the institute"}},
	}}
	text := `Storm heads for the west coast

Institute of Weather senior forecaster Jonas Vik-Amundsen told reporters the storm would reach the coast by midnight.

The institute has warned of waves "well above anything seen this winter" along the west coast.`
	d := draftWith(t, reg, text)
	wantSpeakers(t, d, map[string]string{"well above anything seen this winter": "Institute of Weather"})
}

// TestSourceSetsOutPlans: "According to a draft seen by reporters, the X
// Board would … and “…”": a document no one is said to have issued sets out
// the named body's plans, which the quote is; a document whose issuer is
// named stays its issuer's.
func TestSourceSetsOutPlans(t *testing.T) {
	t.Parallel()
	text := `Quota cut smaller than feared

According to a draft agreement seen by reporters, the Northern Fisheries Board would limit the cut to a tenth and "look again at the quota when the spring survey is in."

Fishers had feared a cut of a third.`
	d := draftWith(t, nil, text)
	wantSpeakers(t, d, map[string]string{"look again at the quota when the spring survey is in.": "Northern Fisheries Board"})
}
