package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r46TranscriptRegistry lists a central bank whose own transcript heads
// its page with its name over the event's label, and one of its officials
// whose title names no body.
func r46TranscriptRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Reserve Bank of Norland", Kind: "organisation", Aliases: []string{"RBN"}},
		{Name: "Harald Quist-Berne", Role: "Governor of the Reserve Bank of Norland", Kind: "person"},
	}}
}

// TestR46TranscriptHost: in a body's own transcript, an official whose
// title names no body speaks for the host the title line names when they
// say "we" or quote "our statement"; a time after the subject ("this
// morning") is no subject of its own.
func TestR46TranscriptHost(t *testing.T) {
	t.Parallel()
	reg := r46TranscriptRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "we in a turn of the host's news conference", reg: reg, paras: []string{
			"Reserve Bank of Norland News conference",
			"Velby, 4 May 2026",
			"Harald Quist-Berne, Governor\nIngrid Tollefsen-Ray, Deputy Member of the Board",
			"Question (Ola Brekk, Velby Post): Are households borrowing too much?",
			`Ingrid Tollefsen-Ray: We have said so before. We wrote it plainly last month: "Household debt is high and rising faster than incomes." We stand by that.`,
		}, want: map[string]string{
			"Household debt is high and rising faster than incomes.": "Reserve Bank of Norland",
		}},
		{name: "our statement this morning in a turn", reg: reg, paras: []string{
			"Reserve Bank of Norland Press briefing",
			"Velby, 4 May 2026",
			"Harald Quist-Berne, Governor\nIngrid Tollefsen-Ray, Deputy Member of the Board",
			"Question (Ola Brekk, Velby Post): Will you sell kroner?",
			`Ingrid Tollefsen-Ray: Our statement this morning says that we are "prepared to act in the currency market when needed", and nothing more.`,
		}, want: map[string]string{
			"prepared to act in the currency market when needed": "Reserve Bank of Norland",
		}},
		{name: "the host's report cited in a question", reg: reg, paras: []string{
			"Reserve Bank of Norland News conference",
			"Velby, 4 May 2026",
			"Harald Quist-Berne, Governor\nIngrid Tollefsen-Ray, Deputy Member of the Board",
			`Question (Ola Brekk, Velby Post): The Financial Stability Report warned of "stretched valuations in commercial property". Where?`,
			"Ingrid Tollefsen-Ray: Mostly in offices outside the capital.",
		}, want: map[string]string{
			"stretched valuations in commercial property": "Reserve Bank of Norland",
		}},
		{name: "no event label: the title is no host", reg: reg, paras: []string{
			"Reserve Bank of Norland faces questions on debt",
			"Velby, 4 May 2026",
			"Question (Ola Brekk, Velby Post): Are households borrowing too much?",
			`Ingrid Tollefsen-Ray: We wrote it plainly last month: "Household debt is high and rising faster than incomes." We stand by that.`,
		}, want: map[string]string{
			"Household debt is high and rising faster than incomes.": "unknown",
		}},
		{name: "last night between a ministry and its verb", reg: &briefings.Registry{}, paras: []string{
			"Ferry sailings cut",
			"Sailings to the islands were cut on Friday after a second engine failure.",
			`The Ministry of Transport last night said the ferry would be "out of service for at least a fortnight".`,
		}, want: map[string]string{
			"out of service for at least a fortnight": "Ministry of Transport",
		}},
	})
}

// r46CabinetRegistry lists a state and its ministries by the convention
// "<Body> of <State>".
func r46CabinetRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Role: "Country", Kind: "place"},
		{Name: "Cabinet of Norland", Kind: "organisation"},
		{Name: "Ministry of Water and Sanitation of Norland", Kind: "organisation"},
		{Name: "Ministry of Labour of Norland", Kind: "organisation"},
	}}
}

