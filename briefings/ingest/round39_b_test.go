package ingest_test

import "testing"

// TestRound39bProvinceOwnedBody: "<Province>'s Ministry of <Field>" and
// "<Province>'s <field> ministry", of a province no list knows, are
// "Ministry of <Field> of <Province>" when the registry names the state
// bodies it lists with their state; a group's possessive ("the <Group>'s
// …", a name the copy gives with the article) is no province's.
func TestRound39bProvinceOwnedBody(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a province's ministry, capitalised", reg: reg, paras: []string{
			"Whiteshell campgrounds stay shut after spring flood",
			"Three campgrounds in Whiteshell Provincial Park will stay closed into July after the Winnipeg River flooded their lower loops, park staff said.",
			"Manitoba's Ministry of Parks and Lands said on its website that it would “reopen the campgrounds one at a time as the water drops” and refund every booking.",
			"Cottage owners on the river have been told to keep sandbags in place.",
		}, want: map[string]string{"reopen the campgrounds one at a time as the water drops": "Ministry of Parks and Lands of Manitoba"}},
		{name: "a province's ministry, in lower case", reg: reg, paras: []string{
			"Ferry to the islands cut to three sailings",
			"The ferry to the outer islands will sail three times a week from May instead of five, the operator said.",
			"Saskatchewan’s transport ministry said in an email that it “is reviewing the operator's request for support” and would decide by June.",
			"Islanders have protested outside the terminal.",
		}, want: map[string]string{"is reviewing the operator's request for support": "Ministry of Transport of Saskatchewan"}},
		{name: "a group's possessive stays as it is", reg: reg, paras: []string{
			"Camp for returnees opens near the border",
			"A camp for returning families opened near the border crossing on Sunday, with tents for 3,000 people.",
			"The Brotherhood’s Ministry of Returns said it would “register every family within a day of arrival”. Aid workers said the Brotherhood had asked them to leave the camp by night.",
			"Winter is expected to be harsh.",
		}, want: map[string]string{"register every family within a day of arrival": "Brotherhood’s Ministry of Returns"}},
	})
}

// TestRound39bFullerBodyName: a body copy names by the tail of a longer
// name it gives elsewhere ("<Owner> <Brand>", then "<Brand>") is named as
// the article names it in full, even where the reader took the longer
// name for a person's.
func TestRound39bFullerBodyName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "owner and brand in a quote and after, the brand between", paras: []string{
			"Grocery apps drop delivery fees as festival orders climb",
			"“Maya Basket has moved first on fees, and the others will have to follow,” said Ritu Anand, who follows online retail for a consumer magazine.",
			"A Basket spokesperson said the company “will keep the offer for as long as customers use it”.",
			"Orders placed through Maya Basket rose by a third in the first week of the offer, app-tracking data showed.",
		}, want: map[string]string{"will keep the offer for as long as customers use it": "Maya Basket"}},
	})
}

// TestRound39bKindWordsOff: a people's body named with a lower-case gloss
// of its kind after its own name ("<Name> initiative", "<Name> labour
// federation") is named by its own name.
func TestRound39bKindWordsOff(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a campaign's gloss", paras: []string{
			"Old market hall to be demolished",
			"The covered market in the old town will be pulled down in the autumn to make way for a car park, the town's planners said on Thursday.",
			"The Keep Marlow Market initiative, which has gathered 9,000 signatures, said in a statement: “The plan throws away a hundred years of the town's life for forty parking spaces.”",
			"The hall was built in 1921.",
		}, want: map[string]string{"The plan throws away a hundred years of the town's life for forty parking spaces.": "Keep Marlow Market"}},
	})
}
