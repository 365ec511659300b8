package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound42mFirmTakenForPerson: "<Name> <Trade> said …. “…,” the
// company said" — the capitals the reader took for a person's name are a
// firm the article also writes with its legal form ("<Name> <Trade>
// Limited", "<Name> <Trade> (Pvt) Ltd"), which "the company" calls back;
// the firm's name in full when the cast holds it.
func TestRound42mFirmTakenForPerson(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "full name with Limited given before",
		paras: []string{"Quarry blast cracks homes in hillside village\n\n" +
			"Residents of Mbereshi said on Tuesday that blasting at a nearby quarry had cracked the walls of at least a dozen houses.\n\n" +
			"The district commissioner said the operator, Lusenga Stone Crushing Limited, had been told to halt blasting until an inspection.\n\n" +
			"Lusenga Stone Crushing said its charges were within the permitted limits.\n\n" +
			"\"Every blast is logged and measured, and we will share those records with the inspectors,\" the company said.\n\n" +
			"Villagers plan a meeting on Friday."},
		want: map[string]string{
			"Every blast is logged and measured, and we will share those records with the inspectors": "Lusenga Stone Crushing Limited",
		},
	}, {
		name: "legal form only inside a quote",
		paras: []string{"Clerk charged over school furniture order\n\n" +
			"A district education clerk appeared in court yesterday over a furniture order worth US$80 000.\n\n" +
			"\"The accused steered the order to Ndabezinhle Timber Works (Pvt) Ltd, which his cousin runs,\" prosecutor Lwazi Moyo said.\n\n" +
			"Ndabezinhle Timber Works said it had delivered every desk it was paid for.\n\n" +
			"\"We built those desks by hand and the schools have them,\" the company said.\n\n" +
			"The case continues next month."},
		want: map[string]string{
			"We built those desks by hand and the schools have them": "Ndabezinhle Timber Works",
		},
	}})
}

// TestRound42mTwoWordNationalityBeforeName: "appointed <Two-word
// nationality> <Given> <Surname> as …" — a state's adjective of two
// words run into the name is no part of it, as one word's is; a state's
// own name before a body's word ("<Country> <Sport>") stays a body.
func TestRound42mTwoWordNationalityBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "two-word adjective, given name the lists lack",
		paras: []string{"Rowing club names new head coach\n\n" +
			"The Harbour Rowing Club has appointed Sri Lankan Ruwantha Welikala as head coach of its senior squad.\n\n" +
			"Welikala, 44, starts next week.\n\n" +
			"\"We have a lot of work to do before the regatta,\" Welikala said."},
		want: map[string]string{
			"We have a lot of work to do before the regatta": "Ruwantha Welikala",
		},
	}})
}

// TestRound42mNewHolderDescribedBefore: "<Body> appointed X as the head
// <title> …. <Y> introduced the new <title> …. The <title> said" — the
// holder described with "the" in an earlier sentence is one the reader
// knows: the person named before with that title.
func TestRound42mNewHolderDescribedBefore(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the new coach, then the coach said",
		paras: []string{"Netball federation appoints head coach\n\n" +
			"The Lowveld Netball Federation has appointed Kagiso Mthembu-Rae as the head coach of the national side on a three-year contract.\n\n" +
			"Federation president Dorah Sibiya-Moloi presented the new coach to reporters at the federation's offices on Monday.\n\n" +
			"The coach said she wanted a side that was \"fit enough to win the last quarter\".\n\n" +
			"The first camp starts in January."},
		want: map[string]string{
			"fit enough to win the last quarter": "Kagiso Mthembu-Rae",
		},
	}})
}

// TestRound42mTitleThenBodyInitials: "<Title> <ACR> <Given> <Surname>"
// — a title, the initials of the body it heads and then a name is a
// person, whom "the <Title>" names again.
func TestRound42mTitleThenBodyInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "chairman of a regulator by its initials",
		paras: []string{"Regulator reserves decision on gas tariff petition\n\n" +
			"ISLAMABAD: The Oil and Gas Regulatory Board (OGRB) on Tuesday reserved its decision on a petition by two gas utilities seeking a rise in the prescribed price for the current year.\n\n" +
			"The hearing was chaired by Chairman OGRB Tariq Mehmood Awan, with members from all four provinces present.\n\n" +
			"\"Consumers cannot be asked to pay for gas that was never delivered,\" the Chairman said.\n\n" +
			"The board will announce its decision next week."},
		want: map[string]string{
			"Consumers cannot be asked to pay for gas that was never delivered": "Tariq Mehmood Awan",
		},
	}})
}

// TestRound42mForceForPolice: "<Place> Police have closed … “…,” the
// force said" — "the force" calls back the police body named before,
// whose name holds "Police", not "force".
func TestRound42mForceForPolice(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the force after a police body",
		paras: []string{"Live: storm closes coast road and ferry terminal\n\n" +
			"High winds have brought down trees across the county overnight, and the morning ferry sailings have been cancelled.\n\n" +
			"North Wessex Police have shut the coast road between the harbour and the golf club after a wall collapsed onto the carriageway.\n\n" +
			"\"Please stay away from the seafront until the wind drops,\" the force said.\n\n" +
			"We will bring you updates through the day."},
		want: map[string]string{
			"Please stay away from the seafront until the wind drops": "North Wessex Police",
		},
	}})
}

// TestRound42mClubByItsNameEnd: "<Name> Sports said …. “…,” the club
// said" — a club whose name ends in a word only a club's name ends in,
// which the reader took for a person's name, is the club.
func TestRound42mClubByItsNameEnd(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "club named with Sports",
		paras: []string{"Kibeho Sports protest penalty in cup semi-final\n\n" +
			"Mukura Victory edged Kibeho Sports 1-0 in the cup semi-final on Saturday with a penalty in stoppage time.\n\n" +
			"After the match, Kibeho Sports said it would ask the federation to review the decision.\n\n" +
			"\"The footage shows clearly that there was no contact in the box,\" the club said.\n\n" +
			"The final is on 4 July."},
		want: map[string]string{
			"The footage shows clearly that there was no contact in the box": "Kibeho Sports",
		},
	}})
}

// TestRound42mMinistryOfTheMinisterNamed: "Minister of <Fields> X said
// …. The ministry said" with no ministry named before — the ministry the
// minister named last heads, as the registry lists it ("Ministry of
// <Fields> of <Country>"), though the registry lists no place the
// article's state could be read from.
func TestRound42mMinistryOfTheMinisterNamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "minister of several fields, then the ministry",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Ministry of Fisheries, Coasts and Harbours of Norland", Role: "Norland's fisheries ministry", Kind: "organisation"},
			{Name: "Ministry of Finance of Norland", Role: "Norland's finance ministry", Kind: "organisation"},
		}},
		paras: []string{"Norland closes cod grounds for the winter\n\n" +
			"Norland will close three cod grounds off its northern coast from December to protect spawning stocks, the government said on Monday.\n\n" +
			"Minister of Fisheries, Coasts and Harbours Eirik Vangsnes announced the closure after meeting boat owners in the port of Skarvik.\n\n" +
			"\"We cannot fish tomorrow's catch today,\" Vangsnes said.\n\n" +
			"The ministry said the stocks had fallen for a fourth year and that \"a pause now spares a collapse later.\"\n\n" +
			"Boat owners said they would seek compensation."},
		want: map[string]string{
			"a pause now spares a collapse later.": "Ministry of Fisheries, Coasts and Harbours of Norland",
		},
	}})
}
