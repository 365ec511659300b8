package ingest_test

import "testing"

// TestRound27HonorificRun: a Malay or Bruneian honorific of address
// ("Awang", "Dayang", "Pengiran") followed by a pilgrim's courtesy title
// ("Haji", "Hajah") opens a name without being part of it:
// "<Honorific> <Courtesy> Given bin Patronym" is named from the given name.
func TestRound27HonorificRun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a man's honorific and the pilgrim's title", paras: []string{
			"New jetty opens for river taxis",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Director of Marine, Awang Haji Rusdi bin Haji Kamaluddin, said the jetty would be "open to all operators".`,
			`"The old one was falling apart," he said.`,
		}, want: map[string]string{"open to all operators": "Rusdi bin Haji Kamaluddin", "The old one was falling apart": "Rusdi bin Haji Kamaluddin"}},
		{name: "a woman's honorific and the pilgrim's title", paras: []string{
			"Clinic hours extended in three villages",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Acting Director of Health Services, Dayang Hajah Zarina binti Haji Osman, said the clinics would "stay open until nine".`,
		}, want: map[string]string{"stay open until nine": "Zarina binti Haji Osman"}},
	})
}
