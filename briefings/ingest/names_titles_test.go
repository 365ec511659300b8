package ingest_test

import "testing"

// lead opens the small articles of the table tests below, so each case's
// sentences are read as a story's body.
const lead = "Officials met in the capital on Monday to review the annual plan for the region and its towns."

// TestTitlesOffNames: what stands before a name and is not part of it —
// a royal or courtesy style ("Her Highness", "Sayyida", "Hajjat"), a
// police rank or a councillor's title without its full stop ("Det Sgt",
// "Cr"), "Member" of a body, a courtesy title inside a title's
// complement, and an unlisted title after a body's name or acronym — is
// the speaker's title, and a title with their surname later is them. A
// given name that is also a rank's word ("Con") stays a name, and "a
// union member" is one of its rank and file, who speaks for no body.
func TestTitlesOffNames(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "royal style and honorific",
			paras: []string{
				`Her Highness Sayyida Maryam Al Saidi told guests the new school would be "open to every child."`,
			},
			want: map[string]string{"open to every child.": "Maryam Al Saidi"},
		},
		{
			name: "pilgrim's honorific in an aside",
			paras: []string{
				`The Minister of State for Lakes, Hajjat Aisha Nabirye Kizito, said traders wanted "a fair hearing" on the levy.`,
			},
			want: map[string]string{"a fair hearing": "Aisha Nabirye Kizito"},
		},
		{
			name: "police rank without stops",
			paras: []string{
				`Outside court, Det Sgt Owen Prideaux-Lyle said the gang had been "careful but greedy."`,
				`Det Con Maeve Dunstan-Hale said the victims had shown "real courage."`,
			},
			want: map[string]string{"careful but greedy.": "Owen Prideaux-Lyle", "real courage.": "Maeve Dunstan-Hale"},
		},
		{
			name: "councillor",
			paras: []string{
				`Cr Wiremu Tane-Holloway said the vote was "a mistake we will regret."`,
				`"We will look at it again in March," Cr Tane-Holloway said.`,
			},
			want: map[string]string{"a mistake we will regret.": "Wiremu Tane-Holloway", "We will look at it again in March": "Wiremu Tane-Holloway"},
		},
		{
			name: "member of a body",
			paras: []string{
				`Keshian Harbour Board Member Imran Volkov said dredging was "long overdue."`,
				`"The silt has cost us two berths," the Keshian board member said.`,
			},
			want: map[string]string{"long overdue.": "Imran Volkov", "The silt has cost us two berths": "Imran Volkov"},
		},
		{
			name: "courtesy title in a complement",
			paras: []string{
				`State Councillor for Fisheries Datuk Seri Wan Azmi Wan Ismail said the boats were "too few for the coast."`,
			},
			want: map[string]string{"too few for the coast.": "Wan Azmi Wan Ismail"},
		},
		{
			name: "a given name that is a rank's word",
			paras: []string{
				`Con Ahearne-Dolan said the final had been "a classic of its kind."`,
			},
			want: map[string]string{"a classic of its kind.": "Con Ahearne-Dolan"},
		},
		{
			name: "a body's member speaks for themself",
			paras: []string{
				`The Brackwater Dockers Union said its members were "angry and tired."`,
				`A union member said the offer was "an insult to us all."`,
			},
			want: map[string]string{"angry and tired.": "Brackwater Dockers Union", "an insult to us all.": "unknown"},
		},
		{
			name: "unlisted title after a body",
			paras: []string{
				`Riverine Commission Delegate-Observer Anupam Seth said the survey was "too late to help."`,
				`KRB Assessor Maria Lopez Vidal said the survey was "thorough."`,
			},
			want: map[string]string{"too late to help.": "Anupam Seth", "thorough.": "Maria Lopez Vidal"},
		},
	})
}
