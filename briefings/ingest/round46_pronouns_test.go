package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestPronounsRound46: a "he" or "she" after "<Title> of the <noun>
// <Given> <Surname> told …" goes to the person the title introduces, not
// to another holder of the title's head word named later; capitals after
// a preposition stay a body.
func TestPronounsRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "title of the noun before an unknown given name",
			paras: []string{
				`Head of the station Tarvek Ondulai told reporters that the wind would turn by Friday.`,
				`"The smoke will sit over the valley until the wind turns," he said.`,
				`Ondulai said the readings had been taken at six sites.`,
				`"Crews are digging trenches around the bog," said fire service head Mirel Kastovan.`,
			},
			reg: reg,
			want: map[string]string{
				"The smoke will sit over the valley until the wind turns": "Tarvek Ondulai",
				"Crews are digging trenches around the bog":               "Mirel Kastovan",
			},
		},
		{
			name: "chief of the unit before the name",
			paras: []string{
				`Chief of the harbour patrol Osric Vellamund told the council that two boats were missing.`,
				`"We searched until dark and found nothing," he said.`,
				`"The divers go back at dawn," said rescue chief Pell Arandis.`,
			},
			reg: reg,
			want: map[string]string{
				"We searched until dark and found nothing": "Osric Vellamund",
			},
		},
		{
			name: "two offices, the first named again",
			paras: []string{
				`Opening the talks, Deputy Prime Minister and Minister of Trade of the Republic of Velany Anselm Drovenko said the corridor had to stay open.`,
				`"The river has carried our grain for centuries, and it will again," the Deputy Prime Minister said.`,
				`"We are a small country," he continued, "but our barges run every day."`,
				`Secretary General Ambassador Corin Halvesk presented the annual report on the customs work.`,
				`"Some projects are frozen, but the customs work has continued," Ambassador Halvesk said.`,
			},
			reg: reg,
			want: map[string]string{
				"We are a small country": "Anselm Drovenko",
				"Some projects are frozen, but the customs work has continued": "Corin Halvesk",
			},
		},
		{
			name: "a compound title before the holder",
			paras: []string{
				`"Small states did least to cause this and pay most for it," said Assistant-Secretary-General of the United Nations and Executive Secretary of the Ocean Commission, Ms. Talvi Orensen-Moku, at the launch.`,
				`"The money must come as grants, not loans," she added.`,
			},
			reg: reg,
			want: map[string]string{
				"Small states did least to cause this and pay most for it": "Talvi Orensen-Moku",
				"The money must come as grants, not loans":                 "Talvi Orensen-Moku",
			},
		},
		{
			name: "an honorific picks the namesake of its gender",
			paras: []string{
				`The Minister for Energy, Kwesi Tamba-Rusk, told journalists that more gas cargoes were on the way.`,
				`"Nets don't wait for the grid," said Abena Serwaa Rusk, who mends fishing nets by the harbour.`,
				`Ms Rusk said she would buy a generator too. "But who will pay for the fuel?" she asked.`,
			},
			reg: reg,
			want: map[string]string{
				"But who will pay for the fuel?": "Abena Serwaa Rusk",
			},
		},
		{
			name: "a shop owner described, never named",
			paras: []string{
				`Deputy Governor of the Reserve Bank Tomas Varenko said the new checks would start in March.`,
				`A shop owner in the old market who sells spices online was less pleased. "Every extra step loses me a buyer," he said.`,
			},
			reg: reg,
			want: map[string]string{
				"Every extra step loses me a buyer": "unknown",
			},
		},
		{
			name: "a name in a fronted phrase gets no gender from the subject after it",
			paras: []string{
				`The bank's clerk, Lindiwe Motsepe, told the court the transfer had been approved by phone.`,
				`Under questioning by defence lawyer Themba Ngwenyama, she admitted that no one had checked the caller.`,
				`Ngwenyama told reporters his client would deny every charge. "There is not one signature that ties my client to this money," he said.`,
			},
			reg: reg,
			want: map[string]string{
				"There is not one signature that ties my client to this money": "Themba Ngwenyama",
			},
		},
		{
			name: "the demonym for an athlete given with their country",
			paras: []string{
				`Anneli Vasterholm of Sweden won the 10 km pursuit, and Petra Kouvalainen of Finland was second.`,
				`"I kept my head down on the range and it paid off," Vasterholm said.`,
				`The Swede caught Kouvalainen on the last climb. "My legs were empty, but the crowd pushed me," she said.`,
			},
			reg: reg,
			want: map[string]string{
				"My legs were empty, but the crowd pushed me": "Anneli Vasterholm",
			},
		},
		{
			name: "analysts at a firm stay the firm",
			paras: []string{
				`Analysts at Corvane Partners said the cut would come in June.`,
				`"Rates have further to fall than the market thinks," they said.`,
			},
			reg: reg,
			want: map[string]string{
				"Rates have further to fall than the market thinks": "Corvane Partners",
			},
		},
	})
}
