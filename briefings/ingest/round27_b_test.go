package ingest_test

import "testing"

// TestRound27NationalSideOfTwoWords: "the <Nationality> side" and "the
// <Nationality> delegation" are the country when the adjective is two
// words ("<South|New|Sri> <Adjective>"), as they are when it is one, and
// "the delegation" after them is the same country.
func TestRound27NationalSideOfTwoWords(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a two-word nationality's side", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The Sri Lankan side said it wanted “a fair share for small boats” in any deal.",
		}, want: map[string]string{"a fair share for small boats": "Sri Lanka"}},
		{name: "a two-word nationality's delegation", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The South African delegation said the quotas were “out of date by a decade”.",
		}, want: map[string]string{"out of date by a decade": "South Africa"}},
		{name: "the delegation after a two-word nationality's side", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The New Zealand side proposed a joint survey of the stocks. The delegation said the survey could start “before the winter season”.",
		}, want: map[string]string{"before the winter season": "New Zealand"}},
		{name: "a two-word nationality's authorities", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The South Korean authorities said the survey ships would sail “as soon as the ice clears”.",
		}, want: map[string]string{"as soon as the ice clears": "South Korea"}},
		{name: "the delegation after a one-word nationality's side", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The Kenyan side proposed a joint survey of the stocks. The delegation said the survey could start “before the winter season”.",
		}, want: map[string]string{"before the winter season": "Kenya"}},
	})
}

// TestRound27DirectorateGeneral: "<Head> General of <Field>" (a
// directorate or secretariat general) named through its country's
// possessive or adjective is "<Body> of <Country>" under the convention,
// as "<Head> of <Field>" is; named bare it keeps its name, as an
// international body's directorate general may be meant. A two-word
// state's adjective before a state body's name owns it as a one-word
// adjective does.
func TestRound27DirectorateGeneral(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a directorate general named bare", reg: reg, paras: []string{
			"Border post reopens",
			"VESTBY, March 3 — The northern border post reopened on Monday after a week of repairs.",
			"The Directorate General of Customs and Excise said queues would be “shorter than before the works”.",
		}, want: map[string]string{"shorter than before the works": "Directorate General of Customs and Excise"}},
		{name: "a directorate general through a two-word country's possessive", reg: reg, paras: []string{
			"Border post reopens",
			"VESTBY, March 3 — The northern border post reopened on Monday after a week of repairs.",
			"Costa Rica's Directorate General of Customs said queues would be “shorter than before the works”.",
		}, want: map[string]string{"shorter than before the works": "Directorate General of Customs of Costa Rica"}},
		{name: "a secretariat general through a country's possessive", reg: reg, paras: []string{
			"Border post reopens",
			"VESTBY, March 3 — The northern border post reopened on Monday after a week of repairs.",
			"Peru's Secretariat General of Migration said queues would be “shorter than before the works”.",
		}, want: map[string]string{"shorter than before the works": "Secretariat General of Migration of Peru"}},
		{name: "a possessive two-word country's ministry", reg: reg, paras: []string{
			"Border post reopens",
			"VESTBY, March 3 — The northern border post reopened on Monday after a week of repairs.",
			"Sri Lanka's Ministry of Ports said queues would be “shorter than before the works”.",
		}, want: map[string]string{"shorter than before the works": "Ministry of Ports of Sri Lanka"}},
		{name: "a two-word nationality's ministry", reg: reg, paras: []string{
			"Border post reopens",
			"VESTBY, March 3 — The northern border post reopened on Monday after a week of repairs.",
			"The South African Ministry of Transport said queues would be “shorter than before the works”.",
		}, want: map[string]string{"shorter than before the works": "Ministry of Transport of South Africa"}},
	})
}

// TestRound27BetweenTwoBodies: "between the <Head> of <Field> and <Name>"
// parts two bodies, so "the <head>" after it is the first body alone,
// while "between the <Head> of <Field> and <Field> and <Name>" keeps the
// first "and" inside the first body's name.
func TestRound27BetweenTwoBodies(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two bodies after between", paras: []string{
			"Research pact signed",
			"VESTBY, March 3 — A research pact was signed on Monday between the Department of Fisheries and Northvale Polytechnic on fish farming. The department said the pact would help it “train our own hatchery staff”.",
		}, want: map[string]string{"train our own hatchery staff": "Department of Fisheries"}},
		{name: "a body of two fields after between", paras: []string{
			"Research pact signed",
			"VESTBY, March 3 — A research pact was signed on Monday between the Ministry of Forests and Rivers and Northvale Polytechnic on fish farming. The ministry said the pact would help it “train our own hatchery staff”.",
		}, want: map[string]string{"train our own hatchery staff": "Ministry of Forests and Rivers"}},
	})
}

// TestRound27Cooperative: a cooperative ("<Place> <People>'s Co-op",
// "<Place> <People> Cooperative") is a body whose head noun, after "the",
// points back to it as "the association" does.
func TestRound27Cooperative(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the co-op after its name with a possessive", paras: []string{
			"Harbour mourns skipper",
			"PORTVALE, Maine — A skipper who fished the bay for sixty years died on Friday.",
			"The Portvale Lobstermen's Co-op kept its boats in harbour on Monday in his memory. On its notice board, the co-op wrote: “He knew every ledge in the bay.”",
		}, want: map[string]string{"He knew every ledge in the bay.": "Portvale Lobstermen's Co-op"}},
		{name: "the cooperative after its name", paras: []string{
			"Harbour mourns skipper",
			"PORTVALE, Maine — A skipper who fished the bay for sixty years died on Friday.",
			"The Portvale Growers Cooperative lowered its flag on Monday. “He knew every ledge in the bay,” the cooperative said.",
		}, want: map[string]string{"He knew every ledge in the bay": "Portvale Growers Cooperative"}},
	})
}

// TestRound27ReportOfBody: "The report" after "the <adjective> report of
// the <Body>" in a sentence another body is the subject of is the body the
// report is "of", which wrote it, not the one that cited it.
func TestRound27ReportOfBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a report of a body a court cited", paras: []string{
			"Court halts quarrying",
			"VESTBY, March 3 — The Northvale High Court on Monday halted quarrying along the river.",
			"It held that the annual report of the Northvale Institute of Hydrology, filed with the water board, proved the wells drew more than their licence allowed. The report cautioned that the channels could flood “well past the old flood marks”.",
		}, want: map[string]string{"well past the old flood marks": "Northvale Institute of Hydrology"}},
	})
}
