package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestFormsRound46: the speaker's name without the rest of a rank or a
// courtesy word run into it — the grade after a naval lieutenant's rank
// ("Lt. Junior Grade X Y") is the rank's, not the name's, and so is an
// elder's courtesy ("Pa X Y").
func TestFormsRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	for _, tc := range []struct {
		name  string
		paras []string
		want  map[string]string
	}{
		{"grade after a lieutenant's rank", []string{
			`"Every ferry stays at the pier until the swell drops below two metres," coast guard spokesperson Lt. Junior Grade Marisol Tandoc-Reyes said.`,
		}, map[string]string{"Every ferry stays at the pier until the swell drops below two metres": "Marisol Tandoc-Reyes"}},
		{"grade spelt out after Lieutenant", []string{
			`Lieutenant Senior Grade Dario Magbanua said the cutter "will stay on station through the night".`,
		}, map[string]string{"will stay on station through the night": "Dario Magbanua"}},
		{"an elder's courtesy before his name", []string{
			`A fisherman, Pa Sorie Kamara-Bundu, said: "The nets come up empty since the dredgers arrived."`,
		}, map[string]string{"The nets come up empty since the dredgers arrived.": "Sorie Kamara-Bundu"}},
		{"a name with Grade in it stays whole", []string{
			`"The harvest came in early this year," said farmer Junior Gradel of Tarlac.`,
		}, map[string]string{"The harvest came in early this year": "Junior Gradel"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, reg, append([]string{lead}, tc.paras...)...)
			wantSpeakers(t, d, tc.want)
		})
	}
}
