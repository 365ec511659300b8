package ingest_test

import "testing"

// TestRound52AgedPersons covers a person the rules took for a title
// before a name: "<Given> <Given> <Surname>, <age>, …" opening a sentence,
// whose first given name no list knows and whose middle one (a father's
// name, as Arabic and East African names carry) is a man's. The age set
// off in commas makes the three words one person's full name, of no
// gender the father's name tells, so a "she" after them finds her. A
// pronoun of the man's sex leaves the word a title before his name.
func TestRound52AgedPersons(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a woman named with her father's name and her age, then she",
			paras: []string{
				"Families shelter in river town",
				"The diocese of Kassala has opened its halls to families fleeing the fighting, Bishop Anba Markos said on Monday.",
				"“We ask how many children they have,” Anba Markos said.",
				"Nyakuol Yusuf Hamdan, 37, fled Khartoum with her four children after her husband was killed. She now rents a room and sells bread near the bus station.",
				"“The people here have been kind to us and paid for my son’s operation,” she said.",
			},
			want: map[string]string{"The people here have been kind to us and paid for my son’s operation": "Nyakuol Yusuf Hamdan"},
		},
		{
			name: "a word before a man's name and his age, then his: a title, not a name",
			paras: []string{
				"Soldiers train on the plateau",
				"Three hundred soldiers took part in the winter exercise on the plateau this week, the army said.",
				"Greenhand Karl Vinter, 19, from Alta, drove his snowmobile across the plateau for the first time.",
				"“My grandfather would not have believed it,” he says.",
			},
			want: map[string]string{"My grandfather would not have believed it": "Karl Vinter"},
		},
	})
}

// TestRound52FaithCompounds covers a man whose Arabic compound given name
// "<Word> al-Din" opens on a word the lists give as a woman's ("Nour"):
// the compound is a man's name, so a "he" after him is his and does not go
// past him to another man named before.
func TestRound52FaithCompounds(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a researcher named Nour al-Din, then he",
			paras: []string{
				"Delta lake loses its reeds",
				"Fishermen on the lake say their catch has halved since the reeds were cleared, boat owner Karim Sabry said.",
				"Hydrologist Nour al-Din Fathallah, who has studied the lake since 2012, says the clearing has improved the water flow. \"The reeds were where the young fish grew,\" he says.",
			},
			want: map[string]string{"The reeds were where the young fish grew": "Nour al-Din Fathallah"},
		},
	})
}
