package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound37cRomanceDateLabels: a French, Spanish, Portuguese or Italian
// page's date line led by a publication label and its article ("Publié le
// <d> <month> <yyyy>", "Publicado el <weekday> <d> de <month> de <yyyy>"),
// with the byline under it joined to its end ("… <yyyy> Par <Given>
// <SURNAME>"), or after the outlet's name and a dash ("<Outlet> - <d>
// <month> <yyyy>"). A sentence that merely holds a date is none.
func TestRound37cRomanceDateLabels(t *testing.T) {
	t.Parallel()
	const body = "\n\nLa régie des eaux de Kerbrune a relevé son tarif pour la saison sèche.\n\n" +
		"« Les réservoirs sont au tiers de leur niveau », a déclaré sa directrice, Ilse Marrow-Tadesse.\n\n" +
		"Le nouveau tarif court jusqu'aux pluies."
	for _, tc := range []struct{ name, text, date string }{
		{"a French publication label",
			"Le tarif de l'eau augmente\n\nPar Odile FERMAND\nPublié le 07 mars 2026" + body, "2026-03-07"},
		{"a French label and weekday over a byline",
			"Le tarif de l'eau augmente\n\nPublié le jeudi 12 mars 2026\nPar Odile FERMAND" + body, "2026-03-12"},
		{"a Spanish label and weekday",
			"Sube la tarifa del agua\n\nPublicado el martes 3 de marzo de 2026" + body, "2026-03-03"},
		{"an outlet's name, a dash and the date",
			"Le tarif de l'eau augmente\n\nKerbrune Matin - 14 avril 2026" + body, "2026-04-14"},
		{"a sentence holding a date",
			"Le tarif de l'eau augmente\n\nIl a voté le 3 mars 2026" + body, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}

// TestRound37cFrenchAttributionForms: more French attributions after a
// quote read as the English rules' "said": "a soutenu <Name>", an object
// pronoun before the inverted verb ("nous a-t-il confié", "lui a-t-elle
// dit"), and a body's statement as the subject ("précise le communiqué",
// "indique le texte", "selon le compte rendu"), which is "said the
// statement": the body that issued it.
func TestRound37cFrenchAttributionForms(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "participle, object pronoun and statement subjects",
		paras: []string{"Kerbrune : la coopérative laitière suspend ses livraisons\n\n" +
			"La coopérative laitière de Kerbrune a suspendu lundi ses livraisons aux écoles de la commune.\n\n" +
			"La société Laiteries Vanbrune SA, qui livre la commune, demande l'aide du département. « Nos camions ne peuvent plus circuler sur la route du col », précise le communiqué.\n\n" +
			"Le maire, Anselme Dervaux-Ngata, a promis des travaux. « La route sera réparée avant l'hiver », a soutenu Anselme Dervaux-Ngata.\n\n" +
			"Les écoles attendront. « Les livraisons reprendront au printemps », selon le communiqué.\n\n" +
			"Au volant depuis vingt ans, le chauffeur Yannick Obrecht-Sall hausse les épaules. « On nous promet cette route depuis dix ans », nous a-t-il confié.\n\n" +
			"Les écoles serviront du lait en poudre en attendant."},
		want: map[string]string{
			"Nos camions ne peuvent plus circuler sur la route du col": "Laiteries Vanbrune SA",
			"Les livraisons reprendront au printemps":                  "Laiteries Vanbrune SA",
			"La route sera réparée avant l'hiver":                      "Anselme Dervaux-Ngata",
			"On nous promet cette route depuis dix ans":                "Yannick Obrecht-Sall",
		},
	}})
}

