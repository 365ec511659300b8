package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound29CDateLines: a court's press summary whose header lists the
// case numbers, the parties and the bench before its "Date of Judgment:"
// line is dated by that line, however far down the header it stands; a
// release's sign-off block whose signer adds post-nominal letters in lower
// case ("<NAME>, <letters>, <letters>") and whose city line closes with a
// full stop is read for its date too. A sign-off of a sentence is not.
// The draft's date stands in for today's (2025-03-04) when none is read.
func TestRound29CDateLines(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"a judgment's date line under a long header",
			"SUPREME COURT OF ARDMORIA\n\nCivil Appeal 4/2025\n\nLorne Valley Traders Limited\n\nAppellant\n\nv\n\nThe River Authority of Ardmoria\n\nRespondent\n\nMaren Oduya-Strand\n\nIntervener\n\nJustices: Varda CJ, Kell and Amsel JJ\n\nHeard: 2 February 2025\n\nDate of Judgment: 17 March 2025\n\nSUMMARY OF THE JUDGMENT\n\n" + story, "2025-03-17"},
		{"a sign-off with post-nominal letters and a stop after the city",
			"RIVER AUTHORITY OF ARDMORIA\n\nPRESS RELEASE\n\n" + story + "\n\nKESSO VARDA-LINN, fcim, mcipr\nHEAD OF MEDIA,\nRIVER AUTHORITY, PORT LORNE.\n17TH MARCH, 2025", "2025-03-17"},
		{"a closing sentence with its date is no sign-off",
			"New flood gauge opens on the upper reach\n\n" + story + "\n\nThe authority, officials said, will meet again. 17 March 2025", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound29CTopicOfSpeech: a short phrase in marks that ends the noun
// phrase a verb of saying takes after "of", "about" or "against" ("<people>
// warn of a <modifier> “<term>”") names what is spoken of, a term, when no
// one named speaks; a named speaker's phrase so set stays a quote.
func TestRound29CTopicOfSpeech(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{name: "a term after warn of a modifier", paras: []string{
			"Hydrologists warn of a creeping ‘flash thaw’ and urge valley towns to store water before the spring.",
			`"The snowpack is half what it was," said Maren Oduya-Strand, a hydrologist at the river authority.`,
		}, not: []string{"flash thaw"}, keep: "The snowpack is half what it was"},
		{name: "a term after speak about the modifier", paras: []string{
			"Planners spoke about the growing “commuter drift” at the meeting on Tuesday.",
			`"Buses leave full and come back empty," said Kesso Varda-Linn, who runs the town's transport board.`,
		}, not: []string{"commuter drift"}, keep: "Buses leave full and come back empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftArticle(t, nil, append([]string{"Valley towns told to prepare"}, tc.paras...)...), tc.not, tc.keep)
		})
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a named speaker's phrase after warn of stays a quote", paras: []string{
			"Valley towns told to prepare",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Hydrologist Maren Oduya-Strand warned of a coming “dry decade” for the valley's farms.",
		}, want: map[string]string{"dry decade": "Maren Oduya-Strand"}},
	})
}

// TestRound29CReportedTheOf: "the “<words>” of …" is a term in the
// narrative ("shorten the “<term>” of <things>" with no one speaking),
// but in the clause a named speaker is reported saying ("<Name> said the
// <noun> was <verb> by the “<words>” of …") the marks quote that speaker.
func TestRound29CReportedTheOf(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the words of, in a named speaker's reported clause", paras: []string{
			"Builder jailed for fraud",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Judge Maren Oduya-Strand said the thefts were made worse by the \"plain cheek\" of calling on the same house twice.",
		}, want: map[string]string{"plain cheek": "Maren Oduya-Strand"}},
	})
}

// TestRound29CLinkingVerb: a short phrase in marks after a linking verb of
// feeling or seeming ("<someone> said she felt “<two words>”") is
// how the speaker says she is, a quote, not a term finishing a noun phrase.
func TestRound29CLinkingVerb(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a phrase after felt, no one named", paras: []string{
			"Valley towns told to prepare",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"A shopkeeper on the quay said after the vote that he felt \"quietly relieved\".",
		}, want: map[string]string{"quietly relieved": "unknown"}},
	})
}

// TestRound29CDashedGloss: a quote in another language followed by its
// translation set off by two dashes, then the attribution ("“<foreign
// words>” – <the words in English> – she said"), is hers; the quote after
// it in the same paragraph is hers too.
func TestRound29CDashedGloss(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a translation between dashes before the attribution", paras: []string{
			"Valley towns told to prepare",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The mayor of the valley town, Kesso Varda-Linn, spoke at the town hall on Monday.",
			`"Wir sind bereit" – we are ready – she said at the hall. "Now the province must send the pumps."`,
		}, want: map[string]string{
			"Wir sind bereit":                       "Kesso Varda-Linn",
			"Now the province must send the pumps.": "Kesso Varda-Linn",
		}},
	})
}

// TestRound29CQuotesJoinedByAnd: a communiqué's points quoted one after
// another on one subject ("the <Body> “<verb>s …” and “<verb>s …”") share
// the first quote's speaker, the second's verb inside its marks.
func TestRound29CQuotesJoinedByAnd(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two resolutions joined by and", paras: []string{
			"Valley towns told to prepare",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Ardmoria River Authority met in Port Lorne on Monday.",
			`In its closing statement, the Authority "calls on the valley towns to store water before the spring thaw" and "asks the province to send two more pumps to each town by the end of March."`,
		}, want: map[string]string{
			"calls on the valley towns to store water before the spring thaw":            "Ardmoria River Authority",
			"asks the province to send two more pumps to each town by the end of March.": "Ardmoria River Authority",
		}},
	})
}
