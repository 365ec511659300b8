package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound43hHajjiBeforeName: "<Title> Hajji <Given> <Middle> <Surname>
// said" — the pilgrim's title as East African copy spells it opens the
// name without being part of it.
func TestRound43hHajjiBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "hajji before a three-word name",
		paras: []string{"Market traders ask for longer hours\n\n" +
			"KAMPALA — Traders at the Owino market have asked the city to let them open until ten at night.\n\n" +
			"Vendors Union secretary Hajji Musa Lubega Ssempala said: \"Our customers finish work late and we lose them to the roadside sellers.\"\n\n" +
			"The city has not replied."},
		want: map[string]string{
			"Our customers finish work late and we lose them to the roadside sellers.": "Musa Lubega Ssempala",
		},
	}})
}

// TestRound43hSesothoHonorific: "'Me <Surname> said" after "<title>, 'Me
// 'Ma<name> <Surname>," — the Sesotho honorific, behind its own
// apostrophe, is no part of the name, and the "'Ma" name after it keeps
// its apostrophe, with letters outside ASCII or without.
func TestRound43hSesothoHonorific(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "straight apostrophes, ASCII name",
		paras: []string{"Villagers wait for compensation\n\n" +
			"MASERU — Families moved for the reservoir say they have not been paid.\n\n" +
			"The village chief, 'Me 'Malerato Khoabane, said the families had written three letters.\n\n" +
			"\"Nobody has answered a single one of our letters since the winter,\" 'Me Khoabane said.\n\n" +
			"The authority said payments would start in June."},
		want: map[string]string{
			"Nobody has answered a single one of our letters since the winter": "'Malerato Khoabane",
		},
	}, {
		name: "straight apostrophes, a letter outside ASCII",
		paras: []string{"Clinic opens in the highlands\n\n" +
			"MOKHOTLONG — A clinic built by the district council opened its doors on Monday.\n\n" +
			"The district nurse, 'Me 'Mathabiso Letšela, said the nearest hospital had been a day's walk away.\n\n" +
			"\"Mothers no longer have to cross the river to give birth,\" 'Me Letšela said.\n\n" +
			"The clinic has four beds."},
		want: map[string]string{
			"Mothers no longer have to cross the river to give birth": "'Mathabiso Letšela",
		},
	}})
}

// TestRound43hDancerBeforeName: "Dancer <Given> <Surname>, <age>, said"
// — the trade, capitalised as the sentence's first word, is a title
// before the name, as "Singer" is, not a given name.
func TestRound43hDancerBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "dancer opens the sentence",
		paras: []string{"Folk troupe wins the festival cup\n\n" +
			"LAHAINA — The island's oldest troupe took the cup at the spring festival on Saturday night.\n\n" +
			"Dancer Keoni Kalama‘ula, 24, said the crowd carried the troupe through the last number.\n\n" +
			"“We heard them before we could see the judges,” she said.\n\n" +
			"The next festival is in the autumn."},
		want: map[string]string{
			"We heard them before we could see the judges": "Keoni Kalama‘ula",
		},
	}})
}

// TestRound43hSpacedInitialUnknownGiven: "“…,” <I>. <Surname> stated"
// after "<Title> of <Body> for <Field> of <Country> <Given> <Surname>", whose given
// name no list knows — the spaced initial finds the person named in full.
func TestRound43hSpacedInitialUnknownGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "spaced initial, given name no list knows",
		paras: []string{"New grain terminal opens on the Caspian coast\n\n" +
			"TURKMENBASHI — A grain terminal built in eighteen months was opened at the port on Friday.\n\n" +
			"At the opening, Deputy Head of the Council of Ministers for Trade of Turkmenistan Kakysh Gurbanmyradov read out a message to the guests.\n\n" +
			"“The terminal will double what we can load in a single day,” K. Gurbanmyradov stated.\n\n" +
			"Ships from Baku are expected next month."},
		want: map[string]string{
			"The terminal will double what we can load in a single day": "Kakysh Gurbanmyradov",
		},
	}})
}

