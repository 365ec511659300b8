package ingest_test

import "testing"

// TestTitleThenNameSignatures: a release's quotes box signs each quote on
// the line under it with a dash, the signer's title and their name and no
// comma between ("– Minister of Lands Jane Doe"), a title that may run on
// through a body's name; a quote over two paragraphs takes the signature
// under its last, and a dash line that is no title and name signs nothing.
func TestTitleThenNameSignatures(t *testing.T) {
	t.Parallel()
	text := `Two provinces agree to share snowplough fleets

The governments of Norvale and Easthaven have agreed to lend each other snowploughs and crews during severe storms.

Quotes

“Snow does not stop at the provincial line. When a storm closes the pass, the nearest plough should clear it.

“This agreement lets our crews cross without waiting for paperwork.”

– Minister of Highways and Public Works Tamsin Okonkwo-Reyes

“Our depots on the eastern slope are closer to half of Norvale's valley roads than Norvale's own.”

– Director of the Easthaven Department of Transportation and Infrastructure Benedikt Salo-Marchetti

“Mountain villages have waited years for this kind of arrangement.”

– Mayor of the Town of Crestwick Oyelaran Fitzgerald-Ama

“We thank everyone who has worked on the plan.”

– Snow clearing schedules are published every morning at six

Media contact

Roisin Delacroix-Hale`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"Snow does not stop at the provincial line. When a storm closes the pass, the nearest plough should clear it. This agreement lets our crews cross without waiting for paperwork.": "Tamsin Okonkwo-Reyes",
		"Our depots on the eastern slope are closer to half of Norvale's valley roads than Norvale's own.":                                                                                "Benedikt Salo-Marchetti",
		"Mountain villages have waited years for this kind of arrangement.":                                                                                                               "Oyelaran Fitzgerald-Ama",
		"We thank everyone who has worked on the plan.":                                                                                                                                   "unknown",
	})
}
