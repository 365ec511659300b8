package ingest_test

import "testing"

// TestRound29BurmeseHonorific: the Burmese honorific for a man ("U
// <Given> <Given>"), a lone capital without a stop, opens the name
// without being part of it, as "Daw" does for a woman.
func TestRound29BurmeseHonorific(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "U before a man's name", paras: []string{
			"Irrigation canal reopened in delta township",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Every field will have water before the planting," said U Kyaw Htet Naing, the township administrator.`,
		}, want: map[string]string{"Every field will have water before the planting": "Kyaw Htet Naing"}},
		{name: "Daw before a woman's name", paras: []string{
			"Irrigation canal reopened in delta township",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The pumps arrived a week early," said Daw Thida Myint Aye, a farmer.`,
		}, want: map[string]string{"The pumps arrived a week early": "Thida Myint Aye"}},
	})
}

// TestRound29JudicialPostNominals: the letters a court's judges carry
// after the name ("<Honorific> Justice <Surname> PJ", "Lord <Surname>
// NPJ", "<Surname> JA") are no part of the name.
func TestRound29JudicialPostNominals(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a permanent judge's letters", paras: []string{
			"Final court dismisses appeal over harbour lease",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The lease could not be read to favour the tenant alone," said Mr Justice Halvard PJ.`,
		}, want: map[string]string{"The lease could not be read to favour the tenant alone": "Halvard"}},
		{name: "a non-permanent judge's letters after a peer's title", paras: []string{
			"Final court dismisses appeal over harbour lease",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The clause was plain on its face," said Lord Brackenfield NPJ.`,
		}, want: map[string]string{"The clause was plain on its face": "Lord Brackenfield"}},
	})
}

// TestRound29CommissionerOfPoliceInitials: a state's commissioner of
// police by the title's initials before the name ("CP <Given> <Surname>")
// is named without them.
func TestRound29CommissionerOfPoliceInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "CP before the name", paras: []string{
			"Suspects held after highway ambush",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The patrols will stay on the road until the harvest is in," said CP Emeka Obialor Danjuma.`,
		}, want: map[string]string{"The patrols will stay on the road until the harvest is in": "Emeka Obialor Danjuma"}},
	})
}

// TestRound29ImperativeOpener: the imperative a feature's sentence opens
// on ("Ask <Given> <Surname> how …") is no part of the name after it.
func TestRound29ImperativeOpener(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "Ask before the name", paras: []string{
			"Border paperwork slows small hauliers",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ask Morwenna Tallack-Price how the new permits are working, and she will show you a folder of forms.",
			`"Every county wants its own stamp," she said.`,
		}, want: map[string]string{"Every county wants its own stamp": "Morwenna Tallack-Price"}},
	})
}

// TestRound29RankInitialsAlone: a rank or title written by its initials
// before the name ("DSP <Given> <Surname>", "CP …") and then alone ("the
// DSP said", "According to the CP") is that holder; letters set off by
// commas after the name ("<Name>, Ph.D, <Honour>,") are no one's name.
func TestRound29RankInitialsAlone(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the initials alone after the name", paras: []string{
			"Suspects held after highway ambush",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"After the alarm went up at the quarry, DSP Emeka Obialor Danjuma sent two patrol vans down the old mine road.",
			`"Two of the drivers have given us their suppliers' names," the DSP said.`,
		}, want: map[string]string{"Two of the drivers have given us their suppliers' names": "Emeka Obialor Danjuma"}},
		{name: "according to the initials, a command between", paras: []string{
			"Suspects held after highway ambush",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"On Sunday the Commissioner of Police, Plateau State Command, CP Emeka Obialor Danjuma, sent two patrol vans down the old mine road.",
			`According to the CP, "two of the drivers have given us their suppliers' names."`,
		}, want: map[string]string{"two of the drivers have given us their suppliers' names.": "Emeka Obialor Danjuma"}},
		{name: "a doctorate's letters after the name", paras: []string{
			"Suspects held after highway ambush",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Inspector-General of Police, IGP Emeka Obialor Danjuma, Ph.D, NPM, visited the quarry on Monday. The IGP said:",
			`"The mine road will be patrolled every night until the harvest."`,
			`The IGP also asked drivers to "keep to the tarred road after dark."`,
		}, want: map[string]string{"The mine road will be patrolled every night until the harvest.": "Emeka Obialor Danjuma", "keep to the tarred road after dark.": "Emeka Obialor Danjuma"}},
	})
}

// TestRound29Chairlady: "chairlady", the word Pacific, African and South
// Asian copy uses for a woman who chairs a body, is a title like
// "chairwoman": "said the chairlady of <Body>, Mrs <Given> <Surname>".
func TestRound29Chairlady(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the chairlady, the name after", paras: []string{
			"Vendors object to market move",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The stalls flood every time the tide is high," said the chairlady of the Harbour Fishmongers Cooperative, Mrs Lenora Vaketa-Moli.`,
		}, want: map[string]string{"The stalls flood every time the tide is high": "Lenora Vaketa-Moli"}},
	})
}

// TestRound29FieldListTail: a title whose field is a list of regions
// ("<Title> for <Region>, <Region> and <Region> Affairs <Given>
// <Surname>") ends at its field word; the last region is not the name's.
func TestRound29FieldListTail(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a list of regions before the field", paras: []string{
			"Border talks resume after two years",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Director General for Northern, Coastal and Island Affairs Merenia Talavou-Sande said on Friday the committee would meet again in May. "The surveyors have finished their work," she said.`,
		}, want: map[string]string{"The surveyors have finished their work": "Merenia Talavou-Sande"}},
	})
}

// TestRound29PortfolioList: a minister's title whose fields are a list
// ("Minister of Jobs, <Field> and <Field>, <Given> <Surname>") holds the
// name after it, which a pronoun in the next sentence points back to.
func TestRound29PortfolioList(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "jobs opening a list of fields", paras: []string{
			"Border paperwork slows small hauliers",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Manitoba's Minister of Jobs, Skills and Trade, Delphine Okafor-Lindqvist, spoke to the chamber of commerce on Thursday. She told members the new permits would be "printed and posted before the summer," once the fees were settled.`,
		}, want: map[string]string{"printed and posted before the summer": "Delphine Okafor-Lindqvist"}},
	})
}

// TestRound29IdentifiedHerself: "<Description> who identified herself
// only as <Name>" gives the one name, past the reflexive pronoun, as
// "who gave her name only as <Name>" does.
func TestRound29IdentifiedHerself(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "identified himself only as", paras: []string{
			"Fraud ring broken up in hill town",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A ferry passenger who identified himself only as Mukandori told police that his wallet had gone from his bag. "They knew which boat I would take," he said.`,
		}, want: map[string]string{"They knew which boat I would take": "Mukandori"}},
		{name: "gave her name only as", paras: []string{
			"Fraud ring broken up in hill town",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A ferry passenger, who gave his name only as Mukandori, said his wallet had gone from his bag. "They knew which boat I would take," he said.`,
		}, want: map[string]string{"They knew which boat I would take": "Mukandori"}},
	})
}
