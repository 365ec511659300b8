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
// as "<Name>: <answer>", a quote the answer gives as "I'd <verb> …,
// “…”" is the answerer's; "I'd" is not a name.
func TestRound39cInterviewFirstPersonContraction(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "I'd in a labelled answer",
		paras: []string{"Silt, storms and visitors: a harbourmaster's last season\n\n" +
			"By Owen Tregarthen\n\n" +
			"After 31 years in charge of Padstow harbour, Morwenna Kessell-Hart retires at the end of October. She talked to the Quay Gazette about dredging, storms and visiting yachts.\n\n" +
			"Quay Gazette: What changed most in three decades?\n\n" +
			"Morwenna Kessell-Hart: The boats got bigger and the channel did not. We dredge twice as often as when I started.\n\n" +
			"Quay Gazette: Some skippers say the mooring fees are too high.\n\n" +
			"Kessell-Hart: They are entitled to their view. I'd tell them, \"Come and help us dig the silt out one winter, then price it.\" Most of them laugh, and then they pay.\n\n" +
			"The harbour commissioners will name her successor in September."},
		want: map[string]string{
			"Come and help us dig the silt out one winter, then price it.": "Morwenna Kessell-Hart",
		},
	}})
}

// TestRound39cPrimeMinisterAfterSecretary: "The Prime Minister said …"
// right after a departmental secretary spoke is the head of government,
// whom the article never names, not a new way of naming the secretary.
func TestRound39cPrimeMinisterAfterSecretary(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "prime minister after an education secretary",
		paras: []string{"Schools with crumbling concrete to be rebuilt first\n\n" +
			"Some 120 schools in England where aerated concrete was found in roofs will be rebuilt before any others, the Department for Education said on Thursday.\n\n" +
			"The Education Secretary, Philippa Drummond-Yates, said on a visit to a primary school in Stoke-on-Trent: \"No child should learn under a roof propped up by steel posts.\"\n\n" +
			"The Prime Minister said in September that every affected school would be \"safe and dry by the next election\".\n\n" +
			"Head teachers' unions said the list left out hundreds of schools."},
		want: map[string]string{
			"No child should learn under a roof propped up by steel posts.": "Philippa Drummond-Yates",
			"safe and dry by the next election":                             "unknown",
		},
	}})
}

// TestRound39cTitleSubjectBeforeQuote: a quote with no attribution of its
// own after a sentence whose subject is "The <title>" of someone named
// before ("The <title> <verb> <Person> …. “…”") is that person's.
func TestRound39cTitleSubjectBeforeQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the principal credits a pupil, then the quote",
		paras: []string{"Feilding school's robot wins regional contest\n\n" +
			"A team from Feilding High School won the regional robotics contest in Palmerston North on Saturday with a machine that sorts recycling by colour.\n\n" +
			"Principal Aroha Mitchell-Tane said the team had built the robot in the school library at lunchtimes. \"They asked for nothing but a power socket and a key,\" Mitchell-Tane said.\n\n" +
			"The principal credited most of the code to year 12 student Liam Petersen-Ruka. \"He stayed behind every day for a term. He will be an engineer one day.\"\n\n" +
			"The national final is in Auckland in November."},
		want: map[string]string{
			"He stayed behind every day for a term. He will be an engineer one day.": "Aroha Mitchell-Tane",
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
		paras: []string{"Chile backs new krill catch limits\n\n" +
			"Chile's foreign ministry on Wednesday backed the catch limits for Antarctic krill agreed by the commission that manages the Southern Ocean's fisheries.\n\n" +
			"Foreign Ministry Spokesperson Valentina Ortúzar Reyes told reporters in Santiago that the limits were overdue and that Chilean fleets would keep to them.\n\n" +
			"Ortúzar Reyes said Chile welcomed the new limits and called for \"a closed season around every penguin colony\".\n\n" +
			"\"Krill feeds everything else down there,\" she said."},
		want: map[string]string{
			"a closed season around every penguin colony": "Valentina Ortúzar Reyes",
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
		paras: []string{"Kerala High Court seeks report on temple elephants\n\n" +
			"The Kerala High Court on Thursday asked the Travancore Devaswom Board to report within a month on how captive elephants are kept during the festival season.\n\n" +
			"A Bench of Justice Anil Varghese Kurian and Justice Deepa Menon Nair took up the matter on its own after an elephant collapsed at a temple festival in Kollam.\n\n" +
			"Counsel for the Board told the court that a veterinary team was now posted at every festival ground.\n\n" +
			"\"A vet after the collapse is not the same as care before it,\" the Bench said. The matter will come up again in March."},
		want: map[string]string{
			"A vet after the collapse is not the same as care before it": "Kerala High Court",
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
		paras: []string{"Welsh museums to open free to school groups\n\n" +
			"Museums in Wales will waive all charges for school groups from September, after National Museum of Wales Director Gareth Llewelyn-Rees told the Senedd's culture committee that school visits had halved since 2019.\n\n" +
			"The scheme will cost about £2 million a year.\n\n" +
			"In their words\n\n" +
			"\"A child who never sees a museum will not miss one.\" — National Museum of Wales Director Gareth Llewelyn-Rees\n\n" +
			"Coach hire, not tickets, is the largest cost of a trip for most schools."},
		want: map[string]string{
			"A child who never sees a museum will not miss one.": "Gareth Llewelyn-Rees",
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
		name: "the Committee after the Financial Policy Committee",
		reg:  reg,
		paras: []string{"Central Bank of Eswatini - Financial Policy Committee record",
			"Nomsa Hlophe-Dube, Secretary of the Financial Policy Committee (FPC) and head of the bank's financial stability department, briefed journalists on Friday on the committee's meeting of 12 March 2026.",
			"The countercyclical capital buffer stays at 1 percent.",
			"\"Household debt has grown faster than incomes for three years running,\" the Committee said.",
			"Its next review is due in September."},
		want: map[string]string{
			"Household debt has grown faster than incomes for three years running": "Central Bank of Eswatini",
		},
	}})
}
