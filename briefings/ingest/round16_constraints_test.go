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

// TestTitleThenName: a title set before a name in commas is that person's,
// however the title runs — a field after "of" or "at" ("the federation's
// head of skills supply, X Y"), fields listed with commas and "and"
// ("Minister of A, B and C, X Y,"), a branch in a place before an
// honorific ("… branch in <Town>, Mr. X Y,"), a Commonwealth minister's
// "the Hon" — and "the Minister" later means its holder. A verb joined by
// "but" shares the first verb's subject. A title with no name set off
// after it still names no one.
func TestTitleThenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's head of a field, quote first", paras: []string{
			"Employers warn on permit threshold",
			"The Federation of Nordic Employers called the new salary floor \"far too blunt\" on Monday.",
			"\"A bakery in a small town cannot pay what a bank pays,\" said the federation's head of labour supply, Ingrid Solvang-Moe. \"These firms will simply stop hiring.\"",
		}, want: map[string]string{"A bakery in a small town cannot pay what a bank pays": "Ingrid Solvang-Moe", "These firms will simply stop hiring.": "Ingrid Solvang-Moe"}},
		{name: "a head of a field at a body (in no set)", paras: []string{
			"Employers warn on permit threshold",
			"The Federation of Nordic Employers called the new salary floor \"far too blunt\" on Monday.",
			"\"A bakery in a small town cannot pay what a bank pays,\" said the head of policy at the federation, Ingrid Solvang-Moe.",
		}, want: map[string]string{"A bakery in a small town cannot pay what a bank pays": "Ingrid Solvang-Moe"}},
		{name: "a branch in a place, an honorific, then a second verb after but", paras: []string{
			"Replanting programme launched",
			"The ministry launched a replanting programme for cocoa farmers in the north on Monday, with forty thousand seedlings to be handed out over six months.",
			"Chairman of the Northern Cocoa Growers' Union (NCGU) branch in Kabala, Mr. Sorie Bangura-Kamara, welcomed the programme but called for better roads, describing the track to the market as \"a river in the rains.\"",
		}, want: map[string]string{"a river in the rains.": "Sorie Bangura-Kamara"}},
		{name: "a portfolio's listed fields, then the Minister", paras: []string{
			"Vouchers for storm-hit farmers",
			"The government will replace the seed that farmers lost in last month's storm, the ministry said on Tuesday.",
			"Minister of Lands, Forestry and Water, Hon. Dr. Amara Kpaka-Johnson, says some 9,000 farmers will receive vouchers after the storm.",
			"The vouchers will be issued from Monday through district offices, and farmers must bring proof of their holdings.",
			"\"Nobody who lost a harvest will be left out,\" the Minister stressed.",
		}, want: map[string]string{"Nobody who lost a harvest will be left out": "Amara Kpaka-Johnson"}},
		{name: "the Hon before the name, fields joined by and (in no set)", paras: []string{
			"Harbour figures published",
			"The first monthly figures for the harbour show waiting times have halved since the new berths opened.",
			"The Minister for Ports and the Coast, the Hon Dr Selina Cortes-Abela MP, said: \"These are good figures, and we will publish them every month.\"",
			"The Minister added: \"Nobody should think the work is done.\"",
		}, want: map[string]string{"These are good figures, and we will publish them every month.": "Selina Cortes-Abela", "Nobody should think the work is done.": "Selina Cortes-Abela"}},
		{name: "a title with no name after it stays unnamed", paras: []string{
			"Employers warn on permit threshold",
			"The Federation of Nordic Employers called the new salary floor \"far too blunt\" on Monday.",
			"\"A bakery in a small town cannot pay what a bank pays,\" said the federation's head of labour supply, who declined to be named.",
		}, want: map[string]string{"A bakery in a small town cannot pay what a bank pays": "unknown"}},
	})
}
