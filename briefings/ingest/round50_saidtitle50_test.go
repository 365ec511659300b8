package ingest_test

import "testing"

// TestRound50SaidTitle50 covers a quote followed by its speaker's long
// title and name: two titles in capitals joined by "and" after a body's
// initials ("said <ACR> President and CEO <Given> <Surname>", also set
// off by a comma), an ordinal opening the title ("First Vice Minister of
// <Field> and <ACR> <Name> told reporters"), a person noun and a name
// after "named" ("said a <trade> named <Name>"), and a member's party
// after "from" ("Member of Parliament from the <Party> <Name> stated:").
// The title is the role; the name speaks.
func TestRound50SaidTitle50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a body's initials, two titles joined by and, then the name",
			paras: []string{
				"Harbour firm posts record freight year",
				"The Norwick Harbour Company handled more cargo than ever last year, its annual report showed.",
				"\"We moved more boxes than in any year since the quay opened,\" said NHC President and CEO Martin Ellworth.",
			},
			want: map[string]string{"We moved more boxes than in any year since the quay opened": "Martin Ellworth"},
		},
		{
			name: "two titles joined by and, the name set off by a comma",
			paras: []string{
				"Harbour firm posts record freight year",
				"The Norwick Harbour Company handled more cargo than ever last year, its annual report showed.",
				"\"We moved more boxes than in any year since the quay opened,\" said the NHC President and CEO, Martin Ellworth.",
			},
			want: map[string]string{"We moved more boxes than in any year since the quay opened": "Martin Ellworth"},
		},
		{
			name: "an ordinal opens a long title before the name after the quote",
			paras: []string{
				"Valley rail line to reopen in spring",
				"The valley line will reopen in April after two years of repairs, officials said on Tuesday.",
				"\"The bridges are finished and the track is being tested,\" First Deputy Minister of Transport and NRA Helen Marsby told reporters at the depot in Castlefield.",
			},
			want: map[string]string{"The bridges are finished and the track is being tested": "Helen Marsby"},
		},
		{
			name: "a trade and a name after named",
			paras: []string{
				"Fishing boats stay in port as storm nears",
				"Most of the fleet at Corrin Bay stayed tied up on Monday as a storm approached the coast.",
				"\"Nobody goes out in this, not even for the crab pots,\" said a fisherman named Peter Caldway.",
			},
			want: map[string]string{"Nobody goes out in this, not even for the crab pots": "Peter Caldway"},
		},
		{
			name: "a person noun and a family name after surnamed",
			paras: []string{
				"Market traders count cost of flooding",
				"Stallholders at the Linmoor market spent Sunday clearing mud from their pitches after the river burst its banks.",
				"\"Three days of stock, gone in one night,\" said a trader surnamed Holbrook.",
			},
			want: map[string]string{"Three days of stock, gone in one night": "Holbrook"},
		},
		{
			name: "member of parliament from a party, then the name, before the quote",
			paras: []string{
				"Opposition demands inquiry into grain prices",
				"Opposition members called on Tuesday for an inquiry into the rise in grain prices.",
				"Member of Parliament from the Farmers' Alliance Party Richard Dunmore stated: \"The people who grow the grain are the last to be paid for it.\"",
			},
			want: map[string]string{"The people who grow the grain are the last to be paid for it.": "Richard Dunmore"},
		},
		{
			name: "MP from a party, then the name, after the quote",
			paras: []string{
				"Opposition demands inquiry into grain prices",
				"Opposition members called on Tuesday for an inquiry into the rise in grain prices.",
				"\"The people who grow the grain are the last to be paid for it,\" said MP from the Farmers' Alliance Party Richard Dunmore.",
			},
			want: map[string]string{"The people who grow the grain are the last to be paid for it": "Richard Dunmore"},
		},
	})
}
