package ingest_test

import "testing"

// TestTitleAndSurname: a release that named a holder in full calls them
// later by a title whose complement is one word and the surname alone —
// "Secretary of State X", "Head of Government X", "Chief of Staff X" — or
// names them only so. The capital after the title is the person, not part
// of the title; a field of two capitals after a portfolio is still a field.
func TestTitleAndSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "secretary of state and surname after the full title", paras: []string{
			"Ostria and Velmark talk trade",
			"The Minister for Foreign Affairs, Ana Ferrer Soler, received on Monday in Port Vell the Secretary of State for Foreign Affairs of the Republic of Velmark, Paolo Bertani, on a working visit.",
			"Secretary of State Bertani said that Velmark \"has long seen Ostria as a partner\" and proposed more exchanges of experts.",
		}, want: map[string]string{"has long seen Ostria as a partner": "Paolo Bertani"}},
		{name: "head of government known by surname only", paras: []string{
			"Deputy minister visits",
			"In the afternoon, the Deputy Minister was received by Head of Government Lindqvist. Head of Government Lindqvist underlined the ties and said that the visit showed \"how far we have come.\"",
		}, want: map[string]string{"how far we have come.": "Lindqvist"}},
		{name: "chief of staff and surname", paras: []string{
			"Army reshuffle",
			"The president named General Hugo Medina Saravia as Chief of Staff on Friday.",
			"Chief of Staff Medina told officers the army would be \"leaner and faster\" within a year.",
		}, want: map[string]string{"leaner and faster": "Hugo Medina Saravia"}},
		{name: "a field of two capitals is no surname", paras: []string{
			"Landslide survivors to be moved",
			"The State Minister for Flood Preparedness, Ms Grace Atim-Oketch, who visited the hillside on Sunday, said the families would be moved.",
			"\"No one will be left on this slope when the rains return,\" the minister said.",
		}, want: map[string]string{"No one will be left on this slope when the rains return": "Grace Atim-Oketch"}},
	})
}
