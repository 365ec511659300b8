package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound16ReleaseDates: a release's dateline names a place whose name
// holds a particle in lower case ("Dar es Salaam", "Port of Spain") or is
// closed by a colon after "<City>, <Region>, <date>", as courts' and
// listed companies' releases print it; the date is the release's. A date a
// sentence or a deadline gives stays no date of the article.
func TestRound16ReleaseDates(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"a city with a particle on its own line",
			"ARDMORIA WATERWORKS PLC\n\nANNOUNCEMENT TO SHAREHOLDERS\n\nDar es Salaam, 17 March 2025\n\n" + story, "2025-03-17"},
		{"a city with \"of\" and a dash",
			"New flood gauge opens on the upper reach\n\nPort of Spain, 17 March 2025 – " + story, "2025-03-17"},
		{"a city with \"de\" and its region",
			"New flood gauge opens on the upper reach\n\nSanta Cruz de Tenerife, Canary Islands, 17 March 2025\n\n" + story, "2025-03-17"},
		{"a court's dateline closed by a colon",
			"SUPREME COURT OF ARDMORIA\n\nPRESS RELEASE\n\nCourt Delivers Judgment in Flood Gauge Appeal\n\n" +
				"Port Lorne, Ardmoria, 17 March 2025: The Court of Appeal today delivered judgment in the appeal brought by the river authority against the valley council.\n\n" + story, "2025-03-17"},
		{"a colon after a city alone",
			"New flood gauge opens on the upper reach\n\nLorne, 17 March 2025: The river authority opened a new flood gauge on the upper reach today, officials said.\n\n" + story, "2025-03-17"},
		// Not set off: a particle with nothing capitalised after it, a
		// sentence's date closed by a colon.
		{"a deadline after \"of\" is no date of the article",
			"New flood gauge opens on the upper reach\n\nComments close at the end of 30 April 2025\n\n" + story, "2025-03-04"},
		{"a capitalised deadline after \"of\" is no date of the article",
			"New flood gauge opens on the upper reach\n\nDeadline of 30 April 2025\n\n" + story, "2025-03-04"},
		{"the story's own date before a colon is no dateline",
			"New flood gauge opens on the upper reach\n\nOn 30 April 2025: the river authority will open a second gauge on the estuary, officials said.\n\n" + story, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound16CommuniqueSides: after a release has named the joint
// communiqué a forum adopted, the meeting's sides as one ("the Leaders",
// "the ministers", "the delegations") go on speaking for the forum in
// the sentences after, and what they "agreed" or "agreed to <do>" in
// quoted words is theirs. One side ("one of the smaller states", "the
// delegation of <Country>") is no such subject.
func TestRound16CommuniqueSides(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Ardmoria", "Port Lorne"), r13Place("Velany", "Velna"),
		r13Body("Coral Sea Islands Forum", "Regional forum of island governments", "CSIF"),
		r13Body("Ardmorian Joint Fisheries Commission", "Joint commission of Ardmoria and Velany on fisheries"),
	)
	const lead = "PORT LORNE, Ardmoria — Leaders of the Coral Sea Islands Forum ended their meeting on Wednesday with the adoption of a Joint Communiqué on fisheries and climate finance."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the Leaders in the Communiqué", reg: reg, paras: []string{lead,
			"In the Communiqué, the Leaders expressed \"deep concern at the decline in tuna catches\" and called on fishing nations to \"respect the rights of island states.\"",
		}, want: map[string]string{
			"deep concern at the decline in tuna catches": "Coral Sea Islands Forum",
			"respect the rights of island states.":        "Coral Sea Islands Forum",
		}},
		{name: "the Leaders further agreed", reg: reg, paras: []string{lead,
			"The Leaders further agreed \"to establish a biosecurity working group by March.\"",
		}, want: map[string]string{"to establish a biosecurity working group by March.": "Coral Sea Islands Forum"}},
		{name: "the delegations agreed to create (in no set)", reg: reg, paras: []string{
			"Inspections at sea to be stepped up",
			"The Ardmorian Joint Fisheries Commission closed its fifth session in Velna on Friday and adopted a joint statement.",
			"Fishing disputes took up most of the second day.",
			"The delegations agreed to create \"a standing working group on inspections at sea.\"",
		}, want: map[string]string{"a standing working group on inspections at sea.": "Ardmorian Joint Fisheries Commission"}},
		{name: "one of the smaller states is no side of the meeting", reg: reg, paras: []string{lead,
			"A delegate from one of the smaller states said that the working group was \"the first real decision in years.\"",
		}, want: map[string]string{"the first real decision in years.": "unknown"}},
		{name: "leaders with no joint document speak for no forum", reg: reg, paras: []string{
			"PORT LORNE, Ardmoria — Island leaders met in Port Lorne on Wednesday to discuss fisheries.",
			"The Leaders further agreed \"to meet again in the spring.\"",
		}, want: map[string]string{"to meet again in the spring.": "unknown"}},
	})
}

// TestRound16CabinetSecretaryReadout: a readout whose home side is a
// department's secretary ("Secretary of Foreign Affairs", "Secretary for
// Health"), as governments on the American model title their ministers,
// speaks through that department when its sides speak as one, the
// registry naming the department's country by its initials. A permanent
// or press secretary heads no department.
func TestRound16CabinetSecretaryReadout(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("United Islands of Ardmoria", "Port Lorne", "UIA"), r13Place("Velany", "Velna"),
		r13Body("Department of Foreign Affairs of the United Islands of Ardmoria", "UIA foreign ministry"),
		r13Body("Department of Health of the United Islands of Ardmoria", "UIA health ministry"),
	)
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "Secretary of Foreign Affairs: the two sides agreed to maintain", reg: reg, paras: []string{
			"PORT LORNE — Secretary of Foreign Affairs Tamo Welle-Rinas held a telephone call on Monday with Velany's Minister for the Pacific, Dana Holt-Avery.",
			"The two sides agreed to maintain \"close consultation on fisheries surveillance\" through the year.",
		}, want: map[string]string{"close consultation on fisheries surveillance": "Department of Foreign Affairs of the United Islands of Ardmoria"}},
		{name: "Secretary for Health: the parties stressed (in no set)", reg: reg, paras: []string{
			"PORT LORNE — The Secretary for Health of the UIA, Mere Tane-Soalo, met her Velanian counterpart in Port Lorne to discuss vaccine supply.",
			"The parties stressed that joint purchasing was \"the only way small markets get a fair price\".",
		}, want: map[string]string{"the only way small markets get a fair price": "Department of Health of the United Islands of Ardmoria"}},
		{name: "a permanent secretary heads no department", reg: reg, paras: []string{
			"PORT LORNE — Permanent Secretary of Foreign Affairs Tamo Welle-Rinas held talks on Monday with Velanian officials.",
			"The two sides agreed to maintain \"regular contact\" through the year.",
		}, want: map[string]string{"regular contact": "unknown"}},
	})
}
