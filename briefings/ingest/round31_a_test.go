package ingest_test

import "testing"

// TestRound31CapitalsGiven: a lead that sets its opening word in capitals
// ("<GIVEN> <Surname> <verb>…") prints the given name so; the speaker is
// the name as the rest of the copy prints it, not initials or an acronym.
func TestRound31CapitalsGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "capitals lead, pronoun quote", paras: []string{
			"Ferry skipper who never missed a crossing",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`DOROTHY Pendlebury ran the lake ferry for forty-one winters before the bridge was built.`,
			`"The lake decides the timetable, not me," she told a visitor in 1988.`,
		}, want: map[string]string{"The lake decides the timetable, not me": "Dorothy Pendlebury"}},
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
			"The ferry skipper who never missed a crossing",
			"Winifred Clare Pendlebury\nSkipper, beekeeper, choir treasurer",
			"By Tamsin Orrell-Vance",
			`WINIFRED Pendlebury ran the lake ferry for forty-one winters before the bridge was built.`,
			`"The lake decides the timetable, not me," she told a visitor in 1988.`,
		}, want: map[string]string{"The lake decides the timetable, not me": "Winifred Clare Pendlebury"}},
		{name: "name box over a plain lead", paras: []string{
			"The orchard keeper of Hollin Ridge",
			"Edmund Joseph Carrow-Lisle\nGrower, fiddler, parish clerk",
			"By Tamsin Orrell-Vance",
			`Edmund Carrow-Lisle planted plums on the ridge when everyone said only oats would grow there.`,
			`"Oats never paid anyone's debts," Carrow-Lisle said in 2001.`,
		}, want: map[string]string{"Oats never paid anyone's debts": "Edmund Joseph Carrow-Lisle"}},
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
			"Marsh villages wait for the floodgates",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Qusay Ahmed Zubaidi, a soil engineer who has mapped the marshes for a decade, said the ministries were "arguing over an empty canal."`,
			`"Every summer the salt comes further up the channel," he said.`,
		}, want: map[string]string{
			"arguing over an empty canal.":                       "Qusay Ahmed Zubaidi",
			"Every summer the salt comes further up the channel": "Qusay Ahmed Zubaidi",
		}},
		{name: "a description opening the sentence stays off the name", paras: []string{
			"Harbour side holds on for a draw",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Substitute Ahmed Zubaidi said the equaliser was "the best goal of my life."`,
		}, want: map[string]string{"the best goal of my life.": "Ahmed Zubaidi"}},
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
			"Editors' hearing put off to spring",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Photographers Torvin Kaleski-Obradov, Mirela Voss and Anton Ferrante appeared before the magistrate on Monday.`,
			`In his statement, Kaleski-Obradov said: "I photographed the flooded wards and nothing else."`,
		}, want: map[string]string{"I photographed the flooded wards and nothing else.": "Torvin Kaleski-Obradov"}},
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
			"The cisterns of the high valley are empty again",
			"In the villages above the reservoir, families wait for a tanker that comes when it comes.",
			"Claudia Ferreira Maltez\ncferreira@example-daily.com\nSunday 8 February 2026",
			`At dawn, Doña Rosalba Quintal Ayerdi is already in her yard, tapping the cistern with a stick.`,
			`"A quarter," she says. "Maybe the tanker comes on Friday."`,
		}, want: map[string]string{"A quarter": "Rosalba Quintal Ayerdi", "Maybe the tanker comes on Friday.": "Rosalba Quintal Ayerdi"}},
	})
}
