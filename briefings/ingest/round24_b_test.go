package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// countriedRegistry names every state body it lists with its state, as a
// curator following the convention does; Norland's own bodies are not
// listed.
func countriedRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vestby"}},
		{Name: "Sudmark", Kind: "place", Role: "Country", Aliases: []string{"Ostrava Nova"}},
		{Name: "Ministry of Foreign Affairs of Sudmark", Kind: "organisation", Role: "Sudmark's foreign ministry"},
		{Name: "Ministry of Trade of Sudmark", Kind: "organisation", Role: "Sudmark's trade ministry"},
		{Name: "Department of Roads of Sudmark", Kind: "organisation", Role: "Sudmark's roads department"},
		{Name: "Norland Harbour Pilots' Guild", Kind: "organisation", Role: "Pilots' association"},
	}}
}

// TestRound24StateBodyOfCountry: a state body the registry does not list,
// named bare ("the Ministry of <Field>", "the National <Field> Agency",
// "the National Staff of <Field>", "the Cabinet of Ministers"), is
// "<Body> of <Country>" for the article's country when the registry names
// every state body it lists with its state — even when it lists none of
// that country's — and the country is the dateline's, else the one the
// sentences name most, else the one named nearest before the body. A
// registry that names a ministry bare keeps the bare name, and so do a
// people's body and a company.
func TestRound24StateBodyOfCountry(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	bare := &briefings.Registry{Speakers: append(append([]*briefings.Speaker{}, reg.Speakers...),
		&briefings.Speaker{Name: "Ministry of Culture", Kind: "organisation", Role: "Sudmark's culture ministry"})}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a ministry, the dateline's country", reg: reg, paras: []string{
			"Ferry fares to rise in spring",
			"VESTBY, March 3 — Ferry fares on the northern routes will rise by a tenth from April, officials said on Monday.",
			"The Ministry of Transport and Coastal Works said in a statement that the rise was “the first in six years” and would pay for two new vessels.",
		}, want: map[string]string{"the first in six years": "Ministry of Transport and Coastal Works of Norland"}},
		{name: "a national agency, the country the sentences name", reg: reg, paras: []string{
			"Storm warning for the coast",
			"Norland's western coast braced for a second storm in a week on Tuesday, with gusts of up to 120 km/h expected overnight.",
			"Schools in three Norland districts will stay closed.",
			"The National Weather Agency urged residents to “stay indoors and away from the seafront until the warning is lifted.”",
		}, want: map[string]string{"stay indoors and away from the seafront until the warning is lifted.": "National Weather Agency of Norland"}},
		{name: "a national staff of a field", reg: reg, paras: []string{
			"Storm warning for the coast",
			"VESTBY, March 3 — Gusts of up to 120 km/h are expected overnight.",
			"The National Staff of Civil Protection said in a note that residents should “keep away from fallen power lines.”",
		}, want: map[string]string{"keep away from fallen power lines.": "National Staff of Civil Protection of Norland"}},
		{name: "the country named nearest before, when two are named as often", reg: reg, paras: []string{
			"Fishers caught between two capitals",
			"In the northern villages the fishers have stopped counting the nights. The lights come after ten, and by dawn the nets are gone.",
			"Nobody on the beach expects the talks to change that. The trawlers have come for fifteen years.",
			"Ostrava Nova says its fleet keeps to its own waters. The strait has been patrolled since spring.",
			"The fishing grounds were shared until 1990, when Vestby closed its waters to foreign trawlers.",
			"On Thursday the Ministry of Fisheries, Coasts and Islands said it would pay for lost gear “in phases from next January”.",
		}, want: map[string]string{"in phases from next January": "Ministry of Fisheries, Coasts and Islands of Norland"}},
		{name: "a registry that names a ministry bare", reg: bare, paras: []string{
			"Ferry fares to rise in spring",
			"VESTBY, March 3 — Ferry fares on the northern routes will rise by a tenth from April, officials said on Monday.",
			"The Ministry of Transport and Coastal Works said in a statement that the rise was “the first in six years” and would pay for two new vessels.",
		}, want: map[string]string{"the first in six years": "Ministry of Transport and Coastal Works"}},
		{name: "a people's body keeps its name", reg: reg, paras: []string{
			"Ferry fares to rise in spring",
			"VESTBY, March 3 — Ferry fares on the northern routes will rise by a tenth from April, officials said on Monday.",
			"The National Federation of Ferry Workers said the rise was “a tax on islanders”.",
		}, want: map[string]string{"a tax on islanders": "National Federation of Ferry Workers"}},
	})
}

