package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// round33cRegistry lists countries with their capitals as aliases and a
// state body named "<Body> of <Country>", the convention the draft follows.
func round33cRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Quessany", Role: "Country", Kind: "place", Aliases: []string{"Lorvaine"}},
		{Name: "Tembrook", Role: "Country", Kind: "place", Aliases: []string{"Harrowgate"}},
		{Name: "Vell", Role: "Country", Kind: "place", Aliases: []string{"Ossimar"}},
		{Name: "Ministry of Foreign Affairs of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Health of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Energy of Quessany", Kind: "organisation"},
	}}
}

// TestRound33cJointStatementParty: "<Country> and <Country> said in a joint
// statement" (or capitals standing for them) gives
// the words to the first-named party, as the annotation brief does; a
// joint statement the sentence says one side's body issued is that
// body's. A pair of people saying the same is left alone.
func TestRound33cJointStatementParty(t *testing.T) {
	t.Parallel()
	head := []string{
		"Neighbours agree on river dredging",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	reg := round33cRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two countries, joint statement after the verb", reg: reg, paras: append(head,
			`Tembrook and Quessany said in a joint statement on Friday that the dredging would "start before the spring floods" on the shared reach.`),
			want: map[string]string{"start before the spring floods": "Tembrook"}},
		{name: "capitals, joint statement first", reg: reg, paras: append(head,
			`In a joint statement, Lorvaine and Harrowgate called the reach "a shared road for both our fleets" and set a toll-free season.`),
			want: map[string]string{"a shared road for both our fleets": "Quessany"}},
		{name: "issued by one side's ministry", reg: reg, paras: append(head,
			`Quessany and Tembrook said they would "share the dredging bill equally", in a joint statement issued by Tembrook's Ministry of Foreign Affairs on Thursday.`),
			want: map[string]string{"share the dredging bill equally": "Ministry of Foreign Affairs of Tembrook"}},
	})
}

