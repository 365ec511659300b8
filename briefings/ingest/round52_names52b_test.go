package ingest_test

import "testing"

// TestRound52TitlesAndShortForms covers a title noun taken as a person
// and a person's first names cut off the name: "the Primate" is the
// archbishop the copy named by that title (and "the Archbishop" still
// is), and two unlisted first names after a title set right before the
// name are the person's own, not a body's words.
func TestRound52TitlesAndShortForms(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the Primate is the archbishop named by that title",
			paras: []string{
				"Church opens schools to flood victims",
				"The Primate of the Anglican Church of Kenya, Archbishop Joseph Mwangi Kariuki, visited the flooded parish on Sunday.",
				"The archbishop said the Church had opened seven buildings. \"No family will be turned away from our doors,\" the Primate said.",
				"The Archbishop called on the county to find safer land. \"Relief alone is not enough,\" he said.",
			},
			want: map[string]string{
				"No family will be turned away from our doors": "Joseph Mwangi Kariuki",
				"Relief alone is not enough":                   "Joseph Mwangi Kariuki",
			},
		},
		{
			name: "two unlisted first names after a title before a listed given name",
			paras: []string{
				"Lawyers reject draft bill",
				"Lawyers across the country rejected the draft bill on Friday.",
				"KBA President Rana Sajjad Ahmed Wattoo said the association would challenge the bill \"in its present form.\"",
				"\"We will not accept it,\" Wattoo said.",
			},
			want: map[string]string{
				"in its present form.":  "Rana Sajjad Ahmed Wattoo",
				"We will not accept it": "Rana Sajjad Ahmed Wattoo",
			},
		},
	})
}

// TestRound52BalineseNameAfterTitle covers a Balinese person's opening
// names ("I" and a birth-order name) run into the title before them when
// the copy calls the person by the last names alone: the short form ends
// the full name, which is the speaker's.
func TestRound52BalineseNameAfterTitle(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "head of an agency's provincial office, then the short form",
			paras: []string{
				"Floods close roads in Gianyar",
				"Heavy rain flooded parts of Gianyar on Tuesday night.",
				"\"We have moved 300 residents to the village hall,\" head of BPBD Gianyar I Wayan Sudarma Putra said on Wednesday.",
				"Sudarma Putra said two bridges were closed. \"The water is falling now,\" he said.",
			},
			want: map[string]string{
				"We have moved 300 residents to the village hall": "I Wayan Sudarma Putra",
				"The water is falling now":                        "I Wayan Sudarma Putra",
			},
		},
	})
}
