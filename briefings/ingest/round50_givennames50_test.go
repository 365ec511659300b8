package ingest_test

import "testing"

// TestRound50GivenNames50 covers a person's name whose first words the
// reader cut: a first given name the lists lacked opening the sentence
// before a given name they know, a religious honorific standing inside a
// name after a given name ("<Given> Sheikh <Given> <Surname>"), a given
// name cut short ("Md") opening a name, a Kurdish form of address before
// a name, a title whose complement lists its fields after "Land", and a
// surname that opens with a number word ("<Given> Two <Nouns>").
// The near misses keep a description, a title's honorific and a
// nationality out of the name.
func TestRound50GivenNames50(t *testing.T) {
	const filler = "The matter is expected to come up again at a meeting later this month, officials said, adding that no date had yet been fixed for it."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a Nepali first given name opens the sentence before a listed one",
			paras: []string{
				"Museum gets a new director",
				"Bikash Raj Lamichhane took over as director of the Lakeside Folk Museum in May. He spoke to reporters about the winter season.",
				`"We will open on Mondays from next month," he said.`,
				filler,
			},
			want: map[string]string{"We will open on Mondays from next month": "Bikash Raj Lamichhane"},
		},
		{
			name: "a Levantine first given name before a listed one and an aside",
			paras: []string{
				"Tenants wait for ruling",
				`Elie Karim Haddad, spokesman for the tenants' committee, said: "We have waited three winters for this ruling."`,
				filler,
			},
			want: map[string]string{"We have waited three winters for this ruling.": "Elie Karim Haddad"},
		},
		{
			name: "a Chadian first given name before a father's name",
			paras: []string{
				"Families wait for trial",
				"Abakar Moussa Idriss, whose cousin was among the missing, told reporters by phone that the family had waited a year.",
				`"Nobody from the ministry has called us," he said.`,
				filler,
			},
			want: map[string]string{"Nobody from the ministry has called us": "Abakar Moussa Idriss"},
		},
		{
			name: "an honorific after a listed given name is part of a four-word name",
			paras: []string{
				"Regions dispute harbour fees",
				`The region's finance minister, Abdullahi Sheikh Omar Warsame, told reporters in Baidoa that the directive was "unlawful".`,
				`"We will not pay twice for one cargo," Warsame said.`,
				filler,
			},
			want: map[string]string{
				"unlawful":                            "Abdullahi Sheikh Omar Warsame",
				"We will not pay twice for one cargo": "Abdullahi Sheikh Omar Warsame",
			},
		},
		{
			name: "a given name cut short opens the name before a listed given name",
			paras: []string{
				"Workers block the highway",
				"Md Kamal Hossain, who runs a loom at the plant, said the owners had left the country in March.",
				`"Every time an owner runs, the ministry forms a committee," he said.`,
				filler,
			},
			want: map[string]string{"Every time an owner runs, the ministry forms a committee": "Md Kamal Hossain"},
		},
		{
			name: "a Kurdish form of address is no part of the name",
			paras: []string{
				"The lute maker of the old bazaar",
				"For forty years Kak Hemin Aziz Rasul has made lutes in a workshop below the old citadel.",
				`"I am only a carpenter with good ears," he said.`,
				filler,
			},
			want: map[string]string{"I am only a carpenter with good ears": "Hemin Aziz Rasul"},
		},
		{
			name: "a title's fields listed after Land run to the holder's name",
			paras: []string{
				"Rail tunnel decision delayed",
				`Vice Minister of Land, Infrastructure and Transport Jang Min-ho told reporters that the decision would come "in the second half of the year".`,
				filler,
			},
			want: map[string]string{"in the second half of the year": "Jang Min-ho"},
		},
		{
			name: "a surname that opens with a number word stays whole",
			paras: []string{
				"Folk festival shrinks to one stage",
				`Singer-songwriter Lacey Two Feathers, who played the main stage last year, wrote online: "The festival is where I found my people."`,
				filler,
			},
			want: map[string]string{"The festival is where I found my people.": "Lacey Two Feathers"},
		},
		{
			name: "near miss: a craft opening the sentence is no given name",
			paras: []string{
				"Mill weavers fear closure",
				"Weaver Joanne Kerr has worked at the mill for thirty years.",
				`"The looms are older than I am," she said.`,
				filler,
			},
			want: map[string]string{"The looms are older than I am": "Joanne Kerr"},
		},
		{
			name: "near miss: an honorific after a title still opens the name",
			paras: []string{
				"Wages before the holiday",
				`Labour Adviser Sheikh Nurul Karim told reporters that "every worker must be paid before the holiday".`,
				filler,
			},
			want: map[string]string{"every worker must be paid before the holiday": "Nurul Karim"},
		},
		{
			name: "near miss: a nationality opening the sentence is no given name",
			paras: []string{
				"Vote was fair, says veteran",
				`Kenyan Tom Obuya said the vote had been "fair and calm".`,
				filler,
			},
			want: map[string]string{"fair and calm": "Tom Obuya"},
		},
	})
}
