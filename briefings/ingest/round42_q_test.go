package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound42qSurnameNoNationality: "<Given> Abdul <Stem>i", a surname
// made like a nationality from a state's name ending in another vowel, is
// no mention of that state: the story stays in the country it names, and
// a body named bare there is the registry's "<Body> of <Country>".
func TestRound42qSurnameNoNationality(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Malaysia", Role: "Country", Kind: "place", Aliases: []string{"Kuala Lumpur"}},
		{Name: "Ghana", Role: "Country", Kind: "place", Aliases: []string{"Accra"}},
		{Name: "Water Services Commission of Malaysia", Role: "Malaysia's water regulator", Kind: "organisation"},
		{Name: "Ministry of Finance of Malaysia", Role: "Malaysia's finance ministry", Kind: "organisation"},
		{Name: "Ministry of Health of Ghana", Role: "Ghana's health ministry", Kind: "organisation"},
		{Name: "Water Services Commission of Ghana", Role: "Ghana's water regulator", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a surname shaped like a nationality",
		reg:  reg,
		paras: []string{"Water operators told to publish outage schedules\n\n" +
			"Water operators will have to publish their outage schedules a week ahead from January under rules announced on Monday.\n\n" +
			"The Minister of Natural Resources, Datuk Seri Ahmad Abdul Ghani, said the rules followed complaints from households left without piped water for days during the last dry spell. Ghani said operators that missed the deadline would be fined.\n\n" +
			"The Water Services Commission said in a statement that operators \"must give households time to store water\".\n\n" +
			"Operators in Kuala Lumpur said they would need more tankers to meet the rules."},
		want: map[string]string{
			"must give households time to store water": "Water Services Commission of Malaysia",
		},
	}})
}

// TestRound42qUnlistedStateDepartment: "the Department of <Field>" in a
// story about one small state or territory the registry does not list,
// whose other states' bodies it names "<Body> of <Country>", is that
// state's department, named with the country as the lists spell it.
func TestRound42qUnlistedStateDepartment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Fiji", Role: "Country", Kind: "place", Aliases: []string{"Suva"}},
		{Name: "Ministry of Fisheries of Fiji", Role: "Fiji's fisheries ministry", Kind: "organisation"},
		{Name: "Ministry of Health of Fiji", Role: "Fiji's health ministry", Kind: "organisation"},
		{Name: "Department of Energy of Fiji", Role: "Fiji's energy department", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a Pacific state's department",
		reg:  reg,
		paras: []string{"Boil-water notice lifted for Port Vila suburbs\n\n" +
			"Households in three suburbs can drink tap water again, authorities in Vanuatu said on Thursday, a week after heavy rain fouled a reservoir.\n\n" +
			"\"Tests over three days show the supply is safe,\" the Department of Water Resources said in a notice.\n\n" +
			"Schools in the area will reopen on Monday."},
		want: map[string]string{
			"Tests over three days show the supply is safe": "Department of Water Resources of Vanuatu",
		},
	}, {
		name: "a Caribbean territory's department",
		reg:  reg,
		paras: []string{"Fishers told to haul traps before the storm\n\n" +
			"Fishers across Anguilla were told on Friday to bring their traps ashore before a tropical storm passes north of the island this weekend.\n\n" +
			"\"Any trap left in the water after Saturday noon is at the owner's risk,\" the Department of Fisheries said.\n\n" +
			"The ferry to St Martin will not sail on Sunday."},
		want: map[string]string{
			"Any trap left in the water after Saturday noon is at the owner's risk": "Department of Fisheries of Anguilla",
		},
	}})
}

