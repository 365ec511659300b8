package ingest_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// placeSubjectCase is one reported sentence on invented copy and who its
// key point belongs to: want is the speaker, "" for no one the article
// names; not is a place that must neither take the point nor be offered
// as a new speaker.
type placeSubjectCase struct {
	sentence, want, not string
}

// runPlaceSubjectCases drafts each sentence as the second paragraph of a
// short article and checks the key point that opens with it.
func runPlaceSubjectCases(t *testing.T, cases []placeSubjectCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.sentence, func(t *testing.T) {
			t.Parallel()
			text := "Storm leaves villages cut off\n\nPORT ADELVE, March 2, 2025 — Roads across the valley were still closed on Sunday after three days of rain.\n\n" +
				c.sentence + "\n\nRepair crews are expected to reach the worst-hit areas by the end of the week.\n"
			d := draftWith(t, nil, text)
			pt := pointOpening(d, c.sentence)
			if pt == nil {
				t.Fatalf("no key point for the sentence; points: %+v", d.Points)
			}
			if got := pt.Speaker; got != c.want && !(c.want == "" && got == "unknown") {
				t.Errorf("key point given to %q, want %q", got, c.want)
			}
			if c.not == "" {
				return
			}
			if pt.Speaker == c.not {
				t.Errorf("key point given to %s, a place", c.not)
			}
			for _, n := range d.New {
				if n.Name == c.not {
					t.Errorf("%s offered as a new speaker (%s)", c.not, n.Kind)
				}
			}
		})
	}
}

// pointOpening returns the draft's key point whose text opens with the
// first words of sentence, else nil.
func pointOpening(d *ingest.Draft, sentence string) *ingest.Point {
	words := strings.Fields(sentence)
	start := strings.Join(words[:min(4, len(words))], " ")
	for i := range d.Points {
		if strings.HasPrefix(d.Points[i].Text, start) {
			return &d.Points[i]
		}
	}
	return nil
}

// TestPeopleInPlaceInPlace: "<people> in <Town> in <Region> say …" puts
// the people in a town inside a wider place; the town is where they are,
// not who speaks, however many places follow the first "in". A place
// that is the subject itself still speaks, and a state's arm known only
// by where it sits still speaks as that place.
func TestPeopleInPlaceInPlace(t *testing.T) {
	t.Parallel()
	runPlaceSubjectCases(t, []placeSubjectCase{
		{sentence: "Health workers in Korvala in North Marren say the clinics are overwhelmed and short of beds.", not: "Korvala"},
		{sentence: "Aid workers in Tolvik in Lower Sarn say the camps have run out of clean water.", not: "Tolvik"},
		{sentence: "Relief workers in Amberlee in West Tarrow said the bridge closure had cut off three villages.", not: "Amberlee"},
		{sentence: "Hospital workers in Brennach in eastern Caldmoor said the pumping stations had failed overnight.", not: "Brennach"},
		{sentence: "Local fishermen in Osterby in Vell say the harbour wall will not survive another winter.", not: "Osterby"},
		{sentence: "Families in Dunmoor, in the Kessland hills, say the water has been brown for a week.", not: "Dunmoor"},
		// Negative cases: the place is the subject.
		{sentence: "Moscow said the talks would resume in the new year after a short break.", want: "Moscow"},
		{sentence: "Ukraine says the shelling of the port continued throughout the night.", want: "Ukraine"},
		{sentence: "The rebel authorities in Donetsk in eastern Ukraine said the crossing would stay shut for a week.", want: "Donetsk"},
	})
}

// TestOpeningPlaceBeforeInvertedSpeaker: "In <Place>, <clause>, said X"
// opens on where, and the clause after it is what was said; the speaker
// is the one set after the verb, not the place. An opening "In <Place>,"
// before a named subject, or before a name and its title set off in
// commas, still gives the named subject.
func TestOpeningPlaceBeforeInvertedSpeaker(t *testing.T) {
	t.Parallel()
	runPlaceSubjectCases(t, []placeSubjectCase{
		{sentence: "In Hollinsby, the harvest was the worst in living memory, said the village's mayor, Tomas Reddel-Hart.", want: "Tomas Reddel-Hart", not: "Hollinsby"},
		{sentence: "In Marrowgate, the mood at the food bank is grim, said Petra Vasquez-Lind, who runs it.", want: "Petra Vasquez-Lind", not: "Marrowgate"},
		{sentence: "In the town of Brakka, the river rose two metres overnight, said the town's mayor, Ivo Starn.", want: "Ivo Starn", not: "Brakka"},
		{sentence: "At Quellin market, prices have doubled since June, a trader, Mira Feld, said on Tuesday.", want: "Mira Feld", not: "Quellin"},
		// Negative cases: a named subject after the opening phrase.
		{sentence: "In Hollinsby, Mayor Tomas Reddel-Hart said the harvest was the worst in living memory.", want: "Tomas Reddel-Hart"},
		{sentence: "In Hollinsby, the mayor, Tomas Reddel-Hart, said the harvest was the worst in living memory.", want: "Tomas Reddel-Hart"},
		{sentence: "In Hollinsby, Tomas Reddel-Hart, the mayor, said the harvest was the worst in living memory.", want: "Tomas Reddel-Hart"},
	})
}
