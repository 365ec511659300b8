package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound24StampForms: a page's time stamp dates the article when it
// names the town the page dates itself from with a particle in the town's
// name ("<Town> am <River>, <date>", in an element the markup calls a
// date), or closes on the hours mark and a count of views ("<date> at
// <hh:mm>hrs | <n> Views"); a line that is a sentence ending in a date
// still dates nothing.
func TestRound24StampForms(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach on Monday, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"a stamp with the hours mark and a count of views",
			"New flood gauge opens on the upper reach\n\nby Staff reporter\n14 Mar 2025 at 07:45hrs | 2,310 Views\n\n" + story, "2025-03-14"},
		{"a stamp with the hours mark apart from the time",
			"New flood gauge opens on the upper reach\n\n14 Mar 2025, 07:45 hrs\n\n" + story, "2025-03-14"},
		{"a sentence ending in a date is no stamp",
			"New flood gauge opens on the upper reach\n\nComments on the gauge close at noon on 30 April 2025\n\n" + story, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
	for _, tc := range []struct{ name, stamp, date string }{
		{"a town with a German particle", "Lindau am Brunnsee, 14 March 2025", "2025-03-14"},
		{"a town with a two-word particle", "Halden an der Vell, 14 March 2025", "2025-03-14"},
		{"a town with a French particle", "Saint-Rémy en Vaudrois, 14 March 2025", "2025-03-14"},
		{"a sentence is no stamp", "Comments close on 30 April 2025", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><title>New flood gauge opens</title></head><body>
<main><div class="title"><h1>New flood gauge opens on the upper reach</h1>
<p class="page-publicationDate">` + tc.stamp + `</p></div>
<div class="section"><p>The river authority opened a new flood gauge on the upper reach on Monday, the authority said in its weekly bulletin to the valley's councils.</p>
<p>"The gauge gives the valley two more hours of warning," hydrologist Maren Oduya-Strand said at the opening.</p>
<p>A second gauge is planned for the estuary next year, when the authority's budget allows it.</p></div></main></body></html>`
			a, err := ingest.Read([]byte(page), "text/html", "https://river.example/news/gauge")
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound24NamesInMarks: marks that hold what a thing or a person is
// called are no one's words — a name set before the noun of its kind as
// its modifier ("the “<Name>” report", "a “<Slogan>” committee", "<Body>'s
// “<Name>” campaign"), a name after "known <to|in|on …> <who or where>
// as", a thing named on first mention ("a <noun> called “<Name>”"), a
// nickname after "call|called him|her" — while the quotes beside them
// stay; and words a speaker calls someone in lower case stay a quote.
func TestRound24NamesInMarks(t *testing.T) {
	t.Parallel()
	const lead = "The harbour board met on Tuesday to discuss the new berths, officials said."
	for _, tc := range []furnitureCase{
		{"a report's title before its noun", []string{
			`The board took note of the "Safe Berths for Everyone" report prepared by its staff and the pilots' association.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Safe Berths for Everyone"}, "We will start with the north quay"},
		{"a slogan before a committee", []string{
			`The "No to the Toll" committee, which collected the signatures, said it would watch the works.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"No to the Toll"}, "We will start with the north quay"},
		{"a body's campaign by its possessive", []string{
			`The union's "Fair Shifts Now" campaign asks the board for a new rota.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Fair Shifts Now"}, "We will start with the north quay"},
		{"known to a people as", []string{
			`The old crane, known to the dockers of the east basin as "the grey lady of the quay", will be taken down in May, deputy harbour master Ilse Marrow-Tann said.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"the grey lady of the quay"}, "We will start with the north quay"},
		{"known in a place as", []string{
			`Dried kelp, known in the island markets as "kombu-lite", fetches twice the price of fresh, the fisheries officer Ilse Marrow-Tann said.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"kombu-lite"}, "We will start with the north quay"},
		{"a thing called by its name", []string{
			`The board is carrying out a ten-year plan called "Harbour 2035", which aims to double the berths.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Harbour 2035"}, "We will start with the north quay"},
		{"a nickname with a particle", []string{
			`Fishermen called him "Dhunga ko Raja", the king of the stones, a name he never liked.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Dhunga ko Raja"}, "We will start with the north quay"},
		{"a nickname with its article", []string{
			`Some of the pilots call her "the Admiral," a nickname she says she has not earned.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"the Admiral"}, "We will start with the north quay"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
	// What a speaker calls someone, in words of their own, and a quoted
	// modifier in lower case stay quotes.
	d := draftOf(t, nil, lead,
		`Harbour master Dorin Vasilescu-Pop called him "a true son of the port" and said the quay would bear his name.`,
		`Vasilescu-Pop also warned of a "dangerous" shortage of pilots on the night shift.`)
	found := map[string]bool{}
	for _, q := range d.Quotes {
		found[q.Text] = true
	}
	for _, keep := range []string{"a true son of the port", "dangerous"} {
		if !found[keep] {
			t.Errorf("%q is no longer taken for a quote", keep)
		}
	}
}

// TestRound24TeaserQuotes: a paragraph that is only a quote no verb
// attributes, whose words a longer paragraph further down gives again — a
// sub-headline in the speaker's words over a feature, a pull quote over
// an interview's answer — is no quote of its own; the story's telling
// with its speaker stays.
func TestRound24TeaserQuotes(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a feature's sub-headline", []string{
			`"Some bring their mother's kettle. Some bring their uncle's."`,
			`Every Sunday a trestle table appears outside the library on Quarry Lane.`,
			`"Some bring their mother's kettle. Some bring their uncle's. They want that one fixed, not a new one," the 81-year-old repairer Osric Pendlebury-Ngata said.`,
		}, []string{"Some bring their mother's kettle. Some bring their uncle's."}, "Some bring their mother's kettle. Some bring their uncle's. They want that one fixed, not a new one"},
		{"a pull quote over an interview's answer", []string{
			`The water agency's head, Ilse Marrow-Tann, said the valley had two dry years behind it.`,
			`"We cannot wait for the autumn rains forever."`,
			`Q: Is the reservoir enough?`,
			`Marrow-Tann: It is not. We have asked the mills to recycle their water from next year. We cannot wait for the autumn rains forever.`,
			`"The mills have said yes, and that is a start," she said.`,
		}, []string{"We cannot wait for the autumn rains forever."}, "The mills have said yes, and that is a start"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, tc.paras...), tc.not, tc.keep)
		})
	}
}

// TestRound24Directives: a court's or a department's direction quotes
// what its object was told to do, and the words are the body's — "the
// court directed the council “not to …”" (the infinitive inside the
// marks), "the department directed all clinics to … and to keep “…”"
// (the last of its infinitives quoted) — as "ordered" and "instructed"
// already were.
func TestRound24Directives(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "High Court of Norland", Kind: "organisation", Role: "Norland's high court"},
		{Name: "Valley Health Department", Kind: "organisation", Role: "a provincial health department"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an infinitive quoted whole after the object", reg: reg, paras: []string{
			"Court halts fee rise at the port college",
			"The High Court of Norland on Tuesday heard a petition by 20 students against a 30 percent fee rise at the port college.",
			`Counsel for the students, Ardith Moe-Lindqvist, told the court the rise was "unlawful".`,
			`In its short order, the court directed the college "not to take any action against the petitioners" until the next hearing.`,
		}, want: map[string]string{"not to take any action against the petitioners": "High Court of Norland"}},
		{name: "the last of a direction's infinitives", reg: reg, paras: []string{
			"Clinics told to prepare for the heatwave",
			"Temperatures in the valley are expected to pass 45 degrees this week, the weather office said.",
			`The Valley Health Department, in a separate notice, directed all clinics to cancel the leave of their nurses and to keep "enough stocks of saline and ice packs" in their wards.`,
		}, want: map[string]string{"enough stocks of saline and ice packs": "Valley Health Department"}},
	})
}

