package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound21DescriptionsNationalDelegation: "the <Nationality>
// delegation" at talks is the country it sits for, as "the
// <Nationality> side" is, whether or not another country's delegation
// was introduced by the noun before it.
func TestRound21DescriptionsNationalDelegation(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the delegation as the subject", paras: []string{
			"Border talks end with a customs deal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ministers from Chile and Argentina met in Mendoza for two days of talks on the mountain passes.",
			`The Chilean delegation said the new customs post would open "before the first snow".`,
		}, want: map[string]string{"before the first snow": "Chile"}},
		{name: "the delegation with an aside", paras: []string{
			"Quota talks stall",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Norwegian delegation, for its part, told reporters that the quota was "not up for discussion".`,
		}, want: map[string]string{"not up for discussion": "Norway"}},
		{name: "a second country's delegation after the first", paras: []string{
			"Pacific ministers sign a shipping accord",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Samoan delegation welcomed "a fair outcome for the smaller islands".`,
			`"We came to listen, and we were heard," the Tongan delegation said.`,
		}, want: map[string]string{
			"a fair outcome for the smaller islands": "Samoa",
			"We came to listen, and we were heard":   "Tonga",
		}},
		{name: "the delegation quoted by someone else", paras: []string{
			"Observers question the fleet's reports",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`At the last meeting the Japanese delegation told us its vessels were "fully within the rules".`,
		}, want: map[string]string{"fully within the rules": "Japan"}},
	})
}

