package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound52Bodies52 covers a national body the registry does not list,
// named without its country: an inspectorate ("<Field> Inspectorate") and
// a legal aid body ("Legal Aid Board") are a state's by their remit, so
// they take the home country as the convention names it, and so does a
// road, coastal or maritime administration ("Road and Coastal
// Administration", a remit no president's term has), also where the
// registry lists the country only through its other bodies' names; "the
// Commission" after the "National <Field> Commission" named in full is
// that body with its country; and a ministry whose name already says the
// regional government it belongs to ("… of the <Region> Regional
// Government") takes no country after it.
//
// Each registry names three state bodies or more with their country, the
// convention these rules follow.
func TestRound52Bodies52(t *testing.T) {
	croatia := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Croatia", Kind: "place", Role: "Country", Aliases: []string{"Zagreb"}},
		{Name: "Government of Croatia", Kind: "organisation", Role: "Government"},
		{Name: "Ministry of Labour of Croatia", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Defence of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Trade of Peru", Kind: "organisation", Role: "Ministry"},
	}}
	ghana := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Law Reform Commission of Ghana", Kind: "organisation", Role: "Law reform body"},
		{Name: "Ministry of Finance of Ghana", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Defence of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Trade of Peru", Kind: "organisation", Role: "Ministry"},
	}}
	zambia := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Zambia", Kind: "place", Role: "Country", Aliases: []string{"Lusaka"}},
		{Name: "Government of Zambia", Kind: "organisation", Role: "Government"},
		{Name: "Ministry of Health of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Defence of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Trade of Peru", Kind: "organisation", Role: "Ministry"},
	}}
	iraq := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Iraq", Kind: "place", Role: "Country", Aliases: []string{"Baghdad"}},
		{Name: "Government of Iraq", Kind: "organisation", Role: "Government"},
		{Name: "Ministry of Health of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Defence of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Trade of Peru", Kind: "organisation", Role: "Ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "an inspectorate named bare in its country's story",
			reg:  croatia,
			paras: []string{
				"Shipyard workers walk out over night shifts in Croatia",
				"ZAGREB – Workers at the Kvarner yard in Croatia stopped work on Tuesday over unpaid night shifts.",
				"The Labour Inspectorate said it had opened a case and would \"visit the yard every week until the matter is settled.\"",
			},
			want: map[string]string{"visit the yard every week until the matter is settled.": "Labour Inspectorate of Croatia"},
		},
		{
			name: "a legal aid board of a country the registry knows by its bodies",
			reg:  ghana,
			paras: []string{
				"Bail reform bill goes to Parliament in Ghana",
				"ACCRA – Ghana's cabinet has sent a bill on bail and remand to Parliament, officials said on Monday.",
				"The Legal Aid Commission, in a post on its website, welcomed the bill: \"Too many poor people wait in cells for a hearing. This bill will send them home sooner.\"",
			},
			want: map[string]string{"Too many poor people wait in cells for a hearing. This bill will send them home sooner.": "Legal Aid Commission of Ghana"},
		},
		{
			name: "the Commission after the national commission named in full",
			reg:  zambia,
			paras: []string{
				"Zambia squad arrives for qualifier in Lusaka",
				"LUSAKA – The Zambia squad trained at the Heroes Stadium on Thursday ahead of Saturday's qualifier.",
				"The chairman of the National Youth Commission, Mr. Kelvin Mwanza-Phiri, watched the session. In a message to the players, the Commission said the bonuses would be paid \"before the team travels.\"",
			},
			want: map[string]string{"before the team travels.": "National Youth Commission of Zambia"},
		},
		{
			name: "a road administration named bare in its country's story",
			reg:  croatia,
			paras: []string{
				"Storm cuts coast road in Croatia",
				"ZAGREB – A storm washed away part of the coast road near Senj in Croatia on Sunday.",
				"The Road and Maritime Administration said the road would \"stay closed until the wall is rebuilt.\"",
			},
			want: map[string]string{"stay closed until the wall is rebuilt.": "Road and Maritime Administration of Croatia"},
		},
		{
			name: "a regional government's ministry keeps its own owner",
			reg:  iraq,
			paras: []string{
				"Farmers in northern Iraq wait for wheat payments",
				"ERBIL – Wheat farmers in northern Iraq say they have not been paid for last year's harvest.",
				"The Ministry of Agriculture of the Kurdistan Regional Government said the payments would be made \"within the coming weeks\".",
			},
			want: map[string]string{"within the coming weeks": "Ministry of Agriculture of the Kurdistan Regional Government"},
		},
	})
}