// TestRound24BodiesViews: "in <X>'s view|opinion|words" gives the quote
// after it to a body as it did to a person — a body named by its
// capitalised head word after its article ("In the Tribunal's view, …
// “…”"), and "in its|their view|opinion" to the body the sentence opens
// with ("<Court> dismissed the claim because, in its opinion, the
// claimant had “…”").
func TestRound24BodiesViews(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Water Tribunal of Norland", Kind: "organisation", Role: "Norland's water tribunal", Aliases: []string{"Tribunal"}},
		{Name: "District Court of Lornhaven", Kind: "organisation", Role: "a district court"},
		{Name: "Ministry of Water of Norland", Kind: "organisation", Role: "Norland's water ministry"},
	}}
	for _, c := range []speakerCase{
		{name: "a body's head word with its possessive", reg: reg, paras: []string{
			"Tribunal annuls the quarry's water permit",
			"The Water Tribunal of Norland on Thursday annulled the water permit issued to the Eastfield quarry and sent the matter back to the agency.",
			`In the Tribunal's view, a permit cannot stand where "the agency has not even asked what the pumping will do to the wells".`,
			`The quarry's owner said it would apply again.`,
		}, want: map[string]string{"the agency has not even asked what the pumping will do to the wells": "Water Tribunal of Norland"}},
		{name: "its opinion, for the sentence's subject", reg: reg, paras: []string{
			"Villagers win their appeal over the well",
			"The villagers of Eastfield first took the Ministry of Water of Norland to court in 2023, asking that the Ministry of Water of Norland repair the village well.",
			`The District Court of Lornhaven threw out the claim because, in its opinion, the villagers had "other means to claim the repair of the well."`,
			`The appeal court set that decision aside.`,
		}, want: map[string]string{"other means to claim the repair of the well.": "District Court of Lornhaven"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			wantRuleSpeakers(t, draftArticle(t, c.reg, c.paras...), c.want)
		})
	}
}

