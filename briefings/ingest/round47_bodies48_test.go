package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound47Bodies48 covers bodies named in the agreed forms.
func TestRound47Bodies48(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a body's press office speaks for the body",
			paras: []string{
				"Ferry timetable cut for the winter",
				"Fewer boats will cross to the islands from November, leaving some villages with one sailing a day.",
				"Asked about the cuts, Northcoast Island Ferries' press office said: \"The winter timetable matches the number of passengers we carried last year.\"",
			},
			want: map[string]string{"The winter timetable matches the number of passengers we carried last year.": "Northcoast Island Ferries"},
		},
		{
			name: "a body's press office, singular owner",
			paras: []string{
				"Harbour dredging delayed again",
				"The dredging of the old harbour will not start before spring, the port authority has told fishermen.",
				"Westmere Harbour Trust's press office said: \"The contractor needs the calmer months to bring its barge in safely.\"",
			},
			want: map[string]string{"The contractor needs the calmer months to bring its barge in safely.": "Westmere Harbour Trust"},
		},
		{
			name: "the office of a body's head, named after its acronym",
			paras: []string{
				"Canal clean-up to start next month",
				"Boats will begin clearing weeds from the old canal in May, the city said.",
				"The KWRA commissioner's office said in a note to residents that it would \"remove every barge left on the banks\".",
			},
			want: map[string]string{"remove every barge left on the banks": "KWRA"},
		},
		{
			name: "near miss: a person's press office stays the person's",
			paras: []string{
				"Senator skips hearing",
				"The senator did not attend Tuesday's hearing on the port budget.",
				"Margaret Olsen's press office said: \"The senator was at her mother's bedside all week.\"",
			},
			want: map[string]string{"The senator was at her mother's bedside all week.": "Margaret Olsen's press office"},
		},
	})
}

// TestRound47Bodies48Nationality: a state's body named with an adjective
// no suffix makes of the country's name ("Somali" for Somalia) is that
// country's, "<Body> of <Country>", as one any suffix makes is.
func TestRound47Bodies48Nationality(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Somalia", Kind: "place", Role: "Country"},
		{Name: "Ministry of Ports of Somalia", Kind: "organisation", Role: "Ports ministry of Somalia"},
		{Name: "Ministry of Ports of Kenya", Kind: "organisation", Role: "Ports ministry of Kenya"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "adjective that drops the name's last letter",
			reg:  reg,
			paras: []string{
				"Cargo ship held at anchor",
				"A cargo ship has waited at anchor outside the harbour for nine days, its agent said on Monday.",
				"The Somali Ministry of Ports said in a statement that the ship's papers were being checked. \"The vessel will berth once the inspection is over,\" the ministry said.",
			},
			want: map[string]string{"The vessel will berth once the inspection is over": "Ministry of Ports of Somalia"},
		},
		{
			name: "near miss: a suffixed adjective stays as it was",
			reg:  reg,
			paras: []string{
				"Cargo ship held at anchor",
				"A cargo ship has waited at anchor outside the harbour for nine days, its agent said on Monday.",
				"\"The vessel will berth once the inspection is over,\" the Kenyan Ministry of Ports said.",
			},
			want: map[string]string{"The vessel will berth once the inspection is over": "Ministry of Ports of Kenya"},
		},
	})
}
