package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Registry50 covers titles that read like something else: a
// title in capitals ending as a nationality does ("the Ombudsman"), which
// is still the title, with or without a registry that lists another
// holder of it; a boat's coxswain; one who spoke at a body's briefing,
// whom "the diplomat" means next; "the agency" for a body of any name
// just named, over a listed body whose agency is only the registry's
// role; and a state its own diplomacy writes in two words ("Viet Nam"),
// whose minister "the Vietnamese Minister" means.
func TestRound50Registry50(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Lorna Vesk", Kind: "person", Role: "European Ombudsman"},
		{Name: "Ministry of Health of Malawi", Kind: "organisation", Role: "Ministry"},
		{Name: "Ghana", Kind: "place", Role: "Country", Aliases: []string{"Accra"}},
	}}
	ombudsman := []string{
		"Watchdog tables report on remand centres",
		"The Tasmanian Ombudsman, Ms Delia Frostwick, today tabled in Parliament her report into how the Department of Justice runs remand centres.",
		"The Ombudsman said: \"Too many people wait on remand for far too long. It has to stop.\"",
		"\"One man told my office he waited nine months for a hearing,\" Ms Frostwick said.",
	}
	want := map[string]string{"Too many people wait on remand for far too long. It has to stop.": "Delia Frostwick"}
	readout := []string{
		"Telephone call between the foreign ministers",
		"On 4 March 2025, Mr. Anurak Chaiwongsa, Minister of Foreign Affairs of Thailand, held a telephone conversation with Mr. Le Quang Tho, Minister of Foreign Affairs of the Socialist Republic of Viet Nam.",
		"The Vietnamese Minister affirmed that Viet Nam was \"ready to widen the river trade\" and invited the Thai Minister to visit Ha Noi. Minister Tho also hoped trade would grow \"in the coming year\".",
		"The Thai Minister said the visit would be \"a chance to set firm targets\" for both sides.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a capitalised title ending as a nationality does, no registry", paras: ombudsman, want: want},
		{name: "a capitalised title ending as a nationality does, a registry with another holder", reg: reg, paras: ombudsman, want: want},
		{
			name:  "a nationality names the minister of a state written in two words",
			paras: readout,
			want: map[string]string{
				"ready to widen the river trade": "Le Quang Tho",
				"a chance to set firm targets":   "Anurak Chaiwongsa",
			},
		},
		{
			name: "a lifeboat's coxswain named with the title is the coxswain",
			paras: []string{
				"Lifeboat rescues two from yacht",
				"The lifeboat crew was called out at 3am to a yacht in trouble off Penrock Point.",
				"Coxswain Jory Tamblyn said: \"The sea was rough but the crew did brilliantly.\"",
				"\"We were glad to bring them home,\" the coxswain added.",
			},
			want: map[string]string{"We were glad to bring them home": "Jory Tamblyn"},
		},
		{
			name: "one who spoke at a body's briefing is the official a title means next",
			paras: []string{
				"Talks on border stall",
				"Talks on the border stalled on Monday, Norland's foreign ministry said.",
				"Speaking at a weekly briefing of the Foreign Ministry, Varkasov said that the talks \"can only go on through dialogue.\"",
				"Asked about Ostria, he said a meeting was planned for June.",
				"\"The door is not closed,\" the diplomat added.",
			},
			want: map[string]string{"The door is not closed": "Varkasov"},
		},
		{
			name: "near miss: one named with no title and no briefing is not the diplomat",
			paras: []string{
				"Talks on border stall",
				"Talks on the border stalled on Monday, Norland's foreign ministry said.",
				"Varkasov, 45, who lives near the border, said the talks \"can only go on through dialogue.\"",
				"\"The door is not closed,\" the diplomat added.",
			},
			want: map[string]string{"The door is not closed": "unknown"},
		},
		{
			name: "the agency just named by its own name, over a listed body named long before",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Norland Woodland Service", Kind: "organisation", Role: "Norland federal woodland agency", Aliases: []string{"Woodland Service"}},
			}},
			paras: []string{
				"Grass fire spreads north of Ostrava Falls",
				"Woodland Service: fire at 900 acres, none contained.",
				"Crews worked through the night along the ridge, and more were on the way.",
				"Residents of three valleys were told to be ready to leave at short notice.",
				"Kelby County Emergency Management reported a second fire near Mill Road shortly after noon.",
				"\"Smoke is visible across the valley. Please keep the roads clear for fire engines,\" the agency said.",
			},
			want: map[string]string{"Smoke is visible across the valley. Please keep the roads clear for fire engines": "Kelby County Emergency Management"},
		},
		{
			name: "near miss: the listed body by a shorter name of its own is still the agency",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Health Norland", Kind: "organisation", Role: "Norland public health agency"},
			}},
			paras: []string{
				"Nurses to strike over pay",
				"Health Norland said talks with the nurses' union had broken down on Friday.",
				"Health NL chief Ada Brun said it had made its best offer.",
				"\"We remain open to further bargaining,\" the agency said.",
			},
			want: map[string]string{"We remain open to further bargaining": "Health Norland"},
		},
		{
			name: "near miss: a title in capitals with no holder named stays unknown",
			paras: []string{
				"Watchdog tables report on remand centres",
				"A report into remand centres was tabled in Parliament today.",
				"The Ombudsman said: \"Too many people wait on remand for far too long.\"",
			},
			want: map[string]string{"Too many people wait on remand for far too long.": "unknown"},
		},
	})
}
