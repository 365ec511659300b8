package ingest_test

import "testing"

// TestRound47JointListFirstParty: a joint statement whose parties the copy
// lists with commas before the last "and" ("<A>, <B>, <C> and the <D>")
// speaks for the first of the list, not for the first of the last pair;
// a pair alone, and a list outside the joint statement's sentence, stay
// as they were read.
func TestRound47JointListFirstParty(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "list of four states before the verb",
		paras: []string{"Four states urge restraint at the border\n\n" +
			"By Staff Reporter\n\n" +
			"In a joint statement, Norway, Spain, Portugal and the Netherlands said they were \"alarmed by the shelling of villages near the river.\"\n\n" +
			"\"We urge both armies to pull back their artillery,\" the statement said.\n\n" +
			"The fighting began on Monday."},
		want: map[string]string{
			"alarmed by the shelling of villages near the river.": "Norway",
			"We urge both armies to pull back their artillery":    "Norway",
		},
	}, {
		name: "list with a two-word state in the middle",
		paras: []string{"Donors pledge help for flooded delta\n\n" +
			"In a joint statement, Denmark, the United Kingdom, Austria and Belgium said they would \"stand with the families who lost their homes.\"\n\n" +
			"\"Our engineers are ready to help rebuild the dykes,\" the statement said."},
		want: map[string]string{
			"stand with the families who lost their homes.":     "Denmark",
			"Our engineers are ready to help rebuild the dykes": "Denmark",
		},
	}, {
		name: "near miss: a pair alone keeps its first party",
		paras: []string{"Two states urge restraint at the border\n\n" +
			"In a joint statement, Spain and the Netherlands said they were \"alarmed by the shelling of villages near the river.\"\n\n" +
			"\"We urge both armies to pull back their artillery,\" the statement said."},
		want: map[string]string{
			"alarmed by the shelling of villages near the river.": "Spain",
			"We urge both armies to pull back their artillery":    "Spain",
		},
	}, {
		name: "list opened by a fronted time phrase, capitals for their states",
		paras: []string{"Capitals warn on reactor fuel\n\n" +
			"Late on Friday, Oslo, Madrid and Lisbon said in a joint statement that they were \"gravely worried\" about the fuel stocks.\n\n" +
			"The agency will report next month."},
		want: map[string]string{
			"gravely worried": "Oslo",
		},
	}, {
		name: "near miss: a city before the pair is where they met",
		paras: []string{"Two states urge restraint at the border\n\n" +
			"In a joint statement issued after talks in Oslo, Spain and Portugal said they \"will reopen the consulates before the winter.\""},
		want: map[string]string{
			"will reopen the consulates before the winter.": "Spain",
		},
	}, {
		name: "near miss: a list with no joint statement is no party's voice",
		paras: []string{"Ships sent to the strait\n\n" +
			"Norway, Spain, Portugal and the Netherlands have sent ships to the strait this week.\n\n" +
			"\"The convoys will sail every second day,\" said Ingrid Solvang, a navy spokeswoman."},
		want: map[string]string{
			"The convoys will sail every second day": "Ingrid Solvang",
		},
	}})
}
