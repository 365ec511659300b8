package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound12BodyOrgans checks how round 12 reads a body speaking through
// one of its organs or people — a committee or board that is part of a
// body the registry lists, a body's staff, a forum's partners — one
// pattern a case, each on invented copy: the quote and the speaker a
// reader gives it.
func TestRound12BodyOrgans(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			// A committee introduced as part of a body ("The <Name>
			// Committee (<ACR>) of the <Body>"), which the registry does not
			// list on its own, speaks for the body, by its name, its acronym
			// or its head word.
			name: "CommitteeOfRegistryBody",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Reserve Bank of Norland", Role: "Central bank of Norland", Kind: "organisation"},
			}},
			paras: []string{
				`The Rate Setting Committee (RSC) of the Reserve Bank of Norland met on Tuesday and left the policy rate at 3 per cent.`,
				`The RSC noted that wage growth had been "moderate" over the summer.`,
				`The Committee considered that the outlook "remains clouded by energy prices".`,
			},
			want: map[string]string{
				"moderate":                         "Reserve Bank of Norland",
				"remains clouded by energy prices": "Reserve Bank of Norland",
			},
		},
		{
			// A registry's committee keeps its own name.
			name: "RegistryCommitteeKeepsItsName",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Reserve Bank of Norland", Role: "Central bank of Norland", Kind: "organisation"},
				{Name: "Rate Setting Committee", Role: "The Reserve Bank of Norland's rate-setting committee", Kind: "organisation", Aliases: []string{"RSC"}},
			}},
			paras: []string{
				`The Rate Setting Committee (RSC) of the Reserve Bank of Norland met on Tuesday and left the policy rate at 3 per cent.`,
				`The RSC noted that wage growth had been "moderate" over the summer.`,
			},
			want: map[string]string{
				"moderate": "Rate Setting Committee",
			},
		},
		{
			// A board named after its body ("The <Body> Executive Board")
			// is the body's, and so is "the Executive Board's report".
			name: "BoardAfterRegistryBody",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "ICF", Role: "International Canoe Federation", Kind: "organisation"},
			}},
			paras: []string{
				`The ICF Executive Board, meeting in Lausanne on Saturday, awarded the 2031 world championships to Bled.`,
				`The Executive Board's evaluation report called the bid "the most complete we have received".`,
			},
			want: map[string]string{
				"the most complete we have received": "ICF",
			},
		},
		{
			// A body's staff, in lower case after its name ("<Fund> staff"),
			// speak in its name.
			name: "BodysStaff",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "International Monetary Fund", Role: "International financial institution", Kind: "organisation", Aliases: []string{"IMF"}},
			}},
			paras: []string{
				`Norland's budget deficit narrowed to 2.1 per cent of output last year.`,
				`IMF staff described the fiscal plan as "credible but back-loaded" after their mission to the capital.`,
			},
			want: map[string]string{
				"credible but back-loaded": "International Monetary Fund",
			},
		},
		{
			// A forum's or a partnership's partners, in lower case after its
			// acronym ("the <Forum> partners said"), are the forum speaking.
			name: "ForumsPartners",
			paras: []string{
				`Dock workers in 40 ports will get a 6 per cent rise under a deal reached by the Harbour Bargaining Forum (HBF) on Tuesday.`,
				`The HBF brings together the dockers' unions and the port operators.`,
				`In a joint statement, the HBF partners said: "This deal rewards the people who kept the ports open."`,
			},
			want: map[string]string{
				"This deal rewards the people who kept the ports open.": "Harbour Bargaining Forum",
			},
		},
	})
}
