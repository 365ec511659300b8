package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// round31bRegistry lists countries with their capitals and state bodies
// named "<Body> of <Country>", the convention the draft follows.
func round31bRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Quessany", Role: "Country", Kind: "place", Aliases: []string{"Lorvaine"}},
		{Name: "Tembrook", Role: "Country", Kind: "place"},
		{Name: "Ministry of Trade of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Health of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Energy of Quessany", Kind: "organisation"},
	}}
}

// TestRound31CountrysOwnBody: a country (or its capital) that speaks "in a
// statement issued by its <Body>" or "by its <field> ministry" speaks
// through that body, named "<Body> of <Country>".
func TestRound31CountrysOwnBody(t *testing.T) {
	t.Parallel()
	head := []string{
		"Tembrook and Quessany at odds over seized dredger",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	reg := round31bRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "capital, aside naming the body", reg: reg, paras: append(head,
			`Lorvaine, in a statement issued by its Ministry of Foreign Affairs late on Monday, said the dredger's seizure was "an ordinary customs check" and nothing more.`),
			want: map[string]string{"an ordinary customs check": "Ministry of Foreign Affairs of Quessany"}},
		{name: "country, lower-case ministry after the verb", reg: reg, paras: append(head,
			`Quessany, for its part, said in a statement by its foreign ministry that the crew would be "released within the week" once papers were checked.`),
			want: map[string]string{"released within the week": "Ministry of Foreign Affairs of Quessany"}},
		{name: "country speaking on its own", reg: reg, paras: append(head,
			`Quessany said on Monday that the crew would be "released within the week" once papers were checked.`),
			want: map[string]string{"released within the week": "Quessany"}},
	})
}

// TestRound31DescribedBody: the kind words copy puts around a body's own
// name ("NGO <Name>", "<Name> <kind> federation") are not part of the
// name the draft gives; a nationality with a kind ("<Nationality> rights
// group") is no name to cut down to.
func TestRound31DescribedBody(t *testing.T) {
	t.Parallel()
	head := []string{
		"Dockers defy injunction at river port",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "kind words after the name", paras: append(head,
			`The Pelvorin labor federation, which backed the dockers, said it would "take the sale to every court" available to it.`),
			want: map[string]string{"take the sale to every court": "Pelvorin"}},
		{name: "NGO before the name", paras: append(head,
			`The NGO Tarsekka said the ruling showed "how little the port authority answers to anyone" in the town.`),
			want: map[string]string{"how little the port authority answers to anyone": "Tarsekka"}},
		{name: "NGO before an acronym", paras: append(head,
			`NGO KRAVA said the ruling showed "how little the port authority answers to anyone" in the town.`),
			want: map[string]string{"how little the port authority answers to anyone": "KRAVA"}},
	})
}
