package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound49Descr49City: "a city spokesperson" is the municipality the
// article names in full as "City of <Place>", though the registry lacks it
// and the reader kept its capitals as a person's.
func TestRound49Descr49City(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Prairie Health Authority", Kind: "organisation", Role: "Regional health authority"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a city spokesperson after the City of <Place> is named",
			reg:  reg,
			paras: []string{
				"Splash pads stay open late as heat lingers",
				"Forecasters expect three more days above 30 degrees across the valley.",
				"The City of Farrowdale said it would keep splash pads open until 10 p.m. \"Bring water and a hat, and come as late as you like,\" a city spokesperson said.",
			},
			want: map[string]string{"Bring water and a hat, and come as late as you like": "City of Farrowdale"},
		},
		{
			name: "near miss: a city spokesperson where the article names no City of",
			reg:  reg,
			paras: []string{
				"Splash pads stay open late as heat lingers",
				"Forecasters expect three more days above 30 degrees around Farrowdale.",
				"Pools will open an hour earlier. \"Bring water and a hat, and come as late as you like,\" a city spokesperson said.",
			},
			want: map[string]string{"Bring water and a hat, and come as late as you like": "unknown"},
		},
	})
}

// TestRound49Descr49WrittenBody: "the council" where the reader kept no
// council is the one registry body of that head word whose name or alias
// the article writes out; two such bodies are a coin toss.
func TestRound49Descr49WrittenBody(t *testing.T) {
	one := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Trade and Tariffs Council of the Southern League", Kind: "organisation", Role: "Southern League trade council",
			Aliases: []string{"SL Trade and Tariffs Council"}},
		{Name: "Southern League Secretariat", Kind: "organisation", Role: "Southern League secretariat"},
	}}
	two := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Trade and Tariffs Council of the Southern League", Kind: "organisation", Role: "Southern League trade council",
			Aliases: []string{"SL Trade and Tariffs Council"}},
		{Name: "Ports and Shipping Council of the Southern League", Kind: "organisation", Role: "Southern League ports council",
			Aliases: []string{"SL Ports and Shipping Council"}},
	}}
	story := []string{
		"SL Trade and Tariffs Council split over steel levy",
		"Delegates from nine member states failed on Monday to agree on a common steel levy.",
		"The council sat for six hours. In a communiqué issued at midnight, the council said it \"regrets that no consensus could be reached on the levy\".",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name:  "the council: the one registry council the headline writes",
			reg:   one,
			paras: story,
			want:  map[string]string{"regrets that no consensus could be reached on the levy": "Trade and Tariffs Council of the Southern League"},
		},
		{
			name:  "near miss: two registry councils written, no guess",
			reg:   two,
			paras: append([]string{"SL Trade and Tariffs Council, SL Ports and Shipping Council split over steel levy"}, story[1:]...),
			want:  map[string]string{"regrets that no consensus could be reached on the levy": "unknown"},
		},
	})
}