// TestRound43hPossessiveLowerPortfolioMinistry: "<Country>'s <field>
// ministry said", in lower case, where the field is a portfolio that
// also modifies a title ("<field> minister"): the state's "Ministry of
// <Field> of <Country>" under a registry that names state bodies so.
func TestRound43hPossessiveLowerPortfolioMinistry(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "environment ministry after the country's possessive",
		reg:  countriedRegistry(),
		paras: []string{"Neighbours object to new reactor\n\n" +
			"VESTBY — Plans for a second reactor on the coast have drawn objections across the border.\n\n" +
			"\"We will take every step the treaties allow to protect our citizens,\" Sudmark's environment ministry wrote in an answer sent to the broadcaster.\n\n" +
			"The plant's operator declined to comment."},
		want: map[string]string{
			"We will take every step the treaties allow to protect our citizens": "Ministry of Environment of Sudmark",
		},
	}})
}

// TestRound43hDivisionOfField: "The <Place> Division of <Field>, in its
// <document>, warned that “…”" — the capitalised "Division" heads the
// body's name as "Department" does, so its field stays in the name.
func TestRound43hDivisionOfField(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "division of a field, set off by its document",
		paras: []string{"Reservoirs fuller than last year\n\n" +
			"BOISE — The state's reservoirs hold more water than at this time last year.\n\n" +
			"Farmers are relieved. The Idaho Division of Water Supply, in its yearly outlook published on Monday, warned that the gain \"will not last through a second dry summer.\"\n\n" +
			"Irrigation starts in April."},
		want: map[string]string{
			"will not last through a second dry summer.": "Idaho Division of Water Supply",
		},
	}})
}

// TestRound43hTerritoryGovernorsOffice: "a Governor's Office spokesman
// told reporters …" in a territory's paper is the territory's "Office of the
// Governor of <Territory>" under a registry that names state bodies with
// their state; in a country's, where a governor heads a province or a
// bank, the name stays as written.
func TestRound43hTerritoryGovernorsOffice(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	reg.Speakers = append(reg.Speakers,
		&briefings.Speaker{Name: "Skerry Islands", Kind: "place", Role: "Overseas territory of Sudmark", Aliases: []string{"Port Auk"}},
		&briefings.Speaker{Name: "Department of Health of Skerry Islands", Kind: "organisation", Role: "Skerry Islands' health department"})
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a territory's governor's office",
		reg:  reg,
		paras: []string{"Harbour clinic asks for two more doctors\n\n" +
			"PORT AUK, SKERRY ISLANDS — The harbour clinic has asked for two more doctors before the fishing season.\n\n" +
			"The clinic's manager said the request went to the Governor's Office in March.\n\n" +
			"Asked about it on Friday, a Governor's Office spokesman told reporters the request \"is with the finance committee this week.\"\n\n" +
			"The season opens in May."},
		want: map[string]string{
			"is with the finance committee this week.": "Office of the Governor of Skerry Islands",
		},
	}, {
		name: "a country's governor's office stays as written",
		reg:  reg,
		paras: []string{"Clinic asks for two more doctors\n\n" +
			"VESTBY, NORLAND — The town clinic has asked for two more doctors before the winter.\n\n" +
			"The clinic's manager said the request went to the Governor's Office in March.\n\n" +
			"Asked about it on Friday, a Governor's Office spokesman told reporters the request \"is with the finance committee this week.\"\n\n" +
			"The winter rota starts in November."},
		want: map[string]string{
			"is with the finance committee this week.": "Governor's Office",
		},
	}})
}

