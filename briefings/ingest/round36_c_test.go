package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound36cRomanceDateFields: a French, Spanish, Portuguese or Italian
// page's date line set among its furniture with bars ("<Section> |
// <weekday> <d> <month> <yyyy> | <By> <Name>") or after the place it is
// dated from under the outlet's name ("<OUTLET> <Place>, <d> de <month> de
// <yyyy> | <Section>"). A bar-separated line holding a sentence is none.
func TestRound36cRomanceDateFields(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe island's water board raised its tariff for the dry season on Monday.\n\n" +
		"\"The reservoirs are at a third of their level,\" board chair Ilse Marrow-Tadesse said.\n\n" +
		"The new tariff runs until the rains."
	for _, tc := range []struct{ name, text, date string }{
		{"a French section, weekday date and byline",
			"Water tariff rises\n\nSociété | Mardi 3 mars 2026 | Par Odile Fermand-Koa" + body, "2026-03-03"},
		{"an Italian date between a section and a place",
			"Water tariff rises\n\nCronaca | giovedì 9 aprile 2026 | Valbruna" + body, "2026-04-09"},
		{"a Portuguese place and date under the outlet's name",
			"Water tariff rises\n\nGAZETA DO PORTO\nVila Serrana, 4 de março de 2026 | Sociedade" + body, "2026-03-04"},
		{"a Spanish place and date with no bars",
			"Water tariff rises\n\nDiario Norte\nPuerto Almira, 17 de mayo de 2026" + body, "2026-05-17"},
		{"a bar-separated line holding a sentence",
			"Water tariff rises\n\nSociété | Le conseil votera le 3 mars 2026 sur le tarif." + body, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}

// TestRound36cFrenchSpeechVerbs: French copy attributes a quote with a
// verb after it, inverted with a subject pronoun ("“<words>,”
// <verb>-t-il", "« <words> », a-t-elle <participle>") or before the
// speaker's name ("« <words> », a <participle> <Name>"): read as "he
// said", "she said", "said <Name>".
func TestRound36cFrenchSpeechVerbs(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "inverted pronoun and noun subjects",
		paras: []string{"Saint-Aubin : les maraîchers attendent leur marché couvert\n\n" +
			"Les maraîchers de Saint-Aubin attendent toujours le marché couvert promis il y a trois ans.\n\n" +
			"Le président de la coopérative maraîchère, Gérald Fontenoy-Mbeki, a dénoncé mardi le retard du chantier.\n\n" +
			"“Nous vendons sous la pluie depuis trois hivers,” regrette-t-il.\n\n" +
			"Sa sœur, Colette Fontenoy-Mbeki, tient un étal de légumes. “Les clients ne viennent plus quand il pleut,” confie-t-elle.\n\n" +
			"« Le chantier reprendra au printemps », a assuré Bertrand Okonjo-Lacaze, maire de Saint-Aubin.\n\n" +
			"Julien Ravoninahitra, conseiller municipal, fait ses comptes. « Et la toiture, qui la paiera ? », s'inquiète-t-il.\n\n" +
			"Selon Okonjo-Lacaze, les étals se vident l'hiver. « Il faut un toit avant novembre. »\n\n" +
			"Un client, qui n'a pas donné son nom, hausse les épaules. « Je reviendrai en été », glisse-t-il.\n\n" +
			"Les maraîchers comptent se réunir en mars."},
		want: map[string]string{
			"Et la toiture, qui la paiera ?":                 "Julien Ravoninahitra",
			"Il faut un toit avant novembre.":                "Bertrand Okonjo-Lacaze",
			"Je reviendrai en été":                           "unknown",
			"Nous vendons sous la pluie depuis trois hivers": "Gérald Fontenoy-Mbeki",
			"Les clients ne viennent plus quand il pleut":    "Colette Fontenoy-Mbeki",
			"Le chantier reprendra au printemps":             "Bertrand Okonjo-Lacaze",
		},
	}})
}

// TestRound36cBoxSignatureWithAge: a quotes box signs a member of the
// public after a dash with a role in lower case, the name and the age
// ("“<words>” — <role> <Given> <Surname>, <age>"): the quote is theirs.
func TestRound36cBoxSignatureWithAge(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "lower-case role, name and age after a dash",
		paras: []string{"Harbour crane fails before ferry season\n\n" +
			"The harbour crane at Port Elvane broke down on Monday, a week before the ferry season opens.\n\n" +
			"The harbour board said repairs would take a month.\n\n" +
			"VOICES FROM THE QUAY\n\n" +
			"\"Send us the parts and a calm week.\" — Harbour Master Ruben Oyelowo\n\n" +
			"\"Twenty years on this quay and never a week like this.\" — skipper Tormod Ekheim-Sala, 68"},
		want: map[string]string{
			"Twenty years on this quay and never a week like this.": "Tormod Ekheim-Sala",
		},
	}})
}

// TestRound36cFrenchSelonInQuote: "Selon <Name>, …" opening a sentence
// inside a quote is the speaker's own words, which the French rewrite
// leaves as they are.
func TestRound36cFrenchSelonInQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "Selon inside a quote",
		paras: []string{"Bellerive : la piscine fermera en août\n\n" +
			"La piscine municipale de Bellerive fermera tout le mois d'août pour des travaux dans les vestiaires.\n\n" +
			"« Les vestiaires datent de 1975. Selon Veolux, la chaudière ne passera pas l'hiver », a expliqué Mireille Abadie-Touré, adjointe aux sports.\n\n" +
			"Les nageurs iront à la piscine voisine pendant les travaux."},
		want: map[string]string{
			"Les vestiaires datent de 1975. Selon Veolux, la chaudière ne passera pas l'hiver": "Mireille Abadie-Touré",
		},
	}})
}
