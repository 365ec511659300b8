package ingest_test

import (
	"strings"
	"testing"
)

// runRuleCases runs speaker cases whose speakers the rules must name, not
// the learned chooser: the chooser guesses well in short invented copy,
// and a pattern these tests keep must not rest on its guess.
func runRuleCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftArticle(t, c.reg, c.paras...)
			wantSpeakers(t, d, c.want)
			for _, q := range d.Quotes {
				if c.want[q.Text] != "" && strings.Contains(q.Check, "learned chooser") {
					t.Errorf("%q: %s, want the rules' speaker", q.Text, q.Check)
				}
			}
		})
	}
}

// TestRound17ClauseVerbs: reported speech whose verb the rules did not read
// as speech. A minister "guaranteed" or "reaffirmed" something, a body
// "has reminded" people or "is warning" them, a side "thanked" its hosts
// for their quoted words: the quoted words in the clause or object after
// the verb are the subject's. Thanks are never set after the words, so a
// mark before "thanked" is a term in its subject, no quote of its.
func TestRound17ClauseVerbs(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Ardmoria", "Port Lorne"), r13Place("Velany", "Velna"),
		r13Body("Ardmorian Coastguard", "Ardmoria's coastguard"),
		r13Body("Velany Grain Board", "Velany's grain marketing board", "VGB"),
	)
	const lead = "PORT LORNE — Grain barges were stuck on the lower river on Monday as the water fell to its lowest level in a decade."
	runRuleCases(t, []speakerCase{
		{name: "a minister guaranteed that", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"\"We have lost a week of sailings already,\" said Piet Varga-Lomé, who runs a fleet of six barges.",
			"Transport Minister Odile Ferrant-Moss guaranteed on Monday that the channel would be dredged \"within ten days\".",
		}, want: map[string]string{"within ten days": "Odile Ferrant-Moss"}},
		{name: "a pronoun guarantees a second clause", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"\"The river will be open,\" Transport Minister Odile Ferrant-Moss told reporters.",
			"She guaranteed that grain barges would keep \"first place in the queue\" until the level rose.",
		}, want: map[string]string{"first place in the queue": "Odile Ferrant-Moss"}},
		{name: "a capital guarantees for its country", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"Velna has guaranteed that its tugs will stay on the lower river \"for as long as they are needed\".",
		}, want: map[string]string{"for as long as they are needed": "Velany"}},
		{name: "a body reaffirmed its commitment", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"The Velany Grain Board reaffirmed its commitment to buy \"every tonne that reaches the quay\" at the agreed price.",
		}, want: map[string]string{"every tonne that reaches the quay": "Velany Grain Board"}},
		{name: "a body has reminded skippers", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"The Ardmorian Coastguard has reminded skippers to keep \"a lookout at the bow at all times\" below the bridge.",
		}, want: map[string]string{"a lookout at the bow at all times": "Ardmorian Coastguard"}},
		{name: "a body is warning: the progressive", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"\"The buoys have moved with the sandbanks,\" said Piet Varga-Lomé, a barge skipper.",
			"The Ardmorian Coastguard is warning pleasure boats to \"stay out of the main channel\" until Friday.",
		}, want: map[string]string{"stay out of the main channel": "Ardmorian Coastguard"}},
		{name: "a body has been warning", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"For a month the Velany Grain Board has been warning that the harvest could be \"stranded upriver\".",
		}, want: map[string]string{"stranded upriver": "Velany Grain Board"}},
		{name: "a minister thanked hosts for their words", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"Deputy Minister Joran Aldecott-Vey thanked the Ardmorian crews for their \"tireless and cheerful work\" and invited them to Velna.",
		}, want: map[string]string{"tireless and cheerful work": "Joran Aldecott-Vey"}},
		// Not speech: a term in the subject of "thanked", a progressive
		// of a verb that names ("is calling her “…”").
		{name: "a mark before thanked is a term of its subject", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"The \"river council\" thanked the coastguard, which has towed eleven barges free.",
			"\"We owe them a great deal,\" said Joran Aldecott-Vey, a barge owner.",
		}, want: map[string]string{"We owe them a great deal": "Joran Aldecott-Vey", "river council": ""}},
		{name: "naming in the progressive is no speech", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"A skipper, whom the Velany Grain Board is calling \"Marta\" at her request, said her barge had been stuck for nine days.",
		}, want: map[string]string{"Marta": ""}},
	})
}

