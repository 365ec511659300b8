package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestFormsRound46: the speaker's name without the rest of a rank or a
// courtesy word run into it — the grade after a naval lieutenant's rank
// ("Lt. Junior Grade X Y") is the rank's, not the name's, and so is an
// elder's courtesy ("Pa X Y"); and a state's body described in small
// letters ("the <Nationality> foreign ministry") is the registry's, no
// body called "<Nationality> foreign"; nor is a place and a trade before
// a firm's name ("<Place> broker <Name> Securities") part of the name, nor
// an Indonesian police rank ("Kombes X Y"), nor a broadcast script's
// reporter's name on the line above.
func TestFormsRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Foreign Affairs of Norway", Role: "Foreign ministry of Norway", Kind: "organisation"},
	}}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "grade after a lieutenant's rank",
			paras: []string{
				`"Every ferry stays at the pier until the swell drops below two metres," coast guard spokesperson Lt. Junior Grade Marisol Tandoc-Reyes said.`,
			},
			reg:  reg,
			want: map[string]string{"Every ferry stays at the pier until the swell drops below two metres": "Marisol Tandoc-Reyes"},
		},
		{
			name: "grade spelt out after Lieutenant",
			paras: []string{
				`Lieutenant Senior Grade Dario Magbanua said the cutter "will stay on station through the night".`,
			},
			reg:  reg,
			want: map[string]string{"will stay on station through the night": "Dario Magbanua"},
		},
		{
			name: "an elder's courtesy before his name",
			paras: []string{
				`A fisherman, Pa Sorie Kamara-Bundu, said: "The nets come up empty since the dredgers arrived."`,
			},
			reg:  reg,
			want: map[string]string{"The nets come up empty since the dredgers arrived.": "Sorie Kamara-Bundu"},
		},
		{
			name: "a state's ministry described by kind in small letters",
			paras: []string{
				`Oslo responded, with the Norwegian foreign ministry saying the quota talks must “respect the science on the stocks”.`,
			},
			reg:  reg,
			want: map[string]string{"respect the science on the stocks": "Ministry of Foreign Affairs of Norway"},
		},
		{
			name: "a state's ministry with its capitalised name",
			paras: []string{
				`Oslo responded, with the Norwegian Foreign Ministry saying the quota talks must “respect the science on the eel”.`,
			},
			reg:  reg,
			want: map[string]string{"respect the science on the eel": "Ministry of Foreign Affairs of Norway"},
		},
		{
			name: "a place and a trade before a firm's name",
			paras: []string{
				`Analysts at Perth broker Calloway Dunmore Securities described the placement as "comfortably covered" in a note to clients.`,
			},
			reg:  reg,
			want: map[string]string{"comfortably covered": "Calloway Dunmore Securities"},
		},
		{
			name: "a firm's name with small words of its own stays whole",
			paras: []string{
				`Analysts at Banco de la Costa Securities described the placement as "well covered" in a note to clients.`,
			},
			reg:  reg,
			want: map[string]string{"well covered": "Banco de la Costa Securities"},
		},
		{
			name: "an Indonesian post, body and rank before the name",
			paras: []string{
				`Kabid Humas Polda Sulawesi Kombes Agus Setiawan Putra said the suspects "bought accounts from residents".`,
			},
			reg:  reg,
			want: map[string]string{"bought accounts from residents": "Agus Setiawan Putra"},
		},
		{
			name: "an Indonesian rank alone before the name",
			paras: []string{
				`AKBP Rudi Hartono Siregar told reporters the road "will reopen on Monday".`,
			},
			reg:  reg,
			want: map[string]string{"will reopen on Monday": "Rudi Hartono Siregar"},
		},
		{
			name: "a Māori title after a body's initials",
			paras: []string{
				`NZRA Kaiwhakahaere Huia Tamatea-Rewi says rural nurses are "running on goodwill alone".`,
			},
			reg:  reg,
			want: map[string]string{"running on goodwill alone": "Huia Tamatea-Rewi"},
		},
		{
			name: "a script's reporter's name on its own line over the next stretch",
			paras: []string{
				"Growers met in Corozal on Monday.", "Prices were set last week.", "Trucks queued at the mill.",
				"The crop was late this year.", "Rain held up the harvest.", "Cutters were paid on Friday.",
				"Delia Marroquin-Abreu\nCSM, the miller, said in a statement that it had \"paid all that the market allows\" this season and more.",
			},
			reg:  reg,
			want: map[string]string{"paid all that the market allows": "CSM"},
		},
		{
			name: "a name with Grade in it stays whole",
			paras: []string{
				`"The harvest came in early this year," said farmer Junior Gradel of Tarlac.`,
			},
			reg:  reg,
			want: map[string]string{"The harvest came in early this year": "Junior Gradel"},
		},
	})
}
