package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound47BodyForms2: a body named in the wrong form. A heading's "the
// <Head> Meeting" (a body's head word before the word for one of its
// sittings) is the sitting, not a body "the <Head>" may mean later; "the
// Board of Directors of <Body>" speaks for the body even when the body is
// met first there; and a joint subject "<Body> and the <Head> of …" is
// given to the first named body, not kept whole as one name. Near misses:
// a body's own name joining fields with "and the" stays whole, and a board
// named for its field ("Board of <Field>") stays the board.
func TestRound47BodyForms2(t *testing.T) {
	t.Parallel()
	bank := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Monetary Authority of the Republic of Norland (Eastmark)", Kind: "organisation", Role: "Central bank of Norland", Aliases: []string{"MARN"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a sitting's heading is no body the head word means", reg: bank, paras: []string{
			"Monetary Authority of the Republic of Norland (Eastmark)",
			"Press Release",
			"Remarks of the Governor after the Board Meeting",
			"The Board of Directors of the Monetary Authority of the Republic of Norland (Eastmark) met on Tuesday and held its main rate at 3.5%.",
			`In its statement, the Board said that "wage growth is likely to slow over the winter." The Board added that "the risks to prices lean upward."`,
		}, want: map[string]string{
			"wage growth is likely to slow over the winter.": "Monetary Authority of the Republic of Norland (Eastmark)",
			"the risks to prices lean upward.":               "Monetary Authority of the Republic of Norland (Eastmark)",
		}},
		{name: "a board speaks for a body first met in its name", paras: []string{
			"Lenders face tighter rules",
			"The Board of Governors of the Savings Bank of Oldhaven met on Monday to review its lending rules.",
			`The Board said the new limits were "needed to protect small savers" and would apply from July.`,
		}, want: map[string]string{
			"needed to protect small savers": "Savings Bank of Oldhaven",
		}},
		{name: "a joint subject's first named body", paras: []string{
			"Dune repairs planned",
			`The Westbury District Council and the Department of Coasts and Harbours said they were "committed to a repair plan the village can trust" after the storm.`,
		}, want: map[string]string{
			"committed to a repair plan the village can trust": "Westbury District Council",
		}},
		{name: "a joint subject of two named bodies", paras: []string{
			"Ferry fares frozen",
			"Ferry passengers will pay the same next year after a review of the island routes found the boats running full.",
			`The Kelmsey Port Authority and the Government of Westmark said the fares would stay "where they are for another year".`,
		}, want: map[string]string{
			"where they are for another year": "Kelmsey Port Authority",
		}},
		// Near misses: the rules must not over-fire.
		{name: "a name joining fields with and the stays whole", paras: []string{
			"Grants for rural theatres",
			"Forty small theatres in the hill districts will share a fund set up after two years of falling audiences.",
			`The Ministry of Heritage and the Arts said the grants were "a lifeline for small stages".`,
		}, want: map[string]string{
			"a lifeline for small stages": "Ministry of Heritage and the Arts",
		}},
		{name: "a board named for its field stays the board", paras: []string{
			"School calendar changed",
			"Schools across the district will open a week later in the autumn after a vote at the end of the spring term.",
			`The Board of Education said the new calendar would "give families a longer summer".`,
		}, want: map[string]string{
			"give families a longer summer": "Board of Education",
		}},
	})
}
