package ingest_test

import "testing"

// TestReadoutJointSubject: a readout's summary of both sides at once —
// "the two ministers agreed that …", "the sides noted …", "the parties
// stressed …" — speaks for the ministry of the minister the readout names
// first, found from the minister's title; "two ministers" with no article,
// and a joint subject in copy that names no minister, speak for no one.
func TestReadoutJointSubject(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Latvia", "Riga"), r13Place("Chile", "Santiago"),
		r13Body("Ministry of Foreign Affairs of Latvia", "Latvian foreign ministry"),
		r13Body("Ministry of Health of Latvia", "Latvian health ministry"),
	)
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "the two ministers agreed that", reg: reg, paras: []string{
			"The Minister of Foreign Affairs of Latvia, Anna Kalnina-Berg, held a telephone conversation with the Foreign Minister of Chile, Tomás Errázuriz-Vial.",
			"The two Ministers agreed that a visit to Santiago in the autumn was \"long overdue\".",
		}, want: map[string]string{"long overdue": "Ministry of Foreign Affairs of Latvia"}},
		{name: "the sides noted the quoted words", reg: reg, paras: []string{
			"Latvian Foreign Minister Anna Kalnina-Berg received the Chilean ambassador in Riga on Monday.",
			"The sides noted with satisfaction the \"steady growth of trade in wine and timber\" since the last visit.",
		}, want: map[string]string{"steady growth of trade in wine and timber": "Ministry of Foreign Affairs of Latvia"}},
		{name: "a health minister's readout: the parties stressed (in no set)", reg: reg, paras: []string{
			"Latvia's Minister of Health, Ilze Ozola-Krumina, met her Chilean counterpart in Riga to discuss vaccine supply.",
			"The parties stressed that joint purchasing had become \"a matter of survival for small markets\".",
		}, want: map[string]string{"a matter of survival for small markets": "Ministry of Health of Latvia"}},
		{name: "two ministers with no article are people the copy does not name", reg: reg, paras: []string{
			"The Minister of Foreign Affairs of Latvia, Anna Kalnina-Berg, flew to Santiago on Monday.",
			"Two ministers agreed that the visit was \"badly timed\".",
		}, want: map[string]string{"badly timed": "unknown"}},
		{name: "no minister named: the sides speak for no ministry", reg: reg, paras: []string{
			"Fighting eased along the river on Sunday after a week of talks in Riga.",
			"The sides agreed that the truce remained \"fragile but holding\".",
		}, want: map[string]string{"fragile but holding": "unknown"}},
	})
}

// TestClauseVerbs: verbs that report what was said only through the
// clause after them — agreement, advice, forecasts, requests and orders —
// give the quoted words in that clause to their subject, whether "that"
// follows the verb, an object pronoun or a short prepositional phrase, or
// a directive verb's object and "to"; a noun object before "that" opens a
// relative clause and reports nothing.
func TestClauseVerbs(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "advised us that", paras: []string{
			"Water rationing extended",
			"The Marden Weather Bureau has advised us that the coming months will be \"drier than any season on record\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"drier than any season on record": "Marden Weather Bureau"}},
		{name: "has forecast that", paras: []string{
			"Seaweed season to be long",
			"The Coastal Research Institute has forecast that \"landings of weed will stay high until October\" along the east coast.",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"landings of weed will stay high until October": "Coastal Research Institute"}},
		{name: "ordered the state to", paras: []string{
			"Court rules on evictions",
			"The Regional Court of Justice ordered the Respondent State to \"rehouse every evicted family within a year\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"rehouse every evicted family within a year": "Regional Court of Justice"}},
		{name: "instructed the council to (in no set)", paras: []string{
			"Regulator rules on bins",
			"The Water Services Commission instructed the council to \"collect the bins on the day it promised\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"collect the bins on the day it promised": "Water Services Commission"}},
		{name: "considered the object the quoted words", paras: []string{
			"Corridor forum opens",
			"The Lakes Chamber of Commerce considered the corridor \"the shortest road to the sea\" for the region's copper.",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"the shortest road to the sea": "Lakes Chamber of Commerce"}},
		{name: "a noun before that opens a relative clause", paras: []string{
			"Council reviews plan",
			"The Harbour Council considered the plan that residents had called \"a car park with a view\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"a car park with a view": "unknown"}},
	})
}
