package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestWireDashDatelines: a wire that files in plain text types its
// dateline's dash as three hyphens, after the agency's name in brackets,
// and may set the month in capitals; the date is the dateline's. A place in
// ordinary capitals with a day and no year is no dateline, and three
// hyphens in the story date nothing. The draft's date stands in for today's
// (2025-03-04) when none is read.
func TestWireDashDatelines(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	const title = "New flood gauge opens on the upper reach\n\n"
	for _, tc := range []struct{ name, text, date string }{
		{"day, month in capitals, two agencies and three hyphens",
			title + "PORT LORNE, 17 MARCH 2025 (RADIO ARDMORIA/PACWIRE) --- " + story, "2025-03-17"},
		{"month first in capitals, one agency and three hyphens",
			title + "PORT LORNE, MARCH 17, 2025 (ANA) --- " + story, "2025-03-17"},
		{"a short month in capitals with a spaced dash (in no set)",
			title + "PORT LORNE, 17 MAR 2025 (ARDMORIA NEWS) - " + story, "2025-03-17"},
		{"three hyphens with the month in ordinary capitals",
			title + "PORT LORNE, 17 March 2025 (PACWIRE) --- " + story, "2025-03-17"},
		// No dateline: the place in ordinary capitals with no year, and a
		// rule of hyphens inside the story.
		{"a place in ordinary capitals with no year is no dateline",
			title + "Port Lorne, Mar 17 (ANA) --- " + story, "2025-03-04"},
		{"three hyphens inside the story date nothing",
			title + story + "\n\nThe estuary gauge --- 30 April 2025 at the earliest --- is still being built.", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestJoinedPlaceSubjects: a place the registry lists by a name with "of"
// in it — a capital as its country's alias, a state's formal name — is
// read whole as a verb's subject, before an aside or after "the", and
// speaks for its country; a capital with "of" in its name that no registry
// lists speaks as itself. A person "of" such a place is still the person,
// and the place at the end of a body's name after "for the" leaves the
// words to the body.
func TestJoinedPlaceSubjects(t *testing.T) {
	t.Parallel()
	reg := r13Registry(
		r13Place("Trinidad and Tobago", "Port of Spain"),
		r13Place("Ardmoria", "Bay of Lorne", "Kingdom of Ardmoria"),
		r13Place("Republic of Norland-Vest", "Norland-Vest"),
	)
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "a capital alias before an aside", reg: reg, paras: []string{
			"Agriculture ministers met in Georgetown on Friday to review the region's food import bill.",
			"Port of Spain, in a note to the meeting, said it would press for \"one labelling standard across the region\" by next year.",
		}, want: map[string]string{"one labelling standard across the region": "Trinidad and Tobago"}},
		{name: "a capital alias in no set, after the quote", reg: reg, paras: []string{
			"Fishing ministers met in the capital on Friday to divide the season's quota.",
			"\"The quota must follow the fish, not the flag,\" Bay of Lorne said in a statement.",
		}, want: map[string]string{"The quota must follow the fish, not the flag": "Ardmoria"}},
		{name: "a state's formal name after the", reg: reg, paras: []string{
			"Fishing ministers met in the capital on Friday to divide the season's quota.",
			"The Kingdom of Ardmoria affirmed, in a statement issued on the occasion, its \"full support for a shared quota\".",
		}, want: map[string]string{"full support for a shared quota": "Ardmoria"}},
		{name: "a capital with of and no registry speaks as itself", paras: []string{
			"Agriculture ministers met in Georgetown on Friday to review the region's food import bill.",
			"Port of Spain said it would press for \"one labelling standard across the region\" by next year.",
		}, want: map[string]string{"one labelling standard across the region": "Port of Spain"}},
		// Not the place.
		{name: "a person of the place is the person", reg: reg, paras: []string{
			"Agriculture ministers met in Georgetown on Friday to review the region's food import bill.",
			"\"Our farmers cannot wait another year,\" said Marisol Achong-Baptiste of Port of Spain.",
		}, want: map[string]string{"Our farmers cannot wait another year": "Marisol Achong-Baptiste"}},
		{name: "the place at the end of a body's name", reg: reg, paras: []string{
			"Lorries queued for a third day at the crossing on Friday.",
			"The Border Department of the NSB for the Republic of Norland-Vest wrote on its channel: \"The crossing is open around the clock with extra staff.\"",
		}, want: map[string]string{"The crossing is open around the clock with extra staff.": "Border Department of the NSB for the Republic of Norland-Vest"}},
	})
}

// TestOfficeHolderSpokesperson: a spokesperson first met as one for a
// person whose own office ("Ms X's office", "Dr Y's team") the sentence
// names speaks for that person, and so does "the spokesperson" named
// again later, whichever apostrophe the copy types; a spokesperson for a
// body that is no one's office speaks for the body.
func TestOfficeHolderSpokesperson(t *testing.T) {
	t.Parallel()
	mp := func(apostrophe string) []string {
		return []string{
			"Check: are rural bus services half what they were?",
			"Harriet Vane-Oduya, the MP for Westmoor, told the Commons last month that bus services had \"more than halved\" since 2010.",
			"A transport department spokesperson told us: \"Mileage has fallen, but it has not halved.\"",
			"When we contacted Ms Vane-Oduya" + apostrophe + "s office, a spokesperson for the MP said she had been referring to \"services in rural areas\", and pointed us to a council report.",
			"That report, by a transport charity, found that council-supported mileage had fallen by half, but such services are a minority of all routes.",
			"The spokesperson added: \"Harriet stands by the point that the network has been hollowed out.\"",
		}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an MP's office with a straight apostrophe", paras: mp("'"),
			want: map[string]string{"Harriet stands by the point that the network has been hollowed out.": "Harriet Vane-Oduya"}},
		{name: "an MP's office with a curly apostrophe", paras: mp("’"),
			want: map[string]string{"Harriet stands by the point that the network has been hollowed out.": "Harriet Vane-Oduya"}},
		{name: "a doctor's team and the spokeswoman (in no set)", paras: []string{
			"Clinic waiting lists grow again",
			"Dr Ilse Marrow-Quist, who runs the Harbour Street clinic, warned in March that waits were \"the longest in a decade\".",
			"A health board spokesman told us: \"Waits have risen, but not that far.\"",
			"When we asked Dr Marrow-Quist’s team about the figure, a spokeswoman for the doctor said she had meant \"waits for a first visit\", not all visits.",
			"Board figures show first visits take eleven weeks on average, against nine a year ago and seven before the clinic moved.",
			"The spokeswoman added: \"The clinic will publish its own figures next month.\"",
		}, want: map[string]string{"The clinic will publish its own figures next month.": "Ilse Marrow-Quist"}},
		// A body that is no one's office keeps the words.
		{name: "a spokesperson for a company speaks for the company", paras: []string{
			"Check: are rural bus services half what they were?",
			"Harriet Vane-Oduya, the MP for Westmoor, told the Commons last month that bus services had \"more than halved\" since 2010.",
			"When we contacted the operator, a Westmoor Buses spokesperson said routes had been \"cut back, not cut in half\".",
			"That report, by a transport charity, found that council-supported mileage had fallen by half, but such services are a minority of all routes.",
			"The spokesperson added: \"We run more buses on the main roads than we did in 2010.\"",
		}, want: map[string]string{"We run more buses on the main roads than we did in 2010.": "Westmoor Buses"}},
	})
}
