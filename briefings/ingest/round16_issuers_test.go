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
