package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound30CDates: a page stamp whose month's full name carries a stray
// stop ("<Month>. <dd>, <yyyy> <hh:mm>") dates the story, and so does a
// byline block ("<Author> <Place> <date>") that stands under a standfirst
// written in sentences, where the page sets no subtitle, and a bare date
// line under a document's heading lines with no byline among them. The draft's date stands in for today's
// (2025-03-04) when none is read.
func TestRound30CDates(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	const deck = "Valley towns have waited a decade for a warning system. Now the first gauge is in the water and the second is funded."
	for _, tc := range []struct{ name, text, date string }{
		{"a byline block under a standfirst in sentences",
			"New flood gauge opens on the upper reach\n\n" + deck + "\n\nKesso Varda-Linn\nPort al-Lorne\n17 March, 2025\n\n" + story, "2025-03-17"},
		{"a bare date line under a document's heading lines",
			"Varnia Water Board\nBriefing notes — Upper reach gauges\nMarch 17, 2025\n\n" + story, "2025-03-17"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
	t.Run("a page stamp with a stop after the month's name", func(t *testing.T) {
		page := `<html><head><title>New flood gauge opens on the upper reach</title></head><body><article>
<h1>New flood gauge opens on the upper reach</h1>
<p class="stamp">Posted <time>March. 17, 2025 09:45</time></p>
<p>The river authority opened a new flood gauge on the upper reach, the authority said on Monday after a week of tests.</p>
<p>"The gauge gives the valley two more hours of warning," hydrologist Maren Oduya-Strand said at the opening.</p>
<p>A second gauge is planned for the estuary, and the authority expects to open it before the autumn floods arrive.</p>
</article></body></html>`
		a, err := ingest.Read([]byte(page), "text/html", "")
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Date.Format(briefings.DateLayout); got != "2025-03-17" {
			t.Errorf("date %s, want 2025-03-17 (%s)", got, d.DateFrom)
		}
	})
}

// TestRound30CHeadlineBody: "the <kind>" in a page's standfirst, before the
// story names any body ("The company says … “<words>” …"), is the body the
// headline names and the story names again; "the company" never means a
// ministry the headline names.
func TestRound30CHeadlineBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norvane Freight", Kind: "organisation", Role: "Ardmorian rail freight company"},
		{Name: "Ministry of Transport of Ardmoria", Kind: "organisation", Role: "Ardmoria's transport ministry"},
	}}
	page := func(h1, deck, first string) string {
		return `<html><head><title>` + h1 + `</title></head><body><article>
<p class="kicker">Freight and Logistics</p>
<h1>` + h1 + `</h1>
<p class="deck">` + deck + `</p>
<p>` + first + `</p>
<p>"We expect the first trains in the spring," said Kesso Varda-Linn, who runs the depot project for the firm.</p>
<p>Local traders welcomed the plan, which had been delayed twice by planning disputes over the past three years.</p>
</article></body></html>`
	}
	for _, tc := range []struct {
		name, page, quote, want string
	}{
		{"the company in the deck is the headline's company",
			page("Norvane Freight opens a rail depot at Lorne",
				`Wagons will be loaded "around the clock" from next month, the company said of its depot`,
				"Norvane Freight opened its new rail depot at Lorne on Tuesday, after two years of building work on the old sidings."),
			"around the clock", "Norvane Freight"},
		{"the company is not the headline's ministry",
			page("Ministry of Transport of Ardmoria backs a rail depot at Lorne",
				`Wagons will be loaded "around the clock" from next month, the company said of its depot`,
				"The Ministry of Transport of Ardmoria backed the new rail depot at Lorne on Tuesday, after two years of building work."),
			"around the clock", "unknown"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ingest.Read([]byte(tc.page), "text/html", "")
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.New(reg).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, q := range d.Quotes {
				if q.Text == tc.quote {
					found = true
					if q.Speaker != tc.want {
						t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, tc.want)
					}
				}
			}
			if !found {
				t.Errorf("no quote %q in %+v", tc.quote, d.Quotes)
			}
		})
	}
}

