package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// r33bCase is invented copy and the speakers a user should see drafted.
type r33bCase struct {
	name, text string
	want       map[string]string
}

// runR33b drafts each case's copy with an empty registry and checks its
// speakers.
func runR33b(t *testing.T, cases []r33bCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ingest.ReadText(c.text)
			d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, c.want)
		})
	}
}

// TestRound33bSportsPositionBeforeName: a rugby position written before
// the name ("<Position> <Given> <Surname>", New Zealand's "First-five" and
// "Second-five" among them) is no part of it, and "the <position>" later
// is the player.
func TestRound33bSportsPositionBeforeName(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "position opens the sentence",
		text: "Harriers edge the derby\n\n" +
			"The Harriers beat the Ospreys 24-22 in Tauranga on Saturday night.\n\n" +
			"Second-five Tamati Rangiwai scored two tries, the second with a minute left.\n\n" +
			"\"We never stopped believing, not for a second,\" Rangiwai said.\n\n" +
			"The coach praised lock Losa Faleolo, who threw in cleanly all night.\n\n" +
			"Faleolo shrugged it off. \"The forwards made it easy for me,\" the lock said.\n\n" +
			"The Harriers travel to Napier next week.",
		want: map[string]string{
			"We never stopped believing, not for a second": "Tamati Rangiwai",
			"The forwards made it easy for me":             "Losa Faleolo",
		},
	}})
}

// TestRound33bExcellencyBeforeName: "HE" (His or Her Excellency, "H.E."
// without its stops) before "<Particle> <Surname>" is a courtesy title,
// and the name left is the person the article named in full.
func TestRound33bExcellencyBeforeName(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "HE before particle and surname",
		text: "Ministers sign port accord\n\n" +
			"The accord was signed in Muscat by HE the Minister of Ports Khalid bin Saeed Al Harthy.\n\n" +
			"Speaking after the signing, HE Al Harthy said the berths would open in 2027.\n\n" +
			"\"This is a great day for the two ports and for the workers in them,\" HE Al Harthy said.\n\n" +
			"The berths will take the largest container ships.",
		want: map[string]string{
			"This is a great day for the two ports and for the workers in them": "Khalid bin Saeed Al Harthy",
		},
	}})
}

// TestRound33bBurmeseFormsOfAddress: in copy about Myanmar, the Burmese
// forms of address ("Daw", "U", and "Ma", "Ko" for younger people) open a
// name and are no part of it; elsewhere "Ma" is a surname.
func TestRound33bBurmeseFormsOfAddress(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "Myanmar copy",
		text: "Sagaing traders count the cost of outages\n\n" +
			"Shopkeepers in Shwebo say the power cuts in Myanmar have halved their trade.\n\n" +
			"Daw Nwe Mar Khaing, who runs a cold store, said she had thrown out fish twice this month.\n\n" +
			"\"The generator eats more than the shop earns,\" she said.\n\n" +
			"Ma Ei Phyu Win, a tailor, said she now sews by candlelight.\n\n" +
			"\"My eyes hurt by nine at night,\" she said.\n\n" +
			"Ko Zaw, a driver who asked that only part of his name be used, said fuel was scarce.\n\n" +
			"\"I queue for four hours for ten litres,\" he said.",
		want: map[string]string{
			"The generator eats more than the shop earns": "Nwe Mar Khaing",
			"My eyes hurt by nine at night":               "Ei Phyu Win",
			"I queue for four hours for ten litres":       "Zaw",
		},
	}, {
		name: "an elder's form of address elsewhere in the copy",
		text: "Tea shops close early in Pakokku\n\n" +
			"U Tin Maung Aye has run his tea shop near the jetty for thirty years.\n\n" +
			"Ma Hnin Wai Lwin, who serves at a stall across the road, said the evening trade had gone.\n\n" +
			"\"Nobody walks out after dark any more,\" she said.",
		want: map[string]string{
			"Nobody walks out after dark any more": "Hnin Wai Lwin",
		},
	}, {
		name: "Chinese surname elsewhere",
		text: "Port city opens new terminal\n\n" +
			"The new cruise terminal in Xiamen opened on Monday after three years of work.\n\n" +
			"\"We expect half a million passengers in the first year,\" port director Ma Lihua said.\n\n" +
			"The terminal has berths for two large ships.",
		want: map[string]string{
			"We expect half a million passengers in the first year": "Ma Lihua",
		},
	}})
}

