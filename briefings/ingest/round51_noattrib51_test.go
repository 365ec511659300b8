package ingest_test

import "testing"

// TestRound51BareTitleAfterQuote covers an attribution in French or Spanish
// copy that, after the quote, names its speaker only by the title he was
// introduced with ("…», a insisté le ministre.", "…", afirmó el
// ministro."): the quote is the person just named with that title.
func TestRound51BareTitleAfterQuote(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "French: a past participle and the title alone",
			paras: []string{
				"Le port de Vellane ouvrira en mars",
				"La directrice du port, Odile Marcassin, a indiqué que les travaux sont presque achevés. « Nous serons prêts à recevoir les premières escales en mars », a-t-elle déclaré lors d'une visite de presse.",
				"Le ministre de l'Équipement, Jules Tebo-Lanvin, a pour sa part souligné que le port devait devenir « un moteur pour toute la région ». « Ce projet doit créer des emplois ici, à Vellane », a insisté le ministre.",
			},
			want: map[string]string{"Ce projet doit créer des emplois ici, à Vellane": "Jules Tebo-Lanvin"},
		},
		{
			name: "Spanish: a verb and the title alone",
			paras: []string{
				"El puerto de Vellana seguirá cerrado",
				"El ministro de Trabajo, Julián Marcassín Tebo, dijo al salir de la reunión que el gobierno buscará un acuerdo con los trabajadores del puerto.",
				"\"Esto no puede seguir así\", afirmó el ministro.",
			},
			want: map[string]string{"Esto no puede seguir así": "Julián Marcassín Tebo"},
		},
	})
}
