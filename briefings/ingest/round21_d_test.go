package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound21TranscriptTitledLabels: a transcript labels each turn with
// an abbreviated courtesy title or rank and the surname in capitals
// ("MR. <SURNAME>:", "Dr. <Surname>:", "SEN. <SURNAME>:"). The title's
// full stop ends no sentence: the label is a turn's, and the turn's "I"
// is the one the speakers' list named with that surname.
func TestRound21TranscriptTitledLabels(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "MR. and MS. labels", paras: []string{
			"Transcript of the press conference on the grain corridor",
			"Speakers:\nTeodor Valkanov-Reiss, Chief Economist, Danubian Grain Council\nModerator: Irma Stojkovic, Press Officer, Danubian Grain Council",
			"MS. STOJKOVIC: Good afternoon, and welcome. Teodor will open.",
			"MR. VALKANOV-REISS: Thank you, Irma. Deputy Minister Oksana Hrytsenko-Baal met the insurers on Monday. As I told her afterwards, \"the corridor is open, but the barges are not insured.\" That is still the problem.",
		}, want: map[string]string{"the corridor is open, but the barges are not insured.": "Teodor Valkanov-Reiss"}},
		{name: "a Dr. label in title case", paras: []string{
			"Transcript: briefing on the measles campaign",
			"Present:\nHelga Ambrose-Tunde, Director of Immunisation, Lakeland Health Service\nModerator: Piet Olumide, Communications",
			"MODERATOR: We begin with the director.",
			"Dr. Ambrose-Tunde: Thank you. The head of the teachers' union, Marek Olsson-Pike, asked me about the second dose in May. I told him \"no child should miss the second dose.\" Most schools listened.",
		}, want: map[string]string{"no child should miss the second dose.": "Helga Ambrose-Tunde"}},
	})
}

// TestRound21TranscriptWeIsTheInstitution: in a transcript turn, "we" of
// an official is the institution the speakers' list gives on the
// official's line ("<Name>, <Title>, <Unit>, <Body>"): "In the report we
// call it “…”" and "As we write in the report, “…”" are the body's words,
// in the turn's own paragraph or one that goes on with it.
func TestRound21TranscriptWeIsTheInstitution(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a development bank's outlook", paras: []string{
			"Transcript of the briefing on the Andean Development Outlook",
			"Speakers:\nMateo Quispe-Lindgren, Director, Research Department, Andean Development Bank\nModerator: Sofia Marchetti, Communications Officer, Andean Development Bank",
			"MS. MARCHETTI: Good morning. Mateo will present the outlook, then we take questions.",
			"MR. QUISPE-LINDGREN: Thank you, Sofia. Growth is slowing across the region. In the outlook we describe the year ahead as \"a long plateau,\" and I think that is fair.",
			"Our main message is simple. As we write in the outlook, \"countries that save the copper windfall now will not need to borrow later.\" That is the choice.",
		}, want: map[string]string{
			"a long plateau": "Andean Development Bank",
			"countries that save the copper windfall now will not need to borrow later.": "Andean Development Bank",
		}},
		{name: "an agency's report, the body in brackets", paras: []string{
			"Transcript: launch of the Coastal Fisheries Report",
			"Panel:\nDr. Aroha Tipene-Walsh, Chief Scientist, Southern Ocean Fisheries Agency (SOFA)\nModerator: Ms. Lena Brandt, SOFA",
			"MS. BRANDT: Welcome, everyone. Dr. Tipene-Walsh will give the findings.",
			"DR. TIPENE-WALSH: Thank you. The stocks of hoki are down for a fourth year. We say in the report that the decline is \"steeper than any model predicted,\" and we stand by that.",
		}, want: map[string]string{"steeper than any model predicted": "Southern Ocean Fisheries Agency"}},
	})
}

