package ingest_test

import (
	"testing"
)

// TestRound50FamilyFirst50 covers East Asian names written family name
// first: the lower-case half of a hyphenated given name is no surname, so
// the family name alone finds the person whose name it opens; Singapore's
// "Mdm" is a woman's courtesy title before her family name; a common
// family name opening a sentence before given names is the name's, not a
// description; one after a title's place is the name's first word; and a
// family name that is a word of places after "surnamed" is a person's.
func TestRound50FamilyFirst50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the family name alone is not the hyphenated given name's second half",
			paras: []string{
				"Flood warning for river towns",
				"Wu Jian-hao, head of the bureau's hydrology unit, told reporters that rivers would rise overnight.",
				"\"Water levels will peak before dawn,\" Wu said.",
				"Harbour County Magistrate Tsai Li-wu said schools would close. \"Every school will stay shut tomorrow,\" Tsai said.",
			},
			want: map[string]string{
				"Water levels will peak before dawn":   "Wu Jian-hao",
				"Every school will stay shut tomorrow": "Tsai Li-wu",
			},
		},
		{
			name: "Mdm before the family name alone is the woman named in full",
			paras: []string{
				"Hawkers wary of rent cap",
				"Second-generation hawker Madam Ong Bee Hoon, 61, who sells laksa at a market in the east, was unsure.",
				"\"Costs keep rising every month,\" Mdm Ong said.",
			},
			want: map[string]string{"Costs keep rising every month": "Ong Bee Hoon"},
		},
		{
			name: "a family name opening a sentence before given names is the name's",
			paras: []string{
				"Hawkers wary of rent cap",
				"The debate ran late into the evening on Tuesday as members pressed the minister on rents.",
				"Goh Wei Jie Marcus, who runs a drinks stall, said rents were too high. \"Stallholders cannot keep paying more,\" Mr Goh said.",
			},
			want: map[string]string{"Stallholders cannot keep paying more": "Goh Wei Jie Marcus"},
		},
		{
			name: "a family name after a title's constituency opens the name",
			paras: []string{
				"Hawkers wary of rent cap",
				"Member of Parliament for Brightwater Central Koh Wei Jie asked about rents. \"Stallholders cannot keep paying more,\" said Mr Koh.",
			},
			want: map[string]string{"Stallholders cannot keep paying more": "Koh Wei Jie"},
		},
		{
			name: "a family name that is a word of places after surnamed is a person's",
			paras: []string{
				"Card outage strands commuters",
				"Payment cards stopped working across the capital's subway on Monday morning, the operator said.",
				"A shop owner surnamed Park, 52, said he had lost customers. \"Nobody comes anymore,\" he said.",
			},
			want: map[string]string{"Nobody comes anymore": "Park"},
		},
		{
			name: "a member of the public surnamed with a word of places, then a pronoun",
			paras: []string{
				"Card outage strands commuters",
				"Payment cards stopped working across the capital's subway on Monday morning, the operator said.",
				"An office worker surnamed Park, 29, said she was stuck at a turnstile during the rush hour. \"I had to call my mother to send me money,\" she said.",
			},
			want: map[string]string{"I had to call my mother to send me money": "Park"},
		},
		{
			name: "near miss: a description before given names is still cut",
			paras: []string{
				"Hawkers wary of rent cap",
				"The debate ran late into the evening on Tuesday as members pressed the minister on rents.",
				"Retiree Kieran Doyle said rents were too high. \"Stallholders cannot keep paying more,\" Doyle said.",
			},
			want: map[string]string{"Stallholders cannot keep paying more": "Kieran Doyle"},
		},
		{
			name: "near miss: a capitalised half of a double surname still finds its holder",
			paras: []string{
				"Port reopens after strike",
				"Dockers returned to work on Monday after a week-long strike, port officials said.",
				"Union secretary Anita Jadhav-Kale said members had voted to accept the offer. \"The vote was clear,\" Kale said.",
			},
			want: map[string]string{"The vote was clear": "Anita Jadhav-Kale"},
		},
	})
}
