package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound31HeaderLinesJoined: a header block whose lines the page set
// with no blank line between, so they are read as one paragraph, and the
// line above the date ends in lower case — an author's e-mail address
// over a weekday's date, an outlet's service line over a place-and-date
// line with its time — still dates the article; a standfirst whose
// sentence runs on past its date does not, nor one whose place comes after
// a preposition ("<verb> in <Place>, <date>"): ownLine's function-word check.
func TestRound31HeaderLinesJoined(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new breakwater for the fishing quay on Tuesday after a long dispute with the town.\n\n" +
		"\"The quay has waited thirty years for this wall,\" board chair Odile Maranta-Vesk said.\n\n" +
		"Work is due to begin in the spring."
	for _, tc := range []struct{ name, text, date string }{
		{"an e-mail address over a weekday's date",
			"Breakwater approved for the fishing quay\n\nAfter thirty winters of storm damage, the boats of Velmora will have shelter.\n\nJonas Aldecott\nj.aldecott@northshore-gazette.example\nFriday 5 June 2026" + body, "2026-06-05"},
		{"an outlet's service line over a place-and-date line",
			"Breakwater approved for the fishing quay\n\nNorthshore Gazette digital desk\nVelmora, 5 June 2026, 08:15" + body, "2026-06-05"},
		{"a standfirst running on past its date",
			"Breakwater approved for the fishing quay\n\nNorthshore Gazette digital desk says the quay closes Velmora, 5 June 2026, for a week of works" + body, "2024-01-01"},
		{"a sentence's place after a preposition, its date alone at the end",
			"Breakwater approved for the fishing quay\n\nBids for the quay works close in Velmora, 30 June 2026" + body, "2024-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ingest.New(nil).Draft(ingest.ReadText(tc.text), ingest.Options{Now: func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound31ChargeTerms: the offence a charge names, in the law's words
// inside marks after "charged with", "on charges of", "convicted of", is
// a term, not speech, however many words it runs to; the same words in
// marks again later, with no one saying them, are the term again. A
// speaker who says a charge's words in a sentence of their own keeps the
// quote.
func TestRound31ChargeTerms(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"on charges of, two offences", []string{
			`Two ferry pilots have been held since Friday on charges of "endangering navigation at sea" and "obstructing harbour officers".`,
			`"They followed the only safe channel," their lawyer Imre Vashti-Kallo said.`,
		}, []string{"endangering navigation at sea", "obstructing harbour officers"}, "They followed the only safe channel"},
		{"charged with, and the term again", []string{
			`The sawmill owner was charged with "felling protected oaks without a licence" in March.`,
			`Under the forestry act, "felling protected oaks without a licence" can cost a mill its permit.`,
			`"Every tree we cut was marked by the ranger," mill manager Ondine Farrow-Maseko said.`,
		}, []string{"felling protected oaks without a licence"}, "Every tree we cut was marked by the ranger"},
		{"convicted of", []string{
			`A former port clerk was convicted of "falsifying cargo manifests" on Tuesday.`,
			`"The sentence reflects years of deceit," prosecutor Belen Auwara-Strom said.`,
		}, []string{"falsifying cargo manifests"}, "The sentence reflects years of deceit"},
		{"a speaker saying a charge's words keeps the quote", []string{
			`The sawmill owner was charged with "felling protected oaks" in March.`,
			`"Felling protected oaks is not what we do," mill manager Ondine Farrow-Maseko said.`,
		}, []string{"felling protected oaks"}, "Felling protected oaks is not what we do"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, tc.paras...), tc.not, tc.keep)
		})
	}
}

// TestRound31BoxSignedTitleFirst: a quote box's quote signed on its own
// line after a dash, the title before the name and no comma ("— <Title>
// <Given> <Surname>", "— <Portfolio> <Title> <Given> <Surname>"), is the
// signer's, like the box's "— <Name>, <title>" beside it.
func TestRound31BoxSignedTitleFirst(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "portfolio and title before the name", paras: []string{
			`The rowing federation named Ilse Marrow-Dunn as head coach of the national eight on Monday.`,
			`“Ilse reads a headwind better than any of us.” — Petra Volkan, club captain`,
			`“The crews asked for her by name.” — Sports Minister Dorian Quale`,
		}, want: map[string]string{
			"Ilse reads a headwind better than any of us.": "Petra Volkan",
			"The crews asked for her by name.":             "Dorian Quale",
		}},
		{name: "a title alone before the name", paras: []string{
			`The rowing federation named Ilse Marrow-Dunn as head coach of the national eight on Monday.`,
			`“The eight will race in the spring regatta.” — Commissioner Halvard Benn-Oyelaran`,
		}, want: map[string]string{
			"The eight will race in the spring regatta.": "Halvard Benn-Oyelaran",
		}},
	})
}

// TestRound31GroupNames: what a community calls a thing or a person —
// "<people> (<adverb>) called “<name>”", "<residents> call it “<name>”" —
// is its name there, not speech; one named speaker who "called it
// “<words>”" keeps the quote.
func TestRound31GroupNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"the villagers always called", []string{
			`Behind the chapel stood six old fruit trees that the villagers always called "the iron bishop".`,
			`"Nobody had pressed it on its own for fifty years," grower Tilde Maarsk-Ober said.`,
		}, []string{"the iron bishop"}, "Nobody had pressed it on its own for fifty years"},
		{"people called it", []string{
			`When the grain tower went up in the 1970s, people called it "the grey finger of the harbour".`,
			`"It has outlived everyone who hated it," heritage officer Corvin Ashdale-Nuri said.`,
		}, []string{"the grey finger of the harbour"}, "It has outlived everyone who hated it"},
		{"one speaker's own words stay a quote", []string{
			`When the grain tower went up in the 1970s, people complained about it for years.`,
			`Heritage officer Corvin Ashdale-Nuri called it "the ugliest thing on the coast" on Monday.`,
		}, nil, "the ugliest thing on the coast"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, tc.paras...), tc.not, tc.keep)
		})
	}
}

// TestRound31ObituaryNameBox: an obituary's name box gives a life's dates
// ("Born: <Place>, <date>", "Died: <Place>, <date>"); the article is dated
// by its own date line under the byline, not by the day its subject died.
func TestRound31ObituaryNameBox(t *testing.T) {
	t.Parallel()
	text := "OBITUARY\n\nThe ferryman who knew every sandbar\n\nTobias Quennell-Ardent\nFerryman, lifeboat cox\n" +
		"Born: Lowmarsh, June 4, 1941\nDied: Saltby, February 11, 2025\n\nBy Ines Farrow-Lake\nThe Estuary Courier\nMonday, February 24, 2025\n\n" +
		"Tobias Quennell-Ardent took his last crossing in the autumn, his daughter said this week.\n\n" +
		"\"He could read the water like a newspaper,\" his daughter, Maud Quennell, said."
	a := ingest.ReadText(text)
	if got := a.Date.Format(briefings.DateLayout); got != "2025-02-24" {
		t.Errorf("date %s (%s), want 2025-02-24 from the date line under the byline", got, a.DateFrom)
	}
}
