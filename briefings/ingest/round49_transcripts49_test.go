package ingest_test

import "testing"

// TestRound49Transcripts49 covers quotes a paragraph leaves unmarked after a
// sentence about their speaker, and a press conference's answers set out
// under topic headings after "Here is what he said."
func TestRound49Transcripts49(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a surname with an aside, then a paragraph that is only a quote",
			paras: []string{
				"Vance wins the national 10km road title",
				"Imogen Vance won the national 10km road title in Leeds on Sunday, ahead of Petra Holloway.",
				"\"I went early because my legs felt good,\" Vance said.",
				"Holloway, who led until the last kilometre, was philosophical.",
				"\"I ran my own race and she was simply stronger on the hill.\"",
			},
			want: map[string]string{"I ran my own race and she was simply stronger on the hill.": "Petra Holloway"},
		},
		{
			name: "a title before the full name, then a paragraph that is only a quote",
			paras: []string{
				"Late break takes the stage in the hills",
				"The breakaway held off the bunch by nine seconds on the climb to Vellano on Wednesday.",
				"Race leader Tomas Hrubec kept his jersey for a third day.",
				"\"The team rode perfectly and I only had to follow the wheels.\"",
			},
			want: map[string]string{"The team rode perfectly and I only had to follow the wheels.": "Tomas Hrubec"},
		},
		{
			name: "a capitalised word and an agent noun before the full name",
			paras: []string{
				"Climber crashes out on the descent",
				"Team Norvik rider Aksel Dahl was taken to hospital on Friday after falling on the descent.",
				"Stage winner Bruno Castellet dedicated the victory to Dahl.",
				"\"This one is for Aksel. We trained together all winter.\"",
			},
			want: map[string]string{"This one is for Aksel. We trained together all winter.": "Bruno Castellet"},
		},
		{
			name: "near miss: an unnamed spectator between the winner and the quote",
			paras: []string{
				"Climber crashes out on the descent",
				"Team Norvik rider Aksel Dahl was taken to hospital on Friday after falling on the descent.",
				"Stage winner Bruno Castellet dedicated the victory to Dahl.",
				"A spectator at the finish was less kind to the organisers.",
				"\"Ride safe, come home.\"",
			},
			want: map[string]string{"Ride safe, come home.": "unknown"},
		},
		{
			name: "an opening participle with a relative aside, then the title",
			paras: []string{
				"Harlow coach confident before cup tie",
				"Harlow coach Dmitri Veselko said on Friday his side were ready for the cup tie with Redbourne.",
				"\"We have trained well all week,\" Veselko said.",
				"Asked about Owen Pryce, who limped off on Tuesday with a knee problem, the coach was calm.",
				"\"Owen is fine, he will be on the bench and ready if we need him.\"",
			},
			want: map[string]string{"Owen is fine, he will be on the bench and ready if we need him.": "Dmitri Veselko"},
		},
		{
			name: "the title with an adverb before the verb, the quote in the same paragraph",
			paras: []string{
				"Marlow coach backs his striker",
				"Marlow head coach Ruben Aldana said his side had been unlucky to lose 2-1 at home.",
				"\"We had the chances and we did not take them,\" Aldana said.",
				"The coach also backed striker Leon Batt, who missed a penalty. \"He is our best finisher. One miss does not change that.\"",
			},
			want: map[string]string{"He is our best finisher. One miss does not change that.": "Ruben Aldana"},
		},
		{
			name: "a press conference's answers under topic headings after \"Here is what he said\"",
			paras: []string{
				"Redbourne manager on the cup tie",
				"Redbourne manager Stefan Okafor spoke to reporters ahead of Sunday's cup tie with Harlow. Here is what he said.",
				"On injuries",
				"\"Tom is back in training. He will travel with us.\"",
				"On the opponents",
				"\"They are a good side, strong at home.\"",
				"Q: Will you rotate the squad?",
				"\"No. We pick the strongest team we have.\"",
				"Club chairman Peter Lund said in a statement: \"Stefan has our full backing.\"",
				"On the road outside the ground, a banner read \"Bring back the old stand\".",
			},
			want: map[string]string{
				"Tom is back in training. He will travel with us.": "Stefan Okafor",
				"They are a good side, strong at home.":            "Stefan Okafor",
				"No. We pick the strongest team we have.":          "Stefan Okafor",
				"Stefan has our full backing.":                     "Peter Lund",
			},
		},
		{
			name: "near miss: an unnamed fan's quote after a paragraph about a body stays unknown",
			paras: []string{
				"Harlow fans queue for cup tickets",
				"Harlow Town sold out its allocation for the cup tie within an hour on Monday.",
				"The club, which had asked for more seats, was disappointed.",
				"\"It is the biggest game we have had in twenty years.\"",
			},
			want: map[string]string{"It is the biggest game we have had in twenty years.": "unknown"},
		},
		{
			name: "near miss: a heading run is not carried past a change of speaker",
			paras: []string{
				"Redbourne manager on the cup tie",
				"Redbourne manager Stefan Okafor spoke to reporters ahead of Sunday's cup tie with Harlow. Here is what he said.",
				"On injuries",
				"\"Tom is back in training.\"",
				"Harlow coach Dmitri Veselko said on Friday: \"We are ready for them.\"",
				"On the opponents",
				"\"They will come to defend.\"",
			},
			want: map[string]string{
				"Tom is back in training.":  "Stefan Okafor",
				"They will come to defend.": "unknown",
			},
		},
	})
}
