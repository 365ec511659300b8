package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestReferRound46: words that refer back to a speaker the article named
// — a pronoun, "the minister" — resolve when the speaker's title ran over
// a list of fields whose last takes "the".
func TestReferRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "title's last listed field after the",
			paras: []string{
				`Speaking at the harbour on Friday, Minister for Fisheries, Ports and the Marine Eoghan Dervaley said the quota talks had "barely started".`,
				`"We will not sign anything that empties our harbours," he said.`,
				`The minister said a deal was "still some way off".`,
			},
			reg: reg,
			want: map[string]string{
				"barely started": "Eoghan Dervaley",
				"We will not sign anything that empties our harbours": "Eoghan Dervaley",
				"still some way off": "Eoghan Dervaley",
			},
		},
		{
			name: "a body's listed fields after the stay one body",
			paras: []string{
				`The Department of Fisheries, Ports and the Marine said the survey vessel would "sail again in spring".`,
			},
			reg:  reg,
			want: map[string]string{"sail again in spring": "Department of Fisheries, Ports and the Marine"},
		},
		{
			name: "and the before another body is no field",
			paras: []string{
				`Minister for Fisheries, Ports and Harbours Eoghan Dervaley met the Harbour Board on Monday.`,
				`"The board has our support," Dervaley said.`,
			},
			reg:  reg,
			want: map[string]string{"The board has our support": "Eoghan Dervaley"},
		},
	})
}

// TestReferRegistryTitleRound46: a capitalised title opening a sentence
// ("The Registrar urged …") carries a "she" after it back to the person
// the registry gives that title as "<Title>, <Body>", however far back
// she was named; a title no one named holds is left to no one.
func TestReferRegistryTitleRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Lindiwe Khumalo-Brandt", Role: "Registrar, Cooperatives Tribunal", Kind: "person", Aliases: []string{"Khumalo-Brandt"}},
	}}
	filler := []string{
		`The tribunal struck eleven societies off the roll on Monday.`,
		`The societies had filed no accounts for three years. Some had no members left. Others had merged without notice.`,
		`Several members wrote to the tribunal last year. Their letters went unanswered for months. The tribunal blamed a shortage of staff.`,
		`A union of savings groups said the move was overdue. It had warned of the problem in 2019. It asked for an audit of all societies.`,
	}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "capitalised title back to the registry's holder",
			paras: append(append([]string{
				`“The roll must mean something,” said Registrar Lindiwe Khumalo-Brandt.`,
			}, filler...),
				`The Registrar said the societies could appeal. “The door is not closed,” she said.`,
				`The Registrar urged members to check the roll. “Every letter will be read,” she said.`,
			),
			reg: reg,
			want: map[string]string{
				"The roll must mean something": "Lindiwe Khumalo-Brandt",
				"The door is not closed":       "Lindiwe Khumalo-Brandt",
				"Every letter will be read":    "Lindiwe Khumalo-Brandt",
			},
		},
		{
			name: "a title no one named holds",
			paras: append(append([]string{
				`“The roll must mean something,” said Registrar Lindiwe Khumalo-Brandt.`,
			}, filler...),
				`The Auditor urged members to check the roll. “Every letter will be read,” he said.`,
			),
			reg: reg,
			want: map[string]string{
				"Every letter will be read": "unknown",
			},
		},
	})
}

// TestReferOwnOfficeRound46: "the <title>'s office" answers for the
// officer named with that title, unless the article names a body for
// that office, which is then the speaker.
func TestReferOwnOfficeRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "the minister's office",
			paras: []string{
				`Minister Rosalind Okafor-Hale said the clinic would reopen in March.`,
				`Parents said they had heard nothing since. The minister's office said on Friday that "the builders are back on site".`,
			},
			reg:  reg,
			want: map[string]string{"the builders are back on site": "Rosalind Okafor-Hale"},
		},
		{
			name: "an office the article names as a body",
			paras: []string{
				`Chief Prosecutor Anselm Vidrecht opened the case against the contractor on Monday.`,
				`The Regional Prosecutor's Office filed its charges last year. The prosecutor's office said the tender had been "rigged from the start".`,
			},
			reg:  reg,
			want: map[string]string{"rigged from the start": "Regional Prosecutor's Office"},
		},
	})
}

// TestReferReplyRound46: "the reply said" after a body answered in a
// written reply speaks for that body, as "the statement said" does.
func TestReferReplyRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "the reply after a written reply",
			paras: []string{
				`The Harbour Works Authority said in a written reply to the Gazette that the pier would be "closed until further notice".`,
				`"Repairs cannot begin until the divers have finished the survey," the reply said.`,
			},
			reg:  reg,
			want: map[string]string{"Repairs cannot begin until the divers have finished the survey": "Harbour Works Authority"},
		},
		{
			name: "a reply in a quote is no issuer",
			paras: []string{
				`Fishermen said they had waited a month for the Harbour Works Authority to answer their letter.`,
				`"We never got a reply," said Tomas Rivaldo-Penn, who fishes from the pier.`,
			},
			reg:  reg,
			want: map[string]string{"We never got a reply": "Tomas Rivaldo-Penn"},
		},
	})
}
