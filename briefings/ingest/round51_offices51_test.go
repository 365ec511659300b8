package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51BodysVoices covers a body's part, mission, people or short
// name given as the speaker where the body itself speaks: a union's
// delegation posted abroad, activists from a named alliance, a
// department's spokesperson whose department's name lists its fields with
// commas, "the Bureau" after a ministry's regional bureau, "the Council"
// for the registry's "Council of the <Union>", and a firm named in full
// once and without its last word after.
func TestRound51BodysVoices(t *testing.T) {
	t.Parallel()
	reg, ps := briefings.ParseRegistry(briefings.RegistryFile, []byte(`speakers:
- name: Northern Union
  role: Supranational union
  kind: organization
  aliases:
  - NU
- name: Ministry of Rivers and Harbours
  role: Ministry
  kind: organization
  aliases: []
- name: Council of the Northern Union
  role: Union's council of ministers
  kind: organization
  aliases: []
`))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a union's delegation to a host country speaks for the union",
			reg:  reg,
			paras: []string{
				"Observers praise Velmora's municipal vote",
				"Voters in Velmora on Sunday elected a new city council.",
				"The Delegation of the Northern Union to Velmora said in a statement that the vote had been \"calm and orderly\".",
			},
			want: map[string]string{"calm and orderly": "Northern Union"},
		},
		{
			name: "activists from a named alliance speak for the alliance",
			paras: []string{
				"Villagers contest solar farm on ancestral land",
				"A hearing on the Karsten Hills solar farm opened on Tuesday.",
				"Activists from the Upland Farmers' Rights Alliance, who travelled from the coast, called the case \"a test of fair consent.\"",
			},
			want: map[string]string{"a test of fair consent.": "Upland Farmers' Rights Alliance"},
		},
		{
			name: "a spokesperson for a department whose name lists fields with commas",
			paras: []string{
				"Regulator fines broadband provider over outage",
				"The regulator fined Tellwave £2m on Tuesday after a power cut left customers without a line.",
				"A Department for Roads, Rail and Ports spokesperson said: \"Every provider must keep its promises to customers.\"",
			},
			want: map[string]string{"Every provider must keep its promises to customers.": "Department for Roads, Rail and Ports"},
		},
		{
			name: "the Bureau after a ministry's regional bureau named with the ministry",
			reg:  reg,
			paras: []string{
				"Governor urges residents to save water",
				"Yesterday, the Northern Regional Water Bureau of the Ministry of Rivers and Harbours convened the drought council. The Bureau described the situation as \"the worst in forty years,\" and I take that seriously.",
			},
			want: map[string]string{"the worst in forty years": "Ministry of Rivers and Harbours"},
		},
		{
			name: "the Council for the registry's Council of the union",
			reg:  reg,
			paras: []string{
				"Northern Union lawmakers renew push for common election day",
				"Northern Union lawmakers voted on Tuesday to press member states on a common election day.",
				"The Council said in a written reply that the file \"remains under discussion\".",
			},
			want: map[string]string{"remains under discussion": "Council of the Northern Union"},
		},
		{
			name: "a firm named in full once, then without its last word",
			paras: []string{
				"Small operator challenges spectrum auction",
				"The delay follows a court application by Harrow Mobile Networks, which says the rules favour the largest operators.",
				"In its court papers, Harrow Mobile argues that the lots are \"priced for incumbents only\".",
			},
			want: map[string]string{"priced for incumbents only": "Harrow Mobile Networks"},
		},
	})
}
