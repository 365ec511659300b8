package ingest_test

import "testing"

// TestFirmsNamedLikePlaces: capitals that end in a word of places or
// things ("… Storm", "… House", "… Bridge") as the subject of a speech
// verb are a firm's or an institute's name, which speaks ("X Storm said in
// a note to clients", "Y House said"), not a place no one can be.
func TestFirmsNamedLikePlaces(t *testing.T) {
	t.Parallel()
	text := `Quota cut hits exports

The fisheries ministry cut the horse mackerel quota by a third on Monday, citing falling stocks.

Kalahari Storm said in a note to clients on Tuesday that the cut could reduce export earnings by "up to a fifth" this year.

Meridian House, a policy institute in the capital, has studied the fishery for a decade. Meridian House also said the cut was "overdue but abrupt".`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"up to a fifth":      "Kalahari Storm",
		"overdue but abrupt": "Meridian House",
	})
}
