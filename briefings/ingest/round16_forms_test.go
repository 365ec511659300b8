package ingest_test

import "testing"

// TestRound16LocalHonorifics: an honorific or local title from the closed
// class copy writes before a name (a Spanish "Don", a Bhutanese "Aum", a
// Malay "Awang", an island court's "Bailiff") is no part of the name when
// a name of two words or more follows it; a given name of the same
// spelling before a lone surname is kept.
func TestRound16LocalHonorifics(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a Spanish courtesy title before a fisherman's name", paras: []string{
			"River at record low",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The nets come up empty every morning," said Don Aurelio Benítez Sosa, a fisherman from the port.`,
		}, want: map[string]string{"The nets come up empty every morning": "Aurelio Benítez Sosa"}},
		{name: "an island court's title after a deputy's rank", paras: []string{
			"Courier jailed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Sentencing him, Deputy Bailiff Marguerite Le Tissier-Brehaut said the crime was "planned with care".`,
		}, want: map[string]string{"planned with care": "Marguerite Le Tissier-Brehaut"}},
		{name: "a Bhutanese honorific for a woman (wording in no set)", paras: []string{
			"Weavers keep the old patterns",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"My mother taught me every pattern I know," said Aum Dechen Wangmo, 58, at her loom in Trongsa.`,
		}, want: map[string]string{"My mother taught me every pattern I know": "Dechen Wangmo"}},
		{name: "a Brunei commoner's honorific before a patronymic (wording in no set)", paras: []string{
			"Water village boats",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Every house here had a boat once," said Dayang Nurul Aini binti Haji Osman, who sells fish at the jetty.`,
		}, want: map[string]string{"Every house here had a boat once": "Nurul Aini binti Haji Osman"}},
		{name: "negative: a given name spelled like an honorific before a surname", paras: []string{
			"Club names new coach",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We want to attack from the first whistle," said Don Carter, the club's new head coach.`,
		}, want: map[string]string{"We want to attack from the first whistle": "Don Carter"}},
	})
}

// TestRound16PortfolioAfterAnd: a title's portfolio of two fields joined
// by "and" ends at the one capital after "and", an acronym no list of
// fields holds included; the names after it are the person's.
func TestRound16PortfolioAfterAnd(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an acronym closing a minister's portfolio", paras: []string{
			"Payment outage probed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"One failure should never take down a whole service," Vice Minister of Science and ICT Lee Jae-won said.`,
		}, want: map[string]string{"One failure should never take down a whole service": "Lee Jae-won"}},
		{name: "an acronym portfolio in a Pacific cabinet (wording in no set)", paras: []string{
			"Cable landing delayed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The cable will land before the cyclone season," Minister for Communications and ICT Tevita Lavemaau Fifita said on Monday.`,
		}, want: map[string]string{"The cable will land before the cyclone season": "Tevita Lavemaau Fifita"}},
		{name: "a field word after 'and'", paras: []string{
			"Export licences cut",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We are cutting the wait to a week," Minister of Trade and Industry Amara Kallon Bangura said.`,
		}, want: map[string]string{"We are cutting the wait to a week": "Amara Kallon Bangura"}},
	})
}

// TestRound16BodyAfterThe: a name the article writes after "the" is a
// body's, whatever its first word (a common word, maybe in another
// language): the rules that drop a title before a person's given name
// leave it whole. A person's local title used after "the" alone is still
// dropped.
func TestRound16BodyAfterThe(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a consortium's name in Spanish", paras: []string{
			"Bridge workers unpaid",
			"Workers on the new bridge say they have not been paid for two months, and some have stopped coming to the site.",
			`The Consorcio Puente Largo said the wages would be paid "in full this week".`,
			"The consorcio did not say how many workers were owed.",
		}, want: map[string]string{"in full this week": "Consorcio Puente Largo"}},
		{name: "a theatre named with its city (wording in no set)", paras: []string{
			"Singer remembered",
			"Hundreds gathered on Saturday to remember the singer, who died last week at the age of 88.",
			`The Royal Opera Valletta said it would hold "an evening of her songs" in the spring.`,
			"She sang with a royal ensemble for thirty years.",
		}, want: map[string]string{"an evening of her songs": "Royal Opera Valletta"}},
		{name: "negative: a local title used alone after 'the' is still dropped", paras: []string{
			"Treasurer jailed for charity theft",
			"The treasurer of a village charity was jailed on Tuesday for taking money from its accounts over six years.",
			`Passing sentence, Deemster Andrew Kerruish-Quayle said the thefts were "a betrayal of every donor".`,
			"The Deemster said the defendant had repaid nothing.",
		}, want: map[string]string{"a betrayal of every donor": "Andrew Kerruish-Quayle"}},
	})
}
