package ingest_test

import "testing"

// TestBodyUnits: a body's unit named by what it does, after the body's
// possessive — "<Body>'s communications and protocol department",
// "the ministry's press and information office" — speaks for the body,
// fields joined by "and" and all; a country's unit ("Norway's weather
// service") is left to be read as a state's body.
func TestBodyUnits(t *testing.T) {
	t.Parallel()
	text := `Winter fuel payments confirmed

The Harbour Port Authority announced new tariffs on Monday for ships calling at the eastern quay.

The authority's press and public relations office said the tariffs would be "reviewed every quarter."

Kestrel Freight Lines said it would move two sailings to the western quay.

Norway's weather service said the storm would bring "the strongest winds in a decade."

Kestrel Freight Lines' customer and partner relations department reported that bookings were "holding steady for now."`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"reviewed every quarter.":          "Harbour Port Authority",
		"holding steady for now.":          "Kestrel Freight Lines",
		"the strongest winds in a decade.": "Norway's weather service",
	})
}
