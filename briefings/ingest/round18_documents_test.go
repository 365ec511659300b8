package ingest_test

import (
	"testing"
)

// TestCompanyByItsAside: a firm named in two capitals, which reads like a
// person's name, is a company when the article sets it beside what it is
// — "X, the joint venture of …", "X, the state power generator",
// "X, one of the two operators in …" — so "the company said" after it
// spoke is that firm, not an unnamed one.
func TestCompanyByItsAside(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a joint venture", paras: []string{
			"Rail plan phased",
			"The three governments agreed on Friday to build the line in stages.",
			"Norlink Rail, the joint venture of the three states, said it was ready to change its plans. \"Phasing does not change the route,\" the company said.",
		}, want: map[string]string{"Phasing does not change the route": "Norlink Rail"}},
		{name: "one of the operators", paras: []string{
			"Scooter ban voted",
			"Councillors voted on Monday to ban shared scooters from the promenade.",
			"Glide Rides, one of the two operators in the trial, said in a statement it was \"let down\" by the vote.",
			"\"Our riders are safe and we will keep working with the council,\" the company said.",
		}, want: map[string]string{"let down": "Glide Rides", "Our riders are safe and we will keep working with the council": "Glide Rides"}},
		{name: "a state power generator", paras: []string{
			"Reservoir low",
			"The reservoir held 4 billion cubic metres on June 1, according to Power Plants, the state power generator. The company said in a statement that it had to release water to meet \"duties under water treaties\".",
		}, want: map[string]string{"duties under water treaties": "Power Plants"}},
		{name: "one of the residents is no firm", paras: []string{
			"Scooter ban voted",
			"Councillors voted on Monday to ban shared scooters from the promenade.",
			"Tomas Brenner, one of the residents who asked for the ban, said he was \"relieved\".",
			"\"We will keep working with the council,\" the company said.",
		}, want: map[string]string{"relieved": "Tomas Brenner", "We will keep working with the council": "unknown"}},
	})
}
