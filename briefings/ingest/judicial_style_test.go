package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestJudicialStyle: "His|Her Honour" stands for the judge the report
// named, including one named by the surname and a judge's letters
// ("<Surname> J"), and "Their Honours" for the court that decided.
func TestJudicialStyle(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Supreme Court of Ostland", Kind: "organisation"},
	}}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "her honour after a titled judge",
			paras: []string{
				`Justice Maren Quellby, in a separate opinion, would have sent the licence back for a fresh hearing. Her Honour wrote that the board had "listened to nobody who lives downstream".`,
			},
			reg:  reg,
			want: map[string]string{"listened to nobody who lives downstream": "Maren Quellby"},
		},
		{
			name: "her honour after the judge's letters",
			paras: []string{
				`Torvik-Hale J, dissenting, would have quashed the permit. Her Honour found that the board's reasons "read like a summary of the application and nothing more".`,
			},
			reg:  reg,
			want: map[string]string{"read like a summary of the application and nothing more": "Torvik-Hale"},
		},
		{
			name: "their honours for the court",
			paras: []string{
				`The Supreme Court of Ostland dismissed the appeal by four votes to one. Their Honours said a board's reasons "must be taken in the round and not picked apart line by line".`,
			},
			reg:  reg,
			want: map[string]string{"must be taken in the round and not picked apart line by line": "Supreme Court of Ostland"},
		},
	})
}
