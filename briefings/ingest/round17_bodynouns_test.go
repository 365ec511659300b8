package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestMunicipalVoice: "a city spokesperson", "the city spokeswoman" is the
// municipality's voice — the registry's "City of <Place>" for the place
// the article is about — as "the city" is. Without
// such a body in the registry the spokesperson names no one.
func TestMunicipalVoice(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "City of Marrowby", Kind: "organisation", Role: "Municipal government of Marrowby"},
		{Name: "City of Ellesford", Kind: "organisation", Role: "Municipal government of Ellesford"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a city spokesperson", reg: reg, paras: []string{
			"Warming centre opens in Marrowby",
			"Hundreds of homes in Marrowby were still without heat on Tuesday night after a transformer failed at the substation on the east side, the power company said.",
			"A city spokesperson said the arena had \"room for everyone who needs it\".",
		}, want: map[string]string{"room for everyone who needs it": "City of Marrowby"}},
		{name: "the city spokeswoman, another city", reg: reg, paras: []string{
			"Bridge closed in Ellesford",
			"The old stone bridge in Ellesford was closed to traffic on Monday after engineers found cracks in two of its arches during a routine inspection.",
			"The city spokeswoman said repairs would take \"at least the summer\".",
		}, want: map[string]string{"at least the summer": "City of Ellesford"}},
		{name: "no city body in the registry", paras: []string{
			"Warming centre opens in Marrowby",
			"Hundreds of homes in Marrowby were still without heat on Tuesday night after a transformer failed at the substation on the east side, the power company said.",
			"A city spokesperson said the arena had \"room for everyone who needs it\".",
		}, want: map[string]string{"room for everyone who needs it": "unknown"}},
	})
}

// TestRegistryBodyOverAnd: a body named for two fields and its country
// ("<Field> and <Field> <Country>") opening a sentence in the possessive
// is the registry's body, not a person called by the words after "and";
// "the agency" in the next sentence is that body, not one named before it.
func TestRegistryBodyOverAnd(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Fisheries and Oceans Velmark", Kind: "organisation", Role: "Velmark's federal fisheries department"},
		{Name: "Velmark Coast Guard", Kind: "organisation", Role: "Velmark's coast guard"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the agency after a possessive body's name with and", reg: reg, paras: []string{
			"Crab season delayed",
			"The Velmark Coast Guard said on Monday it had towed two crab boats back to port after their engines failed in the ice off the northern cape.",
			"Fisheries and Oceans Velmark's closure of the northern grounds remains in place. The agency says the crab stock is \"at its lowest in twenty years\" and warns that \"fines will be doubled\".",
		}, want: map[string]string{"at its lowest in twenty years": "Fisheries and Oceans Velmark", "fines will be doubled": "Fisheries and Oceans Velmark"}},
	})
}

// TestHeadWordOverHeading: "the Tribunal said" is the body named with
// that word in the release, not two lines of its heading in capitals run
// together and read in title case ("… <Stage> The Tribunal Delivers Its
// Judgment"), which only look like a body's name.
func TestHeadWordOverHeading(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a release's heading of two lines in capitals", paras: []string{
			"REGIONAL FISHERIES TRIBUNAL\n\nPress Release",
			"RFT/Press 41\n3 March 2026",
			"THE \"SEA LARK\" CASE (ARVELIA v. OSTRIA), PROVISIONAL MEASURES\nTHE TRIBUNAL DELIVERS ITS JUDGMENT",
			"Today, 3 March 2026, the Regional Fisheries Tribunal delivered its Judgment in the \"Sea Lark\" Case, brought by Arvelia against Ostria over the seizure of a trawler and its crew of twelve.",
			"The Tribunal noted that the crew had been held \"for more than nine weeks without charge\".",
		}, want: map[string]string{"for more than nine weeks without charge": "Regional Fisheries Tribunal"}},
	})
}

// TestAnotherBodysRequest: "He recalled that the Committee had asked …
// to “…”" after a person whose title names their own body reports what
// another body asked, in its words; a description of the speaker's own
// body there stays the speaker's words.
func TestAnotherBodysRequest(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "another body's request, recalled", paras: []string{
			"Nurses' pay cut challenged",
			"The nurses' federation said on Monday that deductions from the pay of striking nurses in three provinces were unlawful and must be returned within the month.",
			"PSI's Regional Secretary for Asia, Danilo Reyes-Tan, said PSI would take the case to the Regional Labour Council if the deductions were not withdrawn. He recalled that the Council had already asked the government in 2024 to make sure \"no nurse is punished for a lawful strike.\"",
		}, want: map[string]string{"no nurse is punished for a lawful strike.": "Regional Labour Council"}},
		{name: "the speaker's own body stays the speaker's", paras: []string{
			"Clinics told to stay open",
			"Clinics in the capital were told on Monday to keep their doors open through the holiday as flu cases rose for a third week.",
			"Mira Santos-Oyelaran, the ministry's spokesperson, said the department had asked every clinic to \"keep one doctor on call at night\".",
		}, want: map[string]string{"keep one doctor on call at night": "Mira Santos-Oyelaran"}},
	})
}

// TestHeadingTailIsNoBody: a release's heading in capitals that runs on
// from a preposition ("… SESSION OF 2026 OF THE <ORGAN>: …") is no body
// of its own; "the Committee" after it is the organ the release named,
// which speaks for its parent the registry lists.
func TestHeadingTailIsNoBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Bank of the Eastern Isles", Kind: "organisation", Role: "Central bank of the Eastern Isles currency union", Aliases: []string{"BEI"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a heading's tail after a preposition", reg: reg, paras: []string{
			"BANK OF THE EASTERN ISLES\nCommunication Department",
			"PRESS RELEASE No. 12/2026",
			"SECOND ORDINARY MEETING OF 2026 OF THE RATES COMMITTEE: BEI HOLDS ITS POLICY RATE AT 3.5%",
			"Port Ansel, 4 June 2026 - The Rates Committee (RC) of the Bank of the Eastern Isles (BEI) held its second ordinary meeting of 2026 on Thursday 4 June 2026 at the Bank's headquarters in Port Ansel, under the chairmanship of Mr Ravi Dunmore-Pell, Governor of BEI.",
			"Having reviewed recent developments in the union, the RC decided to:",
			"- keep the policy rate unchanged at 3.5%;\n- keep the deposit facility rate unchanged at 0.5%.",
			"The decisions take effect on 5 June 2026.",
			"The Committee noted that inflation had eased and was expected to stay \"close to the target of 2% through 2027\".",
		}, want: map[string]string{"close to the target of 2% through 2027": "Bank of the Eastern Isles"}},
	})
}

// TestRegistryNameOverCommas: a ministry's full name with commas in it
// ("Ministry of State, Ministry of <Field>, <Field> and <Field>") as the
// subject is the body the registry lists by that name, not the words after
// its last comma.
func TestRegistryNameOverCommas(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Fisheries Ministry of Ostria", Kind: "organisation", Role: "Ostria's fisheries ministry",
			Aliases: []string{"Ministry of State, Ministry of Fisheries, Coasts and Inland Waters"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a full name with commas", reg: reg, paras: []string{
			"Fire at fish market",
			"A fire destroyed most of the wholesale fish market in the port overnight, the fire service said on Sunday; no one was hurt.",
			"The Ministry of State, Ministry of Fisheries, Coasts and Inland Waters said in a statement that it was \"working to reopen the market within the week\".",
		}, want: map[string]string{"working to reopen the market within the week": "Fisheries Ministry of Ostria"}},
	})
}
