package ingest_test

import "testing"

// TestRound46FieldBodies: a state's body named by its remit alone ("the
// <Field> Agency", "the Special Tribunal", "the Media Office of the
// <Title>") is the home state's, named under the registry's convention
// "<Body> of <Country>", as is a unit of a state officeholder's ("the
// President's Media Division"); a bloc's body, a port's authority, or a name with an
// acronym or a place's own word keeps its own name.
func TestRound46FieldBodies(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "field agency", reg: r45StateRegistry(), paras: []string{
			"Tender for school buses cancelled",
			"PELLMAR — A tender for forty school buses in Vastoria was cancelled on Monday.",
			`The Public Tenders Agency said it had "found no fault with the bidding itself" but would review the contract terms.`,
		}, want: map[string]string{"found no fault with the bidding itself": "Public Tenders Agency of Vastoria"}},
		{name: "special tribunal", reg: r45StateRegistry(), paras: []string{
			"Fishing licences ruled void",
			"PELLMAR — Vastoria's licensing scheme for deep-sea trawlers was struck down on Friday.",
			`"The licences were void from the day they were issued," the Special Tribunal said in its judgment.`,
		}, want: map[string]string{"The licences were void from the day they were issued": "Special Tribunal of Vastoria"}},
		{name: "media office of the prime minister", reg: r45StateRegistry(), paras: []string{
			"Prime minister meets harbour workers",
			"PELLMAR — Vastoria's prime minister met striking harbour workers on Wednesday.",
			`The Media Office of the Prime Minister said the talks had been "frank and useful for both sides".`,
		}, want: map[string]string{"frank and useful for both sides": "Media Office of the Prime Minister of Vastoria"}},
		{name: "the president's media division", reg: r45StateRegistry(), paras: []string{
			"President receives trade delegation",
			"PELLMAR — Vastoria's president received a trade delegation from the south on Thursday.",
			`President's Media Division (PMD) said both sides "agreed to reopen the old ferry route" after the talks.`,
		}, want: map[string]string{"agreed to reopen the old ferry route": "President's Media Division of Vastoria"}},
		{name: "a chief executive's division left alone", reg: r45StateRegistry(), paras: []string{
			"Brewer reorganises its sales",
			"PELLMAR — A brewer in Vastoria reorganised its sales teams on Thursday.",
			`Chairman's Sales Division (CSD) said the change would "bring the teams closer to the bars" by the summer.`,
		}, want: map[string]string{"bring the teams closer to the bars": "Chairman's Sales Division"}},
		{name: "office of a title in the state's own words", reg: r45StateRegistry(), paras: []string{
			"Seawall repairs promised",
			"PELLMAR — Storm surges broke the seawall in two places on Monday.",
			`The Office of Te Mwaneaba said repairs would "start with the next low tide".`,
		}, want: map[string]string{"start with the next low tide": "Office of Te Mwaneaba of Vastoria"}},
		{name: "bloc's commission left alone", reg: r45StateRegistry(), paras: []string{
			"Grant for the northern railway",
			"PELLMAR — Vastoria's northern railway will receive a grant for new signals.",
			`The European Commission said the grant would "cover the signals and the training of staff".`,
		}, want: map[string]string{"cover the signals and the training of staff": "European Commission"}},
		{name: "port authority left alone", reg: r45StateRegistry(), paras: []string{
			"New cranes for the harbour",
			"PELLMAR — Two cranes arrived at the harbour in Vastoria on Monday.",
			`The Pellmar Port Authority said the cranes would "double the harbour's daily handling".`,
		}, want: map[string]string{"double the harbour's daily handling": "Pellmar Port Authority"}},
		{name: "acronym left alone", reg: r45StateRegistry(), paras: []string{
			"Ferry checks after the storm",
			"PELLMAR — Ferries in Vastoria were checked after Sunday's storm.",
			`"Every ferry passed the inspection without a fault," the OFA Evaluation Commission said.`,
		}, want: map[string]string{"Every ferry passed the inspection without a fault": "OFA Evaluation Commission"}},
	})
}
