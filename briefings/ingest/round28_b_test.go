package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// keshiaVarniaRegistry names two invented countries and three state bodies,
// each with its state: a registry that follows the "<Body> of <Country>"
// convention, and lists none of the bodies the round's tests name.
func keshiaVarniaRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Keshia", Kind: "place"},
		{Name: "Varnia", Kind: "place"},
		{Name: "Ministry of Trade of Varnia", Role: "Varnian trade ministry", Kind: "organisation"},
		{Name: "Ministry of Energy of Varnia", Role: "Varnian energy ministry", Kind: "organisation"},
		{Name: "Ministry of Interior of Keshia", Role: "Keshian interior ministry", Kind: "organisation"},
	}}
}

// TestRound28OrganOfNamedBody: a registry that names the state bodies it
// lists "<Ministry> of <Field> of <Country>" keeps that convention when it
// also lists "<Secretariat> of the <Name>", an organ of another named body
// (a regional programme's secretariat) with no country to give: a state's
// ministry the article names bare is still named with its country.
func TestRound28OrganOfNamedBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Aliases: []string{"Port Vell"}},
		{Name: "Varnia", Kind: "place"},
		{Name: "Keshia", Kind: "place"},
		{Name: "Ministry of Trade of Varnia", Role: "Varnian trade ministry", Kind: "organisation"},
		{Name: "Ministry of Energy of Norland", Role: "Norland's energy ministry", Kind: "organisation"},
		{Name: "Ministry of Fisheries of Norland", Role: "Norland's fisheries ministry", Kind: "organisation"},
		{Name: "Secretariat of the Northern Reef Programme", Role: "regional programme's secretariat", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a bare ministry of the home country", reg: reg, paras: []string{
			"Clinic nurses to get back pay by March",
			"Nurses at three clinics in Keshia have gone unpaid since August, and their union said the strike would go on until the money arrived.",
			`In a statement on Friday, the Ministry of Health said it was "aware of the delays" and would pay the arrears "before the end of March."`,
		}, want: map[string]string{
			"aware of the delays":      "Ministry of Health of Keshia",
			"before the end of March.": "Ministry of Health of Keshia",
		}},
	})
}

// TestRound28RoyalDepartment: under the "<Body> of <Country>" convention, a
// monarchy's "Royal <Field> Department" the article names bare is the home
// country's, as a "National <Field> Agency" is; a royal society is not.
func TestRound28RoyalDepartment(t *testing.T) {
	t.Parallel()
	reg := keshiaVarniaRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a royal department", reg: reg, paras: []string{
			"Canal works to start after the rains",
			"Farmers in southern Keshia lost most of the rice crop to floods last year, and the canal has been promised for a decade.",
			`The Royal Forestry Department said the survey was "in its final stage."`,
		}, want: map[string]string{"in its final stage.": "Royal Forestry Department of Keshia"}},
		{name: "a royal society stays bare", reg: reg, paras: []string{
			"Canal works to start after the rains",
			"Farmers in southern Keshia lost most of the rice crop to floods last year, and the canal has been promised for a decade.",
			`The Royal Society of Engineers said the design was "sound but slow."`,
		}, want: map[string]string{"sound but slow.": "Royal Society of Engineers"}},
	})
}

// TestRound28FirmLegalForm: capitals that end in a firm's legal form
// ("<Place> <Word> <Word> Limited") are a firm's whole name, even where
// the article also names the place alone ("the <Place> River") and the
// reader took the capitals for a person's name: the place word is not cut.
func TestRound28FirmLegalForm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a firm named after a river", paras: []string{
			"Spill reaches the river",
			"A dam operated by Darro Valley Minerals Limited gave way on Monday near the Darro River bridge, officials said.",
			`Darro Valley Minerals Limited told reporters it "will pay for the clean-up" of the river.`,
		}, want: map[string]string{"will pay for the clean-up": "Darro Valley Minerals Limited"}},
		{name: "a firm of two words", paras: []string{
			"Spill reaches the river",
			"A dam operated by Orvane Limited gave way on Monday near the Orvane River bridge, officials said.",
			`Orvane Limited told reporters it "will pay for the clean-up" of the river.`,
		}, want: map[string]string{"will pay for the clean-up": "Orvane Limited"}},
	})
}