// TestRound17Findings: a body's decision, what its bulletin indicates or
// what it estimates, with the quoted words inside the clause after "that";
// a sentiment a side expresses in its own quoted words; what two sides
// "agreed to" do, quoted from the verb on; a statement's summary adding a
// point with "also" before words that open on their own verb.
func TestRound17Findings(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Ardmoria", "Port Lorne"), r13Place("Velany", "Velna"),
		r13Body("Ardmorian Weather Service", "Ardmoria's national weather service", "AWS"),
		r13Body("Velany Chamber of Shipping", "Velany's shipowners' association"),
		r13Body("Ardmoria-Velany River Commission", "Joint river commission of Ardmoria and Velany"),
		r13Body("Ministry of Foreign Affairs of Ardmoria", "Ardmoria's foreign ministry"),
		r13Body("Fisheries Appeals Tribunal", "Ardmoria's fisheries appeals tribunal"),
	)
	runRuleCases(t, []speakerCase{
		{name: "a bulletin indicated that", reg: reg, paras: []string{"Storm to reach coast by evening",
			"PORT LORNE — A storm was moving towards the west coast on Tuesday.",
			"The Ardmorian Weather Service indicated in its morning bulletin that the gusts \"may exceed 120 km/h on exposed headlands\" after dark.",
		}, want: map[string]string{"may exceed 120 km/h on exposed headlands": "Ardmorian Weather Service"}},
		{name: "a report indicates that", reg: reg, paras: []string{"Storm to reach coast by evening",
			"PORT LORNE — A storm was moving towards the west coast on Tuesday.",
			"In its winter outlook, the Ardmorian Weather Service indicates that the season will bring \"more storms than the last five\".",
		}, want: map[string]string{"more storms than the last five": "Ardmorian Weather Service"}},
		{name: "a body estimated that", reg: reg, paras: []string{"Storm to reach coast by evening",
			"PORT LORNE — A storm was moving towards the west coast on Tuesday.",
			"The Velany Chamber of Shipping estimated that the closure of the estuary was costing owners \"close to a million a day\".",
		}, want: map[string]string{"close to a million a day": "Velany Chamber of Shipping"}},
		{name: "a tribunal decided that", reg: reg, paras: []string{"Tribunal frees seized trawler",
			"PORT LORNE — The Fisheries Appeals Tribunal gave its decision on the seized trawler on Tuesday.",
			"In its decision, the Fisheries Appeals Tribunal decided that the owner \"must be given back the vessel and its catch\" within a week.",
		}, want: map[string]string{"must be given back the vessel and its catch": "Fisheries Appeals Tribunal"}},
		{name: "a side expressed its words", reg: reg, paras: []string{"Ministers meet on river",
			"PORT LORNE — The foreign ministers of Ardmoria and Velany met in Port Lorne on Tuesday.",
			"Velany expressed its \"deep gratitude for the help given to its crews\" during the floods.",
		}, want: map[string]string{"deep gratitude for the help given to its crews": "Velany"}},
		{name: "a side expressed its gratitude for the words", reg: reg, paras: []string{"Ministers meet on river",
			"PORT LORNE — The foreign ministers of Ardmoria and Velany met in Port Lorne on Tuesday.",
			"Ardmoria expressed its gratitude for the \"swift and generous help of Velany's rescue teams\" in March.",
		}, want: map[string]string{"swift and generous help of Velany's rescue teams": "Ardmoria"}},
		{name: "the commission agreed to, the verb quoted", reg: reg, paras: []string{"River commission meets",
			"VELNA — The Ardmoria-Velany River Commission held its ninth session in Velna on Tuesday.",
			"\"Both banks must see the same figures,\" the Velany delegate, Ilse Marrow-Penn, told reporters.",
			"The Ardmoria-Velany River Commission agreed to \"publish the water levels of both banks every hour\" from the spring.",
		}, want: map[string]string{"publish the water levels of both banks every hour": "Ardmoria-Velany River Commission"}},
		{name: "the commission also, before its own verb", reg: reg, paras: []string{"River commission meets",
			"VELNA — The Ardmoria-Velany River Commission held its ninth session in Velna on Tuesday and adopted a joint statement.",
			"In the joint statement, the Commission \"welcomes the reopening of the lower locks\".",
			"\"The locks were the first step,\" said Ilse Marrow-Penn, the Velany delegate.",
			"The Commission also \"invites the riverside towns to name flood wardens\" before the autumn.",
		}, want: map[string]string{
			"welcomes the reopening of the lower locks":         "Ardmoria-Velany River Commission",
			"invites the riverside towns to name flood wardens": "Ardmoria-Velany River Commission",
		}},
		{name: "an envoy's title after the seat of the post", reg: reg, paras: []string{"Ministers meet on river",
			"PORT LORNE — The foreign ministers of Ardmoria and Velany met in Port Lorne on Tuesday.",
			"Velany's Permanent Representative to the river commission in Port Lorne Ambassador Teodor Vashti-Lang thanked Ardmoria for what he called its \"open door\".",
			"\"We were never made to wait,\" he said.",
		}, want: map[string]string{"We were never made to wait": "Teodor Vashti-Lang"}},
	})
}

