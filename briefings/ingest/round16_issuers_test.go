package ingest_test

import "testing"

// TestRound16DocumentIssuers: a document quoted as the subject of a
// speech verb speaks for its issuer, as its own words or its last mention
// name it: an adjective of the body's kind ("a ministerial circular"), a
// body's kind before the noun ("a council report", "a ministry
// statement"), a possessive ("the Tribunal's order", "the Unit's report",
// "<Acronym>'s review") also when a phrase after the noun says what it is
// about or whom it went to, and "its" in a sentence the body speaks in.
// A document the article never ties to a body, and a person set off in an
// aside before "its report", are no issuers.
func TestRound16DocumentIssuers(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Norland", "Port Lorne"),
		r13Body("Ministry of Health of Norland", "Norland's health ministry"),
		r13Body("Harbour Safety Agency", "Norland's harbour regulator", "HSA"),
	)
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a ministerial circular sent to readers, then the circular", reg: reg, paras: []string{
			"Masks return to hospital wards",
			"PORT LORNE: Visitors to Norland's hospitals must wear masks again, the Ministry of Health announced on Sunday.",
			"A ministerial circular sent to hospital directors states that visitors must wear \"a mask at all times in the wards\" from Monday.",
			"The circular, which was seen by reporters, also states that staff who refuse will be \"sent home without pay.\"",
		}, want: map[string]string{
			"a mask at all times in the wards": "Ministry of Health of Norland",
			"sent home without pay.":           "Ministry of Health of Norland",
		}},
		{name: "a departmental memo reported by an agency, then the memo (in no set)", reg: reg, paras: []string{
			"Ferry checks stepped up",
			"The Department of Transport will double its checks on ferries this summer, according to a departmental memo reported by the Norland News Agency on Friday. The memo said inspectors would board \"every vessel that carries more than fifty passengers.\"",
		}, want: map[string]string{"every vessel that carries more than fifty passengers.": "Department of Transport"}},
		{name: "a body's kind word as its possessive, before a phrase on the period", reg: reg, paras: []string{
			"Water declared safe",
			"Samples are taken every day by the Coastal Water Testing Unit, and the Unit's report for last week describes the water as \"safe to drink straight from the tap\".",
		}, want: map[string]string{"safe to drink straight from the tap": "Coastal Water Testing Unit"}},
		{name: "an acronym's review of a topic warns", reg: reg, paras: []string{
			"Harbour traffic to double",
			"The HSA's latest review of traffic in the northern approaches warns of \"a doubling of movements within ten years\" if the port expands.",
		}, want: map[string]string{"a doubling of movements within ten years": "Harbour Safety Agency"}},
		{name: "the order states (in no set: a tribunal's order)", reg: reg, paras: []string{
			"Quarry closed pending review",
			"The Lorne Planning Tribunal on Tuesday ordered the Stonecross quarry to stop blasting.",
			"The Tribunal's order states that work is halted \"until the noise survey has been completed.\"",
		}, want: map[string]string{"until the noise survey has been completed.": "Lorne Planning Tribunal"}},
		{name: "in its report, the body; then the report states", reg: reg, paras: []string{
			"Observers report a calm vote",
			"The Regional Observation Mission, headed by the former minister Ilse Varnholt-Berg, today presented its preliminary report.",
			"In its report, the Mission noted that turnout was \"higher than at any vote since 2010.\"",
			"The Mission welcomed the number of women standing. \"Parity on the lists is not yet parity in office,\" the report states.",
		}, want: map[string]string{
			"higher than at any vote since 2010.":             "Regional Observation Mission",
			"Parity on the lists is not yet parity in office": "Regional Observation Mission",
		}},
		// Not tied to a body: a report nobody is said to have written.
		{name: "a report with no issuer stays unattributed", reg: reg, paras: []string{
			"Harbour traffic to double",
			"Ships waited up to three days at anchor last month.",
			"A report published on Monday states that delays are \"the worst in a decade.\"",
		}, want: map[string]string{"the worst in a decade.": "unknown"}},
	})
}

// TestRound16PlaceWithAnd: a body whose name holds or ends in a place
// named with "and" ("Turks and Caicos", "Saint Vincent and the
// Grenadines", "St Kitts and Nevis") is read whole as a speech verb's
// subject, not cut at the place's own "and". Two bodies joined by "and",
// and a list of places, stay as they were.
func TestRound16PlaceWithAnd(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Turks and Caicos Islands", "TCI"))
	const lead = "Firearms seized on the cays\n\nPolice seized three firearms on a cay on Sunday, officers said."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's name ending in the place", reg: reg, paras: []string{lead,
			"Crime Stoppers Turks and Caicos said in a post on Monday that tips were \"the biggest source of leads.\"",
		}, want: map[string]string{"the biggest source of leads.": "Crime Stoppers Turks and Caicos"}},
		{name: "a body of a place with \"and the\" (in no set)", reg: reg, paras: []string{lead,
			"The Chamber of Commerce of Saint Vincent and the Grenadines said the levy was \"a burden on every small shop.\"",
		}, want: map[string]string{"a burden on every small shop.": "Chamber of Commerce of Saint Vincent and the Grenadines"}},
		{name: "a body's name ending in another such place (in no set)", reg: reg, paras: []string{lead,
			"Crime Stoppers St Kitts and Nevis said calls had \"doubled since the spring.\"",
		}, want: map[string]string{"doubled since the spring.": "Crime Stoppers St Kitts and Nevis"}},
		// Not one name: two bodies joined by "and", a list of places.
		{name: "two bodies joined by \"and\" stay two", reg: reg, paras: []string{lead,
			"The Velany Ferry Company and Caicos Marine said the crossings were \"suspended until Friday.\"",
		}, want: map[string]string{"suspended until Friday.": "unknown"}},
		{name: "a place and a place with \"and\" stay two", reg: reg, paras: []string{lead,
			"Jamaica and Trinidad and Tobago said the deal was \"overdue by ten years.\"",
		}, want: map[string]string{"overdue by ten years.": "unknown"}},
	})
}

