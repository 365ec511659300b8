package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound23BodiesJointReadout: in a readout of a meeting, words the
// readout quotes after "The two ministers <agreed> to …, and to “…”",
// "The parties <agreed> to <verb> … “…”" (in the first thing agreed, no
// comma and no other clause before the mark) or "Both sides <agreed> to
// “…”", with no speech
// verb of their own, are the readout's, so the body that issued it: the
// home minister's ministry, else the one the page's site name names (after
// a bar or before a dash, its state after a comma or in the state's own
// form), else the one the release's sign-off block names. A quote a side
// says by a speech verb stays its own; with no issuer found, the words
// stay unattributed.
func TestRound23BodiesJointReadout(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vestby"}},
		{Name: "Sudmark", Kind: "place", Role: "Country", Aliases: []string{"Ostrava Nova"}},
		{Name: "Ministry of Foreign Affairs of Norland", Kind: "organisation", Role: "Norland's foreign ministry"},
	}}
	opening := "The Minister of Foreign Affairs of Norland, Halvard Strekke, received the Foreign Minister of Sudmark, Ilona Vasch, in Vestby on Monday for talks on trade and shipping."
	visit := "The Foreign Minister of Sudmark, Ilona Vasch, was received in Vestby on Monday by Minister Halvard Strekke for talks on trade and shipping."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the two ministers, a second infinitive", reg: reg, paras: []string{
			"Norland and Sudmark hold talks in Vestby",
			opening,
			"The two Ministers agreed to hold the next round of talks in Ostrava Nova in the spring, and to “widen the ferry link to carry freight by the end of the decade” under the new accord.",
		}, want: map[string]string{"widen the ferry link to carry freight by the end of the decade": "Ministry of Foreign Affairs of Norland"}},
		{name: "the parties, a noun phrase", reg: reg, paras: []string{
			"Norland and Sudmark hold talks in Vestby",
			opening,
			"The parties agreed to set up a working group and to prepare a “list of shared harbour projects for the next five years”.",
		}, want: map[string]string{"list of shared harbour projects for the next five years": "Ministry of Foreign Affairs of Norland"}},
		{name: "both sides, the quote at once", reg: reg, paras: []string{
			"Norland and Sudmark hold talks in Vestby",
			opening,
			"Both sides agreed to “open a consulate in each other's second city within two years.”",
		}, want: map[string]string{"open a consulate in each other's second city within two years.": "Ministry of Foreign Affairs of Norland"}},
		{name: "the site's name after a bar, its state after a comma", reg: reg, paras: []string{
			"Talks with Sudmark | Ministry of Foreign Affairs, Republic of Norland",
			visit,
			"The two Ministers agreed to hold the next round of talks in the spring, and to “widen the ferry link to carry freight”.",
		}, want: map[string]string{"widen the ferry link to carry freight": "Ministry of Foreign Affairs of Norland"}},
		{name: "the site's name before a dash, in the state's own form", reg: reg, paras: []string{
			"Ministry of Foreign Affairs of the Republic of Norland - Talks with Sudmark",
			visit,
			"The parties agreed to set up a working group and to prepare a “list of shared harbour projects”.",
		}, want: map[string]string{"list of shared harbour projects": "Ministry of Foreign Affairs of Norland"}},
		{name: "the sign-off block names the office", reg: reg, paras: []string{
			"PRESS RELEASE",
			"Talks with Sudmark",
			visit,
			"The talks covered trade, shipping and the two countries' fishing grounds in the northern strait.",
			"Both sides agreed to “open a consulate in each other's second city within two years.”",
			"Minister Vasch also visited the port of Vestby and the new grain terminal on the eastern quay.",
			"Also present at the meeting were senior officials of both ministries and members of the Sudmark delegation.",
			"MINISTRY OF FOREIGN AFFAIRS\nNORLAND\n12 MAY 2025",
		}, want: map[string]string{"open a consulate in each other's second city within two years.": "Ministry of Foreign Affairs of Norland"}},
		{name: "no site, no sign-off: the visitor's country has no ministry listed", reg: reg, paras: []string{
			"Talks with Sudmark",
			visit,
			"Both sides agreed to “open a consulate in each other's second city within two years.”",
		}, want: map[string]string{"open a consulate in each other's second city within two years.": "unknown"}},
		{name: "the quote in the first thing agreed", reg: reg, paras: []string{
			"Norland and Sudmark hold talks in Vestby",
			opening,
			"The parties agreed to hold the next session of the Norland-Sudmark Trade Council “in Ostrava Nova before the harvest” and to exchange experts.",
		}, want: map[string]string{"in Ostrava Nova before the harvest": "Ministry of Foreign Affairs of Norland"}},
		{name: "another clause before the quote", reg: reg, paras: []string{
			"Norland and Sudmark agree to reopen ferry talks as Sudmark minister flags 'hard limits' on quotas",
			opening,
			"The two Ministers agreed to meet again in the spring.",
		}, want: map[string]string{"hard limits": ""}},
		{name: "a side speaks for itself", reg: reg, paras: []string{
			"Norland and Sudmark hold talks in Vestby",
			opening,
			"The two Ministers agreed to meet again in the spring.",
			"Minister Vasch said: “Sudmark wants a ferry that carries freight as well as people.”",
		}, want: map[string]string{"Sudmark wants a ferry that carries freight as well as people.": "Ilona Vasch"}},
	})
}

