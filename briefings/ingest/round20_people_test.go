package ingest_test

import "testing"

// TestRound20PeopleSurnameConfirms: a name in full whose given name the
// lists lack, set beside another name in the same sentence, is a person's
// once the copy calls them by their surname alone; "the <age>-year-old"
// or "the <Nationality>" after it then means them.
func TestRound20PeopleSurnameConfirms(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an age after the surname alone", paras: []string{
			"Home wrestler takes gold",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Tamerlan Dzhabrailov won the 86kg title with a late takedown against Romania's Sorin Vlădescu-Petre in the final.",
			`"My legs were empty but my head was not," said the 27-year-old.`,
			"Dzhabrailov had lost in the first round a year ago, and the medal lifted the home team to second in the table.",
			"The championships end on Sunday with the team events.",
		}, want: map[string]string{"My legs were empty but my head was not": "Tamerlan Dzhabrailov"}},
		{name: "a nationality after the surname alone", paras: []string{
			"Home rower wins the sculls",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Kairat Zhumabekov beat Serbia's Dušan Kovačević-Ilić by two lengths in the single sculls final.",
			"It was Zhumabekov's third win on the lake since the spring.",
			`"The wind was in our favour today," the Kazakh said.`,
		}, want: map[string]string{"The wind was in our favour today": "Kairat Zhumabekov"}},
	})
}

// TestRound20PeopleWholeFamily: a feature introduces a relative further
// out than parent, child or spouse the same way ("Her grandson <Given>,
// nine, …", "His niece <Given> …"): by the kin noun and a given name the
// lists may lack. The "he" or "she" of the next paragraph is that
// relative, not the story's subject.
func TestRound20PeopleWholeFamily(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a grandson named by his given name", paras: []string{
			"The last boatbuilder of the cove",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Osric Penhallow-Tregear has built wooden boats on the cove for fifty years. He says the timber gets harder to find every winter.",
			`"Oak used to come from the next valley," he says.`,
			"His grandson Tobiah, eleven, sweeps the shavings and hands him the clamps.",
			`"I want to build one on my own before I leave school," he says.`,
		}, want: map[string]string{
			"Oak used to come from the next valley":               "Osric Penhallow-Tregear",
			"I want to build one on my own before I leave school": "Tobiah",
		}},
		{name: "a niece named by her given name", paras: []string{
			"A bakery kept in the family",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Marguerite Ollivant-Besse opened the bakery in 1979 and still starts the ovens at four. She says flour has never cost so much.",
			`"We sell the bread at a loss some mornings," she says.`,
			"Her niece Solenne, nineteen, runs the counter on weekends.",
			`"The regulars come for the gossip as much as the bread," she says.`,
		}, want: map[string]string{
			"We sell the bread at a loss some mornings":             "Marguerite Ollivant-Besse",
			"The regulars come for the gossip as much as the bread": "Solenne",
		}},
	})
}

// TestRound20PeopleOneOfCrowd: "One of the <people>, who …, told <Outlet>
// that …" is someone from a crowd the copy does not name; the "he" or
// "she" of the quote after it is that person, unknown, not the official
// quoted before.
func TestRound20PeopleOneOfCrowd(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "one of the stranded drivers", paras: []string{
			"Ferry strike strands lorries at the port",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Transport Minister Radomir Velkovski-Stanić told reporters the ferries would sail again once the crews' pay talks were settled.",
			`"We cannot order the crews back, but we can keep talking," the minister said.`,
			"One of the stranded drivers, who has slept in his cab since Friday, told the Harbour Courier that the port had run out of water.",
			`"My load of cut flowers will be compost by Monday," he said.`,
		}, want: map[string]string{
			"We cannot order the crews back, but we can keep talking": "Radomir Velkovski-Stanić",
			"My load of cut flowers will be compost by Monday":        "unknown",
		}},
		{name: "one of the market women", paras: []string{
			"Market fire leaves traders counting losses",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Mayor Adaeze Okonkwo-Bright visited the burnt stalls on Thursday and promised a relief fund within the week.",
			`"No trader will be left to rebuild alone," she said.`,
			"One of the cloth sellers, who lost her whole stock, said the fund would come too late for the festive season.",
			`"The customers will not wait for us," she said.`,
		}, want: map[string]string{
			"No trader will be left to rebuild alone": "Adaeze Okonkwo-Bright",
			"The customers will not wait for us":      "unknown",
		}},
	})
}

// TestRound20PeoplePlacedTrader: "one <City> exporter", "a <Country>
// trader": a place before a lower-case noun of business after "a" or
// "one" is one of many of that kind there, described, not a body named
// "<City> exporter"; the quote's speaker is unknown. The place must be
// one the lists know (a country, a capital, a large city).
func TestRound20PeoplePlacedTrader(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "one city exporter", paras: []string{
			"Pepper prices hit a record",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Buyers from the Gulf paid the highest prices in a decade at Thursday's sale, brokers said.",
			`"The growers are happy, but our contracts were signed in spring," one Dakar exporter said. "We will lose money on every tonne."`,
		}, want: map[string]string{
			"The growers are happy, but our contracts were signed in spring": "unknown",
			"We will lose money on every tonne.":                             "unknown",
		}},
		{name: "a country trader", paras: []string{
			"Rice exports slow",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Shipments fell for a third month as freight rates climbed, port figures showed.",
			`"Nobody wants to book a ship at these prices," a Vietnam trader said.`,
		}, want: map[string]string{"Nobody wants to book a ship at these prices": "unknown"}},
	})
}
