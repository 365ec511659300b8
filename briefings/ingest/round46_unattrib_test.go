package ingest_test

import (
	"testing"
)

// TestR46ServiceDistrict checks that a district named after a service's
// head word ("<Place> Police District", "<Town> School District") is a
// body that speaks, with or without "the", in a partial quote, a full
// quote or a quote before its verb, while "<Place> District" alone stays
// the place a person is from.
func TestR46ServiceDistrict(t *testing.T) {
	t.Parallel()
	const pad = `Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			name:  "PoliceDistrictPartial",
			paras: []string{`Harlow Police District said on Saturday that it had "three patrols near the runway".`, pad},
			want:  map[string]string{"three patrols near the runway": "Harlow Police District"},
		},
		{
			name:  "ThePoliceDistrictColon",
			paras: []string{`The Brenmoor Police District said: "Both crews are back at the station."`, pad},
			want:  map[string]string{"Both crews are back at the station.": "Brenmoor Police District"},
		},
		{
			name:  "SchoolDistrictAfterQuote",
			paras: []string{`"Classes resume on Monday," Oakvale School District said in a notice to parents.`, pad},
			want:  map[string]string{"Classes resume on Monday": "Oakvale School District"},
		},
		{
			// Near-miss: a plain "<Place> District" is where the
			// speaker lives, not a body.
			name:  "PlaceDistrictLeftAlone",
			paras: []string{`Mara Voss, a farmer in Kestrel District, said the harvest was "the worst in a decade".`, pad},
			want:  map[string]string{"the worst in a decade": "Mara Voss"},
		},
	})
}

// TestR46MetropolitanCity checks that "<Name> Metropolitan City", a city
// government in Korean or Nepali copy, speaks as a body, while "<Name>
// City" alone stays the place a person works in.
func TestR46MetropolitanCity(t *testing.T) {
	t.Parallel()
	const pad = `Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			name:  "MetropolitanCityStatement",
			paras: []string{`Daemun Metropolitan City said in a statement that it would "press the ministry for a firm date".`, pad},
			want:  map[string]string{"press the ministry for a firm date": "Daemun Metropolitan City"},
		},
		{
			name:  "PlainCityLeftAlone",
			paras: []string{`Jin Ha-eun, a teacher in Daemun City, said the delay was "hard on every family".`, pad},
			want:  map[string]string{"hard on every family": "Jin Ha-eun"},
		},
	})
}
