package ingest_test

import "testing"

// TestRound38dSpanishAttributions: Spanish copy's attribution after a
// quote — "<verb> <Name>", "<verb> el <title> <Surname>", the verb alone
// closing the sentence (the pronoun dropped) and "Según <Name>, …" — is
// read as the English forms are.
func TestRound38dSpanishAttributions(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "verb, titled surname, bare verb",
		paras: []string{"El puerto de Tumaco amplía su muelle pesquero\n\n" +
			"El puerto de Tumaco comenzó el lunes las obras de ampliación del muelle pesquero, que según los armadores llevaba una década esperando una inversión de esta magnitud para los barcos de la región.\n\n" +
			"La alcaldesa Yolanda Quiñones Arboleda visitó la obra con los pescadores. Octavio Mosquera Rentería, capitán del puerto, explicó el calendario de las obras.\n\n" +
			"\"El muelle estará listo antes de la temporada de lluvias\", explicó Quiñones.\n\n" +
			"\"Nadie va a perder su puesto de venta durante las obras\", aseguró el capitán Mosquera. \"Los barcos pequeños tendrán un embarcadero provisional\", añadió.\n\n" +
			"Las obras costarán unos 40.000 millones de pesos."},
		want: map[string]string{
			"El muelle estará listo antes de la temporada de lluvias": "Yolanda Quiñones Arboleda",
			"Nadie va a perder su puesto de venta durante las obras":  "Octavio Mosquera Rentería",
			"Los barcos pequeños tendrán un embarcadero provisional":  "Octavio Mosquera Rentería",
		},
	}})
}

// TestRound38dPortugueseAttributions: Portuguese "<verb> <Surname>" and
// "<verb> ela" after a quote.
func TestRound38dPortugueseAttributions(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "verb and surname, verb and pronoun",
		paras: []string{"Hospital de Itabuna reabre ala pediátrica\n\n" +
			"O hospital regional de Itabuna reabriu nesta terça-feira a ala pediátrica, fechada desde março para uma reforma que não estava prevista no orçamento do estado.\n\n" +
			"A diretora Marta Vasconcelos Teixeira recebeu as primeiras famílias com o secretário Joaquim Barreto Lins.\n\n" +
			"“Temos agora trinta leitos e uma equipe completa”, afirmou Vasconcelos.\n\n" +
			"“As famílias não vão mais precisar viajar até Salvador”, disse ela.\n\n" +
			"A reforma custou R$ 12 milhões."},
		want: map[string]string{
			"Temos agora trinta leitos e uma equipe completa":       "Marta Vasconcelos Teixeira",
			"As famílias não vão mais precisar viajar até Salvador": "Marta Vasconcelos Teixeira",
		},
	}})
}

// TestRound38dGermanAttributions: German "<verb> <Name>" (the verb before
// its subject), "so <Surname>" and "<verb> sie" after a quote in „ “
// marks.
func TestRound38dGermanAttributions(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "verb-second, so, pronoun",
		paras: []string{"Fähre über die Weser fährt wieder\n\n" +
			"Die Fähre zwischen Brake und Sandstedt fährt nach drei Wochen Pause wieder, weil die Reparatur der Rampe früher fertig geworden ist als geplant. Pendler und Schüler müssen nicht mehr über die Brücke in Bremerhaven ausweichen.\n\n" +
			"„Wir sind froh, dass die Pendler wieder übersetzen können“, sagte Henrike Stolzenberg am Montag. Die Bürgermeisterin kam mit der ersten Fähre.\n\n" +
			"„Die Rampe hält jetzt weitere zwanzig Jahre“, so Stolzenberg. „Das Geld kommt vom Land“, betonte sie.\n\n" +
			"Die Fähre fährt im Halbstundentakt."},
		want: map[string]string{
			"Wir sind froh, dass die Pendler wieder übersetzen können": "Henrike Stolzenberg",
			"Die Rampe hält jetzt weitere zwanzig Jahre":               "Henrike Stolzenberg",
			"Das Geld kommt vom Land":                                  "Henrike Stolzenberg",
		},
	}})
}