// TestRound17SharedSubjects: a subject reached across what stands between
// it and the verb or quote. A document set off from its verb by an aside
// that names its issuer speaks for the issuer; a verb joined by "and"
// with no subject of its own goes on with the last quote's; a span of
// time ("in the past", "in recent weeks") between subject and verb is no
// place; "post" after an adjective is a noun, not a verb of speech.
func TestRound17SharedSubjects(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Ardmoria", "Port Lorne"), r13Place("Velany", "Velna"),
		r13Body("Ministry of Trade of Velany", "Velany's trade ministry"),
		r13Body("Ardmoria-Velany River Commission", "Joint river commission of Ardmoria and Velany"),
		r13Body("Velany Ports Company", "Velany's state port operator"),
	)
	runRuleCases(t, []speakerCase{
		{name: "a readout published by a ministry", reg: reg, paras: []string{"Border post to open in spring",
			"VELNA — Ardmoria and Velany signed a customs protocol in Velna on Tuesday.",
			"A brief on the meeting that came before the signing, published on Wednesday by Velany's Ministry of Trade, said the two sides would \"open the shared lanes before the harvest\".",
		}, want: map[string]string{"open the shared lanes before the harvest": "Ministry of Trade of Velany"}},
		{name: "a report released by a company", reg: reg, paras: []string{"Border post to open in spring",
			"VELNA — Ardmoria and Velany signed a customs protocol in Velna on Tuesday.",
			"The report on the first year of the corridor, released by the Velany Ports Company, warns that the quay is \"close to its limit on market days\".",
		}, want: map[string]string{"close to its limit on market days": "Velany Ports Company"}},
		{name: "a second verb after and keeps the commission", reg: reg, paras: []string{"River commission meets",
			"VELNA — The Ardmoria-Velany River Commission held its ninth session in Velna on Tuesday and adopted a joint statement.",
			"\"The locks were the first step,\" said Ilse Marrow-Penn, the Velany delegate.",
			"In the joint statement, the Commission \"welcomes the reopening of the lower locks\" and opens a fund for dredgers, and sets the new season's limits \"from the first spring flood\".",
		}, want: map[string]string{
			"welcomes the reopening of the lower locks": "Ardmoria-Velany River Commission",
			"from the first spring flood":               "Ardmoria-Velany River Commission",
		}},
		{name: "in the past between subject and verb", reg: reg, paras: []string{"Border post to open in spring",
			"VELNA — Ardmoria and Velany signed a customs protocol in Velna on Tuesday.",
			"Port Lorne has not commented on the protocol, but has in the past described the corridor as \"a road for trucks, not for armies\".",
		}, want: map[string]string{"a road for trucks, not for armies": "Ardmoria"}},
		{name: "in recent weeks between subject and verb", reg: reg, paras: []string{"Border post to open in spring",
			"VELNA — Ardmoria and Velany signed a customs protocol in Velna on Tuesday.",
			"The Velany Ports Company in recent weeks warned that the quay was \"full every Thursday\".",
		}, want: map[string]string{"full every Thursday": "Velany Ports Company"}},
		// Not a verb: "the joint post", whose quote stays the reporting
		// verb's.
		{name: "a joint post is no verb of speech", reg: reg, paras: []string{"Border post to open in spring",
			"VELNA — Ardmoria and Velany signed a customs protocol in Velna on Tuesday.",
			"Trade Minister Anouk Delacroix-Maan said the joint post would open in May, with officers of both states working \"at one desk, with one stamp\".",
		}, want: map[string]string{"at one desk, with one stamp": "Anouk Delacroix-Maan"}},
	})
}

