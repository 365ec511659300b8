package ingest_test

import "testing"

// TestR45KindBeforeName: a body introduced with its kind word set before
// its name ("the union <Name>") is what a later "the union" means, and a
// firm whose name ends in its trade ("<Name> Research") is what "the
// research house" means.
func TestR45KindBeforeName(t *testing.T) {
	t.Parallel()
	head := []string{
		"Dockers weigh walkout",
		"PORT ANSELM — Talks over night-shift pay at the container terminal broke down on Tuesday, both sides confirmed.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the union <ACR>, then the union", paras: append(head,
			`The operator offered a one-off bonus to all staff.`,
			`The union FTDQ rejected the offer. In a message to its members, the union wrote: "A bonus paid once does not pay the rent twice."`),
			want: map[string]string{"A bonus paid once does not pay the rent twice.": "FTDQ"}},
		{name: "a research firm, then the research house", paras: append(head,
			`Kelvate Research, in a note to investors, said the dispute could cut volumes "by a few points" this quarter.`,
			`"A strike of more than a week would push shippers to the rival terminal across the bay," the research house said.`),
			want: map[string]string{"A strike of more than a week would push shippers to the rival terminal across the bay": "Kelvate Research"}},
	})
}

// TestR45LeadBesideCompanion: "the minister" after a sentence that names
// one minister as its subject and brings another in "alongside" (or
// "accompanied by") is the subject, not the companion named last.
func TestR45LeadBesideCompanion(t *testing.T) {
	t.Parallel()
	head := []string{
		"New rail timetable unveiled",
		"VELMORA — Commuter trains will run every ten minutes at peak hours from September, the government announced on Thursday.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "alongside", paras: append(head,
			`Minister of Transport Ilsa Varnholt-Quay unveiled the timetable at the central station, alongside Minister of Labour Dario Penwick-Strand.`,
			`"Nobody should stand on a cold platform for half an hour to get to work," said the minister.`),
			want: map[string]string{"Nobody should stand on a cold platform for half an hour to get to work": "Ilsa Varnholt-Quay"}},
		{name: "accompanied by", paras: append(head,
			`Minister of Transport Ilsa Varnholt-Quay opened the new depot on Friday, accompanied by Minister of Labour Dario Penwick-Strand.`,
			`"The depot doubles the number of trains we can service overnight," the minister said.`),
			want: map[string]string{"The depot doubles the number of trains we can service overnight": "Ilsa Varnholt-Quay"}},
	})
}
