package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// round31bRegistry lists countries with their capitals and state bodies
// named "<Body> of <Country>", the convention the draft follows.
func round31bRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Quessany", Role: "Country", Kind: "place", Aliases: []string{"Lorvaine"}},
		{Name: "Tembrook", Role: "Country", Kind: "place"},
		{Name: "Ministry of Trade of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Health of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Energy of Quessany", Kind: "organisation"},
	}}
}

// TestRound31CountrysOwnBody: a country (or its capital) that speaks "in a
// statement issued by its <Body>" or "by its <field> ministry" speaks
// through that body, named "<Body> of <Country>".
func TestRound31CountrysOwnBody(t *testing.T) {
	t.Parallel()
	head := []string{
		"Tembrook and Quessany at odds over seized dredger",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	reg := round31bRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "capital, aside naming the body", reg: reg, paras: append(head,
			`Lorvaine, in a statement issued by its Ministry of Foreign Affairs late on Monday, said the dredger's seizure was "an ordinary customs check" and nothing more.`),
			want: map[string]string{"an ordinary customs check": "Ministry of Foreign Affairs of Quessany"}},
		{name: "country, lower-case ministry after the verb", reg: reg, paras: append(head,
			`Quessany, for its part, said in a statement by its foreign ministry that the crew would be "released within the week" once papers were checked.`),
			want: map[string]string{"released within the week": "Ministry of Foreign Affairs of Quessany"}},
		{name: "country speaking on its own", reg: reg, paras: append(head,
			`Quessany said on Monday that the crew would be "released within the week" once papers were checked.`),
			want: map[string]string{"released within the week": "Quessany"}},
	})
}

// TestRound31DescribedBody: the kind words copy puts around a body's own
// name ("NGO <Name>", "<Name> <kind> federation") are not part of the
// name the draft gives; a nationality with a kind ("<Nationality> rights
// group") is no name to cut down to.
func TestRound31DescribedBody(t *testing.T) {
	t.Parallel()
	head := []string{
		"Dockers defy injunction at river port",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "kind words after the name", paras: append(head,
			`The Pelvorin labor federation, which backed the dockers, said it would "take the sale to every court" available to it.`),
			want: map[string]string{"take the sale to every court": "Pelvorin"}},
		{name: "NGO before the name", paras: append(head,
			`The NGO Tarsekka said the ruling showed "how little the port authority answers to anyone" in the town.`),
			want: map[string]string{"how little the port authority answers to anyone": "Tarsekka"}},
		{name: "NGO before an acronym", paras: append(head,
			`NGO KRAVA said the ruling showed "how little the port authority answers to anyone" in the town.`),
			want: map[string]string{"how little the port authority answers to anyone": "KRAVA"}},
	})
}

// TestRound31TitlesOffice: a state office holder's office named "the
// <Title>'s Office" in copy from the home country, or "the <Nationality>
// <Title>'s media office", is named as the registry's convention names a
// state's bodies: "Office of the <Title> of <Country>". A county
// officer's office is no state's.
func TestRound31TitlesOffice(t *testing.T) {
	t.Parallel()
	head := []string{
		"Tembrook and Quessany agree on ferry link",
		"LORVAINE, March 3 — The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	reg := round31bRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the home country's office, bare", reg: reg, paras: append(head,
			`The Prime Minister's Office said the talks had been "frank and useful" for both sides.`),
			want: map[string]string{"frank and useful": "Office of the Prime Minister of Quessany"}},
		{name: "a curly possessive", reg: reg, paras: append(head,
			`The Public Prosecutor’s Office said the fraud had been "planned over many months" by the pair.`),
			want: map[string]string{"planned over many months": "Office of the Public Prosecutor of Quessany"}},
		{name: "a nationality's media office", reg: reg, paras: append(head,
			`In a statement, the Chilean Prime Minister's media office said the talks had been "frank and useful" for both sides.`),
			want: map[string]string{"frank and useful": "Office of the Prime Minister of Chile"}},
		{name: "a county officer's office", reg: reg, paras: append(head,
			`The Dunmore County Sheriff's Office said the crash was "still under investigation" on Tuesday.`),
			want: map[string]string{"still under investigation": "Dunmore County Sheriff's Office"}},
	})
}

// TestRound31PlatformNotSpeaker: the platform a post appeared on ("in a
// post on <Platform>") is where the words were given, not who gave them:
// the subject before the aside speaks, and a post on a platform that
// nobody is said to have written is no one's.
func TestRound31PlatformNotSpeaker(t *testing.T) {
	t.Parallel()
	head := []string{
		"Regulator presses utility over outage timetable",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's post on X", paras: append(head,
			`The Harbour Lights Consumers Council in a post on X urged the utility to "keep to the schedule it published" for the week.`),
			want: map[string]string{"keep to the schedule it published": "Harbour Lights Consumers Council"}},
		{name: "a post nobody wrote", paras: append(head,
			`A post shared thousands of times on Facebook claims that "every meter in the valley was rigged last winter" by the utility.`),
			want: map[string]string{"every meter in the valley was rigged last winter": "unknown"}},
	})
}