// wantRuleSpeakers is wantSpeakers for a rule the learned chooser may
// stand in for: the speaker must be right and come from the rules, not
// from the chooser's pick.
func wantRuleSpeakers(t *testing.T, d *ingest.Draft, want map[string]string) {
	t.Helper()
	wantSpeakers(t, d, want)
	for _, q := range d.Quotes {
		if _, ok := want[q.Text]; ok && strings.HasPrefix(q.Check, "speaker picked by the learned chooser") {
			t.Errorf("%q: %s", q.Text, q.Check)
		}
	}
}

// TestRound24FindingDated: a court's finding with the judgment and its
// date between the verb and "that" ("had found in its judgment of <d>
// <Month> <yyyy> that … “…”") is the court's; the date's words do not use
// up the few words a clause verb's aside may hold.
func TestRound24FindingDated(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Eastmark Circuit Court", Kind: "organisation", Role: "a circuit court"},
	}}
	d := draftArticle(t, reg, "Top court restores the well permit",
		"The supreme court on Thursday restored the permit for the Eastfield well and sent the case back to the agency.",
		`The Eastmark Circuit Court had found in its judgment of 3 June 2024 that a full survey would impose "a burden out of all proportion on the village".`,
		`The supreme court set that judgment aside.`)
	wantRuleSpeakers(t, d, map[string]string{"a burden out of all proportion on the village": "Eastmark Circuit Court"})
}

// TestRound24Minutes: a meeting's minutes are a document of the body that
// met — "“…,” the minutes read" after "According to the latest council
// minutes" is the council's — while minutes of time name no document.
func TestRound24Minutes(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Lornhaven City Council", Kind: "organisation", Role: "a city council", Aliases: []string{"council"}},
	}}
	d := draftArticle(t, reg, "Council extends water rationing to the east",
		"LORNHAVEN City Council has resolved to extend water rationing to the eastern suburbs after a long full council meeting.",
		"According to the latest council minutes, the city's dams were at 28 percent of capacity at the end of January.",
		`"The works department recommends that rationing be extended to all zones from 1 March," the minutes read.`,
		`Twenty minutes later, Ward 4 councillor Tamsin Ruick-Oduya said: "We were not told until this morning."`)
	wantRuleSpeakers(t, d, map[string]string{
		"The works department recommends that rationing be extended to all zones from 1 March": "Lornhaven City Council",
		"We were not told until this morning.":                                                 "Tamsin Ruick-Oduya",
	})
}

