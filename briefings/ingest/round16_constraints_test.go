package ingest_test

import "testing"

// TestQuoteNamesOther: a speaker does not talk about themselves by name.
// When a pronoun picks the speaker, a candidate the quote names in the
// third person — by their given name, their surname or in full — is
// someone the speaker talks about, and the pronoun means the next person
// back. A name the quote addresses, a household's name, and a surname two
// people share leave the pronoun as it was.
func TestQuoteNamesOther(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a coach on his goalkeeper by the given name", paras: []string{
			"Harbour United reach the cup final",
			"Goalkeeper Tomasz Wielgosz-Brant saved three penalties as Harbour United beat Eastfield 5-4 in a shootout on Saturday.",
			"Harbour United manager Rui Caldeira-Moss said the win had been \"earned in the last ten minutes\", adding that the squad had trained for penalties all week.",
			"The former striker, who took charge in March, singled out his goalkeeper. \"Tomasz was unbeatable. I told him to wait for the kicker and he did exactly that,\" he said.",
		}, want: map[string]string{"Tomasz was unbeatable. I told him to wait for the kicker and he did exactly that": "Rui Caldeira-Moss"}},
		{name: "a conductor on her soloist by the surname (in no set)", paras: []string{
			"Festival opens with a full house",
			"The violinist Irena Mavrova-Stein opened the festival on Friday with a programme of Bartók and Janáček.",
			"Conductor Helga Birkeland-Oduya, who has led the festival orchestra since 2019, said rehearsals had begun in March.",
			"Mavrova-Stein, 31, stepped in at two days' notice when the first soloist fell ill. \"Mavrova-Stein plays as if she has known the piece all her life. I simply follow her,\" she said.",
		}, want: map[string]string{"Mavrova-Stein plays as if she has known the piece all her life. I simply follow her": "Helga Birkeland-Oduya"}},
		{name: "a mayor on a minister named in full (in no set)", paras: []string{
			"Bridge money promised",
			"Mayor Colm Feeney-Hart said on Tuesday the town had waited eleven years for the bridge.",
			"Transport Minister Declan Ruane-Fitch visited the site in the afternoon.",
			"\"Declan Ruane-Fitch has promised us the money before. This time I want it in writing,\" he said.",
		}, want: map[string]string{"Declan Ruane-Fitch has promised us the money before. This time I want it in writing": "Colm Feeney-Hart"}},
		{name: "a name in words the speaker recalls being told stays", paras: []string{
			"Harbour United reach the cup final",
			"Harbour United manager Rui Caldeira-Moss said the win had been \"earned in the last ten minutes\".",
			"Goalkeeper Tomasz Wielgosz-Brant saved three penalties. \"Before the last kick the coach shouted, 'Tomasz is ready, wait for him to move.' So I waited,\" he said.",
		}, want: map[string]string{"Before the last kick the coach shouted, 'Tomasz is ready, wait for him to move.' So I waited": "Tomasz Wielgosz-Brant"}},
		{name: "a household's name stays", paras: []string{
			"Boatyard marks a century",
			"Anselm Koury-Vance, a boatbuilder, took over the yard from his uncle in 1988.",
			"\"The Koury-Vance family has built boats on this beach for a hundred years,\" he said.",
		}, want: map[string]string{"The Koury-Vance family has built boats on this beach for a hundred years": "Anselm Koury-Vance"}},
	})
}
