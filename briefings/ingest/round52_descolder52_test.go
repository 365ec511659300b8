package ingest_test

import "testing"

// TestRound52MetTitleHolder covers a bare title ("the minister", "The
// Minister") after a sentence that names two holders of it, one who met,
// called or held talks with the other: the title goes on with the
// sentence's subject, who leads, not with the other side of the meeting
// named nearer the quote.
func TestRound52MetTitleHolder(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a telephone conversation with a foreign counterpart",
			paras: []string{
				"Ministers discuss oil supply",
				"Foreign Minister Anna Kovari on Wednesday held a telephone conversation with Norland Foreign Minister Piet Dragan on oil supply.",
				"\"Their energy security is our energy security,\" the minister said after the call.",
			},
			want: map[string]string{"Their energy security is our energy security": "Anna Kovari"},
		},
		{
			name: "titles after the names, the bare title in capitals",
			paras: []string{
				"Ministers talk by telephone",
				"On 13 November, Mr. Arun Chaiwat, Minister of Foreign Affairs of Thailand, held a telephone conversation with Mr. Le Van Tho, Minister of Foreign Affairs of Viet Nam.",
				"The Minister expressed his appreciation for Viet Nam's help and said that the two countries were \"natural partners in the region\".",
			},
			want: map[string]string{"natural partners in the region": "Arun Chaiwat"},
		},
		{
			name: "the subject speaks after his meeting with a visiting minister",
			paras: []string{
				"Fuel deal extended",
				"Abroadland Deputy Foreign Minister Samir Haddawi met Energy Minister Karim Nassour on Monday.",
				"Nassour said after his meeting with Haddawi that the first shipment was expected in October. \"We have enough fuel for five weeks,\" the minister said.",
			},
			want: map[string]string{"We have enough fuel for five weeks": "Karim Nassour"},
		},
		{
			name: "the visitor named last speaks again by name: no meeting word before him",
			paras: []string{
				"Ministers meet in the capital",
				"Foreign Minister Anna Kovari met Norland Foreign Minister Piet Dragan on Monday.",
				"Dragan told reporters the talks had been useful. \"We will meet again in spring,\" the minister said.",
			},
			want: map[string]string{"We will meet again in spring": "Piet Dragan"},
		},
	})
}

// TestRound52TitleComplementNoHolder covers "the Minister of <Field>,
// <Name>," whose field the name rules take for a person titled "Minister
// of": a bare title later is the holder named in apposition.
func TestRound52TitleComplementNoHolder(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the minister of a field in apposition",
			paras: []string{
				"Island wants fishing sanctuary",
				"The island government on Wednesday adopted a draft law banning foreign fishing in its waters.",
				"\"Our ocean is not for sale,\" the Minister of Marine Resources, Tane Vairaa-Colombe, declared at the end of the meeting.",
				"The Minister added that the text would go before the Assembly \"before the end of the year\".",
			},
			want: map[string]string{"before the end of the year": "Tane Vairaa-Colombe"},
		},
	})
}
