package ingest_test

import "testing"

// TestLayoutVoices checks two attributions of quotes that no verb of
// saying beside them names, each on invented copy: a court summary's "in
// its view" inside a clause whose subject is an abstract thing, and a
// feature's quote tagged with a verb of manner ("he grins").
func TestLayoutVoices(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			// "An annulment would, in its view, “…”": an annulment holds
			// no view; "its" is the court the summary is about.
			name: "InItsViewAfterAThing",
			paras: []string{`Harbour dues ruling

The Maritime Appeals Tribunal of Vellmark ruled on Friday that the harbour dues charged to ferry operators since 2022 were unlawful in part.

The Tribunal finds that the dues "were set without any account of the costs the harbour actually bears."

It nonetheless declines to order a refund. An immediate annulment would, in its view, "leave small harbours with no income for repairs already contracted and paid for in advance."`},
			want: map[string]string{
				"were set without any account of the costs the harbour actually bears.":                       "Maritime Appeals Tribunal of Vellmark",
				"leave small harbours with no income for repairs already contracted and paid for in advance.": "Maritime Appeals Tribunal of Vellmark",
			},
		},
		{
			// "“…,” he grins": a verb of manner after the closing mark
			// tags the quote as "he says" would.
			name: "MannerVerbTag",
			paras: []string{`Orchard keeper

Apprentice beekeeper Tobias Wrenfield-Okoro joined the co-operative's orchard crew last spring.

"The hives ignore your plans and keep their own timetable," he grins. "You learn patience or you get stung."`},
			want: map[string]string{
				"The hives ignore your plans and keep their own timetable": "Tobias Wrenfield-Okoro",
				"You learn patience or you get stung.":                     "Tobias Wrenfield-Okoro",
			},
		},
	})
}
