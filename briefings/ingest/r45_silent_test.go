package ingest_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// silentCase is invented copy, one of its quotes, the speaker the rules
// give it and the words the draft's check note must hold for it ("" when
// the speaker must stay unflagged).
type silentCase struct {
	name, copy    string
	quote, speaks string
	note          string
}

// TestR45DoubtedSpeakers: a speaker the rules found directly, which the
// draft would give no check note, is flagged when the words around it say
// it may not be the speaker this time: an acronym that is not the body's
// initials, an unnamed official's words given to a country, a country in
// the possessive, a body inside a clause a person reports, a name after
// a preposition inside the subject, the last of two names "and" joins,
// another speaker's verb between a quote and its verb, another body's
// statement the words came in, a unit given to its parent. The speaker
// itself does not change; the same patterns without those words stay
// unflagged.
func TestR45DoubtedSpeakers(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Kelby"}},
		{Name: "Estmark", Kind: "place", Role: "Country", Aliases: []string{"Marvale", "Republic of Estmark"}},
		{Name: "Ministry of Foreign Affairs of Norland", Kind: "organisation", Role: "Norland's foreign ministry"},
		{Name: "Tidewater Council", Kind: "organisation", Role: "Regional council"},
		{Name: "Mira Castell", Kind: "person", Role: "Council secretary"},
		{Name: "Port Board", Kind: "organisation", Role: "Port regulator"},
		{Name: "Regional Commission", Kind: "organisation", Role: "Regional executive"},
		{Name: "Environment Agency", Kind: "organisation", Role: "Coastal environment regulator"},
	}}
	head := "Harbour news\n\nKELBY — Officials met on Monday to discuss the harbour, the fleet and the coming season.\n\n"
	for _, c := range []silentCase{
		{name: "an acronym that is not the body's initials",
			copy:  `The National Environment Agency (NEA) will cap stall rents. NEA said: "The cap applies to every tender from April."`,
			quote: "The cap applies to every tender from April.", speaks: "Environment Agency", note: "not the initials"},
		{name: "an acronym that is the body's initials",
			copy:  `The Tidewater Council (TWC) will cap stall rents. TWC said: "The cap applies to every tender from April."`,
			quote: "The cap applies to every tender from April.", speaks: "Tidewater Council"},
		{name: "an unnamed official given to a country",
			copy:  `A senior Norland official said: "We will not sign anything this year."`,
			quote: "We will not sign anything this year.", speaks: "Norland", note: "one person's words given to a country"},
		{name: "a country by its capital",
			copy:  `Kelby said: "We will not sign anything this year."`,
			quote: "We will not sign anything this year.", speaks: "Norland"},
		{name: "a country in the possessive",
			copy:  `Norland's largest DWF dockers' federation on Friday announced a walkout, accusing the terminal owners of "ignoring every letter we sent".`,
			quote: "ignoring every letter we sent", speaks: "Norland", note: "a possessive"},
		{name: "a body in a clause a person reports",
			copy:  `Mira Castell said that the Tidewater Council had urged bidders to keep prices "within reach of every family" next year.`,
			quote: "within reach of every family", speaks: "Tidewater Council", note: "another speaker reports"},
		{name: "a body in a sentence of its own",
			copy:  `Mira Castell said the tender was late. The Tidewater Council has urged bidders to keep prices "within reach of every family" next year.`,
			quote: "within reach of every family", speaks: "Tidewater Council"},
		{name: "a name after a preposition in the subject",
			copy:  `A Regional Commission audit on Norland described the subsidy as "badly aimed" in March.`,
			quote: "badly aimed", speaks: "Norland", note: "which follows “on”"},
		{name: "the last of two names and joins",
			copy:  `The Governments of Norland and the Republic of Estmark reaffirmed "a lasting friendship between both peoples" on Monday.`,
			quote: "a lasting friendship between both peoples", speaks: "Estmark", note: "the last of the subjects"},
		{name: "another speaker's verb between the quote and its verb",
			copy:  `Marvale sent "warm wishes to every family in Norland" and said two rescue boats were on the way, Norland's foreign ministry said.`,
			quote: "warm wishes to every family in Norland", speaks: "Ministry of Foreign Affairs of Norland", note: "stands between them"},
		{name: "another body's statement",
			copy:  `Marvale dismissed the plan as "a reckless gamble" in a statement by the Estmark Foreign Ministry on Sunday.`,
			quote: "a reckless gamble", speaks: "Estmark", note: "came in a statement by"},
		{name: "a unit given to its parent",
			copy:  `The Port Board's Safety Unit said the crane had "failed its last two checks" before the accident.`,
			quote: "failed its last two checks", speaks: "Port Board", note: "whose unit it is"},
		{name: "the body itself",
			copy:  `The Port Board said the crane had "failed its last two checks" before the accident.`,
			quote: "failed its last two checks", speaks: "Port Board"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, reg, head+c.copy)
			for _, q := range d.Quotes {
				if q.Text != c.quote {
					continue
				}
				if q.Speaker != c.speaks {
					t.Errorf("speaker %q, want %q", q.Speaker, c.speaks)
				}
				switch {
				case c.note == "" && q.Check != "":
					t.Errorf("flagged %q, want no check note", q.Check)
				case c.note != "" && !strings.Contains(q.Check, c.note):
					t.Errorf("check note %q, want one with %q", q.Check, c.note)
				}
				return
			}
			t.Errorf("no quote %q in %v", c.quote, d.Quotes)
		})
	}
}
