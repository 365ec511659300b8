package ingest_test

import "testing"

// TestRound51Speechverbs51 covers partial quotes led in by a verb that
// reports the subject's own words without being a plain verb of saying:
// a forecast ("forecasts"), a court's observation ("observes"), a demand,
// concession or regret put "that …", a notice's courtesy form ("wishes
// to remind … that"), a participle after "while", and a recording that
// has the subject "heard demanding"; and the near misses where the same
// verbs take a thing, not words.
func TestRound51Speechverbs51(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a weather office forecasts its words",
			paras: []string{
				"Storm warning for the northern valleys",
				"Roads in the northern valleys were closed on Thursday as the first storm of the winter approached.",
				"Meteorologist Ilse Brandvold-Aune forecasts \"heavy snow and strong gales\" across the north on Friday.",
			},
			want: map[string]string{"heavy snow and strong gales": "Ilse Brandvold-Aune"},
		},
		{
			name: "a judge observes that",
			paras: []string{
				"Tribunal quashes fine on ferry operator",
				"The appeals tribunal on Monday quashed a fine imposed on a ferry operator last year.",
				"Judge Halvard Ostby-Lind observes that the fine was imposed \"without any hearing of the operator\".",
			},
			want: map[string]string{"without any hearing of the operator": "Halvard Ostby-Lind"},
		},
		{
			name: "demanded that, and a demand for a thing",
			paras: []string{
				"Depot closure angers councillors",
				"The bus depot in the east of the city closed on Monday after a dispute over rent.",
				"Councillor Tomas Ferreira-Holm has demanded that the depot reopen \"without any further delay\".",
				"Councillor Maren Oduya-Falk demanded a \"white paper\" on the depot's finances.",
			},
			want: map[string]string{"without any further delay": "Tomas Ferreira-Holm", "white paper": ""},
		},
		{
			name: "accepted that, regrets that",
			paras: []string{
				"Court rules on river dam compensation",
				"The high court on Tuesday dismissed a claim for compensation over the Lower Vessa dam.",
				"Counsel Maren Oduya-Falk accepted that the delay had been \"longer than anyone would like\".",
				"Judge Halvard Ostby-Lind, in his dissent, regrets that the majority \"treated a living river as a ledger\".",
			},
			want: map[string]string{"longer than anyone would like": "Maren Oduya-Falk", "treated a living river as a ledger": "Halvard Ostby-Lind"},
		},
		{
			name: "a notice's courtesy form",
			paras: []string{
				"Bicycle thefts rise in the harbour district",
				"More than forty bicycles were stolen in the harbour district last month.",
				"Inspector Anselm Kirov-Dale wishes to remind members of the public that \"a locked bike is a bike that stays yours\".",
			},
			want: map[string]string{"a locked bike is a bike that stays yours": "Anselm Kirov-Dale"},
		},
		{
			name: "a participle after while",
			paras: []string{
				"Ministers back flood plan",
				"Ministers from the river states met in the capital on Wednesday to discuss the flood plan.",
				"Minister Tomas Ferreira-Holm backed the plan, while stressing that any return to the islands must come \"only after the mines have been cleared\".",
			},
			want: map[string]string{"only after the mines have been cleared": "Tomas Ferreira-Holm"},
		},
		{
			name: "heard demanding on a recording",
			paras: []string{
				"Harvest quota recording leaked",
				"A recording of a meeting of district heads was published on Tuesday.",
				"Governor Anselm Kirov-Dale can be heard demanding that the quota be met \"by any means, before the frost\".",
			},
			want: map[string]string{"by any means, before the frost": "Anselm Kirov-Dale"},
		},
	})
}
