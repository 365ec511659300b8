package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound39cBrokerageNamedEquities: a brokerage named "<Name> Equities"
// is a firm, which "the brokerage said" after its note means.
func TestRound39cBrokerageNamedEquities(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "equities firm then the brokerage",
		paras: []string{"Cement makers eye price rise after monsoon\n\n" +
			"India's cement makers are expected to raise prices by up to 4 percent once the monsoon ends, as demand from housing and road projects picks up across the southern states.\n\n" +
			"Analysts at Varanasi Capital Equities wrote in a note on Tuesday that they see a rise \"by the second week of October\".\n\n" +
			"\"The southern producers have the most room to raise prices without losing volume,\" the brokerage said.\n\n" +
			"Shares of the largest makers rose about 2 percent on Tuesday."},
		want: map[string]string{
			"by the second week of October": "Varanasi Capital Equities",
			"The southern producers have the most room to raise prices without losing volume": "Varanasi Capital Equities",
		},
	}})
}

// TestRound39cInterviewFirstPersonContraction: in an interview laid out
// as "<Name>: <answer>", a quote the answer gives as "I'd say to him,
// “…”" is the answerer's; "I'd" is not a name.
func TestRound39cInterviewFirstPersonContraction(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "I'd say in a labelled answer",
		paras: []string{"\"We were late\": Manitoba's transport minister on the winter roads\n\n" +
			"By Carla Belanger-Fox\n\n" +
			"Manitoba's winter road network opened three weeks late this year, leaving several northern communities without ground supply for most of January. Transport Minister Gregor Ashdown-Pratt spoke to the Northern Ledger on Monday. The interview has been edited for length.\n\n" +
			"Northern Ledger: The roads opened late again. Chiefs say the province did not plan for it.\n\n" +
			"Gregor Ashdown-Pratt: We were late, and I accept that. The ice was thin until the second week of January.\n\n" +
			"Northern Ledger: One chief said the province treats the north as an afterthought.\n\n" +
			"Ashdown-Pratt: I respect the chief. I'd say to her, \"Look at what we have spent on the north road budget in the last three years.\" We fund the crews. The weather sets the dates.\n\n" +
			"The department said it would publish the season's figures in April."},
		want: map[string]string{
			"Look at what we have spent on the north road budget in the last three years.": "Gregor Ashdown-Pratt",
		},
	}})
}

// TestRound39cPrimeMinisterAfterSecretary: "The Prime Minister said …"
// right after a departmental secretary spoke is the head of government,
// whom the article never names, not a new way of naming the secretary.
func TestRound39cPrimeMinisterAfterSecretary(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "prime minister after a transport secretary",
		paras: []string{"Rail fares to rise again in March\n\n" +
			"Regulated rail fares in England will rise by 4.1 percent in March, the Department for Transport confirmed on Tuesday, the third rise above inflation in as many years.\n\n" +
			"The Transport Secretary, Philippa Drummond-Yates, said at a rail depot in Crewe: \"Passengers will see more trains and fewer cancellations for the money.\"\n\n" +
			"The Prime Minister said in January that fares would be \"frozen in real terms\" this parliament.\n\n" +
			"Passenger groups called the rise a broken promise."},
		want: map[string]string{
			"Passengers will see more trains and fewer cancellations for the money.": "Philippa Drummond-Yates",
			"frozen in real terms": "unknown",
		},
	}})
}

// TestRound39cTitleSubjectBeforeQuote: a quote with no attribution of its
// own after a sentence whose subject is "The <title>" of someone named
// before ("The coach singled out …. “…”") is that person's.
func TestRound39cTitleSubjectBeforeQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the coach praised a player, then the quote",
		paras: []string{"Otago Spirit lose netball semi-final in extra time\n\n" +
			"Otago Spirit's season ended in Dunedin on Sunday, beaten 58-56 in extra time by Central Pulse after leading for most of the match.\n\n" +
			"Coach Marama Te Huia-Grant said her side had prepared well. \"We did everything we planned to do for fifty minutes,\" Te Huia-Grant said.\n\n" +
			"The coach praised goal shooter Kirsty Lomas-Reid, who scored 41 goals. \"She carried us tonight. She will be in a national squad before long.\"\n\n" +
			"The final is next Sunday in Wellington."},
		want: map[string]string{
			"She carried us tonight. She will be in a national squad before long.": "Marama Te Huia-Grant",
		},
	}})
}

