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

// TestDocumentWrittenIsNoVerb: "written" and "spoken" are past
// participles that are never a past tense, so "In a decision written in
// <language>, Judge X found that … “…”" makes the judge the subject of
// "found", not the decision the subject of "written"; after "has" or
// "was" the participle is still the clause's verb.
func TestDocumentWrittenIsNoVerb(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a decision written in a language", paras: []string{
			"Judge allows residents' suit over quarry dust",
			"A provincial judge has allowed residents of Harlow Vale to sue the operator of a limestone quarry over dust.",
			"In a 38-page decision written in French and made public Thursday, Justice Maribel Oyelaran-Fisk found that the residents' evidence was \"enough, at this early stage, to show a serious case.\"",
		}, want: map[string]string{"enough, at this early stage, to show a serious case.": "Maribel Oyelaran-Fisk"}},
		{name: "has written to us", paras: []string{
			"Island seeks new air link",
			"The island's only airline stopped flying last month.",
			"Coral Wing Airways has written to the island's government that it is \"open to talks on a weekly service\" from the capital.",
		}, want: map[string]string{"open to talks on a weekly service": "Coral Wing Airways"}},
	})
}