// TestRound21TranscriptReadOutQuestions: a question sent in by someone
// not at the microphone, which the moderator reads out ("We have a
// question online from <Name> of <Outlet>, who asks: “…?”", "One more
// online, from <Name> of <Outlet> in <City>: “…?”", "Next, from <Name>,
// <Outlet>: “…?”"), is the sender's, not the moderator's.
func TestRound21TranscriptReadOutQuestions(t *testing.T) {
	t.Parallel()
	intro := []string{
		"Transcript of the press briefing on the Baltic energy outlook",
		"Speakers:\nAnnika Lehtonen-Shah, Director, Energy Department, Nordic Investment Fund\nModerator: Rasmus Kjeldsen, Press Office, Nordic Investment Fund",
		"MR. KJELDSEN: Good morning. We will take questions in the room and online.",
	}
	with := func(paras ...string) []string { return append(append([]string{}, intro...), paras...) }
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "who asks", paras: with(
			"MR. KJELDSEN: We have a question online from Ieva Kalnina of Baltic Wire, who asks: \"The interconnector has been delayed twice. Will the Fund still lend for it next year?\"",
			"MS. LEHTONEN-SHAH: Yes, the loan is approved.",
		), want: map[string]string{"The interconnector has been delayed twice. Will the Fund still lend for it next year?": "Ieva Kalnina"}},
		{name: "from the sender, with outlet and city", paras: with(
			"MR. KJELDSEN: One more online, from Tomas Zukauskas of Kauno Diena in Kaunas: \"Prices doubled last winter. Do you expect the same this year?\"",
			"MS. LEHTONEN-SHAH: No, storage is fuller.",
		), want: map[string]string{"Prices doubled last winter. Do you expect the same this year?": "Tomas Zukauskas"}},
		{name: "next, from the sender and outlet set off", paras: with(
			"MR. KJELDSEN: Next, from Marta Eglite, Riga Business Daily, who wants to know: \"Is the Fund worried about the shipyard?\"",
			"MS. LEHTONEN-SHAH: We are watching it.",
		), want: map[string]string{"Is the Fund worried about the shipyard?": "Marta Eglite"}},
	})
}

// TestRound21TranscriptAskedCountry: in a transcript, the answer's bare
// "the authorities" (or "the government") is the country the question it
// answers asks about, read in a read-out question's own words; and in a
// reporter's question, "the <caretaker|interim|transitional> authorities"
// are the country the question opens on.
func TestRound21TranscriptAskedCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Nordic Investment Fund", Kind: "organisation", Role: "Regional development lender"},
		{Name: "Moldova", Kind: "place", Role: "Country"},
		{Name: "Georgia", Kind: "place", Role: "Country"},
		{Name: "Romania", Kind: "place", Role: "Country"},
	}}
	intro := []string{
		"Transcript of the press briefing on the regional outlook",
		"Speakers:\nAnnika Lehtonen-Shah, Director, Europe Department, Nordic Investment Fund\nModerator: Rasmus Kjeldsen, Press Office, Nordic Investment Fund",
		"MR. KJELDSEN: Good morning. We will take your questions.",
	}
	with := func(paras ...string) []string { return append(append([]string{}, intro...), paras...) }
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the answer's authorities, a read-out question", reg: reg, paras: with(
			"MR. KJELDSEN: A question online from Ion Rusu of Moldpres, who asks: \"Moldova has met the reform targets. When will the next tranche be paid?\"",
			"MS. LEHTONEN-SHAH: The board meets in March. The authorities have told us they will keep \"a tight rein on arrears,\" and we will hold them to it.",
		), want: map[string]string{"a tight rein on arrears": "Moldova"}},
		{name: "the answer's authorities, a reporter's question", reg: reg, paras: with(
			"QUESTION: Thank you. Nino Beridze, Tbilisi Post. On Georgia: is the port project still on schedule?",
			"MS. LEHTONEN-SHAH: Broadly. The authorities say the first berth will open \"before the grape harvest,\" and the lenders agree.",
		), want: map[string]string{"before the grape harvest": "Georgia"}},
		{name: "interim authorities in the question", reg: reg, paras: with(
			"QUESTION: Ana Ceban, Radio Chisinau. On Moldova. Romania has offered a bridge loan, and the interim authorities say they want \"a new programme by the summer.\" Is that realistic?",
			"MS. LEHTONEN-SHAH: It is possible.",
		), want: map[string]string{"a new programme by the summer.": "Moldova"}},
	})
}