// TestRound39cCountryInSpokespersonsClause: "the Spokesperson said
// <Country> welcomed … and called for “…”": a country utters no words;
// the ones in the marks are the spokesperson's.
func TestRound39cCountryInSpokespersonsClause(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "said <Country> called for",
		paras: []string{"Kenya urges restraint in Sudan talks: ministry\n\n" +
			"Kenya has urged the warring parties in Sudan to return to talks in Jeddah without preconditions.\n\n" +
			"Speaking at the weekly press briefing in Nairobi on Thursday, Foreign Ministry Spokesperson Wanjiru Achieng Mutua said Nairobi remained ready to host a round of talks.\n\n" +
			"On the Red Sea, the Spokesperson said Kenya welcomed the reopening of shipping lanes and called for \"a permanent guarantee of free navigation\".\n\n" +
			"\"Our exporters have paid for this crisis for two years,\" she said."},
		want: map[string]string{
			"a permanent guarantee of free navigation": "Wanjiru Achieng Mutua",
		},
	}})
}

// TestRound39cBenchForItsCourt: "'…,' the Bench said" in a report of a
// hearing before a bench of the one court the article names is the
// court's, as "the bench" in lower case is.
func TestRound39cBenchForItsCourt(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the Bench said after a Bench of two justices",
		paras: []string{"Madras High Court refuses to stay closure of quarry\n\n" +
			"The Madras High Court on Monday refused to stay the State government's order closing a granite quarry near Madurai, but asked the authorities to file a report on the blasting within three weeks.\n\n" +
			"A Bench of Justice Meenakshi Raghavan Pillai and Justice Arul Selvam Natarajan was hearing a plea by the quarry's owner against the closure order.\n\n" +
			"Senior Advocate Karthik Venu Iyengar, for the owner, said the company had not been heard. \"My client was given one day's notice,\" Iyengar submitted.\n\n" +
			"\"The residents' complaints cannot be brushed aside,\" the Bench said, listing the matter for hearing on March 4."},
		want: map[string]string{
			"The residents' complaints cannot be brushed aside": "Madras High Court",
		},
	}})
}

// TestRound39cQuotesBoxBodyTitleSignature: a quotes box signs "—
// <Body> <Title> <Given> <Surname>", the body's name before the title:
// the speaker is the person the name after the title gives.
func TestRound39cQuotesBoxBodyTitleSignature(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "body, title, name after the dash",
		paras: []string{"Airlines brace for fare cap on regional routes\n\n" +
			"India's airlines may face a cap on fares for regional routes from April, after Competition Commission of India chairperson Meera Lakshmi Dasgupta told a parliamentary panel that prices on some routes had doubled in a year.\n\n" +
			"IndiGo declined to comment on the proposal.\n\n" +
			"What they said\n\n" +
			"\"No passenger should pay a month's wages for a one-hour flight.\" — Competition Commission of India Chairperson Meera Lakshmi Dasgupta\n\n" +
			"\"A cap would hurt the routes it is meant to help.\" — Karan Mehta Bhatia, analyst, Pune Equity Research\n\n" +
			"The panel will report in March."},
		want: map[string]string{
			"No passenger should pay a month's wages for a one-hour flight.": "Meera Lakshmi Dasgupta",
		},
	}})
}

// TestRound39cPolicyCommitteeByHeadWord: in a bank's own rate release,
// "the Committee said" after the "<Field> Policy Committee" was named in
// full is the bank's organ, which speaks for the bank, as the full name
// does.
func TestRound39cPolicyCommitteeByHeadWord(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Central Bank of Eswatini", Kind: "organisation", Role: "Eswatini's central bank", Aliases: []string{"CBE"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the Committee after the Monetary Policy Committee",
		reg:  reg,
		paras: []string{"Central Bank of Eswatini - Monetary Policy Statement",
			"Mr. Sipho Dlamini-Nkosi, Deputy Governor and Secretary of the Monetary Policy Committee (MPC), announced the outcome of the MPC meeting on 12 March 2026 as follows.",
			"The Committee voted 4 to 1 to keep the discount rate at 7.25 percent.",
			"\"Food prices remain the largest risk to the inflation outlook this year,\" the Committee said.",
			"The next meeting will be held in May."},
		want: map[string]string{
			"Food prices remain the largest risk to the inflation outlook this year": "Central Bank of Eswatini",
		},
	}})
}
