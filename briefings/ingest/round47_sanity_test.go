package ingest_test

import (
	"strings"
	"testing"
	"unicode"
)

// TestRound47OwnersUnit: "the <kind>'s <Place> office said" — a body's
// local office, named only by where it sits — speaks for the body "the
// <kind>" refers to, as "the <kind> said" would; it is never a new
// speaker named "<kind>'s <Place> office" in lower case. With no body
// named before, the quote's speaker is unknown. Near misses: a unit a
// capitalised owner names keeps its owner, and a unit whose head is no
// local unit's word is not read so.
func TestRound47OwnersUnit(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		paras []string
		want  map[string]string
		not   []string // new speakers that must not be offered
	}{
		{name: "the organisation's country office is the body named before", paras: []string{
			"Aid group warns of measles spread",
			"KORVALE, May 4, 2026 — Measles cases have risen in three river districts, health officials said on Monday.",
			"The relief organisation Halvard Relief Trust said its teams had vaccinated 4,000 children in a week.",
			`"We are seeing more cases than in any year we have records for," the organisation's Norland office said in a statement.`,
		}, want: map[string]string{
			"We are seeing more cases than in any year we have records for": "Halvard Relief Trust",
		}},
		{name: "the company's city branch", paras: []string{
			"Miner halts shipments",
			"Ostrava Copper Ltd said on Tuesday it had halted shipments from its northern pit after a flood.",
			`"No worker was hurt and the pumps are running," the company's Lagos branch said.`,
		}, want: map[string]string{
			"No worker was hurt and the pumps are running": "Ostrava Copper Ltd",
		}},
		{name: "no body named before stays unknown", paras: []string{
			"Cholera cases rise",
			"ABUJA, March 3, 2026 — Cholera cases have risen in four northern states, health officials said on Tuesday.",
			`"The numbers we see are far above last year's," the organisation's Nigeria office said in a statement.`,
		}, want: map[string]string{
			"The numbers we see are far above last year's": "unknown",
		}, not: []string{"organisation's Nigeria office", "Nigeria office"}},
		// Near misses: the rule must not over-fire.
		{name: "a person in the unit is not the body", paras: []string{
			"Aid group warns of measles spread",
			"KORVALE, May 4, 2026 — Measles cases have risen in three river districts, health officials said on Monday.",
			"The relief organisation Halvard Relief Trust said its teams had vaccinated 4,000 children in a week.",
			`"We are seeing more cases than in any year we have records for," the organisation's Norland director said in a statement.`,
		}, want: map[string]string{
			"We are seeing more cases than in any year we have records for": "unknown",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftArticle(t, nil, c.paras...)
			wantSpeakers(t, d, c.want)
			for _, n := range d.New {
				if r := []rune(n.Name); len(r) > 0 && !unicode.IsUpper(r[0]) {
					t.Errorf("new speaker %q starts in lower case", n.Name)
				}
				for _, bad := range c.not {
					if n.Name == bad {
						t.Errorf("new speaker %q offered", n.Name)
					}
				}
			}
		})
	}
}

// TestRound47ConnectorInBodyName: a body's name in title case whose
// capitalised preposition joins its words ("<Name> Without <Name>",
// "<Name> Committee Against <Name>") is kept whole when the run is named
// as a body — after a kind noun in lower case, with a body's head word in
// it, or before its acronym — not cut at the preposition into a person
// named by the last word. Near misses: a sentence the preposition opens,
// and a title-case heading's preposition, join nothing.
func TestRound47ConnectorInBodyName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		paras []string
		want  map[string]string
		body  string   // a new organisation the draft must offer
		not   []string // new speakers that must not be offered
	}{
		{name: "after a kind noun", paras: []string{
			"Clinic reopens in river town",
			"KORVALE, May 4, 2026 — The medical charity Nurses Without Frontiers said it had reopened its clinic in the river town.",
			`"We were closed for nine weeks and people died waiting," the charity said on Monday.`,
		}, want: map[string]string{
			"We were closed for nine weeks and people died waiting": "Nurses Without Frontiers",
		}, body: "Nurses Without Frontiers", not: []string{"Frontiers", "Nurses"}},
		{name: "with the back-reference to its office", paras: []string{
			"Aid group warns of cholera spread",
			"KORVALE, May 4, 2026 — Cholera cases have risen in four districts, health officials said on Tuesday.",
			"The medical charity Healers Without Borders said its teams had treated more than 900 patients in two weeks.",
			`"The numbers we see are far above last year's," the organisation's Norland office said in a statement.`,
		}, want: map[string]string{
			"The numbers we see are far above last year's": "Healers Without Borders",
		}, body: "Healers Without Borders", not: []string{"Borders", "Healers"}},
		{name: "before its acronym", paras: []string{
			"Press group condemns arrests",
			"KORVALE, May 4, 2026 — Police in the capital detained six reporters overnight, their editors said on Friday.",
			`Scribes Without Chains (SWC) said on Friday that the arrests were "a warning to every reporter in the country."`,
		}, want: map[string]string{
			"a warning to every reporter in the country.": "Scribes Without Chains",
		}, not: []string{"Chains"}},
		{name: "a committee named for its cause", paras: []string{
			"Panel criticises detention centres",
			"KORVALE, May 4, 2026 — Some 3,000 people are held in four camps on the northern border, the interior ministry said on Friday.",
			`The Norland Committee Against Hunger said the camps were "short of food for weeks at a time."`,
		}, want: map[string]string{
			"short of food for weeks at a time.": "Norland Committee Against Hunger",
		}, not: []string{"Hunger"}},
		// Near misses: the rule must not over-fire.
		{name: "a sentence opened by the preposition", paras: []string{
			"Town keeps its ferry",
			"KORVALE, May 4, 2026 — The town council voted on Monday to keep the island ferry running for another three years.",
			`Against the advice of his staff, Mayor Lennart Oskarsson said the ferry was "worth every crown it costs."`,
		}, want: map[string]string{
			"worth every crown it costs.": "Lennart Oskarsson",
		}, not: []string{"Against"}},
		{name: "a title-case heading's preposition", paras: []string{
			"Doctors Warn Against Cuts",
			"KORVALE, May 4, 2026 — Hospital doctors in Korvale said on Monday that the planned cuts would close two wards by winter.",
			`"We cannot staff the night shift as it is," said Ilse Brandt, who chairs the doctors' union.`,
		}, want: map[string]string{
			"We cannot staff the night shift as it is": "Ilse Brandt",
		}, not: []string{"Doctors Warn Against Cuts", "Cuts"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftArticle(t, nil, c.paras...)
			wantSpeakers(t, d, c.want)
			var names []string
			found := c.body == ""
			for _, n := range d.New {
				names = append(names, n.Name+" ("+n.Kind+")")
				if n.Name == c.body && n.Kind == "organisation" {
					found = true
				}
				for _, bad := range c.not {
					if n.Name == bad {
						t.Errorf("new speaker %q offered", n.Name)
					}
				}
			}
			if !found {
				t.Errorf("no new organisation %q; new speakers: %s", c.body, strings.Join(names, ", "))
			}
		})
	}
}
