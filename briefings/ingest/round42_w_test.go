package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound42wLegalAndHyphenatedTitles: "<Word> solicitor <Given>
// <Surname> said", "<Word> barrister <Given> <Surname> said" and "<ACR>
// <field> co-ordinator <Given> <Surname> said" name the person after the
// title; the words before it are no part of a name, and the quote is
// theirs rather than nobody's.
func TestRound42wLegalAndHyphenatedTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "capitalised side before a solicitor",
		paras: []string{"Builder fined after scaffold collapse\n\n" +
			"DERBY — A building firm was fined £40,000 on Tuesday after scaffolding fell onto a pavement in the town centre, the magistrates' court heard.\n\n" +
			"Prosecution solicitor Imogen Fairclough said the firm had been warned twice about missing ties.\n\n" +
			"Defence solicitor Rupert Hallam-Boyce said his client had \"learned a hard lesson\" and had since changed its inspections.\n\n" +
			"No one was hurt in the collapse."},
		want: map[string]string{
			"learned a hard lesson": "Rupert Hallam-Boyce",
		},
	}, {
		name: "barrister before a name, quote first",
		paras: []string{"Landlord jailed over gas safety\n\n" +
			"A landlord who let flats without gas checks was jailed for eight months at the crown court on Friday.\n\n" +
			"\"Tenants were put at risk for the sake of a few hundred pounds,\" Crown barrister Delia Marsh-Okafor said.\n\n" +
			"The landlord pleaded guilty to six offences."},
		want: map[string]string{
			"Tenants were put at risk for the sake of a few hundred pounds": "Delia Marsh-Okafor",
		},
	}, {
		name: "acronym and field before a hyphenated co-ordinator",
		paras: []string{"Ferry crew union calls for lifejacket checks\n\n" +
			"ABERDEEN — The seafarers' union has asked operators to inspect lifejackets every month after an audit found faulty lights on two vessels.\n\n" +
			"\"A light that does not work is a person nobody finds,\" RMT welfare co-ordinator Callum Strachan-Boyd said. \"It costs nothing to check.\"\n\n" +
			"Operators said they would review the audit."},
		want: map[string]string{
			"A light that does not work is a person nobody finds": "Callum Strachan-Boyd",
			"It costs nothing to check.":                          "Callum Strachan-Boyd",
		},
	}})
}

// TestRound42wServiceRankGrade: "<Service> Petty Officer 3rd Class
// <Given> <Surname> said", "Airman 1st Class <Given> <Surname> said" —
// the grade that closes a service rank is part of the title, and the
// capitals after it are the person.
func TestRound42wServiceRankGrade(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "petty officer with a figure grade",
		paras: []string{"Boaters rescued off Cape Hatteras\n\n" +
			"NORFOLK — Three boaters were lifted from a capsized skiff on Saturday after a passing trawler saw a flare, the service said.\n\n" +
			"\"A flare and a lifejacket are why we are talking about a rescue today,\" Coast Guard Petty Officer 3rd Class Marisol Quintana-Reyes said.\n\n" +
			"Quintana-Reyes said the skiff had no radio aboard."},
		want: map[string]string{
			"A flare and a lifejacket are why we are talking about a rescue today": "Marisol Quintana-Reyes",
		},
	}, {
		name: "airman with a figure grade, quote first",
		paras: []string{"Base opens its gates for air show\n\n" +
			"More than 20,000 visitors came to the base on Sunday for its first open day in five years.\n\n" +
			"\"Most of them had never seen the hangars from the inside,\" Airman 1st Class Devon Ashby-Cole said.\n\n" +
			"The show closed with a flypast."},
		want: map[string]string{
			"Most of them had never seen the hangars from the inside": "Devon Ashby-Cole",
		},
	}})
}

// TestRound42wFieldsBodyOfPlace: "<Field> and <Field> <Noun> (<ACR>)
// said" — a service named for what it does, whose last word is no body's
// head word, is the registry's "<Field> and <Field> <Noun> of <Place>"
// of the place the article is about, not a list of people.
func TestRound42wFieldsBodyOfPlace(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "fields and a noun, with its acronym",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Immigration and Border Control of Bermuda", Role: "Bermuda border agency", Kind: "organisation", Aliases: []string{"IBC"}},
		}},
		paras: []string{"Two held after cocaine found on yacht in Bermuda\n\n" +
			"HAMILTON, Bermuda — Two men were arrested on Saturday after officers found 40 kilograms of cocaine hidden in the hull of a yacht moored at St George's, police said.\n\n" +
			"Immigration and Border Control (IBC) said in a statement that the find was \"the result of months of patient work with our partners\" and that its officers would assist the inquiry.\n\n" +
			"The men are due in court on Monday."},
		want: map[string]string{
			"the result of months of patient work with our partners": "Immigration and Border Control of Bermuda",
		},
	}})
}

// TestRound42wAirportNamedBefore: "<Place> Airport <Words> will …. The
// airport said …" and "<City> airport said …. “…,” the airport said" —
// "the airport" speaks for the airport the article named last by its
// name, as the article prints it; "Airport" opening a title names none.
func TestRound42wAirportNamedBefore(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "airport named in full, then the airport",
		paras: []string{"Hill airport gets a summer link to Split\n\n" +
			"Northmoor Airport Bellacorrick will run two flights a week to Split from June, a charter firm announced on Thursday.\n\n" +
			"Airport chief executive Aisling Corcoran-Pyke called the link good news for guesthouses in the valley.\n\n" +
			"The airport said the flights should bring \"roughly 5,000 visitors\" to the county over the season.\n\n" +
			"Seats will be sold through the charter firm only."},
		want: map[string]string{
			"roughly 5,000 visitors": "Northmoor Airport Bellacorrick",
		},
	}, {
		name: "city airport, then the airport in a post",
		paras: []string{"Snow shuts runways in the Highlands\n\n" +
			"Overnight snow left runways in the Highlands unusable on Wednesday.\n\n" +
			"Drumlanrig airport said nine flights had been scrapped and three sent on to Glasgow. \"Please look up your flight's status online before you set off for the terminal,\" the airport said on its social media pages.\n\n" +
			"Ploughs were expected to clear the main runway by noon."},
		want: map[string]string{
			"Please look up your flight's status online before you set off for the terminal": "Drumlanrig airport",
		},
	}})
}