// TestRound24CourtBench: a court's bench speaks as the court. "The <Kind>
// Chamber of the <Court>" and then "the Chamber" are the registry's
// "<Court> of <Country>" when the article names only the bare court; a
// report's lower-case "the bench" or "the panel" is the court that ruled,
// named before.
func TestRound24CourtBench(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vestby"}},
		{Name: "Supreme Court of Norland", Kind: "organisation", Role: "Norland's highest court"},
		{Name: "Vestby High Court", Kind: "organisation", Role: "High Court of Vestby province, Norland"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the chamber of the bare court, then the Chamber", reg: reg, paras: []string{
			"Supreme Court: harbour permit must be reassessed",
			"The Civil Chamber of the Supreme Court today annulled the harbour permit issued by the Norland port board to a ferry operator.",
			"The Chamber noted that the board had not assessed “the noise the new quay would bring to the old town”.",
		}, want: map[string]string{"the noise the new quay would bring to the old town": "Supreme Court of Norland"}},
		{name: "the bench in a court report", reg: reg, paras: []string{
			"High Court stays fee rise",
			"VESTBY: The Vestby High Court on Tuesday stayed a fee rise at the state university.",
			"A two-member bench comprising Justice Aron Tveit and Justice Mia Lund was hearing a petition filed by 14 students.",
			"The bench observed that “a place at college cannot turn on what a family earns” and asked the university to reply.",
		}, want: map[string]string{"a place at college cannot turn on what a family earns": "Vestby High Court"}},
	})
}

// TestRound24FindingFrames: a body's finding reported in the frames a
// court report or a release uses — "in its view, … “…”", "In the <Body>'s
// view, … “…”", "<Court> had found in its judgment of <date> that … “…”"
// (a date in the aside) and "directed <someone> “not to …”" (the
// infinitive inside the marks) — is the body's.
func TestRound24FindingFrames(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vestby"}},
		{Name: "Vestby High Court", Kind: "organisation", Role: "High Court of Vestby province, Norland"},
		{Name: "Coastal Appeals Court", Kind: "organisation", Role: "Norland's appeal court for the coast"},
		{Name: "Norland Port Board", Kind: "organisation", Role: "Norland's port authority"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "in its view", reg: reg, paras: []string{
			"Port permit annulled",
			"VESTBY: The Vestby High Court on Tuesday annulled a quay permit in the old harbour.",
			"In its view, the Norland Port Board “had not looked at the noise at all”, and the permit could not stand.",
		}, want: map[string]string{"had not looked at the noise at all": "Vestby High Court"}},
		{name: "in the court's view", reg: reg, paras: []string{
			"Port permit annulled",
			"VESTBY: The Vestby High Court on Tuesday annulled a quay permit in the old harbour.",
			"In the High Court's view, a permit cannot be lawful where “the authority never asked what the quay would do to the town”.",
		}, want: map[string]string{"the authority never asked what the quay would do to the town": "Vestby High Court"}},
		{name: "found in its judgment of a date that", reg: reg, paras: []string{
			"Port permit annulled",
			"VESTBY: The Vestby High Court on Tuesday annulled a quay permit in the old harbour.",
			"The Coastal Appeals Court had found in its judgment of 3 June 2024 that such a study would be “a burden no port could carry”.",
		}, want: map[string]string{"a burden no port could carry": "Coastal Appeals Court"}},
		{name: "directed the university not to", reg: reg, paras: []string{
			"High Court stays fee rise",
			"VESTBY: The Vestby High Court on Tuesday stayed a fee rise at the state university.",
			"In its short order, the court directed the university “not to take any action against the students” until the next hearing.",
		}, want: map[string]string{"not to take any action against the students": "Vestby High Court"}},
	})
}

// TestRound24CompanyShortName: a company named once in full by its
// registered name, "<Name> <Trade> Co.", and then by its own words alone
// ("<Name> said") is the company by its full name; a name with no trade
// before the form keeps the old reading.
func TestRound24CompanyShortName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a trade and a legal form left off", paras: []string{
			"Leak at tank farm",
			"VESTBY — The city on Wednesday ordered a company to shut a storage tank after a leak.",
			"Director Hal Moen said inspectors traced the smell to a valve on a tank operated by Brekke Fjord Cement Ltd. “The company did not report the leak,” Moen said.",
			"In a statement, Brekke Fjord said it “deeply regrets the smell” and would pay residents' costs.",
		}, want: map[string]string{"deeply regrets the smell": "Brekke Fjord Cement Ltd."}},
	})
}