// TestR46UnnamedMinister: a government spokesperson's answer at a
// briefing that reports an unnamed minister's words gives them to the
// minister's ministry, "the Minister" after "the Minister of <Field>"
// too; a reporter's question citing an unnamed minister, and a story that
// is no transcript, leave them to no one.
func TestR46UnnamedMinister(t *testing.T) {
	t.Parallel()
	reg := r46CabinetRegistry()
	briefing := func(answer, question string) []string {
		return []string{
			"NORLAND GOVERNMENT — TRANSCRIPT",
			"POST-CABINET BRIEFING BY THE GOVERNMENT SPOKESPERSON\nVelby, Tuesday, 4 August 2026",
			"GOVERNMENT SPOKESPERSON: Good afternoon. Cabinet met this morning.",
			answer,
			"REPORTER (ANNA VIK, VELBY POST): " + question,
			"GOVERNMENT SPOKESPERSON: Cabinet will return to it next week.",
		}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the Minister of Field in the spokesperson's answer", reg: reg, paras: briefing(
			`GOVERNMENT SPOKESPERSON: On wages, the Minister of Labour said on Monday, "No worker in the public service will be paid late this year," and that stands.`,
			"Will the unions strike?"),
			want: map[string]string{"No worker in the public service will be paid late this year": "Ministry of Labour of Norland"}},
		{name: "the Minister after the Minister of Field", reg: reg, paras: briefing(
			`GOVERNMENT SPOKESPERSON: Cabinet heard a report from the Minister of Water and Sanitation on the dry season. The Minister told Cabinet that "every village will have a tanker within two days."`,
			"Will there be rationing?"),
			want: map[string]string{"every village will have a tanker within two days.": "Ministry of Water and Sanitation of Norland"}},
		{name: "a reporter cites an unnamed minister", reg: reg, paras: briefing(
			"GOVERNMENT SPOKESPERSON: Cabinet also approved the road budget.",
			`The Minister of Labour said last week that pay would "rise before the winter". Is that still the plan?`),
			want: map[string]string{"rise before the winter": "unknown"}},
		{name: "no transcript", reg: reg, paras: []string{
			"Unions wait for pay deal",
			"VELBY, Aug 4 — Public sector unions said on Tuesday they would wait for the budget before deciding on a strike.",
			`Years ago the Minister of Labour promised that pay would "never fall behind prices again", the union's leader recalled.`,
		}, want: map[string]string{"never fall behind prices again": "unknown"}},
	})
}

// TestR46FragmentThenParagraph: a profile's fragment of its subject's
// words, attributed by a phrase rather than a verb, goes on in a
// paragraph of words in marks with nothing of its own; a pull-quote that
// opens its own paragraph lends its speaker to nothing after it.
func TestR46FragmentThenParagraph(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "fragment by a phrase, then a paragraph in marks", paras: []string{
			"The baker who came back",
			"By Ines Marlow",
			"Teodor Vasko-Lind opens his bakery at four every morning, as he has for nine years.",
			`"People think bread is simple," he says, dusting flour off the counter.`,
			`Vasko-Lind, 52, worked for two decades in hotel kitchens in Vienna, years he says he barely remembers. By his own account, he was putting in "eighteen hours a day, easily" by the end.`,
			`"You stop seeing daylight. You stop seeing your children. I left the day my son asked who I was."`,
		}, want: map[string]string{
			"You stop seeing daylight. You stop seeing your children. I left the day my son asked who I was.": "Teodor Vasko-Lind",
			"eighteen hours a day, easily": "Teodor Vasko-Lind",
		}},
		{name: "a pull-quote above lends no speaker", paras: []string{
			"Storm leaves island without power",
			"KINGSTOWN — A storm cut power to most of the island on Sunday, officials said.",
			"“The grid will be back within the week.”\n— Marla Quince-Obi, Director, Power Authority",
			"“We lost the shop and the van. We are staying with my cousin.”",
		}, want: map[string]string{
			"We lost the shop and the van. We are staying with my cousin.": "unknown",
		}},
	})
}

// TestR46GestureAfterAsking: the writer's "I ask …" then "He shrugs.
// “…”" gives the reply to whom the profile is about; a pronoun of the
// other gender leaves it to no one.
func TestR46GestureAfterAsking(t *testing.T) {
	t.Parallel()
	profile := func(gesture string) []string {
		return []string{
			"The last cobbler on Mill Street",
			"By Ines Marlow",
			"Uncle Oskar Brandvold-Nes has mended shoes on Mill Street since 1979. Brandvold-Nes, 81, works alone now.",
			"Back at the stall, Uncle Oskar stitches a heel for his first customer, a delivery rider who has come here for ten years.",
			"I ask who will run the stall when he retires.",
			gesture + " “Then the street gets one more phone shop.”",
		}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "he shrugs after the writer's prompt", paras: profile("He shrugs."),
			want: map[string]string{"Then the street gets one more phone shop.": "Oskar Brandvold-Nes"}},
		{name: "a pronoun of the other gender", paras: profile("She laughs."),
			want: map[string]string{"Then the street gets one more phone shop.": "unknown"}},
	})
}