// TestRound23BodiesPlacedElsewhere: a body the article names bare ("the
// Office of the Governor") is the registry's "<Body> of <Place>" for a
// state or territory the registry does not list as a place, when the
// article names that place, uses the acronym one of the body's aliases
// gives it, or names a registry entry whose role names it; of several
// such bodies, the one with the most signs, none on a tie or with none.
func TestRound23BodiesPlacedElsewhere(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Office of the Governor of the Tarsan Islands", Kind: "organisation", Role: "Executive office of the TSI governor", Aliases: []string{"TSI Governor's Office"}},
		{Name: "Office of the Governor of Velmont", Kind: "organisation", Role: "Executive office of Velmont's governor", Aliases: []string{"Velmont governor's office"}},
		{Name: "Harbour Power Corporation", Kind: "organisation", Role: "Power utility of the Tarsan Islands", Aliases: []string{"HPC"}},
		{Name: "Budget Review Division of Velmont", Kind: "organisation", Role: "Nonpartisan budget office of Velmont's legislature"},
	}}
	statement := "In a statement, the Office of the Governor said the administration was “talking daily with the utility and its suppliers” about spare parts."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a registry entry's role names the territory", reg: reg, paras: []string{
			"Blackouts to go on for two weeks",
			"Rolling blackouts on the main island will continue while the Harbour Power Corporation waits for parts for two of its engines, the utility said on Monday.",
			"HPC crews have worked through the weekend on the oldest engine, which failed last week.",
			statement,
		}, want: map[string]string{"talking daily with the utility and its suppliers": "Office of the Governor of the Tarsan Islands"}},
		{name: "the alias's acronym for the territory", reg: reg, paras: []string{
			"Master weaver dies at 91",
			"Ana Perlau, who taught three generations of weavers in the TSI, died on Sunday at her home by the lagoon.",
			"She sold her first mat at the age of nine, her family said, and kept weaving until last year.",
			"The Office of the Governor said the TSI had lost “a teacher whose patterns will outlive us all”.",
		}, want: map[string]string{"a teacher whose patterns will outlive us all": "Office of the Governor of the Tarsan Islands"}},
		{name: "one such body, its state named", reg: reg, paras: []string{
			"Velmont budget passes the house",
			"Lawmakers in Velmont passed the state's budget late on Friday after a week of debate over the school fund.",
			"The Budget Review Division said the fund would shrink “for the first time in a decade” under the plan.",
		}, want: map[string]string{"for the first time in a decade": "Budget Review Division of Velmont"}},
		{name: "no sign of either place", reg: reg, paras: []string{
			"Blackouts to go on for two weeks",
			"Rolling blackouts on the main island will continue while engineers wait for parts, officials said on Monday.",
			"Crews have worked through the weekend on the oldest engine, which failed last week.",
			statement,
		}, want: map[string]string{"talking daily with the utility and its suppliers": "Office of the Governor"}},
	})
}