// TestRound28HeaderZone: an article that names no country but stamps its
// header with a clock time in a zone one country alone keeps ("09:15
// <ZONE>") is that country's: a body named bare is the registry's body
// of that country, not another country's of the same field.
func TestRound28HeaderZone(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Japan", Kind: "place"},
		{Name: "Lebanon", Kind: "place"},
		{Name: "Ministry of the Environment of Japan", Kind: "organisation", Aliases: []string{"Japanese Ministry of the Environment"}},
		{Name: "Ministry of Environment of Lebanon", Kind: "organisation", Aliases: []string{"Lebanese Ministry of Environment"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a zone after the clock time", reg: reg, paras: []string{
			"Town council votes out its mayor over floods",
			"By KENTA ORIMO/ Staff Writer",
			"March 3, 2027 at 09:15 JST",
			"KAMEDA, Oru Prefecture--The town council here voted on Tuesday to remove the mayor after floods cut the valley road twice this winter.",
			`The Environment Ministry said in February that rainfall in the prefecture was the "heaviest in decades."`,
		}, want: map[string]string{"heaviest in decades.": "Ministry of the Environment of Japan"}},
	})
}

// TestRound28FieldFirstMinistry: under the "<Body> of <Country>" convention,
// "<Country>'s <Field> and <Field> Ministry", a ministry named with its field
// first, is named in the convention's order, "Ministry of <Field> and
// <Field> of <Country>"; "the <Country>'s Foreign Ministry" takes "Affairs".
func TestRound28FieldFirstMinistry(t *testing.T) {
	t.Parallel()
	reg := keshiaVarniaRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "fields joined by and", reg: reg, paras: []string{
			"Varnia to sell Keshia spare grain",
			"Varnia will ship forty thousand tonnes of wheat across the border before the winter, officials in both capitals said on Monday.",
			`Keshia's Farming and Fisheries Ministry said in a statement that the grain would "ease the shortage in the north."`,
		}, want: map[string]string{"ease the shortage in the north.": "Ministry of Farming and Fisheries of Keshia"}},
		{name: "an adjectival field", reg: reg, paras: []string{
			"Varnia to sell Keshia spare grain",
			"Varnia will ship forty thousand tonnes of wheat across the border before the winter, officials in both capitals said on Monday.",
			`Keshia's Foreign Ministry said in a statement that the deal was "a sign of good faith."`,
		}, want: map[string]string{"a sign of good faith.": "Ministry of Foreign Affairs of Keshia"}},
	})
}

// TestRound28NationalGovernment: "the national government", "the central
// government" is the state's own government, as "the government" is: the
// country speaks when the registry lists no government of it.
func TestRound28NationalGovernment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Keshia", Kind: "place"},
		{Name: "Varnia", Kind: "place"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the national government", reg: reg, paras: []string{
			"Island assembly asks for water tests near the base",
			"The assembly of an island prefecture in southern Keshia voted on Friday to ask for tests of wells near a foreign air base.",
			`The national government said the request was "a matter for talks with the other side."`,
		}, want: map[string]string{"a matter for talks with the other side.": "Keshia"}},
		{name: "the central government", reg: reg, paras: []string{
			"Island assembly asks for water tests near the base",
			"The assembly of an island prefecture in southern Keshia voted on Friday to ask for tests of wells near a foreign air base.",
			`The central government said the request was "a matter for talks with the other side."`,
		}, want: map[string]string{"a matter for talks with the other side.": "Keshia"}},
	})
}

// TestRound28ElectoralBody: under the "<Body> of <Country>" convention, the
// body that runs a state's elections ("the Electoral <Head>") named bare is
// the home country's, as a regulator is; an electoral committee (a
// party's) is not named so.
func TestRound28ElectoralBody(t *testing.T) {
	t.Parallel()
	reg := keshiaVarniaRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an electoral office", reg: reg, paras: []string{
			"Count runs late on the islands",
			"Voters in Keshia waited until past midnight for the first results of the snap election, observers said.",
			`The Electoral Office told reporters on Sunday that it had put "care before haste" in the count.`,
		}, want: map[string]string{"care before haste": "Electoral Office of Keshia"}},
		{name: "an electoral committee stays bare", reg: reg, paras: []string{
			"Count runs late on the islands",
			"Voters in Keshia waited until past midnight for the first results of the snap election, observers said.",
			`The Electoral Committee told reporters on Sunday that it had put "care before haste" in the count.`,
		}, want: map[string]string{"care before haste": "Electoral Committee"}},
	})
}
