package ingest_test

import (
	"testing"
)

// TestRound37bStateCommitteeForField: "the State Committee for <Field>"
// (or "on <Field>"), the form a state's agency of ministerial rank takes in
// the states that name their agencies so, is a state body the registry's
// convention names with its country, as it does a ministry; a party's
// "<Party> State Committee", with no remit after it, keeps its name.
func TestRound37bStateCommitteeForField(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "committee for a field, the dateline's country", reg: reg, paras: []string{
			"Canal repairs to close two sluices",
			"VESTBY (Norpress) - Two sluices on the northern irrigation canal will close for repairs from next week.",
			"The State Committee for Water Resources (GKVR) said the work would take \"no more than twenty days\" and that farmers had been told to fill their ponds first.",
			"Farmers below the sluices asked for the work to wait until after the harvest. A GKVR engineer said: \"The gates are rusted through and cannot wait another season.\"",
		}, want: map[string]string{
			"no more than twenty days":                                     "State Committee for Water Resources of Norland",
			"The gates are rusted through and cannot wait another season.": "State Committee for Water Resources of Norland",
		}},
		{name: "committee on a field", reg: reg, paras: []string{
			"Census results delayed",
			"VESTBY (Norpress) - The results of the spring census will be published a month late.",
			"The State Committee on Statistics said the delay was \"needed to check the returns from the mountain districts\".",
		}, want: map[string]string{
			"needed to check the returns from the mountain districts": "State Committee on Statistics of Norland",
		}},
	})
}

// TestRound37bJointStatementFirstBody: "<Body> and [the] <Body2> said in a
// joint statement" gives the statement's words to the first-named party,
// as a joint statement of two states is read; the first may be a firm's
// short name whose full form the article gave only in a person's title
// ("<Name> <Name2> <Head> CEO <Given> <Surname>"), and the second a name
// of two capitals read as a person's.
func TestRound37bJointStatementFirstBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "firm named in full only in a title", paras: []string{
			"Grain terminal deal agreed",
			"A firm from Sioux Falls wants to open a $90 million grain terminal beside Carver Lake.",
			"Larkspur Grain Partners CEO Dana Okafor-Lind said the terminal would load its first train in 2028. “Rail takes the grain lorries off the county lanes,” Okafor-Lind said Monday.",
			"Larkspur Grain and the Carver Township said in a joint statement that they had set up a fund to mend the lanes to the terminal. “The township keeps its lanes in repair, and the farmers get a nearer terminal.”",
		}, want: map[string]string{
			"The township keeps its lanes in repair, and the farmers get a nearer terminal.": "Larkspur Grain Partners",
		}},
		{name: "firm named in full before", paras: []string{
			"Wind farm agreement reached",
			"Carrow Wind Holdings will build forty turbines on the moor above Tellis, the company said on Monday.",
			"Carrow Wind Holdings and the Tellis Crofters said in a joint statement that a fund for the village would be set up. “The moor stays open to grazing, and the village shares in every turbine.”",
		}, want: map[string]string{
			"The moor stays open to grazing, and the village shares in every turbine.": "Carrow Wind Holdings",
		}},
	})
}

// TestRound37bEventSpeaksThroughItsBody: "the organisers of the <event>
// said" (a show, a fair, an expo), read as "the <event>", speaks for the
// body named for the event ("<Place> <Field> Fair"), even when the reader
// took that name, which never spoke before, for a person's.
func TestRound37bEventSpeaksThroughItsBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "organisers of the fair", paras: []string{
			"Goat classes dropped from the spring show",
			"Breeders will not show goats at this year's Ravensholm Livestock Fair after a cough spread through herds in the valley.",
			"The district vet said forty farms had reported sick animals.",
			"The organisers of the fair said the goat ring would stay empty “until every herd in the valley is clear” and that sheep classes would go ahead.",
		}, want: map[string]string{"until every herd in the valley is clear": "Ravensholm Livestock Fair"}},
		{name: "organizers of the expo", paras: []string{
			"Drones grounded at the trade expo",
			"Police grounded two camera drones over the Westbrook Farm Machinery Expo on Thursday.",
			"The organizers of the expo said no flights had been “cleared with the venue or with us” and that exhibitors would be reminded of the rules.",
		}, want: map[string]string{"cleared with the venue or with us": "Westbrook Farm Machinery Expo"}},
	})
}
