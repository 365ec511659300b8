package ingest_test

import "testing"

// TestRound25SurnameNamedInFullInAQuote: a person the article calls by
// an honorific and a hyphenated surname ("Mr <Surname-Surname>") whom a
// quoted statement earlier named in full is the person named in full.
func TestRound25SurnameNamedInFullInAQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister named in full only inside a union's statement", paras: []string{
			"Union gives ministry a deadline over fares",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`In a statement signed by its President, Comrade Kelechi Obi, the union said:`,
			`"We recall that the Honourable Minister of Transport, Mr Emeka Nwosu-Adeleke, promised that fares would not rise this year. They have risen twice."`,
			`Reacting, the Minister of Transport, Mr Nwosu-Adeleke, said the review was "a matter for the regulator."`,
		}, want: map[string]string{"a matter for the regulator.": "Emeka Nwosu-Adeleke"}},
	})
}

// TestRound25TraditionalTitles: a title of a closed class of traditional
// and honorific styles before a name — a Tswana chief's "Kgosi", a
// magistrate's "His Worship", a Bruneian title run ("Dato Seri Setia
// Awang") — is the person's title, not a word of their name, with a full
// name after it or a surname alone.
func TestRound25TraditionalTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a chief's title", paras: []string{
			"Village meeting on cattle raids",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Kgosi Tebogo Mmereki, who chaired the meeting, said raids had become "a weekly event" in the villages.`,
			`"We cannot keep counting our losses," Kgosi Mmereki said.`,
		}, want: map[string]string{"a weekly event": "Tebogo Mmereki", "We cannot keep counting our losses": "Tebogo Mmereki"}},
		{name: "a chief's given name that ends like a nationality", paras: []string{
			"Village meeting on cattle raids",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Kgosi Lesedi Mmereki, who chaired the meeting, said raids had become "a weekly event" in the villages.`,
			`"We cannot keep counting our losses," Kgosi Mmereki said.`,
		}, want: map[string]string{"a weekly event": "Lesedi Mmereki", "We cannot keep counting our losses": "Lesedi Mmereki"}},
		{name: "a local honorific that is a given name, never set before the surname alone", paras: []string{
			"Speaker calls the House to order",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Deputy Speaker Datuk Awang Hasani Rahim told the member "please sit down" as the debate grew heated.`,
		}, want: map[string]string{"please sit down": "Awang Hasani Rahim"}},
		{name: "a magistrate's style", paras: []string{
			"Court clears backlog of land cases",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Speaking after the ruling, the court's spokesperson, His Worship Daniel Opio Akena, said the circuit had disposed of forty cases. "Land cases are being heard faster than ever," he said.`,
		}, want: map[string]string{"Land cases are being heard faster than ever": "Daniel Opio Akena"}},
		{name: "a Bruneian title run", paras: []string{
			"New route to Portlind launched",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The first flight was seen off at the terminal by Yang Berhormat Dato Seri Setia Awang Kamal bin Haji Osman, Minister of Transport.`,
			`The Minister described the route as "a bridge to new markets".`,
		}, want: map[string]string{"a bridge to new markets": "Kamal bin Haji Osman"}},
	})
}

// TestRound25RoleOfBodyBack: "the <Title> of <Body>" back to one of two
// people named with that title of different bodies is the holder whose
// title names that body, in full or by its initials, not the nearer
// holder of the like title of another body.
func TestRound25RoleOfBodyBack(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two secretaries-general", paras: []string{
			"Ministers of two blocs meet in Geneva",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The meeting was held with the participation of the Secretary-General of the Northern Trade Council, H.E. Tomas Varga Lindqvist, and the Secretary-General of the Southern Ocean Forum, H.E. Dr. Amara Okonjo Bello.`,
			`In his address to the meeting, the Secretary-General of the NTC said: "Our trade has doubled in five years."`,
			`The Secretary-General added that talks on a free trade deal had reached "a final stage".`,
		}, want: map[string]string{"Our trade has doubled in five years.": "Tomas Varga Lindqvist", "a final stage": "Tomas Varga Lindqvist"}},
	})
}

