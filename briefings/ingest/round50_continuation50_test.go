package ingest_test

import "testing"

// TestRound50Continuation50 covers a quote paragraph with no attribution of
// its own after a feature's paragraph about the person who spoke before:
// the paragraph opens on them as its subject ("<Surname>, 61, is a …") and
// names no one else, and the quote that follows is theirs.
func TestRound50Continuation50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a profile paragraph that opens on the speaker, then a bare quote",
			paras: []string{
				"The last beekeeper on the ridge",
				"Every morning before dawn, a pickup climbs the gravel road above Dunmarrow with forty empty frames in the back.",
				"\"The hives don't wait for anybody,\" says Odile Vantreau-Fisk, wiping her hands on a rag. \"You come when they need you.\"",
				"Vantreau-Fisk, 61, is one of the few commercial beekeepers still working the hill farms of the valley. She took over the hives from her aunt in 1994. This spring, she lost almost a third of them to a wet April.",
				"\"People think honey is a sweet little hobby. It's not. It's lifting and stings and arguing with the weather, and then the price falls anyway.\"",
			},
			want: map[string]string{"People think honey is a sweet little hobby. It's not. It's lifting and stings and arguing with the weather, and then the price falls anyway.": "Odile Vantreau-Fisk"},
		},
		{
			name: "a profile paragraph whose subject is set off by an aside",
			paras: []string{
				"The tide-gauge keeper",
				"\"The sea keeps better books than we do,\" says Caspar Lindqvist-Mure, tapping the brass housing of the gauge.",
				"Lindqvist-Mure, a harbour engineer with the port trust, climbs down the ladder to the float well twice a week. The rust has eaten through two of its rungs since the winter.",
				"\"When I started, the high-water mark was a line on the wall. Now it's a line on the second floor of the warehouse.\"",
			},
			want: map[string]string{"When I started, the high-water mark was a line on the wall. Now it's a line on the second floor of the warehouse.": "Caspar Lindqvist-Mure"},
		},
		{
			name: "near miss: the paragraph between names another speaker, the quote stays unattributed",
			paras: []string{
				"The tide-gauge keeper",
				"\"The sea keeps better books than we do,\" says Caspar Lindqvist-Mure, tapping the brass housing of the gauge.",
				"Lindqvist-Mure, a harbour engineer with the port trust, climbs down the ladder to the float well twice a week. Ines Harrowgate-Pell, the trust's surveyor, wants the well rebuilt. The rust has eaten through two of its rungs since the winter.",
				"\"When I started, the high-water mark was a line on the wall. Now it's a line on the second floor of the warehouse.\"",
				"\"We need a new well before the spring tides,\" Harrowgate-Pell said.",
			},
			want: map[string]string{"When I started, the high-water mark was a line on the wall. Now it's a line on the second floor of the warehouse.": "unknown"},
		},
	})
}
