package ingest_test

import "testing"

// TestVehicleAside: an aside between a subject and its verb that says how
// the subject's words were delivered — "in a submission to …", "in a
// message read at …", "in its concluding statement at the end of …" — keeps
// the subject as the speaker however long the aside runs, and a body or a
// person named inside the aside does not speak.
func TestVehicleAside(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "in a submission to a meeting", paras: []string{
			"Ministers meet on river shipping",
			"The Danube Shipping Council, in a submission to the ministers' meeting in Vidin, said the locks were \"a century behind the boats that use them.\"",
		}, want: map[string]string{
			"a century behind the boats that use them.": "Danube Shipping Council",
		}},
		{name: "in a message read at a forum by someone else", paras: []string{
			"Corridor forum opens",
			"The Norland Chamber of Shipping, in a message read at the forum by its deputy chair Ines Albrecht-Moro, described the corridor as \"the shortest road to the sea for half the continent\".",
		}, want: map[string]string{
			"the shortest road to the sea for half the continent": "Norland Chamber of Shipping",
		}},
		{name: "in its concluding statement at the end of a long mission (wording in no set)", paras: []string{
			"Fund backs central bank",
			"The Regional Monetary Fund, in its concluding statement at the end of the annual consultation mission to Sudria in March, described the bank's policy as \"broadly appropriate\".",
		}, want: map[string]string{
			"broadly appropriate": "Regional Monetary Fund",
		}},
		{name: "a body named inside the aside does not speak", paras: []string{
			"Dockers write to ministry",
			"The Harbour Workers' Union, in a letter to the Ministry of Labour sent on Friday, said the new shifts were \"unsafe and unlawful\".",
		}, want: map[string]string{
			"unsafe and unlawful": "Harbour Workers' Union",
		}},
		{name: "an opening phrase is no aside: the subject after it speaks", paras: []string{
			"Mayor opens bridge",
			"In a speech at the opening, Mayor Tobias Lindqvist-Hart said the bridge was \"ten years late and worth every day\".",
		}, want: map[string]string{
			"ten years late and worth every day": "Tobias Lindqvist-Hart",
		}},
	})
}
