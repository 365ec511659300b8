package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r21cFiller is a neutral paragraph that puts the story's people after the
// headline and lede, as the articles do.
const r21cFiller = "The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month."

// TestRound21BodiesSurnameAfterBody: wire copy names a spokesperson by
// the body's name and the surname alone ("<Title> for the <Words>
// Service <Surname>", "<Title> of the <ACR> <Surname>"), never in full.
// The body's head word or acronym ends the title; the one word after it
// is the person, whom "<Surname> said" and "he" then mean — not "Service
// <Surname>".
func TestRound21BodiesSurnameAfterBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a service's spokesperson, then the surname and a pronoun", paras: []string{
			"Lifeboats sent to stranded trawler", r21cFiller,
			"Spokesperson for the Maritime Rescue Service Halvorsen said on national radio that two boats had been sent.",
			`"The crews reached the ship before dawn," Halvorsen said.`,
			`He added that the tow "will take most of the day."`,
		}, want: map[string]string{
			"The crews reached the ship before dawn": "Halvorsen",
			"will take most of the day.":             "Halvorsen",
		}},
		{name: "a ministry's spokesman before the surname", paras: []string{
			"Border stays open overnight", r21cFiller,
			"Spokesman for the Interior Ministry Petrescu told reporters the crossing would stay open.",
			`"Nobody will be turned back tonight," Petrescu said.`,
		}, want: map[string]string{"Nobody will be turned back tonight": "Petrescu"}},
		{name: "a directorate's press secretary, later only he", paras: []string{
			"Lorry queue shrinks at the frontier", r21cFiller,
			"Press secretary of the Customs Directorate Mirzoyan said the queue had shrunk to a few hundred lorries.",
			`"We cleared 400 lorries by noon," he said.`,
		}, want: map[string]string{"We cleared 400 lorries by noon": "Mirzoyan"}},
		{name: "an agency's acronym before the surname, then she", paras: []string{
			"Highway reopens after landslide", r21cFiller,
			"Spokeswoman for the NRSA Okonkwo-Baptiste said on Monday that the highway had been cleared overnight.",
			`"The road is open to all traffic again," she said.`,
		}, want: map[string]string{"The road is open to all traffic again": "Okonkwo-Baptiste"}},
		{name: "a police department's press officer, by the subject's verb", paras: []string{
			"Two held after warehouse raid", r21cFiller,
			"Head of the press office of the Regional Police Department Kravets said the suspects were detained at dawn.",
			`"Both men are in custody," Kravets said.`,
		}, want: map[string]string{"Both men are in custody": "Kravets"}},
		{name: "a given name after the head stays the person's", paras: []string{
			"Port reopens after storm", r21cFiller,
			"Director of the Harbour Authority Ingrid Solberg-Moe said the port would reopen on Friday.",
			`"The quays are safe again," Solberg-Moe said.`,
		}, want: map[string]string{"The quays are safe again": "Ingrid Solberg-Moe"}},
	})
}

// TestRound21BodiesNameWithAnd: a body the registry lists by a name with
// "and" between its capitals — a department named for two fields and its
// country ("<Field> and <Field> <Country>"), a trust named for two causes
// — is one speaker wherever the copy names it, though neither side of the
// "and" ends in a body's head word: as the subject of "…, warning that",
// after "said" behind a quote, after "According to", and in the
// possessive that "the agency" goes back to.
func TestRound21BodiesNameWithAnd(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Fisheries and Oceans Norland", Kind: "organisation", Role: "Norland's federal fisheries agency", Aliases: []string{"FON"}},
		{Name: "Rivers and Wetlands Trust", Kind: "organisation", Role: "Conservation charity"},
		{Name: "Norland Police", Kind: "organisation", Role: "Norland's national police"},
		{Name: "Norland", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "subject of a participle after a comma", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			`Fisheries and Oceans Norland has closed the bay to trawlers for the winter, warning that cod stocks are "at a historic low."`,
		}, want: map[string]string{"at a historic low.": "Fisheries and Oceans Norland"}},
		{name: "after said, behind the quote", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			`"Cod stocks are at a historic low," said Fisheries and Oceans Norland.`,
		}, want: map[string]string{"Cod stocks are at a historic low": "Fisheries and Oceans Norland"}},
		{name: "after according to", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			`According to the Rivers and Wetlands Trust, the marsh has lost "half of its nesting birds in ten years."`,
		}, want: map[string]string{"half of its nesting birds in ten years.": "Rivers and Wetlands Trust"}},
		{name: "a possessive, then the agency", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			"Norland Police said the coast road was closed.",
			"Fisheries and Oceans Norland’s closure notice for the bay remains in effect. The agency says cod stocks are “at a historic low.”",
		}, want: map[string]string{"at a historic low.": "Fisheries and Oceans Norland"}},
	})
}