// TestRound24ParticipleAside: an opening phrase followed by a
// participle's aside ("In its weekly report, published on its website,
// the <Body> estimated … and said …") leaves the body as the subject of
// both verbs; the participle is no one.
func TestRound24ParticipleAside(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland Grid Company", Kind: "organisation", Role: "Norland's grid operator", Aliases: []string{"NGC"}},
	}}
	d := draftArticle(t, reg, "Power cuts to go on through the week",
		"The Norland Grid Company (NGC) said crews were working through the night on the lines the storm brought down.",
		`In its weekly report, published on its website, the NGC estimated a shortfall of 900 megawatts at the evening peak and said the cuts would continue "for most of the week" in the north.`,
		`Residents of the north have had power for six hours a day since Sunday.`)
	wantRuleSpeakers(t, d, map[string]string{"for most of the week": "Norland Grid Company"})
}

// TestRound24UnnamedGroupsStayUnknown: words the article gives to people
// it names by no name or body — an agent noun's plural as a subject
// ("<Place> users had described it as “…”"), a plural of people opening a
// relative clause ("a meeting at which councillors … accused the
// department of “…”") — stay unknown: the learned chooser is not asked to
// give them to the body the story is about.
func TestRound24UnnamedGroupsStayUnknown(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Lornhaven Port Authority", Kind: "organisation", Role: "a port authority", Aliases: []string{"LPA"}},
		{Name: "Lornhaven City Council", Kind: "organisation", Role: "a city council"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an agent noun's plural", reg: reg, paras: []string{
			"Port quadruples storage rent on idle containers",
			`The Lornhaven Port Authority (LPA) has raised the rent on containers left in its yards for more than a week, the LPA said on Monday.`,
			`"The yards are full and the ships are waiting," the LPA said in a circular.`,
			`The LPA last revised its tariff in 2024. Harbour users had described that revision as "far too steep, far too fast".`,
		}, want: map[string]string{"far too steep, far too fast": "unknown"}},
		{name: "a plural of people opening a relative clause", reg: reg, paras: []string{
			`LORNHAVEN City Council has resolved to ration water in most suburbs after a heated meeting at which councillors from the western wards accused the works department of "making the poor pay for the city's mistakes".`,
			`"We have no choice until the rains come," the council said in a statement.`,
			`The rationing starts on Monday.`,
		}, want: map[string]string{"making the poor pay for the city's mistakes": "unknown"}},
	})
}

// TestRound24AgeAndRemitAsides: an aside that gives a speaker's age
// ("<Name>, now 91, told …", "aged 64") or remit ("<Title> <Name>,
// responsible for <field>, told …", "in charge of <field>") stands
// between the speaker and the verb as a title or a bare age already did.
func TestRound24AgeAndRemitAsides(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "now and an age", paras: []string{
			"Opera star dies at 88",
			"Wen Sau-lan, who sang the heroines of the Cantonese stage for half a century, has died at 88, her family said.",
			"She often sang opposite the scholar-role actor Chow Kwok-wing.",
			"Chow, now 91, told the paper on Wednesday that he had lost “a sister, not only a partner.”",
		}, want: map[string]string{"a sister, not only a partner.": "Chow Kwok-wing"}},
		{name: "responsible for a field", paras: []string{
			"Glacier resort waits for a ruling",
			"The state government has not yet ruled on the resort's application to extend its ski area onto the glacier.",
			`Councillor Markus Ebenhofer-Lind, responsible for spatial planning, told the newspaper that the decision would be made "by the law and not by the headlines".`,
		}, want: map[string]string{"by the law and not by the headlines": "Markus Ebenhofer-Lind"}},
	})
}