// TestRound17StatesByFormName: a state whose name ends in a word of
// places ("Republic", "Kingdom", "Islands") and takes "the" speaks as a
// state of one word does ("Gambia said"); before, no one spoke and the
// quotes after its verb had no attribution at all.
func TestRound17StatesByFormName(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velan Islands", "Port Mora"))
	const lead = "HAMBURG — The tribunal heard the last submissions on the seized longliner on Thursday."
	runRuleCases(t, []speakerCase{
		{name: "the Dominican Republic said", paras: []string{"Tribunal hears longliner case", lead,
			"The Dominican Republic said that the fine was \"out of all proportion to the catch\".",
		}, want: map[string]string{"out of all proportion to the catch": "Dominican Republic"}},
		{name: "the Marshall Islands argued", paras: []string{"Tribunal hears longliner case", lead,
			"During the hearing, the Marshall Islands argued that the crew had been held \"without a word of explanation\".",
		}, want: map[string]string{"without a word of explanation": "Marshall Islands"}},
		{name: "islands the registry lists", reg: reg, paras: []string{"Tribunal hears longliner case", lead,
			"The Velan Islands maintained that the bond was \"a fine by another name\".",
		}, want: map[string]string{"a fine by another name": "Velan Islands"}},
	})
}

// TestRound17AsidesAndAdverbs: what stands between a subject and its
// verb without changing who speaks — an aside with a number whose
// thousands a comma separates, a document's title set off in commas, the
// adverb "since" after an auxiliary.
func TestRound17AsidesAndAdverbs(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velany", "Velna"),
		r13Body("Quayline", "Velany card payments processor"),
		r13Body("Velany Border Forum", "Forum of Velany's border regions"),
	)
	const lead = "VELNA — Card payments failed across Velany for most of Monday."
	runRuleCases(t, []speakerCase{
		{name: "a number's thousands in an aside", reg: reg, paras: []string{"Card payments fail", lead,
			"Quayline, which clears payments for some 23,500 shops, said on its status page that it had \"isolated the faulty servers\" by the evening.",
		}, want: map[string]string{"isolated the faulty servers": "Quayline"}},
		{name: "a document's title in an aside", reg: reg, paras: []string{"Card payments fail", lead,
			"The Velany Border Forum met in Velna and adopted a paper on checks.",
			"The paper, entitled \"Open Roads, Safe Roads\", further asks the ministry to \"pay for the scanners at the crossings\" next year.",
		}, want: map[string]string{"pay for the scanners at the crossings": "Velany Border Forum"}},
		{name: "has since maintained", reg: reg, paras: []string{"Card payments fail", lead,
			"Velna has since maintained that the outage was \"a fault, not an attack\".",
		}, want: map[string]string{"a fault, not an attack": "Velany"}},
	})
}

