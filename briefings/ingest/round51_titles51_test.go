package ingest_test

import "testing"

// TestRound51TitlesBeforeNames covers a person named after words that are
// not part of the name: a portfolio title listing several fields, a party
// word, the region of a regional title, a credential, a local title.
func TestRound51TitlesBeforeNames(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a vice minister whose portfolio lists several fields",
			paras: []string{
				"Battery plant opens in the north",
				"Norvale Energy on Monday opened a battery plant in Tarrow County, the firm said.",
				"Second Vice Minister of Trade, Industry and Energy Park Seo-jin told reporters at the plant, \"We are talking with our partners so that local firms are not left out.\" The vice minister said talks would go on.",
			},
			want: map[string]string{"We are talking with our partners so that local firms are not left out.": "Park Seo-jin"},
		},
		{
			name: "party words before the names",
			paras: []string{
				"Newcomer sworn in to the House",
				"Democrat Lena Marwick was sworn in Tuesday as the newest member of the House, a week after winning a special election.",
				"\"I promised to show up, and today I did,\" Marwick said in a floor speech.",
				"She won with 57 percent of the vote to 41 percent for Republican Dale Hutter, according to the results.",
				"Hutter said in a statement: \"The voters have spoken and I wish her well.\"",
			},
			want: map[string]string{"I promised to show up, and today I did": "Lena Marwick", "The voters have spoken and I wish her well.": "Dale Hutter"},
		},
		{
			name: "a regional head's region left before the name",
			paras: []string{
				"Spectrum auction set for June",
				"The regulator on Monday cut the reserve prices for its spectrum auction.",
				"Operators Forum head of Asia Pacific Marcus Ellery-Vane said in a blog post the lower prices were \"a welcome step\".",
			},
			want: map[string]string{"a welcome step": "Marcus Ellery-Vane"},
		},
		{
			name: "credentials after the name",
			paras: []string{
				"Regulators warn on data scraping",
				"Twelve regulators issued a joint statement on Tuesday on data scraping.",
				"Not everyone was convinced. Dorota Fenwick-Ade, CIPP/E, CIPM, a privacy counsel at a law firm, told reporters the regulators were \"saying what everyone knows.\"",
			},
			want: map[string]string{"saying what everyone knows.": "Dorota Fenwick-Ade"},
		},
		{
			name: "a local title of a region before the name",
			paras: []string{
				"Water plant work begins",
				"Work began on Monday on a water plant for the eastern districts of the capital.",
				"For his part, the Wali of Tarzeh-Est, Mr. Ahmed Salem Ould Brahim, welcomed the project, which he called \"an answer to a long wait\".",
				"\"In summer, some districts get water only twice a week,\" the Wali said.",
			},
			want: map[string]string{"an answer to a long wait": "Ahmed Salem Ould Brahim", "In summer, some districts get water only twice a week": "Ahmed Salem Ould Brahim"},
		},
	})
}
