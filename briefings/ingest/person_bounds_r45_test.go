package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestPersonBoundsRound45: where a title's body ends and its holder's
// name begins — a body's kind word before its brand in quotes, a local
// word heading a body named with "the", and "<Title> in Charge" before
// the holder.
func TestPersonBoundsRound45(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "kind word before a quoted brand",
			paras: []string{
				`Chairman of the State Concern "Altynkumgas" Merdan Ovezmuradi said the second line "will carry twice the volume by the spring".`,
			},
			reg:  reg,
			want: map[string]string{"will carry twice the volume by the spring": "Merdan Ovezmuradi"},
		},
		{
			name: "local word heading a body named with the",
			paras: []string{
				`Deputy of the Namangan City Majlisi Dilfuza Karimbekova opposed the plan to close the night market.`,
				`"Nobody asked the traders before the notice went up on the gate," Karimbekova said.`,
			},
			reg:  reg,
			want: map[string]string{"Nobody asked the traders before the notice went up on the gate": "Dilfuza Karimbekova"},
		},
		{
			name: "title in Charge before the holder",
			paras: []string{
				`"Every stolen pallet of medicine puts a clinic somewhere out of stock," said Special Agent in Charge Rosalind Thackery-Amadi of the Harbor Division. "We will follow the money wherever it went."`,
			},
			reg:  reg,
			want: map[string]string{"Every stolen pallet of medicine puts a clinic somewhere out of stock": "Rosalind Thackery-Amadi"},
		},
	})
}