// TestRound37cBoxSignatureWithNoun: a quotes box signs a member of the
// public after a dash with the name and what they are, in lower case,
// after a comma ("“<words>” — <Given> <Surname>, <noun> <noun>"); a
// rule drawn in text under the box's last line ("---") is not part of
// the signature.
func TestRound37cBoxSignatureWithNoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "name and a lower-case noun after a dash",
		paras: []string{"Harbour crane fails before ferry season\n\n" +
			"The harbour crane at Port Elvane broke down on Monday, a week before the ferry season opens.\n\n" +
			"The harbour board said repairs would take a month.\n\n" +
			"VOICES FROM THE QUAY\n\n" +
			"\"We lifted boats by hand before.\"\n— Tormod Ekheim-Sala, net mender\n\n" +
			"\"The ferry cannot wait a month.\"\n— Liesl Varga-Omondi, ferry passenger\n---"},
		want: map[string]string{
			"We lifted boats by hand before.": "Tormod Ekheim-Sala",
			"The ferry cannot wait a month.":  "Liesl Varga-Omondi",
		},
	}})
}

// TestRound37cTitledAnswerLabel: a Q&A transcript labels each answer with
// the speaker's title alone ("<Title>: “<words>”") under a question
// labelled with the asking outlet, the speaker introduced with that title
// before: the quote is theirs.
func TestRound37cTitledAnswerLabel(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "answers under the title alone",
		paras: []string{"FULL TEXT: Port board delays dredging\n\n" +
			"The Tessaly Harbour Board (THB) on Wednesday put off the dredging of its outer channel until June.\n\n" +
			"Chairman of the THB, Bexley Ond-Murrin, gave the news at the Quay House in Keldra. He said, “The dredger is still at work in the south.”\n\n" +
			"Below is a record of the reporters' questions and his replies.\n\n" +
			"Question (Keldra Radio): Ships sit at anchor for days. What do you tell the captains?\n\n" +
			"Chairman: “Every agent has had our letter, and the pilots will take ships in at night. No one loses a berth.”\n\n" +
			"Question (Coast Ledger): Will the port dues rise to pay for it?\n\n" +
			"Chairman: “Not this year. The board settled that last week.”"},
		want: map[string]string{
			"Every agent has had our letter, and the pilots will take ships in at night. No one loses a berth.": "Bexley Ond-Murrin",
			"Not this year. The board settled that last week.":                                                  "Bexley Ond-Murrin",
		},
	}})
}

// TestRound37cJointStatementSigners: a joint statement no meeting body
// adopts, "signed by <Body A> and <Body B>", speaks for its first-named
// party, and "the document" after it goes on in that voice.
func TestRound37cJointStatementSigners(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "signed by two ministries",
		paras: []string{"Tessaly and Marrow settle bridge tolls\n\n" +
			"KELDRA, 9 April 2026. Tessaly and Marrow on Friday agreed how to share the tolls of the Ardle bridge, after two days of talks in Keldra.\n\n" +
			"The joint statement, signed by the Ministry of Roads of Tessaly and the Ministry of Transport of Marrow, reads: \"The Parties will divide the bridge tolls by the traffic from each bank.\"\n\n" +
			"\"The Parties will count the traffic again every second summer,\" the document says.\n\n" +
			"Hauliers on the Marrow side asked for a discount for lorries."},
		want: map[string]string{
			"The Parties will divide the bridge tolls by the traffic from each bank.": "Ministry of Roads of Tessaly",
			"The Parties will count the traffic again every second summer":            "Ministry of Roads of Tessaly",
		},
	}})
}

// TestRound37cBodyLineOverText: a body's text printed in quotes under a
// line naming the body alone, perhaps after the document's noun and a
// dash ("READOUT — <Body>"), is the body's.
func TestRound37cBodyLineOverText(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a readout under its issuer's line",
		paras: []string{"Tessaly to buy grain from Marrow\n\n" +
			"The premier of Tessaly received the agriculture minister of Marrow in Keldra on Friday. The readout her office issued is printed in full here; reactions follow it.\n\n" +
			"READOUT — Premier Office of Tessaly\n\n" +
			"\"The Premier hosted the Agriculture Minister of Marrow in Keldra today.\n\n" +
			"\"The two sides agreed that Tessaly will buy forty thousand tonnes of Marrow barley this year.\"\n\n" +
			"(end of readout)\n\n" +
			"Brewers in Keldra said the barley would be welcome."},
		want: map[string]string{
			"The Premier hosted the Agriculture Minister of Marrow in Keldra today. The two sides agreed that Tessaly will buy forty thousand tonnes of Marrow barley this year.": "Premier Office of Tessaly",
		},
	}})
}