// TestRound24LocalBodyWord: "The <Place> regional|provincial|district
// <noun> said", with a noun the lexicon does not know (a local body's own
// word for itself), is a body of that whole name, not "<Place> regional".
// A role or a person noun in that place stays what it was.
func TestRound24LocalBodyWord(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unknown word after the place and its level", paras: []string{
			"Old town to be rebuilt",
			"VESTBY — Families in the old town will be moved next year, officials said.",
			"The Vestby provincial hakimlik said in a written reply that compensation would be paid “before the works start”.",
		}, want: map[string]string{"before the works start": "Vestby provincial hakimlik"}},
		{name: "a role after the level", paras: []string{
			"Old town to be rebuilt",
			"VESTBY — Families in the old town will be moved next year, officials said.",
			"Vestby regional governor Ola Brun said compensation would be paid “before the works start”.",
		}, want: map[string]string{"before the works start": "Ola Brun"}},
	})
}

// TestRound24CapitalAsCountry: a capital the registry does not list speaks
// as its country when the registry lists its countries with their
// capitals as aliases; with a registry that lists no country so, the
// capital keeps its own name.
func TestRound24CapitalAsCountry(t *testing.T) {
	t.Parallel()
	listed := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Moldova", Kind: "place", Role: "Country", Aliases: []string{"Chisinau"}},
		{Name: "Romania", Kind: "place", Role: "Country", Aliases: []string{"Bucharest"}},
		{Name: "Ukraine", Kind: "place", Role: "Country", Aliases: []string{"Kyiv"}},
		{Name: "Hungary", Kind: "place", Role: "Country", Aliases: []string{"Budapest"}},
	}}
	bare := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Moldova", Kind: "place", Role: "Country"},
	}}
	paras := []string{
		"Gas for the winter is secured, minister says",
		"The energy minister said on Tuesday that the country had bought enough gas for the winter.",
		"Moscow said it would resume deliveries “once the old debt is settled”.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "capitals listed as aliases", reg: listed, paras: paras,
			want: map[string]string{"once the old debt is settled": "Russia"}},
		{name: "no capitals listed", reg: bare, paras: paras,
			want: map[string]string{"once the old debt is settled": "Moscow"}},
	})
}

// draftPage drafts a saved page at its address against reg.
func draftPage(t *testing.T, reg *briefings.Registry, page, addr string) *ingest.Draft {
	t.Helper()
	return draftRead(t, reg, page, "text/html", addr)
}

// draftRead drafts body, read as ctype, published at addr against reg, on a
// fixed day.
func draftRead(t *testing.T, reg *briefings.Registry, body, ctype, addr string) *ingest.Draft {
	t.Helper()
	a, err := ingest.Read([]byte(body), ctype, addr)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(reg).Draft(a, ingest.Options{URL: addr, Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRound24OwnPublication: a body's own publication — its site named by
// its acronym, its release's letterhead — speaks in its own voice: "we"
// outside the marks is the body, and a publication it issues, named by its
// title ("The <Field> Review warned of “…”", "the <Title> Report notes"),
// is the body's when the sentences name no other issuer; so is "the
// organization" its release describes itself by. A council's
// "minutes" are a document too, which speak for the council.
func TestRound24OwnPublication(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland Central Bank", Kind: "organisation", Role: "Norland's central bank", Aliases: []string{"NCB"}},
		{Name: "Vestby City Council", Kind: "organisation", Role: "Local authority of Vestby"},
	}}
	page := `<html><head><title>Press conference transcript</title></head><body><article>
<h1>Press conference transcript</h1>
<p>Good afternoon. The Board today decided to keep the three key interest rates unchanged, as inflation is close to target and the outlook has hardly changed since the summer.</p>
<p><strong>Question: The Financial Stability Review in May warned of "pockets of strain" in commercial property. Has that changed since then?</strong></p>
<p>Answer: The picture is much the same. We said in July that we would "act as needed within our mandate", and that holds in both directions.</p>
</article></body></html>`
	wantSpeakers(t, draftPage(t, reg, page, "https://www.ncb.example/press/2025/html/transcript.en.html"), map[string]string{
		"pockets of strain":                "Norland Central Bank",
		"act as needed within our mandate": "Norland Central Bank",
	})
	release := `<html><head><title>Growth forecast cut</title></head><body><article>
<h1>Growth forecast cut</h1>
<p>The Norland regional organization presented its annual survey on Tuesday, which warns that growth remains too slow to lift wages.</p>
<p>Finally, the organization warned that the islands need "new tools to carry their debt after each storm".</p>
</article></body></html>`
	wantSpeakers(t, draftPage(t, reg, release, "https://www.ncb.example/en/pressreleases/growth-forecast-cut"), map[string]string{
		"new tools to carry their debt after each storm": "Norland Central Bank",
	})
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a council's minutes", reg: reg, paras: []string{
			"Water cuts extended",
			"VESTBY — Vestby City Council has extended water cuts in the city to five days a week from March.",
			"The dams were at a third of capacity by the end of January, according to the latest council minutes.",
			"“The engineering department recommends that the cuts run in all zones,” the minutes read.",
		}, want: map[string]string{"The engineering department recommends that the cuts run in all zones": "Vestby City Council"}},
	})
}

