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

// TestRound27LocalHead: the head of a Malay mukim or of an Indonesian
// district or village, kept in the local word ("the <Local head> of
// <Place>, <Name>,"), is a title before the holder's name, as "the mayor
// of <Place>" is: "he" after it is the holder, not the title.
func TestRound27LocalHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a mukim's head", paras: []string{
			"New jetty opens for river taxis",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`At the opening, the Penghulu of Mukim Selapon, Rusdi bin Haji Kamaluddin, thanked the contractors for finishing early.`,
			`"We waited ten years for this," he said.`,
		}, want: map[string]string{"We waited ten years for this": "Rusdi bin Haji Kamaluddin"}},
		{name: "a district's head", paras: []string{
			"Flood barriers finished before the rains",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Camat of Tanjung Sari, Hendra Wiranata, inspected the barriers on Monday.`,
			`"The river will not take our fields again," he said.`,
		}, want: map[string]string{"The river will not take our fields again": "Hendra Wiranata"}},
	})
}

// TestRound27FamilyInCapitals: a name printed family name first with the
// family name in capitals ("<FAMILY> <Given> (<Club>)") heading a comment
// box speaks the quote under it, whether or not the lists know the given
// name; capitals after "at" are a body's, not a family name.
func TestRound27FamilyInCapitals(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a comment box", paras: []string{
			"Squad named for the autumn friendly",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"■ Comments",
			"KAWABE Sorane (Harbour City FC)\n\"I could not believe it when my name was read out, and I will give everything on the pitch.\"",
			"MURASE Tokiha (Riverside United)\n\"We have to be ready for a hard game against a strong side.\"",
		}, want: map[string]string{
			"I could not believe it when my name was read out, and I will give everything on the pitch.": "KAWABE Sorane",
			"We have to be ready for a hard game against a strong side.":                                 "MURASE Tokiha",
		}},
		{name: "a studio in capitals", paras: []string{
			"Band returns with a fourth album",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The album was cut in a fortnight at BELO Sounds in the hills with producer Marta Quillfeather, who calls the sessions \"loud and quick\".",
		}, want: map[string]string{"loud and quick": "Marta Quillfeather"}},
	})
}

// TestRound27PlaceOpeners: a word of the closed class that opens a
// geographic name ("Lake <Name>", "Cape <Name>", "Bukit <Name>") before
// one capitalised word names a place, which no "he" reaches.
func TestRound27PlaceOpeners(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lake", paras: []string{
			"Crab catches fall on the northern shore",
			"On the northern shore, crab fishermen count the spill on Lake Tanganica in days lost.",
			`"When the wind is from the east, I stay ashore," he says.`,
		}, want: map[string]string{"When the wind is from the east, I stay ashore": "unknown"}},
		{name: "a Malay hill", paras: []string{
			"Trail closed after landslip",
			"Rangers shut the trail on Bukit Seremai after the weekend's rain.",
			`"It will stay shut until the slope is checked," he said.`,
		}, want: map[string]string{"It will stay shut until the slope is checked": "unknown"}},
	})
}

// TestRound27FieldBeforeTitle: "the <Field> <Title>" goes back to the
// holder whose title reads so ("<Field> <Title> X Y"), not to a nearer
// holder whose longer title has the field after "of" ("<Title> of the
// Ministry of <Field> and <Field>, X Y").
func TestRound27FieldBeforeTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two secretaries", paras: []string{
			"Two neighbours hold fisheries talks",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Foreign Secretary Mr. Oskar Vendramin led the host delegation, while the visiting delegation was led by Secretary of the Ministry of Foreign Affairs and Trade of Norlandia, Ms. Petra Quistgaard-Lund.",
			`The Foreign Secretary said the catch quotas were "overdue for review".`,
		}, want: map[string]string{"overdue for review": "Oskar Vendramin"}},
	})
}

// TestRound27TitleWithFieldList: "The <Title> for <Field>, <Field> and
// <Field>, <Given> <Surname>," gives the named person the title, so "a
// spokeswoman for the <title>" later speaks for them.
func TestRound27TitleWithFieldList(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a spokeswoman for the minister", paras: []string{
			"Drug maker to expand plant",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Minister for Harbours, Roads and Rail, Orla Fennimore-Gale, is due at the slipway's opening on Thursday. A spokeswoman for the minister said the slipway was "a welcome investment".`,
		}, want: map[string]string{"a welcome investment": "Orla Fennimore-Gale"}},
		{name: "the minister", paras: []string{
			"Drug maker to expand plant",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Minister for Harbours, Roads and Rail, Orla Fennimore-Gale, is due at the slipway's opening on Thursday.`,
			`The minister has called the plant "a welcome investment".`,
		}, want: map[string]string{"a welcome investment": "Orla Fennimore-Gale"}},
	})
}
