package ingest_test

import "testing"

// TestRound35aNewsletterInSpeech: a short paragraph that names a speaker
// in full ("<Relation>, <Given> <Hyphen-Surname>, said <she> kept every
// <kind> newsletter …") is the story's, not a sign-up line, so the
// surname alone the later quotes carry reads back to the full name.
func TestRound35aNewsletterInSpeech(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "relative named beside a newsletter",
		paras: []string{"Retired nurse remembered in Kingsford\n\n" +
			"Dorothy Pemberton, who nursed in Kingsford for forty years, died on Sunday aged 91.\n\n" +
			"Her son, Aldous Pemberton-Vane, said his mother read every parish newsletter from cover to cover.\n\n" +
			"\"She knew every family on the hill by the name of their dog,\" Pemberton-Vane said. \"Nobody left her ward without a joke.\"\n\n" +
			"A service will be held on Friday."},
		want: map[string]string{
			"She knew every family on the hill by the name of their dog": "Aldous Pemberton-Vane",
			"Nobody left her ward without a joke.":                       "Aldous Pemberton-Vane",
		},
	}})
}
