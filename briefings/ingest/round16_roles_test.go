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
