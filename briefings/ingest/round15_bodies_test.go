package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestKindOfName: "the <noun>" for a body is the one body the article
// introduced by a name opening with that noun, "the <Noun> of <Name>" —
// a court's "the State" for the country of "the State of <Country>", "the
// committee" or "the board" for a body named only in its head's title —
// and nothing when two such names share the noun or none opens with it.
func TestKindOfName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "TheStateOfACountry",
			paras: []string{`Court rules on river dam

The regional court found against the State of Paraguay in a case brought by fishing villages downstream of the Velka dam.

During the hearings, the State argued that the villagers had been "consulted at every stage of the project".`},
			want: map[string]string{"consulted at every stage of the project": "Paraguay"},
		},
		{
			name: "ACommitteeNamedInItsHeadsTitle",
			paras: []string{`Nurses walk out over pay

"We cannot pay rent on these wages," said Mara Velic-Stone, chair of the Committee of Agency Nurses in Public Hospitals.

According to the committee, the strike closed "nine wards out of ten" in the capital's hospitals.`},
			want: map[string]string{"nine wards out of ten": "Committee of Agency Nurses in Public Hospitals"},
		},
		{
			name: "ABoardIntroducedByItsFullName",
			paras: []string{`Port fees to rise

Shipping lines met officials of the Board of Harbour Commissioners of Port Linden on Monday to discuss the new tariff.

The board said in a notice that the fees would rise "by no more than six percent" next year.`},
			want: map[string]string{"by no more than six percent": "Board of Harbour Commissioners of Port Linden"},
		},
		{
			name: "TwoBodiesOpenWithTheNoun",
			paras: []string{`Nurses and porters walk out

"We cannot pay rent on these wages," said Mara Velic-Stone, chair of the Committee of Agency Nurses, and Tomas Brill, secretary of the Committee of Hospital Porters, agreed.

According to the committee, the strike closed "nine wards out of ten" in the capital's hospitals.`},
			want: map[string]string{"nine wards out of ten": "unknown"},
		},
		{
			name: "NoNameOpensWithTheNoun",
			paras: []string{`Teachers to vote on strike

Thousands of supply teachers will vote next week on a strike over unpaid holiday pay.

The committee said members were "out of patience".`},
			want: map[string]string{"out of patience": "unknown"},
		},
	})
}

// TestWorkOwner: a body's work as the subject of a speech or finding verb
// ("its latest outlook warned", "its annual report found", "<Body>'s
// analysis warns") speaks for the body that owns it; a person's work and
// an "its" whose sentence names someone else before it are not a body's.
func TestWorkOwner(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Valdoria Weather Service", Kind: "organisation", Role: "Valdoria's national weather service"},
		{Name: "International Freight Council", Kind: "organisation", Role: "Trade body of freight forwarders", Aliases: []string{"IFC"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "ItsOutlook",
			reg:  reg,
			paras: []string{`Dry season to run on

The Valdoria Weather Service said rainfall in the south had been half of normal since October.

Its latest seasonal outlook warned that "dry conditions are likely to last until May," and advised farmers to plan for a late planting.`},
			want: map[string]string{"dry conditions are likely to last until May": "Valdoria Weather Service"},
		},
		{
			name: "ItsReport",
			paras: []string{`Charity counts cost of floods

The Riverside Relief Trust has spent more than its yearly budget in two months, its trustees say.

Its annual report found that demand for food parcels had "more than doubled since the spring".`},
			want: map[string]string{"more than doubled since the spring": "Riverside Relief Trust"},
		},
		{
			name: "ABodysAnalysis",
			reg:  reg,
			paras: []string{`Port charges under fire

Forwarders have complained about the new fees for months.

IFC's analysis warns that the charges would make the port "the dearest in the region for transit cargo".`},
			want: map[string]string{"the dearest in the region for transit cargo": "International Freight Council"},
		},
		{
			name: "APersonsReportIsNoBodys",
			reg:  reg,
			paras: []string{`Economist sees slow year

The Valdoria Weather Service forecast a wet spring. Economist Lena Marsh-Oduya expects growth to slow.

Her latest report warned that exports would "stall for a year or more".`},
			want: map[string]string{"stall for a year or more": "Lena Marsh-Oduya"},
		},
		{
			name: "TheSentencesOwnSubjectMayOwnIt",
			paras: []string{`Glasses lose a feature

The Data Commission said it had concerns about the face-matching feature.

Vantor pitched it as a memory aid — "never forget a face," its launch video promised — but critics were not convinced.`},
			want: map[string]string{"never forget a face": "unknown"},
		},
	})
}

