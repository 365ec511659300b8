package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestBodyFormsRound47: a body drafted in a form the article does not
// give it — a release's label read into the letterhead's name, a force
// called by its head word ("Police say") for the one "<Place> Police
// Department" named, a body named only inside its officer's title and
// then called "the <Head>" — with the near-misses each rule leaves alone.
func TestBodyFormsRound47(t *testing.T) {
	t.Parallel()
	reg, ps := briefings.ParseRegistry(briefings.RegistryFile, []byte(`speakers:
- name: Velany Police Department
  role: National police of Velany
  kind: organization
- name: Velany
  role: Country
  kind: place
`))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	empty := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "force called by its head word",
			paras: []string{
				`The Velany Police Department says two men were detained overnight in the port district.`,
				`The injured driver was taken to hospital. Police say he is in a "serious but stable" condition.`,
			},
			reg:  reg,
			want: map[string]string{"serious but stable": "Velany Police Department"},
		},
		{
			name: "a police union is another body",
			paras: []string{
				`The Velany Police Federation said its members were tired of the long shifts this winter.`,
				`The injured driver was taken to hospital. Police say he is in a "serious but stable" condition.`,
			},
			reg:  empty,
			want: map[string]string{"serious but stable": "Police"},
		},
		{
			name: "body named only in its officer's title",
			paras: []string{
				`President of the Marlow Bay Chamber of Commerce, Ana Ruiz, asked shop owners to stay calm.`,
				`The Chamber said in a post online that the market would close early as "a sign of grief for the town."`,
			},
			reg:  empty,
			want: map[string]string{"a sign of grief for the town.": "Marlow Bay Chamber of Commerce"},
		},
		{
			name: "two chambers in two titles leave the head word",
			paras: []string{
				`President of the Marlow Bay Chamber of Commerce, Ana Ruiz, and chair of the Marlow Bay Chamber of Shipping, Tomas Lind, met on Monday.`,
				`The Chamber said in a post online that the market would close early as "a sign of grief for the town."`,
			},
			reg:  empty,
			want: map[string]string{"a sign of grief for the town.": "Chamber"},
		},
	})
}

// TestReleaseLabelRound47: a release's label ("PRESS RELEASE") on the line under the letterhead, read into one paragraph
// with it, is no part of the body's name; "Press" opening a body's own
// name ("<Place> Press Council") is.
func TestReleaseLabelRound47(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"press release under the letterhead", "Northmere Harbour Rescue Service\nPRESS RELEASE\nFor immediate release | 2022.02.01.\n\n" +
			"Rescuers reach grounded ferry off the point\n\n" +
			"Two crews reached the grounded ferry before dawn on Tuesday, after it struck the reef in heavy swell.\n\n" +
			`"Every passenger is accounted for, and four are being treated for cold," the Harbour Rescue Service said.`,
			map[string]string{"Every passenger is accounted for, and four are being treated for cold": "Northmere Harbour Rescue Service"}},
		{"press opening a body's own name is kept", "Press body criticises ruling\n\n" +
			"A court ruled on Tuesday that reporters may not name witnesses in the trial.\n\n" +
			`The Velany Press Council said the ruling was "a setback for every newsroom".`,
			map[string]string{"a setback for every newsroom": "Velany Press Council"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ingest.Read([]byte(tc.text), "text/plain", "")
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.New(reg).Draft(a, ingest.Options{Date: time.Date(2022, 2, 2, 0, 0, 0, 0, time.UTC), Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(tc.text, "RELEASE") && len(d.Quotes) == 0 {
				t.Fatal("no quote drafted")
			}
			wantSpeakers(t, d, tc.want)
		})
	}
}
