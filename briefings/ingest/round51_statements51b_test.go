package ingest_test

import "testing"

// TestRound51StatementIssuers covers quotes from documents whose issuer
// the copy names around the document rather than as the verb's subject:
// a joint statement another sentence says one body coordinated, whose
// signatories then speak through it; a joint communiqué of a meeting a
// host country and a count of other states held; and an independent
// office written out in full that speaks through its own statement right
// after a member of parliament spoke.
func TestRound51StatementIssuers(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a joint statement coordinated by one body, then its signatories",
			paras: []string{
				"Regulators warn app makers over location data",
				"Nine consumer regulators from three continents issued a joint statement on Monday warning app makers about the sale of location data.",
				"The statement, coordinated by the Office of the Data Guardian of Norvania and co-signed by regulators including the Velmar Consumer Authority, follows a 2021 statement by seven regulators.",
				"\"Location data tells a story about every person who carries a phone,\" the signatories wrote.",
			},
			want: map[string]string{
				"Location data tells a story about every person who carries a phone": "Office of the Data Guardian of Norvania",
			},
		},
		{
			name: "a joint communiqué of a host and a count of other states",
			paras: []string{
				"Ministers agree river corridor plan",
				"Portugal and three countries of the region adopted on Monday in Porto a plan for a shared river corridor.",
				"The meeting brought together the transport ministers of Spain, Morocco and Tunisia around their Portuguese host, Arlindo Quevedo-Saraiva.",
				"\"We now have a timetable,\" Quevedo-Saraiva told reporters.",
				"Tunisia's transport minister, Selim Ben Haddou-Karray, said the corridor would cut costs. \"Every week of delay costs our exporters,\" Ben Haddou-Karray said.",
				"A joint communiqué released at the end of the meeting stated that the ministers \"commit to finishing the studies by next year\".",
			},
			want: map[string]string{
				"commit to finishing the studies by next year": "Portugal",
			},
		},
		{
			name: "an independent office in full after a member of parliament",
			paras: []string{
				"Watchdog reports rise in complaints over campaign calls",
				"Green MP Toralf Ebbesen-Vik called the report \"a wake-up call\" and said voters had been flooded with calls.",
				"The Commissioner of Campaign Standards, who enforces the election finance law, said in a statement that the office had opened 40 files.",
				"\"Calls from abroad are the hardest to trace,\" the statement said.",
			},
			want: map[string]string{
				"Calls from abroad are the hardest to trace": "Commissioner of Campaign Standards",
			},
		},
	})
}

// TestRound51LastingSpans covers a body's finding whose quoted span sits in
// a reason clause with "continued for": something lasted, no one went on
// speaking, and the words stay the body's that the sentence says spoke.
func TestRound51LastingSpans(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "continued for a quoted span inside a regulator's finding",
			paras: []string{
				"Regulator fines grocery app over discounts",
				"The Trade Fairness Board of Velmar (TFB) has fined the grocery app QuickCrate 40 million crowns for pricing below cost, according to a final order published on Tuesday.",
				"In its order, the Board said the app's rankings were \"a commercial choice\".",
				"On pricing, the TFB said the discounts could not be read as a launch offer, since they had continued for \"more than two years\" and were \"kept up only by fresh rounds of outside money\".",
			},
			want: map[string]string{
				"more than two years":                           "Trade Fairness Board of Velmar",
				"kept up only by fresh rounds of outside money": "Trade Fairness Board of Velmar",
			},
		},
	})
}
