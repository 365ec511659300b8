package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound42vJointStatementSetOut: "<Credit> – The Governments of <A>
// and <B> issued the following joint statement …:" over the statement
// set out in quotes — the words are the joint document's, which speaks
// for its first-named party, not for the news service whose credit opens
// the sentence.
func TestRound42vJointStatementSetOut(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "credit line before the governments' joint statement",
		paras: []string{"Joint Statement by Portugal and Spain on the Tagus basin\n\n" +
			"Lisbon. March 3, 2027.\n\n" +
			"Iberian Wire Service – The Governments of Portugal and the Kingdom of Spain today issued the following joint statement after a meeting of their environment ministers in Badajoz:\n\n" +
			"\"The Ministers agreed to share river gauge readings every hour during the dry season and to meet again before the summer to review the minimum flows set under the Albufeira Convention.\"\n\n" +
			"The statement was signed by both ministers."},
		want: map[string]string{
			"The Ministers agreed to share river gauge readings every hour during the dry season and to meet again before the summer to review the minimum flows set under the Albufeira Convention.": "Portugal",
		},
	}})
}

// TestRound42vDocumentOfMeeting: "the <document> released at the close of
// the <Body> Leaders Meeting in <City>" then "…,” the communiqué reads" —
// the document speaks for the body whose meeting issued it, not for the
// host city's country named after it.
func TestRound42vDocumentOfMeeting(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "communiqué released at the close of a body's meeting",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Arctic Council", Role: "Intergovernmental forum of Arctic states", Kind: "organisation"},
		}},
		paras: []string{"Arctic states back a shared icebreaker fund\n\n" +
			"Ministers from the eight member states agreed on Thursday to pool money for two new research icebreakers.\n\n" +
			"The decision is set out in the ministerial communiqué released at the close of the 15th Arctic Council Ministerial Meeting in Tromsø.\n\n" +
			"\"Ministers asked observer states to contribute to the fund in proportion to their shipping in Arctic waters,\" the communiqué reads.\n\n" +
			"The next meeting will be held in two years."},
		want: map[string]string{
			"Ministers asked observer states to contribute to the fund in proportion to their shipping in Arctic waters": "Arctic Council",
		},
	}})
}

// TestRound42vJointStatementPairFirst: "<Body> (<ACR>) and contractor
// <Firm> said in a joint statement …. “…,” the statement said" — the
// joint document speaks for its first-named party, not for the firm
// named last.
func TestRound42vJointStatementPairFirst(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "body and contractor in a joint statement",
		paras: []string{"Harbour tunnel works to start in autumn\n\n" +
			"The city council has approved the final route of the harbour tunnel after two years of consultation.\n\n" +
			"The Coastal Transit Works Agency (CTWA) and contractor Nordhavn Bygg AS said in a joint statement that digging would begin in September. \"The first of the two boring machines has been delivered and is being assembled on site,\" the statement said.\n\n" +
			"Residents near the northern portal have asked for noise barriers."},
		want: map[string]string{
			"The first of the two boring machines has been delivered and is being assembled on site": "Coastal Transit Works Agency",
		},
	}})
}

// TestRound42vSidesOpenQuotedVerb: "In the Joint Statement, the
// Ministers “<verb>ed …”" — the meeting's sides with the verb inside the
// quote and no verb of speech speak through their joint document, as
// they do after a verb of their own. Drafted with the rules alone, so the
// learned chooser cannot stand in (not in parallel: the switch is the
// package's).
func TestRound42vSidesOpenQuotedVerb(t *testing.T) {
	was := ingest.SetChooser(false)
	t.Cleanup(func() { ingest.SetChooser(was) })
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "ministers with the verb inside the quote",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Nordic Council", Role: "Forum of the Nordic states", Kind: "organisation"},
			{Name: "Baltic Assembly", Role: "Forum of the Baltic states", Kind: "organisation"},
		}},
		paras: []string{"Nordic and Baltic ministers adopt joint statement on grid links\n\n" +
			"Ministers of the Nordic Council and the Baltic Assembly met in Riga on Monday and adopted a Joint Statement on energy security.\n\n" +
			"In the Joint Statement, the Ministers \"stressed the need to protect undersea cables and pipelines from sabotage\" and tasked senior officials with a work plan by the spring.\n\n" +
			"The next meeting will be held in Oslo."},
		want: map[string]string{
			"stressed the need to protect undersea cables and pipelines from sabotage": "Nordic Council",
		},
	}})
}

// TestRound42vCapitalisedGovernments: "the Governments “welcomed …”" in
// a page that is the joint statement itself — the sides, capitalised as
// a release writes them, speak for the document's first-named party.
func TestRound42vCapitalisedGovernments(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the Governments with the verb inside the quote",
		paras: []string{"Joint Statement on the Fifth Annual Consultation between Estonia and Finland\n\n" +
			"1. The Government of Estonia and the Government of Finland held the Fifth Annual Consultation in Tartu on 3 and 4 May.\n\n" +
			"2. On transport links, the Governments \"welcomed the completion of the feasibility study on a rail tunnel under the Gulf of Finland\" and asked their ministries to report within a year.\n\n" +
			"3. The next consultation will be held in Finland."},
		want: map[string]string{
			"welcomed the completion of the feasibility study on a rail tunnel under the Gulf of Finland": "Estonia",
		},
	}})
}

// TestRound42vReadoutFromTitlesOffice: "according to a readout from the
// <Title>'s Office" then "…,” the readout said" — the registry's "Office
// of the <Title> of <Country>", not a body named by the title alone.
func TestRound42vReadoutFromTitlesOffice(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "readout from the chancellor's office",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Office of the Chancellor of Ostravia", Role: "Ostravia's Chancellor's Office", Kind: "organisation"},
			{Name: "Ostravia", Role: "Country", Kind: "place"},
		}},
		paras: []string{"Ostravia and Keldor leaders discuss rail tolls on a call\n\n" +
			"VELMIR — The chancellor of Ostravia spoke by phone with the president of Keldor on Thursday about freight tolls on the cross-border line, according to a readout from the Chancellor's Office.\n\n" +
			"\"Both leaders asked their transport ministers to draft a single toll schedule for the line before the summer timetable,\" the readout said.\n\n" +
			"Rail freight firms in Ostravia said they hoped for lower charges."},
		want: map[string]string{
			"Both leaders asked their transport ministers to draft a single toll schedule for the line before the summer timetable": "Office of the Chancellor of Ostravia",
		},
	}})
}

// TestRound42vItsStateBody: "<Country> rejected …. Its foreign ministry
// said in a statement …" then "…,” the statement said" — the registry's
// ministry of the country "its" stands for, not the country.
func TestRound42vItsStateBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "its foreign ministry after the country",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Ministry of Foreign Affairs of Keldor", Role: "Keldor's foreign ministry", Kind: "organisation"},
			{Name: "Keldor", Role: "Country", Kind: "place"},
		}},
		paras: []string{"Keldor and Ostravia trade blame over closed dam road\n\n" +
			"Ostravia on Wednesday blamed its neighbour for keeping the road over the border dam shut to lorries for a third month.\n\n" +
			"Keldor denied any bad faith. Its foreign ministry said in a statement on Thursday that engineers had found cracks in the dam's crest.\n\n" +
			"\"Lorries will cross again once the crest has been repaired and load-tested, and not a day later,\" the statement said."},
		want: map[string]string{
			"Lorries will cross again once the crest has been repaired and load-tested, and not a day later": "Ministry of Foreign Affairs of Keldor",
		},
	}})
}