// TestRound38dAccordingToOpening: "Según <Name>, …" and "Segundo <Name>,
// …" opening a sentence are "According to <Name>, …": the name is a
// source, not a speaker called "Según".
func TestRound38dAccordingToOpening(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "Spanish según",
		paras: []string{"Cierran la mina de Zaruma por filtraciones\n\n" +
			"Las autoridades de Zaruma cerraron el martes la mina del cerro Ducos después de que los técnicos detectaran filtraciones de agua en dos galerías, según informó la agencia de regulación minera del país.\n\n" +
			"El ingeniero Patricio Loaiza Bermeo dirigió la inspección de las galerías durante tres días.\n\n" +
			"Según Loaiza, \"las galerías del nivel cuatro no aguantan otra temporada de lluvias\".\n\n" +
			"La mina empleaba a unos 200 trabajadores."},
		want: map[string]string{
			"las galerías del nivel cuatro no aguantan otra temporada de lluvias": "Patricio Loaiza Bermeo",
		},
	}})
}

// TestRound38dVerbBeforeQuote: "<Name> <verb>: “<words>”" in Spanish,
// Portuguese or German copy is "<Name> said: …".
func TestRound38dVerbBeforeQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "German verb before a colon",
		paras: []string{"Neue Buslinie für Wörth\n\n" +
			"Die Stadt Wörth bekommt ab Dezember eine neue Buslinie, die das Gewerbegebiet mit dem Bahnhof verbindet. Der Kreistag hat die Kosten für die ersten zwei Jahre übernommen, die Fahrgäste zahlen den üblichen Tarif.\n\n" +
			"Der stellvertretende Landrat Eberhard Quandtmeier erklärte: „Wer im Gewerbegebiet arbeitet, braucht kein Auto mehr.“\n\n" +
			"Die Busse fahren alle zwanzig Minuten."},
		want: map[string]string{
			"Wer im Gewerbegebiet arbeitet, braucht kein Auto mehr.": "Eberhard Quandtmeier",
		},
	}, {
		name: "Spanish verb before a colon",
		paras: []string{"Reabren el mercado de Cotacachi\n\n" +
			"El mercado municipal de Cotacachi reabrió el viernes después de seis meses de obras en la cubierta, con los puestos de artesanía en la planta baja y los de comida en la terraza.\n\n" +
			"Tras recorrer los puestos con los comerciantes, el concejal Ramiro Tapia Guzmán afirmó: “Ningún comerciante pagará arriendo por los meses de cierre”.\n\n" +
			"El mercado abre de lunes a sábado."},
		want: map[string]string{
			"Ningún comerciante pagará arriendo por los meses de cierre": "Ramiro Tapia Guzmán",
		},
	}})
}

// TestRound38dPossessiveTitleThenName: "<verb> su <title>, <Name>" (and
// Portuguese "seu", German "ihr") after a quote is "said <Name>".
func TestRound38dPossessiveTitleThenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "Spanish su <title>, <Name>",
		paras: []string{"Los cacaoteros de Quevedo piden crédito\n\n" +
			"La asociación de cacaoteros de Quevedo pidió el jueves una línea de crédito para renovar las plantaciones más viejas de la provincia, después de dos cosechas malas por la sequía y por las plagas.\n\n" +
			"\"Sin árboles nuevos no habrá cacao dentro de cinco años\", dijo su presidente, Teodoro Salvatierra Mendieta.\n\n" +
			"El Gobierno estudiará la propuesta."},
		want: map[string]string{
			"Sin árboles nuevos no habrá cacao dentro de cinco años": "Teodoro Salvatierra Mendieta",
		},
	}})
}

// TestRound38dSloveneAttributions: Slovene "je <participle> <title>
// <Name>" after a quote ("je po <noun> <participle> …" too) is "said
// <Name>", "je <participle>" alone "he said" ("-la": "she said").
func TestRound38dSloveneAttributions(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "je <participle> <title> <Name>, then alone",
		paras: []string{"Občina bo obnovila most čez Krko\n\n" +
			"Občina Kostanjevica bo do poletja obnovila leseni most čez Krko, ki je zaradi dotrajanih pilotov zaprt že od pomladi. Dela bodo stala 1,2 milijona evrov, denar za obnovo pa bosta prispevali občina in država.\n\n" +
			"\"Most bo odprt pred začetkom poletne sezone,\" je po seji dejala županja Irena Vodopivec Kastelic.\n\n" +
			"\"Za pešce bomo uredili začasno brv,\" je dodala.\n\n" +
			"Most je bil zgrajen leta 1932."},
		want: map[string]string{
			"Most bo odprt pred začetkom poletne sezone": "Irena Vodopivec Kastelic",
			"Za pešce bomo uredili začasno brv":          "Irena Vodopivec Kastelic",
		},
	}})
}
