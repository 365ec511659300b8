package ingest_test

import (
	"strings"
	"testing"
)

// runRuleCases runs speaker cases whose speakers the rules must name, not
// the learned chooser: the chooser guesses well in short invented copy,
// and a pattern these tests keep must not rest on its guess.
func runRuleCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftArticle(t, c.reg, c.paras...)
			wantSpeakers(t, d, c.want)
			for _, q := range d.Quotes {
				if c.want[q.Text] != "" && strings.Contains(q.Check, "learned chooser") {
					t.Errorf("%q: %s, want the rules' speaker", q.Text, q.Check)
				}
			}
		})
	}
}

// TestRound17ClauseVerbs: reported speech whose verb the rules did not read
// as speech. A minister "guaranteed" or "reaffirmed" something, a body
// "has reminded" people or "is warning" them, a side "thanked" its hosts
// for their quoted words: the quoted words in the clause or object after
// the verb are the subject's. Thanks are never set after the words, so a
// mark before "thanked" is a term in its subject, no quote of its.
func TestRound17ClauseVerbs(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Ardmoria", "Port Lorne"), r13Place("Velany", "Velna"),
		r13Body("Ardmorian Coastguard", "Ardmoria's coastguard"),
		r13Body("Velany Grain Board", "Velany's grain marketing board", "VGB"),
	)
	const lead = "PORT LORNE — Grain barges were stuck on the lower river on Monday as the water fell to its lowest level in a decade."
	runRuleCases(t, []speakerCase{
		{name: "a minister guaranteed that", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"\"We have lost a week of sailings already,\" said Piet Varga-Lomé, who runs a fleet of six barges.",
			"Transport Minister Odile Ferrant-Moss guaranteed on Monday that the channel would be dredged \"within ten days\".",
		}, want: map[string]string{"within ten days": "Odile Ferrant-Moss"}},
		{name: "a pronoun guarantees a second clause", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"\"The river will be open,\" Transport Minister Odile Ferrant-Moss told reporters.",
			"She guaranteed that grain barges would keep \"first place in the queue\" until the level rose.",
		}, want: map[string]string{"first place in the queue": "Odile Ferrant-Moss"}},
		{name: "a capital guarantees for its country", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"Velna has guaranteed that its tugs will stay on the lower river \"for as long as they are needed\".",
		}, want: map[string]string{"for as long as they are needed": "Velany"}},
		{name: "a body reaffirmed its commitment", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"The Velany Grain Board reaffirmed its commitment to buy \"every tonne that reaches the quay\" at the agreed price.",
		}, want: map[string]string{"every tonne that reaches the quay": "Velany Grain Board"}},
		{name: "a body has reminded skippers", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"The Ardmorian Coastguard has reminded skippers to keep \"a lookout at the bow at all times\" below the bridge.",
		}, want: map[string]string{"a lookout at the bow at all times": "Ardmorian Coastguard"}},
		{name: "a body is warning: the progressive", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"\"The buoys have moved with the sandbanks,\" said Piet Varga-Lomé, a barge skipper.",
			"The Ardmorian Coastguard is warning pleasure boats to \"stay out of the main channel\" until Friday.",
		}, want: map[string]string{"stay out of the main channel": "Ardmorian Coastguard"}},
		{name: "a body has been warning", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"For a month the Velany Grain Board has been warning that the harvest could be \"stranded upriver\".",
		}, want: map[string]string{"stranded upriver": "Velany Grain Board"}},
		{name: "a minister thanked hosts for their words", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"Deputy Minister Joran Aldecott-Vey thanked the Ardmorian crews for their \"tireless and cheerful work\" and invited them to Velna.",
		}, want: map[string]string{"tireless and cheerful work": "Joran Aldecott-Vey"}},
		// Not speech: a term in the subject of "thanked", a progressive
		// of a verb that names ("is calling her “…”").
		{name: "a mark before thanked is a term of its subject", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"The \"river council\" thanked the coastguard, which has towed eleven barges free.",
			"\"We owe them a great deal,\" said Joran Aldecott-Vey, a barge owner.",
		}, want: map[string]string{"We owe them a great deal": "Joran Aldecott-Vey", "river council": ""}},
		{name: "naming in the progressive is no speech", reg: reg, paras: []string{"Barges stuck on low river", lead,
			"A skipper, whom the Velany Grain Board is calling \"Marta\" at her request, said her barge had been stuck for nine days.",
		}, want: map[string]string{"Marta": ""}},
	})
}
