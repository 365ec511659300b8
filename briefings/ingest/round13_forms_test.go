package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r13Place, r13Body and r13Registry make a test registry's entries.
func r13Place(name string, aliases ...string) *briefings.Speaker {
	return &briefings.Speaker{Name: name, Role: "Country", Kind: "place", Aliases: aliases}
}

func r13Body(name, role string, aliases ...string) *briefings.Speaker {
	return &briefings.Speaker{Name: name, Role: role, Kind: "organisation", Aliases: aliases}
}

func r13Registry(sp ...*briefings.Speaker) *briefings.Registry {
	return &briefings.Registry{Speakers: sp}
}

// TestRound13BodyForms checks that a body the registry lists is found
// whatever form copy names it in: its words in another order, its country
// as an adjective, a possessive, an "of" or the article's own country, a
// word of its name left off, a national branch, a seat named by its
// capital. A country the copy gives must be the registry name's, a
// country only the registry name gives must be the article's home, and
// two bodies that fit as well leave the copy's name.
func TestRound13BodyForms(t *testing.T) {
	t.Parallel()
	ministries := r13Registry(
		r13Place("Chile", "Santiago"), r13Place("Peru", "Lima"), r13Place("Kenya", "Nairobi"), r13Place("Uganda", "Kampala"),
		r13Body("Ministry of Agriculture of Chile", "Chilean agriculture ministry"),
		r13Body("Ministry of Agriculture of Peru", "Peruvian agriculture ministry"),
		r13Body("Ministry of Foreign Affairs of Kenya", "Kenyan foreign ministry"),
		r13Body("Ministry of Foreign Affairs of Uganda", "Ugandan foreign ministry"),
	)
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			// "<Subject> Ministry" for the home country's "Ministry of
			// <Subject> of <Country>", in a story about that country.
			name: "HomeMinistryInOtherWordOrder",
			reg:  ministries,
			paras: []string{
				`Frost has destroyed a third of Chile's cherry crop, growers in the central valley said on Monday.`,
				`The Agriculture Ministry said the cold snap was "the worst in forty years" and promised emergency credit.`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"the worst in forty years": "Ministry of Agriculture of Chile"},
		},
		{
			// A country's adjective and "Foreign" for "Foreign Affairs";
			// the other country's ministry named by a possessive in the
			// same story keeps to its own country.
			name: "AdjectiveAndPossessiveCountries",
			reg:  ministries,
			paras: []string{
				`Kenya and Uganda traded accusations over the detention of fishermen on the lake.`,
				`The Kenyan Foreign Ministry called the arrests "unacceptable between neighbours".`,
				`Uganda's Foreign Ministry replied that the boats had been "deep inside our waters".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{
				"unacceptable between neighbours": "Ministry of Foreign Affairs of Kenya",
				"deep inside our waters":          "Ministry of Foreign Affairs of Uganda",
			},
		},
		{
			// "<Country>'s <Body>" for the registry's "<Body> of <Country>".
			name: "PossessiveForOfCountry",
			reg: r13Registry(r13Place("Latvia", "Riga"), r13Place("Estonia", "Tallinn"),
				r13Body("State Revenue Service of Latvia", "Latvian tax authority"),
				r13Body("Tax and Customs Board of Estonia", "Estonian tax authority")),
			paras: []string{
				`Latvia's State Revenue Service said the new rules would be "enforced from the first day".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"enforced from the first day": "State Revenue Service of Latvia"},
		},
		{
			// "<Acronym> <Country>": an international body's national office
			// speaks for the body the registry lists without a country.
			name: "NationalBranchOfInternationalBody",
			reg: r13Registry(r13Place("Malawi", "Lilongwe"),
				r13Body("World Food Programme", "UN food agency", "WFP")),
			paras: []string{
				`A WFP Malawi spokesperson said stocks in the south would last "until the end of March at most".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"until the end of March at most": "World Food Programme"},
		},
		{
			// A mission's seat named by the capital the registry lists as
			// its country's alias.
			name: "SeatNamedByItsCapital",
			reg: r13Registry(r13Place("Peru", "Lima"), r13Place("United Kingdom", "London"),
				r13Body("British Embassy in Peru", "The UK's embassy in Peru")),
			paras: []string{
				`The British Embassy in Lima said consular staff were "in touch with the families".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"in touch with the families": "British Embassy in Peru"},
		},
		{
			// A body named without the words before its head that the
			// registry's name has (a county's name).
			name: "QualifierLeftOff",
			reg: r13Registry(r13Place("United States", "Washington"),
				r13Body("Riverside County Office of Emergency Services", "County emergency agency")),
			paras: []string{
				`Crews worked through the night as the fire moved towards Riverside County's eastern suburbs.`,
				`The Office of Emergency Services said evacuation orders would stay "until the wind drops".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"until the wind drops": "Riverside County Office of Emergency Services"},
		},
		{
			// Negative: a story about one country does not give its
			// ministry to another country's registry entry.
			name: "OtherCountrysMinistryNotHome",
			reg: r13Registry(r13Place("Chile", "Santiago"), r13Place("Peru", "Lima"),
				r13Body("Ministry of Agriculture of Peru", "Peruvian agriculture ministry")),
			paras: []string{
				`Frost has destroyed a third of Chile's cherry crop, growers in Chile's central valley said on Monday.`,
				`The Agriculture Ministry said the cold snap was "the worst in forty years".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"the worst in forty years": "Agriculture Ministry"},
		},
		{
			// Negative: a country the copy names that the registry name does
			// not give is another country's body.
			name: "NamedCountryMustMatch",
			reg: r13Registry(r13Place("Kenya", "Nairobi"), r13Place("Uganda", "Kampala"),
				r13Body("Ministry of Foreign Affairs of Kenya", "Kenyan foreign ministry")),
			paras: []string{
				`Kenya protested on Tuesday over the detention of fishermen on the lake.`,
				`Uganda's Foreign Ministry replied that the boats had been "deep inside our waters".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"deep inside our waters": "Uganda's Foreign Ministry"},
		},
		{
			// Negative: two registry bodies that fit as well leave the name
			// as the copy gives it.
			name: "TwoFitsNoMapping",
			reg: r13Registry(
				r13Body("Ministry of Trade and Industry", "Trade ministry"),
				r13Body("Ministry of Industry and Mines", "Mining ministry")),
			paras: []string{
				`The Industry Ministry said the quota would be "reviewed every quarter".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"reviewed every quarter": "Industry Ministry"},
		},
	})
}

