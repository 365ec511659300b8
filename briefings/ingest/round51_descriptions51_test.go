package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51UnnamedStateHead covers a readout of a head of state's own
// office that never names the holder ("The President of the Republic
// said", "the President said, according to the press service"): the
// words go to the registry body whose role calls it that state's office
// of the title, whatever its name, for the nearest country the copy
// names that has one (a guest's country has none).
func TestRound51UnnamedStateHead(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Presidency of the Norlandic Republic", Role: "Office of the Norlandic President", Kind: "organisation", Aliases: []string{"Halvgard Palace"}},
		{Name: "Presidential Chancery of Vesteria", Role: "Office of the President of Vesteria", Kind: "organisation"},
		{Name: "Norland", Kind: "place"},
		{Name: "Vesteria", Kind: "place"},
		{Name: "Ostmark", Kind: "place"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the President of the Republic in a readout naming the guest's country last",
			reg:  reg,
			paras: []string{
				"Telephone conversation between the President of the Republic and the President of Ostmark",
				"The President of the Republic spoke this afternoon by telephone with the President of Ostmark.",
				"The President of the Republic reaffirmed Norland's \"steady support\" for Ostmark.",
				"The two Heads of State discussed the grain corridor through Ostmark. The President of the Republic stated that \"Norland will stand with Ostmark at every stage.\"",
			},
			want: map[string]string{
				"steady support": "Presidency of the Norlandic Republic",
				"Norland will stand with Ostmark at every stage.": "Presidency of the Norlandic Republic",
			},
		},
		{
			name: "the President said, according to the press service",
			reg:  reg,
			paras: []string{
				"President holds meeting on canals",
				"KELLSTAD — A meeting chaired by the President of Vesteria was held today on canal repairs, the press service of the head of state reported.",
				"\"Every canal we mend is a harvest saved,\" the President said, according to the press service.",
			},
			want: map[string]string{"Every canal we mend is a harvest saved": "Presidential Chancery of Vesteria"},
		},
	})
}

// TestRound51TitleRunOnBeforeComma covers an official release that opens
// with the holder's title run on into the body's name, no "of" between,
// set off from the name by a comma with a courtesy or without ("<Title>
// <Body>, Mr. <Name>, held …"): "the <Title>" later is that holder.
func TestRound51TitleRunOnBeforeComma(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a courtesy between the comma and the name",
			paras: []string{
				"Central bank briefs analysts",
				"Kellstad: Governor Norland Central Bank, Mr. Harald Quist-Benner, held a briefing for analysts today.",
				"Opening the briefing, the Governor said, \"Our decision reflects caution.\"",
			},
			want: map[string]string{"Our decision reflects caution.": "Harald Quist-Benner"},
		},
		{
			name: "no courtesy, the title opening the sentence",
			paras: []string{
				"Port authority reports record year",
				"Chairman Vesteria Ports Authority, Olaf Trennet-Vask, presented the annual figures on Monday.",
				"\"Cargo rose by a fifth,\" the Chairman said.",
			},
			want: map[string]string{"Cargo rose by a fifth": "Olaf Trennet-Vask"},
		},
	})
}
