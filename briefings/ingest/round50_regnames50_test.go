package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Regnames50 covers the article's own bodies over shorter or
// unnamed registry bodies: a fuller name whose tail is another registry
// body's name ("National <Body>" for "National <Body> of <Place>", not
// "<Body>"), "the company" for the firm whose executive spoke or whose
// name opened the sentence before, not a listed company named nearer, and
// "the <Head>" for the one body the article names so, not the registry's
// body that bare word names.
func TestRound50Regnames50(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "National Parks Board of Norland", Kind: "organisation", Role: "Norland's parks board"},
		{Name: "Parks Board", Kind: "organisation", Role: "Vestria's parks regulator"},
		{Name: "Norland", Kind: "place", Role: "Country"},
		{Name: "Aerodyne", Kind: "organisation", Role: "Valdorian aircraft manufacturer", Aliases: []string{"The Aerodyne Company"}},
		{Name: "Valdorian Trade Commission", Kind: "organisation", Role: "Valdoria's trade promotion agency"},
		{Name: "Northern Commission", Kind: "organisation", Role: "the northern union's executive", Aliases: []string{"Commission"}},
		{Name: "Valdoria", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a fuller name by its initials is the listed body of a place, not the body its tail names",
			reg:  reg,
			paras: []string{
				"Garden stall bids to be capped",
				"NORLAND — Bids for stalls at gardens managed by the National Parks Board (NPB) will be capped at N$1,800 a month from April next year, Minister Ola Brenn said in Parliament on Tuesday.",
				"He said NPB had found 30 cases this year in which the stallholder was not running the stall.",
				"In a statement after the sitting, NPB said: \"The cap will apply to all tenders from April 1. Details will be published on the NPB website.\"",
			},
			want: map[string]string{"The cap will apply to all tenders from April 1. Details will be published on the NPB website.": "National Parks Board of Norland"},
		},
		{
			name: "the company after its executive spoke is the firm the title names, not a listed maker named nearer",
			reg:  reg,
			paras: []string{
				"Harlow parts supplier to cut 200 jobs as Aerodyne slows output",
				"Fenwick Moulded Panels, a Harlow-based maker of cabin panels for Aerodyne jets, will lay off 200 workers over the next three months, the company said on Wednesday.",
				"The cuts follow Aerodyne's decision last month to slow production of its narrow-body jet.",
				"\"This is the hardest decision we have made,\" Fenwick Moulded CEO Nora Vell said. \"We cannot build parts that nobody will take.\"",
				"Vell said the company hoped to bring some workers back next year if Aerodyne raises output again.",
				"In a notice filed on Tuesday with the county labour office, the company said the layoffs were \"expected to last into next year\" and would hit both plants.",
			},
			want: map[string]string{"expected to last into next year": "Fenwick Moulded Panels"},
		},
		{
			name: "the company after a sentence a firm opens is that firm",
			reg:  reg,
			paras: []string{
				"Harlow parts supplier to cut 200 jobs",
				"Fenwick Moulded Panels, a Harlow-based maker of cabin panels, will lay off 200 workers, the company said on Wednesday.",
				"\"This is the hardest decision we have made,\" Fenwick Moulded CEO Nora Vell said.",
				"Aerodyne declined to comment on the supplier. In a statement, the company said: \"We are working with our partners to match output to demand.\"",
			},
			want: map[string]string{"We are working with our partners to match output to demand.": "Aerodyne"},
		},
		{
			name: "the Commission is the article's own commission, not the listed one it never names",
			reg:  reg,
			paras: []string{
				"READOUT: VTC Commissioner meets delegation of traders",
				"Korvath, 27 May 2025 – The Valdorian Trade Commission (VTC) today hosted a delegation of traders from Ostland led by businessman Pel Danner.",
				"Commissioner Ama Reth welcomed the delegation. \"Valdoria has opened sectors that were closed for decades,\" the Commissioner said.",
				"The two sides agreed to set up a joint team within 60 days.",
				"The Commission said the meeting was part of its effort to attract investment this year. \"Investment flows to Valdoria have recovered strongly,\" the Commission said.",
			},
			want: map[string]string{"Investment flows to Valdoria have recovered strongly": "Valdorian Trade Commission"},
		},
		{
			name: "near miss: the Commission the article names itself stays the listed one",
			reg:  reg,
			paras: []string{
				"Northern Commission warns on tariffs",
				"The Northern Commission warned on Monday that new tariffs would hurt trade, a week after the Valdorian Trade Commission called for them.",
				"\"Tariffs of this kind will cost jobs on both sides,\" the Commission said.",
			},
			want: map[string]string{"Tariffs of this kind will cost jobs on both sides": "Northern Commission"},
		},
	})
}
