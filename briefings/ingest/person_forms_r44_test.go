package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestPersonFormsRound44: a name the reader cut short or ran a word into
// is the fullest form of the name the article prints — a given name
// after a title word, a courtesy title inside a name, the first of three
// parts where a body's run was assumed, and a noun for what the person
// does opening the sentence before the name.
func TestPersonFormsRound44(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "given name after a title word",
			paras: []string{
				`Opposition Marlow North MP Charity Quarshie called the ferry repairs overdue. "Nobody has seen a single engineer on the slipway since March," Quarshie told the paper.`,
			},
			reg:  reg,
			want: map[string]string{"Nobody has seen a single engineer on the slipway since March": "Charity Quarshie"},
		},
		{
			name: "given name after a plural title",
			paras: []string{
				`A bench of Justices Ozzelina Brackwater-Dunne and Piet Rauch heard the appeal about the harbour licences on Thursday.`,
				`"Then the council should have written to the tenants first," Justice Brackwater-Dunne remarked.`,
			},
			reg:  reg,
			want: map[string]string{"Then the council should have written to the tenants first": "Ozzelina Brackwater-Dunne"},
		},
		{
			name: "courtesy title inside a name",
			paras: []string{
				`The region's Minister of Fisheries, Yusuf Sheikh Abdirahman, said: "The boats have stayed in port for six weeks and the families cannot wait any longer."`,
			},
			reg:  reg,
			want: map[string]string{"The boats have stayed in port for six weeks and the families cannot wait any longer.": "Yusuf Sheikh Abdirahman"},
		},
		{
			name: "first of three parts",
			paras: []string{
				`For thirty years Usta Derwal Karim Haddo has bound books in a room above the spice market.`,
				`Derwal Karim Haddo, 71, learned the trade from his grandfather and opened his own room in 1990.`,
				`"Paper remembers every hand that touched it," Haddo says.`,
			},
			reg:  reg,
			want: map[string]string{"Paper remembers every hand that touched it": "Derwal Karim Haddo"},
		},
		{
			name: "descriptor opening the sentence",
			paras: []string{
				`Critic Tomasz Wierzba, reviewing the season for a weekly, called the opening play "a brave mess that deserves a second look".`,
			},
			reg:  reg,
			want: map[string]string{"a brave mess that deserves a second look": "Tomasz Wierzba"},
		},
		{
			name: "descriptor after a dateline",
			paras: []string{
				`Harbourtown: Opener Dario Quellmann made his third hundred of the season as the home side saved the match on the final day.`,
				`"I only wanted to stay in and let the runs come," Quellmann said after play.`,
			},
			reg:  reg,
			want: map[string]string{"I only wanted to stay in and let the runs come": "Dario Quellmann"},
		},
	})
}