// TestRound16CommitteeOfJoinedBody: a body's committee the registry does
// not list speaks for the body ("the Committee" after "The <Name>
// Committee (<ACR>) of the <Body>"), also when the body's name joins two
// places by a word for "and" in its own language, which the registry
// holds whole. A committee the registry lists speaks as itself.
func TestRound16CommitteeOfJoinedBody(t *testing.T) {
	t.Parallel()
	reg := r13Registry(
		r13Body("Centrale Bank van Norland en Velany", "Central bank of the monetary union of Norland and Velany", "CBNV"),
		r13Body("Banco Central de Ardmoria y Lorne", "Central bank of Ardmoria and Lorne", "BCAL"),
		r13Body("Banque Centrale de Norland et Velany", "Central bank of Norland and Velany"),
	)
	own := r13Registry(
		r13Body("Banco Central de Ardmoria y Lorne", "Central bank of Ardmoria and Lorne", "BCAL"),
		r13Body("Monetary Policy Committee", "The Ardmorian central bank's rate-setting committee", "MPC"),
	)
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a Dutch \"en\" in the bank's name", reg: reg, paras: []string{
			"Reserve requirement raised",
			"Velna, 4 March 2025 – The Monetary Policy Committee (MPC) of the Centrale Bank van Norland en Velany (CBNV) decided at its meeting on Monday to raise the reserve requirement.",
			"The Committee also observed that inflation had eased, \"mainly due to lower fuel costs.\"",
		}, want: map[string]string{"mainly due to lower fuel costs.": "Centrale Bank van Norland en Velany"}},
		{name: "a Spanish \"y\" (in no set)", reg: reg, paras: []string{
			"Rate held",
			"The Monetary Board of the Banco Central de Ardmoria y Lorne kept its policy rate unchanged on Monday.",
			"The Board said the peso was \"stable against the dollar.\"",
		}, want: map[string]string{"stable against the dollar.": "Banco Central de Ardmoria y Lorne"}},
		{name: "a French \"et\" (in no set)", reg: reg, paras: []string{
			"Rate held",
			"The Monetary Policy Council of the Banque Centrale de Norland et Velany kept its rate unchanged on Monday.",
			"The Council noted that credit growth remained \"below its long-run average.\"",
		}, want: map[string]string{"below its long-run average.": "Banque Centrale de Norland et Velany"}},
		// Not the parent: a committee the registry lists itself.
		{name: "a committee the registry lists speaks as itself", reg: own, paras: []string{
			"Rate cut in Ardmoria",
			"The Monetary Policy Committee of the Banco Central de Ardmoria y Lorne cut its rate on Monday.",
			"In its statement, the MPC said inflation was expected to \"remain within the target range.\"",
		}, want: map[string]string{"remain within the target range.": "Monetary Policy Committee"}},
	})
}

// TestRound16ParticipleForms: a speech verb speaks in every form of its
// class: a readout's ", stating that “…”" or ", confirming that “…”" after
// its side's clause is the subject's, as ", saying that" was, and
// "underscored that for <Place>, “…”" as "stressed that" was. A
// participle used as an adjective ("a promising start") is no speech.
func TestRound16ParticipleForms(t *testing.T) {
	t.Parallel()
	const lead = "Ministers discuss fisheries on a call\n\nForeign Secretary Ilse Varnholt-Berg of Norland held a call with her Velanese counterpart on Monday, the department said."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a clause closed by \", stating that\"", paras: []string{lead,
			"The Secretary also raised the importance of patrols at sea, stating that \"our fisheries are the lifeline of our people.\"",
		}, want: map[string]string{"our fisheries are the lifeline of our people.": "Ilse Varnholt-Berg"}},
		{name: "\", confirming that\" (in no set)", paras: []string{lead,
			"Secretary Varnholt-Berg welcomed the new patrol boat, confirming that it would \"enter service before the storm season.\"",
		}, want: map[string]string{"enter service before the storm season.": "Ilse Varnholt-Berg"}},
		{name: "underscored that for a place", paras: []string{lead,
			"Secretary Varnholt-Berg thanked her counterpart for his support, and underscored that for Norland, \"climate security is national security.\"",
		}, want: map[string]string{"climate security is national security.": "Ilse Varnholt-Berg"}},
		{name: "\", reiterating that\" (in no set)", paras: []string{lead,
			"The Secretary closed the call by reiterating that Norland would \"never trade its waters for loans.\"",
		}, want: map[string]string{"never trade its waters for loans.": "Ilse Varnholt-Berg"}},
		// Not speech: a participle as an adjective, a reply's noun.
		{name: "a promising start is no speech", paras: []string{lead,
			"Observers saw a promising \"new chapter in the long talks between the two old neighbours.\"",
		}, want: map[string]string{"new chapter in the long talks between the two old neighbours.": "unknown"}},
	})
}