// TestRound21DescriptionsNationalGovernment: "the <Nationality>
// government" is the state's, which the country speaks for, not a
// region's, a province's or a federated state's government that the
// registry lists with the country's name in its role.
func TestRound21DescriptionsNationalGovernment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Spain", Kind: "place", Role: "Country", Aliases: []string{"Madrid"}},
		{Name: "Government of Catalonia", Kind: "organisation", Role: "Government of the autonomous community of Catalonia, Spain", Aliases: []string{"Generalitat"}},
		{Name: "Nigeria", Kind: "place", Role: "Country", Aliases: []string{"Abuja"}},
		{Name: "Kano State Government", Kind: "organisation", Role: "Government of Kano State, Nigeria"},
		{Name: "Canada", Kind: "place", Role: "Country", Aliases: []string{"Ottawa"}},
		{Name: "Government of Nunavut", Kind: "organisation", Role: "Territorial government in northern Canada"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an autonomous community's government", reg: reg, paras: []string{
			"Rail link to the border approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Government of Catalonia had asked for the line to be built first.",
			`The Spanish government said the link was "a priority for the whole country".`,
		}, want: map[string]string{"a priority for the whole country": "Spain"}},
		{name: "a federated state's government", reg: reg, paras: []string{
			"Grain corridor opens in the north",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Nigerian government said the corridor would "feed the whole region".`,
		}, want: map[string]string{"feed the whole region": "Nigeria"}},
		{name: "the Government in capitals, with no registry", paras: []string{
			"Cocoa farmers to get a higher price",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Ghanaian Government said the new price was "the best the market can bear".`,
		}, want: map[string]string{"the best the market can bear": "Ghana"}},
		{name: "a territory's government", reg: reg, paras: []string{
			"Arctic shipping rules tightened",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Canadian government said the new rules were "overdue".`,
		}, want: map[string]string{"overdue": "Canada"}},
	})
}

// TestRound21DescriptionsPositions: sports copy calls a player it has
// just named by their position in any sport, or by their event or
// weight, in place of the name: "the centre-forward said", "the
// defenceman added", "the leg-spinner said", "the middleweight said". The
// player the sentences before are about speaks, whatever title the copy
// first gave them (a captain, a goalkeeper).
func TestRound21DescriptionsPositions(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a captain, then his position", paras: []string{
			"Harbourside edge the derby",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Harbourside captain Ruairí Delahunt-Ogbu scored twice in the second half as his side came from behind to win 3-2.",
			`"We were poor for an hour. Then we remembered who we are," the centre-back said.`,
		}, want: map[string]string{"We were poor for an hour. Then we remembered who we are": "Ruairí Delahunt-Ogbu"}},
		{name: "a hockey player introduced by his team", paras: []string{
			"Late goal sinks the visitors",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Halifax alternate captain Mathis Okonkwo-Bélanger, who had two assists, was less happy with the second period.",
			`"We stopped skating for ten minutes and it nearly cost us," the defenceman said.`,
		}, want: map[string]string{"We stopped skating for ten minutes and it nearly cost us": "Mathis Okonkwo-Bélanger"}},
		{name: "a bowler by his craft", paras: []string{
			"Spin wins it on the last day",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Tauranga's Hemi Tawhiri-Grant took six wickets for 41 as the home side bowled out their visitors before tea.",
			`"The ball was gripping from the first over," the leg-spinner said.`,
		}, want: map[string]string{"The ball was gripping from the first over": "Hemi Tawhiri-Grant"}},
		{name: "a fighter by his weight", paras: []string{
			"Title defence goes the distance",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Dariusz Wróblewski-Kane kept his belt on a split decision after twelve rounds in Gdańsk.",
			`"He hit harder than I expected," the middleweight said.`,
		}, want: map[string]string{"He hit harder than I expected": "Dariusz Wróblewski-Kane"}},
	})
}

// TestRound21DescriptionsPastPronoun: "<Name> <did> …. He/She <did> ….
// The <Nationality> <title> <did> …": the description opening a sentence
// is the person named before, though a sentence that only says "he" or
// "she" stands between; "the <Demonym>" and "the <title>" after it then
// mean that person.
func TestRound21DescriptionsPastPronoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a demonym after the nationality's description", paras: []string{
			"Comeback in the third set",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Itziar Goikoetxea-Laborde had lost her last four matches on clay. She chose the right afternoon to end the run.",
			"The Spanish left-hander saved two match points before taking the final set 7-5 against the top seed.",
			"It was her first win over Annika Vesterholm-Brandt since the spring, and the crowd on the outside court stayed to the end.",
			`"I stopped thinking about the score," the Spaniard said.`,
		}, want: map[string]string{"I stopped thinking about the score": "Itziar Goikoetxea-Laborde"}},
		{name: "the nationality's description right after the name", paras: []string{
			"Photo finish in the bunch sprint",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Mads Kjærgaard-Holm took the stage by the width of a tyre in Carcassonne.",
			"The Danish sprinter held off Kristof Vanderlinden-Aerts in the last 50 metres after his team had led out the bunch.",
			`"I threw the bike and hoped," the Dane said.`,
		}, want: map[string]string{"I threw the bike and hoped": "Mads Kjærgaard-Holm"}},
		{name: "a title after the nationality's description", paras: []string{
			"Envoy arrives for the water talks",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Halvard Grønnestad-Moe landed in Nairobi on Monday evening. He went straight to the first meeting from the airport.",
			"The Norwegian envoy has chaired two earlier rounds of the talks between the upstream states.",
			"The talks are due to end on Friday, when a joint text may be signed.",
			`"Nobody here wants the river to become a border," the envoy said.`,
		}, want: map[string]string{"Nobody here wants the river to become a border": "Halvard Grønnestad-Moe"}},
	})
}

// TestRound21DescriptionsRelationThenName: "said <his|her> former
// <relation> [and fellow <title>] <Name>", "said her longtime friend,
// <Name>": the words in lower case between the possessive and the name
// say who the person is to someone named before, and the name speaks,
// though a title's modifier ("former", "longtime") opens them.
func TestRound21DescriptionsRelationThenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a former relation and a title before the name", paras: []string{
			"Lighthouse keeper dies at 91",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ossian Threlkeld-Moor kept the light on the headland for thirty years and retired in 1998.",
			`"He never let the lamp go dark, not once," said his former colleague and fellow keeper Anselm Ruddock-Vance, who worked beside him for a decade.`,
		}, want: map[string]string{"He never let the lamp go dark, not once": "Anselm Ruddock-Vance"}},
		{name: "a former teammate", paras: []string{
			"Olympic rower remembered",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Greta Lindahl-Moreau won two world titles in the double sculls before injury ended her career.",
			`"She pulled harder in the last 500 metres than anyone I ever rowed with," said her former teammate Joanna Kettleborough-Finch.`,
		}, want: map[string]string{"She pulled harder in the last 500 metres than anyone I ever rowed with": "Joanna Kettleborough-Finch"}},
		{name: "a longtime friend set off by a comma", paras: []string{
			"Village baker retires after fifty years",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ambrose Quillfeather-Daly baked his last loaf on Saturday morning.",
			`"The whole street will smell different now," said his longtime friend, Pauline Ashworth-Grey.`,
		}, want: map[string]string{"The whole street will smell different now": "Pauline Ashworth-Grey"}},
	})
}

// TestRound21DescriptionsRelationLater: "<his|her> former <relation>
// said" after the article introduced someone by that relation before
// their name ("His former colleague <Name> …") is that person, as "his
// daughter said" is the daughter the article named.
func TestRound21DescriptionsRelationLater(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a former colleague named before", paras: []string{
			"Lighthouse keeper dies at 91",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ossian Threlkeld-Moor kept the light on the headland for thirty years and retired in 1998.",
			"His former colleague Anselm Ruddock-Vance will read at the funeral on Friday.",
			`"He knew every rock on that coast," his former colleague said.`,
		}, want: map[string]string{"He knew every rock on that coast": "Anselm Ruddock-Vance"}},
		{name: "a friend set off by commas", paras: []string{
			"Village baker retires after fifty years",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ambrose Quillfeather-Daly baked his last loaf on Saturday morning, and his oldest friend, Pauline Ashworth-Grey, was first in the queue.",
			"The shop will reopen as a café in the spring.",
			`"The whole street will smell different now," his oldest friend said.`,
		}, want: map[string]string{"The whole street will smell different now": "Pauline Ashworth-Grey"}},
	})
}

// TestRound21DescriptionsNationalOfficial: "the <Nationality> official"
// (or negotiator, or politician) where no title has the noun is the titled
// person the article gave that nationality, whatever their title
// ("Secretary of State for <Field> of <Country>", "Chief Trade Adviser
// of the <Nationality> delegation"), not the other side's.
func TestRound21DescriptionsNationalOfficial(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a guest's title naming the country", paras: []string{
			"Minister Halvorsen held consultations with Secretary of State Vasquez-Orellana",
			"Minister of Foreign Affairs Ingrid Halvorsen held consultations today in Oslo with the Secretary of State for Foreign Trade of the Ministry of Economy of Chile, Paulina Vasquez-Orellana.",
			"The talks covered salmon exports, a new air link and the renewal of the scientific cooperation agreement.",
			`Minister Halvorsen described the relationship as "a partnership between two long coastlines".`,
			"The parties agreed to meet again in Santiago in the spring.",
			`After the meeting, the Chilean official told journalists: "We leave Oslo with two agreements and a date for the third."`,
		}, want: map[string]string{"We leave Oslo with two agreements and a date for the third.": "Paulina Vasquez-Orellana"}},
		{name: "a negotiator whose title says adviser", paras: []string{
			"Trade round ends without a text",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The talks were led by Trade Commissioner Aurélie Desmarais-Klein and the Chief Trade Adviser of the Ministry of Commerce of Indonesia, Bambang Suryaputra-Lim.",
			"Two chapters, on procurement and on palm oil, remain open after five days in Brussels.",
			`"We are closer than we have ever been, but closer is not there," the Indonesian negotiator said.`,
		}, want: map[string]string{"We are closer than we have ever been, but closer is not there": "Bambang Suryaputra-Lim"}},
	})
}

// TestRound21DescriptionsHoldersSpokesperson: an unnamed spokesperson for
// a post's holder ("a spokesperson for the <title>", "the <title>'s
// spokesman") speaks for the person the article named with that title,
// as the sets' convention gives a named person's spokesperson's words to
// that person; "the <title>" is the one holder named before, though their
// title has a rank the description drops.
func TestRound21DescriptionsHoldersSpokesperson(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a spokesperson for the title", paras: []string{
			"Ferry contract under review",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Transport Minister Rosalind Achterberg-Nye ordered a review of the ferry contract on Monday after a week of cancellations.",
			`A spokesperson for the minister said the review would "look at every clause".`,
		}, want: map[string]string{"look at every clause": "Rosalind Achterberg-Nye"}},
		{name: "a press secretary to the title", paras: []string{
			"Budget figures delayed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Governor Malcolm Ferris-Oduya had promised the figures before the recess.",
			`"They will be published in full, and soon," a press secretary to the governor said.`,
		}, want: map[string]string{"They will be published in full, and soon": "Malcolm Ferris-Oduya"}},
		{name: "a holder named only as their office's owner", paras: []string{
			"Heritage listing delayed again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The reply, sent on Friday by Minister for Heritage Tomasz Wieczorek-Abara's office, said the listing was "under active consideration".`,
			`A spokeswoman for the minister said a decision would come "before the winter recess".`,
		}, want: map[string]string{"before the winter recess": "Tomasz Wieczorek-Abara"}},
		{name: "the one minister, whose title has a rank", paras: []string{
			"Grocery code review promised",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Assistant Minister for Competition Daniel Mulvaney-Tran announced the review on Monday.",
			`A spokesman for the minister said the government would "not hesitate to act".`,
		}, want: map[string]string{"not hesitate to act": "Daniel Mulvaney-Tran"}},
	})
}