// TestRound21BodiesBareNationalBody: copy from one country names that
// country's own body bare ("the <Name>"), where the registry lists it as
// "<Name> of <Country>"; its head word ("Prosecution", "Defence") names no
// body by itself. As the subject after an opening phrase ("During the
// hearing, the <Name> argued"), after "According to" or after "In its
// <document>," it was a person named "<Name>"; it is the registry's body,
// as it already was at the head of a sentence or behind a quote.
func TestRound21BodiesBareNationalBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Public Prosecution of Norland", Kind: "organisation", Role: "Norland's prosecution service"},
		{Name: "Civil Protection of Norland", Kind: "organisation", Role: "Norland's civil protection agency"},
		{Name: "Norland", Kind: "place", Role: "Country"},
	}}
	lede := "Three officials of Norland's customs service were jailed on Sunday for taking bribes at the port."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "after an opening phrase and its comma", reg: reg, paras: []string{
			"Customs officials jailed", r21cFiller, lede,
			`During the hearing last month, the Public Prosecution argued that the officials had "sold the border for cash."`,
		}, want: map[string]string{"sold the border for cash.": "Public Prosecution of Norland"}},
		{name: "after according to", reg: reg, paras: []string{
			"Customs officials jailed", r21cFiller, lede,
			`According to the Public Prosecution, the officials had "sold the border for cash."`,
		}, want: map[string]string{"sold the border for cash.": "Public Prosecution of Norland"}},
		{name: "after the document it spoke in", reg: reg, paras: []string{
			"Customs officials jailed", r21cFiller, lede,
			`In its closing submission, the Civil Protection warned that the port's warehouses were "a fire waiting to happen."`,
		}, want: map[string]string{"a fire waiting to happen.": "Civil Protection of Norland"}},
	})
}

// TestRound21BodiesSubnationalGovernment: copy from inside a state,
// province or territory names its own government by the level alone —
// "the State Government", "the provincial government", "a territory
// government spokesperson" — as a country's copy says "the Government".
// It is the registry's government of that level whose place the article
// names, else the only one the registry lists; not a body called "State
// Government", nor the country.
func TestRound21BodiesSubnationalGovernment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Government of Western Norland", Kind: "organisation", Role: "State government of Western Norland"},
		{Name: "Government of Eastern Norland", Kind: "organisation", Role: "State government of Eastern Norland"},
		{Name: "Government of Norland", Kind: "organisation", Role: "Norland's federal government"},
		{Name: "Norland", Kind: "place", Role: "Country"},
	}}
	one := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Marrow Province Government", Kind: "organisation", Role: "Provincial government of Marrow"},
		{Name: "Norland", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the State Government, its state named", reg: reg, paras: []string{
			"Council leases parkland for stadium car park", r21cFiller,
			"The city council voted on Tuesday to lease part of the riverside park to the State Government for a car park next to the new stadium in Western Norland's capital.",
			`In a statement, the State Government said the car park was "essential for families travelling from the regions."`,
		}, want: map[string]string{"essential for families travelling from the regions.": "Government of Western Norland"}},
		{name: "the state government in lower case", reg: reg, paras: []string{
			"Rail line to close for repairs", r21cFiller,
			"Commuters in Eastern Norland face six weeks of bus replacements from Monday.",
			`The state government said the closure was "the only way to fix the bridge properly."`,
		}, want: map[string]string{"the only way to fix the bridge properly.": "Government of Eastern Norland"}},
		{name: "a provincial government spokesperson, one listed", reg: one, paras: []string{
			"Ferry fares frozen for the winter", r21cFiller,
			"The island ferries will keep their summer fares until March, the operator said on Monday.",
			`A provincial government spokesperson said the freeze would "help families who have no other way to the mainland."`,
		}, want: map[string]string{"help families who have no other way to the mainland.": "Marrow Province Government"}},
	})
}