// TestRound25FamilyNameFirstPronoun: a person whose name puts the family
// name first ("<Family> <Given>"), called by the family name alone, is the
// "she" or "he" of the next paragraph when their gender shows in the
// copy ("her family's", "Her first …").
func TestRound25FamilyNameFirstPronoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a brewer named family name first", paras: []string{
			"A new master at the old brewery",
			`Watanabe Sakura became the first woman to run her family's old brewery in the town of Murakami. We spoke to her about snow and rice.`,
			`By the time Watanabe Sakura was born, the rule was no longer enforced at Watanabe Shuzō, but the brewing was still done by seasonal workers.`,
			`In 2021, when the old master retired, Watanabe took over. Her first sake took a gold prize this spring.`,
			`“Snow does not ask who stands at the vat,” she says. “The rice only cares whether you are paying attention.”`,
		}, want: map[string]string{"Snow does not ask who stands at the vat": "Watanabe Sakura", "The rice only cares whether you are paying attention.": "Watanabe Sakura"}},
		{name: "a double-barrelled surname whose first part is a given name", paras: []string{
			"Growers hear of a new pipeline",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Nyokabi Kamau-Odhiambo, who runs the county's irrigation board, showed visitors the new pipes on Monday.`,
			`“The pipes are made here, and so are the people who fix them,” she said.`,
		}, want: map[string]string{"The pipes are made here, and so are the people who fix them": "Nyokabi Kamau-Odhiambo"}},
	})
}

// TestRound25NameInMarks: a person who "goes by the name “X”" is X: the
// one word in the marks is the name they are known by, not speech, and
// "he said" after their words is theirs.
func TestRound25NameInMarks(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a driver known by a nickname", paras: []string{
			"Tour guides pay to work the hillside",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A minibus driver who goes by the name "Flaco" told reporters that drivers paid a separate fee to work certain streets.`,
			`"For the visitors it is a story of a neighbourhood that changed. For us it is a business," he said.`,
		}, want: map[string]string{"For the visitors it is a story of a neighbourhood that changed. For us it is a business": "Flaco"}},
	})
}

// TestRound25SecondThatClause: "X said A, and that <body> had <done>
// … “…”": a second reported clause joined by "and that" is still X's
// speech, however its own subject is a body.
func TestRound25SecondThatClause(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a bill's reporter", paras: []string{
			"House passes flood buyout bill",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Rep. Marta Lindqvist-Hale, who reported the bill for the House Committee on Housing, told colleagues that families had waited long enough.`,
			`Rep. Owen Tracy asked whether the fund would cover mobile home parks. Lindqvist-Hale said it would, and that the committee had added language requiring the agency to give those parks “top priority.”`,
		}, want: map[string]string{"top priority.": "Marta Lindqvist-Hale"}},
	})
}

// TestRound25NameApposedToGroup: a name set beside "a crew of …", "a
// team of …" in apposition is a body's, not a person's: "she" after it
// is the woman the story follows, not the crew.
func TestRound25NameApposedToGroup(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a crew's name", paras: []string{
			"Clearing the beaches, one log at a time",
			`Aroha Tamatea-Reweti has spent three years pulling driftwood off the coast's beaches. She is not done yet.`,
			`Since the cyclone, the 48-year-old has run Te Hono Moana, a crew of mostly local workers who clear debris from beaches and rivers north of the town.`,
			`“People think driftwood is harmless. It isn't,” she says.`,
		}, want: map[string]string{"People think driftwood is harmless. It isn't": "Aroha Tamatea-Reweti"}},
	})
}

// TestRound25GivenAfterTitleComplement: a surname alone is the person
// named in full after a title whose complement is one capital ("Justices
// of Appeal <Given> <Surname>, …"), though no list knows the given name.
func TestRound25GivenAfterTitleComplement(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a bench of three", paras: []string{
			"Court upholds damages for man held for years",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Court of Appeal, comprising Justices of Appeal Ornella Bissessar-Lall, Peter Greaves and Mark Awai, upheld the award.`,
			`Delivering the judgment, Justice of Appeal Bissessar-Lall said: "Delay of this kind is not a defence."`,
		}, want: map[string]string{"Delay of this kind is not a defence.": "Ornella Bissessar-Lall"}},
	})
}

// TestRound25FirmNameBeforeGiven: "<Title> of <Firm Words> <Given>
// <Surname>", a firm's name in its own language whose head word no list
// knows, then a known given name; the surname alone speaks later: the
// person is the given name and the surname.
func TestRound25FirmNameBeforeGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a chairman of a foreign firm", paras: []string{
			"Spinning mill opens ahead of schedule",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The chairman of the board of Marmara Dokuma Sanayi Hakan Yıldırımlar thanked the hosts. "We finished two months early," Yıldırımlar said.`,
		}, want: map[string]string{"We finished two months early": "Hakan Yıldırımlar"}},
	})
}
