package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51BodyFragments covers a body's or a person's name cut to one
// word of it: an island's "Isle of <Name>" opening a firm's name, an
// organisation's regional office written "<ACR>/<Region>", a state body
// whose head word is "Undersecretariat" with a short form in brackets
// spelled as a word, and a title whose last field is "the Rule of Law".
func TestRound51BodyFragments(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a firm named for an island, after a spokesperson for it",
			paras: []string{
				"Scallop season cut to six weeks",
				"Fishermen will get six weeks of fishing on the northern grounds this autumn after the island's government cut the season.",
				"A spokesperson for the main processor, Isle of Wight Fish Products, said the company would 'manage with imports where we can'.",
			},
			want: map[string]string{"manage with imports where we can": "Isle of Wight Fish Products"},
		},
		{
			name: "a regional office written with a slash after its agency's initials",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Global Health Agency", Kind: "organization", Aliases: []string{"GHA"}},
				{Name: "Global Health Agency Regional Office for Europe", Kind: "organization", Aliases: []string{"GHA/Europe"}},
			}},
			paras: []string{
				"Measles cases rise in the mountains",
				"Cases of measles rose sharply in Norland last month, the health ministry said on Monday.",
				"GHA/Europe said last month that the surge was \"a wake-up call\" for the region.",
			},
			want: map[string]string{"a wake-up call": "Global Health Agency Regional Office for Europe"},
		},
		{
			name: "an undersecretariat with a short form in brackets, set off as an aside",
			paras: []string{
				"Mobile operator hit by data breach",
				"A Norland mobile operator said on Friday that hackers stole the records of two million subscribers from its systems.",
				"The telecoms regulator, the Undersecretariat of Telecommunications (Subtel), said on Monday it had opened an inquiry into \"possible breaches of the duty\".",
			},
			want: map[string]string{"possible breaches of the duty": "Undersecretariat of Telecommunications"},
		},
		{
			name: "a commissioner whose listed fields end in the rule of law",
			paras: []string{
				"MEPs renew push for election reform",
				"MEPs on Wednesday voted to take the Council to court if member states fail to act on the reform by next summer.",
				"Speaking in the debate, Commissioner for Democracy, Justice and the Rule of Law Arvo Tamm said the Commission \"shares Parliament's frustration\" but warned that \"no institution can force an outcome here.\"",
			},
			want: map[string]string{
				"shares Parliament's frustration":           "Arvo Tamm",
				"no institution can force an outcome here.": "Arvo Tamm",
			},
		},
	})
}
