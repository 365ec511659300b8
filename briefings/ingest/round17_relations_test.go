package ingest_test

import "testing"

// TestRelatedBodySpeaks: "<Body>'s insurer, <Name> S.A., confirmed" — the
// company a description ties to another body, set off before the verb, is
// who spoke, not the body it serves, whether its name reads as a body
// ("S.A.") or ends in "Limited" after inner words that look like a rank.
// A person set off the same way still speaks, and a description with no
// body it hangs on is left to the other rules.
func TestRelatedBodySpeaks(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an insurer with a legal form in letters", paras: []string{
			"Warehouse fire halts bottling plant",
			"Kestrel Bottling Holdings S.A. (\"the Group\") said the plant at Vale Norte would stay shut for a month.",
			"The Group's insurer, Companhia de Seguros Albatroz S.A., told the Group in writing that the claim was \"within the cover for business interruption\".",
		}, want: map[string]string{"within the cover for business interruption": "Companhia de Seguros Albatroz S.A."}},
		{name: "a rank-like word inside a company's name", paras: []string{
			"Turbine blades lost in transit",
			"Orrin Wind Farm Ltd said the blades had been dropped while being unloaded at the port.",
			"The developer's cargo underwriter, Portland Harbour & General Assurance Company Limited, has told the firm that the loss is \"recoverable in full, less the excess\".",
		}, want: map[string]string{"recoverable in full, less the excess": "Portland Harbour & General Assurance Company Limited"}},
		{name: "a contractor set off after its client", paras: []string{
			"Bridge repairs slip",
			"The county council said the bridge would reopen in June rather than April.",
			"The council's contractor, Brannock Civil Engineering Ltd, said the steel had arrived \"six weeks behind the programme\".",
		}, want: map[string]string{"six weeks behind the programme": "Brannock Civil Engineering Ltd"}},
		{name: "a person set off the same way still speaks", paras: []string{
			"Bridge repairs slip",
			"The county council said the bridge would reopen in June rather than April.",
			"The council's engineer, Maeve Dorrington-Kyle, said the steel was \"six weeks late\".",
		}, want: map[string]string{"six weeks late": "Maeve Dorrington-Kyle"}},
	})
}

// TestPossessedNamed: "Mr <Surname>'s <kin>, <Name>, released the
// following statement:" — the relative named in the aside speaks, not the
// man whose relative she is, though they share a surname; so does a body's
// adviser named the same way before a colon.
func TestPossessedNamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a widow's statement through the police", paras: []string{
			"Man dies after boat capsizes off the point",
			"Police were called to Gull Point at about 6pm on Sunday after a small fishing boat capsized in heavy swell.",
			"The man has been named as Anton Felix Morrow-Day, 52, of Lower Quay. His next of kin have been informed.",
			"Mr Morrow-Day's daughter, Isla Morrow-Day, has issued the following tribute through the police:",
			"\"Dad knew every rock on this coast. He was the best of men and we are lost without him.\"",
		}, want: map[string]string{"Dad knew every rock on this coast. He was the best of men and we are lost without him.": "Isla Morrow-Day"}},
		{name: "a brother's words, the same surname, before a colon in the sentence", paras: []string{
			"Climber killed in fall",
			"A climber who died in a fall on Beinn Ruadh on Saturday has been named as Callum Strachan-Reid, 34.",
			"Mr Strachan-Reid's brother, Euan Strachan-Reid, posted a message online: \"The hills were his whole life.\"",
		}, want: map[string]string{"The hills were his whole life.": "Euan Strachan-Reid"}},
	})
}
