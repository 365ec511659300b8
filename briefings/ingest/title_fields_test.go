package ingest_test

import "testing"

// TestTitleFieldsEndBeforeName: a title's listed fields end where the
// name begins — a field is known by its ending ("Irrigation", "Ecology",
// "Procurement") as well as by the list — and a name's aside whose
// listed parts carry titles of their own ("X Y, <Body> Representative
// and Mission Chief") is an aside, not a list of fields.
func TestTitleFieldsEndBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "fields listed over commas",
			paras: []string{
				`Minister for Ports, Shipping and Irrigation Dilip Raj Adhikari said the canal was "nearly done."`,
				`"It will carry water by June," Minister Adhikari said.`,
			},
			want: map[string]string{"nearly done.": "Dilip Raj Adhikari", "It will carry water by June": "Dilip Raj Adhikari"},
		},
		{
			name: "field by its ending, family name first",
			paras: []string{
				`Secretary for Housing and Ecology Kenny Lau Chi-wing said rents were "too high for young families."`,
				`"We will build more," Lau said.`,
			},
			want: map[string]string{"too high for young families.": "Kenny Lau Chi-wing", "We will build more": "Kenny Lau Chi-wing"},
		},
		{
			name: "field by its ending, one field",
			paras: []string{
				`Minister of Public Procurement Ilse Vandersloot-Amar said the tender had been "clean from start to finish."`,
			},
			want: map[string]string{"clean from start to finish.": "Ilse Vandersloot-Amar"},
		},
		{
			name: "titled aside after a quote",
			paras: []string{
				`"We cannot feed everyone who arrives," said Petra Nwosu-Lind, UNHCR Representative and Mission Chief in Chad. "The camps are full."`,
				`"We need donors now," Nwosu-Lind said.`,
			},
			want: map[string]string{"We cannot feed everyone who arrives": "Petra Nwosu-Lind", "The camps are full.": "Petra Nwosu-Lind", "We need donors now": "Petra Nwosu-Lind"},
		},
	})
}
