package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound35bCurrencyCodeIsNoPlace: "<Code>$<Amount>" ("US$", "NZ$") in
// the headline and the opening is a currency, not the country the story
// is in, so "the <Subject> Ministry" is still the registry's "Ministry of
// <Subject> of <Country>" of the country the copy does name.
func TestRound35bCurrencyCodeIsNoPlace(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Chile", Kind: "place", Role: "Country", Aliases: []string{"Santiago"}},
		{Name: "Ministry of Mining of Chile", Kind: "organisation", Role: "Chile's mining ministry", Aliases: []string{"Ministerio de Minería"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "dollar amounts before the country",
		reg:  reg,
		paras: []string{"Copper miner Altamira raises US$800 million in notes\n\n" +
			"Altamira Cobre sold US$800 million of seven-year notes on Wednesday, the biggest sale by a Chilean miner this year.\n\n" +
			"Finance chief Rodrigo Peñaloza said demand had come mostly from pension funds.\n\n" +
			"The Mining Ministry said in a statement that the sale \"shows that investors trust the new royalty rules\" and that two more miners planned to borrow abroad.\n\n" +
			"The notes pay a coupon of 6.1 percent."},
		want: map[string]string{
			"shows that investors trust the new royalty rules": "Ministry of Mining of Chile",
		},
	}})
}

// TestRound35bFieldMinistryOfUnlistedState: "the <Field> Ministry" of a
// state the registry lists nothing of, in a registry that names every
// state's ministries "Ministry of <Field> of <Country>": the copy's short
// order is the state's ministry, named by the convention with the one
// country the story names.
func TestRound35bFieldMinistryOfUnlistedState(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Health of Peru", Kind: "organisation", Role: "Peru's health ministry"},
		{Name: "Ministry of Finance of Chile", Kind: "organisation", Role: "Chile's finance ministry"},
		{Name: "Ministry of Energy of Ecuador", Kind: "organisation", Role: "Ecuador's energy ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "one country named",
		reg:  reg,
		paras: []string{"Lithium plant in the salt flats delayed again\n\n" +
			"The first lithium carbonate plant in Bolivia will open a year late, its builder said on Monday, after pumps failed in the brine ponds.\n\n" +
			"The Hydrocarbons Ministry said it would \"review every contract signed for the plant\" before new money was released.\n\n" +
			"Bolivia holds some of the largest lithium resources in the world."},
		want: map[string]string{
			"review every contract signed for the plant": "Ministry of Hydrocarbons of Bolivia",
		},
	}})
}

// TestRound35bIndustryAnalystIsNoBodyVoice: "a <Place>-based <industry>
// analyst" (and "the analyst" after) is an unnamed expert following the
// industry, not the voice of the body in that industry the story named:
// unknown, where "a <body word> spokesperson" is the body's.
func TestRound35bIndustryAnalystIsNoBodyVoice(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "mining analyst after a mining firm",
		paras: []string{"Gold licence auction draws record bids\n\n" +
			"Tidewater Mining Co. chief executive Marguerite Olsby said the company had won two of the five gold blocks offered on Thursday.\n\n" +
			"\"We will start drilling the ridge in the spring,\" Olsby said.\n\n" +
			"A Lisbon-based mining analyst said afterwards that the winning offers were \"far above what the ministry hoped for\". Asked about the losers, the analyst said: \"Smaller developers were priced out of the round.\"\n\n" +
			"The blocks lie about 40 kilometres inland."},
		want: map[string]string{
			"far above what the ministry hoped for":            "unknown",
			"Smaller developers were priced out of the round.": "unknown",
		},
	}})
}

// TestRound35bBankBoardIsTheBank: "the board said" (or "the committee")
// in a bank's story that names no body of that head is the bank's own
// board, and speaks for the bank named just before.
func TestRound35bBankBoardIsTheBank(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "board after the bank",
		paras: []string{"Central bank leaves rates unchanged\n\n" +
			"The Bank of Tessaly kept its main rate at 4.75 percent on Thursday for the fourth meeting in a row.\n\n" +
			"Explaining the hold, the board said: \"Price pressures in services have yet to ease, and the board will act if they do not.\"\n\n" +
			"Most economists had expected the decision."},
		want: map[string]string{
			"Price pressures in services have yet to ease, and the board will act if they do not.": "Bank of Tessaly",
		},
	}})
}

