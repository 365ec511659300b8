package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50ShortRefs50 covers a body's short reference back to the body
// the article (or the registry) names in full: a student paper's "the
// University" and "College" for its own institution, named only inside
// a longer body's name or by an alias.
func TestRound50ShortRefs50(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "University of Marlow", Kind: "organisation", Role: "University", Aliases: []string{"UMar"}},
		{Name: "Harrowgate College Kilbride", Kind: "organisation", Role: "University"},
		{Name: "Eastvale University of Dunmore", Kind: "organisation", Role: "University"},
		{Name: "University of Tarrow", Kind: "organisation", Role: "University"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the University in a student paper, named by its alias",
			reg:  reg,
			paras: []string{
				"Faculty to merge seminars as University cites budget",
				"The Faculty of Science will merge about 60 seminars next term, the Gazette has learned.",
				"UMar union branch secretary Tobias Fenwick-Arles called the plan \"a cut by stealth\".",
				"A University spokesperson told the Gazette the changes were \"routine scheduling\" and that no jobs would go.",
			},
			want: map[string]string{"routine scheduling": "University of Marlow"},
		},
		{
			name: "College, named in full only inside its students' union's name",
			reg:  reg,
			paras: []string{
				"College to shorten gym hours",
				"The sports centre will close two hours earlier from next month, College has confirmed.",
				"Harrowgate College Kilbride Students' Union president Aoife Brannagh said the union had not been told.",
				"A College spokesperson said the change was \"part of a wider savings plan\".",
			},
			want: map[string]string{"part of a wider savings plan": "Harrowgate College Kilbride"},
		},
		{
			name: "the University, named in full only inside its students' association's name",
			reg:  reg,
			paras: []string{
				"Students' association to fight course closures",
				"Eastvale University of Dunmore Students' Association president Rhiannon Castleby-Moor said the association would fight the closures.",
				"A University spokesperson said the proposal was \"open for comment\" until April.",
			},
			want: map[string]string{"open for comment": "Eastvale University of Dunmore"},
		},
		{
			name: "the University the article names in full, though the registry lists another",
			reg:  reg,
			paras: []string{
				"Congregation backs motion on fossil fuel funds",
				"Dons at Tarrow voted 312 to 140 on Tuesday to end the university's investment in fossil fuel firms.",
				"A University spokesperson said: \"Council will weigh the vote at its next meeting.\"",
			},
			want: map[string]string{"Council will weigh the vote at its next meeting.": "University of Tarrow"},
		},
		{
			name: "near miss: the University with two registry universities the article uses stays as written",
			reg:  reg,
			paras: []string{
				"Exchange scheme to end",
				"Students from Tarrow and Marlow will no longer swap terms under the old scheme.",
				"A University spokesperson said the scheme was \"no longer affordable\".",
			},
			want: map[string]string{"no longer affordable": "University"},
		},
	})
}

// TestRound50ShortRefs50Bodies covers a body's other short references: a
// registry firm's name without its trade word, a city's akimat, a body's
// board speaking for it, and a firm named once through its country's
// possessive and then by its name alone.
func TestRound50ShortRefs50Bodies(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norvale Airlines", Kind: "organisation", Role: "Airline"},
		{Name: "Kestrel Airways", Kind: "organisation", Role: "Airline"},
		{Name: "Dunmore", Kind: "place", Role: "City"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "an airline named in full, then by its first word",
			reg:  reg,
			paras: []string{
				"Norvale Airlines to lease two jets",
				"Norvale Airlines will lease two A321s for the summer, the regulator said on Monday.",
				"Norvale said in a statement: \"The jets will let us restore our daily flights.\"",
			},
			want: map[string]string{"The jets will let us restore our daily flights.": "Norvale Airlines"},
		},
		{
			name: "near miss: an airline's first word alone, its full name never named",
			reg:  reg,
			paras: []string{
				"Jets leased",
				"Two A321s will be leased for the summer, the regulator said on Monday.",
				"Kestrel said in a statement: \"The jets will let us restore our daily flights.\"",
			},
			want: map[string]string{"The jets will let us restore our daily flights.": "Kestrel"},
		},
		{
			name: "the akimat is the city akimat named before",
			paras: []string{
				"Gas reaches more homes in Kostanay",
				"The Kostanay city akimat said in a comment that it would keep connecting homes to gas. \"This year, 1,200 houses have been connected at the city's expense,\" the akimat said.",
			},
			want: map[string]string{"This year, 1,200 houses have been connected at the city's expense": "Kostanay city akimat"},
		},
		{
			name: "a festival's board speaks for the festival",
			reg:  reg,
			paras: []string{
				"Dunmore Folk Music Festival scales back to two days, cuts a stage",
				"DUNMORE – The Dunmore Folk Music Festival will run for two days instead of three this summer, organizers announced Monday, blaming rising costs.",
				"In a statement, the Dunmore Folk Music Festival's board said: \"We did not take these decisions lightly.\"",
				"The festival says early-bird pass holders will be offered a partial refund.",
			},
			want: map[string]string{"We did not take these decisions lightly.": "Dunmore Folk Music Festival"},
		},
		{
			name: "a firm named once through its country's possessive, then alone",
			paras: []string{
				"Ministry picks Dunmere Power for battery tender",
				"Ostravia has selected Norway's Dunmere Power as preferred bidder for a battery storage plant, the energy ministry said on Tuesday.",
				"Dunmere Power said in a statement: \"We are proud to deepen our partnership with Ostravia.\"",
			},
			want: map[string]string{"We are proud to deepen our partnership with Ostravia.": "Dunmere Power"},
		},
	})
}
