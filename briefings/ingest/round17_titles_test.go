package ingest_test

import "testing"

// TestTitleOfChainHolder: a title whose "of" phrases run over a body's or
// a place's name ("The president of the association of ferry owners of
// Lake <Name>, <Name>, rejects …") is the holder's, set off after it: "he"
// next means them, and a colon's subject ("The Chair of the committee,
// <Name> (<Country>, <Group>), said:") is them, not a role no one holds.
func TestTitleOfChainHolder(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a long title, a non-speech verb, then he", paras: []string{
			"Ferry owners reject blame for sinking",
			"At least twenty people died when an overloaded ferry sank on the lake on Sunday, the provincial governor, Mr. Bwanga, said on Monday.",
			"The president of the association of ferry owners of Lake Kivumba, Anselme Mutombo Kasa, for his part, rejects the accusations against the owners.",
			"\"The owners are not the ones who closed the roads,\" he declared.",
		}, want: map[string]string{"The owners are not the ones who closed the roads": "Anselme Mutombo Kasa"}},
		{name: "a committee chair before a colon, a bracket after the name", paras: []string{
			"Assembly committee backs report on spyware",
			"During the debate, Ilona Varga-Sørensen (Hungary, SOC) said the report was \"long overdue\".",
			"The Chair of the committee, Pieter-Jan Aalbers-Dunne (Netherlands, EPP/CD), said: \"No member State is spared, and none can act alone.\"",
		}, want: map[string]string{"No member State is spared, and none can act alone.": "Pieter-Jan Aalbers-Dunne"}},
	})
}
