package ingest_test

import "testing"

// TestRound42rTeamTitleAfterName: "<Name> had <verb>ed …, and the <Team>
// <title> <verb>ed …" — the title the second clause gives is the named
// person's, whom "the <title>" calls back.
func TestRound42rTeamTitleAfterName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "coach after a name in the same sentence",
		paras: []string{"Falcons end losing run\n\n" +
			"TORBAY — Declan Ashworth had warned his players all week, and the Torbay Falcons coach got the answer he wanted on Friday.\n\n" +
			"The Falcons beat the Exeter Kites 3-1 at Riverside Arena.\n\n" +
			"\"We finally played with some belief,\" the coach said after the game.\n\n" +
			"The Falcons host Plymouth next week."},
		want: map[string]string{
			"We finally played with some belief": "Declan Ashworth",
		},
	}})
}

// TestRound42rTwoLabelsJoined: "said <label> and <occupation> <Given>
// <Surname>" — two lower-case labels joined by "and" before a name are
// both the person's, who speaks.
func TestRound42rTwoLabelsJoined(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "resident and occupation",
		paras: []string{"Council backs cottages on the old depot site\n\n" +
			"The town council voted 4-1 on Monday night to rezone the former road depot for twelve cottages.\n\n" +
			"Several Millbrook residents spoke during public comment.\n\n" +
			"\"We raised three kids on this street,\" said resident and ski patroller Teodora Halvorsen. \"Give other families that chance.\"\n\n" +
			"The plan goes to a second reading in May."},
		want: map[string]string{
			"We raised three kids on this street": "Teodora Halvorsen",
			"Give other families that chance.":    "Teodora Halvorsen",
		},
	}, {
		// "<Given> <Surname> and <field> <agent> <Name>": joinedJob
		// reaches the "and", but a name before it is no label, so the
		// agent noun is not read as the first name's title.
		name: "a name before and",
		paras: []string{"Council backs cottages on the old depot site\n\n" +
			"The town council voted 4-1 on Monday night to rezone the former road depot for twelve cottages.\n\n" +
			"\"We raised three kids on this street,\" said Ola Berg and ski patroller Teodora Halvorsen.\n\n" +
			"The plan goes to a second reading in May."},
		want: map[string]string{
			"We raised three kids on this street": "Ola Berg",
		},
	}})
}

// TestRound42rCompanyNamedAsObject: "<people> at the <Name> <Place> will
// … after the company announced …. “…,” the company said" — a firm the
// article names only as a preposition's object, in capitals no list
// reads as a body, right before it calls it "the company", is the one
// the noun calls back; not a body that is the subject acting on "the
// company".
func TestRound42rCompanyNamedAsObject(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "firm as a preposition's object",
		paras: []string{"Sawmill to idle for winter\n\n" +
			"PRINCE ALBERT — About 90 workers at the Tamarack Ridge Sawmill will be sent home next week after the company said log supplies had run short.\n\n" +
			"In a statement, the company said: \"Wet weather has kept our crews out of the bush for most of the autumn. We expect to restart in February.\"\n\n" +
			"Union officials said they were disappointed."},
		want: map[string]string{
			"Wet weather has kept our crews out of the bush for most of the autumn. We expect to restart in February.": "Tamarack Ridge Sawmill",
		},
	}, {
		name: "regulator acting on the company is not it",
		paras: []string{"Media release\n\n" +
			"Energy retailer fined over billing errors\n\n" +
			"A small energy retailer has paid a $400,000 penalty after an investigation by the regulator.\n\n" +
			"The OGRA also found the company had failed to refund 1,200 customers on time.\n\n" +
			"The company said it \"sincerely apologises\" to those affected."},
		want: map[string]string{
			"sincerely apologises": "unknown",
		},
	}})
}

// TestRound42rOfficialOfBodysUnit: "an official from the <body noun>'s
// <field> division said" — the unit is the body's, the one of that kind
// named before, which speaks.
func TestRound42rOfficialOfBodysUnit(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "official from the ministry's division",
		paras: []string{"Drought alert raised\n\n" +
			"The government on Monday raised the drought alert to its highest level.\n\n" +
			"Ministry of Forestry officials said fire patrols would be doubled. \"The undergrowth is drier than we have seen in a decade,\" an official from the ministry's fire management division said.\n\n" +
			"Farmers asked for help."},
		want: map[string]string{
			"The undergrowth is drier than we have seen in a decade": "Ministry of Forestry",
		},
	}})
}