// TestRound33bWomanInAMansTitle: a title in a man's form ("chairman",
// "spokesman") before a given name the lists do not know says nothing of
// the holder when her own reported speech follows with "she" ("<Title>
// <Given> <Surname> said she …"): the "she" that attributes her quote
// after it is hers, not the woman quoted before her.
func TestRound33bWomanInAMansTitle(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "chairman said she",
		text: "Vandals damage harbour shelter\n\n" +
			"Police are appealing for witnesses after the shelter at Scalloway pier was smashed overnight.\n\n" +
			"Inspector Fiona Garriock said: \"Whoever did this put lives at risk on a dark pier.\"\n\n" +
			"Harbour board chairman Ingrith Mowatt-Leask said she was \"heartbroken\" by the damage.\n\n" +
			"\"Fishermen have sheltered there since before I was born,\" she said.\n\n" +
			"The shelter will be rebuilt by the spring.",
		want: map[string]string{
			"Fishermen have sheltered there since before I was born": "Ingrith Mowatt-Leask",
		},
	}})
}

// TestRound33bAccordingToHerRelative: "according to her <kin>, <Given>
// <Surname>" has "her" as a possessive, not the object pronoun of
// "according to her": the source is the relative named, whom the "he"
// attributing the next quote means.
func TestRound33bAccordingToHerRelative(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "obituary, the son's account",
		text: "Obituary: Petronella Varga-Hollis, the lighthouse keeper's daughter\n\n" +
			"Petronella Varga-Hollis, who has died aged 88, kept the Ardmore light burning through the war.\n\n" +
			"\"She knew every ship by its lights,\" said the Rev Osric Penhallow, her vicar for thirty years. \"Nobody in the village was braver.\"\n\n" +
			"He recalled her as sharp-tongued but generous.\n\n" +
			"In 1944 she rowed out alone to a stranded trawler, according to her son, Dorian Hollis.\n\n" +
			"\"She never mentioned it once. We found the medal in a biscuit tin,\" he said.\n\n" +
			"She is survived by two sons.",
		want: map[string]string{
			"She never mentioned it once. We found the medal in a biscuit tin": "Dorian Hollis",
		},
	}})
}

// TestRound33bNameAfterBodyHead: "<Title> of the <Words> Council <Given>
// <Father's> al-<Surname>": the body's name ends at its head word, so all
// three capitals after it are the person's, though the lists know only
// the father's name and the family name opens on "al-".
func TestRound33bNameAfterBodyHead(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "member of a council",
		text: "ADEN, Nov. 3 (Saba) - The port authority said on Monday that two grain ships were waiting at anchor.\n\n" +
			"Member of the Supreme Security Council Abdulwahab Ahmed al-Sharafi wrote on X: \"Whoever starves the people will answer for it.\"\n\n" +
			"The ships carry wheat for the northern governorates.",
		want: map[string]string{
			"Whoever starves the people will answer for it.": "Abdulwahab Ahmed al-Sharafi",
		},
	}})
}

