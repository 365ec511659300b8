package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestCompanyByItsAside: a firm named in two capitals, which reads like a
// person's name, is a company when the article sets it beside what it is
// — "X, the joint venture of …", "X, the state power generator",
// "X, one of the two operators in …" — so "the company said" after it
// spoke is that firm, not an unnamed one.
func TestCompanyByItsAside(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a joint venture", paras: []string{
			"Rail plan phased",
			"The three governments agreed on Friday to build the line in stages.",
			"Norlink Rail, the joint venture of the three states, said it was ready to change its plans. \"Phasing does not change the route,\" the company said.",
		}, want: map[string]string{"Phasing does not change the route": "Norlink Rail"}},
		{name: "one of the operators", paras: []string{
			"Scooter ban voted",
			"Councillors voted on Monday to ban shared scooters from the promenade.",
			"Glide Rides, one of the two operators in the trial, said in a statement it was \"let down\" by the vote.",
			"\"Our riders are safe and we will keep working with the council,\" the company said.",
		}, want: map[string]string{"let down": "Glide Rides", "Our riders are safe and we will keep working with the council": "Glide Rides"}},
		{name: "a state power generator", paras: []string{
			"Reservoir low",
			"The reservoir held 4 billion cubic metres on June 1, according to Power Plants, the state power generator. The company said in a statement that it had to release water to meet \"duties under water treaties\".",
		}, want: map[string]string{"duties under water treaties": "Power Plants"}},
		{name: "one of the residents is no firm", paras: []string{
			"Scooter ban voted",
			"Councillors voted on Monday to ban shared scooters from the promenade.",
			"Tomas Brenner, one of the residents who asked for the ban, said he was \"relieved\".",
			"\"We will keep working with the council,\" the company said.",
		}, want: map[string]string{"relieved": "Tomas Brenner", "We will keep working with the council": "unknown"}},
	})
}

// TestDocumentWrittenIsNoVerb: "written" and "spoken" are past
// participles that are never a past tense, so "In a decision written in
// <language>, Judge X found that … “…”" makes the judge the subject of
// "found", not the decision the subject of "written"; after "has" or
// "was" the participle is still the clause's verb.
func TestDocumentWrittenIsNoVerb(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a decision written in a language", paras: []string{
			"Judge allows residents' suit over quarry dust",
			"A provincial judge has allowed residents of Harlow Vale to sue the operator of a limestone quarry over dust.",
			"In a 38-page decision written in French and made public Thursday, Justice Maribel Oyelaran-Fisk found that the residents' evidence was \"enough, at this early stage, to show a serious case.\"",
		}, want: map[string]string{"enough, at this early stage, to show a serious case.": "Maribel Oyelaran-Fisk"}},
		{name: "has written to us", paras: []string{
			"Island seeks new air link",
			"The island's only airline stopped flying last month.",
			"Coral Wing Airways has written to the island's government that it is \"open to talks on a weekly service\" from the capital.",
		}, want: map[string]string{"open to talks on a weekly service": "Coral Wing Airways"}},
	})
}

