package ingest_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound35cDateLines: three forms of an article's own date line that
// were not read — a release's "Date of release: <Month> <d>, <yyyy>"
// label, an "Update: <Month>, <d>/<yyyy> - <hh:mm>" stamp with a slash
// before the year, and a French, Spanish or Italian page's "<weekday> <d>
// <month> <yyyy>" line in its own language. A sentence in those languages
// that holds a date is no date line.
func TestRound35cDateLines(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe ferry company added a second evening crossing to Porthvane on Friday.\n\n" +
		"\"The boats were full every night in July,\" operations manager Dervla Quist-Amadi said.\n\n" +
		"The extra crossing runs until October."
	for _, tc := range []struct{ name, text, date string }{
		{"a release's labelled date of release",
			"Ferry firm adds crossing\n\nDate of release: June 6, 2025" + body, "2025-06-06"},
		{"a release's labelled date of issue, day first",
			"Ferry firm adds crossing\n\nDate of issue: 6 June 2025" + body, "2025-06-06"},
		{"an update stamp with a slash before the year",
			"Ferry firm adds crossing\n\nUpdate: June, 06/2025 - 17:20" + body, "2025-06-06"},
		{"a French weekday's date line",
			"Ferry firm adds crossing\n\nLe Courrier\nvendredi 6 juin 2025" + body, "2025-06-06"},
		{"a French first of the month with a time",
			"Ferry firm adds crossing\n\nmardi 1er juillet 2025 à 09h15" + body, "2025-07-01"},
		{"a Spanish date line",
			"Ferry firm adds crossing\n\nviernes, 6 de junio de 2025" + body, "2025-06-06"},
		{"an Italian date line",
			"Ferry firm adds crossing\n\nvenerdì 6 giugno 2025" + body, "2025-06-06"},
		{"a French sentence holding a date",
			"Ferry firm adds crossing\n\nLe conseil se réunira le 6 juin 2025 pour voter." + body, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}

// TestRound35cSharedClosingSource: two quotes of one subject joined by
// "and" ("<Subject> “<words>” and “<words>”, <source> said", "… and
// <verb>s that “<words>”, according to <source>") both go to the source
// that closes the sentence, not only the second; "and the <others>
// “<words>”" opens a subject of its own and is left alone.
func TestRound35cSharedClosingSource(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Quessany", Role: "Country", Kind: "place", Aliases: []string{"Lorvaine"}},
		{Name: "Tembrook", Role: "Country", Kind: "place", Aliases: []string{"Harrowgate"}},
	}}
	head := "Harbour pact signed\n\nLORVAINE, June 4 -- Quessany and Tembrook issued a joint statement on port cooperation after talks on Wednesday.\n\n" +
		"\"The two ports will share a customs window,\" the joint statement said.\n\n"
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two partials, the statement said", reg: reg, paras: []string{head +
			"On fisheries, the two sides \"reject bottom trawling\" and \"support the regional quota board\", the statement said."},
			want: map[string]string{
				"reject bottom trawling":           "Quessany",
				"support the regional quota board": "Quessany",
			}},
		{name: "a verb and that between, according to the statement", reg: reg, paras: []string{head +
			"The Tembrook side \"welcomes the new ferry link\" and accepts that \"the harbour tolls will be set jointly\", according to the statement."},
			want: map[string]string{
				"welcomes the new ferry link":           "Quessany",
				"the harbour tolls will be set jointly": "Quessany",
			}},
		{name: "a body's words, its chairman said", paras: []string{"Levy fight goes on\n\n" +
			"The harbour board \"rejects the landing levy\" and \"wants the toll lifted by spring\", its chairman Halvard Mbeki-Strand said on Tuesday."},
			want: map[string]string{
				"rejects the landing levy":        "Halvard Mbeki-Strand",
				"wants the toll lifted by spring": "Halvard Mbeki-Strand",
			}},
		{name: "a second subject of its own", paras: []string{"Levy fight goes on\n\n" +
			"The dockers \"reject the landing levy\" and the owners \"want the toll lifted by spring\", mediator Orla Fenwick-Bayo said on Tuesday."},
			want: map[string]string{
				"reject the landing levy": "unknown",
			}},
	})
}

