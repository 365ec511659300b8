package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound47DivisionBodies: a story placed in a first-level division of
// a federation (a province, a state: by its dateline, its title or its
// opening) names that division's bodies bare, and the draft keeps them
// so when the copy says the body is the division's ("the province's",
// "the provincial", "the state") or speaks of the
// division's government by its level: no "<Body> of <Country>" for a
// body that is no state body of the country. Near-misses keep the
// country: a national story, a remit only a federation holds, a body
// called federal, and a town that shares its name with another
// federation's state.
func TestRound47DivisionBodies(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Canada", Kind: "place", Role: "Country"},
		{Name: "Australia", Kind: "place", Role: "Country"},
		{Name: "Ministry of Finance of Canada", Kind: "organisation", Role: "Canada's finance ministry"},
		{Name: "Ministry of Health of Canada", Kind: "organisation", Role: "Canada's health ministry"},
		{Name: "Department of Finance of Australia", Kind: "organisation", Role: "Australia's finance department"},
		{Name: "Department of Health of Australia", Kind: "organisation", Role: "Australia's health department"},
	}}
	const q = "keeping a close watch on the ridge"
	story := func(dateline, title, body string) string {
		return title + "\n\n" + dateline + "Crews spent a third night on the slope above the highway as smoke drifted over the valley towns in Canada.\n\n" +
			"Residents of two streets were told to be ready to leave at short notice.\n\n" +
			"In an emailed reply, " + body + " said it was \"" + q + "\" and had moved two more crews to the area.\n\n" +
			"A resident said the smoke had kept her children indoors all week."
	}
	for _, tc := range []struct {
		name, text, addr, want string
	}{
		{"the province's body, a dateline in the province",
			story("KELOWNA, B.C. — ", "Smoke hangs over the valley", "the province's Ministry of Forests"),
			"https://www.example.ca/news/smoke", "Ministry of Forests"},
		{"a provincial body, the province in the title",
			story("", "Crews hold the ridge fire in Alberta", "the provincial Ministry of Forests"),
			"https://www.example.ca/news/smoke", "Ministry of Forests"},
		// Near-misses: the country stays.
		{"no division placed: a national story",
			story("", "Smoke hangs over the valley", "the Ministry of Forests"),
			"https://www.example.ca/news/smoke", "Ministry of Forests of Canada"},
		{"a federal body in a province's story",
			story("KELOWNA, B.C. — ", "Smoke hangs over the valley", "the federal Ministry of Forests"),
			"https://www.example.ca/news/smoke", "Ministry of Forests of Canada"},
		{"a remit only a federation holds",
			story("KELOWNA, B.C. — ", "Smoke hangs over the valley", "the province's Ministry of Immigration"),
			"https://www.example.ca/news/smoke", "Ministry of Immigration of Canada"},
		{"another federation's state as a town's name",
			story("VICTORIA — ", "Smoke hangs over the valley", "the province's Ministry of Forests"),
			"https://www.example.ca/news/smoke", "Ministry of Forests of Canada"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantSpeakers(t, draftTextAt(t, reg, tc.text, tc.addr), map[string]string{q: tc.want})
		})
	}
}
