package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Forms50 covers bodies named in the agreed forms: a bare
// directorate general of a story's one state, named with the state; a
// state's national guard through its adjective; a province's secretariat
// through its possessive, named with the province before it; an American
// federal department by its remit before "Department"; a body's press unit
// named after it in capitals, which speaks for the body. Near misses keep
// their names: a directorate general given with its initials in another
// language, a federal-sounding department in a story of no American
// setting, a government's media office.
func TestRound50Forms50(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Finance of Moldova", Kind: "organisation", Role: "Ministry"},
		{Name: "Moldova", Kind: "place", Role: "Country", Aliases: []string{"Chisinau"}},
		{Name: "Ministry of Foreign Affairs of Peru", Kind: "organisation", Role: "Ministry"},
		{Name: "Peru", Kind: "place", Role: "Country"},
		{Name: "Brazil", Kind: "place", Role: "Country"},
		{Name: "Mexico", Kind: "place", Role: "Country"},
		{Name: "Ministry of Economy of Mexico", Kind: "organisation", Role: "Ministry"},
		{Name: "United States", Kind: "place", Role: "Country", Aliases: []string{"Washington"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "near miss: a directorate general with initials of other words keeps its name",
			reg:  reg,
			paras: []string{
				"Smoke closes the airport",
				"Chisinau, 5 Mar.- Smoke from a forest fire closed the main airport of Moldova on Friday.",
				"The Directorate General of Civil Aviation (DGAC) said flights would stay grounded \"until the smoke clears from the runway.\"",
			},
			want: map[string]string{"until the smoke clears from the runway.": "Directorate General of Civil Aviation"},
		},
		{
			name: "near miss: a labour department with no American setting stays as named",
			reg:  reg,
			paras: []string{
				"Port workers win overtime ruling",
				"Dock workers in Moldova won back pay for night shifts on Tuesday after a two-year dispute with the port operator.",
				"The Labor Department said it would \"check every payslip from the last two years.\"",
			},
			want: map[string]string{"check every payslip from the last two years.": "Labor Department"},
		},
		{
			name: "a body's media unit named in its contact line speaks for the body",
			reg:  reg,
			paras: []string{
				"Northvale Police Force",
				"Media Release",
				"Search for missing kayaker called off",
				"The search for a kayaker missing on the lower river since Friday has been called off.",
				"Over three days, Northvale Police Force Water Police and volunteer crews searched forty kilometres of river.",
				"Police said the search \"could start again if there is new information\".",
				"Media enquiries: Northvale Police Force Media Unit (08) 5555 0101",
			},
			want: map[string]string{"could start again if there is new information": "Northvale Police Force"},
		},
		{
			name: "near miss: a government's media office is a body of its own",
			reg:  reg,
			paras: []string{
				"New rules for delivery drones",
				"Delivery drones will need a licence from next year under rules published on Sunday.",
				"The Tarsany Government Media Office said the rules would \"keep the skies safe for everyone.\"",
			},
			want: map[string]string{"keep the skies safe for everyone.": "Tarsany Government Media Office"},
		},
		{
			name: "a bare directorate general in a story of one country",
			reg:  reg,
			paras: []string{
				"Customs boat stops smugglers off the coast",
				"Police in Moldova said on Friday they had seized 40 kilograms of heroin from a barge on the river, working with the Directorate General of Customs and Excise.",
				"The Directorate General of Customs and Excise, in a statement, said its boat had followed the barge for \"more than 30 kilometres\" before stopping it.",
			},
			want: map[string]string{"more than 30 kilometres": "Directorate General of Customs and Excise of Moldova"},
		},
		{
			name: "adjective before a national guard",
			reg:  reg,
			paras: []string{
				"Three boatmen held after crossing",
				"Three boatmen from a coastal village are being held in Peru after their boat was stopped by the Peruvian National Guard on Monday.",
				"In a post online, the Peruvian National Guard said the men were held for \"fishing without papers in national waters\".",
			},
			want: map[string]string{"fishing without papers in national waters": "National Guard of Peru"},
		},
		{
			name: "a state's secretariat through its possessive",
			reg:  reg,
			paras: []string{
				"Fires spread in the north of Brazil",
				"Fires spread across farmland in Tocantins this week, and firefighters were sent from the capital of Brazil.",
				"Tocantins's State Secretariat for Environment and Water said in a note that \"the state government is working with federal bodies.\"",
			},
			want: map[string]string{"the state government is working with federal bodies.": "Tocantins State Secretariat for Environment and Water"},
		},
		{
			name: "a state's secretariat of a field through its possessive",
			reg:  reg,
			paras: []string{
				"Growers in Durango fear new duty",
				"Growers in Mexico said a new duty on their onions would cost jobs, and the Ministry of Economy said it would talk to Washington.",
				"In Durango, the country's main onion-growing state, Durango's Secretariat of Agriculture and Fisheries said it would ask for \"urgent support\" for small farmers.",
			},
			want: map[string]string{"urgent support": "Durango Secretariat of Agriculture and Fisheries"},
		},
		{
			name: "the commerce department in an American story abroad",
			reg:  reg,
			paras: []string{
				"Washington ends onion deal with Mexico",
				"The United States ended an agreement on onion imports from Mexico on Monday, and a duty of 17 per cent will apply.",
				"In a fact sheet, the Commerce Department said the agreement had \"failed to protect domestic onion growers.\"",
			},
			want: map[string]string{"failed to protect domestic onion growers.": "Department of Commerce of the United States"},
		},
	})
}