// TestRound30CTurnBodyByTitle: in a transcript, "we" in an official's turn
// ('we said “…”' in the body's <report>) is the body the official's title
// names ("<Title> of the <Body>"), when no speakers' list line names it;
// the official's own words in the first person stay theirs.
func TestRound30CTurnBodyByTitle(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Lorne Valley Water Board", Kind: "organisation", Role: "Regional water regulator"},
		{Name: "Maren Oduya-Strand", Kind: "person", Role: "Chair of the Lorne Valley Water Board", Aliases: []string{"Oduya-Strand"}},
	}}
	text := "Board meeting on the valley drought\n\n" +
		"Record of the public session, water board offices\n\n" +
		"Moderator: The session is open. Questions from the floor come after the chair has spoken.\n\n" +
		"Chair Oduya-Strand: Three dry winters in a row is new for this valley. Our April bulletin put it plainly: we said \"the reservoirs will not refill before the autumn.\" Nothing since has changed that.\n\n" +
		"Reporter (Kesso Varda-Linn, Valley Courier): Are hosepipes going to be banned?\n\n" +
		"Chair Oduya-Strand: \"I expect we will decide that next week, once the rainfall figures for May are in.\""
	d := draftWith(t, reg, text)
	want := map[string]string{
		"the reservoirs will not refill before the autumn.":                                 "Lorne Valley Water Board",
		"I expect we will decide that next week, once the rainfall figures for May are in.": "Maren Oduya-Strand",
	}
	got := map[string]string{}
	for _, q := range d.Quotes {
		got[q.Text] = q.Speaker
	}
	for q, sp := range want {
		if got[q] != sp {
			t.Errorf("%q: speaker %q, want %q (quotes %v)", q, got[q], sp, got)
		}
	}
}

// TestRound30CRepeats: "repeat" is a verb of saying after a quote ("“<Word>,”
// she repeats"): a one-word quote so echoed is the speaker's.
func TestRound30CRepeats(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a one-word quote she repeats", paras: []string{
			"Valley towns told to prepare",
			"The river authority opened a new flood gauge on the upper reach on Tuesday, after a week of delays and a long wait for parts.",
			"Hydrologist Maren Oduya-Strand wanted the gauge for years. What held it up? She says one word, then again, slower. “Forms,” she repeats, looking at the river.",
		}, want: map[string]string{"Forms": "Maren Oduya-Strand"}},
	})
}

// TestRound30CBodysPeopleThey: "they" opening the paragraph after one that
// ends with "<People> at <Body> wrote … “…”" is the body whose people
// spoke last, though the sentence's speaker was read as the body itself.
func TestRound30CBodysPeopleThey(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Varda Partners", Kind: "organisation", Role: "Freight consultancy"},
	}}
	regTwo := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Osmund Reade", Kind: "organisation", Role: "Bank"},
		{Name: "Tallow Shipping", Kind: "organisation", Role: "Freight line"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "they after the body's people", reg: reg, paras: []string{
			"Valley toll plan divides hauliers",
			"The river authority published its plan for road tolls on the valley route on Tuesday, after a year of consultation with hauliers.",
			"The hauliers' own numbers came from elsewhere. Economists at Lorne consultancy Varda Partners called the plan \"a costly detour\" in their quarterly outlook.",
			"\"If the tolls rise in spring, most freight will move to the coast road within a year,\" they wrote.",
		}, want: map[string]string{
			"a costly detour": "Varda Partners",
			"If the tolls rise in spring, most freight will move to the coast road within a year": "Varda Partners",
		}},
		// A second body named in the sentence: no lone body for "they"
		// to fall back on, so only the body's-people rule (the
		// sentence opening "<People> at <Body>") names the speaker.
		{name: "they after the body's people, another body named", reg: regTwo, paras: []string{
			"Ferry levy splits island traders",
			"The island council set out a levy on ferry freight on Thursday, after months of talks with traders.",
			"Doubts remain. Economists at Brackwater bank Osmund Reade wrote in a note to clients that the levy, which Tallow Shipping backs, would be \"a tax on every loaf\", with grocers likely to raise prices.",
			"\"If the levy doubles by winter, half the island's shops will buy from the mainland by post,\" they wrote.",
		}, want: map[string]string{
			"a tax on every loaf": "Osmund Reade",
			"If the levy doubles by winter, half the island's shops will buy from the mainland by post": "Osmund Reade",
		}},
	})
}

