package ingest_test

import "testing"

// TestRound31CapitalsGiven: a lead that sets its opening word in capitals
// ("<GIVEN> <Surname> <verb>…") prints the given name so; the speaker is
// the name as the rest of the copy prints it, not initials or an acronym.
func TestRound31CapitalsGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "capitals lead, pronoun quote", paras: []string{
			"Signalwoman kept the branch line running",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`DOROTHY Pendlebury worked the levers at Aske Junction until the branch line closed.`,
			`"A late train is a worry; an early one is a danger," she told the last passengers on the line.`,
		}, want: map[string]string{"A late train is a worry; an early one is a danger": "Dorothy Pendlebury"}},
	})
}

// TestRound31StandfirstMiddleName: an obituary's or a profile's name box,
// read as the standfirst, gives "<Given> <Middle> <Surname>"; the body
// calls the person "<Given> <Surname>" (its given name perhaps in a
// lead's capitals), who is the person named in full.
func TestRound31StandfirstMiddleName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "name box over a capitals lead", paras: []string{
			"The signalwoman of Aske Junction",
			"Winifred Clare Pendlebury\nSignalwoman and bell-ringer",
			"By Tamsin Orrell-Vance",
			`WINIFRED Pendlebury worked the signal levers by hand until the branch line closed in 1994.`,
			`"A late train is a worry; an early one is a danger," she told the last passengers on the line.`,
		}, want: map[string]string{"A late train is a worry; an early one is a danger": "Winifred Clare Pendlebury"}},
		{name: "name box over a plain lead", paras: []string{
			"A bandmaster remembered",
			"Edmund Joseph Carrow-Lisle\nBandmaster of the Hollin colliery band",
			"By Tamsin Orrell-Vance",
			`Edmund Carrow-Lisle took over the colliery band the year the pit shut, with nine players left.`,
			`"A band is how a village hears itself," Carrow-Lisle wrote in the programme for its centenary.`,
		}, want: map[string]string{"A band is how a village hears itself": "Edmund Joseph Carrow-Lisle"}},
	})
}

// TestRound31EarlierMiddleName: "<Given> <Surname>" after the copy named
// "<Given> <Middle> <Surname>" earlier is that person; a full name given
// only after, in a closing line of dates, leaves the name the copy used.
func TestRound31EarlierMiddleName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "full name first", paras: []string{
			"Valley choir loses its founder",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Winifred Clare Pendlebury founded the valley choir in 1962 with eleven singers and a borrowed piano.`,
			`Winifred Pendlebury said in 1990: "A choir is only a village that agrees to breathe together."`,
		}, want: map[string]string{"A choir is only a village that agrees to breathe together.": "Winifred Clare Pendlebury"}},
		{name: "full name only in the closing line", paras: []string{
			"Valley choir loses its founder",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Winifred Pendlebury said in 1990: "A choir is only a village that agrees to breathe together."`,
			`She founded the valley choir in 1962 with eleven singers and a borrowed piano.`,
			`• Winifred Clare Pendlebury, choir founder, born 4 May 1931; died 2 March 2025`,
		}, want: map[string]string{"A choir is only a village that agrees to breathe together.": "Winifred Pendlebury"}},
	})
}

// TestRound31FirstGivenBeforeFathers: a sentence opening on three
// capitalised words, the second a given name the lists know ("<Given>
// <Father's given> <Family>"), set off by an aside that describes the
// person ("…, a <noun> …,"), is a three-part name: the opening word is a
// first given name the lists lack, not a description before the name.
func TestRound31FirstGivenBeforeFathers(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "aside after the name", paras: []string{
			"Old market traders face rent rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Muntadhar Hassan Obaidi, a bookbinder whose shop has stood by the old bridge since his grandfather's day, said the new rents were "a sentence, not a price."`,
			`"I will bind books in the street if I have to," he said.`,
		}, want: map[string]string{
			"a sentence, not a price.":                     "Muntadhar Hassan Obaidi",
			"I will bind books in the street if I have to": "Muntadhar Hassan Obaidi",
		}},
		{name: "a description opening the sentence stays off the name", paras: []string{
			"Harbour side holds on for a draw",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Substitute Hassan Obaidi said the equaliser was "the best goal of my life."`,
		}, want: map[string]string{"the best goal of my life.": "Hassan Obaidi"}},
	})
}

// TestRound31PluralTitleOverList: a plural title opening a sentence over
// a list of names ("<Role nouns> <Given> <Surname>, <Given> <Surname> and
// <Given> <Surname> <verb>…") is each one's, not a group no one is named
// in; the first, given names the lists lack, is named in full, and the
// surname alone later finds them.
func TestRound31PluralTitleOverList(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "list after a plural title", paras: []string{
			"Rescuers honoured at the town hall",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Teachers Torvin Kaleski-Obradov, Mirela Voss and Anton Ferrante were given the town's medal for courage on Saturday, a month after the school fire.`,
			`Accepting it for the three, Kaleski-Obradov said: "We only walked the children out the way we practise it."`,
		}, want: map[string]string{"We only walked the children out the way we practise it.": "Torvin Kaleski-Obradov"}},
	})
}

// TestRound31ContactByline: a byline block with no "By" ("<Given>
// <Surname>" over the author's e-mail address over the date line) is the
// author's, not a person in the story: the story's "she" means the woman
// it is about, not the reporter.
func TestRound31ContactByline(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "name, address and date over the story", paras: []string{
			"The last ferry across the Oster",
			"When the bridge opens next year, a crossing that has run since 1870 will stop.",
			"Ilse Brandvold\nilse.brandvold@example-courier.com\nTuesday 14 October 2025",
			`Greta Aasmul-Holm counts the cars on the jetty before she lets down the ramp.`,
			`"Four cars and a tractor," she says. "That is a good Tuesday."`,
		}, want: map[string]string{"Four cars and a tractor": "Greta Aasmul-Holm", "That is a good Tuesday.": "Greta Aasmul-Holm"}},
	})
}
