package ingest_test

import "testing"

// TestUnnamedSpeakers: a person news copy brings in without a name — an
// indefinite description ("a <words> <noun>", "one <noun>") or a post
// defined by an indefinite thing ("the owner of a <shop>"), after a
// connective or a fronted phrase, with where they are, a relative clause or
// a participle's phrase before the speech verb — is who speaks, and the
// "he said" or "she said" after them is theirs, so unknown; whatever the
// description's noun, a list of people need not know it. A name inside
// the description is not the speaker. A named person after the unnamed one
// still speaks for the pronoun after them; a body's voice keeps its body.
func TestUnnamedSpeakers(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "an acronym in the description, not named because", paras: []string{
			"Retail sales fell for a third month, said Wong Mei-ling, a retail analyst at Harbour Securities. \"The slowdown is broad,\" she said.",
			"A CCTV room supervisor at a Kowloon depot, who asked not to be named because she was not allowed to talk to reporters, said orders had slowed \"to a trickle\".",
			"\"Nobody is buying,\" she said.",
		}, want: map[string]string{"Nobody is buying": "unknown", "to a trickle": "unknown", "The slowdown is broad": "Wong Mei-ling"}},
		{name: "a fronted place, then the owner of a shop", paras: []string{
			"Prices rose again in March, said Karim Haddad-Nasser, the head of the bakers' union. \"We cannot go on,\" he said.",
			"In Sidon, the owner of a bakery near the port, who asked not to be named, said he had cut his staff by half.",
			"\"I had no choice,\" he said.",
		}, want: map[string]string{"I had no choice": "unknown", "We cannot go on": "Karim Haddad-Nasser"}},
		{name: "but the manager of a hostel told the paper (in no set)", paras: []string{
			"Councillor Ian McAllister-Byrne said the ban was overdue. \"The street is not safe,\" he said.",
			"But the manager of a hostel on Harbour Street, who did not want to be named, told the Gazette the ban would cost him guests.",
			"\"Half my guests come for the bars,\" he said.",
		}, want: map[string]string{"Half my guests come for the bars": "unknown", "The street is not safe": "Ian McAllister-Byrne"}},
		{name: "one ferryman, who has worked the crossing (in no set)", paras: []string{
			"Tomas Rydell-Berg, a harbour engineer, said the pier would be repaired by June. \"The damage is mostly cosmetic,\" Rydell-Berg said.",
			"One ferryman in Port Alba, who has worked the crossing for 30 years, told reporters he was worried. \"They promise every year. Nothing changes,\" he said.",
		}, want: map[string]string{"They promise every year. Nothing changes": "unknown"}},
		{name: "meanwhile, a dealer at a road", paras: []string{
			"Finance Minister Joseph Mwale-Banda said the currency would stabilise. \"The fundamentals are sound,\" he said.",
			"Meanwhile, a second-hand car dealer at Jamestown Road said customers were paying in cash.",
			"\"Nobody trusts the banks now,\" he said.",
		}, want: map[string]string{"Nobody trusts the banks now": "unknown", "The fundamentals are sound": "Joseph Mwale-Banda"}},
		{name: "a longtime regular, where …, said", paras: []string{
			"Mayor Teresa Kowal-Lindqvist said the hall would reopen in May. \"It belongs to the town,\" she said.",
			"A longtime regular at the Eagle hall on Mill Street, where the choir met for decades, said she had sung there since 1970. \"It was our second home,\" she said.",
		}, want: map[string]string{"It was our second home": "unknown", "It belongs to the town": "Teresa Kowal-Lindqvist"}},
		{name: "a woman walking by a river: not the river", paras: []string{
			"Mayor Piotr Zieliński-Nowak said the fences would go up this spring. \"We will not wait for another attack,\" Zieliński-Nowak said.",
			"In Tarnów, a woman walking her dog along the Dunajec embankment said she no longer went out at night. \"I just want to feel safe again.\"",
		}, want: map[string]string{"I just want to feel safe again.": "unknown"}},
		{name: "a named person after the unnamed one speaks for she", paras: []string{
			"A stallholder at the Saturday market said trade had halved since the bypass opened.",
			"Maria Vasquez-Ruiz, who chairs the traders' association, said the council had ignored them. \"We asked for signs and got nothing,\" she said.",
		}, want: map[string]string{"We asked for signs and got nothing": "Maria Vasquez-Ruiz"}},
		{name: "a named person in the description's place is the speaker", paras: []string{
			"A stallholder said trade was slow.",
			"A vendor at the market, Joao Pereira-Santos, said the rent had doubled. \"I cannot pay it,\" he said.",
		}, want: map[string]string{"I cannot pay it": "Joao Pereira-Santos"}},
		{name: "a body's representative keeps the body", paras: []string{
			"Kestrel Mining is weighing a sale of its copper mine, people familiar with the matter said.",
			"A spokeswoman for Kestrel Mining said the company did not comment on \"market rumours\". \"We are focused on production,\" she said.",
		}, want: map[string]string{"market rumours": "Kestrel Mining", "We are focused on production": "Kestrel Mining"}},
		{name: "someone arrested is no speaker", paras: []string{
			"Police Commissioner Aroha Tane-Whitu said the raid followed months of surveillance.",
			"A man was arrested after officers searched the house. \"This was a professional operation,\" she said.",
		}, want: map[string]string{"This was a professional operation": "Aroha Tane-Whitu"}},
	})
}

// TestTitleInItsOwnWords: a title the lists do not know, set off before a
// name in commas ("The <title> of <place>, X Y, said"), names X Y, whom
// the "he" after means; a clause with a verb before the comma is no title.
func TestTitleInItsOwnWords(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "a chief's title in its own language", paras: []string{
			"The town's population has tripled since the camps opened, aid workers said.",
			"The chef de village of Koundoul, Issa Mahamat Abdelkerim, said the wells were failing.",
			"\"We share what we have, but there is not enough,\" he said.",
		}, want: map[string]string{"We share what we have, but there is not enough": "Issa Mahamat Abdelkerim"}},
		{name: "a neighbourhood chief (in no set)", paras: []string{
			"Herders have moved south early this year, officials said.",
			"The chef de quartier of the old town, Aliou Bouba Abdoulaye, said grazing land had run out.",
			"\"The rains did not come,\" he said.",
		}, want: map[string]string{"The rains did not come": "Aliou Bouba Abdoulaye"}},
		{name: "an unnamed official stays unknown", paras: []string{
			"Omar Idriss Deby-Saleh, the prefect, said the roads were closed.",
			"A senior official, speaking on condition of anonymity, said the closures would last weeks. \"We have no fuel,\" he said.",
		}, want: map[string]string{"We have no fuel": "unknown"}},
	})
}