// TestRound23BodiesStampWithCommas: a page's stamp with a comma after the
// month as well as after the day ("<Month>, <d>, <yyyy> - <hh:mm>
// <Section>") dates the article; a story sentence's "In <Month>, <n>
// <year> …" does not.
func TestRound23BodiesStampWithCommas(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe water board will cut pressure at night from next week, its director said on Tuesday.\n\n" +
		"\"The reservoirs are at a fifth of their capacity,\" director Kaveh Ardalani-Moosavi said.\n\n" +
		"The cuts will run from midnight to 5 a.m."
	for _, tc := range []struct{ name, text, date string }{
		{"a stamp with commas", "Night-time water cuts for the capital\n\nNovember, 4, 2025 - 09:12    Society news" + body, "2025-11-04"},
		{"a month, then a count", "Night-time water cuts for the capital\n\nIn November, 4 2025 graduates joined the board's training scheme." + body, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s", got, tc.date)
			}
		})
	}
}

// TestRound23BodiesExecutiveOffice: a head of government's office named in
// lower case — "the presidential office", "the office of the governor",
// "the office" after either — is the registry's "Office of the <Title>",
// by that name or with its place; with no such registry body it stays
// unattributed.
func TestRound23BodiesExecutiveOffice(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vestby"}},
		{Name: "Office of the President of Norland", Kind: "organisation", Role: "Norland's presidential office"},
		{Name: "Office of the Governor of Velmont", Kind: "organisation", Role: "Executive office of Velmont's governor"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the office, after the presidential office", reg: reg, paras: []string{
			"Norland condemns rocket test",
			"VESTBY — Norland's presidential office called an emergency meeting of the security council on Sunday after a rocket test off its coast.",
			"In a readout issued afterwards, the office said the test was a “reckless act” that put fishing crews at risk.",
		}, want: map[string]string{"reckless act": "Office of the President of Norland"}},
		{name: "the office of the governor, its state named", reg: reg, paras: []string{
			"Velmont budget heads to the senate",
			"Lawmakers in Velmont passed the state's budget late on Friday after a week of debate over the school fund.",
			"In a statement, the office of the governor said it would “read every line of it” before the signing.",
		}, want: map[string]string{"read every line of it": "Office of the Governor of Velmont"}},
		{name: "a mayor's office the registry does not list", reg: reg, paras: []string{
			"Vestby budget heads to the council",
			"VESTBY — The city's budget passed its first reading on Friday after a week of debate over the tram line.",
			"In a statement, the mayor's office said it would “read every line of it” before the vote.",
		}, want: map[string]string{"read every line of it": "unknown"}},
	})
}

// TestRound23BodiesBracketedShortName: "<Word> Rail Group (<Word>)" in a
// release, even in its closing "About" paragraph, makes "<Word>" alone the
// body's short name, so "<Word> said" is the body by its full name.
func TestRound23BodiesBracketedShortName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the short name defined in the about paragraph", paras: []string{
			"Kestrel opens a freight line to the northern valleys",
			"Kestrel Rail Group has opened a weekly freight service between the port of Amsel and the northern valleys, the company said on Monday.",
			"Kestrel said the trains would carry grain and timber south, “opening a faster road to the sea for the valley farms.”",
			"About Kestrel Rail Group:",
			"Kestrel Rail Group (Kestrel) runs freight and passenger trains on four lines in the north.",
		}, want: map[string]string{"opening a faster road to the sea for the valley farms.": "Kestrel Rail Group"}},
	})
}
