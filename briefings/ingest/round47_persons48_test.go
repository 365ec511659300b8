package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestPersonsRound48: a surname printed in capitals as a transcript's
// speaker label ("<TITLE>. <SURNAME>:") names the person the heading over
// the remarks names in full in capitals, a given name the lists know
// opening it; the name is given in the copy's case, middle names kept.
// A label whose full name the article prints no other way, or two
// different ways, stays as it is.
func TestPersonsRound48(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	body := []string{
		`HON. KAWEESA: Good afternoon. "The new boreholes will open before the dry season starts." I am joined by the engineers.`,
		`ENG. WAFULA: Thank you, Honourable Minister. As the Minister said, "no household will pay for the new taps."`,
		`QUESTION (Radio Mbale): Minister, when will the pumps in the hill villages be repaired?`,
		`HON. KAWEESA: We have a plan. "Every pump will be checked by the district teams within a month," and the results will be published.`,
		`HON. KAWEESA: "Anyone caught selling borehole parts will be prosecuted."`,
		`END OF TRANSCRIPT`,
	}
	for _, tc := range []struct {
		name    string
		heading string
		want    string
	}{
		{"heading with a middle name", `REMARKS BY THE MINISTER FOR WATER, HON. MARGARET OKWERA KAWEESA`, "Margaret Okwera Kaweesa"},
		{"heading with two middle names", `OPENING REMARKS BY MARGARET AKELLO NAMBI KAWEESA, MINISTER FOR WATER`, "Margaret Akello Nambi Kaweesa"},
		// Near-misses: no given name the lists know before the surname,
		// or two different full names in capitals.
		{"no given name in the heading", `REMARKS BY THE MINISTER FOR WATER, HON. KAWEESA`, "KAWEESA"},
		{"two different full names", `REMARKS BY HON. MARGARET KAWEESA AND HON. PETER KAWEESA`, "KAWEESA"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Ministry of Water and Environment\nRepublic of Uganda\n\nTRANSCRIPT: WEEKLY PRESS BRIEFING\nMedia Centre, Mbale\nTuesday, 3 March 2026\n\n" + tc.heading + "\n\n" + strings.Join(body, "\n\n")
			a, err := ingest.Read([]byte(text), "text/plain", "")
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.New(reg).Draft(a, ingest.Options{Date: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, map[string]string{
				"Anyone caught selling borehole parts will be prosecuted.": tc.want,
			})
		})
	}
}

// TestInitialsAfterTitleRound48: two capitals straight after a title
// word, before a given name, are initials the article prints before the
// name, which the name keeps, though a title's acronym is spelt the same;
// the same capitals after a word that is no title (a portfolio) are the
// title's own initials.
func TestInitialsAfterTitleRound48(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "initials after a title",
			paras: []string{
				`Port Director SP Anand Pillai said the dredger would arrive next week. "The channel will be open to the larger boats by the end of the month," Pillai said.`,
			},
			reg:  reg,
			want: map[string]string{"The channel will be open to the larger boats by the end of the month": "SP Anand Pillai"},
		},
		// Near-misses: the capitals follow no title word.
		{
			name: "title initials after a portfolio",
			paras: []string{
				`Interior CS Amos Kiprono said the patrols would continue. "We will not leave the border villages alone," Kiprono said.`,
			},
			reg:  reg,
			want: map[string]string{"We will not leave the border villages alone": "Amos Kiprono"},
		},
		{
			name: "no initials",
			paras: []string{
				`Port Director Anand Pillai said the dredger would arrive next week. "The channel will be open to the larger boats by the end of the month," Pillai said.`,
			},
			reg:  reg,
			want: map[string]string{"The channel will be open to the larger boats by the end of the month": "Anand Pillai"},
		},
	})
}
