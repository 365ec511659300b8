package ingest_test

import "testing"

// TestFamily34aAndItSays: "<Unit> of the <Ministry> issued a <notice> …
// and it says “…”" — the "it" of a clause joined by "and" carries on the
// sentence's subject, the unit, not the ministry its "of my <Body>" or
// "of our <Body>" names; a unit's name that joins two fields with "and"
// stays whole.
func TestFamily34aAndItSays(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a unit of two fields under our department", paras: []string{
			"Dam works close river crossing",
			"KISUMU, 11 March - The ferry at Rongai will stop for a month while the weir is rebuilt.",
			"The Fisheries and Wildlife Unit of our Department sent boat owners a notice on Friday, and it says \"nets left in the channel will be seized\".",
		}, want: map[string]string{"nets left in the channel will be seized": "Fisheries and Wildlife Unit"}},
		{name: "a unit of two fields under my ministry", paras: []string{
			"Dam works close river crossing",
			"KISUMU, 11 March - The ferry at Rongai will stop for a month while the weir is rebuilt.",
			"The Roads and Bridges Division of my Ministry put out a circular last week and it says \"heavy lorries must use the eastern bypass\".",
		}, want: map[string]string{"heavy lorries must use the eastern bypass": "Roads and Bridges Division"}},
	})
}