// TestRound43hBodyOfTheCountry: a body the article names bare ("the
// <Body> (<ACR>)") is the registry's one "<Body> of the <Country>" when
// the copy is at home in that country, written without the article the
// registry's body name gives it.
func TestRound43hBodyOfTheCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Senegal", Kind: "place", Role: "Country", Aliases: []string{"Dakar"}},
		{Name: "Utilities Regulatory Authority of the Gambia", Kind: "organisation", Role: "the Gambia's utilities regulator"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "regulator named bare, registry with the country's article",
		reg:  reg,
		paras: []string{"Regulator orders refunds over water meters\n\n" +
			"BANJUL, Gambia, 4 March 2026 — The Utilities Regulatory Authority (URA) has ordered the water company to refund customers billed on faulty meters in Gambia's coastal towns.\n\n" +
			"\"Customers should never pay for water that the meter invented,\" the URA said in a notice on its website.\n\n" +
			"The refunds are due by the end of April."},
		want: map[string]string{
			"Customers should never pay for water that the meter invented": "Utilities Regulatory Authority of the Gambia",
		},
	}})
}

// TestRound43hOwnerInitialsBeforeUnit: "The <ACR> <Unit> <Head> said"
// after "the <Owner Words> <Unit> <Head>" in full, the acronym one capital
// for each of the owner's words — the unit named in full.
func TestRound43hOwnerInitialsBeforeUnit(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a police force's initials before its unit",
		paras: []string{"Police shut down fake lottery pages\n\n" +
			"OSTRAVA NOVA — Investigators have taken down forty pages that sold tickets for a lottery that never drew.\n\n" +
			"The regulator said it had worked with the Sudmark Federal Police Digital Crimes Group on the case.\n\n" +
			"The SFP Digital Crimes Group said it had \"traced the money to three accounts\" abroad.\n\n" +
			"Buyers were told to keep their receipts."},
		want: map[string]string{
			"traced the money to three accounts": "Sudmark Federal Police Digital Crimes Group",
		},
	}})
}

// TestRound43SpokespersonForTitledOffice: "a spokesperson for the <State>
// <Title> <Title>'s Office said" — the capitals after the title hold a
// body's head word, so they name an office, not a person called
// "<Title>'s Office" (a draft found so on a blind set's page, after it
// was scored).
func TestRound43SpokespersonForTitledOffice(t *testing.T) {
	t.Parallel()
	for _, ap := range []string{"’", "'"} {
		runSpeakerCases(t, draftArticle, []speakerCase{{
			name: "state attorney general's office, apostrophe " + ap,
			paras: []string{"Court halts sewer fee rise\n\n" +
				"COLUMBUS — A county judge on Tuesday halted a planned rise in sewer fees until a hearing in the spring.\n\n" +
				"A spokesperson for the Ohio Attorney General" + ap + "s Office said the office was \"studying the ruling\" and would say more next week.\n\n" +
				"The county's utility board meets on Thursday."},
			want: map[string]string{"studying the ruling": "Ohio Attorney General" + ap + "s Office"},
		}})
	}
}

// TestRound43SpokespersonForTwoWordTitle: "a spokesperson for the <Place>
// <Title> General said" — "<Title> General" is one title of two words,
// so no one is named: the office speaks, never a person called "General".
func TestRound43SpokespersonForTwoWordTitle(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lead, want string }{
		{"A spokesperson for the Ohio Attorney General said", "Ohio Attorney General"},
		{"A spokesperson for Ohio Attorney General Marisol Quintero-Hale said", "Marisol Quintero-Hale"},
	} {
		runSpeakerCases(t, draftArticle, []speakerCase{{
			name: c.lead,
			paras: []string{"Court halts sewer fee rise\n\n" +
				"COLUMBUS — A county judge on Tuesday halted a planned rise in sewer fees until a hearing in the spring.\n\n" +
				c.lead + " the office was \"studying the ruling\" and would say more next week.\n\n" +
				"The county's utility board meets on Thursday."},
			want: map[string]string{"studying the ruling": c.want},
		}})
	}
}
