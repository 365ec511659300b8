package ingest_test

import "testing"

// TestRound38eMasterMusicianTitle: "<Ustad> <Given> <Name>", the title
// South Asian copy puts before a master musician's name, is no part of
// the name; the pronoun that follows speaks for the bare name.
func TestRound38eMasterMusicianTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "sarangi teacher's farewell",
		paras: []string{"Sarangi maestro gives his last recital\n\n" +
			"Lucknow, Mar 14: Veteran sarangi player Ustad Imtiaz Hasan Qureshi gave his farewell recital at the Bhatkhande auditorium on Saturday evening. He is 79.\n\n" +
			"After the encore he thanked his pupils. \"The bow is lighter now than when I was a boy, but the strings still answer,\" he said.\n\n" +
			"The recital was recorded for the state archive."},
		want: map[string]string{
			"The bow is lighter now than when I was a boy, but the strings still answer": "Imtiaz Hasan Qureshi",
		},
	}})
}