// TestRound21QuoteBoxSignatures: a page sets a quote apart and signs it by
// HTML's own marks, with no sentence of the story attributing it: a
// <cite> under the blockquote's paragraphs ("<blockquote><p>“…”</p>
// <cite>— <Name>, <title></cite></blockquote>", the signature no
// paragraph held), or a pull quote set as a figure whose caption signs it
// ("<figure><blockquote>…</blockquote><figcaption>— <Name>, <title>
// </figcaption></figure>"). Each quote is its signer's.
func TestRound21QuoteBoxSignatures(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Lender backs a tannery park in the north</title></head><body><article>
<h1>Lender backs a tannery park in the north</h1>
<p>The Sahel Investment Bank approved a loan of 40 million euros on Thursday for a tannery park near Kano Ridge, the bank said in a statement issued after its board met in Niamey.</p>
<p>The park will treat the waste water of 30 tanneries that now drain into the river, and employ about 2,000 people when it opens in 2031.</p>
<h2>Quotes</h2>
<blockquote><p>“Hides leave this region raw and come back as shoes we cannot afford.</p><p>“This park keeps the leather and the wages here.”</p>
<cite>— Moussa Diarra-Keita, President of the Sahel Investment Bank</cite></blockquote>
<blockquote class="wp-block-quote"><p>“The river will be cleaner within two seasons.”</p><cite>Aïssata Bello-Ndour, Minister of Environment</cite></blockquote>
<p>The bank has lent to leather and textile projects in four countries since 2022.</p>
<figure class="wp-block-pullquote"><blockquote><p>“Our members have waited twenty years for a treatment plant they can share.”</p></blockquote><figcaption>— Ibrahim Sanou-Traoré, chair of the tanners' cooperative</figcaption></figure>
<p>Construction is due to start in the dry season.</p>
</article></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "https://example.org/press/tannery-park")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"Hides leave this region raw and come back as shoes we cannot afford. This park keeps the leather and the wages here.": "Moussa Diarra-Keita",
		"The river will be cleaner within two seasons.":                              "Aïssata Bello-Ndour",
		"Our members have waited twenty years for a treatment plant they can share.": "Ibrahim Sanou-Traoré",
	})
}

