package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRefer2Round46: a title run into a name whose given name is in its
// Ukrainian spelling, a title over a division's word in lower case
// ("Governor of <Place> province X Y"), an office set off before
// "Judge <Name>" (the judge keeps the bench's title for "the judge"), a
// court's bench named by its kind ("the division bench") and its written
// decision ("the determination") for the court that ruled, and a body named with the Irish article "An" — which
// English writes only before a vowel sound, so "An <Consonant…>" opens a
// name — while "An <vowel…>" stays the indefinite article.
func TestRefer2Round46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "title run into a Ukrainian given name",
			paras: []string{
				`The Poltava Regional Military Administration said the strike had cut power to "four villages".`,
				`Head of the administration Serhii Tkachuk-Morozenko said at a briefing: "The crews worked until dawn. Not every fire is out."`,
			},
			reg: reg,
			want: map[string]string{
				"four villages": "Poltava Regional Military Administration",
				"The crews worked until dawn. Not every fire is out.": "Serhii Tkachuk-Morozenko",
			},
		},
		{
			name: "a governor's title over a division's word in lower case",
			paras: []string{
				`Governor of Dornod aimag B.Tserendorj said herders had moved their animals south. “Waiting is dangerous,” the Governor said.`,
			},
			reg:  reg,
			want: map[string]string{"Waiting is dangerous": "B.Tserendorj"},
		},
		{
			name: "a governor's title over a province, the name in full",
			paras: []string{
				`Governor of Kelvar province Ama Tessaro-Lindqvist said the roads were "closed until Friday".`,
				`“We have enough fuel,” the Governor said.`,
			},
			reg:  reg,
			want: map[string]string{"closed until Friday": "Ama Tessaro-Lindqvist", "We have enough fuel": "Ama Tessaro-Lindqvist"},
		},
		{
			name: "a place's division word with no title before it",
			paras: []string{
				`Herders in Dornod aimag said the snow was "deeper than in 2010".`,
			},
			reg:  reg,
			want: map[string]string{"deeper than in 2010": "unknown"},
		},
		{
			name: "a court's head set off before a judge's name",
			paras: []string{
				`For her part, Head of the Kelvar Labour Court, Judge Amina Saeed Al Rumaithi, said the court had trained its staff.`,
				`“No worker will lose a claim for want of a phone,” the judge stressed.`,
			},
			reg:  reg,
			want: map[string]string{"No worker will lose a claim for want of a phone": "Amina Saeed Al Rumaithi"},
		},
		{
			name: "a head set off before a name with no judge's title",
			paras: []string{
				`Head of the Kelvar Labour Court, Amina Saeed Al Rumaithi, said the court had trained its staff.`,
				`The ministry's lawyer, Tomas Elbrecht, disagreed.`,
				`“No worker will lose a claim for want of a phone,” the judge stressed.`,
			},
			reg:  reg,
			want: map[string]string{"No worker will lose a claim for want of a phone": "unknown"},
		},
		{
			name: "a court's bench named by its kind",
			paras: []string{
				`The High Court of Kelvar on Tuesday ordered the port authority to file a fresh report on dredging within a month.`,
				`The division bench said it was "far from convinced" by the figures.`,
				`A three-judge panel said the delay was "beyond explanation".`,
			},
			reg:  reg,
			want: map[string]string{"far from convinced": "High Court of Kelvar", "beyond explanation": "unknown"},
		},
		{
			name: "a committee's panel of another kind stays its own",
			paras: []string{
				`The High Court of Kelvar on Tuesday ordered the port authority to file a fresh report on dredging within a month.`,
				`The ethics panel said the complaint was "without merit".`,
			},
			reg:  reg,
			want: map[string]string{"without merit": "unknown"},
		},
		{
			name: "a court's written decision",
			paras: []string{
				`When the levy bill reached the Supreme Court of Kelvar last year, the Court found two clauses void.`,
				`The determination noted that the word "essential" was "left without any limit".`,
			},
			reg:  reg,
			want: map[string]string{"left without any limit": "Supreme Court of Kelvar"},
		},
		{
			name: "a decision no court gave stays the body's or no one's",
			paras: []string{
				`The harbour board published its dredging plan on Monday.`,
				`The determination of the survey team was that the channel is "silting faster than planned".`,
			},
			reg:  reg,
			want: map[string]string{"silting faster than planned": "unknown"},
		},
		{
			name: "a body named with the Irish article",
			paras: []string{
				`An Fhoras Uisce said in a submission that "the rivers cannot take more slurry".`,
			},
			reg:  reg,
			want: map[string]string{"the rivers cannot take more slurry": "An Fhoras Uisce"},
		},
		{
			name: "the Irish article opening a sentence before a quote",
			paras: []string{
				`An Coiste said: "The rivers cannot take more slurry."`,
			},
			reg:  reg,
			want: map[string]string{"The rivers cannot take more slurry.": "An Coiste"},
		},
		{
			name: "an indefinite article before a vowel stays unnamed",
			paras: []string{
				`An Oxfam spokeswoman said the talks were "going nowhere".`,
			},
			reg:  reg,
			want: map[string]string{"going nowhere": "Oxfam"},
		},
		{
			name: "an indefinite article before an acronym stays unnamed",
			paras: []string{
				`An RSPB warden said the colony was "smaller than last year".`,
			},
			reg:  reg,
			want: map[string]string{"smaller than last year": "RSPB"},
		},
		{
			name: "an indefinite article before an h stays unnamed",
			paras: []string{
				`An Hungarian diplomat said the border would stay "open for now".`,
			},
			reg:  reg,
			want: map[string]string{"open for now": "unknown"},
		},
	})
}
