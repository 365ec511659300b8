package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r44BodyformRegistry names the state bodies it lists "<Body> of
// <Country>", the convention a draft follows for the bodies it does not.
func r44BodyformRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Quessany", Role: "Country", Kind: "place", Aliases: []string{"Lorvaine"}},
		{Name: "Tembrook", Role: "Country", Kind: "place"},
		{Name: "Ministry of Trade of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Health of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Energy of Quessany", Kind: "organisation"},
		{Name: "Ministry of Fisheries and Coasts of Tembrook", Kind: "organisation"},
	}}
}

// TestR44StateBodiesNamedWithCountry: a state's body the registry does not
// list, named bare or through its country's possessive, is named as the
// registry names the state bodies it lists, "<Body> of <Country>": a
// court of cassation and a public prosecution (one per state), a "State
// <Field> Committee|Guard", a "<Field> Supervisory <Head>", a ministry
// owned by "the Government of <Country>"; and a letterhead's "<Country>
// <Body>" is the registry's entry for that body.
func TestR44StateBodiesNamedWithCountry(t *testing.T) {
	t.Parallel()
	reg := r44BodyformRegistry()
	head := []string{
		"Harbour licence case closes",
		"LORVAINE, Quessany — The long dispute over the harbour licences at Mereth ended on Tuesday with a final judgment.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a court of cassation named bare", reg: reg, paras: append(head,
			`The Court of Cassation said the lower courts had "weighed every ledger with care" before dismissing the appeal.`),
			want: map[string]string{"weighed every ledger with care": "Court of Cassation of Quessany"}},
		{name: "a public prosecution named bare", reg: reg, paras: append(head,
			`The Public Prosecution said the outcome "closes a chapter that began with one forged permit" at the port.`),
			want: map[string]string{"closes a chapter that began with one forged permit": "Public Prosecution of Quessany"}},
		{name: "a state guard after its country's possessive", reg: reg, paras: append(head,
			`Quessany's State Coast Guard said its patrols would "stay at sea until the nets are cleared" near Mereth.`),
			want: map[string]string{"stay at sea until the nets are cleared": "State Coast Guard of Quessany"}},
		{name: "a state committee after its country's possessive", reg: reg, paras: append(head,
			`Tembrook's State Customs Committee said the new checks would "add an hour at most" for loaded lorries.`),
			want: map[string]string{"add an hour at most": "State Customs Committee of Tembrook"}},
		{name: "a supervisory service named bare", reg: reg, paras: append(head,
			`The Financial Supervisory Service said two lenders to the harbour firms were "under close review" this quarter.`),
			want: map[string]string{"under close review": "Financial Supervisory Service of Quessany"}},
		{name: "a ministry owned by a country's government", reg: reg, paras: append(head,
			`The Federal Government of Tembrook's Ministry of Water said the ruling was "a matter for the courts of Quessany" alone.`),
			want: map[string]string{"a matter for the courts of Quessany": "Ministry of Water of Tembrook"}},
	})
}

// TestR44LetterheadRegistryForm: a release under its body's letterhead,
// "<Country> <Body> | <Other name>", whose copy speaks as "the <Head>", is
// the registry's body listed as "<Body> of <Country>".
func TestR44LetterheadRegistryForm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "letterhead in the country-first order", reg: r44BodyformRegistry(), paras: []string{
			"Tembrook Ministry of Fisheries and Coasts | Harbours Division",
			"Release: Minister's visit to the northern harbours",
			"Officials toured three harbours on Monday to review the annual catch and the state of the breakwaters.",
			`The Ministry said the two governments would "share their catch records every month" from next season.`,
		}, want: map[string]string{"share their catch records every month": "Ministry of Fisheries and Coasts of Tembrook"}},
	})
}
