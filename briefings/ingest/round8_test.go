package ingest_test

import (
	"testing"
)

// TestRound8Patterns checks the attributions round 8 added for quotes with
// no speaker, documents and bodies' offices, one pattern a case, each on
// invented copy: the quote and the speaker a reader gives it.
func TestRound8Patterns(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			// What copy sets between a closing mark
			// and its verb leaves the verb attributing the quote — a lone dash
			// ("…," - said X, as copy translated from Russian or Georgian sets it) and a
			// bracketed translation of words in another language ("…" (…), said X) —
			// and "he went on" goes on with a quote split around it.
			name: "AttributionAfterQuoteAsides",
			paras: []string{`Quarry dispute reaches the capital

Villagers from the upper valley have protested for a week against a planned quarry above the town of Sarnet.

"We will not allow the quarry to open before the hydrology survey is finished," - said Deputy Governor Tamaz Kipiani-Berdze.

"The spring feeds three villages, and nobody has asked us about it" - said Nino Abashidze-Ruiz, who leads the residents' committee.

"The spring is older than the town," she went on, "and it will be here long after the quarry is gone."

"Dem tek wi wata an gi wi dust" (They took our water and gave us dust), said Delroy Whitfield-Ama, a farmer from the lower slopes.`},
			want: map[string]string{
				"We will not allow the quarry to open before the hydrology survey is finished": "Tamaz Kipiani-Berdze",
				"The spring feeds three villages, and nobody has asked us about it":            "Nino Abashidze-Ruiz",
				"Dem tek wi wata an gi wi dust":                                                "Delroy Whitfield-Ama",
				"The spring is older than the town":                                            "Nino Abashidze-Ruiz",
				"and it will be here long after the quarry is gone.":                           "Nino Abashidze-Ruiz",
			},
		},
		{
			// "A spokesman for <title> X said …" speaks
			// for X, and "the spokesman" in the next paragraph is that spokesman, so
			// X again — not no one.
			name: "SpokespersonForAPerson",
			paras: []string{`Reef funding under review

Divers counted more bleached coral this autumn than in any year since the survey began.

A spokeswoman for state Tourism Minister Adaeze Holloway-Brandt said the state had set aside $2 million for reef monitoring over three years.

"The minister has dived the reef herself and will look at the survey's findings before the winter budget," the spokeswoman said.`},
			want: map[string]string{
				"The minister has dived the reef herself and will look at the survey's findings before the winter budget": "Adaeze Holloway-Brandt",
			},
		},
		{
			// "the analysts" after
			// "<Body> analysts said …" or "analysts at <Body> said …" are that body's
			// people again, who speak for it.
			name: "GroupOfABodyAgain",
			paras: []string{`Brewer's margins shrink

Tallow Ridge Brewing reported a 12 per cent fall in annual profit as barley prices rose.

Kestrel Bay Capital analysts said in a note that the results were "a shade below forecast". They kept their target price.

"Input costs will keep biting until the next harvest is in," the analysts wrote.

Analysts at Northgate Research said barley prices had "probably peaked".

"We expect prices to ease by spring," the analysts added.`},
			want: map[string]string{
				"a shade below forecast":                                    "Kestrel Bay Capital",
				"Input costs will keep biting until the next harvest is in": "Kestrel Bay Capital",
				"probably peaked":                                           "Northgate Research",
				"We expect prices to ease by spring":                        "Northgate Research",
			},
		},
		{
			// "<Country> on Thursday rejected …,
			// terming it "…"" — a known place or body before "on <day>" is the
			// subject whose participle after the comma speaks, while "Later on Monday,
			// X said" still opens with a phrase of time.
			name: "SubjectWithTimeBeforeParticiple",
			paras: []string{`Border talks stall

Chile on Thursday rejected the proposal to move the border crossing, terming it "a step backwards" for the region.

Transnova, the rail operator, said it would keep the cross-border line running. Transnova on Friday withdrew its timetable, calling it "no longer realistic".

Later on Monday, Interior Minister Rosalind Achterberg-Nwosu said the talks would resume, describing them as "difficult but alive".`},
			want: map[string]string{
				"a step backwards":    "Chile",
				"no longer realistic": "Transnova",
				"difficult but alive": "Rosalind Achterberg-Nwosu",
			},
		},
		{
			// "In a statement signed by its
			// secretary, Mr X, the union said …" is the union's, and so is "the
			// statement read" after it; the name closing the opening phrase is not a
			// body the words after its comma describe.
			name: "StatementSignedByItsOfficer",
			paras: []string{`Millers welcome seizures

The Grain Millers Federation of Karvia (GMFK) has praised customs officers for a string of seizures at the border.

In a statement signed by its General Secretary, Mr Obinna Tarkwa-Eze, the federation said smuggled flour was "emptying our mills" in the north.

"Every sack that crosses at night is a sack our members cannot grind," the statement read.

Bakers are also angry. The Lakeside Bakers Union met on Monday. In a statement issued by its chairwoman, Ilona Verhoeven-Sabo, the union said prices had "stopped making sense".`},
			want: map[string]string{
				"emptying our mills": "Grain Millers Federation of Karvia",
				"Every sack that crosses at night is a sack our members cannot grind": "Grain Millers Federation of Karvia",
				"stopped making sense": "Lakeside Bakers Union",
			},
		},
		{
			// "The principal of a school in <village>, <Given>
			// <Surname>, said" names the principal — a known given name opens a
			// person's name, not the wider place of a village — while "in <town>,
			// <Region>, X said" still reads the region as a place.
			name: "NameAfterAVillage",
			paras: []string{`Smog closes playgrounds

In Haryana, a district official, who asked not to be named, said crop-fire counts were "far lower" this year. "The numbers are political," the official said.

The head teacher of a primary school in Barwala Khurd, Sunita Dhankhar, said half the pupils had stayed at home. "We taught eleven children today," she said.

In Kilbrae, Fife, Ewan Todd-Ferris, who runs the harbour, said the quay was "not safe for larger boats".`},
			want: map[string]string{
				"We taught eleven children today": "Sunita Dhankhar",
				"not safe for larger boats":       "Ewan Todd-Ferris",
			},
		},
		{
			// "<Body>'s General Secretariat stated …" — an office of a
			// body the article names speaks for the body.
			name: "BodysOffice",
			paras: []string{`Merger cleared

The purchase still needs the approval of the Federal Competition Tribunal (FCT), which is expected next month.

In its opinion, FCT's General Superintendence stated that the merger "raises no concerns in the cement market".`},
			want: map[string]string{
				"raises no concerns in the cement market": "Federal Competition Tribunal",
			},
		},
		{
			// "said the Chief of Mission" after "a mission …,
			// headed by <title>, X," is X, the one the article introduced as its head.
			name: "HeadOfAMission",
			paras: []string{`Observers praise calm vote

The Election Observation Mission of the Union of Coastal States (UCS/EOM), headed by the former Interior Minister of Karvia, Liesl Abernathy-Odum, presented its first report in the capital today.

The Mission, made up of 30 observers, visited polling stations in every district.

"Voters came out early and waited patiently. The Mission thanks the polling staff," said the Chief of Mission.`},
			want: map[string]string{
				"Voters came out early and waited patiently. The Mission thanks the polling staff": "Liesl Abernathy-Odum",
			},
		},
		{
			// "Asked whether …, X pulls a face. “…”" — a
			// quote after an action whose subject a participle's phrase comes before
			// is the actor's, as after a phrase of place.
			name: "ReplyAfterAParticiple",
			paras: []string{`The ferryman of Inishbeg

Tomás Ó Duibhir-Lane has run the ferry to Inishbeg for thirty years. "The sea decides the timetable," he says.

He keeps a logbook of every crossing, and a second one of every crossing he refused.

Asked whether he would ever retire, Ó Duibhir-Lane shakes his head. "Who would take her out in February? Nobody sane."`},
			want: map[string]string{
				"Who would take her out in February? Nobody sane.": "Tomás Ó Duibhir-Lane",
			},
		},
		{
			// A standfirst's "“…,” CEO says" is the one person the
			// story names with that title, spelt out ("the company's chief
			// executive, X").
			name: "StandfirstTitle",
			paras: []string{`Drone maker grounds fleet

"We shipped a bad update. That is on us," CEO says. Fleet back in the air by Friday.

A Danish company that sells survey drones to farmers grounded all 300 of its aircraft on Tuesday after a software update made some of them drift off course.

"It was like watching a flock of geese lose its leader," said Anders Holm-Quaye, a farmer near Esbjerg whose drone landed in a neighbour's field.

Regulators said no one had been hurt and no drone had left the farms it was surveying.

In a post on its website, the company's chief executive, Freja Lindahl-Mbeki, apologised to customers. "We shipped a bad update to every drone at once," she wrote.`},
			want: map[string]string{
				"We shipped a bad update. That is on us": "Freja Lindahl-Mbeki",
			},
		},
		{
			// "The agency recalls that <Capital> had, in a
			// statement in <month>, described …" — an auxiliary before an aside of
			// where or when stands between the subject and its verb, so the capital
			// speaks (its country, when the registry says so), not the agency
			// reporting it.
			name: "AuxiliaryBeforeAnAside",
			paras: []string{`Border market reopens

Traders returned to the border market on Monday after a month of closures.

The agency recalls that Accra had, in a statement in March, described the closures as "a burden shared by both peoples."`},
			want: map[string]string{
				"a burden shared by both peoples.": "Accra",
			},
		},
		{
			// In a Q&A answer, "My co-founder, X, has a rule:
			// “…”" sets out X's words after the colon; "my" opens a described person
			// as "our" does.
			name: "MyColleagueHasARule",
			paras: []string{`Q&A: the founder of a bike-sharing start-up

What worries you most?

Theft. We track every bike. My business partner, Oluwaseun, has a rule: "If a bike goes quiet for a day, send someone to find it." We found 400 bikes that way last year.`},
			want: map[string]string{
				"If a bike goes quiet for a day, send someone to find it.": "Oluwaseun",
			},
		},
		{
			// "In its report, the Mission also expressed
			// concern about …, as well as about the “…” handling of …" — the words
			// quoted in what a body's concern is about are the body's.
			name: "ConcernAboutQuotedWords",
			paras: []string{`Observers report on regional vote

The Coastal Observer Mission presented its report in the capital on Friday.

In its report, the Mission also expressed concern about the use of state vehicles in three districts, as well as about the "slow and patchy" delivery of ballot papers to island polling stations.`},
			want: map[string]string{
				"slow and patchy": "Coastal Observer Mission",
			},
		},
	})
}
