package ingest_test

import "testing"

// TestBodyVoices: who speaks for a body when copy names its people or
// calls it by a word that is not in its name — "the lobby" for an
// association named just before; "a company spokesperson" for the
// company that just spoke, a drug maker by its name's ending
// ("Therapeutics", "Biologics") or a bare name; "<Body> reviewers" or
// "<Acronym> inspectors" working in its name (but not a club's
// players); and "Chairman and CEO of <Body>, <Name>," whose name after
// the body is a person, not the body's wider place.
func TestBodyVoices(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "TheLobby",
			paras: []string{`Lenders resist rate caps

The central bank cut its policy rate for the third time this year.

The Coastal Credit Unions Federation said in a statement that its members would pass on the cut "over the coming quarter".

"Our members cannot price loans below what deposits cost them," the lobby said.`},
			want: map[string]string{
				"Our members cannot price loans below what deposits cost them": "Coastal Credit Unions Federation",
			},
		},
		{
			name: "CompanySpokespersonForADrugMaker",
			paras: []string{`Advisers back asthma inhaler

An advisory committee voted 11-2 in favour of an inhaler developed by Orrinvale Therapeutics.

Committee members raised questions about its use in children under six.

Orrinvale said it would run a further study in young children. "We welcome the committee's vote and will work with the agency on labelling," a company spokesperson said in an email.`},
			want: map[string]string{
				"We welcome the committee's vote and will work with the agency on labelling": "Orrinvale Therapeutics",
			},
		},
		{
			name: "CompanySpokespersonForABareName",
			paras: []string{`Ferry maker wins navy order

The navy ordered four patrol boats on Tuesday after a two-year tender.

Brannock said it would hire 200 workers at its yard. "This order secures the yard for a decade," a company spokeswoman said.`},
			want: map[string]string{
				"This order secures the yard for a decade": "Brannock",
			},
		},
		{
			name: "StaffOfABody",
			paras: []string{`Regulator questions plant's emissions

The plant has operated since 1987 and employs 340 people.

EPA inspectors wrote in their report that the filters were "badly maintained and years past replacement."

Halloway Labs researchers said the readings were "well within the range we expected".

Rovers players said the pitch was "a disgrace" after the match.`},
			want: map[string]string{
				"badly maintained and years past replacement.": "EPA",
				"well within the range we expected":            "Halloway Labs",
				"a disgrace":                                   "unknown",
			},
		},
		{
			name: "TitlesOfABodyThenTheName",
			paras: []string{`Pipeline partners meet

The three partners met in the capital to review the project's cost.

Chairman and CEO of Varnhold Energy, Tavita Marquardt-Obi, said the company was "ready to commit its engineers" to the work.`},
			want: map[string]string{
				"ready to commit its engineers": "Tavita Marquardt-Obi",
			},
		},
	})
}