// TestRound21RelatedHeadlines: a block of links to other stories set in
// the page's text — a heading that names it ("Related Articles",
// "Trending", "You may also be interested in the news:", "Most read")
// over headline-form lines — quotes words of other stories; its marks are
// no quote, whatever verb of saying the headline has. The story's own
// quotes around the block stay quotes.
func TestRound21RelatedHeadlines(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"related articles over two headlines", []string{
			`"We will ration the canal water from Monday," irrigation board chair Halvard Moe-Osei said.`,
			`Related Articles`,
			`Farmers say the board must "open the sluices" before the harvest`,
			`Canal repairs to cost twice the estimate`,
			`The board meets again next week.`,
		}, []string{"open the sluices"}, "We will ration the canal water from Monday"},
		{"a trending block", []string{
			`"The ferries will run to the winter timetable," operator spokesperson Ines Valtonen-Rask said.`,
			`Trending`,
			`Islanders call the new timetable "a slow goodbye"`,
		}, []string{"a slow goodbye"}, "The ferries will run to the winter timetable"},
		{"a translated page's read-on line at the end", []string{
			`"The bridge will reopen to lorries in March," regional governor Taras Hnatiuk-Bell said.`,
			`You may also be interested in the news:`,
			`Hauliers count their losses after the closure: "we lost the autumn"`,
		}, []string{"we lost the autumn"}, "The bridge will reopen to lorries in March"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound21HeadlineAndNamedThings: marks that enclose a headline's
// closing words a later quote says in full, a thing's name set after the
// noun of its kind ("the ferry crossing “<Place> – <Place>”", "the
// association “<Name>”", "the application “<Name>”"), and a short phrase
// the writer quotes back from an earlier quote ("So is “<phrase>”."), are
// no one's new words; the quotes they come from stay.
func TestRound21HeadlineAndNamedThings(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a headline's closing words, said in full later", []string{
			`Thousands of nurses rally in the capital for a new pay scale: "Care is not charity"`,
			`"We were told to wait for the budget, then for the elections. Care is not charity, and we will stay here until the scale is signed," union president Mirela Costache-Ilie told the crowd.`,
		}, []string{"Care is not charity"}, "We were told to wait for the budget, then for the elections. Care is not charity, and we will stay here until the scale is signed"},
		{"a headline's closing words after a verb of saying", []string{
			`Union leader tells rally in the north: "No scale, no shifts"`,
			`"The ministry has had two years. No scale, no shifts, and the hospitals will feel it by Christmas," union president Mirela Costache-Ilie said.`,
		}, []string{"No scale, no shifts"}, "The ministry has had two years. No scale, no shifts, and the hospitals will feel it by Christmas"},
		{"a route named after its noun", []string{
			`The ferry crossing "Galați – Tulcea" reopened on Monday after a month of repairs.`,
			`"The first ferry left at six with twelve lorries," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Galați – Tulcea"}, "The first ferry left at six with twelve lorries"},
		{"an application and an association named after their nouns", []string{
			`Police asked residents to report dumping through the application "Qyteti im" or to the association "Lumi i Pastër".`,
			`"Every report is read within a day," police spokesperson Arben Dervishi-Kola said.`,
		}, []string{"Qyteti im", "Lumi i Pastër"}, "Every report is read within a day"},
		{"words quoted back from an earlier quote", []string{
			`"In a handful of cases the conduct has improved as a result of our dialogue," regulator chair Bronwyn Oakes-Tait told the committee.`,
			`"Dialogue" is doing a lot of work in that answer. So is "a handful of".`,
		}, []string{"a handful of"}, "In a handful of cases the conduct has improved as a result of our dialogue"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound21GlossAfterQuote: a feature gives a speaker's words in another
// language, then renders them in English in a short sentence of its own
// ("“<foreign words>,” she says, pouring tea. <The words in English>."),
// and sets her next words out alone in the paragraph after. The gloss
// names no one and reports no speech: the next quote is still hers.
func TestRound21GlossAfterQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a translation after a Spanish quote", paras: []string{
			"The last baker on the square",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"In a narrow street behind the cathedral, Remedios Ochoa-Lindell, 79, still bakes bread every night.",
			`"Aquí ya no vive nadie," she says, dusting the flour from her hands. Nobody lives here any more.`,
			`"My customers were my neighbours. Now they are tourists with wheeled suitcases, and they want croissants."`,
			"The council plans to cap holiday lets in the old town next year.",
		}, want: map[string]string{"My customers were my neighbours. Now they are tourists with wheeled suitcases, and they want croissants.": "Remedios Ochoa-Lindell"}},
		{name: "a translation after a Polish quote", paras: []string{
			"A fisherman's last season",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"On the beach at dawn, Zbigniew Kowal-Ashford, 68, mends a net his father made.",
			`"Nie ma już ryb," he says quietly. There are no fish left.`,
			`"When I was young we filled the boat by noon. Last week I came home with eleven cod."`,
		}, want: map[string]string{"When I was young we filled the boat by noon. Last week I came home with eleven cod.": "Zbigniew Kowal-Ashford"}},
	})
}

// TestRound21ShortPartialQuotes: a body's words quoted in a fragment of
// two words that ends on a preposition ("was “inconsistent with” the
// plan") after a verb of advice ("had advised … that"), and a quote after
// "has for <several> years <verb>ed", are the subject's words: the verb of
// advice reports speech, and a span of time between the auxiliary and
// the verb is no subject.
func TestRound21ShortPartialQuotes(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "a fragment after had advised", paras: []string{
			lead,
			`The Harbourside Heritage Board had advised the council in May that the car park was "contrary to" the waterfront plan and recommended it be refused.`,
		}, want: map[string]string{"contrary to": "Harbourside Heritage Board"}},
		{name: "a span of years before the verb", paras: []string{
			lead,
			`The Northern Seabird Trust has for several years advised "no disturbance within 500 metres" of the nesting cliffs during the spring.`,
		}, want: map[string]string{"no disturbance within 500 metres": "Northern Seabird Trust"}},
	})
}

// TestRound21PortBodies: "The Port of <Place>" that says something is the
// body that runs the port, not a place that names no one; a capital so
// named stays a place.
func TestRound21PortBodies(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "the port's statement", paras: []string{
			lead,
			`Captain Ewan Laird-Okoro guided ships into the harbour for forty years and trained most of its pilots.`,
			`The Port of Kellaway said in a statement he was "a legend of the harbour" whose charts were "still used on the bridge every night".`,
		}, want: map[string]string{
			"a legend of the harbour":              "Port of Kellaway",
			"still used on the bridge every night": "Port of Kellaway",
		}},
		{name: "a port company's warning", paras: []string{
			lead,
			`The Port of Saltmere warned shippers that berths would stay closed "until the dredgers have finished".`,
		}, want: map[string]string{"until the dredgers have finished": "Port of Saltmere"}},
	})
}

// TestRound21StandfirstUnderHeadline: a page's standfirst set right under
// its headline (an <h2 class="standfirst">, a <p class="dek">) that
// readability drops is read for its quotes, as a text article's subtitle
// is.
func TestRound21StandfirstUnderHeadline(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Border gate to open by 2031</title></head><body><main><article>
<div class="section-label"><a href="/region">REGION</a></div>
<h1>Border gate to open by 2031</h1>
<h2 class="standfirst">Norland says the new gate will turn the freight corridor into "a road lorries can use", as both sides set a timetable.</h2>
<div class="byline">Staff reporter</div>
<div class="article-body">
<p>Norland and Estmark agreed on Tuesday to open a new border gate at Vellby by 2031, the two transport ministers said after talks in the capital, where the agreement was signed.</p>
<p>"From today we are setting dates, not drawing lines," Norland's transport minister Aksel Brandvik-Oyelaran told a joint press conference after the signing.</p>
<p>The gate will take 2,000 lorries a day when it opens, the ministers said, and the first stretch of road on the Norland side will be tendered next spring.</p>
<p>Hauliers have waited for a second crossing for a decade, and queues at the old gate reached twenty kilometres last summer.</p>
</div>
</article></main></body></html>`
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{{Name: "Norland", Kind: "place", Role: "Country"}}}
	a, err := ingest.Read([]byte(page), "text/html", "https://example.org/news/border-gate")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(reg).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"a road lorries can use":                             "Norland",
		"From today we are setting dates, not drawing lines": "Aksel Brandvik-Oyelaran",
	})
}