// TestBodysOwnAssessment: a body's work named with its possessive — "The
// <Body>'s latest assessment says", "<Field> and <Field>'s preseason
// outlook called …" — speaks for the body, when "the" opens the phrase,
// when the body's name holds an "and", and when copy shortens a name it
// has given in full ("the Met Office" for "<Nation> Meteorological
// Office"). A possessive in lower case ("the state's outlook") names no
// body.
func TestBodysOwnAssessment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Velmark Department of Rivers and Lakes", Kind: "organisation", Role: "Velmark's river and lake management agency", Aliases: []string{"Rivers and Lakes"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the body's latest assessment", paras: []string{
			"Harbour stays closed",
			"The Ostrel Harbour Authority said on Monday that the outer harbour would stay closed for the week.",
			"The Ostrel Harbour Authority's latest assessment says that \"the breakwater could fail in the next storm.\" Boats must stay in the inner basin.",
		}, want: map[string]string{"the breakwater could fail in the next storm.": "Ostrel Harbour Authority"}},
		{name: "a body with and in its name", reg: reg, paras: []string{
			"Trout season cancelled",
			"Anglers along the upper valley have lost a second summer, and the camps stand empty.",
			"The Velmark Department of Rivers and Lakes's spring outlook, released in March, called the run \"far too small to allow any catch at all.\"",
		}, want: map[string]string{"far too small to allow any catch at all.": "Velmark Department of Rivers and Lakes"}},
		{name: "a body's name clipped", paras: []string{
			"Ash cloud closes airport",
			"The Norland Meteorological Office raised its alert on Sunday after the volcano's second eruption in a month.",
			"Airport staff were sent home. The Met Office's latest assessment says that \"the ash may reach the capital by Tuesday.\"",
		}, want: map[string]string{"the ash may reach the capital by Tuesday.": "Norland Meteorological Office"}},
		{name: "a possessive in lower case", paras: []string{
			"Trout season cancelled",
			"Anglers along the upper valley have lost a second summer, and the camps stand empty.",
			"The state's outlook this year said the run would be \"well below what the river needs to recover\".",
		}, want: map[string]string{"well below what the river needs to recover": "unknown"}},
	})
}

// TestReportOfABody: copy translated from languages that say whose a
// document is with "of" — "According to a report of the <Body> presented
// at the meeting, … The report says that “…”" — names the report's
// issuer so; a unit "of the Ministry of …" is the unit, in the registry's
// form with its country. "A report of violence" names no issuer.
func TestReportOfABody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Keldoria", Kind: "place", Role: "Country"},
		{Name: "State Hydrology Service of Keldoria", Kind: "organisation", Role: "Keldoria's water monitoring service"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a report of a body", paras: []string{
			"Lake level falls again",
			"Ministers from four countries met in Dorvan on Monday to discuss the shrinking lake.",
			"According to a report of the Dorvan Lake Research Agency presented at the meeting, the lake fell by a metre last year.",
			"The report says that \"the fall will continue for at least a decade.\"",
		}, want: map[string]string{"the fall will continue for at least a decade.": "Dorvan Lake Research Agency"}},
		{name: "a ministry's unit in the registry", reg: reg, paras: []string{
			"Lake level falls again",
			"Ministers from four countries met in Keldoria on Monday to discuss the shrinking lake.",
			"According to a report of the State Hydrology Service of the Ministry of Ecology presented at the meeting, the lake fell by a metre last year.",
			"The report says that \"the fall will continue for at least a decade.\"",
		}, want: map[string]string{"the fall will continue for at least a decade.": "State Hydrology Service of Keldoria"}},
		{name: "a report of violence", paras: []string{
			"Town tense after clashes",
			"Police were sent to the market town of Orvel on Friday.",
			"A report of violence near the station reached the mayor before noon.",
			"The report says that \"shops were burned on two streets.\"",
		}, want: map[string]string{"shops were burned on two streets.": "unknown"}},
	})
}

// TestReadoutOnTheBodysOwnSite: a ministry's site titles its pages
// "<Headline> | <Ministry's name>", and a readout there summing up both
// sides ("The two Ministers agreed that … “…”") is the ministry's, in the
// registry's form with the country the article names most — even when
// the minister's title names no country and the dateline is the other
// side's. Without the site's name the readout's issuer stays unknown.
func TestReadoutOnTheBodysOwnSite(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Veloria", Kind: "place", Role: "Country"},
		{Name: "Ostrana", Kind: "place", Role: "Country"},
		{Name: "Ministry of Foreign Affairs and Trade of Veloria", Kind: "organisation", Role: "Veloria's foreign ministry"},
	}}
	body := []string{
		"Port Selden, Ostrana, 3 May 2027 – The Minister of Foreign Affairs and Trade, the Honourable Tobias Renwick-Asante, today held talks with the Minister of Foreign Affairs of the Republic of Ostrana, Mr Ilmar Vosk, in Port Selden.",
		"Minister Renwick-Asante said that Veloria was \"ready to share the cost of a second ferry\" and that Veloria's traders had waited long enough.",
		"The two Ministers agreed that the ferry between Veloria and Ostrana would run \"twice a day from the first of June.\"",
		"Veloria and Ostrana will meet again in Veloria in the autumn.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the ministry's own page", reg: reg, paras: append([]string{"Foreign Ministers of Veloria and Ostrana meet on the river ferry | Ministry of Foreign Affairs and Trade"}, body...),
			want: map[string]string{"twice a day from the first of June.": "Ministry of Foreign Affairs and Trade of Veloria"}},
		{name: "no site name", reg: reg, paras: append([]string{"Foreign Ministers of Veloria and Ostrana meet on the river ferry"}, body...),
			want: map[string]string{"twice a day from the first of June.": "unknown"}},
	})
}

