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
	for _, tc := range []struct {
		name  string
		paras []string
		want  map[string]string
	}{
		{"union local's number", []string{
			`The Harbour Pilots Union Local 417-B, which represents tug crews, said in a statement: "No crew will sail short-handed this winter."`,
		}, map[string]string{"No crew will sail short-handed this winter.": "Harbour Pilots Union Local 417-B"}},
		{"union local's plain number", []string{
			`"We were never consulted on the new rosters," said Bakers Union Local 88.`,
		}, map[string]string{"We were never consulted on the new rosters": "Bakers Union Local 88"}},
		{"the All opening a union's name", []string{
			`After the talks, the All Moravale Ferrymen's Union said the deal was "only a first step".`,
		}, map[string]string{"only a first step": "All Moravale Ferrymen's Union"}},
		{"Spanish en inside a body's name", []string{
			`Vecinos en Lucha said in a statement that the eviction was "an outrage against every family on the street".`,
		}, map[string]string{"an outrage against every family on the street": "Vecinos en Lucha"}},
		{"Now closing a campaign's name", []string{
			`The campaign group Open Borders Now posted on its website: "Every closed gate divides a family."`,
		}, map[string]string{"Every closed gate divides a family.": "Open Borders Now"}},
		{"lower-case now before the verb is no name", []string{
			`"The harbour will reopen next week," Mayor Elin Sørvik now says.`,
		}, map[string]string{"The harbour will reopen next week": "Elin Sørvik"}},
		{"name after a body's kind word", []string{
			`A representative of the organisation Fanmi Lakay Ansanm told the hearing that families "have waited two years for a roof".`,
		}, map[string]string{"have waited two years for a roof": "Fanmi Lakay Ansanm"}},
		{"given name after a body's kind word is a person", []string{
			`A spokesman for the ministry Ivan Petrenko said the talks were "going well".`,
		}, map[string]string{"going well": "Ivan Petrenko"}},
		{"rank opening a body's name", []string{
			`A spokesperson for Major Roads Canberra said the agency was "reviewing the detour plan" before the works start.`,
		}, map[string]string{"reviewing the detour plan": "Major Roads Canberra"}},
		{"rank before a person is left alone", []string{
			`A spokesperson for Major General Tomas Varga said the brigade was "ready to move within the week".`,
		}, map[string]string{"ready to move within the week": "Tomas Varga"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, reg, append([]string{lead}, tc.paras...)...)
			wantSpeakers(t, d, tc.want)
		})
	}
}