// TestRound13PersonForms checks the form of a person's name the draft
// gives: titles, honorifics and ranks the reader ran into the name are
// dropped, and so are a body's words before the given name when the
// article names the person by surname elsewhere; a lone surname becomes
// the full name the article introduced the person by, where only a
// possessive or a phrase the reader passes over gave it. A peer's title
// stays, and a full name inside a body's name is not the speaker's.
func TestRound13PersonForms(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			// A two-word rank without stops before a surname the article
			// never completes.
			name: "RankBeforeSurname",
			paras: []string{
				`Army spokesman Maj Gen Okonkwo-Bello said the convoy had been "ambushed twice on the same road".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"ambushed twice on the same road": "Okonkwo-Bello"},
		},
		{
			// A lawyer's honorific in an aside.
			name: "LawyersHonorific",
			paras: []string{
				`The family's lawyer, Maître Aurélie Ndong-Mba, called the ruling "a disgrace for the republic".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"a disgrace for the republic": "Aurélie Ndong-Mba"},
		},
		{
			// A chiefly title after an unlisted title.
			name: "ChieflyTitle",
			paras: []string{
				`Tourism board chair Ratu Epeli Vunivalu-Tora opened the season at Denarau.`,
				`"Our visitors come back because they are treated as family," Vunivalu-Tora said.`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"Our visitors come back because they are treated as family": "Epeli Vunivalu-Tora"},
		},
		{
			// A unit of a body before the name, the surname alone after.
			name: "UnitBeforeName",
			paras: []string{
				`Head of the ministry's Primary Health Care Department Salma Odeh-Nasser told the agency that clinics would open late.`,
				`"We need every nurse we have on the night shift," Odeh-Nasser said.`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"We need every nurse we have on the night shift": "Salma Odeh-Nasser"},
		},
		{
			// An office's name before the name, in another structure.
			name: "OfficeBeforeName",
			paras: []string{
				`Manager of the city's Parks Office Joanna Pike-Erskine said the lake would reopen in May.`,
				`"The water is clean again," Pike-Erskine said.`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"The water is clean again": "Joanna Pike-Erskine"},
		},
		{
			// The full name only in a possessive before the surname speaks.
			name: "FullNameInPossessive",
			paras: []string{
				`The novel reached English readers in Jonas Lindqvist-Berg's translation last spring.`,
				`Lindqvist-Berg said he had "rewritten every line twice".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"rewritten every line twice": "Jonas Lindqvist-Berg"},
		},
		{
			// The full name inside a phrase about someone's work.
			name: "FullNameInAnotherPhrase",
			paras: []string{
				`The exhibition collects the photographs of Tomasz Wierzbicki-Lee from thirty years on the Baltic coast.`,
				`"I never photographed the sea, only the people who wait for it," Wierzbicki-Lee said.`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"I never photographed the sea, only the people who wait for it": "Tomasz Wierzbicki-Lee"},
		},
		{
			// Negative: a full name that opens a body's name is the body's,
			// not the speaker's.
			name: "TwoFullNamesLeaveSurname",
			paras: []string{
				`The prize is funded by the Anna Sokolova-Reyes Trust, set up by the writer's family.`,
				`Sokolova-Reyes said the win was "a family joke now".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"a family joke now": "Sokolova-Reyes"},
		},
		{
			// Negative: a peer's title is part of the name.
			name: "PeersTitleStays",
			paras: []string{
				`Baroness Elmfield-Croft said the bill was "not fit for purpose".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"not fit for purpose": "Baroness Elmfield-Croft"},
		},
	})
}
