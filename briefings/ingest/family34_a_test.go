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

// TestFamily34aOurNoticeSays: in a transcript turn, "We <send> a
// <document> …, and it says “…”" and "We have <sent> a <document> …. It
// says “…”" quote the notice of the body the turn's "we" stands for, not
// the body or the place named last before it.
func TestFamily34aOurNoticeSays(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "and it says after our notice", paras: []string{
			"Transcript of the weekly briefing on the drought",
			"Speakers:\nHendrik Solberg-Adeyemi, Director, Lakeshore Water Authority\nModerator: Ines Varga-Mbeki, Press Office",
			"MODERATOR: Good morning. The Director will start.",
			"DIRECTOR: Thank you. The National Weather Bureau has told us the lake will keep falling through May. We sent a circular to farmers on Monday, and it says, \"Irrigation from the canals is allowed only before sunrise.\"",
		}, want: map[string]string{"Irrigation from the canals is allowed only before sunrise.": "Lakeshore Water Authority"}},
		{name: "it says opening the sentence after our notice", paras: []string{
			"Transcript of the weekly briefing on the drought",
			"Speakers:\nHendrik Solberg-Adeyemi, Director, Lakeshore Water Authority\nModerator: Ines Varga-Mbeki, Press Office",
			"MODERATOR: Good morning. The Director will start.",
			"DIRECTOR: Thank you. The National Weather Bureau has told us the lake will keep falling through May. We have published a notice for households, which many of you have read. It says, \"Garden hoses may not be used until the rains return.\"",
		}, want: map[string]string{"Garden hoses may not be used until the rains return.": "Lakeshore Water Authority"}},
	})
}
