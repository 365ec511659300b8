package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound28CDateBeforePlace: a dateline may open with its date and name
// the place after it, set off by commas and closed by a dash, as regional
// bodies' releases write it ("<date>, <City>, <Country> – The …"). A
// sentence that opens with a date and goes on in lower case dates nothing
// (the draft's date stands in for today's, 2025-03-04).
func TestRound28CDateBeforePlace(t *testing.T) {
	t.Parallel()
	const story = "\n\n\"The new berth ends the queues of the summer season,\" harbour master Ilka Provenzano-Dahl said.\n\n" +
		"Work on the berth starts in the autumn, the board said in a statement on its website."
	for _, tc := range []struct{ name, text, date string }{
		{"date, city, country, then a dash",
			"MEDIA RELEASE\n\nHarbour board approves a second berth\n\n17 March 2025, Puerto Lindo, Costa Azul – The harbour board approved on Monday a second ferry berth on the north quay of the port." + story, "2025-03-17"},
		{"date, a city with a particle, then a spaced hyphen",
			"Harbour board approves a second berth\n\n17 March 2025, Porto de Velha - The harbour board approved on Monday a second ferry berth on the north quay of the port." + story, "2025-03-17"},
		{"a sentence's date with words in lower case before the dash",
			"Harbour board approves a second berth\n\n17 March 2025, the day the harbour board met – a second ferry berth was approved on the north quay of the port." + story, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound28CPersonNickname: marks after "call him" or "call her" in the
// present tense round the name a person goes by — "the <noun>" or
// capitalised words — not speech; the speaker's own words stay a quote,
// and so does a judgement ("calls her “a <noun>”") or a past "called".
func TestRound28CPersonNickname(t *testing.T) {
	t.Parallel()
	lead := "Harbour board sets out its plans for the coming year"
	for _, tc := range []furnitureCase{
		{"the noun after call her", []string{
			`Dockers call her "the tide clock", which she now answers to without a grumble.`,
			`"We will clear the channel before the season," harbour master Odile Varga-Penn said.`,
		}, []string{"the tide clock"}, "We will clear the channel before the season"},
		{"capitalised words after calls him", []string{
			`Every pilot on the quay calls him "Captain Bram" even though he never went to sea.`,
			`"We will clear the channel before the season," harbour master Odile Varga-Penn said.`,
		}, []string{"Captain Bram"}, "We will clear the channel before the season"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a judgement after calls her", paras: []string{
			"Harbour board sets out its plans for the coming year",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Harbour master Odile Varga-Penn calls him "a danger to the port" and says she will stand against him again.`,
		}, want: map[string]string{"a danger to the port": "Odile Varga-Penn"}},
	})
}

// TestRound28CMunicipalityBody: "<Place> Municipality" (or "<Place> Local
// Municipality") is a local government's name, as "<Place> Council" is,
// even when the registry does not list it: the spokesperson quoted right
// after it speaks for it, and so does "the municipality" next.
func TestRound28CMunicipalityBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a municipal spokesperson after the municipality", paras: []string{
			"Family wins a stay of eviction",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Korvenhal Municipality said no one had asked it to rehouse the tenants. "We will look at the family's needs if a new order is made," a municipal spokesperson said.`,
		}, want: map[string]string{"We will look at the family's needs if a new order is made": "Korvenhal Municipality"}},
		{name: "the municipality after a local municipality", paras: []string{
			"Water tankers sent to two villages",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Drosvale Local Municipality sent four tankers on Monday.`,
			`"The pipeline will be repaired by Friday," the municipality said.`,
		}, want: map[string]string{"The pipeline will be repaired by Friday": "Drosvale Local Municipality"}},
	})
}

// TestRound28CSurvivedByKin: an obituary's "<She> is survived by <her>
// <kin>, <Name>" introduces the relative with no one named before them in
// the sentence; "<Her> <kin> said …" further down, and the "he said" of
// the quote paragraph after it, are that relative, not another man of the
// family named earlier.
func TestRound28CSurvivedByKin(t *testing.T) {
	t.Parallel()
	obit := func(son string) []string {
		return []string{
			"Painter of the river towns dies at 88",
			"Marguerite Olsfeld, who painted the river towns for sixty years, died on Sunday in Vellmoor. She was 88.",
			"Pieter Anton Olsfeld, her husband of forty years and a notary, was lost at sea in 2001. She is survived by her son, " + son + ", a surveyor in Kreuzbach, her daughter, Anke, and two grandchildren.",
			"Her son said she had gone on sketching gulls until the spring, on the backs of old tide tables.",
			`"She never sold a canvas she liked," he said.`,
		}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a son with the family name", paras: obit("Tomas Olsfeld"),
			want: map[string]string{"She never sold a canvas she liked": "Tomas Olsfeld"}},
		{name: "a son with a double name", paras: obit("Tomas Olsfeld-Daan"),
			want: map[string]string{"She never sold a canvas she liked": "Tomas Olsfeld-Daan"}},
	})
}

// TestRound28CMemoryVerbs: a verb of remembering attributes a quote as
// "said" does in a feature — after the quote ("“…,” she remembers") or
// before a description the quote ends ("<Name> recalled … a man who
// “…”") — but a place remembering someone is a nation's regard, and the
// person who reported it speaks.
func TestRound28CMemoryVerbs(t *testing.T) {
	t.Parallel()
	lead := "Trainer who broke the village's rule retires after forty years"
	ctx := "The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "she remembers after the quote", paras: []string{lead, ctx,
			"Odval Tserenkhand took over her uncle's stable in 1994, when nobody else in the valley would.",
			`"The old men laughed at me for a whole winter," she remembers.`,
		}, want: map[string]string{"The old men laughed at me for a whole winter": "Odval Tserenkhand"}},
		{name: "remembered a man who", paras: []string{lead, ctx,
			`Not everyone found him easy. Berend Kalvaitis, who rode for him in the 1990s, remembered a man who "never once raised his voice and never once changed his mind".`,
		}, want: map[string]string{"never once raised his voice and never once changed his mind": "Berend Kalvaitis"}},
		{name: "a gloss in brackets that remembers", paras: []string{lead, ctx,
			"Odval Tserenkhand took over her uncle's stable in 1994, when nobody else in the valley would.",
			`"Gazar sanadag," (The land remembers) she said. "My uncle said it whenever anyone talked of selling."`,
		}, want: map[string]string{"Gazar sanadag": "Odval Tserenkhand"}},
		{name: "a country remembers", paras: []string{lead, ctx,
			`The Norwegian ambassador, Sigrun Alfsvik, said Norway remembered him "with gratitude and real warmth".`,
		}, want: map[string]string{"with gratitude and real warmth": "Sigrun Alfsvik"}},
	})
}

// TestRound28CPagerLinks: a page's links to the story before and after it
// ("Previous: <headline>", "Next story: <headline>") quote another story's
// headline, which no one in this story said.
func TestRound28CPagerLinks(t *testing.T) {
	t.Parallel()
	lead := "Family wins a stay of eviction"
	for _, tc := range []furnitureCase{
		{"previous", []string{
			`"We will look at the family's needs if a new order is made," councillor Anja Moerdijk-Ruys said.`,
			"Next: Harbour residents march for standpipes",
			"Previous: “Our stalls are our homes”, ferry porters tell council",
		}, []string{"Our stalls are our homes"}, "We will look at the family's needs if a new order is made"},
		{"next story", []string{
			`"We will look at the family's needs if a new order is made," councillor Anja Moerdijk-Ruys said.`,
			"Next story: 'The river took everything', say farmers after the spring floods",
		}, []string{"The river took everything"}, "We will look at the family's needs if a new order is made"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound28CTitleAgain: a name or a title set in marks that is no quote
// where a rule sees it ("read “<Title>” aloud") is no quote where the
// article gives it again in marks, even where no rule would see it ("her
// poem, “<Title>” (<gloss>),"); a sentence of speech that happens to
// follow stays a quote.
func TestRound28CTitleAgain(t *testing.T) {
	t.Parallel()
	lead := "Poet of the river towns dies at 88"
	for _, tc := range []furnitureCase{
		{"a poem's title with its gloss, read aloud later", []string{
			"Marguerite Olsfeld, who wrote about the river towns for sixty years, died on Sunday in Vellmoor. She was 88.",
			`A ballad of hers, "Taal ka Darya" (The River of Rhythm), is sung at every harvest fair in the valley.`,
			`On the last evening of the fair, a choir of children sang "Taal ka Darya" for her.`,
			`"She taught us that a poem is finished only when it is read aloud," her pupil Ines Marwaha-Kolb said.`,
		}, []string{"Taal ka Darya"}, "She taught us that a poem is finished only when it is read aloud"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound28CTitleGloss: a short name in marks followed by its
// translation in brackets in title case ("“<Name>” (<Gloss In
// Capitals>)") is what a thing is called; words said in another tongue
// and glossed as a sentence stay a quote.
func TestRound28CTitleGloss(t *testing.T) {
	t.Parallel()
	lead := "Trainer who broke the village's rule retires after forty years"
	for _, tc := range []furnitureCase{
		{"a horse's name and its gloss", []string{
			`She won the valley race in 2011 on a mare she called "Kara Yel" (Grey Dawn).`,
			`"The old men laughed at me for a whole winter," trainer Odval Tserenkhand said.`,
		}, []string{"Kara Yel"}, "The old men laughed at me for a whole winter"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "speech glossed as a sentence", paras: []string{lead,
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Odval Tserenkhand shouted "Yavaad bai" (keep on going) at the last rider.`,
		}, want: map[string]string{"Yavaad bai": "Odval Tserenkhand"}},
	})
}

// TestRound28CGroupCalls: "what <officials|economists|…> call “<term>”",
// a bare plural of people as a class, names a term in use among them, not
// anyone's words; one speaker's "what she calls “…”" stays a quote.
func TestRound28CGroupCalls(t *testing.T) {
	t.Parallel()
	lead := "Battery makers cut prices for the third time this year"
	for _, tc := range []furnitureCase{
		{"what officials call", []string{
			`The cut comes as the capital tries to curb what officials call "overcrowding" in industries from steel to solar glass.`,
			`"We cannot sell below cost for another year," sales director Wen Haolin-Reyes said.`,
		}, []string{"overcrowding"}, "We cannot sell below cost for another year"},
		{"what economists call before a noun", []string{
			`Villages are left with what economists call "hollow" households, mostly the old and the very young.`,
			`"We cannot sell below cost for another year," sales director Wen Haolin-Reyes said.`,
		}, []string{"hollow"}, "We cannot sell below cost for another year"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "what one speaker calls", paras: []string{lead,
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Sales director Wen Haolin-Reyes warned of what she calls "a race to the bottom" among the smaller makers.`,
		}, want: map[string]string{"a race to the bottom": "Wen Haolin-Reyes"}},
	})
}
