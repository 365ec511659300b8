package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestCaseParties: a court's release or a court report calls a case's
// sides by their role once it has said who they are — a defined term in
// brackets after the name, or the caption "X v Y" / "X v. Y", whose first
// name brought the case and whose second answers it; a state's law officer
// in the caption stands for the state. A role the article never tied to a
// name stays as it was (a capitalised "Respondent" read as a name, as
// before, not the state a versus in a sentence names).
func TestCaseParties(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Arvelia", Kind: "place", Role: "Country"},
		{Name: "Coastal Fishers' Union", Kind: "organisation", Role: "Trade union"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a defined term in quotes, then a caption's respondent", reg: reg, paras: []string{
			"COURT OF APPEAL OF ARVELIA\n\nPRESS RELEASE",
			"Judgment in harbour land appeal",
			"Tomas Aldrin-Vey v The Attorney General of Arvelia\nCA2025/0007",
			"Port Vell, 4 May 2025: The Court of Appeal today gave judgment in the appeal brought by Mr. Tomas Aldrin-Vey (the \"Appellant\") against the taking of his land.",
			"The Appellant submitted that the delay \"makes the guarantee meaningless\".",
			"The Respondent maintained that the harbour \"serves the whole coast\".",
		}, want: map[string]string{"makes the guarantee meaningless": "Tomas Aldrin-Vey", "serves the whole coast": "Arvelia"}},
		{name: "a caption after a case number, the applicant a registry body (in no set)", reg: reg, paras: []string{
			"Tribunal hears fishers' complaint",
			"Application No. 7 of 2025: Coastal Fishers' Union v. Republic of Arvelia",
			"The tribunal heard the case on Monday in the capital, where some forty fishers from the northern villages had gathered outside the court building since the early morning.",
			"The Applicant argued that the closures had left \"whole villages without work\".",
		}, want: map[string]string{"whole villages without work": "Coastal Fishers' Union"}},
		{name: "a bracketed role without quotes, the claimant (in no set)", reg: reg, paras: []string{
			"Builder wins payment claim",
			"The High Court found for Maren Oduya-Smith (the Claimant) in her dispute with a developer.",
			"The Claimant told the court the work had been \"finished to the letter of the contract\".",
		}, want: map[string]string{"finished to the letter of the contract": "Maren Oduya-Smith"}},
		{name: "a role the article never tied to a name stays unknown", reg: reg, paras: []string{
			"Appeal dismissed",
			"The Court of Appeal dismissed an appeal over a fishing licence on Tuesday.",
			"The Appellant had argued that the licence was \"wrongly refused\".",
		}, want: map[string]string{"wrongly refused": "unknown"}},
		{name: "a versus in a sentence is no caption", reg: reg, paras: []string{
			"Derby day",
			"On the quay it was the union v Arvelia all over again, residents said.",
			"The Respondent had called the strike \"a shambles\" on Monday.",
		}, want: map[string]string{"a shambles": "Respondent"}},
	})
}

// TestTranscriptTurns: in a transcript, "I" is whoever's turn it is — the
// name before the colon that opens the turn's paragraph, or the paragraph
// the turn began in — though the name labels only that one turn. A
// reporter's turn is no one the article names, and "I" outside any turn
// stays as it was.
func TestTranscriptTurns(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister's turn, its second paragraph", paras: []string{
			"POST-CABINET PRESS BRIEFING\n\nTranscript",
			"PERMANENT SECRETARY: Good morning. With us today is the Minister of Works, Dr. Selwyn Forde-Allamby, who will speak on the coastal road.",
			"MINISTER FORDE-ALLAMBY: Thank you. The road has been closed for three weeks and I know how hard that has been for the people of the east coast.",
			"When I spoke in the House in May, I said, \"No contractor will be paid for work that is not done.\" That has not changed.",
		}, want: map[string]string{"No contractor will be paid for work that is not done.": "Selwyn Forde-Allamby"}},
		{name: "as I said, in the turn's own paragraph (in no set)", paras: []string{
			"Press conference transcript",
			"Moderator: Welcome. Today we have the Health Minister, Amara Colley-Vance, and the Chief Medical Officer, Dr. Rui Santos-Bell.",
			"REPORTER (Lena Ortiz, City Radio): Minister, the clinics are full. What is the plan?",
			"Amara Colley-Vance: As I told the committee last week, \"We will open two more clinics before winter.\" The money is in the budget.",
		}, want: map[string]string{"We will open two more clinics before winter.": "Amara Colley-Vance"}},
		{name: "a reporter's I is no one named", paras: []string{
			"Briefing transcript",
			"Moderator: Welcome. With us is the Finance Minister, Paulo Nkemba-Ross, who will take questions.",
			"MINISTER NKEMBA-ROSS: Thank you. The budget will be tabled next week, and it will keep the deficit below three per cent.",
			"REPORTER (Jo Dale, Daily Star): Minister, last year I wrote that the target was \"a fantasy\". Was I wrong?",
		}, want: map[string]string{"a fantasy": "unknown"}},
		{name: "a dateline's colon opens no turn", paras: []string{
			"Coastal road reopens",
			"PORT ELLIS, 4 May: Works Minister Selwyn Forde-Allamby reopened the coastal road on Monday after three weeks of repairs.",
			"A contractor at the site said he was relieved. When I asked for more crews, I said, \"We cannot finish this with six men,\" and we got them.",
		}, want: map[string]string{"We cannot finish this with six men": "unknown"}},
	})
}