// TestRound17FilingsAndMessages: a filing's party named once with its
// defined term in brackets (`X Ltd (the "Supplier"), has informed`) is the
// verb's subject, the bracket no aside; what a sender conveyed "was that
// …" ("The advice from <Body> to the council was that …") is the
// sender's.
func TestRound17FilingsAndMessages(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velany", "Velna"),
		r13Body("Velany Harbour Board", "Velany's port authority"),
	)
	runRuleCases(t, []speakerCase{
		{name: "a defined term after a party's name", reg: reg, paras: []string{"ANNOUNCEMENT TO SHAREHOLDERS",
			"Velna Wind Holdings announces a delay to its offshore wind farm.",
			"The Company's turbine supplier, Nordkap Turbines GmbH (the \"Supplier\"), has informed the Company that the last nacelles will ship \"no sooner than the end of May\".",
		}, want: map[string]string{"no sooner than the end of May": "Nordkap Turbines GmbH"}},
		{name: "a defined term inside the marks", reg: reg, paras: []string{"ANNOUNCEMENT TO SHAREHOLDERS",
			"Velna Wind Holdings announces a delay to its offshore wind farm.",
			"Its lender, Harrow Vale Bank Ltd (\"the Lender\"), has confirmed that the loan will be \"extended on the same terms\".",
		}, want: map[string]string{"extended on the same terms": "Harrow Vale Bank Ltd"}},
		{name: "the advice from a body was that", reg: reg, paras: []string{"Ferry cut to two sailings",
			"VELNA — The island ferry will sail twice a week from March, the council said.",
			"The advice from the Velany Harbour Board to the council was that a third sailing would need \"a second crew we do not have\".",
		}, want: map[string]string{"a second crew we do not have": "Velany Harbour Board"}},
		{name: "the message from a body is that", reg: reg, paras: []string{"Ferry cut to two sailings",
			"VELNA — The island ferry will sail twice a week from March, the council said.",
			"But the message from the Velany Harbour Board is that the cut is \"for this winter only\".",
		}, want: map[string]string{"for this winter only": "Velany Harbour Board"}},
	})
}

// TestRound17CommendedAndRecalled: a body "commended" others for words of
// its own; a court's participle "finding that …" words its finding; a
// report set off by ", by <Body>," is the body's; what a named teacher
// "used to tell us" is theirs, but not what an unnamed one did.
func TestRound17CommendedAndRecalled(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velany", "Velna"),
		r13Body("Velna Fishers' Council", "Council of Velna's fishing families"),
		r13Body("Regional Court of the Lakes", "Regional court of the lake states"),
		r13Body("Velany Rail Users' Group", "Velany rail passengers' association"),
	)
	runRuleCases(t, []speakerCase{
		{name: "a council commended the police", reg: reg, paras: []string{"Illegal nets seized on the lake",
			"VELNA — Police seized 400 illegal nets on the lake over the weekend.",
			"The Velna Fishers' Council, in a letter to the police chief, commended the officers for \"giving the lake back to honest fishers\".",
		}, want: map[string]string{"giving the lake back to honest fishers": "Velna Fishers' Council"}},
		{name: "a court's finding participle", reg: reg, paras: []string{"Court rules on lake nets",
			"VELNA — The Regional Court of the Lakes gave judgment on the net seizures on Friday.",
			"The Court upheld the seizures, finding that the nets were \"a danger to every boat on the lake\".",
		}, want: map[string]string{"a danger to every boat on the lake": "Regional Court of the Lakes"}},
		{name: "a report set off by its author", reg: reg, paras: []string{"Trains late again",
			"VELNA — Half of the trains on the coast line ran late last month.",
			"A report on the coast line, by the Velany Rail Users' Group, found that delays had \"nearly doubled in a single year\".",
		}, want: map[string]string{"nearly doubled in a single year": "Velany Rail Users' Group"}},
		{name: "a named teacher used to tell us", reg: reg, paras: []string{"Trains late again",
			"VELNA — Half of the trains on the coast line ran late last month.",
			"Signalling engineer Maro Quint-Aaldering said the faults were old ones.",
			"Her first professor, Hessel Brandt-Overy, used to tell the class, \"A railway is only as good as its worst point.\"",
		}, want: map[string]string{"A railway is only as good as its worst point.": "Hessel Brandt-Overy"}},
		{name: "an unnamed boss used to tell us", reg: reg, paras: []string{"Trains late again",
			"VELNA — Half of the trains on the coast line ran late last month.",
			"Q: Where did you learn the trade?",
			"Maro Quint-Aaldering: On the night shift. My first foreman used to tell us, \"Never trust a green light you did not set.\" I still don't.",
		}, want: map[string]string{"Never trust a green light you did not set.": "unknown"}},
	})
}

