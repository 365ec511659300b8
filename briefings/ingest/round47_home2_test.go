package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// draftTextAt drafts a plain-text article published at addr against reg.
func draftTextAt(t *testing.T, reg *briefings.Registry, text, addr string) *ingest.Draft {
	t.Helper()
	return draftRead(t, reg, text, "text/plain", addr)
}

// TestRound47HomeByAddress: a story that names no home country of its own
// but a neighbour in a sentence or two in passing is still the outlet's
// country's story: the country whose code ends the site's address is the
// home whose state bodies the copy names bare ("the Ministry of Health" →
// "Ministry of Health of <Country>"). A country the story names in three
// sentences or more, or an address without a country's code, leaves the
// count of the sentences to say the home, as before.
func TestRound47HomeByAddress(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Romania", Kind: "place", Role: "Country"},
		{Name: "Hungary", Kind: "place", Role: "Country"},
		{Name: "Ministry of Finance of Romania", Kind: "organisation", Role: "Romania's finance ministry"},
		{Name: "Ministry of Finance of Hungary", Kind: "organisation", Role: "Hungary's finance ministry"},
	}}
	const passing = `Rural clinics struggle to keep their night shifts

The clinic in Valea Mică has two doctors left for a district of nine villages, and the nearest hospital is an hour away by road. Its waiting room opens at seven. By eight every chair is taken.

Most patients are over seventy. Few of them drive.

Its manager has placed advertisements in Hungary and offers a flat above the pharmacy to anyone who will come.

In a written reply, the Ministry of Health said it was "reviewing the rules for rural allowances" and would publish a draft in the spring.

The manager said the offer had drawn two calls in a year.`
	const often = `Rural clinics struggle to keep their night shifts

The clinic in Valea Mică has two doctors left for a district of nine villages, and the nearest hospital is an hour away by road. Its waiting room opens at seven. By eight every chair is taken.

Most patients are over seventy. Few of them drive.

Its manager has placed advertisements in Hungary and offers a flat above the pharmacy to anyone who will come.

Most of the doctors who answered trained in Hungary, he said.

Clinics across the border in Hungary face the same shortage.

In a written reply, the Ministry of Health said it was "reviewing the rules for rural allowances" and would publish a draft in the spring.

The manager said the offer had drawn two calls in a year.`
	const q = "reviewing the rules for rural allowances"
	for _, tc := range []struct {
		name, text, addr, want string
	}{
		{"neighbour named once, the site's country", passing, "https://www.example.ro/stiri/clinics", "Ministry of Health of Romania"},
		// Near-misses: as before the rule.
		{"no country's code in the address", passing, "https://www.example.com/news/clinics", "Ministry of Health of Hungary"},
		{"the other country named in three sentences", often, "https://www.example.ro/stiri/clinics", "Ministry of Health of Hungary"},
		{"the site's own country named", passing, "https://www.example.hu/hirek/clinics", "Ministry of Health of Hungary"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantSpeakers(t, draftTextAt(t, reg, tc.text, tc.addr), map[string]string{q: tc.want})
		})
	}
}
