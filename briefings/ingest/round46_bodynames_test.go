package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestBodyNamesRound46: a body's name the reader cut at its start or
// end — a union local's number, "the All …", a Spanish "en" between its
// words, a closing "Now", a name after a body's kind word, and a rank
// word opening a body's name — with the near-misses each rule leaves
// alone.
func TestBodyNamesRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "union local's number",
			paras: []string{
				`The Harbour Pilots Union Local 417-B, which represents tug crews, said in a statement: "No crew will sail short-handed this winter."`,
			},
			reg:  reg,
			want: map[string]string{"No crew will sail short-handed this winter.": "Harbour Pilots Union Local 417-B"},
		},
		{
			name: "union local's plain number",
			paras: []string{
				`"We were never consulted on the new rosters," said Bakers Union Local 88.`,
			},
			reg:  reg,
			want: map[string]string{"We were never consulted on the new rosters": "Bakers Union Local 88"},
		},
		{
			name: "the All opening a union's name",
			paras: []string{
				`After the talks, the All Moravale Ferrymen's Union said the deal was "only a first step".`,
			},
			reg:  reg,
			want: map[string]string{"only a first step": "All Moravale Ferrymen's Union"},
		},
		{
			name: "Spanish en inside a body's name",
			paras: []string{
				`Vecinos en Lucha said in a statement that the eviction was "an outrage against every family on the street".`,
			},
			reg:  reg,
			want: map[string]string{"an outrage against every family on the street": "Vecinos en Lucha"},
		},
		{
			name: "Now closing a campaign's name",
			paras: []string{
				`The campaign group Open Borders Now posted on its website: "Every closed gate divides a family."`,
			},
			reg:  reg,
			want: map[string]string{"Every closed gate divides a family.": "Open Borders Now"},
		},
		{
			name: "lower-case now before the verb is no name",
			paras: []string{
				`"The harbour will reopen next week," Mayor Elin Sørvik now says.`,
			},
			reg:  reg,
			want: map[string]string{"The harbour will reopen next week": "Elin Sørvik"},
		},
		{
			name: "name after a body's kind word",
			paras: []string{
				`A representative of the organisation Fanmi Lakay Ansanm told the hearing that families "have waited two years for a roof".`,
			},
			reg:  reg,
			want: map[string]string{"have waited two years for a roof": "Fanmi Lakay Ansanm"},
		},
		{
			name: "given name after a body's kind word is a person",
			paras: []string{
				`A spokesman for the ministry Ivan Petrenko said the talks were "going well".`,
			},
			reg:  reg,
			want: map[string]string{"going well": "Ivan Petrenko"},
		},
		{
			name: "rank opening a body's name",
			paras: []string{
				`A spokesperson for Major Roads Canberra said the agency was "reviewing the detour plan" before the works start.`,
			},
			reg:  reg,
			want: map[string]string{"reviewing the detour plan": "Major Roads Canberra"},
		},
		{
			name: "rank before a person is left alone",
			paras: []string{
				`A spokesperson for Major General Tomas Varga said the brigade was "ready to move within the week".`,
			},
			reg:  reg,
			want: map[string]string{"ready to move within the week": "Tomas Varga"},
		},
	})
}
