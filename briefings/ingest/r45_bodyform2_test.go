package ingest_test

import "testing"

// TestR45Bodyform2StateBodyForms: a state's body named in a form other
// than the registry's convention, "<Body> of <Country>", is named by the
// convention: the head's office named bare in the convention's own order
// ("the Office of the <Title>"), a foreign ministry a country's possessive
// describes in lower case, a "<Field> <Head>" agency after a country's
// possessive, and a "<Country> Ministry of <Field>" with the country's
// name put first.
func TestR45Bodyform2StateBodyForms(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the office of the head named bare", reg: r44BodyformRegistry(), paras: []string{
			"Night buses to run past midnight",
			"LORVAINE, Quessany — The capital's night buses will keep running until two in the morning from next month.",
			`The Office of the President said the change would "help shift workers get home safely" after their late shifts.`,
		}, want: map[string]string{"help shift workers get home safely": "Office of the President of Quessany"}},
		{name: "a foreign ministry described through the possessive", reg: r44BodyformRegistry(), paras: []string{
			"Envoy recalled over fishing row",
			"Tembrook has recalled its envoy after a row over trawlers crossing into its waters last week.",
			`Tembrook's foreign ministry called the incursions "a deliberate test of our patience" in a note to reporters.`,
		}, want: map[string]string{"a deliberate test of our patience": "Ministry of Foreign Affairs of Tembrook"}},
		{name: "a field agency after the possessive", reg: r44BodyformRegistry(), paras: []string{
			"Logging permits frozen in the hills",
			"Tembrook will stop issuing new logging permits for the upland districts until the autumn survey is done.",
			`Tembrook's Forestry Agency said the pause would "give the replanted slopes a season to settle" before any new felling.`,
		}, want: map[string]string{"give the replanted slopes a season to settle": "Forestry Agency of Tembrook"}},
		{name: "a ministry with its country's name first", reg: r44BodyformRegistry(), paras: []string{
			"Bridge tolls to be scrapped",
			"Drivers crossing the two river bridges near the border will stop paying tolls at the end of the year.",
			`The Tembrook Ministry of Water, Roads and Bridges said the tolls had "long since paid for the spans" and could go.`,
		}, want: map[string]string{"long since paid for the spans": "Ministry of Water, Roads and Bridges of Tembrook"}},
	})
}
