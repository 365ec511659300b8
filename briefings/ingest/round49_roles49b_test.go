package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound49Roles49b: a named part of a body the registry lists (its
// committee, department, board or a court's full bench) speaks for the
// body when the registry has no entry for the part; parts of bodies the
// registry does not list stay as they are.
func TestRound49Roles49b(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Reserve Bank of Norland", Kind: "organisation", Role: "Central bank", Aliases: []string{"RBN"}},
		{Name: "Supreme Court of Eastvale", Kind: "organisation", Role: "Court"},
		{Name: "Norland", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a registry bank's committee in the possessive",
			reg:  reg,
			paras: []string{
				"Norland holds its key rate",
				"The Reserve Bank of Norland's Rate Setting Committee kept its key rate at 6 percent on Thursday.",
				"\"Price growth has slowed for a third quarter and the committee sees no need to move,\" the committee said in its statement.",
			},
			want: map[string]string{"Price growth has slowed for a third quarter and the committee sees no need to move": "Reserve Bank of Norland"},
		},
		{
			name: "an acronym's department with a complement",
			reg:  reg,
			paras: []string{
				"Lenders told to report fees",
				"Commercial lenders must publish their loan fees by June, regulators said.",
				"In a circular, the RBN's Department of Bank Supervision said it had written to every lender. \"Each lender will file its fee schedule with us by the end of May,\" the department said.",
			},
			want: map[string]string{"Each lender will file its fee schedule with us by the end of May": "Reserve Bank of Norland"},
		},
		{
			name: "a registry court's full bench",
			reg:  reg,
			paras: []string{
				"Appeal over harbour fees fails",
				"The Full Court of the Supreme Court of Eastvale has dismissed an appeal by a shipping line against the harbour board's fees.",
				"\"A fee fixed by statute is not a penalty,\" the Full Court of the Supreme Court of Eastvale said.",
			},
			want: map[string]string{"A fee fixed by statute is not a penalty": "Supreme Court of Eastvale"},
		},
		{
			name: "near miss: a court's bench of a court the registry does not list",
			reg:  reg,
			paras: []string{
				"Appeal over harbour fees fails",
				"The Full Court of the High Court of Westbay has dismissed an appeal by a shipping line against the harbour board's fees.",
				"\"A fee fixed by statute is not a penalty,\" the Full Court of the High Court of Westbay said.",
			},
			want: map[string]string{"A fee fixed by statute is not a penalty": "Full Court of the High Court of Westbay"},
		},
		{
			name: "near miss: a committee of a body the registry does not list",
			reg:  reg,
			paras: []string{
				"Westbay bank holds its key rate",
				"The Westbay Monetary Authority's Rate Setting Committee kept its key rate at 4 percent on Thursday.",
				"\"Price growth has slowed for a third quarter,\" the Westbay Monetary Authority's Rate Setting Committee said.",
			},
			want: map[string]string{"Price growth has slowed for a third quarter": "Westbay Monetary Authority's Rate Setting Committee"},
		},
	})
}
