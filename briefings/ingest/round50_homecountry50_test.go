package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50HomeCountry50 covers a bare state body in a story between two
// states: the outlet's own state, which its header's clock says, is the
// body's when the story names it, though the opening and most sentences
// name the other side; with no header or dateline to say it, the state
// whose ministers the copy leaves unmarked is the home, not the opening's
// state whose minister it names by nationality.
func TestRound50HomeCountry50(t *testing.T) {
	listed := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Nepal", Kind: "place", Role: "Country", Aliases: []string{"Kathmandu"}},
		{Name: "Bangladesh", Kind: "place", Role: "Country", Aliases: []string{"Dhaka"}},
		{Name: "Ministry of Foreign Affairs of Nepal", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Foreign Affairs of Bangladesh", Kind: "organisation", Role: "Ministry"},
	}}
	unlisted := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Nepal", Kind: "place", Role: "Country", Aliases: []string{"Kathmandu"}},
		{Name: "Bangladesh", Kind: "place", Role: "Country", Aliases: []string{"Dhaka"}},
		{Name: "Ministry of Health of Nepal", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Commerce of Bangladesh", Kind: "organisation", Role: "Ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the outlet's clock names the home of a listed ministry named bare",
			reg:  listed,
			paras: []string{
				"Visiting minister holds talks on river trade",
				"Posted 14 May 2027 at 16:20 NPT",
				"Bangladesh sent its State Minister for Foreign Affairs, Rafiqul Amanat, to talks on river trade on Tuesday.",
				"Bangladesh wants barges to carry jute and cement upriver before the monsoon, Amanat told reporters.",
				"Bangladesh will also open two more customs points, he said.",
				"Nepal agreed to study the proposal.",
				"The Ministry of Foreign Affairs said in a release that the talks were held in \"a candid and cordial spirit.\"",
			},
			want: map[string]string{"a candid and cordial spirit.": "Ministry of Foreign Affairs of Nepal"},
		},
		{
			name: "the outlet's clock names the home of an unlisted ministry named bare",
			reg:  unlisted,
			paras: []string{
				"Power deal extended for a second year",
				"Posted 2 June 2027 at 09:05 NPT",
				"Bangladesh agreed on Monday to keep buying surplus hydropower for another year, officials said.",
				"The Ministry of Energy said the first deliveries under the extension would \"start with the summer flows\".",
				"Nepal earned more from the sale last year than from any other export, the central bank said.",
			},
			want: map[string]string{"start with the summer flows": "Ministry of Energy of Nepal"},
		},
		{
			name: "the opening's state whose officials the copy marks by nationality is the other side",
			reg:  unlisted,
			paras: []string{
				"Fuel deal extended as grid operator warns of cuts",
				"Bangladesh agreed on Tuesday to extend its diesel supply deal with Nepal for another year.",
				"Bangladeshi Deputy Energy Minister Tanvir Hossain Mollik met Energy Minister Suresh Bhattarai on Monday.",
				"The Ministry of Energy said the two sides also discussed \"a second pipeline to the southern plains.\"",
			},
			want: map[string]string{"a second pipeline to the southern plains.": "Ministry of Energy of Nepal"},
		},
		{
			name: "near miss: both sides' ministers marked by nationality leave the opening's state",
			reg:  unlisted,
			paras: []string{
				"Fuel deal extended as grid operator warns of cuts",
				"Bangladesh agreed on Tuesday to extend its diesel supply deal with Nepal for another year.",
				"Bangladeshi Deputy Energy Minister Tanvir Hossain Mollik met the Nepali minister, Suresh Bhattarai, on Monday.",
				"The Ministry of Energy said the two sides also discussed \"a second pipeline to the southern plains.\"",
			},
			want: map[string]string{"a second pipeline to the southern plains.": "Ministry of Energy of Bangladesh"},
		},
		{
			name: "near miss: a clock of a state the story never names leaves the opening's state",
			reg:  unlisted,
			paras: []string{
				"Jute mills reopen after strike",
				"Posted 2 June 2027 at 09:05 NPT",
				"Bangladesh reopened its state jute mills on Monday after a three-week strike, officials said.",
				"The Ministry of Textiles said the mills would \"run two shifts until the backlog is cleared\".",
			},
			want: map[string]string{"run two shifts until the backlog is cleared": "Ministry of Textiles of Bangladesh"},
		},
	})
}