// TestRound24ForViewpoint: a sentence that opens "For <someone>," states
// their view, in their words when it quotes them — "For the <title> of
// <Body>, <Name>, the two ports are “…”", "For the Court, the claim was
// admissible because … “…”" — while "For years," names no one.
func TestRound24ForViewpoint(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Supreme Court of Norland", Kind: "organisation", Role: "Norland's supreme court", Aliases: []string{"Court"}},
	}}
	for _, c := range []speakerCase{
		{name: "a title and the name set off", paras: []string{
			"Second port opens to transit cargo",
			"The new deep-water port at Lornhaven opened to transit cargo on Monday, two years after its first berth was finished.",
			`For the Minister of Transport, Idris Mbarga-Fotso, the two ports are "complementary, not rivals."`,
			`Transit cargo has until now gone through the old port at Eastfield.`,
		}, want: map[string]string{"complementary, not rivals.": "Idris Mbarga-Fotso"}},
		{name: "a body", reg: reg, paras: []string{
			"Villagers win their appeal over the well",
			"The Supreme Court of Norland on Thursday ordered the state to repair the Eastfield well within six months.",
			`For the Court, the claim was admissible because the other remedies available "are not fit to protect, in time, children who drink unsafe water."`,
			`The ministry said it would comply.`,
		}, want: map[string]string{"are not fit to protect, in time, children who drink unsafe water.": "Supreme Court of Norland"}},
		{name: "a time names no one", paras: []string{
			"Villagers win their appeal over the well",
			"The court on Thursday ordered the state to repair the Eastfield well within six months.",
			`For years, the village has drawn water that the health office calls "unfit to drink."`,
		}, want: map[string]string{"unfit to drink.": "unknown"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			wantRuleSpeakers(t, draftArticle(t, c.reg, c.paras...), c.want)
		})
	}
}

// TestRound24PlansSpeak: a body's plan or strategy is a document of the
// body, and what it says is the body's — "The <Body>'s own master plan
// described embankments as “…”".
func TestRound24PlansSpeak(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Lorn River Board", Kind: "organisation", Role: "a river basin authority"},
	}}
	d := draftArticle(t, reg, "Embankments are not the answer, says hydrologist",
		`Hydrologist Anjali Deka-Marrow has studied the Lorn for thirty years. "The river raises its own bed every year," she said.`,
		`The Lorn River Board's own master plan described embankments as "a stopgap at best", and that was not written by activists.`,
		`The board did not reply to questions.`)
	wantRuleSpeakers(t, d, map[string]string{"a stopgap at best": "Lorn River Board"})
}

// TestRound24QuoteBoxBesideText: a release's box of signed quotes set
// beside its text block — an <aside> or a <section class="quotes-box">
// after the <div> readability takes for the story — stays in the story,
// each quote with its signature's speaker, and is not read twice when the
// story already holds it.
func TestRound24QuoteBoxBesideText(t *testing.T) {
	t.Parallel()
	for _, box := range []string{"section", "aside"} {
		t.Run(box, func(t *testing.T) {
			t.Parallel()
			page := `<!DOCTYPE html><html><head><title>Bank approves grant for the northern corridor</title></head><body>
<main><article class="news-release"><h1>Bank approves grant for the northern corridor</h1>
<div class="body">
<p>LORNHAVEN (14 March 2025) — The Regional Development Bank has approved a grant of $40 million to rebuild the northern corridor between Lornhaven and the border, the bank said on Friday.</p>
<p>The project will rebuild 120 kilometres of road, add truck parking at two towns and build a market for women traders at the border post.</p>
<p>"The corridor is the region's lifeline to the sea," said Ilse Marrow-Tann, the bank's director for the region. "We want a truck that leaves the port in the morning to cross the border the next day."</p>
<p>The project is the bank's largest in the region this year, and its third on the corridor since 2019.</p>
</div>
<` + box + ` class="quotes-box">
<h2>Quotes</h2>
<blockquote><p>“For our hauliers, every hour lost at a checkpoint is money lost.”</p><footer>— Idris Mbarga-Fotso, Minister of Transport</footer></blockquote>
<blockquote><p>“A real market means safety for us and for our daughters.”</p><footer>— Awa Ouro-Tchalla, President of the Women Traders' Union</footer></blockquote>
</` + box + `>
<div class="media-contacts"><p>Media contact: press office</p></div>
</article></main></body></html>`
			a, err := ingest.Read([]byte(page), "text/html", "https://bank.example/news/corridor")
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, map[string]string{
				"The corridor is the region's lifeline to the sea":                 "Ilse Marrow-Tann",
				"For our hauliers, every hour lost at a checkpoint is money lost.": "Idris Mbarga-Fotso",
				"A real market means safety for us and for our daughters.":         "Awa Ouro-Tchalla",
			})
			n := 0
			for _, q := range d.Quotes {
				if q.Text == "A real market means safety for us and for our daughters." {
					n++
				}
			}
			if n != 1 {
				t.Errorf("the box's last quote read %d times, want once", n)
			}
		})
	}
}

