package ingest_test

import "testing"

// TestRound50Leadins50 covers quotes led in by words that point to their
// speaker without a verb of saying: a transcript's question that quotes
// the one it asks after a time ("Last year you told …"), answered under a
// label with a particle in the surname; "Here's how <she> put it:" and
// "<Her> answer:" before the quote; a paragraph that is only a quote after
// one about a single person that reports no speech.
func TestRound50Leadins50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a question's earlier words of the one asked, after a time",
			paras: []string{
				"Transcript: press conference on the sluice gates, 4 March 2026",
				"Press conference with Minister Halvard ter Brugge on the sluice gates at Vossmere.",
				"Minister Ter Brugge: Good evening. The gates will close at nine tonight, as the forecast requires.",
				"Question (Coastal Radio): Last year you told parliament that the gates were \"sturdy, but not perfect\". How sturdy are they tonight?",
				"Minister Ter Brugge: I stand by that. Nothing of this size is perfect, which is why we test it twice a year.",
			},
			want: map[string]string{"sturdy, but not perfect": "Halvard ter Brugge"},
		},
		{
			name: "here's how she put it, over the quote",
			paras: []string{
				"Clinics in Vandoria face a gap as donor money ends",
				"Funding for rural clinics in Vandoria runs out in April, officials said on Monday.",
				"Dr. Ilse Marwick-Oduya, the country's health secretary, told me by phone that donors now cover about half of health spending.",
				"Here's how she put it:",
				"\"We are asking for a runway, not a rescue. If the money stops in April, the clinics close.\"",
				"The ministry has frozen hiring for the year.",
			},
			want: map[string]string{"We are asking for a runway, not a rescue. If the money stops in April, the clinics close.": "Ilse Marwick-Oduya"},
		},
		{
			name: "her answer, over the quote",
			paras: []string{
				"Clinics in Vandoria face a gap as donor money ends",
				"Funding for rural clinics in Vandoria runs out in April, officials said on Monday.",
				"Dr. Ilse Marwick-Oduya, the country's health secretary, was asked what the ministry would cut first.",
				"Her answer:",
				"\"Nothing that keeps a nurse in a village. We will close offices before we close clinics.\"",
			},
			want: map[string]string{"Nothing that keeps a nurse in a village. We will close offices before we close clinics.": "Ilse Marwick-Oduya"},
		},
		{
			name: "near miss: here's how a plan works names no speaker",
			paras: []string{
				"Clinics in Vandoria face a gap as donor money ends",
				"Funding for rural clinics in Vandoria runs out in April, officials said on Monday.",
				"Dr. Ilse Marwick-Oduya, the country's health secretary, has drawn up a plan with the donors.",
				"Here's how the plan works:",
				"\"Each district keeps one clinic open every day of the week.\"",
			},
			want: map[string]string{"Each district keeps one clinic open every day of the week.": "unknown"},
		},
		{
			name: "a bare quote after a paragraph about one person",
			paras: []string{
				"The glacier that lost six metres",
				"The ice on the Vennberg glacier is thinning faster than anyone expected, surveyors said this week.",
				"Mathilde Ostrander, a glaciologist at the University of Corvath, stands beside a stake she drilled into the ice in 2018. It now sticks out by almost five metres.",
				"\"When I started, we spoke of the end of these glaciers as something for our grandchildren. Now I tell my students they will see it themselves.\"",
				"The survey will be repeated next summer.",
			},
			want: map[string]string{"When I started, we spoke of the end of these glaciers as something for our grandchildren. Now I tell my students they will see it themselves.": "Mathilde Ostrander"},
		},
		{
			// The one named is only the object; since round 51 the
			// sentence's subject ("He also praised …", actor) is the speaker.
			name: "near miss: the one named is only the object of someone else's sentence",
			paras: []string{
				"Rovers edge past Harrowgate",
				"Rovers beat Harrowgate 2-1 on Saturday, their manager Colm Teague said afterwards that the team had \"dug in\".",
				"He also praised goalkeeper Brendan Feeny, whose save from a penalty in the second half turned the game.",
				"\"That save won us the match. Simple as that.\"",
			},
			want: map[string]string{"That save won us the match. Simple as that.": "Colm Teague"},
		},
	})
}
