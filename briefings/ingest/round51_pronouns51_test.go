package ingest_test

import "testing"

// TestRound51PronounsEmbeddedThey covers a quote inside a clause that hangs
// on its sentence's own verb of saying, where that clause opens on "they"
// for the things or people spoken about ("<Body> said the fees were unfair,
// since they had risen for “…”"): the one who says is the subject of the
// verb of saying, not the "they" of the clause under it.
func TestRound51PronounsEmbeddedThey(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a regulator's finding with a since-clause on they",
			paras: []string{
				"Regulator fines ferry operator over fares",
				"The Maritime Fares Authority of Norland has fined ferry operator Bluewake Lines for raising fares on island routes, according to a decision published on Monday.",
				"On fares, the authority said the increases could not be explained by fuel costs, since they had continued for \"more than four years\" and were \"far above any rise in costs\".",
			},
			want: map[string]string{
				"more than four years":        "Maritime Fares Authority of Norland",
				"far above any rise in costs": "Maritime Fares Authority of Norland",
			},
		},
		{
			name: "a lawyer asks for bail, saying they had done something",
			paras: []string{
				"Two brothers charged over forged land titles",
				"Two brothers appeared in court in Velmar on Tuesday charged with forging land titles.",
				"Defence lawyer Tomas Reinholt-Vasko asked the court to grant his clients bail, saying they had reported to police voluntarily and had \"no plan at all to leave the country.\"",
			},
			want: map[string]string{"no plan at all to leave the country.": "Tomas Reinholt-Vasko"},
		},
	})
}

// TestRound51PronounsSpokespersonThey covers the singular "they" for a
// spokesperson named by a body's name alone: the body speaks again.
func TestRound51PronounsSpokespersonThey(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a spokesperson for a firm, then they said",
			paras: []string{
				"Cable car stops after a fault",
				"The cable car over the Orla valley stopped for three hours on Friday after a power fault, leaving 40 people waiting in cabins.",
				"Police said officers would patrol the valley stations with Orla Ropeways Limited and the Valley Rescue Service over the weekend.",
				"A spokesperson for Orla Ropeways Limited said services had resumed on Saturday morning. \"We are grateful to passengers for their patience,\" they said.",
			},
			want: map[string]string{"We are grateful to passengers for their patience": "Orla Ropeways Limited"},
		},
	})
}

// TestRound51PronounsQuoteGloss covers a quote in another language glossed
// in brackets before its attribution: a verb of the gloss ("They promise
// …") is the quote's own, and the one named after the brackets speaks.
func TestRound51PronounsQuoteGloss(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a bracketed translation opening on they, then the speaker",
			paras: []string{
				"Valley farmers block the mine road",
				"Farmers in the Orvalle valley have blocked the road to the Serranía copper mine for a tenth day.",
				"Farmers' leader Anselmo Quirós Tapia said the villages wanted a written commitment on water before lifting the blockade.",
				"\"Nos prometen agua y no llega nunca\" (They promise us water and it never arrives), Quirós told reporters at the roadblock. \"We have waited long enough.\"",
			},
			want: map[string]string{
				"Nos prometen agua y no llega nunca": "Anselmo Quirós Tapia",
				"We have waited long enough.":        "Anselmo Quirós Tapia",
			},
		},
	})
}
