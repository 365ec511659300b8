package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound40ePremier: "the premier" back to the "<Nationality> Prime
// Minister <Name>" the article named, copy's short word for the head of
// government.
func TestRound40ePremier(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "premier for prime minister",
		paras: []string{"Norway opens undersea road tunnel\n\n" +
			"A 27-kilometre road tunnel under the Boknafjord opened to traffic on Saturday, cutting the drive along the west coast by forty minutes.\n\n" +
			"Norwegian Prime Minister Ingrid Aasrud Vold cut the ribbon at the southern portal. \"This coast has waited fifty years for a road without ferries,\" she said.\n\n" +
			"Engineers said the tunnel was the deepest of its kind anywhere.\n\n" +
			"Asked about tolls, the premier said drivers would pay \"no more than the ferry used to cost.\"\n\n" +
			"About 8,000 vehicles a day are expected to use it."},
		want: map[string]string{
			"This coast has waited fifty years for a road without ferries": "Ingrid Aasrud Vold",
			"no more than the ferry used to cost.":                         "Ingrid Aasrud Vold",
		},
	}})
}

// TestRound40eBodyByItsKind: "the <head> said" a paragraph or two after
// "<Place> City <Head> spokesperson <Name>": the body her title named,
// called again by its kind word, though the article never named it
// otherwise.
func TestRound40eBodyByItsKind(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the council after the council's spokesperson",
		paras: []string{"Kisumu stadium reopens after repairs\n\n" +
			"Moi Stadium in Kisumu will host matches again from next month after a year-long closure to replace its cracked main stand.\n\n" +
			"Kisumu City Council spokesperson Atieno Were Ochola said inspectors had signed off the stand on Wednesday.\n\n" +
			"\"Every seat has been load-tested twice. Families can come back without worrying,\" Ochola said.\n\n" +
			"The council said on its website that tickets would be sold \"at the gate only for the first fixture.\"\n\n" +
			"The repairs cost about 90 million shillings."},
		want: map[string]string{
			"Every seat has been load-tested twice. Families can come back without worrying": "Atieno Were Ochola",
			"at the gate only for the first fixture.":                                        "Kisumu City Council",
		},
	}})
}

// TestRound40eFieldMinistrySpokesperson: "a spokesman for the <field>
// ministry" speaks for that field's ministry of the story's country — the
// one the registry lists, or "Ministry of <Field> of <Country>" by the
// registry's convention when it lists none — not the country's ministry of
// another field that the registry lists first.
func TestRound40eFieldMinistrySpokesperson(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Egypt", Kind: "place", Role: "Country", Aliases: []string{"Cairo"}},
		{Name: "Ministry of Foreign Affairs of Egypt", Kind: "organisation", Role: "Egypt's foreign ministry"},
		{Name: "Ministry of Health and Population of Egypt", Kind: "organisation", Role: "Egypt's health ministry"},
		{Name: "Ministry of Finance of Egypt", Kind: "organisation", Role: "Egypt's finance ministry"},
	}}
	paras := func(field string) []string {
		return []string{"Footbridge collapse injures eleven in Egypt's Asyut",
			"A footbridge over a canal in Asyut, in southern Egypt, collapsed on Saturday morning, injuring eleven people on their way to the weekly market.",
			"Witnesses said the bridge had sagged for weeks before it gave way.",
			"A spokesman for the " + field + " ministry said the bridge had passed an inspection in May and was \"safe when we last looked at it.\"",
			"Two of the injured remain in hospital."}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a field the registry lists", reg: reg, paras: paras("health"),
			want: map[string]string{"safe when we last looked at it.": "Ministry of Health and Population of Egypt"}},
		{name: "a field it does not list", reg: reg, paras: paras("irrigation"),
			want: map[string]string{"safe when we last looked at it.": "Ministry of Irrigation of Egypt"}},
	})
}

// TestRound40eOfficeOfAgency: "the office said" right after "<Agency> in
// <Place> said …": a public agency's local office, the one body the
// sentence named before, though "office" is no word of its name.
func TestRound40eOfficeOfAgency(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the office after the service",
		paras: []string{"Gales cancel Alaska ferry sailings\n\n" +
			"The Alaska Marine Highway cancelled three sailings out of Juneau on Monday as gales swept the Inside Passage.\n\n" +
			"Passengers booked on the cancelled runs will be moved to Wednesday's sailing, the ferry system said.\n\n" +
			"The National Weather Service in Juneau said the wind would ease by Tuesday night. \"Gusts should fall below thirty knots after dark,\" the office said.\n\n" +
			"Flights out of the capital were not affected."},
		want: map[string]string{
			"Gusts should fall below thirty knots after dark": "National Weather Service",
		},
	}})
}

// TestRound40eJointStatementLeader: "<Plural group>, in a joint statement
// led by the <Body>, said": the body that led the group's statement, the
// one the copy names, speaks for it.
func TestRound40eJointStatementLeader(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "groups led by an association",
		paras: []string{"EU ministers cut Atlantic cod catch\n\n" +
			"European Union fisheries ministers meeting in Brussels agreed on Tuesday to cut next year's cod catch off the west of Ireland by a fifth.\n\n" +
			"Fishing groups, in a joint statement led by the West Coast Inshore Fishermen's Association, said the cut would \"empty the small harbours within two years.\"\n\n" +
			"The quotas take effect in January."},
		want: map[string]string{
			"empty the small harbours within two years.": "West Coast Inshore Fishermen's Association",
		},
	}})
}

// TestRound40eSeatLetters: an island or provincial parliament's seat
// letters after a titled name ("<Title> <Given> <Surname> MHK", "… MPP")
// end the name as "MP" does, so "the minister" goes back to that holder,
// not to a company's director named before.
func TestRound40eSeatLetters(t *testing.T) {
	t.Parallel()
	for _, seat := range []string{"MHK", "MPP"} {
		runSpeakerCases(t, draftArticle, []speakerCase{{
			name: "minister with " + seat,
			paras: []string{"Hospital parking charges to be capped\n\n" +
				"Charges at the hospital's car park will be capped at five dollars a day from September, the health department said on Friday.\n\n" +
				"Greenfield Parking's director, Rosalind Pennywhistle, told the local paper the fees paid for lighting and security and should not be cut.\n\n" +
				"Health Minister Marcus Delorme " + seat + " said in the chamber on Thursday that patients had paid enough. 'Nobody should pay to visit a sick child,' the minister said.\n\n" +
				"The cap will be reviewed in two years."},
			want: map[string]string{"Nobody should pay to visit a sick child": "Marcus Delorme"},
		}})
	}
}