// TestRound30CLoneBodyThey: a plural "they" that no group of people can
// mean is the one body named in its sentence before it and in the
// sentence before, as an interview's answer speaks of the body the
// answer or the question just named; a transcript's turn label is no
// antecedent.
func TestRound30CLoneBodyThey(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Lorne Valley Water Board", Kind: "organisation", Role: "Regional water regulator", Aliases: []string{"LVWB"}},
		{Name: "Kesso Varda-Linn", Kind: "person", Role: "Hydrologist"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "they after the body the answer names", reg: reg, paras: []string{
			"Q&A: a hydrologist on the valley drought",
			"Kesso Varda-Linn has measured the valley's rivers for twenty years. We asked her about the drought and the summer ahead.",
			"Question: Is the drought as bad as the regulator says?",
			"Varda-Linn: I would agree with the LVWB. In their bulletin they said the reservoirs hold \"less than a third of their winter level,\" and that is what my gauges show too.",
		}, want: map[string]string{"less than a third of their winter level": "Lorne Valley Water Board"}},
		{name: "they after the body the question names", reg: reg, paras: []string{
			"Q&A: a hydrologist on the valley drought",
			"Kesso Varda-Linn has measured the valley's rivers for twenty years. We asked her about the drought and the summer ahead.",
			"Question: What did the LVWB decide about garden hoses?",
			"Varda-Linn: Their position, which they repeated in writing, is that hoses stay allowed \"until the rivers fall below the summer mark.\" I think that is sensible.",
		}, want: map[string]string{"until the rivers fall below the summer mark.": "Lorne Valley Water Board"}},
	})
}

// TestRound30CPromptAnswer: in an interview set out with no labels, a
// prompt put as a statement to the one interviewed ("You have been
// <verb>ed.") is answered as a question is: the answer's "I" is whoever
// the interview is with.
func TestRound30CPromptAnswer(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an I under a prompt in the second person", paras: []string{
			"Maren Oduya-Strand: 'The valley is drying from the top'",
			"Maren Oduya-Strand has kept the river gauges on the upper reach for twenty years. Oduya-Strand now runs the valley's flood office, and she spoke to us about drought, dams and the summer ahead.",
			"How low is the river this spring?",
			"Lower than any spring since the gauges went in. The upper reach is a chain of pools.",
			"And the dams?",
			"They hold back what little there is. That is the second problem.",
			"You have been criticised by the farmers.",
			"Yes. They say I frighten people. I tell them: \"A gauge cannot frighten anyone; it only counts.\"",
		}, want: map[string]string{"A gauge cannot frighten anyone; it only counts.": "Maren Oduya-Strand"}},
	})
}

// TestRound30CSignedAfter: a quote box whose citation line runs into the
// quote's own paragraph ("“<Quote>.” <Given> <Surname>, <Title>") is signed
// by the name before the comma.
func TestRound30CSignedAfter(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Valley towns pick two hosts for the river festival</title></head><body><article>
<h1>Valley towns pick two hosts for the river festival</h1>
<p>The valley council, meeting on Tuesday in Port Lorne, chose the two upper-reach towns to host next summer's river festival, after a year of bids from six towns.</p>
<p>The festival draws some 40,000 visitors over four days, and the council expects the two towns to share the cost of the stages and boats.</p>
<div class="box">
<h3>In their words</h3>
<blockquote>"Our quays are ready. We have waited ten years for this and every boat club is behind it."
<cite>Maren Oduya-Strand, Mayor of Upper Lorne</cite></blockquote>
<blockquote>"The river made these towns. The festival gives it back to the children who live on it."
<cite>Kesso Varda-Linn, Head of the Varne Boat Club</cite></blockquote>
</div>
<p>The council will publish the festival's programme in the spring.</p>
</article></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"Our quays are ready. We have waited ten years for this and every boat club is behind it.": "Maren Oduya-Strand",
		"The river made these towns. The festival gives it back to the children who live on it.":   "Kesso Varda-Linn",
	})
}
