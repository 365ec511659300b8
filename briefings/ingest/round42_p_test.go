package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound42pLabelAbove: a reaction round-up or a release's comments box
// sets each voice's name on a line of its own over their words, with no
// verb of saying: "<TITLE> <GIVEN> <SURNAME>" in capitals run into the
// quote's block, "<Given> <Surname> – <Title>" as a paragraph of its own,
// "<SURNAME> <Given> (<Club>)"; a second paragraph of the same voice goes
// on in it, and a later "<Surname> added: “…”" is the labelled person. A
// sentence before a quote in its own block, or a name with a clause after
// its comma, is no label.
func TestRound42pLabelAbove(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "capitals label run into the quote's block",
			paras: []string{"Reaction as rowing squad confirmed for the European championships\n\n" +
				"Rowing Federation | 3 March 2026\n\n" +
				"The federation today named the twelve rowers who will race at the European championships in Poznań. Here is what they had to say.\n\n" +
				"HEAD COACH TERESA VANTERPOOL\n\"Choosing twelve from this group kept me awake for a week. Every one of them earned a look.\"\n\n" +
				"\"We go there to make finals, nothing less.\"\n\n" +
				"CAPTAIN ORLA DEMPSEY\n\"It is a great day for the clubs that raised these athletes.\"\n\n" +
				"Dempsey, who will race her tenth championship, added: \"I try not to count them. The only number that matters is the time.\"\n\n" +
				"ENDS"},
			want: map[string]string{
				"Choosing twelve from this group kept me awake for a week. Every one of them earned a look.": "Teresa Vanterpool",
				"We go there to make finals, nothing less.":                                                  "Teresa Vanterpool",
				"It is a great day for the clubs that raised these athletes.":                                "Orla Dempsey",
				"I try not to count them. The only number that matters is the time.":                         "Orla Dempsey",
			},
		},
		{
			name: "name and title after a dash, a paragraph of its own",
			paras: []string{"Netball squad named for the southern tour\n\n" +
				"The national netball squad for next month's tour of the south was named on Monday, with two uncapped shooters included.\n\n" +
				"WHAT THEY SAID\n\n" +
				"Harriet Mbeki-Lowe – Chair of Selectors\n\n" +
				"“Both shooters forced their way in with their league form. We want to see them against taller defenders.”\n\n" +
				"Priscilla Oduya-Grant – Captain\n\n" +
				"“Touring is where a team finds out who it is.”"},
			want: map[string]string{
				"Both shooters forced their way in with their league form. We want to see them against taller defenders.": "Harriet Mbeki-Lowe",
				"Touring is where a team finds out who it is.":                                                            "Priscilla Oduya-Grant",
			},
		},
		{
			name: "family name in capitals before the given name, a club in brackets",
			paras: []string{"Under-23 squad announced for the spring camp\n\n" +
				"The federation is pleased to announce the squad for the spring training camp in Fukuoka.\n\n" +
				"■ Comments\n\n" +
				"TAKAHASHI Minori (Fukuoka Blue Waves)\n\"I am very happy to be called up. I want to show my speed at this camp.\""},
			want: map[string]string{
				"I am very happy to be called up. I want to show my speed at this camp.": "TAKAHASHI Minori",
			},
		},
		{
			name: "a sentence's nickname in marks is no label's quote",
			paras: []string{"Beloved piano teacher dies at 91\n\n" +
				"Margarethe Olsson-Brandt, whom generations of pupils in the town simply called \"auntie keys\", died at her home on Sunday. She was 91.\n\n" +
				"\"She never raised her voice, and we never missed a lesson,\" said her former pupil Lars Enqvist-Holm."},
			want: map[string]string{
				"She never raised her voice, and we never missed a lesson": "Lars Enqvist-Holm",
				"auntie keys": "",
			},
		},
	})
}

// TestRound42pAcronymBeforeTitle: after a quote, "<Body> (<ACR>) <Title>
// <Given> <Surname> said" — the body's acronym in brackets between its
// name (which may join its fields with "and") and the title is no end of
// the subject: the named person speaks.
func TestRound42pAcronymBeforeTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "body with and, acronym, title and name after the quote",
			paras: []string{"Fishers and processors agree to talks over quota cuts\n\n" +
				"Fishing crews and processing plants will meet the fisheries ministry on Monday after a week of harbour blockades.\n\n" +
				"\"We are going to the table because the crews need an answer, not a blockade,\" Coastal Fish Processors and Exporters Union (CFPEU) Chairman Rafael Ondoa-Mbeki told reporters on Friday.\n\n" +
				"Ondoa-Mbeki said plants were running at half capacity."},
			want: map[string]string{
				"We are going to the table because the crews need an answer, not a blockade": "Rafael Ondoa-Mbeki",
			},
		},
		{
			name: "short body, acronym, title and name after the quote",
			paras: []string{"Bus fares to rise in April\n\n" +
				"Bus fares in the capital will rise by 8 percent from April, the operators' group said on Wednesday.\n\n" +
				"\"Fuel has doubled and fares have not moved in four years,\" Metro Bus Operators Association (MBOA) President Ingrid Solvang-Addo said.\n\n" +
				"Solvang-Addo said the rise would be reviewed in a year."},
			want: map[string]string{
				"Fuel has doubled and fares have not moved in four years": "Ingrid Solvang-Addo",
			},
		},
	})
}

