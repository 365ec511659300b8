package ingest_test

import "testing"

// TestRound25SurnameNamedInFullInAQuote: a person the article calls by
// an honorific and a hyphenated surname ("Mr <Surname-Surname>") whom a
// quoted statement earlier named in full is the person named in full.
func TestRound25SurnameNamedInFullInAQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister named in full only inside a union's statement", paras: []string{
			"Union gives ministry a deadline over fares",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`In a statement signed by its President, Comrade Kelechi Obi, the union said:`,
			`"We recall that the Honourable Minister of Transport, Mr Emeka Nwosu-Adeleke, promised that fares would not rise this year. They have risen twice."`,
			`Reacting, the Minister of Transport, Mr Nwosu-Adeleke, said the review was "a matter for the regulator."`,
		}, want: map[string]string{"a matter for the regulator.": "Emeka Nwosu-Adeleke"}},
	})
}