// TestStateOfficeByItsKindOrTitle: copy names a state office again by its
// kind or by its holder's title. "The prefecture said" after the prefect
// of a département is the registry's "Prefecture of <Place>", as "the
// city" is "City of <Place>"; "the Ombudsman said" right after "the
// Office of the Ombudsman" spoke, with no ombudsman named, is the office —
// the registry's "Office of the Ombudsman of <Country>" for the country
// the story is filed from. A holder the article names keeps the quote.
func TestStateOfficeByItsKindOrTitle(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Prefecture of Vaudrec", Kind: "organisation", Role: "State's representation in the Vaudrec département"},
		{Name: "Veloria", Kind: "place", Role: "Country"},
		{Name: "Office of the Ombudsman of Veloria", Kind: "organisation", Role: "Veloria's anti-corruption prosecutor"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the prefecture", reg: reg, paras: []string{
			"Fishermen block cable works",
			"About forty boats blocked the harbour mouth on Tuesday in protest at the laying of an undersea cable.",
			"The prefect of Vaudrec received a delegation of fishermen at midday. The prefecture said in a statement that a meeting \"with every side at the table\" would be held on June 3.",
		}, want: map[string]string{"with every side at the table": "Prefecture of Vaudrec"}},
		{name: "the office by its holder's title", reg: reg, paras: []string{
			"Former mayor convicted over ghost bridges",
			"ORVEN, Veloria — An anti-graft court has convicted a former mayor of graft over bridges that were never built.",
			"The Office of the Ombudsman, which filed the cases in 2024, welcomed the ruling.",
			"\"This verdict tells every official that public money is not theirs to take,\" the Ombudsman said in a statement on Tuesday.",
		}, want: map[string]string{"This verdict tells every official that public money is not theirs to take": "Office of the Ombudsman of Veloria"}},
		{name: "the office, no registry", paras: []string{
			"Former mayor convicted over ghost bridges",
			"An anti-graft court has convicted a former mayor of graft over bridges that were never built.",
			"The Office of the Inspector General, which opened the inquiry in 2024, welcomed the ruling.",
			"\"This verdict tells every official that public money is not theirs to take,\" the Inspector General said in a statement on Tuesday.",
		}, want: map[string]string{"This verdict tells every official that public money is not theirs to take": "Office of the Inspector General"}},
		{name: "a holder named", paras: []string{
			"Former mayor convicted over ghost bridges",
			"An anti-graft court has convicted a former mayor of graft over bridges that were never built.",
			"Inspector General Clara Vettori-Lind said the case had taken three years. The Office of the Inspector General, which opened the inquiry in 2024, welcomed the ruling.",
			"\"This verdict tells every official that public money is not theirs to take,\" the Inspector General said in a statement on Tuesday.",
		}, want: map[string]string{"This verdict tells every official that public money is not theirs to take": "Clara Vettori-Lind"}},
	})
}

