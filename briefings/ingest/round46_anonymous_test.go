package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestAnonymousRound46: a "he" or "she" whose antecedent is a person the
// sentence before describes and never names stays unknown.
func TestAnonymousRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "indefinite subject, then he says",
			paras: []string{
				`Transport commissioner Ravindra Okonkwo-Das said the new buses "will run every ten minutes".`,
				`A retired postal worker who waits at the stop each morning is less sure. "They painted the shelter and forgot the timetable," he says.`,
			},
			reg:  reg,
			want: map[string]string{"They painted the shelter and forgot the timetable": "unknown", "will run every ten minutes": "Ravindra Okonkwo-Das"},
		},
		{
			name: "definite generic subject, then she said",
			paras: []string{
				`Health minister Gwendolyn Aberash-Moyo said the ward was "fully staffed".`,
				`The night nurse was kind. She said to me, "We have been two porters short since the spring."`,
			},
			reg:  reg,
			want: map[string]string{"We have been two porters short since the spring.": "unknown"},
		},
		{
			name: "the man addressed the court",
			paras: []string{
				`Prosecutor Desmond Achterberg-Lowe asked for four years. "He took the savings of people who trusted him," Achterberg-Lowe said.`,
				`The man, whose name cannot be published, spoke briefly. "I regret every day of it," he said.`,
			},
			reg:  reg,
			want: map[string]string{"I regret every day of it": "unknown"},
		},
		{
			name: "the writer's parent, then she told me",
			paras: []string{
				`Coach Benedikta Szymańska-Oduya said the squad "trained harder than ever" before the final.`,
				`I could barely hold the trophy. My mum says I was shaking all evening. She told me later, "You looked as if you had seen a ghost."`,
			},
			reg:  reg,
			want: map[string]string{"You looked as if you had seen a ghost.": "unknown"},
		},
		{
			name: "a title no one in the story holds",
			paras: []string{
				`The Reserve Bank of Eastmark held its policy rate at 6.5 per cent on Thursday.`,
				`The bank said inflation had eased for a third month and that it would "keep a close eye on food prices".`,
				`The Minister of Fisheries said last week that diesel prices would "come down before the rains". The bank did not comment on that forecast.`,
			},
			reg:  reg,
			want: map[string]string{"come down before the rains": "unknown"},
		},
		{
			name: "near miss: the person gives a first name",
			paras: []string{
				`Mayor Ignatius Feldmann-Oyelaran said the market "will reopen on Friday".`,
				`A stallholder who gave his name only as Baptiste said the stock had spoiled. "Three days of fish, all gone," he said.`,
			},
			reg:  reg,
			want: map[string]string{"Three days of fish, all gone": "Baptiste"},
		},
		{
			name: "near miss: the person is named after the noun",
			paras: []string{
				`Mayor Ignatius Feldmann-Oyelaran said the market "will reopen on Friday".`,
				`A farmer from Oakridge, Mr Thaddeus Mwanawasa-Lind, spoke at the meeting. "We have waited long enough," he said.`,
			},
			reg:  reg,
			want: map[string]string{"We have waited long enough": "Thaddeus Mwanawasa-Lind"},
		},
		{
			name: "near miss: the title names someone",
			paras: []string{
				`Finance minister Ottoline Brackenridge-Sato presented the budget on Tuesday.`,
				`The minister was confident. "Growth will return by the spring," she said.`,
			},
			reg:  reg,
			want: map[string]string{"Growth will return by the spring": "Ottoline Brackenridge-Sato"},
		},
	})
}
