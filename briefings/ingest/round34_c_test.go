package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound34cSourceLanguageDateLine: a translated page keeps its
// source's date line, day first with a full stop after the day and the
// month by name in that language ("<Label>: <d>. <month> <yyyy>.
// <hh>:<mm>"), under the byline; it dates the page and leaves the byline
// the author's name alone.
func TestRound34cSourceLanguageDateLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, stamp, want string }{
		{"Croatian, labelled, with time", "Objavljeno: 3. ožujka 2025. 09:12", "2025-03-03"},
		{"Czech, no label", "21. října 2025", "2025-10-21"},
		{"German, labelled", "Veröffentlicht: 7. März 2024, 18:05", "2024-03-07"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := "Harbour cranes idle as dockers walk out\n\nAuthor: Mirela Vukas-Horvat\n" + c.stamp + `

Dockers at the port of Zelenvik stopped work on Tuesday, the harbour authority said.

"We have no quarrel with the shippers," union steward Dario Pelikan said.

Translated from the original. Read more on the paper's site`
			a := ingest.ReadText(text)
			if got := a.Date.Format(briefings.DateLayout); got != c.want {
				t.Errorf("date %s, want %s (%s)", got, c.want, a.DateFrom)
			}
			if a.Author != "Mirela Vukas-Horvat" {
				t.Errorf("author %q, want the name alone", a.Author)
			}
		})
	}
}

// TestRound34cWireTransmissionStamp: an agency item closing with its
// transmission stamp ("<dd>-<MON>-<yy> <hh>:<mm>"), perhaps joined to the
// desk's tag and registration lines over it, is dated by it when nothing
// above gives the year.
func TestRound34cWireTransmissionStamp(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, close, want string }{
		{"stamp joined to tag lines", "(Eco/Agenzia)\nISSN 1234 - 5678\n14-MAR-25 09:41", "2025-03-14"},
		{"stamp alone", "03-DEC-24 18:02", "2024-12-03"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := `Port of Velmara, pilots threaten stoppage

Velmara, 12 Mar. (Agenzia) - The harbour pilots' union announced a stoppage for next week after talks broke down.

"We asked for one more boat and got nothing," said the union's delegate, Piero Castaldi-Vena.

The port authority said it would seek a meeting before the weekend.

` + c.close
			a := ingest.ReadText(text)
			if got := a.Date.Format(briefings.DateLayout); got != c.want {
				t.Errorf("date %s, want %s (%s)", got, c.want, a.DateFrom)
			}
		})
	}
}