// TestRound24LongTitles: a work's title stays out of the quotes however
// long and in whatever case, when its place says it is one — set off by
// commas after the work's noun ("The report, “<Title>: <subtitle in
// sentence case>”, follows …", "<Body>'s assessment, “<Title>,” was
// conducted …") or after "entitled" ("The report, entitled “<twenty
// words>”, will be debated …") — while the quotes beside it stay.
func TestRound24LongTitles(t *testing.T) {
	t.Parallel()
	const lead = "The harbour board met on Tuesday to discuss the new berths, officials said."
	for _, tc := range []furnitureCase{
		{"a report in apposition, sentence case after the colon", []string{
			`The report, "Deep water: how the dredging of the estuary reaches the fishing villages of the coast", follows the silt from the port to the river mouth.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Deep water: how the dredging of the estuary reaches the fishing villages of the coast"}, "We will start with the north quay"},
		{"an assessment with the comma inside the marks", []string{
			`The union's assessment, "Waiting for the tide: pay and safety on the night shift," was carried out in May.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Waiting for the tide: pay and safety on the night shift"}, "We will start with the north quay"},
		{"a long title after entitled", []string{
			`The report, entitled "Dredging and silt as a growing threat to the livelihoods of the fishing villages of the coast", will be debated in June.`,
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
		}, []string{"Dredging and silt as a growing threat to the livelihoods of the fishing villages of the coast"}, "We will start with the north quay"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound24InlineRelatedLinks: a link to another story with its label
// on its own line ("Read: ‘<words>’: <headline>", "Also on <Outlet>:
// ‘<words>,’ says <Body>", "Go deeper: “<words>”: <headline>") quotes
// that story, not this one; the story's own quote stays.
func TestRound24InlineRelatedLinks(t *testing.T) {
	t.Parallel()
	const lead = "The harbour board met on Tuesday to discuss the new berths, officials said."
	for _, tc := range []furnitureCase{
		{"read", []string{
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
			`Read: 'No berth, no fee': Board warns idle ships`,
			`The board meets again next week.`,
		}, []string{"No berth, no fee"}, "We will start with the north quay"},
		{"also on an outlet", []string{
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
			`Also on HARBOUR WEEKLY: 'Silt is not a bargaining chip,' says ministry`,
			`The board meets again next week.`,
		}, []string{"Silt is not a bargaining chip"}, "We will start with the north quay"},
		{"go deeper", []string{
			`"We will start with the north quay," harbour master Dorin Vasilescu-Pop said.`,
			`Go deeper: "A near-miss every night": Inside the estuary's pilot shortage`,
			`The board meets again next week.`,
		}, []string{"A near-miss every night"}, "We will start with the north quay"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound24OwnPageDocuments: on a body's own page (the page's publisher
// is a body the registry lists), a document no sentence gives an issuer
// ("The project document notes that … “…”") is the publisher's.
func TestRound24OwnPageDocuments(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Regional Development Bank", Kind: "organisation", Role: "a development bank"},
	}}
	page := `<!DOCTYPE html><html><head><title>Bank approves loan for the northern grid</title>
<meta property="og:site_name" content="Regional Development Bank"></head><body>
<main><article><h1>Bank approves loan for the northern grid</h1>
<p>LORNHAVEN (14 March 2025) — The Regional Development Bank has approved a loan of $160 million to build a transmission line between the northern dams and the border, the bank said on Friday.</p>
<p>The line will carry up to 1,200 megawatts of wet-season power that is now spilled at the dams for want of a way to the market.</p>
<p>The project document notes that the power spilled in the last monsoon was worth "three months of the country's dry-season imports."</p>
<p>The line is to be finished in 2029, and its first section in 2027.</p>
</article></main></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "https://bank.example/news/grid")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(reg).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantRuleSpeakers(t, d, map[string]string{"three months of the country's dry-season imports.": "Regional Development Bank"})
}