// TestRound42qAdjectiveInAcronym: "<Nationality> <Field> <Head> (<ACR>)"
// whose acronym spells the adjective too is the body's own name, kept
// whole; without such an acronym the adjective says whose body it is and
// the convention puts the country after the name.
func TestRound42qAdjectiveInAcronym(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Kenya", Role: "Country", Kind: "place", Aliases: []string{"Nairobi"}},
		{Name: "South Africa", Role: "Country", Kind: "place", Aliases: []string{"Pretoria"}},
		{Name: "Ministry of Health of Kenya", Role: "Kenya's health ministry", Kind: "organisation"},
		{Name: "Ministry of Energy of Kenya", Role: "Kenya's energy ministry", Kind: "organisation"},
		{Name: "Department of Transport of South Africa", Role: "South Africa's transport department", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "one-word adjective spelled by the acronym",
		reg:  reg,
		paras: []string{"Pump prices to rise again next month\n\n" +
			"Motorists in Kenya will pay more for petrol from the first of the month after the shilling weakened against the dollar.\n\n" +
			"A spokesperson for the Kenyan Fuel Pricing Regulatory Authority (KFPRA) said the increase was \"the smallest the formula allows\".\n\n" +
			"Matatu operators said they would raise fares."},
		want: map[string]string{
			"the smallest the formula allows": "Kenyan Fuel Pricing Regulatory Authority",
		},
	}, {
		name: "two-word adjective spelled by the acronym",
		reg:  reg,
		paras: []string{"Generic insulin approved after two-year review\n\n" +
			"Patients in South Africa will have a cheaper insulin from March, after the regulator approved a locally made version.\n\n" +
			"The South African Medicines Regulatory Authority (Samra) said the product had passed \"every test we set for the originator\".\n\n" +
			"Pharmacies expect the first stock in February."},
		want: map[string]string{
			"every test we set for the originator": "South African Medicines Regulatory Authority",
		},
	}, {
		name: "an adjective the acronym leaves out",
		reg:  reg,
		paras: []string{"Pump prices to rise again next month\n\n" +
			"Motorists in Kenya will pay more for petrol from the first of the month after the shilling weakened against the dollar.\n\n" +
			"A spokesperson for the Kenyan Fuel Pricing Regulatory Authority (FPRA) said the increase was \"the smallest the formula allows\".\n\n" +
			"Matatu operators said they would raise fares."},
		want: map[string]string{
			"the smallest the formula allows": "Fuel Pricing Regulatory Authority of Kenya",
		},
	}})
}

// TestRound42qRulersMinistry: "the <Rulers>'s Ministry of <Field>", owned
// by whoever runs the state and not by a place, is that state's ministry,
// named "<Ministry> of <Country>" as the registry names the state's
// other bodies, when the story names that state alone.
func TestRound42qRulersMinistry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Myanmar", Role: "Country", Kind: "place", Aliases: []string{"Naypyitaw"}},
		{Name: "Thailand", Role: "Country", Kind: "place", Aliases: []string{"Bangkok"}},
		{Name: "Ministry of Foreign Affairs of Myanmar", Role: "Myanmar's foreign ministry", Kind: "organisation"},
		{Name: "Ministry of Health of Thailand", Role: "Thailand's health ministry", Kind: "organisation"},
		{Name: "Ministry of Commerce of Thailand", Role: "Thailand's commerce ministry", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a ruling council's ministry by its capitalised name",
		reg:  reg,
		paras: []string{"Rice exports halted to hold down prices\n\n" +
			"Traders in Myanmar said on Wednesday that export licences for rice had been suspended until the end of the year.\n\n" +
			"The State Governing Council's Ministry of Commerce said the pause was needed \"to keep the pot full at home\".\n\n" +
			"Millers said stocks were already low after floods in the delta."},
		want: map[string]string{
			"to keep the pot full at home": "Ministry of Commerce of Myanmar",
		},
	}})
}

// TestRound42qHeadWordForLetterheadBody: a force's own release calls it
// by its head word alone, as a proper noun ("a <title> for <Head>
// said", the head word capitalised alone): the body the title's
// letterhead names ("<Place> Police Force - <Section> - …") is the
// speaker.
func TestRound42qHeadWordForLetterheadBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "police named by its head word under its letterhead",
		paras: []string{"Port Lucerne Police Force - Police News - Press Releases\n\n" +
			"Two arrested over counterfeit cigarette haul\n\n" +
			"Harbour district officers searching a lock-up in Kestrel Bay on Thursday found 1.2 million fake cigarettes and detained a 41-year-old man and a 56-year-old man.\n\n" +
			"A spokesman for Police said, \"The packets carried copied tax stamps and were meant for corner shops, and we expect to trace the supplier.\"\n\n" +
			"Both men were bailed to return to the station in four weeks."},
		want: map[string]string{
			"The packets carried copied tax stamps and were meant for corner shops, and we expect to trace the supplier.": "Port Lucerne Police Force",
		},
	}})
}