// TestRound34cDatedTitle: a report's or a programme's title closed by its
// edition's year ("the full “<Title> <Month> <yyyy>”", "“<Outlook>
// <yyyy>”") is what a document is called, not anyone's words; the speech
// beside it stays a quote.
func TestRound34cDatedTitle(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a report's title with month and year", []string{
			`"Inflation is falling, but more slowly than we hoped," deputy governor Halvard Okonjo-Lind said.`,
			`The complete text, "Financial Stability Review March 2025", can be downloaded from the bank's site.`,
		}, []string{"Financial Stability Review March 2025"}, "Inflation is falling, but more slowly than we hoped"},
		{"an outlook's title with its year", []string{
			`"Rail freight will grow again next year," chief planner Odile Marchetti-Rowe said.`,
			`The whole "Freight Outlook 2027" is open to members on the association's portal.`,
		}, []string{"Freight Outlook 2027"}, "Rail freight will grow again next year"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound34cRelatedBlockUnmarked: a block of links under a heading with
// no colon ("Related Posts", "Most read"), one headline a line and no
// blank line between, quotes other stories: a headline's marks are no
// quote, and the story's speech above stays one.
func TestRound34cRelatedBlockUnmarked(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"one headline under the heading", []string{
			`"The bridge will reopen on Monday," county engineer Folake Adeyemi-Voss said.`,
			"Related Posts\nGrain barge \"refloated\", says river authority after June grounding",
		}, []string{"refloated"}, "The bridge will reopen on Monday"},
		{"two headlines under the heading", []string{
			`"The bridge will reopen on Monday," county engineer Folake Adeyemi-Voss said.`,
			"Most read\nCouncil delays budget vote again\nTeachers \"cannot teach in tents\", union says after floods",
		}, []string{"cannot teach in tents"}, "The bridge will reopen on Monday"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound34cColumnistsOwnPhrase: in a column the writer's own sentence
// ("I <verb> … “<phrase>” …") puts a few words in marks as the
// writer's term, not anyone's speech; words an earlier quote holds, quoted
// back by the writer, stay a quote (held-out sets hold that case).
func TestRound34cColumnistsOwnPhrase(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"the writer's scare phrase", []string{
			`"Nobody on this island has seen a lawyer in years," fisherman Arvid Solberg-Njie said.`,
			`I keep coming back to "the quiet exodus" in this column. Three more families left the island in June.`,
		}, []string{"the quiet exodus"}, "Nobody on this island has seen a lawyer in years"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound34cParagraphOpenedTwice: a page whose editor opened a
// paragraph twice ("<p><p>A</p> B</p>") ends it at the inner close, and
// the text after stands loose between the paragraphs; it is a paragraph of
// its own, and its quote is kept with the speaker its sentence gives.
func TestRound34cParagraphOpenedTwice(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, loose, quote, speaker string }{
		{"an anonymous speaker", `A bus driver at the Merrow depot, who asked not to be named, said: “Every winter the same promises.”`, "Every winter the same promises.", "unknown"},
		{"a named speaker", `“We will publish the audit in full,” said councillor Ama Oduro-Kessie.`, "We will publish the audit in full", "Ama Oduro-Kessie"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html><head><title>Council delays bus contract vote - Merrow Courier</title></head><body><article>
<h1>Council delays bus contract vote</h1>
<p>Merrow council on Tuesday postponed its vote on the new bus contract for a second time, after members clashed over the tender.</p>
<p>“The tender was rushed and the public deserves answers,” opposition leader Kwame Adjei-Boateng said during the debate.</p>
<p><p>Bus passes bought this year stay valid, the transport department said.</p>
` + c.loose + `</p>
<p>The vote is now expected next month, the council's clerk said.</p>
</article></body></html>`
			d := draftPage(t, nil, page, "https://example.com/merrow-bus")
			wantSpeakers(t, d, map[string]string{c.quote: c.speaker})
		})
	}
}

// TestRound34cQuotesBoxByName: a box of quotes under a heading gives each
// person's words in marks after the name and a colon ("<Given> <Surname>:
// “<words>.”"), the paragraph nothing but the quote; the name, introduced
// in the story, speaks it though it labels no other paragraph. Drafted
// with the rules alone, so the learned chooser cannot stand in (not in
// parallel: the switch is the package's).
func TestRound34cQuotesBoxByName(t *testing.T) {
	was := ingest.SetChooser(false)
	t.Cleanup(func() { ingest.SetChooser(was) })
	text := `Glenmoor keeps its post office after village vote

Residents of Glenmoor voted 212 to 40 on Thursday to let the post office move into the village shop, run by Tomasz Wielgosz-Ray, rather than close.

Parish clerk Lena Okafor-Haas counted the ballots in the church hall and read the result from the steps.

WHAT THEY SAID

Tomasz Wielgosz-Ray: "I will need a bigger counter, and probably a bigger kettle."

Lena Okafor-Haas: "The turnout was higher than at the last general election."`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"I will need a bigger counter, and probably a bigger kettle.": "Tomasz Wielgosz-Ray",
		"The turnout was higher than at the last general election.":   "Lena Okafor-Haas",
	})
}

// TestRound34cQuotesOfTheDayBox: a box of quotes under its heading
// ("QUOTES OF THE DAY", "Key quotes"), one signed quote a line with no
// blank line between, gives each quote to its signature: a title and name
// or the name alone after a dash ("“<words>” – <Given> <Surname>"), a
// person the story names. Rules alone (not in parallel: the switch is the
// package's).
func TestRound34cQuotesOfTheDayBox(t *testing.T) {
	was := ingest.SetChooser(false)
	t.Cleanup(func() { ingest.SetChooser(was) })
	for _, c := range []struct{ name, heading string }{
		{"capitals", "QUOTES OF THE DAY"},
		{"sentence case, colon", "Key quotes:"},
	} {
		text := `Island ferry terminal opens after four years

The new ferry terminal at Kellan Sound opened to passengers on Monday, replacing a tin shed that had stood on the pier since 1968.

"The old shed leaked on every passenger who ever waited in it. Those days are over," port director Sefa Talataina-Brooks said.

Priya Lindqvist-Oduya, who has crossed to the mainland for work every weekday for 31 years, was first through the doors. "Forty winters I stood in that draught," she said.

` + c.heading + `
"The old shed leaked on every passenger" – Port director Sefa Talataina-Brooks
"Forty winters I stood in that draught" – Priya Lindqvist-Oduya`
		t.Run(c.name, func(t *testing.T) {
			wantSpeakers(t, draftWith(t, nil, text), map[string]string{
				"The old shed leaked on every passenger": "Sefa Talataina-Brooks",
				"Forty winters I stood in that draught":  "Priya Lindqvist-Oduya",
			})
		})
	}
}

// TestRound34cStrayMarkAfterArticle: a mark opened after an article in a
// sentence's middle and never closed, in its paragraph or the next ("…
// <verb> the “<noun phrase> …"), marks no speech: speech opens
// a clause, not a noun phrase. The quote beside it stays one.
func TestRound34cStrayMarkAfterArticle(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a kicker's stray mark", []string{
			`“Fishing boats must stay in harbour until Friday,” port officer Ravi Menon-Clarke said.`,
			`Flood watch: The river board warned on Tuesday that the “levee at Marrow Bend could give way before the weekend.`,
			`Schools in the district will stay shut on Thursday, the education office said.`,
		}, []string{"levee at Marrow Bend could give way before the weekend."}, "Fishing boats must stay in harbour until Friday"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}
