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
		"Tembrook and Quessany at odds over fishing licences",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	reg := round31bRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "capital, aside naming the body", reg: reg, paras: append(head,
			`Lorvaine, in a statement issued by its Ministry of Foreign Affairs, said the licences were "a matter for the harbour courts" alone.`),
			want: map[string]string{"a matter for the harbour courts": "Ministry of Foreign Affairs of Quessany"}},
		{name: "country, lower-case ministry after the verb", reg: reg, paras: append(head,
			`Quessany said in a statement by its foreign ministry that talks on the licences would "resume after the holidays" in Tembrook.`),
			want: map[string]string{"resume after the holidays": "Ministry of Foreign Affairs of Quessany"}},
		{name: "country speaking on its own", reg: reg, paras: append(head,
			`Quessany said on Thursday that talks on the licences would "resume after the holidays" in Tembrook.`),
			want: map[string]string{"resume after the holidays": "Quessany"}},
	})
}

// TestRound31DescribedBody: the kind words copy puts around a body's own
// name ("NGO <Name>", "<Name> <kind> federation") are not part of the
// name the draft gives; a nationality with a kind ("<Nationality> rights
// group") is no name to cut down to.
func TestRound31DescribedBody(t *testing.T) {
	t.Parallel()
	head := []string{
		"Mill workers march against closure",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "kind words after the name", paras: append(head,
			`The Sondrak labor federation called a march for Saturday and promised to "fight the closure in parliament" too.`),
			want: map[string]string{"fight the closure in parliament": "Sondrak"}},
		{name: "NGO before the name", paras: append(head,
			`The NGO Velmaris warned that the closure would "empty the valley within a decade" unless jobs followed.`),
			want: map[string]string{"empty the valley within a decade": "Velmaris"}},
		{name: "NGO before an acronym", paras: append(head,
			`NGO ODRENA warned that the closure would "empty the valley within a decade" unless jobs followed.`),
			want: map[string]string{"empty the valley within a decade": "ODRENA"}},
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
			`The Prime Minister's Office confirmed the ferry deal would be "signed before the summer" in Tembrook.`),
			want: map[string]string{"signed before the summer": "Office of the Prime Minister of Quessany"}},
		{name: "a curly possessive", reg: reg, paras: append(head,
			`The Public Prosecutor’s Office said it would appeal against a sentence it called "far too lenient" for the pair.`),
			want: map[string]string{"far too lenient": "Office of the Public Prosecutor of Quessany"}},
		{name: "a nationality's media office", reg: reg, paras: append(head,
			`Late on Friday, the Norwegian Prime Minister's media office said the two leaders would meet "again before the autumn" in Bergen.`),
			want: map[string]string{"again before the autumn": "Office of the Prime Minister of Norway"}},
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
		"Riders press bus company over cut routes",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's post on X", paras: append(head,
			`The Fenwick Riders' Association in a post on X told the bus company to "put the night routes back" before winter.`),
			want: map[string]string{"put the night routes back": "Fenwick Riders' Association"}},
		{name: "a post nobody wrote", paras: append(head,
			`A post shared thousands of times on Facebook claims that "every meter in the valley was rigged last winter" by the utility.`),
			want: map[string]string{"every meter in the valley was rigged last winter": "unknown"}},
	})
}