// TestBodyListingItsFields: a body's name that lists its fields with
// "and" ("The <Field> and <Field> Protection Agency, which …, said") reads
// like several people; when the registry lists it with its country
// ("… of <Country>") and the article names the country, it is that body.
func TestBodyListingItsFields(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Veloria", Kind: "place", Role: "Country"},
		{Name: "Rivers and Coasts Protection and Development Agency of Veloria", Kind: "organisation", Role: "Veloria's agency for the delta"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body with its fields in its name", reg: reg, paras: []string{
			"Delta boatmen fear for their licences",
			"Boatmen on Veloria's southern delta say a new fish-farm scheme has pushed them off their old grounds.",
			"The Rivers and Coasts Protection and Development Agency, which has managed Veloria's delta since 2020, said in a statement in May that \"the rights of licensed boatmen are fully protected.\"",
		}, want: map[string]string{"the rights of licensed boatmen are fully protected.": "Rivers and Coasts Protection and Development Agency of Veloria"}},
	})
}

// TestGroupSpeaksAsItsBody: a standfirst's bare plural group speaks as the
// one body the story names for it: "<Nationality> unions say …" over a
// story about the Confederation of <Nationality> Trade Unions, "organizers
// promise …" over a festival the registry describes with its organisers.
// Two union centres named leave the unions unknown.
func TestGroupSpeaksAsItsBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Brightwater Folk Festival", Kind: "organisation", Role: "Folk festival in the Orvel hills and its organisers"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "unions for their confederation", paras: []string{
			"Ostranian truck drivers die in border queues",
			"Five drivers have died in their cabs on the road to the border since December. Ostranian unions say the queues are \"a trap for tired men\" and call for rest rules.",
			"The global union federation has joined its affiliate, the Confederation of Ostranian Trade Unions (COTU), in calling for binding limits on waiting times.",
		}, want: map[string]string{"a trap for tired men": "Confederation of Ostranian Trade Unions"}},
		{name: "organizers for their festival", reg: reg, paras: []string{
			"Folk festival returns",
			"The week-long event will host 400 concerts in five villages, organizers promise a festival \"just as it always was.\"",
			"The Brightwater Folk Festival said on Monday that it would return to the Orvel hills in July after a three-year break.",
		}, want: map[string]string{"just as it always was.": "Brightwater Folk Festival"}},
		{name: "two union centres", paras: []string{
			"Ostranian truck drivers die in border queues",
			"Five drivers have died in their cabs on the road to the border since December. Ostranian unions say the queues are \"a trap for tired men\" and call for rest rules.",
			"The Confederation of Ostranian Trade Unions said it wanted binding limits on waiting times. The Federation of Free Ostranian Unions said it would call a strike.",
		}, want: map[string]string{"a trap for tired men": "unknown"}},
	})
}

// TestTitledWorkSpeaksForItsPublisher: a body's periodic publication named
// by its title after the body's possessive ("The <Body>'s latest Economic
// Survey of <Country> finds that “…”", "<Acronym>'s annual Financial
// Stability Report") speaks for the body, and so does "the Survey" or "the
// Report" later in the article.
func TestTitledWorkSpeaksForItsPublisher(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Organisation for Coastal Economies", Kind: "organisation", Role: "Intergovernmental economic organisation", Aliases: []string{"OCE"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a survey and the Survey", reg: reg, paras: []string{
			"Launch of the 2027 Economic Survey of Veloria",
			"The OCE's latest Economic Survey of Veloria, launched in the capital on Monday, finds that the economy is \"on firm ground\" after three years of growth.",
			"Housing is the main worry. The Survey calls for \"faster building permits in every large town\", and the government said it would study the proposals.",
		}, want: map[string]string{"on firm ground": "Organisation for Coastal Economies", "faster building permits in every large town": "Organisation for Coastal Economies"}},
		{name: "a bank's report", paras: []string{
			"Banks can absorb a shock, says report",
			"Lenders have rebuilt their buffers since the crisis, the industry says.",
			"The Ostrel Reserve Bank's annual Financial Stability Report, published on Tuesday, finds that lenders are \"well placed to absorb a sharp fall in house prices\".",
		}, want: map[string]string{"well placed to absorb a sharp fall in house prices": "Ostrel Reserve Bank"}},
	})
}
