package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound31EListedFieldsBody: a body whose name lists its fields before
// its head word ("<Adj> <Field>, <Field> and <Field> <Head> (<ACR>)") is
// one body, not its last field and head alone.
func TestRound31EListedFieldsBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "three fields before the head", paras: []string{
			"Marsh birds return to the estuary",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Coastal Forestry, Fisheries and Wildlife Service (Cofws) said in a note to reporters that "the reed beds are recovering faster than we hoped" after the dredging stopped.`,
		}, want: map[string]string{"the reed beds are recovering faster than we hoped": "Coastal Forestry, Fisheries and Wildlife Service"}},
	})
}

// TestRound31EOrganisationAfterOffice: "the organisation" or "the group"
// after a non-state organisation the paragraph just named means it, not
// a prosecutor's office or another state body named before; the quote
// after it follows.
func TestRound31EOrganisationAfterOffice(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "watchdog after a prosecutor's office", paras: []string{
			"Harbour tender case ends in suspended sentences",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Velmar District Chief Prosecutor's Office said in a statement that it "will read the written reasons before deciding on an appeal."`,
			`Open Ledger Watch Ostravia, which first flagged the harbour contract in 2021, welcomed the ruling. "Few cases of this kind ever reach a verdict," the organisation said. "Yet a suspended term sends the wrong signal."`,
		}, want: map[string]string{
			"Few cases of this kind ever reach a verdict":  "Open Ledger Watch Ostravia",
			"Yet a suspended term sends the wrong signal.": "Open Ledger Watch Ostravia",
		}},
		{name: "heritage group before a tribunal it names", paras: []string{
			"Cliff hotel permit stands",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Pro Korsa Verde, which fought the permit for three years, said it would take the case to the Land Use Appeals Board. "The permit should never have been signed," the group said in a statement.`,
		}, want: map[string]string{
			"The permit should never have been signed": "Pro Korsa Verde",
		}},
	})
}

// TestRound31EOneWordStateBody: "the <Head>" alone, capitalised, is the
// registry's "<Qualifier> <Head> of <Country>" listed with the alias
// "<Nationality> <Head>", when the copy names the country and no rule
// reads its home.
func TestRound31EOneWordStateBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norway", Kind: "place", Role: "Country", Aliases: []string{"Oslo"}},
		{Name: "Royal Exchequer of Norway", Kind: "organisation", Role: "Norway's royal finance office", Aliases: []string{"Norwegian Exchequer"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the one word after the country", reg: reg, paras: []string{
			"Storm damage: aid promised",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Rivers across western Norway rose through the night, and several villages were cut off by noon.`,
			`"Every family that lost its home will be paid within a month," the Exchequer said in a short note.`,
		}, want: map[string]string{"Every family that lost its home will be paid within a month": "Royal Exchequer of Norway"}},
	})
}

// TestRound31EClubNamed: "the club" in sports copy about one club the
// copy names ("<Place> HC", "<Place> FC") is that club.
func TestRound31EClubNamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the club after its name with a sport's suffix", paras: []string{
			"Coach out after losing run",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Kestrelby HC have dismissed head coach Torvald Lindqvist-Amund after the club's ninth straight league defeat.`,
			`In a statement, the club said that it "is grateful to Torvald for three seasons of commitment" and that an interim coach would be named on Friday.`,
		}, want: map[string]string{"is grateful to Torvald for three seasons of commitment": "Kestrelby HC"}},
	})
}
