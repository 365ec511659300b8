package ingest_test

import "testing"

// TestHyphenSignatures: a release's quotes box may sign each quote with a
// hyphen where typeset copy has a dash ("- The Honourable X, Minister of
// …", "- X, President, <body>", "- Chief X, <nation>"); the hyphen line
// signs the quote above it as the dash line does.
func TestHyphenSignatures(t *testing.T) {
	t.Parallel()
	text := `Province funds new ferry ramps on the western coast

News release

The Government of Norvale today announced $12 million to rebuild ferry ramps at three coastal villages.

Quotes

“Ferry ramps are how our island villages reach hospitals, schools and markets. This money keeps them open.”

- The Honourable Priyanka Vandersloot-Ade, Minister of Transport

“Last spring the ramp at Kelby cracked and the ferry could not dock for nine days.

“Now the work can finally begin.”

- Osric Lemaire-Tanaka, President, Kelby Ferry Users Association

“Our families have crossed this water for generations.”

- Chief Roanna Whitfeather-Bell, Kelby River Nation

“A second ramp means the ambulance boat can land in any tide.”

- Chief of the Marrow Bay First Nation Tobiah Quill-Amsel

Contacts

Media Relations
Ministry of Transport`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"Ferry ramps are how our island villages reach hospitals, schools and markets. This money keeps them open.":         "Priyanka Vandersloot-Ade",
		"Last spring the ramp at Kelby cracked and the ferry could not dock for nine days. Now the work can finally begin.": "Osric Lemaire-Tanaka",
		"A second ramp means the ambulance boat can land in any tide.":                                                      "Tobiah Quill-Amsel",
		"Our families have crossed this water for generations.":                                                             "Roanna Whitfeather-Bell",
	})
}