// TestRound33cBoxSignedWithBody: a quotes box whose lines sign each quote
// after a dash with the speaker's name and the body they are of, no
// title ("“<Quote>.” – <Given> <Surname>, <Body>"), gives each quote to
// the name; a sentence running on after a quote is no such signature.
func TestRound33cBoxSignedWithBody(t *testing.T) {
	t.Parallel()
	text := `Dock workers vote to strike at Port Alvin

By Ruth Kamanga-Doyle

Sunday 12 October 2025

Dock workers at Port Alvin voted on Friday to strike over night-shift pay, their union said.

The harbour company said the vote was regrettable.

ON THE QUAYSIDE

"Night shifts here pay less than at any port on this coast." – Tobias Ngwenya-Hart, DWU

"The offer on the table is the best in ten years." – Mirela Castellanos-Obi, Port Alvin Harbour Company

"Arbitration is open to both sides from Monday." – Odile Fanshawe, Ministry of Transport

Talks resume on Monday.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"Night shifts here pay less than at any port on this coast.": "Tobias Ngwenya-Hart",
		"The offer on the table is the best in ten years.":           "Mirela Castellanos-Obi",
		"Arbitration is open to both sides from Monday.":             "Odile Fanshawe",
	})
}

// TestRound33cSourcesOfBody: unnamed sources the article named with their
// body ("Sources from the <Body> told …", "According to sources in the
// <Body>, …") speak for that body when "these sources" or "the sources"
// say a quote after; sources with no body stay unknown.
func TestRound33cSourcesOfBody(t *testing.T) {
	t.Parallel()
	head := []string{
		"Harbour tender to be rerun",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "these sources, same paragraph", paras: append(head,
			`Sources from the Ministry of Fisheries said on Wednesday that the crab quota would not be cut this year. "The boats can plan for a full season," these sources said.`),
			want: map[string]string{"The boats can plan for a full season": "Ministry of Fisheries"}},
		{name: "the sources after according to", paras: append(head,
			`According to sources in the Harbour Board, the crane contract will go to a local firm. "The paperwork is nearly done," the sources said.`),
			want: map[string]string{"The paperwork is nearly done": "Harbour Board"}},
		{name: "sources with no body", paras: append(head,
			`According to sources in the town, the crane contract will go to a local firm. "The paperwork is nearly done," the sources said.`),
			want: map[string]string{"The paperwork is nearly done": "unknown"}},
	})
}

// TestRound33cInitialledOfficerWithheldName: "A <ACR> official, who did
// not wish to be named, said …. “…”" speaks for the body the article
// named by those initials: the clause withholds the name, not the body.
// One speaking "on condition of anonymity" is a source and stays unknown.
func TestRound33cInitialledOfficerWithheldName(t *testing.T) {
	t.Parallel()
	head := []string{
		"Two clubs fined over cup final crowd trouble",
		`The Corran Rugby Union (CRU) has fined two of its clubs after bottles were thrown at the cup final.`,
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "name withheld, quote after", paras: append(head,
			`A CRU official, who did not wish to be named, said the fines were the largest in a decade. "Bottles on the pitch cannot be tolerated. Both clubs knew the rules."`),
			want: map[string]string{"Bottles on the pitch cannot be tolerated. Both clubs knew the rules.": "Corran Rugby Union"}},
		{name: "name withheld, colon", paras: append(head,
			`A CRU official, who asked not to be named, said the fines were deserved: "Bottles on the pitch cannot be tolerated."`),
			want: map[string]string{"Bottles on the pitch cannot be tolerated.": "Corran Rugby Union"}},
		{name: "on condition of anonymity", paras: append(head,
			`A CRU official, speaking on condition of anonymity, said both clubs had been "warned twice already" this season.`),
			want: map[string]string{"warned twice already": "unknown"}},
	})
}

// TestRound33cWorkTitleAfterOwner: a work's title after its noun and an
// owner's possessive ("in <Owner>'s series “<Title>”", "published the
// council's report “<Title>”") is the work's name, no one's quote; the
// speaker's own words in the same paragraph still count.
func TestRound33cWorkTitleAfterOwner(t *testing.T) {
	t.Parallel()
	head := []string{
		"Hill farms lose their water rights",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "series after a possessive", paras: append(head,
			`Listeners heard of the dispute last spring in this station's series "Who owns the rain?" and wrote in by the hundred.`,
			`"We were never asked," farmer Ilse Brandvold-Otieno said.`),
			want: map[string]string{"Who owns the rain?": "", "We were never asked": "Ilse Brandvold-Otieno"}},
		{name: "report published by an owner", paras: append(head,
			`Campaigners published the valley council's report "Dry fields and full reservoirs" on Monday.`,
			`"We were never asked," farmer Ilse Brandvold-Otieno said.`),
			want: map[string]string{"Dry fields and full reservoirs": "", "We were never asked": "Ilse Brandvold-Otieno"}},
	})
}

// TestRound33cNameAfterOwnersPossessive: a short capitalised phrase in
// quotes straight after a name's possessive ("interviewed by <Broadcaster>'
// “<Show>” said", "<Body>'s “<Plan>” scheme") is what the owner calls its
// programme or plan, no quote; words in lower case there stay a quote.
func TestRound33cNameAfterOwnersPossessive(t *testing.T) {
	t.Parallel()
	head := []string{
		"River town still under water",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a broadcaster's show", paras: append(head,
			`A nurse interviewed by Radio Velmar's "Night Desk" said the clinic had been shut for a week. "I see patients in my kitchen now," she said.`),
			want: map[string]string{"Night Desk": "", "I see patients in my kitchen now": "unknown"}},
		{name: "a body's scheme", paras: append(head,
			`Residents have applied to the Harrow Trust's "Dry Homes" fund, the trust's director Olek Sandoval-Pryce said.`),
			want: map[string]string{"Dry Homes": ""}},
	})
}

