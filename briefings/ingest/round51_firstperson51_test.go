package ingest_test

import "testing"

// TestRound51WriterFirstPerson covers the first person of the one whose
// own text the article is: a column's writer described by its closing
// tagline, an academic's piece under a long "Author:" line, a judge who
// signs a judgment summary or sentencing remarks. Their words quoted back
// in their own "I" sentence are theirs; a letters page's last signatory
// is no writer of the letters above, and an "I" that only asks someone
// leaves the "he said" after it to the one asked.
func TestRound51WriterFirstPerson(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a column's tagline names the writer of its I",
			paras: []string{
				"The ferry still runs late in Velmora",
				"Every morning at the jetty I watch the same crowd wait for the seven o'clock ferry. It leaves at twenty past, on a good day.",
				"Last week I asked a man with a bicycle how long he had been waiting. “Forty minutes. The crossing takes ten,” he said.",
				"I told him, “That is the Velmora timetable.” He did not laugh.",
				"The harbour board's chair, Tomas Reinholt, told councillors in May that “punctuality is our first priority.”",
				"There is a song about the old ferry that everyone in town can sing. I hum it on the jetty most mornings, while the gulls argue over the bins.",
				"Anneli Kovacs is a Velmora-based writer. Views are personal.",
			},
			want: map[string]string{
				"That is the Velmora timetable.":        "Anneli Kovacs",
				"punctuality is our first priority.":    "Tomas Reinholt",
				"Forty minutes. The crossing takes ten": "unknown",
			},
		},
		{
			name: "a long Author line names the academic whose I told an inquiry",
			paras: []string{
				"Our coldest towns are getting colder indoors, and the people living there can least afford to heat",
				"Published: March 3, 2025 6.02am AEDT",
				"Author: Ingrid Solvang-Maret, Senior Lecturer in Building Physics, The University of Eastholm",
				"Disclosure statement: Ingrid Solvang-Maret receives funding from the Eastholm Research Council. She sits on no panel.",
				"Last winter my team placed 80 temperature loggers in bedrooms and kitchens across the town's older estates. On the coldest night, the difference between a new flat and an old terrace was more than 6°C.",
				"My colleague Pavel Drozdov put it to me plainly during fieldwork: \"People are choosing between a warm room and a hot meal.\"",
				"In 2019 I told a parliamentary inquiry that \"we are building the cold homes of 2050 today\". Six years on, I wish I had been wrong.",
			},
			want: map[string]string{
				"we are building the cold homes of 2050 today":            "Ingrid Solvang-Maret",
				"People are choosing between a warm room and a hot meal.": "Pavel Drozdov",
			},
		},
		{
			name: "sentencing remarks signed by the judge",
			paras: []string{
				"IN THE CROWN COURT AT VELMORA",
				"SENTENCING REMARKS OF HIS HONOUR JUDGE OKONJO-BRANDT",
				"1. Ewan Tarrant, you may remain seated until I ask you to stand.",
				"2. You pleaded guilty to arson being reckless as to whether life was endangered. You poured petrol through a letterbox and set it alight while a family slept upstairs.",
				"3. But intoxication is no mitigation. As I said to your counsel during his submissions, \"drink explains, it does not excuse\".",
				"4. The sentence is one of five years' imprisonment.",
				"His Honour Judge Okonjo-Brandt",
			},
			want: map[string]string{"drink explains, it does not excuse": "Okonjo-Brandt"},
		},
		{
			name: "a judgment summary signed by the judge in capitals",
			paras: []string{
				"Harbour board v Velmora Shipping Ltd",
				"SUMMARY",
				"1. The Court today dismissed the appeal.",
				"2. As I said at the hearing, \"a lease is a lease\", and the board knew its terms.",
				"3. The appeal is dismissed with costs.",
				"VELLACOTT J",
				"11 March 2025",
				"VELMORA",
			},
			want: map[string]string{"a lease is a lease": "Vellacott"},
		},
		{
			name: "a letters page's last signatory writes none of the letters above",
			paras: []string{
				"LETTERS",
				"Harbour plans ignore the fishermen",
				"I read with dismay your report on the harbour plans. At the consultation an officer told me, and I quote: “The moorings will be reviewed in due course.” We all know what that means.",
				"Pat Hollins, Quay Street, Velmora",
				"Bins are not the crews' fault",
				"Last week's headline was unfair on the bin crews, who work in all weathers in every kind of weather the coast can throw at them.",
				"Geoffrey Amsel, Northgate",
			},
			want: map[string]string{"The moorings will be reviewed in due course.": "unknown"},
		},
	})
}

// TestRound51TranscriptGovernor covers a briefing transcript's "GOVERNOR:"
// turns, whose "I" is the governor's: not their deputy's, whom the list of
// those present gives "Deputy Governor", nor the moderator's, whose label
// names them just before they announce "the Governor".
func TestRound51TranscriptGovernor(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a deputy governor on the list does not share the governor's label",
			paras: []string{
				"CENTRAL BANK OF NORLAND",
				"TRANSCRIPT: MEDIA BRIEFING AFTER THE MONETARY POLICY COMMITTEE MEETING",
				"Present:",
				"Mr. Aldric Venholm, Governor",
				"Ms. Sigrun Talbot-Ness, Deputy Governor",
				"MODERATOR: Thank you, Governor. We will now take questions from the media.",
				"JOURNALIST (Ola Brandt, Velmora Times): Governor, does the hold today have anything to do with the budget?",
				"GOVERNOR: Thank you, Ola. The decision today is driven by inflation, and the Committee does not think the job is done.",
				"On the fiscal side, we welcome the Minister's commitment. I will only repeat what I told the Finance Committee in February: \"The peg is not up for negotiation.\" We have about three months of import cover today.",
				"DEPUTY GOVERNOR: Thank you, Governor. Credit growth to households has picked up, and so has the share of income going to repayments.",
			},
			want: map[string]string{"The peg is not up for negotiation.": "Aldric Venholm"},
		},
		{
			name: "the moderator named in a label does not become the governor",
			paras: []string{
				"CENTRAL BANK OF NORLAND",
				"TRANSCRIPT OF THE PRESS BRIEFING BY THE GOVERNOR AT THE END OF THE MONETARY POLICY COMMITTEE MEETING",
				"PARTICIPANTS:",
				"Dr. Maren Oyelaran-Dahl – Governor, Central Bank of Norland",
				"Mr. Kofi Strand – Acting Director, Corporate Communications (Moderator)",
				"MODERATOR (Kofi Strand): Good afternoon, ladies and gentlemen of the press. The Governor will read the communiqué and then take your questions.",
				"GOVERNOR: Thank you. The Committee decided by a vote of 7 to 2 to reduce the policy rate by 50 basis points.",
				"QUESTION (Lena Fiske, Velmora Daily): Governor, some analysts say this cut is premature. What would you say to them?",
				"GOVERNOR: I would say look at the trend. In July I said here, \"We will not cut until inflation has turned decisively,\" and it has turned.",
				"MODERATOR: Thank you, Governor. Thank you all.",
			},
			want: map[string]string{"We will not cut until inflation has turned decisively": "Maren Oyelaran-Dahl"},
		},
	})
}