// TestRound21BodiesUnitSpeaksForBody: a body's unit that rules, reviews or
// polices for it, named without a body's head word of its own after the
// body's possessive ("the <League>'s Replay Room", "<ACR>'s Integrity
// Unit", "the <League>'s <Sport> Operations"), after its name ("the <ACR>
// Replay Room") or before it ("the Integrity Unit of the <Federation>"),
// speaks for the body, as its office or its spokesperson does; the
// reader took the unit for a person. A person after the possessive ("the
// <League>'s <Given> <Surname>", or one called by the surname alone after)
// stays the person.
func TestRound21BodiesUnitSpeaksForBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Continental Basketball League", Kind: "organisation", Role: "Professional basketball league", Aliases: []string{"CBL"}},
		{Name: "Norland Athletics Federation", Kind: "organisation", Role: "Athletics federation", Aliases: []string{"NAF"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "according to the league's review room", reg: reg, paras: []string{
			"Buzzer-beater stands after review", r21cFiller,
			`According to the CBL's Replay Room, the basket counted because the ball had "left the shooter's hand before the horn."`,
		}, want: map[string]string{"left the shooter's hand before the horn.": "Continental Basketball League"}},
		{name: "the league's operations department as a subject", reg: reg, paras: []string{
			"Guard suspended for two games", r21cFiller,
			`The CBL's Basketball Operations said the elbow was "reckless and avoidable."`,
		}, want: map[string]string{"reckless and avoidable.": "Continental Basketball League"}},
		{name: "a federation's integrity unit", reg: reg, paras: []string{
			"Sprinter provisionally suspended", r21cFiller,
			`The NAF's Integrity Unit said the sprinter had missed "three tests in twelve months."`,
		}, want: map[string]string{"three tests in twelve months.": "Norland Athletics Federation"}},
		{name: "the unit after the body's acronym", reg: reg, paras: []string{
			"Buzzer-beater stands after review", r21cFiller,
			`The CBL Replay Room said the ball had "left the shooter's hand before the horn."`,
		}, want: map[string]string{"left the shooter's hand before the horn.": "Continental Basketball League"}},
		{name: "the unit of the body", reg: reg, paras: []string{
			"Sprinter provisionally suspended", r21cFiller,
			`The Integrity Unit of the Norland Athletics Federation said the sprinter had missed "three tests in twelve months."`,
		}, want: map[string]string{"three tests in twelve months.": "Norland Athletics Federation"}},
		{name: "a person after the possessive stays the person", reg: reg, paras: []string{
			"Guard suspended for two games", r21cFiller,
			`The CBL's Tobias Quennell-Ortiz said the elbow was "reckless and avoidable."`,
			`"We will not tolerate it," Quennell-Ortiz said.`,
		}, want: map[string]string{
			"reckless and avoidable.": "Tobias Quennell-Ortiz",
			"We will not tolerate it": "Tobias Quennell-Ortiz",
		}},
	})
}