// TestRound35cNamesNotQuotes: marks round the name a place went by in the
// passive of naming ("<Place> was once called “<Name>”"), though a verb
// of saying reports the sentence, and round what is talked about ("talk
// of “the <Name> curse”") hold no one's words; what a speaker calls
// something in words of their own stays a quote.
func TestRound35cNamesNotQuotes(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{name: "a town's old name in the passive",
			paras: []string{"Mrs Abernethy-Oduya says the quay at Carrickvane was once called \"Saltopolis\" by the sailors who loaded there.",
				"\"My father boiled brine every morning of his life,\" Mrs Abernethy-Oduya said."},
			not:  []string{"Saltopolis"},
			keep: "My father boiled brine every morning of his life"},
		{name: "talk of a curse",
			paras: []string{"The defeat leaves the Herons ninth, and talk of \"the Harbour Derby hoodoo\" is back on the phone-in shows.",
				"\"We were beaten by a better side,\" coach Tamsin Ferreira-Holm said."},
			not:  []string{"the Harbour Derby hoodoo"},
			keep: "We were beaten by a better side"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, tc.paras...), tc.not, tc.keep)
		})
	}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "words of the speaker's own after called",
		paras: []string{"Mill to close\n\n" +
			"The flax mill at Drumcarra will close in March after ninety years, its owner said on Friday, and forty jobs will go.\n\n" +
			"The owner, Oskar Lindqvist-Mbeki, said the closure was called \"a disgrace\" by people who had never run a mill."},
		want: map[string]string{"a disgrace": "Oskar Lindqvist-Mbeki"},
	}})
}

// TestRound35cBoxLineClosingOnInnerQuote: a quotes box's line "<Given>
// <Surname>: “<words>”" whose words close on a quote of their own (“…
// said, ‘<words>.’”), its stop before both marks, is the named person's,
// as a line closing on its own stop is.
func TestRound35cBoxLineClosingOnInnerQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "single marks inside double",
		paras: []string{"Rowing squad named\n\n" +
			"The national rowing federation named a squad of twelve for the regatta in Varna on Monday, with two newcomers among them.\n\n" +
			"QUOTES BOX\n\n" +
			"Tobiah Renwick-Osei: \"When the letter came, I was out on the river. My coach read it to me from the bank and only shouted, 'Now row faster.'\"\n\n" +
			"Marlo Pettersen-Abara: \"Six winters of early mornings were worth it. I want a medal in Varna.\"\n\n" +
			"Squad: Tobiah Renwick-Osei, Marlo Pettersen-Abara, Ivo Klemens"},
		want: map[string]string{
			"When the letter came, I was out on the river. My coach read it to me from the bank and only shouted, 'Now row faster.'": "Tobiah Renwick-Osei",
			"Six winters of early mornings were worth it. I want a medal in Varna.":                                                  "Marlo Pettersen-Abara",
		},
	}})
}

// TestRound35cPullQuoteStrayMark: a paragraph that is an opening mark
// and a few words with no stop, the mark never closed (a pull quote's
// stray mark), is no quote; speech run on into the next paragraph, its
// paragraph ending on a stop, stays one.
func TestRound35cPullQuoteStrayMark(t *testing.T) {
	t.Parallel()
	d := draftOf(t, nil,
		"\"The lifts were never tested in frost,\" county engineer Bryony Achterberg-Sule said.",
		"“Every week, a Dunmore family still carries the pram up four flights",
		"I asked the county whether anyone would pay for the repairs. Nobody answered.",
		"\"We will publish the inspection reports.",
		"\"Every one of them, by Friday,\" Achterberg-Sule said.")
	wantFurniture(t, d, []string{"Every week, a Dunmore family still carries the pram up four flights"}, "The lifts were never tested in frost")
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "We will publish the inspection reports.") {
			return
		}
	}
	t.Errorf("the quote run on into the next paragraph was dropped: %v", d.Quotes)
}

// TestRound35cSpeaksOf: "<Person> speaks|spoke of a “<words>”" gives the
// words to the person; "spoke to" is no verb of saying of its own, and a
// body that "speaks of" a thing names no one heard saying the words.
func TestRound35cSpeaksOf(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a person speaks of", paras: []string{"Storm batters coast\n\n" +
			"Fishing boats stayed in port on Tuesday as gales closed every harbour on the northern coast.\n\n" +
			"Harbour master Ilse Brandvold-Achebe speaks of a \"swell like nothing in thirty winters\"."},
			want: map[string]string{"swell like nothing in thirty winters": "Ilse Brandvold-Achebe"}},
		{name: "a person spoke of, past", paras: []string{"Storm batters coast\n\n" +
			"Fishing boats stayed in port on Tuesday as gales closed every harbour on the northern coast.\n\n" +
			"Harbour master Ilse Brandvold-Achebe spoke of a \"swell like nothing in thirty winters\" as she toured the quay."},
			want: map[string]string{"swell like nothing in thirty winters": "Ilse Brandvold-Achebe"}},
	})
}
