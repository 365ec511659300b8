package ingest_test

import "testing"

// TestRound42mFirmTakenForPerson: "<Name> <Trade> said …. “…,” the
// company said" — the capitals the reader took for a person's name are a
// firm the article also writes with its legal form ("<Name> <Trade>
// Limited", "<Name> <Trade> (Pvt) Ltd"), which "the company" calls back;
// the firm's name in full when the cast holds it.
func TestRound42mFirmTakenForPerson(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "full name with Limited given before",
		paras: []string{"Quarry blast cracks homes in hillside village\n\n" +
			"Residents of Mbereshi said on Tuesday that blasting at a nearby quarry had cracked the walls of at least a dozen houses.\n\n" +
			"The district commissioner said the operator, Lusenga Stone Crushing Limited, had been told to halt blasting until an inspection.\n\n" +
			"Lusenga Stone Crushing said its charges were within the permitted limits.\n\n" +
			"\"Every blast is logged and measured, and we will share those records with the inspectors,\" the company said.\n\n" +
			"Villagers plan a meeting on Friday."},
		want: map[string]string{
			"Every blast is logged and measured, and we will share those records with the inspectors": "Lusenga Stone Crushing Limited",
		},
	}, {
		name: "legal form only inside a quote",
		paras: []string{"Clerk charged over school furniture order\n\n" +
			"A district education clerk appeared in court yesterday over a furniture order worth US$80 000.\n\n" +
			"\"The accused steered the order to Ndabezinhle Timber Works (Pvt) Ltd, which his cousin runs,\" prosecutor Lwazi Moyo said.\n\n" +
			"Ndabezinhle Timber Works said it had delivered every desk it was paid for.\n\n" +
			"\"We built those desks by hand and the schools have them,\" the company said.\n\n" +
			"The case continues next month."},
		want: map[string]string{
			"We built those desks by hand and the schools have them": "Ndabezinhle Timber Works",
		},
	}})
}