// TestRound21BodiesCourtReleaseParties: a court's release heads its page
// with the state and the court on lines of their own ("REPUBLIC OF
// <PLACE>" over "<KIND> COURT", or the court "OF THE REPUBLIC OF <PLACE>"),
// or names the court first in the sentence under its header lines, and
// names the case's sides in header lines ("Applicant: <Kind>
// "<Name>"", "Respondent: <Body>") before the text calls them "the
// Applicant", "the Respondent" and "the Court". "The Court" is the court
// whose release it is, not the lower court the text named last; "the
// Applicant" is the side the header names, not a name met before.
func TestRound21BodiesCourtReleaseParties(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country"},
		{Name: "Constitutional Court of Norland", Kind: "organisation", Role: "Norland's constitutional court"},
		{Name: "Administrative Tribunal of Norland", Kind: "organisation", Role: "Norland's administrative tribunal"},
		{Name: "High Court of Norland", Kind: "organisation", Role: "Norland's high court"},
		{Name: "Ministry of Forests of Norland", Kind: "organisation", Role: "Norland's forestry ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the state over the court, an association by its quoted name", reg: reg, paras: []string{
			"REPUBLIC OF NORLAND\nCONSTITUTIONAL COURT",
			"PRESS RELEASE",
			"Nordvik, 3 March 2029\nRef. No.: CC 88/29",
			"Judgment in case KI41/28\nApplicant: Association \"Clear Fjord\"\nRequest for constitutional review of Judgment No. 12/2028 of the High Court of Norland",
			"The Constitutional Court of the Republic of Norland announces that on 1 March 2029 it adopted, unanimously, the Judgment in case KI41/28, finding a violation of the right to a fair trial.",
			"The case concerns a fish farm licensed in 2026 in the mouth of the Storelva river, near the village of Vik.",
			`The Applicant, a conservation association from Vik, alleged before the Court that the High Court had "never weighed the evidence of the river's decline."`,
			"The High Court had found the claim inadmissible for want of standing.",
			`The Court found that the High Court had "given no reasons at all for refusing standing to a body founded to protect the river."`,
			`After the judgment, the Applicant wrote on its website: "The river has had its day in court at last."`,
		}, want: map[string]string{
			"never weighed the evidence of the river's decline.":                                    "Clear Fjord",
			"given no reasons at all for refusing standing to a body founded to protect the river.": "Constitutional Court of Norland",
			"The river has had its day in court at last.":                                           "Clear Fjord",
		}},
		{name: "no letterhead: header lines, then the court's first sentence", reg: reg, paras: []string{
			"Court finds violation in fish farm case",
			"Nordvik, 3 March 2029\nRef. No.: CC 88/29",
			"Judgment in case KI41/28\nRequest for constitutional review of Judgment No. 12/2028 of the High Court of Norland",
			"The Constitutional Court of Norland announces that on 1 March 2029 it adopted, unanimously, the Judgment in case KI41/28, finding a violation of the right to a fair trial.",
			"The High Court had found the claim inadmissible for want of standing.",
			`The Court found that the High Court had "given no reasons at all for refusing standing to a body founded to protect the river."`,
		}, want: map[string]string{
			"given no reasons at all for refusing standing to a body founded to protect the river.": "Constitutional Court of Norland",
		}},
		{name: "the tribunal over the state, a respondent body and a person applicant", reg: reg, paras: []string{
			"ADMINISTRATIVE TRIBUNAL\nOF THE REPUBLIC OF NORLAND",
			"PRESS RELEASE",
			"Case AT 17/2029\nApplicant: Ingeborg Haraldsen-Lie\nRespondent: Ministry of Forests of Norland",
			"The Tribunal delivered its decision on Monday in the dispute over the felling permit for the Lysskog forest, which the High Court of Norland had sent back to it in January.",
			`The Respondent argued that the permit had been "issued after every consultation the law requires."`,
			`The Applicant replied that no one had "walked the forest before signing it away."`,
			`The Tribunal held that the permit was "void for want of an environmental assessment."`,
		}, want: map[string]string{
			"issued after every consultation the law requires.": "Ministry of Forests of Norland",
			"walked the forest before signing it away.":         "Ingeborg Haraldsen-Lie",
			"void for want of an environmental assessment.":     "Administrative Tribunal of Norland",
		}},
	})
}
