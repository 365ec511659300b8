package ingest_test

import "testing"

// TestRound50Persons50 covers a person's name cut at the wrong word or
// carrying a title or descriptor.
func TestRound50Persons50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a board title before a given name and surname is no part of the name",
			paras: []string{
				"Harlow district board votes to merge two schools",
				"HARLOW — The district board of trustees voted 4-1 on Tuesday to merge two elementary schools.",
				"Board Chair Trustee Evangeline Marchetti-Soto voted in favor.",
				"\"I have served on this board for six years and this was the hardest vote,\" she said.",
				"Trustee Pemberton, who voted against, said the district had \"ignored the parents\" in the process.",
				"\"We had three other options on the table and looked at none of them,\" Pemberton said.",
			},
			want: map[string]string{
				"I have served on this board for six years and this was the hardest vote": "Evangeline Marchetti-Soto",
				"ignored the parents": "Pemberton",
				"We had three other options on the table and looked at none of them": "Pemberton",
			},
		},
		{
			name: "an opposition spokesman's field is no part of the name",
			paras: []string{
				"Budget debate opens in parliament",
				"The finance minister opened the budget debate on Tuesday with a promise of lower taxes.",
				"Opposition Spokesman on Finance Cornelius Abernethy-Walsh, speaking to reporters, called the budget \"a gift to the rich.\"",
				"\"The threshold is welcome. But where is the plan for the farmers?\" Abernethy-Walsh said.",
			},
			want: map[string]string{
				"a gift to the rich.": "Cornelius Abernethy-Walsh",
				"The threshold is welcome. But where is the plan for the farmers?": "Cornelius Abernethy-Walsh",
			},
		},
		{
			name: "a student's fields and year before the name",
			paras: []string{
				"Campus gallery to close photo show early",
				"The campus art museum will close its photography exhibition two weeks early, the museum said Monday.",
				"Music & Theatre junior Odalys Brennerman, who worked as a guide, said visitors had come \"in crowds I have never seen.\"",
				"\"People stood in front of every picture,\" Brennerman said.",
			},
			want: map[string]string{
				"in crowds I have never seen.":           "Odalys Brennerman",
				"People stood in front of every picture": "Odalys Brennerman",
			},
		},
		{
			name: "a surname of two capitalised words after a descriptor",
			paras: []string{
				"Folk festival cuts its line-up",
				"The Riverside Folk Festival will shrink to two days next summer, organisers said.",
				"Singer-songwriter Tamsin Eagle Feather, who played the main stage last year, wrote on Instagram: \"This festival is my home. I will be there whatever size it is.\"",
			},
			want: map[string]string{
				"This festival is my home. I will be there whatever size it is.": "Tamsin Eagle Feather",
			},
		},
		{
			name: "a given name that is also a place word after a body's name",
			paras: []string{
				"Grain agency says stocks are ample",
				"The state grain agency says stocks are ample ahead of the dry season.",
				"Meanwhile, President Director of Perum Gandum Rizal Hartono Siregar said that stocks stand at 1.2 million tons.",
				"\"We have the warehouses and we have the budget,\" Rizal said.",
			},
			want: map[string]string{
				"We have the warehouses and we have the budget": "Rizal Hartono Siregar",
			},
		},
		{
			name: "a body whose name opens with St",
			paras: []string{
				"Ambulance ramping hits a winter high",
				"Ambulances spent a record number of hours waiting outside hospitals last month.",
				"St Luke Western Canada said in a statement: \"Our crews are doing an extraordinary job in hard conditions.\"",
			},
			want: map[string]string{
				"Our crews are doing an extraordinary job in hard conditions.": "St Luke Western Canada",
			},
		},
	})
}
