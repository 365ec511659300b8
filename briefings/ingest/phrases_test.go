package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestPhrasePatterns checks the phrases that attribute a quote or name its
// speaker another way — asides before a verb, attributing phrases, a title
// or a pronoun for someone named, state media's verbs, a body's people —
// one pattern a case, each on invented copy: the quote and the speaker a
// reader gives it.
func TestPhrasePatterns(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			// Asides between a body and its verb leave the body the speaker — a
			// where-clause about it ("X Hospital, where …, said") and a longer
			// note of where its statement was issued ("in a statement on its
			// social media page") — while a where-clause about a place in an
			// aside after a person's name ("X, of Y Church, where …, says") does
			// not make the place the speaker.
			name: "AttributionAsides",
			paras: []string{`Flood relief reaches the valley

Relief lorries reached the valley on Monday after four days of rain cut the only road.

Also, NORDMA, in a statement on its Facebook page today, said, "Our teams are on the ground in every village that the water reached."

Valley General Hospital, where most of the injured were taken over the weekend, said in a statement that its wards were "full but coping".

Pastor Daniel Okoth, of St. Brigid's Chapel, where families have slept since Friday, says the chapel will stay open. "We will not close the doors while anyone needs a roof," he says.`},
			want: map[string]string{
				"Our teams are on the ground in every village that the water reached.": "NORDMA",
				"full but coping": "Valley General Hospital",
				"We will not close the doors while anyone needs a roof": "Daniel Okoth",
			},
		},
		{
			// A person's name opening the clause, then two asides before the
			// verb ("X, chair of the Y Union (YU), a trade body, calls …"), or a
			// bracketed tag and an aside ("X (Ward 3), whose ward …, said"), is
			// the speaker; a sentence's opening place ("In A, B, X, who …,
			// said") is no aside.
			name: "TwoAsides",
			paras: []string{`Harbour plan splits town

Marta Lindqvist-Oyelaran, chair of the Coastal Fishers Union (CFU), a trade body, calls the plan "a slow death for the harbour".

Council member Dario Fenwick-Oduya (Ward 3), whose ward includes the harbour, said the plan showed "exactly who pays first".

In Kilbrae, Fife, Ewan Todd-Ferris, who runs the harbour, said the quay was "not safe for larger boats".`},
			want: map[string]string{
				"a slow death for the harbour": "Marta Lindqvist-Oyelaran",
				"exactly who pays first":       "Dario Fenwick-Oduya",
				"not safe for larger boats":    "Ewan Todd-Ferris",
			},
		},
		{
			// Phrases that attribute the quote beside them — "His words, “…”"
			// with a comma, as Nigerian copy writes it; "as my colleague at X,
			// Jane Doe, puts it"; "who used to say, “…”".
			name: "AttributionPhrases",
			paras: []string{`Drains to be cleared before the rains

The Commissioner for Works, Mr Babatunde Olaleye-Cole, said contractors would clear every major drain by June.

His words, "No contractor will be paid until the drains are open and the inspectors have signed off."

Engineers say the real problem is maintenance. As a former colleague of mine at the ministry, Ngozi Arinze-Bello, puts it, "a drain is only as good as the last time someone cleaned it."

In my first year I worked under an old foreman, Emeka Duru-Ikenna, who used to say, "Water always finds the lazy man's mistake."`},
			want: map[string]string{
				"No contractor will be paid until the drains are open and the inspectors have signed off.": "Babatunde Olaleye-Cole",
				"a drain is only as good as the last time someone cleaned it.":                             "Ngozi Arinze-Bello",
				"Water always finds the lazy man's mistake.":                                               "Emeka Duru-Ikenna",
			},
		},
		{
			// "the <title>" as the subject right after a named person spoke, or
			// right after a sentence with them as its subject, is that person
			// named another way — also when their title was given in an aside
			// the name was not read with ("X, a member of the Y committee,
			// told") or by the team they lead ("a team led by X") — but not when
			// the person was named with no title at all.
			name: "TitleAlone",
			paras: []string{`Council split over harbour levy

In the chamber, Tomas Rebane-Kivi, a member of the finance committee, told reporters that the levy would be reviewed in the spring.

"A levy nobody can explain is a levy nobody will pay," the councillor said.

Economist Dalia Varga-Horne believes that the levy was aimed at visitors rather than residents.

"Visitors do not vote here, and everyone at the town hall knows it," the analyst said.

Resident Ilse Marrow said the levy was unfair. Anna Lopez-Greer, 45, said she would pay it.

"We will look at it again," the senator said.

A Fund team led by Dr. Mira Castellanos-Obi visited the capital in May. Speaking at a press conference at the end of the visit, Dr. Castellanos-Obi said the programme was "on course".

Asked about the harbour levy, the mission chief said: "Local taxes are for the council to decide."`},
			want: map[string]string{
				"A levy nobody can explain is a levy nobody will pay":               "Tomas Rebane-Kivi",
				"Visitors do not vote here, and everyone at the town hall knows it": "Dalia Varga-Horne",
				"We will look at it again":                                          "unknown",
				"Local taxes are for the council to decide.":                        "Mira Castellanos-Obi",
			},
		},
		{
			// "affirmed", "assured … that" and "underlined", as state media and
			// government releases report speech, attribute the quote in their
			// clause; a state called by its form of government ("the Kingdom",
			// "the Republic") speaks when the registry knows it so.
			name: "StateMediaVerbs",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"the Kingdom", "Kingdom of Norland"}},
			}},
			paras: []string{`Norland hosts water forum

The Kingdom of Norland opened a regional forum on water security on Monday. Minister of Water Resources Halvard Bjornsen-Ode opened the forum.

The minister assured delegates that the network would be "ready before the summer" and underlined that water was "a duty every neighbour shares".

The Kingdom affirmed, in a statement issued at the close of the first day, its "full commitment to regional cooperation on water."`},
			want: map[string]string{
				"ready before the summer":                           "Halvard Bjornsen-Ode",
				"a duty every neighbour shares":                     "Halvard Bjornsen-Ode",
				"full commitment to regional cooperation on water.": "Norland",
			},
		},
		{
			// "her" or "his" later in a sentence whose subject is a description
			// the article gave a named person ("The official added that …, in
			// her words, “…”") is that person.
			name: "PronounAfterDescribedSpeaker",
			paras: []string{`Minister rejects new visa rules

Deputy Foreign Minister Lina Sarkis-Obeid criticised the rules on Monday. "They punish the families who have done nothing wrong," Sarkis-Obeid told reporters.

The official added that the rules hurt students too, who, in her words, "have been turned into bargaining chips."

The rules take effect in June.`},
			want: map[string]string{
				"have been turned into bargaining chips.": "Lina Sarkis-Obeid",
			},
		},
		{
			// "the bank's analysts" or "the firm's economists" are the people of
			// the body that spoke in the sentence just before, though another
			// bank was named earlier.
			name: "OwnersPeople",
			paras: []string{`Central bank holds rates

The Central Bank of Norland kept its main rate at 4.5 percent on Thursday.

Fjordline Bank Nordic said in a note to clients that it expects the first cut in March. "The bank is buying time, and the statement was more cautious than in June," the bank's economists wrote.`},
			want: map[string]string{
				"The bank is buying time, and the statement was more cautious than in June": "Fjordline Bank Nordic",
			},
		},
		{
			// A state's arm with no name of its own, known only by where it sits
			// ("the separatist leadership in X", "the rebel authorities in Y"),
			// speaks as that place.
			name: "ArmKnownByItsSeat",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Eastern Marches", Kind: "place", Role: "Breakaway region", Aliases: []string{"Varno"}},
			}},
			paras: []string{`Gas cut to breakaway region

Gas deliveries to the Eastern Marches stopped on January 1 after the transit deal expired.

The separatist leadership in Varno accused the capital of "freezing pensioners to win a quarrel" and asked for talks.`},
			want: map[string]string{
				"freezing pensioners to win a quarrel": "Eastern Marches",
			},
		},
		{
			// A speech verb right after "and", with no subject of its own,
			// shares the named subject of the clause's first speech verb, also
			// when words come between them ("X replied the next day that … and
			// asked her to “…”").
			name: "SecondVerbSharesNamedSubject",
			paras: []string{`Depot staff told to cope

Emails show the depot's manager was warned in March. A regional director who read the warning, Kiri Tamaki-Rowe, replied the next day that there was "no money left this year" and asked her to "make do with the vans we have."

The depot closed in June.`},
			want: map[string]string{
				"no money left this year":        "Kiri Tamaki-Rowe",
				"make do with the vans we have.": "Kiri Tamaki-Rowe",
			},
		},
		{
			// "Her new book argues that …" or "his column warned" is the author,
			// whom the pronoun means.
			name: "AuthoredWork",
			paras: []string{`Why towns built car parks

Greta Holmqvist-Adeyemi has spent 15 years studying how towns plan their streets, first as a surveyor and now as a lecturer. Her new book, The Road Between Us, argues that the car park is "the most expensive building nobody asked for."

The book is out in May.`},
			want: map[string]string{
				"the most expensive building nobody asked for.": "Greta Holmqvist-Adeyemi",
			},
		},
		{
			// A title with its complement after "on" ("the UN Special Envoy on
			// the region") is read whole back from the verb, so the holder the
			// story names next speaks, not "the region".
			name: "TitleOnComplement",
			paras: []string{`Envoy warns of famine in the north

Food stocks in the northern provinces will run out "within six weeks" without new convoys, the UN Special Envoy on the region told the Security Council on Tuesday.

Presenting her report, Special Envoy Dana Kovacs-Oduya said two convoys had been turned back at the border.`},
			want: map[string]string{"within six weeks": "Dana Kovacs-Oduya"},
		},
		{
			// "X says the reefs are “already bleached” — and explains why …"
			// keeps the quote X's: the words after the dash go on with the same
			// subject, they do not attribute it.
			name: "DashAndGoesOn",
			paras: []string{`Reef diver counts the losses

Marine biologist Dr. Ana Folau-Ritchie has dived the outer reef for 20 years. She says most of it is "already bleached" — and explains why she keeps diving anyway.

The reef lost a fifth of its coral last summer.`},
			want: map[string]string{"already bleached": "Ana Folau-Ritchie"},
		},
		{
			// A lead's "the <title> said" that names no holder is the person who
			// speaks first in the next paragraph, when no other title is given
			// them; a spokesperson or official stays unnamed.
			name: "LeadTitleNamedNext",
			paras: []string{`Ports to use drones for inspections

"Every ship will be checked before it docks, not after," the Minister of State for Maritime Affairs said on Monday, as the government announced drone inspections at all major ports.

Dr Halima Osei-Brandt said the first drones would fly at the northern port in March.

"Nothing will be delayed," a port official said.`},
			want: map[string]string{
				"Every ship will be checked before it docks, not after": "Halima Osei-Brandt",
				"Nothing will be delayed":                               "unknown",
			},
		},
	})
}

// TestLeadLeavesJudgeUnnamed: a lead's "after a judge said …" is the one
// person the story names further down with that title; with two judges
// named it stays unknown.
func TestLeadLeavesJudgeUnnamed(t *testing.T) {
	t.Parallel()
	one := `Former mayor jailed for fraud

A former mayor of Kilbrae who spent council money on holidays was jailed on Tuesday for three years, after a judge said he had "betrayed every voter in the county."

Thomas Eddery-Vance, 58, admitted fraud in May. Circuit Judge Helen Ashdown-Ray also ordered him to repay the money.`
	wantSpeakers(t, draftWith(t, nil, one), map[string]string{"betrayed every voter in the county.": "Helen Ashdown-Ray"})
	two := one + `

His appeal will be heard by Circuit Judge Omar Delacroix-Bem in March.`
	wantSpeakers(t, draftWith(t, nil, two), map[string]string{"betrayed every voter in the county.": "unknown"})
}