// TestRound17ReportedClauses: inside what a speaker reports, a clause
// with a subject of its own ("the letters asked schools to …") does not
// take the speaker's place: ", adding: “…”" goes on with the sentence's
// speaker; and a speech noun after a preposition ("despite reports
// that …") after a quote is no verb attributing it.
func TestRound17ReportedClauses(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velany", "Velna"),
		r13Body("Velna Health Board", "Velna's public health authority"),
	)
	runRuleCases(t, []speakerCase{
		{name: "adding after a reported clause", reg: reg, paras: []string{"Schools asked to help with measles",
			"VELNA — Measles cases rose again in Velna last week.",
			"A Velna Health Board spokesperson said the leaflets asked parents to \"check the vaccine card\", adding: \"Nobody will be sent home for a missing jab.\"",
		}, want: map[string]string{"Nobody will be sent home for a missing jab.": "Velna Health Board"}},
		{name: "despite reports after the quote", reg: reg, paras: []string{"Schools asked to help with measles",
			"VELNA — Measles cases rose again in Velna last week.",
			"The Velna Health Board said it had \"no sign\" of a second outbreak, despite reports that two clinics had run out of vaccine.",
		}, want: map[string]string{"no sign": "Velna Health Board"}},
		{name: "amid claims after the quote", reg: reg, paras: []string{"Schools asked to help with measles",
			"VELNA — Measles cases rose again in Velna last week.",
			"The Velna Health Board said its stocks were \"more than enough for the winter\", amid claims that pharmacies were rationing doses.",
		}, want: map[string]string{"more than enough for the winter": "Velna Health Board"}},
	})
}

// TestRound17PossessiveAsides: an aside opening "in its", "in their" or
// "during his" points back to the subject, and stands between it and the
// verb however long the capitals after it run.
func TestRound17PossessiveAsides(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velany", "Velna"),
		r13Body("Northern Monetary Union", "Regional monetary union of island states", "NMU"),
		r13Body("Central Bank of Velany", "Velany's central bank"),
	)
	runRuleCases(t, []speakerCase{
		{name: "in its review with a state's long name", reg: reg, paras: []string{"Fund urges tighter policy",
			"VELNA — Inflation in Velany rose to 6 percent in March.",
			"The Northern Monetary Union, in its most recent mission to the Federated Islands of Velany and Orsk, advised that the Central Bank of Velany \"be ready to raise rates again\".",
		}, want: map[string]string{"be ready to raise rates again": "Northern Monetary Union"}},
		{name: "during his talks with a named body", reg: reg, paras: []string{"Fund urges tighter policy",
			"VELNA — Inflation in Velany rose to 6 percent in March.",
			"Governor Ilan Dorsett-Mbeki, during his talks with the Northern Monetary Union Board of Examiners in Port Orsk, warned that prices could \"rise faster in the summer\".",
		}, want: map[string]string{"rise faster in the summer": "Ilan Dorsett-Mbeki"}},
	})
}
