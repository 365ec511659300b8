package ingest_test

import "testing"

// TestCounselForABody: a lawyer set off with "for the <Body>" between the
// name and the verb speaks for that body, the party whose submission it
// is; someone who is no lawyer, set off the same way, speaks as
// themselves.
func TestCounselForABody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a prosecutor's submission, the verb right after", paras: []string{
			"Former harbour clerk jailed",
			"A former harbour clerk, Talia Moreno-Vesk, was jailed for three years on Friday for stealing mooring fees.",
			"Senior Prosecutor Renata Oduya, for the Harbour Fraud Prosecution Service, argued that the theft was \"hidden with real care for two years\" and that prison was the only outcome.",
		}, want: map[string]string{"hidden with real care for two years": "Harbour Fraud Prosecution Service"}},
		{name: "state counsel, a participle after the main verb", paras: []string{
			"Driver jailed over fatal crash",
			"A driver who killed a cyclist on the coast road was jailed for seven years on Tuesday.",
			"State Counsel Idris Menon-Hart, for the Office of the Director of Public Prosecutions, had asked the court for a long sentence, arguing that the driving was \"cynical and sustained\".",
		}, want: map[string]string{"cynical and sustained": "Office of the Director of Public Prosecutions"}},
		{name: "no lawyer: a named official speaks as herself", paras: []string{
			"Clinics reopen",
			"The four rural clinics closed by the flooding in March will reopen next week, the health board said on Monday.",
			"Maria Lenk-Obaro, for the Northern Health Board, said the clinics were \"ready for the winter\".",
		}, want: map[string]string{"ready for the winter": "Maria Lenk-Obaro"}},
	})
}

// TestStateAgentSpeaksForTheState: before an international court, "the
// Agent of <State>" — named in an aside or not — presents the state's case,
// and the words are the state's; an agent of anything but a state is not.
func TestStateAgentSpeaksForTheState(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the Agent named in an aside", paras: []string{
			"Tribunal orders release of detained trawler",
			"The tribunal delivered its judgment on Monday in the case brought by Norway over the detention of a trawler and its crew of eleven.",
			"At the hearing, the Agent of Norway, Ms Sigrid Aas-Holmen, said that the crew had been \"held for a month without charge\".",
		}, want: map[string]string{"held for a month without charge": "Norway"}},
		{name: "the Agent alone", paras: []string{
			"Court declines to order provisional measures",
			"The court heard the parties on 3 and 4 March in the dispute over the shared river.",
			"At the hearings, the Agent of Portugal argued that the dispute was \"about a contract, not a treaty\".",
		}, want: map[string]string{"about a contract, not a treaty": "Portugal"}},
		{name: "a player's agent is no state's", paras: []string{
			"Striker asks to leave",
			"City's top scorer has handed in a transfer request, the club confirmed on Friday.",
			"The striker's agent, Tobias Remmert-Lind, said his client felt \"let down by the club\".",
		}, want: map[string]string{"let down by the club": "Tobias Remmert-Lind"}},
	})
}