// TestRound21YearFirstDates: a page stamped year first with the month's
// name, as Hungarian outlets date their stories and translations keep it
// ("<yyyy>. <Month> <d>. – <hh:mm>" under the byline, "<yyyy>. <month>
// <d>."), is dated so; a line with no date leaves the day the draft is
// made.
func TestRound21YearFirstDates(t *testing.T) {
	t.Parallel()
	const story = "\n\nThe city will cut night trams from January unless the levy is returned, the deputy mayor said on Tuesday at a press conference at City Hall.\n\n" +
		"\"We have cut everything we could cut without touching the passengers,\" deputy mayor Bence Fodor-Lakatos said."
	for _, tc := range []struct{ name, text, date string }{
		{"byline over a year-first stamp with a time",
			"City to cut night trams from January\n\nKinga Varga-Oláh\n2027. March 9. – 10:05" + story, "2027-03-09"},
		{"a month cut short",
			"City to cut night trams from January\n\nKinga Varga-Oláh\n2027. Oct. 14." + story, "2027-10-14"},
		{"a month in lower case in full",
			"City to cut night trams from January\n\nKinga Varga-Oláh\n2027. october 14." + story, "2027-10-14"},
		{"no stamp",
			"City to cut night trams from January\n\nKinga Varga-Oláh" + story, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound21OwnersLine: a body's or a person's stated line given as what
// it "was" ("<Owner>'s line was that … “…”", "<Owner>'s response is that
// … “…”"), with no verb of saying, is the owner's; when an aside names who
// delivered it ("…, delivered by <Title> <Name>'s office, was that"), it is
// theirs.
func TestRound21OwnersLine(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "delivered by a minister's office", paras: []string{
			lead,
			`The government's line, delivered by Assistant Minister for Housing Petra Lindqvist-Amadi's office, was that the rental scheme was "still finding its feet".`,
		}, want: map[string]string{"still finding its feet": "Petra Lindqvist-Amadi"}},
		{name: "a council's position", paras: []string{
			lead,
			`Kellby District Council's position was that the old bridge was "safe for cars but not for lorries" until the survey was done.`,
		}, want: map[string]string{"safe for cars but not for lorries": "Kellby District Council"}},
		{name: "a person's answer", paras: []string{
			lead,
			`Harbour master Ottilie Brand-Nakamura's answer was that the dredging figures were "provisional and likely to rise" before the spring.`,
		}, want: map[string]string{"provisional and likely to rise": "Ottilie Brand-Nakamura"}},
	})
}

