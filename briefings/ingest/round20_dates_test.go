package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound20DatesSourceTag: a dateline may carry, between its date and
// the dash that closes it, the agency or house the copy comes from in
// brackets, as wire services and Spanish- and Portuguese-language
// government releases write it; the date is still the dateline's. A
// sentence's date with a tag after it and no closing dash still dates
// nothing. The draft's date stands in for today's
// (2025-03-04) when none is read.
func TestRound20DatesSourceTag(t *testing.T) {
	t.Parallel()
	const story = "\n\n\"The new berth ends the queues of the summer season,\" harbour master Ilka Provenzano-Dahl said.\n\n" +
		"Work on the berth starts in the autumn, the board said in a statement on its website."
	for _, tc := range []struct{ name, text, date string }{
		{"an agency's acronym in mixed case, then a full stop and a dash",
			"Harbour board approves a second berth\n\nPuerto Lindo, March 17, 2025 (MinPuertos).- The harbour board approved on Monday a second ferry berth on the north quay of the port." + story, "2025-03-17"},
		{"a wire service's name before a dash",
			"Harbour board approves a second berth\n\nPuerto Lindo, 17 March 2025 (Agencia Sur) – The harbour board approved on Monday a second ferry berth on the north quay of the port." + story, "2025-03-17"},
		{"a tag then a colon after a place",
			"Harbour board approves a second berth\n\nPuerto Lindo, 17 March 2025 (APL): The harbour board approved on Monday a second ferry berth on the north quay of the port." + story, "2025-03-17"},
		{"a date in the story's first sentence with no dash",
			"Harbour board approves a second berth\n\nOn 17 March 2025 (MinPuertos) the harbour board approved a second ferry berth on the north quay of the port." + story, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound20FurnitureNamesAndTitles: marks that enclose a name, not
// speech — a kind of thing's habitual name in a relative clause ("a
// practice <Group> calls “<term>”"), a term after a participle of naming
// ("designated", "termed"), a work's title in capitals set in apposition
// to the work's noun though a verb of saying follows — are no quotes,
// while the past "called", a one-off word of someone's, and words a
// speaker "calls" something with its object between stay quotes.
func TestRound20FurnitureNamesAndTitles(t *testing.T) {
	t.Parallel()
	const lead = "The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month."
	for _, tc := range []furnitureCase{
		{"a kind of thing's name after a bare relative clause", []string{
			`Growers have started selling unripe fruit to traders at the farm gate, a practice agronomists in the valley call "green picking", the cooperative said.`,
			`"We lose a third of the price that way," grower Anneli Okonjo-Varga said.`,
		}, []string{"green picking"}, "We lose a third of the price that way"},
		{"a kind of thing's name after that", []string{
			`Carriers now route freight through ports outside the union, a shift that analysts call "tariff hopping".`,
			`"The cargo goes where the cost is lowest," port economist Radek Mbeki-Sorensen said.`,
		}, []string{"tariff hopping"}, "The cargo goes where the cost is lowest"},
		{"a nickname everyone calls someone", []string{
			`The ferry's engineer for thirty years, a man everyone on the island calls "Sparks", retired last spring.`,
			`"The boat knew me better than my wife," he said.`,
		}, []string{"Sparks"}, "The boat knew me better than my wife"},
		{"a term after designated", []string{
			`Deputy mayor Lucia Fenwick-Addo said traders would be moved to four designated "market lanes" behind the bus station.`,
			`"Nobody will lose a pitch," Fenwick-Addo said.`,
		}, []string{"market lanes"}, "Nobody will lose a pitch"},
		{"a title in apposition to the work's noun", []string{
			`The watchdog's report, "Dry Taps: Water Losses in the Northern Districts", says it plainly enough.`,
			`"Half the water leaks before it reaches a tap," engineer Kofi Lindqvist-Arat said.`,
		}, []string{"Dry Taps: Water Losses in the Northern Districts"}, "Half the water leaks before it reaches a tap"},
		{"what a speaker calls something stays a quote", []string{
			`Researcher Palesa Oduya-Lindgren says the town has become a case study in what she calls "planning by announcement".`,
		}, nil, "planning by announcement"},
		{"the past called with the object between stays a quote", []string{
			`The fund's mission called the bank's policy "appropriately cautious" in its statement.`,
		}, nil, "appropriately cautious"},
		{"a deal a union called something once stays a quote", []string{
			`The drivers rejected the offer, a deal the union called "an insult to every driver" on Friday.`,
		}, nil, "an insult to every driver"},
		{"a speaker's sentence after a work's noun stays a quote", []string{
			`In the report, the inspector said the wards were "short of staff every single night".`,
		}, nil, "short of staff every single night"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound20FurnitureLiveHeadings: a live page's entry heading, in
// headline form right under the entry's time stamp, quotes in a
// headline's words what the text under it says in full: its marks are
// no quote, while the quotes of the entry's text, and a heading-like line
// with no time stamp over it, are still read.
func TestRound20FurnitureLiveHeadings(t *testing.T) {
	t.Parallel()
	const lead = "The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month."
	for _, tc := range []furnitureCase{
		{"a speaker's label and a quote under a time", []string{
			"10:15",
			`Ferry union: 'We never wanted a stoppage'`,
			`"Nobody on the boats wanted to tie up today," union secretary Marit Oyelaran-Holm said.`,
		}, []string{"We never wanted a stoppage"}, "Nobody on the boats wanted to tie up today"},
		{"an order in a heading under a time and zone", []string{
			"9.40am BST",
			`Coastguard urges: "Keep off the harbour wall"`,
			`"The waves are breaking over the wall every minute," coastguard officer Dario Nakamura-Bell said.`,
		}, []string{"Keep off the harbour wall"}, "The waves are breaking over the wall every minute"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound20DatesShareThis: "share this" is a share button's label only
// where it opens its line; a story's sentence that shares a view ("We
// share this assessment") is the story's, and the quote in it is read.
func TestRound20DatesShareThis(t *testing.T) {
	t.Parallel()
	const lead = "The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month."
	for _, tc := range []furnitureCase{
		{"a sentence that shares a view keeps its quote", []string{
			`The audit office called the ministry's accounts "broadly reliable" in its annual review. We share this view.`,
		}, nil, "broadly reliable"},
		{"a share line is still dropped", []string{
			`Share this article: "Harbour board approves berth"`,
			`"The berth ends the queues," harbour master Ilka Provenzano-Dahl said.`,
		}, []string{"Harbour board approves berth"}, "The berth ends the queues"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}