// TestRound15BodyNamesKeptWhole: a body's name with a lower-case joiner
// inside it — the "of" of a place's own name, the "to" of the aim it is
// named for, a second "and" in a long complement, "on" after its head
// word — is read whole, not cut at the joiner into a name made of its last
// words.
func TestRound15BodyNamesKeptWhole(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a force named for a place with 'of' in its name", paras: []string{
			"Treasurer jailed",
			"A charity treasurer was jailed for two years on Tuesday.",
			`After the hearing, a spokesperson for the Isle of Man Constabulary said: "This was a complex investigation."`,
		}, want: map[string]string{"This was a complex investigation.": "Isle of Man Constabulary"}},
		{name: "a council of a city named with 'of' (wording in no set)", paras: []string{
			"Ferry fares frozen",
			"Fares on the island ferries will not rise this year.",
			`A spokesman for the City of Portmarrow Council said the freeze was "the least we can do".`,
		}, want: map[string]string{"the least we can do": "City of Portmarrow Council"}},
		{name: "a coalition named for its aim", paras: []string{
			"Shelter vote",
			"The assembly voted to open a winter shelter on Tuesday.",
			`The Anchorage Coalition to End Homelessness said in a statement that the vote was "a necessary emergency step" but not enough.`,
		}, want: map[string]string{"a necessary emergency step": "Anchorage Coalition to End Homelessness"}},
		{name: "a committee named for its aim (wording in no set)", paras: []string{
			"Reporter detained",
			"A radio reporter has been held without charge for a week.",
			`"Journalism is not a crime," the Committee to Protect Journalists said.`,
		}, want: map[string]string{"Journalism is not a crime": "Committee to Protect Journalists"}},
		{name: "a commission whose complement has two 'and's", paras: []string{
			"Camps short of water",
			"The camps in the east are short of water.",
			`The National Commission for the Reception and Reintegration of Refugees and Returnees told aid groups that "a new site is only a new problem".`,
		}, want: map[string]string{"a new site is only a new problem": "National Commission for the Reception and Reintegration of Refugees and Returnees"}},
		{name: "an office with two 'and's (wording in no set)", paras: []string{
			"Looms fall silent",
			"Weavers in the valley have stopped work.",
			`The Office for the Protection and Promotion of Arts and Crafts told reporters that "the looms will not restart without buyers".`,
		}, want: map[string]string{"the looms will not restart without buyers": "Office for the Protection and Promotion of Arts and Crafts"}},
		{name: "a court 'on' a field with 'and' in it", paras: []string{
			"Demolitions ruled unlawful",
			"A court ruled on Thursday that the demolition of a lagoon neighbourhood broke the law.",
			`The African Court on Human and Peoples' Rights said the evictions were "a violation of the right to housing".`,
		}, want: map[string]string{"a violation of the right to housing": "African Court on Human and Peoples' Rights"}},
		{name: "negative: a title and a name after 'spokesperson for the'", paras: []string{
			"Boats rammed",
			"Coast guard spokesperson for the West Sea Commodore Ramil Dizon-Abad said two boats were rammed.",
			`"This is a clear act of aggression," Dizon-Abad said on Tuesday.`,
		}, want: map[string]string{"This is a clear act of aggression": "Ramil Dizon-Abad"}},
		{name: "negative: a place with 'of' before a person's title", paras: []string{
			"Island open for business",
			"Ferry bookings rose by a fifth in the spring.",
			`The Isle of Man's chief minister, Alfred Cannan-Kewley, said the island was "open for business".`,
		}, want: map[string]string{"open for business": "Alfred Cannan-Kewley"}},
	})
}

// TestRound15DefinedAcronyms: an acronym the article gives a body right
// after its name, in brackets or between commas, is that body's, whether
// or not it spells the name's initials (an acronym of the name in the
// body's own language); and a registry acronym right after a description
// of a body ("<Country>'s weather service <ACR>") names the body described.
func TestRound15DefinedAcronyms(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an acronym between commas", paras: []string{
			"Tariffs up",
			"Electricity prices will rise by a fifth from March.",
			"The Kosovo Electricity Distribution Company, KEDS, which manages the grid, said it was not involved in setting retail prices.",
			`A KEDS spokesperson said that "not a single cent" of the increase would go to the distributor.`,
		}, want: map[string]string{"not a single cent": "Kosovo Electricity Distribution Company"}},
		{name: "an acronym in brackets of the name in its own language", paras: []string{
			"Volcano alert stays",
			"The volcano erupted again on Sunday.",
			`The National Emergency Commission (CNE) said last week that the situation was "stable but unpredictable".`,
			`The CNE said on Monday that the alert would remain in place "until further notice".`,
		}, want: map[string]string{"until further notice": "National Emergency Commission"}},
		{name: "a water office's French acronym (wording in no set)", paras: []string{
			"Taps run dry",
			"Several districts of the capital have had no water for a week.",
			`The National Office for Water and Sanitation (ONEA) blamed the heat.`,
			`"Supply will be back by Friday," ONEA said.`,
		}, want: map[string]string{"Supply will be back by Friday": "National Office for Water and Sanitation"}},
		{name: "a registry acronym after a description", reg: r13Registry(
			r13Place("Germany"),
			r13Body("Deutscher Wetterdienst", "Germany's national meteorological service", "DWD"),
		), paras: []string{
			"Storm warning",
			"A winter storm will reach the coast on Friday evening.",
			`Germany's weather service DWD has issued storm warnings, describing the storm as "a severe winter storm".`,
		}, want: map[string]string{"a severe winter storm": "Deutscher Wetterdienst"}},
		{name: "a registry acronym after a described agency (wording in no set)", reg: r13Registry(
			r13Place("Norway"),
			r13Body("Norwegian Water Resources and Energy Directorate", "Norway's flood agency", "NVE"),
		), paras: []string{
			"Flood warning",
			"Rivers in the west rose overnight after two days of rain.",
			`Norway's flood agency NVE said the rivers would peak "some time on Saturday".`,
		}, want: map[string]string{"some time on Saturday": "Norwegian Water Resources and Energy Directorate"}},
		{name: "negative: an acronym in a list of bodies is no definition", paras: []string{
			"Vaccines arrive",
			"A shipment of measles vaccines reached the capital on Monday.",
			`The vaccines were bought by the Ministry of Health, UNICEF, WHO and two donors.`,
			`"Every child under five must be reached," UNICEF said.`,
		}, want: map[string]string{"Every child under five must be reached": "UNICEF"}},
	})
}