// TestRound24ReadoutSiteOffice: a head of government's readout on a page
// whose title names the site by the title ("<Headline> | Prime Minister
// of <Country>") is the registry's "Office of the Prime Minister of
// <Country>", which speaks in the readout's summary of both sides.
func TestRound24ReadoutSiteOffice(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vestby"}},
		{Name: "Office of the Prime Minister of Norland", Kind: "organisation", Role: "Norland's prime minister's office"},
	}}
	page := `<html><head><title>Prime Minister Brun meets with President of Sudmark Ola Vik | Prime Minister of Norland</title>
<meta property="og:title" content="Prime Minister Brun meets with President of Sudmark Ola Vik"></head><body><article>
<h1>Prime Minister Brun meets with President of Sudmark Ola Vik</h1>
<p>Prime Minister Kari Brun today met with the President of Sudmark, Ola Vik, on the first state visit to Norland by a Sudmark President in eight years.</p>
<p>The leaders agreed to "strengthen co-operation on ferry safety, including through the exchange of crews," and welcomed a new arrangement between their coast guards.</p>
<p>The Prime Minister thanked the President for the Sudmark pilots who came to Norland's aid during the storms of last winter.</p>
</article></body></html>`
	wantSpeakers(t, draftPage(t, reg, page, "https://pm.example/en/news/readouts/2026/03/18/meeting"), map[string]string{
		"strengthen co-operation on ferry safety, including through the exchange of crews": "Office of the Prime Minister of Norland",
	})
}

// TestRound24PluralPossessive: a body named "<Head> of <Plural>" in the
// possessive ("The Union of Fishers’ spokesman") is named without the
// mark.
func TestRound24PluralPossessive(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a spokesman of the body in the possessive", paras: []string{
			"Fishers reject plan",
			"VESTBY — The island's fishers met on Monday to discuss the new quota plan.",
			"The Union of Fishers’ spokesman said the plan came “too late for this season”.",
		}, want: map[string]string{"too late for this season": "Union of Fishers"}},
	})
}

// TestRound24OfficialOfUnit: an unnamed official of a body's unit in
// lower case ("An official of the <Place> prefectural government's
// <field> division", "of the <Body>'s press office") speaks for the body
// that owns the unit, and so does "the official" after; an official of a
// unit whose owner is no body's name stays unnamed.
func TestRound24OfficialOfUnit(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vestby"}},
		{Name: "Lakeland Prefectural Government", Kind: "organisation", Role: "Prefectural government of Lakeland, Norland"},
		{Name: "Vestby Port Authority", Kind: "organisation", Role: "Operator of Vestby's port"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a place, its level and its head before the unit", reg: reg, paras: []string{
			"Bears come down to the towns",
			"SHIBA, Lakeland — Sightings of bears in the town tripled this year.",
			"An official of the Lakeland prefectural government's nature conservation division said the prefecture had seen a poor crop of nuts. “When there is not enough food, bears come down,” the official said.",
		}, want: map[string]string{"When there is not enough food, bears come down": "Lakeland Prefectural Government"}},
		{name: "a body's name before the unit", reg: reg, paras: []string{
			"Port to close a berth",
			"VESTBY — One berth of the old port will close for repairs next month.",
			"An official of the Vestby Port Authority's press office said the berth was unsafe. “We cannot wait for the winter,” the official said.",
		}, want: map[string]string{"We cannot wait for the winter": "Vestby Port Authority"}},
	})
}