// TestRound42pIndustryWorker: "An <industry> engineer at <a site> said …
// “…,” he said" — the industry word before a worker's noun is the field
// they work in, not a body (one named earlier with that word in its name)
// they speak for: the unnamed worker speaks. A spokesman of that kind
// ("a <body word> spokesman") still speaks for the body.
func TestRound42pIndustryWorker(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "an oil engineer at a field",
		paras: []string{"Pipeline to reopen by spring\n\n" +
			"The pipeline will carry crude again by March, according to a statement issued by the Northern Oil and Gas Company on Monday.\n\n" +
			"\"Repairs to the pumping stations are under way,\" the statement said.\n\n" +
			"An oil engineer at the Karoo field in the north said the wells would need weeks of work before output could recover. \"You cannot just open a valve and walk away,\" he said."},
		want: map[string]string{
			"You cannot just open a valve and walk away": "unknown",
		},
	}})
}

// TestRound42pUnnamedKinWithClause: "His <kin noun>, who <verb>s …, <verb>ed
// …. “…,” she said" — a relative clause after the kin noun's comma names
// no one, so the relative speaks unnamed, not the last woman the article
// named; a clause that gives a name ("who asked to be called only by her
// first name, <Given>") still names her.
func TestRound42pUnnamedKinWithClause(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a relative clause names no one",
			paras: []string{"Beekeepers still waiting for flood compensation\n\n" +
				"Hydrologist Katarina Vesela-Horn said the reservoir had been kept too full all spring.\n\n" +
				"I visited Pavel Drozdov-Lukin, a beekeeper who lost sixty hives when the dam gave way. \"The forms go in and nothing comes back,\" he said.\n\n" +
				"His sister, who runs a bakery in Brno and drives out to help him at weekends, put it less politely. \"My brother has kept bees on that slope for thirty-five years and not one official has come to look,\" she told me."},
			want: map[string]string{
				"My brother has kept bees on that slope for thirty-five years and not one official has come to look": "unknown",
			},
		},
		{
			name: "a relative clause that gives her name",
			paras: []string{"Reporter held for a third week\n\n" +
				"Lawyer Helena Brandt-Osei said the case file held no evidence.\n\n" +
				"The reporter, Kofi Mensah-Dao, has been held since March.\n\n" +
				"His wife, who asked to be called only by her first name, Ama, said the children had not seen him. \"They ask every night when he is coming home,\" she said."},
			want: map[string]string{
				"They ask every night when he is coming home": "Ama",
			},
		},
	})
}

// TestRound42pUnnamedBodysStatement: "The company, which …, said in a
// statement that it “…”. “…,” the statement said" — the statement is the
// unnamed company's, not the body whose release the article is nor the
// body named last; a body a possessive names ("Its <body> said in a
// statement") keeps its statement.
func TestRound42pUnnamedBodysStatement(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "an unnamed company's statement in a regulator's story",
		paras: []string{"Water retailer fined over billing errors\n\n" +
			"The Utilities Regulation Commission has fined a water retailer 2.1 million dollars after it overcharged customers for three years, the commission said on Monday.\n\n" +
			"\"Customers trusted their bills and they were wrong for three years,\" Commissioner Petra Lindqvist-Ayodele said.\n\n" +
			"The company, which serves around 40,000 households in the eastern suburbs, said in a statement that it \"sincerely regrets\" the errors.\n\n" +
			"\"We have refunded every affected customer and replaced our billing system,\" the statement said."},
		want: map[string]string{
			"We have refunded every affected customer and replaced our billing system": "unknown",
		},
	}})
}

// TestRound42pCountryCityCapital: "<Country> City" is a capital like the
// others ("<Capital> <verb>ed …"): it stands for its government, the
// registry's country whose alias it is.
func TestRound42pCountryCityCapital(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a country-city capital's account",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Panama", Role: "Country", Kind: "place", Aliases: []string{"Panama City"}},
		}},
		paras: []string{"Fishing boats turned back at the maritime border\n\n" +
			"Costa Rica protested on Tuesday after two of its fishing boats were escorted out of disputed waters by a coastguard cutter.\n\n" +
			"Panama City gave a different account, saying its coastguard had made \"routine checks in Panamanian waters\" and had let the boats go within the hour."},
		want: map[string]string{
			"routine checks in Panamanian waters": "Panama",
		},
	}})
}
