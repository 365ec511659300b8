package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Documents50 covers documents whose words are their
// signatory's or their party's: a letter "signed … by" a named person and
// others speaks for the first person named; a case summary under a
// caption "<Name> v Public Prosecutor" gives "the appellant" to the named
// first side and "the Prosecution" to the prosecuting office; "the note"
// after a body "said in a press note" is that body's; "the defendant" who
// answers a prosecutor's question is the one who answered before it; "the
// plaintiff" is whoever the article says "filed" the action "against" the
// other side; "The State" in a court's summary with no caption is the
// country the court's title names.
func TestRound50Documents50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a letter signed by a named mayor and his peers is the first signatory's",
			paras: []string{
				"Mayors press capital over road money",
				"Nine mayors sent a joint letter to the transport ministry this week demanding the release of road funds.",
				"The letter, signed in Varnholm on 3 May by the host mayor, Tobias Lindqvar, and eight of his colleagues, was drafted by the northern towns. \"The towns are not asking for charity. We are asking for what the budget promised,\" the letter stated. It warned that bridges would be \"closed before the autumn\".",
				"The Ministry of Transport said the money would come \"when the audit is complete\".",
			},
			want: map[string]string{
				"The towns are not asking for charity. We are asking for what the budget promised": "Tobias Lindqvar",
				"closed before the autumn": "Tobias Lindqvar",
			},
		},
		{
			name: "a case summary's appellant and prosecution are the caption's sides",
			paras: []string{
				"Lau Wen Hao Bernard v Public Prosecutor [2029] SGHC 88",
				"Magistrate's Appeal No 4411 of 2028\nDecision Date: 2 March 2029\nCoram: Ong Mei Ling J",
				"Lau Wen Hao Bernard v Public Prosecutor [2029] SGHC 88",
				"1 The appellant, a 41-year-old lorry driver, pleaded guilty to one charge of dangerous driving. The District Judge sentenced him to ten weeks' imprisonment.",
				"2 The appellant appealed against the sentence. He argued that he had been \"misled by a faulty signal at the junction\" and that the term should be halved [6].",
				"3 The Prosecution submitted that the sentence was \"entirely in line with precedent\" [8].",
				"4 The Judge dismissed the appeal: \"A faulty signal is no excuse when the light is plainly red\" [12].",
			},
			want: map[string]string{
				"misled by a faulty signal at the junction":                  "Lau Wen Hao Bernard",
				"entirely in line with precedent":                            "Public Prosecutor",
				"A faulty signal is no excuse when the light is plainly red": "Ong Mei Ling",
			},
		},
		{
			name: "a press note is the body's that issued it",
			paras: []string{
				"Malaria cases rise in river district",
				"Doctors at the district hospital said most patients were farm workers.",
				"The Vector Control Board said in a press note that 214 cases had been confirmed by Friday. \"Residents are requested to sleep under treated nets every night,\" the note said.",
			},
			want: map[string]string{"Residents are requested to sleep under treated nets every night": "Vector Control Board"},
		},
		{
			name: "the defendant answering a prosecutor is the one on trial, not the prosecutor",
			paras: []string{
				"Former port chief denies steering dredging contracts",
				"The former director of the Harlow port authority, Ansel Corbrey Daventry, went on trial on Monday accused of steering dredging contracts to firms run by his relatives.",
				"Corbrey, 58, spoke for two hours. Asked by prosecutor Liesel Varnham why one firm had been set up a week before it won a contract, he replied: \"That is a question for the people who set it up.\"",
				"\"Did you know the director was your cousin?\" Varnham asked.",
				"\"No. I read about it in the papers,\" the defendant said.",
			},
			want: map[string]string{
				"Did you know the director was your cousin?": "Liesel Varnham",
				"No. I read about it in the papers":          "Ansel Corbrey Daventry",
			},
		},
		{
			name: "the plaintiff is the one who filed the action against the other side",
			paras: []string{
				"Court orders water for hill village",
				"The village elder of Korvath, Marisela Otunde Brack, filed an action for protection of rights against the Ministry of Water and the district council over a well that has been dry for a year.",
				"In her petition, the plaintiff said the families were carrying water from a river two hours away. \"Our children walk for water instead of going to school,\" the plaintiff wrote.",
			},
			want: map[string]string{"Our children walk for water instead of going to school": "Marisela Otunde Brack"},
		},
		{
			name: "the State in a court's summary with no caption is the court's country",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Veldoria", Kind: "place", Role: "Country"},
			}},
			paras: []string{
				"Supreme Court of Veldoria",
				"Judgment on a claim for a widow's allowance",
				"1. The appellant lived with the deceased for 19 years without registering their marriage and was refused an allowance.",
				"2. The appellant argued that the refusal \"ignores the family the allowance exists to protect.\" The State (the Ministry of Social Affairs) argued that the allowance office \"cannot be asked to judge which of two partners is the true spouse.\"",
			},
			want: map[string]string{"cannot be asked to judge which of two partners is the true spouse.": "Veldoria"},
		},
	})
}
