package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound41kImperativeBeforeGivenAlone: a column's "Take <Given>, <age>,
// who …" — the verb the sentence opens on,
// capitalised, is no part of the one-word name after it.
func TestRound41kImperativeBeforeGivenAlone(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "take before a given name alone",
		paras: []string{"When the pool closes, the mornings go with it\n\n" +
			"The council's decision to shut the Victoria Baths in Stockport for good was made in a committee room on a Tuesday. The people it hurts most were not there; most of them were in the water.\n\n" +
			"Take Margaret, 78, who did not want her surname printed. She has swum twenty lengths before breakfast since the day she retired. “In the water my knees stop hurting and I stop being old,” she said. “They are taking away the only hour of the day I look forward to.”\n\n" +
			"The nearest other pool is two buses away."},
		want: map[string]string{
			"In the water my knees stop hurting and I stop being old": "Margaret",
		},
	}})
}

// TestRound41kBodyBeforeTitledName: "<Title> responsible for <Body>
// <Given> <Surname>" — a one-word body that closes the title's
// complement ran into the name after it; the surname alone names the
// person elsewhere.
func TestRound41kBodyBeforeTitledName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "minister responsible for a ferry corporation",
		paras: []string{"Nova Scotia ferry fares frozen for another year\n\n" +
			"HALIFAX — Fares on the province's island ferries will stay where they are until next spring, the government announced on Thursday, reversing a planned rise.\n\n" +
			"Minister responsible for Marinelink Gordon Drummond-Okoro said the corporation would cover the shortfall from savings on fuel.\n\n" +
			"\"People on the islands have no road to fall back on,\" Drummond-Okoro said.\n\n" +
			"The corporation's union welcomed the freeze."},
		want: map[string]string{
			"People on the islands have no road to fall back on": "Gordon Drummond-Okoro",
		},
	}})
}

// TestRound41kLivePageNewestFirst: a live page whose entries run newest
// first calls a speaker by the surname in an entry above the one, lower
// and earlier, that names them in full: "<Surname> says" above "<Title>
// <Given> <Middle> <Surname> <verb>s …" is that person.
func TestRound41kLivePageNewestFirst(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "surname above the full name, stamps descending",
		paras: []string{"Bridge collapse inquiry LIVE: Halvorsen questioned on inspections\n\n" +
			"6:15 pm\n\n" +
			"The hearing has risen for the weekend. Families of the victims left the room before the last witness was called.\n\n" +
			"5:30 pm\n\n" +
			"On the 2019 survey, Halvorsen says the cracks in the north pier were logged but not marked as urgent.\n\n" +
			"4:45 pm\n\n" +
			"Chief Engineer Ingrid Marit Halvorsen takes the stand, the first of the roads agency's staff to give evidence.\n\n" +
			"\"We looked at that bridge every year and nothing we saw told us it would fall,\" Halvorsen said."},
		want: map[string]string{
			"We looked at that bridge every year and nothing we saw told us it would fall": "Ingrid Marit Halvorsen",
		},
	}})
}

// TestRound41kMinistryFieldSpelling: copy's "<Field> Ministry" in one
// spelling is the registry's "Ministry of <Field> of <Country>" in the
// other ("Labor" and "Labour").
func TestRound41kMinistryFieldSpelling(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "labor ministry, registry spells labour",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Portugal", Role: "Country", Kind: "place", Aliases: []string{"Lisbon"}},
			{Name: "Ministry of Labour of Portugal", Role: "Portuguese labour ministry", Kind: "organisation"},
			{Name: "Ministry of Finance of Portugal", Role: "Portuguese finance ministry", Kind: "organisation"},
		}},
		paras: []string{"Portugal raises minimum wage for dock workers\n\n" +
			"LISBON — Portugal will raise the minimum wage for dock workers by 5 per cent from January, the government said on Friday, after a month of strikes at the ports of Sines and Leixões.\n\n" +
			"The Labor Ministry said the increase \"closes the gap with other transport workers\" and would be reviewed after a year.\n\n" +
			"The unions said the rise fell short of their demands."},
		want: map[string]string{
			"closes the gap with other transport workers": "Ministry of Labour of Portugal",
		},
	}})
}

// TestRound41kOccupationAfterSignatureDash: a quote signed on its own line
// after a dash, "“…” — <Occupation> <Given> <Surname>": the occupation's
// capital is the signature's, no part of the name.
func TestRound41kOccupationAfterSignatureDash(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "signature line with an occupation",
		paras: []string{"Drought in the Riverina: in their own words\n\n" +
			"Farmers across the Riverina say the dry spell is the longest most of them can remember, with dams empty and feed prices at a record.\n\n" +
			"“We have sold half the herd and we will sell the rest by spring if it does not rain.” — Orchardist Tavita Penhaligon\n\n" +
			"The state government has promised freight subsidies for fodder."},
		want: map[string]string{
			"We have sold half the herd and we will sell the rest by spring if it does not rain.": "Tavita Penhaligon",
		},
	}})
}

// TestRound41kCountCompoundBeforeName: sports copy's "<Two>-<noun>
// <Surname>" ("Three-try", "Two-goal") opens a sentence with a modifier
// that is no part of the player's name.
func TestRound41kCountCompoundBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "count compound before a surname",
		paras: []string{"Waratahs edge Brumbies in Canberra thriller\n\n" +
			"The Waratahs beat the Brumbies 31-28 in Canberra on Saturday, with Tomasi Raiwalui scoring three tries in the second half.\n\n" +
			"Raiwalui crossed for the first after 44 minutes and added two more in the last quarter.\n\n" +
			"Three-try Raiwalui took home the medal for the best on the field. “The pack put the ball on a plate for me every time,” the Fijian said.\n\n" +
			"The Waratahs host the Reds next week."},
		want: map[string]string{
			"The pack put the ball on a plate for me every time": "Tomasi Raiwalui",
		},
	}})
}
