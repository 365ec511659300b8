package ingest_test

import "testing"

// TestTitlesHeldAtBodies: a title held at a body or sent to a state
// ("<Title> at the <Body> of <Field> Dr. X Y", "Ambassador of <State> to
// the Republic of <State> Mr. X Y") runs on to the holder, whose plain
// honorific marks where the body ends and is no part of the title; "the
// <Title> of State" later is the holder of the longer title that opens so,
// not a visiting minister named nearer.
func TestTitlesHeldAtBodies(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "a title held at a ministry",
			paras: []string{
				`Minister of State at the Ministry of Trade Dr. Ilse Marenko-Vuori hosted Foreign Minister Tomas Rieder-Balk of Eastmark on Tuesday.`,
				`The Minister of State stressed "the value of open ports for both economies" during the talks.`,
				`"Our door stays open," Dr. Marenko-Vuori told journalists afterwards.`,
			},
			want: map[string]string{
				"the value of open ports for both economies": "Ilse Marenko-Vuori",
				"Our door stays open":                        "Ilse Marenko-Vuori",
			},
		},
		{
			name: "an envoy to another state",
			paras: []string{
				`Ambassador of the Republic of Norland to the Kingdom of Eastmark Mr. Joran Pell-Okafor visited the new clinic on Friday.`,
				`"The clinic will serve four villages," Ambassador Pell-Okafor said.`,
			},
			want: map[string]string{"The clinic will serve four villages": "Joran Pell-Okafor"},
		},
		{
			name: "an honorific between a short title and the name",
			paras: []string{
				`Minister of State Dr. Kwabena Osei-Lindqvist met Foreign Minister Pavel Strand-Mbeki of Westmark.`,
				`The Minister of State called the talks "a fresh start for both sides."`,
			},
			want: map[string]string{"a fresh start for both sides.": "Kwabena Osei-Lindqvist"},
		},
	})
}

// TestDayThenVerbAfterName: "<Title>, <Name>, on <Weekday> <verb>ed the
// <Title> of <State>, <Name>," — the words after the holder's comma are
// the sentence's predicate, its day first, not an aside describing the
// holder: the holder keeps the title before the name, which "the
// Minister" later means.
func TestDayThenVerbAfterName(t *testing.T) {
	t.Parallel()
	d := draftOf(t, nil, lead,
		`Housing minister shows Norland visitors the new brick works`,
		`The Minister of State for Housing (Rural Settlements), Dr. Mercy Akello-Wamala, on Thursday hosted the Assistant Minister for Ports of Norland, Pieter Vos-Ambani, at the brick works outside the capital.`,
		`The visitors toured the kilns and the drying sheds.`,
		`Assistant Minister Vos-Ambani asked about "the price of clay in the dry months", a question the Minister said she would answer in writing.`,
		`The Minister said: "Every district deserves a market that stays open in the rains."`)
	wantSpeakers(t, d, map[string]string{"Every district deserves a market that stays open in the rains.": "Mercy Akello-Wamala"})
}
