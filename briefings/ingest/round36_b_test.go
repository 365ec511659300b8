package ingest_test

import (
	"testing"
)

// TestRound36bParticleAcronym: a body named by its acronym before the copy
// spells it out, where the full name joins its capitals with a Romance
// particle ("<First> de <Second> de <Third> (<FST>)") or keeps the
// particle's letter in lower case ("<First> <Second> d'<Third>
// (<FS>d<T>)"): the acronym is the body by its full name.
func TestRound36bParticleAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "particle between capitals",
		paras: []string{"Dock workers walk out at Port Velden\n\n" +
			"The FTV union says the offer is \"an insult\"; the port authority calls the strike \"premature\"\n\n" +
			"The Federació de Treballadors de Velden (FTV) called a one-day strike at the container terminal on Monday.\n\n" +
			"FTV secretary Pau Ribera said wages had not risen in four years. \"We have waited long enough,\" Ribera said.\n\n" +
			"The terminal handles 40 ships a week."},
		want: map[string]string{
			"an insult": "Federació de Treballadors de Velden",
		},
	}, {
		name: "particle's letter kept in the acronym",
		paras: []string{"Lift staff strike at Serrat resort\n\n" +
			"The CLdO union says the offer is \"an insult\"; the resort calls the strike \"premature\"\n\n" +
			"The Confederació Laboral d'Ordino (CLdO) called a one-day strike at the resort on Monday.\n\n" +
			"CLdO secretary Pau Ribera said wages had not risen in four years. \"We have waited long enough,\" Ribera said.\n\n" +
			"The resort employs 300 people."},
		want: map[string]string{
			"an insult": "Confederació Laboral d'Ordino",
		},
	}})
}