// TestRound33bSpeakingToAnOutlet: "Speaking to <Outlet>, she said: …"
// opens on a participle clause whose subject is the main clause's: the
// outlet named in it is spoken to, and "she" goes back to the person named
// before.
func TestRound33bSpeakingToAnOutlet(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "speaking to a broadcaster",
		text: "Farmers block road over quarry plan\n\n" +
			"Several hundred farmers blocked the main road into Kraljevo on Sunday morning.\n\n" +
			"Farmer Milutin Stevanić told K1 that the demand was simple. \"Cancel the licence and ask the villages,\" Stevanić said.\n\n" +
			"Economy Minister Ivana Marjanac said on Sunday that the quarry met \"the strictest standards in Europe\". Speaking to TV Zora, she said: \"Nobody will lose a single hectare without fair payment.\"\n\n" +
			"The farmers say they will return next week.",
		want: map[string]string{
			"Nobody will lose a single hectare without fair payment.": "Ivana Marjanac",
		},
	}})
}

// TestRound33bNamedAfterPartitive: "A <noun> of one of the <nouns>,
// <Given> <Surname>, <age>, said she …": the person described is named in
// the aside after the partitive, so the "she" attributing the next quote
// is her, not someone unnamed.
func TestRound33bNamedAfterPartitive(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "a worker of one of the factories",
		text: "Garment workers reject wage offer\n\n" +
			"Garment workers in Gazipur rejected the owners' wage offer on Sunday.\n\n" +
			"A worker of one of the factories, Shirin Akter, 29, said she had not been paid since July.\n\n" +
			"'My daughter has stopped going to school. The landlord wants us out,' she said.\n\n" +
			"Talks resume on Tuesday.",
		want: map[string]string{
			"My daughter has stopped going to school. The landlord wants us out": "Shirin Akter",
		},
	}})
}

// TestRound33bFormerClubCoach: "the former <Club> mentor said" is the
// coach the report named, whose title today names another club: the club
// after "former" is one they left.
func TestRound33bFormerClubCoach(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "former club before a coach's synonym",
		text: "Mokoena: We earned this win\n\n" +
			"Marumo Gallants coach Sifiso Mokoena praised his players after they beat Orlando Pirates 1-0 at Dr Molemela Stadium on Sunday.\n\n" +
			"\"We defended for our lives in the second half,\" Mokoena told reporters.\n\n" +
			"Teenage striker Lebo Dube scored the winner in the 71st minute.\n\n" +
			"\"The kid is fearless. I told the board months ago that he was ready,\" the former Golden Arrows mentor said.",
		want: map[string]string{
			"The kid is fearless. I told the board months ago that he was ready": "Sifiso Mokoena",
		},
	}})
}

// TestRound33bHolderAfterBodyAgainst: "said the head of the <Office>
// against <Crime>, <Given> <Surname>, at …": the body's name runs on past
// "against", and the holder named after it, set off, speaks.
func TestRound33bHolderAfterBodyAgainst(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "head of an office against a crime",
		text: "Police dismantle extortion ring in Quetzaltenango\n\n" +
			"Police arrested 14 people in raids on Tuesday.\n\n" +
			"\"This network worked like a business: it had collectors, enforcers and accountants,\" said the head of the Prosecutor's Office against Organised Crime, Marta Ixcoy-Tzul, at a press conference.\n\n" +
			"The suspects will appear in court on Friday.",
		want: map[string]string{
			"This network worked like a business: it had collectors, enforcers and accountants": "Marta Ixcoy-Tzul",
		},
	}})
}

// TestRound33bTimeOpensBeforeUnnamed: "Last week a <noun> at <place> told
// me …. “…,” he said": a time fronted with no comma opens the sentence
// before the unnamed person, who stays unknown, not the person named
// further back.
func TestRound33bTimeOpensBeforeUnnamed(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "last week a bus driver",
		text: "The new terminal and the old promises\n\n" +
			"By Desmond Hadley-Joseph\n\n" +
			"Tourism Minister Carlton Baptiste-Roache called the terminal \"a gateway to prosperity\" when it opened.\n\n" +
			"Two years on, the numbers tell a different story. Arrivals are flat.\n\n" +
			"Last week a bus driver at the harbour put it to me more plainly than any report could. \"The ship come, the people go, and we wait,\" he said.",
		want: map[string]string{
			"The ship come, the people go, and we wait": "unknown",
		},
	}})
}