// TestRound33cStrayOpeningMark: a mark opened over a word or two near a
// paragraph's end and never closed, the next paragraph not reopening it,
// is a stray mark, no quote; a quote left open over paragraphs, the next
// one reopening it, still counts.
func TestRound33cStrayOpeningMark(t *testing.T) {
	t.Parallel()
	text := "Ferry talks resume\n\n" +
		"Island shops are already stocking up for what traders call the “long wait.\n\n" +
		"The Ferry Board said pay talks had \"made progress\" this week.\n\n" +
		"Union organiser Pilar Esterhazy-Moyo said: “We have waited since March for an offer.\n\n" +
		"“Our members will not wait another winter.”\n\n" +
		"Talks resume on Monday."
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"long wait.":    "",
		"made progress": "Ferry Board",
		"We have waited since March for an offer. Our members will not wait another winter.": "Pilar Esterhazy-Moyo",
	})
}

// TestRound33cInstitutionMeansBody: "the institution" points back to the
// body just named, as "the organisation" and "the body" do.
func TestRound33cInstitutionMeansBody(t *testing.T) {
	t.Parallel()
	head := []string{
		"Border market reopens",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the institution after the body", paras: append(head,
			`The Ministry of Roads has finished repairs to the river bridge two weeks early. "Heavy lorries can use it from Monday," the institution announced.`),
			want: map[string]string{"Heavy lorries can use it from Monday": "Ministry of Roads"}},
	})
}

// TestRound33cPlaceOrTimeOpening: a sentence opening on where or when the
// words were said ("Outside <place>, <someone> said: …", "Inside <place>,
// …", "Afterwards, …") has no speaker named by its capital; the subject
// after the comma speaks, an unnamed one staying unknown.
func TestRound33cPlaceOrTimeOpening(t *testing.T) {
	t.Parallel()
	head := []string{
		"Ferry operator fined over lifejacket failings",
		"A ferry operator was fined £40,000 on Tuesday after inspectors found expired lifejackets on two of its boats.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "outside, an unnamed passenger", paras: append(head,
			`Outside court, a passenger who sailed to Stromness every week said: "I counted the dates myself. Nobody listened until now."`),
			want: map[string]string{"I counted the dates myself. Nobody listened until now.": "unknown"}},
		{name: "outside, a named skipper", paras: append(head,
			`Outside court, skipper Tobiah Arkwright-Nunes said: "Every jacket on my deck is new this year."`),
			want: map[string]string{"Every jacket on my deck is new this year.": "Tobiah Arkwright-Nunes"}},
		{name: "inside, an unnamed clerk", paras: append(head,
			`Inside, a clerk from Kirkwall who sold the tickets said: "We only sell the tickets."`),
			want: map[string]string{"We only sell the tickets.": "unknown"}},
		{name: "afterwards, an unnamed inspector", paras: append(head,
			`Afterwards, an inspector who asked to stay anonymous said: "The fine is small beside what could have happened."`),
			want: map[string]string{"The fine is small beside what could have happened.": "unknown"}},
	})
}

// TestRound33cDottedShortYearStamp: a page whose only date is a visible
// stamp with the year cut to two figures, day first with dots
// ("Published <dd>.<mm>.<yy>, <hh>:<mm> AM"), is dated by it.
func TestRound33cDottedShortYearStamp(t *testing.T) {
	t.Parallel()
	const page = `<html><head><title>Ferry row: union says boats were fit to sail - Coast Times</title></head><body>
<h1>Ferry row: union says boats were fit to sail</h1>
<p class="byline">By a staff writer in Kochi</p>
<p class="stamp">Published 03.04.25, 09:15 AM</p>
<p>The ferry workers' union on Monday said the boats inspected last week were fit to sail.</p>
<p>"Every boat passed its test," union secretary Anil Varghese-Mathew said.</p>
</body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "https://example.com/ferry-row")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Date.Format(briefings.DateLayout); got != "2025-04-03" {
		t.Errorf("date %s, want 2025-04-03 (%s)", got, a.DateFrom)
	}
}
