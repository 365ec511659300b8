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