// TestRound21AnalystsAtPlacedFirm: "Analysts at <City>-based <Firm> wrote
// in a note that … “…”": where the firm sits, set between "at" and its
// name, does not cut the analysts off from their firm, which speaks.
func TestRound21AnalystsAtPlacedFirm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{name: "analysts at a city-based broker", paras: []string{
			lead,
			`Analysts at Lagos-based Ikoyi Capital Partners wrote in a note to clients that the licence "removes the last obstacle to the refinery's expansion" and raised their target price.`,
		}, want: map[string]string{"removes the last obstacle to the refinery's expansion": "Ikoyi Capital Partners"}},
		{name: "economists at a city-based bank", paras: []string{
			lead,
			`Economists at Zurich-based Albis Private Bank said the rate cut was "a month too late for exporters" and expected another in June.`,
		}, want: map[string]string{"a month too late for exporters": "Albis Private Bank"}},
	})
}

// TestRound21AgreedListed: a readout lists what the two sides agreed in
// infinitives and quotes the last item word for word ("the Presidents
// agreed to <verb> … and “to <verb> …”", "The leaders agreed to <verb> …
// and to prepare a “…”"): the words are the agreement's, which the body
// that issued the readout speaks for — named by its letterhead when no
// minister's title names it.
func TestRound21AgreedListed(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Foreign Affairs of Norland", Kind: "organisation", Role: "Norland's foreign ministry"},
		{Name: "Norland", Kind: "place", Role: "Country"},
		{Name: "Estmark", Kind: "place", Role: "Country"},
	}}
	head := "MINISTRY OF FOREIGN AFFAIRS OF NORLAND\nPRESS RELEASE 112-2027\n\nNorland and Estmark hold their ninth binational cabinet in Vellby\n\n" +
		"The Presidents of Norland and Estmark, Ilse Rautio-Brand and Tomas Vaher-Oduya, held the Ninth Binational Cabinet in Vellby on Wednesday and signed the Vellby Joint Declaration."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the Presidents agreed … and “to …”", reg: reg, paras: []string{head,
			`In the Joint Declaration, the Presidents agreed to instruct their foreign ministers to review the commitments every six months and "to publish a joint report on the state of each border project".`,
		}, want: map[string]string{"to publish a joint report on the state of each border project": "Ministry of Foreign Affairs of Norland"}},
		{name: "the leaders agreed … and to prepare a “…”", reg: reg, paras: []string{head,
			`The leaders agreed to open a joint customs office at the river crossing next spring and to prepare a "timetable for the rail link between the two capitals".`,
		}, want: map[string]string{"timetable for the rail link between the two capitals": "Ministry of Foreign Affairs of Norland"}},
	})
}
