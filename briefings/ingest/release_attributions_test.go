package ingest_test

import "testing"

// TestReleaseAttributions: a UN-style release's "said <Name>, <Body>
// Representative and Country Director in <Place>" names the speaker
// before two joined titles (not a list of a title's fields); a body that
// "appealed to" others "to “…”" speaks the words; and "<Body>'s partners"
// are others, who do not speak for the body.
func TestReleaseAttributions(t *testing.T) {
	t.Parallel()
	text := `Flood appeal launched

The Relief Coordination Office (RCO) said on Tuesday it needed $40 million to help families displaced by floods in the river basin.

“We have never seen water this high in the valley. Whole villages are gone,” said Wairimu Castellanos-Otieno, RCO Representative and Regional Coordinator in Dalmora. “Families need shelter before the cold season.”

The Dalmoran Ministry of Civil Protection appealed to donors to “release pledged funds within the month.”

RCO’s partners in the shelter response warned that stocks would run out at “the worst moment of the year.”`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"We have never seen water this high in the valley. Whole villages are gone": "Wairimu Castellanos-Otieno",
		"Families need shelter before the cold season.":                             "Wairimu Castellanos-Otieno",
		"release pledged funds within the month.":                                   "Dalmoran Ministry of Civil Protection",
		"the worst moment of the year.":                                             "unknown",
	})
}