// TestRound21DescriptionsLongTitle: a title whose field has its own "of"
// and joins two fields with "and" before the country ("<Rank> Minister
// for <Field> of A and B of <Country> <Name>") is one title before the
// name; "the <rank> minister" after it is that person.
func TestRound21DescriptionsLongTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the title's holder, then the title", paras: []string{
			"River port reopens after dredging",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Deputy Minister for Development of Rivers and Lakes of Paraguay Graciela Benítez-Armoa noted that the river remains the country's main outlet to the sea.",
			`"Every week the barges wait costs the growers a harvest's margin," the deputy minister said.`,
		}, want: map[string]string{"Every week the barges wait costs the growers a harvest's margin": "Graciela Benítez-Armoa"}},
		{name: "the holder speaking", paras: []string{
			"School building plan adopted",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Minister for Quality of Schools and Colleges of Kazakhstan Yerlan Abdrakhmanov-Seitov said: "Every village will have a new roof by the spring."`,
		}, want: map[string]string{"Every village will have a new roof by the spring.": "Yerlan Abdrakhmanov-Seitov"}},
	})
}

// TestRound21DescriptionsSidesOwnDocument: a meeting's sides speaking
// through their own document ("The leaders said in their communiqué",
// "In their final declaration, the ministers said") speak for the body
// whose meeting it was, named just before in full or by its head word
// alone ("at the Forum meeting") when one body's name ends in it.
func TestRound21DescriptionsSidesOwnDocument(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Indian Ocean Rim Council", Kind: "organisation", Role: "Regional intergovernmental body of Indian Ocean states"},
		{Name: "Indian Ocean Rim Council Fisheries Secretariat", Kind: "organisation", Role: "Fisheries arm of the council", Aliases: []string{"IORC-FS"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a head word alone", reg: reg, paras: []string{
			"Tuna quotas on the table",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Indian Ocean Rim Council Fisheries Secretariat published its catch figures in March.",
			"Ministers took up the figures at the Council meeting in Port Louis in June.",
			`The ministers said in their communiqué that the stocks must be "managed as one ocean".`,
		}, want: map[string]string{"managed as one ocean": "Indian Ocean Rim Council"}},
		{name: "a body named in full", paras: []string{
			"Ice data to be shared",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ministers met in Tromsø for the biennial session of the Barents Regional Council on Thursday.",
			`In their final declaration, the ministers said the data would be "open to every member's scientists".`,
		}, want: map[string]string{"open to every member's scientists": "Barents Regional Council"}},
	})
}

// TestRound21DescriptionsCountryPossessive: results copy gives an
// athlete's country by a possessive before the name ("<Country>'s <Given>
// <Surname> won …, ahead of <Country>'s …") and then calls them by the
// country's demonym; each demonym is the athlete of that country.
func TestRound21DescriptionsCountryPossessive(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two athletes by their countries", paras: []string{
			"Marathon won in a sprint finish",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Uganda's Moses Kiplagat-Oryem won the men's race in 2:06:41, two seconds ahead of Ethiopia's Dawit Gebremariam-Tadesse.",
			`"The last kilometre was the hardest of my life," the Ugandan said.`,
			`"I had nothing left for the sprint," said the Ethiopian, who won in Seville in the spring.`,
		}, want: map[string]string{
			"The last kilometre was the hardest of my life": "Moses Kiplagat-Oryem",
			"I had nothing left for the sprint":             "Dawit Gebremariam-Tadesse",
		}},
	})
}

// TestRound21DescriptionsRanks: a police or military rank before a name
// ("Detective Chief Inspector <Name>", "Lance Corporal <Name>", "Brigadier
// <Name>") is the holder's title, and "the <rank>" after it is that
// person.
func TestRound21DescriptionsRanks(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a detective", paras: []string{
			"Inquiry into the warehouse fire widens",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Detective Chief Inspector Rowan Gilchrist-Obi, who leads the inquiry, appealed for dashcam footage from the ring road.",
			"Fire chief Marcus Oyelaran-Beck said the blaze had spread through the roof within minutes.",
			`"We are keeping an open mind about how the fire started," the detective said.`,
		}, want: map[string]string{"We are keeping an open mind about how the fire started": "Rowan Gilchrist-Obi"}},
		{name: "a corporal", paras: []string{
			"Soldier recovering after patrol blast",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Lance Corporal Dylan Fenwick-Achebe was flown to the field hospital with shrapnel wounds on Sunday.",
			`"I was lucky, the vehicle took most of it," the corporal said from his bed.`,
		}, want: map[string]string{"I was lucky, the vehicle took most of it": "Dylan Fenwick-Achebe"}},
		{name: "a brigadier", paras: []string{
			"Peacekeepers extend their patrols",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Brigadier Ngozi Adebayo-Lindqvist commands the mission's eastern sector from a base outside the town.",
			`"The patrols will go on through the rains," the brigadier said.`,
		}, want: map[string]string{"The patrols will go on through the rains": "Ngozi Adebayo-Lindqvist"}},
	})
}

// TestRound21DescriptionsMoreDemonyms: "the <Demonym>" for a nationality
// the lists lacked (of the Balkans, the Caribbean, the Pacific, Central
// America, Africa; "the Icelander", whose adjective is another word) is
// the person of that nationality named before, not a person called so.
func TestRound21DescriptionsMoreDemonyms(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "three nationalities", paras: []string{
			"Semi-final decided on penalties",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Montenegrin goalkeeper Dejan Vukotić-Rakar saved two penalties in the shoot-out, and Icelandic captain Gunnar Sveinsson-Hallo scored the winner.",
			`"I guessed left both times," the Montenegrin said.`,
			`"We deserved it over four games," said the Icelander.`,
		}, want: map[string]string{
			"I guessed left both times":      "Dejan Vukotić-Rakar",
			"We deserved it over four games": "Gunnar Sveinsson-Hallo",
		}},
		{name: "a Pacific islander", paras: []string{
			"Sevens title goes to the islands",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Samoa's Tavita Leaupepe-Faleolo scored two tries in the final as the islanders won the title for the first time.",
			`"We played for everyone at home," the Samoan said.`,
		}, want: map[string]string{"We played for everyone at home": "Tavita Leaupepe-Faleolo"}},
	})
}
