package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Regulators50 covers a state's ministry or department named
// bare ("the Department of <Field>") in a story that names no country and
// no other body of one: the registry's one body of those words and a
// country is the state's, named so.
func TestRound50Regulators50(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Portugal", Kind: "place", Role: "Country", Aliases: []string{"Lisbon"}},
		{Name: "Department of Fisheries of Portugal", Kind: "organisation", Role: "Portugal's fisheries department"},
		{Name: "Ministry of Finance of Portugal", Kind: "organisation", Role: "Portugal's finance ministry"},
		{Name: "Ministry of Defence of Estonia", Kind: "organisation", Role: "Estonia's defence ministry"},
		{Name: "Ministry of Health of Chile", Kind: "organisation", Role: "Chile's health ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a bare department the registry lists with its country alone",
			reg:  reg,
			paras: []string{
				"Harbour quota talks stall as boats stay tied up",
				"Skippers at the harbour in Vilarinho said on Monday that half the fleet had not left port in a fortnight.",
				"A Department of Fisheries spokesperson said the new quotas would be published \"before the end of the month\".",
			},
			want: map[string]string{"before the end of the month": "Department of Fisheries of Portugal"},
		},
	})
}

// TestRound50FirmHeads50 covers "a <Firm> spokesperson" where the firm's
// name ends with a head word that merely ends like an adjective of
// nationality ("<Name> Electric", "<X>-Electric", "<Name> Clinic"): the
// firm speaks, not the body named before it.
func TestRound50FirmHeads50(t *testing.T) {
	lead := []string{
		"Cooling centres open as heat builds",
		"The Dunmore Roads Authority, in a separate notice, told crews to stop work at noon and keep \"plenty of water\" on every site.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name:  "a hyphenated power firm's spokesperson",
			paras: append(append([]string{}, lead...), "A Q-Electric spokesperson said it would suspend cuts on lines serving clinics \"during the hottest hours of the day\" until the heat broke."),
			want:  map[string]string{"during the hottest hours of the day": "Q-Electric"},
		},
		{
			name:  "a two-word power firm's spokesperson",
			paras: append(append([]string{}, lead...), "A Marrow Electric spokesperson said crews would be on standby \"through the whole weekend\" in case lines failed."),
			want:  map[string]string{"through the whole weekend": "Marrow Electric"},
		},
		{
			name:  "a clinic's spokesperson",
			paras: append(append([]string{}, lead...), "A Brookfield Clinic spokesperson said the waiting room would stay open \"until the last patient is seen\" each night."),
			want:  map[string]string{"until the last patient is seen": "Brookfield Clinic"},
		},
	})
}

// TestRound50Charities50 covers a charity named by another head (a trust,
// a supporters' association "Friends of <Place> <Hospital>") and then as
// "the charity".
func TestRound50Charities50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the charity is the trust named before",
			paras: []string{
				"Lifeboat fund keeps going after theft",
				"A former treasurer of a harbour charity was jailed on Monday for taking money from its accounts.",
				"The Pellow Lifeboat Trust said it would carry on fundraising. The charity said: \"We are grateful to everyone who stood by us this year.\"",
			},
			want: map[string]string{"We are grateful to everyone who stood by us this year.": "Pellow Lifeboat Trust"},
		},
		{
			name: "a hospital's friends' association, then the charity",
			paras: []string{
				"Hospital fund keeps going after theft",
				"A former treasurer of a hospital charity was jailed on Monday for taking money from its accounts.",
				"The Friends of Tregarth Cottage Hospital said it would carry on fundraising. On its website, the charity posted: \"We will keep going, with thanks to all our volunteers.\"",
			},
			want: map[string]string{"We will keep going, with thanks to all our volunteers.": "Friends of Tregarth Cottage Hospital"},
		},
	})
}