// TestRound35bBanksPolicyCommittee: a bank's own transcript or statement
// (its name the letterhead) names its "<Field> Policy Committee" bare,
// and the committee, by its name or as "the Committee", speaks for the
// bank.
func TestRound35bBanksPolicyCommittee(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Central Bank of Tessaly", Kind: "organisation", Role: "Tessaly's central bank", Aliases: []string{"CBT"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "letterhead bank, bare committee",
		reg:  reg,
		paras: []string{"CENTRAL BANK OF TESSALY\n\n" +
			"STATEMENT ON THE POLICY RATE DECISION\n\n" +
			"The Monetary Policy Committee met on 3 and 4 March and kept the policy rate at 9 percent.\n\n" +
			"In its statement the Committee said: \"Food prices have eased, but fuel costs remain a risk to the outlook.\"\n\n" +
			"The Committee meets again in May."},
		want: map[string]string{
			"Food prices have eased, but fuel costs remain a risk to the outlook.": "Central Bank of Tessaly",
		},
	}})
}

// TestRound35bRegionalChapter: "<Body> <Compass> <Place>", a national
// body's provincial chapter named after the short name the registry
// lists, with its organ in lower case after it ("leadership"), speaks for
// the body.
func TestRound35bRegionalChapter(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "National Union of Coastal Fishers", Kind: "organisation", Role: "Fishers' union", Aliases: []string{"Nucof"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "chapter leadership",
		reg:  reg,
		paras: []string{"Boats stay in harbour after quota row\n\n" +
			"Dozens of trawlers stayed tied up in Port Alder on Monday after talks on the new hake quota broke down.\n\n" +
			"The Nucof Northern Coast leadership said its members were \"not going to sea to lose money\" and asked for new talks.\n\n" +
			"The quota takes effect next month."},
		want: map[string]string{
			"not going to sea to lose money": "National Union of Coastal Fishers",
		},
	}})
}

// TestRound35bPoliceSpokesperson: "a police spokesperson" in a story
// from a country whose national force the registry lists (by a role that
// says so) speaks for that force, as "a <field> ministry spokesperson"
// speaks for the country's ministry.
func TestRound35bPoliceSpokesperson(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Vanuatu", Kind: "place", Role: "Country", Aliases: []string{"Port Vila"}},
		{Name: "Vanuatu Mobile Constabulary", Kind: "organisation", Role: "Vanuatu's national police", Aliases: []string{"VMC"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "unnamed force spokesperson",
		reg:  reg,
		paras: []string{"Wharf workers end sit-in\n\n" +
			"Dock workers in Vanuatu ended a two-day sit-in at the main wharf on Friday after the port operator agreed to talks on overtime pay.\n\n" +
			"A police spokesperson said: \"Officers stayed at the gate to keep the cargo trucks moving, and there was no trouble.\"\n\n" +
			"Talks begin on Monday."},
		want: map[string]string{
			"Officers stayed at the gate to keep the cargo trucks moving, and there was no trouble.": "Vanuatu Mobile Constabulary",
		},
	}})
}

// TestRound35bKindThenPlacedName: "The <kind> company, <Place>-based
// <Name>, said": the aside names the body, where it sits before its name
// no part of it.
func TestRound35bKindThenPlacedName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "placed name after the kind",
		paras: []string{"Tanker detained after oil spill\n\n" +
			"Port officials detained a tanker at Walvis Bay on Sunday after diesel was seen on the water near its berth.\n\n" +
			"The tanker's owning company, Durban-based Kestrel Bulk Carriers, said on Monday: \"The leak came from a hose on the quay, not from our ship, and we will show that to the inquiry.\"\n\n" +
			"An inquiry opens on Wednesday."},
		want: map[string]string{
			"The leak came from a hose on the quay, not from our ship, and we will show that to the inquiry.": "Kestrel Bulk Carriers",
		},
	}})
}
