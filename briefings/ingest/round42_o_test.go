package ingest_test

import "testing"

// TestRound42oCantonalGovernment: "the <Canton> cantonal government" speaks
// for the canton, named "Canton of <Canton>".
func TestRound42oCantonalGovernment(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "canton's executive by the adjective",
		paras: []string{"Lake ferry timetable cut for the winter\n\n" +
			"LUCERNE, Oct 4 (SDA) - Ferries on the lake will run every two hours instead of every hour from November, the shipping company said on Friday.\n\n" +
			"The Lucerne cantonal government said it would \"look again at the subsidy in spring\" once passenger figures were in.\n\n" +
			"Lakeside hoteliers called the cut short-sighted."},
		want: map[string]string{
			"look again at the subsidy in spring": "Canton of Lucerne",
		},
	}})
}

// TestRound42oCountysDepartment: "<Name> County's Department of <Field>"
// is the county's "<Name> County Department of <Field>".
func TestRound42oCountysDepartment(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "county's department by possessive",
		paras: []string{"Market stall fees to double\n\n" +
			"Traders at the open-air market in Kisumu will pay twice as much for a stall from January.\n\n" +
			"Kisumu County's Department of Trade and Markets said the rise would \"pay for roofs and drains the market has waited years for\".\n\n" +
			"Traders said they would challenge the fees."},
		want: map[string]string{
			"pay for roofs and drains the market has waited years for": "Kisumu County Department of Trade and Markets",
		},
	}})
}

// TestRound42oFieldAfterHeadOf: "a spokesperson for the <Place> <Head> of
// <Field> <Field>" whose field opens with a word that is a given name
// elsewhere: the field is the body's, no person's name.
func TestRound42oFieldAfterHeadOf(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "spokesperson for a state department of a field",
		paras: []string{"Court upholds elver permit system\n\n" +
			"A state judge on Monday upheld the permit system for elver fishing in the rivers.\n\n" +
			"A spokesperson for the Vermont Department of Marine Fisheries said the department was \u201cpleased the court saw the point\u201d of the system.\n\n" +
			"Fishers said they would appeal."},
		want: map[string]string{
			"pleased the court saw the point": "Vermont Department of Marine Fisheries",
		},
	}})
}

// TestRound42oClippedName: "the <Clipped> <Head>" after the article named
// "<Nation> <Word> <Head>", the clipping the start of the word: the body
// named in full.
func TestRound42oClippedName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "met service for the meteorological service",
		paras: []string{"Heavy rain warning for Upolu\n\n" +
			"The Samoa Meteorological Service on Tuesday issued a heavy rain warning for Upolu through to Thursday morning.\n\n" +
			"\u201cRivers on the eastern side of the island could break their banks by nightfall,\u201d the Met Service said in its morning bulletin.\n\n" +
			"Schools in Falealili closed early."},
		want: map[string]string{
			"Rivers on the eastern side of the island could break their banks by nightfall": "Samoa Meteorological Service",
		},
	}})
}
