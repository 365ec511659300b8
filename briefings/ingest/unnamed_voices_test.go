package ingest_test

import "testing"

// TestUnnamedVoices: "Its treasurer, who did not want to be named, said"
// gives the treasurer's own view, not the body's; "When I met my
// counterpart, he said, “…”" quotes the counterpart, whom the article
// does not name; and a body that "has informed me that “…”" speaks the
// words.
func TestUnnamedVoices(t *testing.T) {
	t.Parallel()
	text := `Ferry row: the minister answers

Transport Minister Ravindra Senanayake-Pillai said the two days of talks in the capital had gone "better than expected".

The ferry trust has launched an appeal to repair the old jetty at Kalpe Point. Its treasurer, who did not want to be named, said gifts had "poured in" since March.

Q: Did the talks achieve anything?

They did. When I met my counterpart, he said, "We want a lasting answer, not a seasonal one." I believe him. The Ports Authority has informed me that "nine in ten" boats now carry transponders.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"poured in": "unknown",
		"We want a lasting answer, not a seasonal one.": "unknown",
		"nine in ten": "Ports Authority",
	})
}

// TestNameAfterTheIsNoPerson: a capitalised name after "at the", "from
// the" or "of the" is a club's, a pub's or a hall's (a person's name takes
// no article), so neither the phrase it ends nor a later "she" makes it a
// speaker, and it is not offered as a new person.
func TestNameAfterTheIsNoPerson(t *testing.T) {
	t.Parallel()
	for _, opening := range []string{
		"A regular at the Falcon Tavern",
		"A regular at the Falcon Tavern lounge on Harbour Road, where the quartet played on Fridays,",
		"One volunteer from the Polish Eagles",
		"A founding member of the Polish Eagles",
	} {
		t.Run(opening, func(t *testing.T) {
			t.Parallel()
			text := "Jazz pianist dies at 81\n\nHARBOURTOWN, Nov. 3, 2025 — Oskar Lindahl-Berg led a jazz quartet on the coast for forty years.\n\n" +
				opening + " said she met her husband there in 1968.\n\n\"He played our wedding song every time we walked in,\" she said.\n"
			d := draftWith(t, nil, text)
			wantSpeakers(t, d, map[string]string{"He played our wedding song every time we walked in": "unknown"})
			for _, p := range d.Points {
				if p.Speaker != "" && p.Speaker != "unknown" {
					t.Errorf("key point %q given to %q", p.Text, p.Speaker)
				}
			}
			for _, n := range d.New {
				if n.Kind == "person" {
					t.Errorf("new person %q, from a name after an article", n.Name)
				}
			}
		})
	}
}

// TestPlaceBeforeWhoIsNoPerson: in "a <noun> in <Place>, who …" (or "in
// <Town>'s <Quarter>") the relative clause is about the noun before the
// preposition; the place is where they are, and neither speaks, nor is
// given the key point, nor becomes a new person.
func TestPlaceBeforeWhoIsNoPerson(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ opening, pronoun string }{
		{"One angler in Hvalvik, who has fished the fjord for 40 years,", "he"},
		{"A shopkeeper near Korsbru, who asked that her surname not be used,", "she"},
		{"A farmer from Ostmarka, who lost two sheds in the storm,", "he"},
		{"A grocery shop owner in Norvik's Sota Peth, who did not want to be named,", "he"},
		{"A grocer in Norvik's Sota Peth, who lost his shop,", "he"},
	} {
		t.Run(c.opening, func(t *testing.T) {
			t.Parallel()
			text := "Salmon escape angers anglers\n\nFJORDBY, May 4, 2026 — Thousands of farmed salmon escaped from a damaged pen on Sunday.\n\n" +
				c.opening + " told the local radio the news came as no surprise.\n\n\"Every spring they promise it will not happen again,\" " + c.pronoun + " said.\n"
			d := draftWith(t, nil, text)
			wantSpeakers(t, d, map[string]string{"Every spring they promise it will not happen again": "unknown"})
			for _, n := range d.New {
				if n.Kind == "person" {
					t.Errorf("new person %q, from the place before a who-clause", n.Name)
				}
			}
			for _, p := range d.Points {
				if p.Speaker != "" && p.Speaker != "unknown" {
					t.Errorf("key point %q given to %q", p.Text, p.Speaker)
				}
			}
		})
	}
}
