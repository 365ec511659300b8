package ingest_test

import "testing"

// TestRound11NamePatterns checks how round 11 reads names and bodies in
// naming systems and house styles the earlier rounds did not meet, one
// pattern a case, each on invented copy: the quote and the speaker a reader
// gives it.
func TestRound11NamePatterns(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			// Mongolian copy writes a name as the father's initial run on to
			// the given name ("Kh.Batbold", "B.Saruul"): one word that is a
			// whole name, after a title's complement as after a plain title,
			// and "Minister Batbold" later is the same person.
			name: "MongolianRunOnInitial",
			paras: []string{
				`Presenting the plan, Minister of Roads and Transport Kh.Batbold said, "The roads will be cleared by Friday."`,
				`Minister Batbold said the ministry would pay "from the reserve fund".`,
				`Director of the Gobi Herders Association B.Saruul said the group would help. "We have trucks ready," she said.`,
			},
			want: map[string]string{
				"The roads will be cleared by Friday.": "Kh.Batbold",
				"from the reserve fund":                "Kh.Batbold",
				"We have trucks ready":                 "B.Saruul",
			},
		},
		{
			// A sentence opening with a capitalised word before a given name
			// may open with a description ("Retiree X Y"), but a word with
			// accents is no English description: it is a given name the
			// lists lack, and the name's first word.
			name: "AccentedGivenNameOpensSentence",
			paras: []string{
				`Þórdís Helga Ragnarsdóttir, head of the harbour board, reminded skippers to stay in port.`,
				`"No catch is worth a crew," Þórdís said.`,
			},
			want: map[string]string{
				"No catch is worth a crew": "Þórdís Helga Ragnarsdóttir",
			},
		},
		{
			// Icelandic copy names someone again by both given names without
			// the patronymic ("Anna Rún said"): the one person the article
			// names in full whose name opens with them.
			name: "GivenNamesWithoutPatronymic",
			paras: []string{
				`Forecaster Anna Rún Einarsdóttir said on Friday that the wind would peak overnight.`,
				`"Nobody should be on the mountain roads," Anna Rún said.`,
			},
			want: map[string]string{
				"Nobody should be on the mountain roads": "Anna Rún Einarsdóttir",
			},
		},
		{
			// A nickname set in quotation marks inside a name may be an
			// article joined to a name, in lower case ("il-Kbir"): it is no
			// quote, and the name around it is the person's.
			name: "ArticledNicknameInName",
			paras: []string{
				`Ġużeppi “il-Kbir” Borg, who has fished out of the port for 30 years, said catches had fallen. “The shallows are empty,” he said.`,
			},
			want: map[string]string{
				"The shallows are empty": "Ġużeppi Borg",
				"il-Kbir":                "",
			},
		},
		{
			// British copy joins a two-word military rank with a hyphen and
			// no stops ("Lt-Col", "Maj-Gen"): a title, not part of the name.
			name: "HyphenatedRank",
			paras: []string{
				`His commanding officer, Lt-Col Simon Arbuthnot, noted in a report that the young man had shown "no fear at all".`,
				`Maj-Gen Alison Trent said the brigade was "ready to deploy".`,
			},
			want: map[string]string{
				"no fear at all":  "Simon Arbuthnot",
				"ready to deploy": "Alison Trent",
			},
		},
		{
			// A filing that defines a company's name in brackets ("X" or
			// "the Company") means that company by "the Company" wherever
			// it says so, though another body whose name ends in the word
			// (a footer's "Language: English / Company: …" read as one
			// line) is named after it.
			name: "FilingDefinedTerm",
			paras: []string{
				`Harrowgate Marine AG ("Harrowgate" or "the Company") today announces a fall in first-half orders.`,
				`Demand from Asian yards was "markedly weaker" in the half, the Company said.`,
				"Language: English\nCompany: Harrowgate Marine AG",
			},
			want: map[string]string{
				"markedly weaker": "Harrowgate Marine AG",
			},
		},
		{
			// A police force named for the region it serves, a compass point
			// and a place ("the Police in North Jutland"), is that force: the
			// region is part of its name, not where "Police" spoke.
			name: "RegionalPoliceForce",
			paras: []string{
				`Officers closed the bridge at noon on Sunday after the storm reached the coast.`,
				`The Police in North Jutland said in a statement on Sunday: "Stay off the coastal roads until the wind drops."`,
			},
			want: map[string]string{
				"Stay off the coastal roads until the wind drops.": "Police in North Jutland",
			},
		},
		{
			// A body described in lower case and then named by its acronym
			// in commas ("<Country>'s environmental enforcement agency,
			// VEMA, said") is the acronym's body, not the description.
			name: "DescribedBodyThenAcronym",
			paras: []string{
				`The spill reached the river on Sunday after the pipeline broke near the village of Santa Rosa.`,
				`Varnia’s environmental enforcement agency, VEMA, said it had ordered the company to contain the spill, describing it as “a risk to the health of the population.”`,
			},
			want: map[string]string{
				"a risk to the health of the population.": "VEMA",
			},
		},
		{
			// A tool, index or programme a body owns ("<Body>'s latest
			// Shelter Needs Index (SNI) survey"), whose name has no body's
			// head word, speaks for the body, by its name or its acronym.
			name: "BodysToolSpeaksForBody",
			paras: []string{
				`More than 9,000 people have been displaced by floods along the Orrin River, the International Office for Refugees (IOR) said today.`,
				`According to IOR's latest Shelter Needs Index (SNI) survey, 9,460 people are staying in 31 sites.`,
				`The SNI survey notes that most sites "lack clean water and latrines" and that cases of diarrhoea are rising.`,
			},
			want: map[string]string{
				"lack clean water and latrines": "International Office for Refugees",
			},
		},
	})
}
