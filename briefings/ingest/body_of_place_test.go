package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestBodyOfPlace: a registry that lists the same kind of body for
// several states names each "<Body> of <Place>"; copy from one of them
// names its own without the place ("the Ministry of Trade said"). The
// short form is the registry body whose place the article names most,
// and stays as it is when the article names two equally, or none of
// their places while the registry lists more than one.
func TestBodyOfPlace(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Varnia", Role: "Country", Kind: "place", Aliases: []string{"Port Selby"}},
		{Name: "Keshia", Role: "Country", Kind: "place", Aliases: []string{"Amrit"}},
		{Name: "Norland", Role: "Country", Kind: "place"},
		{Name: "Ministry of Trade of Varnia", Role: "Varnian trade ministry", Kind: "organisation"},
		{Name: "Ministry of Trade of Keshia", Role: "Keshian trade ministry", Kind: "organisation"},
		{Name: "Ministry of Energy of Norland", Role: "Norland's energy ministry", Kind: "organisation"},
	}}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "the article's country",
			paras: []string{
				`Port Selby, May 3 - Varnia will cut tariffs on grain from June, officials said on Tuesday.`,
				`In a statement, the Ministry of Trade said the cut was "a temporary measure" to calm prices in Varnia.`,
			},
			reg:  reg,
			want: map[string]string{"a temporary measure": "Ministry of Trade of Varnia"},
		},
		{
			name: "the other country, by its capital",
			paras: []string{
				`Amrit, May 3 - Keshia will cut tariffs on grain from June, officials said on Tuesday. Varnia has asked for talks.`,
				`Traders in Keshia welcomed the cut. In a statement, the Ministry of Trade said the cut was "a temporary measure" for Keshia.`,
			},
			reg:  reg,
			want: map[string]string{"a temporary measure": "Ministry of Trade of Keshia"},
		},
		{
			name: "one entry, its place named",
			paras: []string{
				`Norland will keep two coal plants on standby this winter.`,
				`The Ministry of Energy said supply was "stable for now."`,
			},
			reg:  reg,
			want: map[string]string{"stable for now.": "Ministry of Energy of Norland"},
		},
		{
			name: "one entry, its place not named",
			paras: []string{
				`Grid operators will keep two coal plants on standby this winter.`,
				`The Ministry of Energy said supply was "stable for now."`,
			},
			reg: reg,
			// A state's ministry named bare, and the registry lists one
			// ministry of those words: that state's, as the convention
			// names it (round 50; was left bare before).
			want: map[string]string{"stable for now.": "Ministry of Energy of Norland"},
		},
	})
}
