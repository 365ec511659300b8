package ingest_test

import "testing"

// TestRelayedVoices: words a subject called something stay theirs when a
// news agency is cited for them ("…, according to the state news agency
// X"); a stand-alone quote after "X says the Council has asked …" goes on
// in X's voice, not the body in the clause X reports; and "the Board" in a
// company's release speaks for the company named before, not a
// regulator's board the registry lists.
func TestRelayedVoices(t *testing.T) {
	t.Parallel()
	t.Run("NewsAgencyRelays", func(t *testing.T) {
		text := `Border fence protest

Work on the new fence began on Monday along a 40-kilometre stretch of the border.

Caracas has called the fence "an insult" and "a wall against brothers," according to the state news agency Ventana.`
		wantSpeakers(t, draftWith(t, nil, text), map[string]string{
			"an insult":               "Caracas",
			"a wall against brothers": "Caracas",
		})
	})
	t.Run("ReportedBodyInTheClause", func(t *testing.T) {
		text := `Mill repairs drag on

Rice growers in the north are waiting for the mill to reopen after a boiler failure.

Rice Growers Association President Tevita Ravuvu-Lal says the Council has asked the ministry for a top-up payment.

"The growers lost nothing by their own doing. They should not pay for a broken boiler."`
		wantSpeakers(t, draftWith(t, nil, text), map[string]string{
			"The growers lost nothing by their own doing. They should not pay for a broken boiler.": "Tevita Ravuvu-Lal",
		})
	})
	t.Run("TheBoardOfACompany", func(t *testing.T) {
		text := `Coffee grower cuts payout

Nyeri Slopes Coffee Ltd reported a 12 per cent fall in half-year profit on Friday as auction prices eased.

The Board has not recommended an interim dividend. In its statement, the Board said it "expects prices to recover by the main crop" and would review the dividend.`
		wantSpeakers(t, draftWith(t, nil, text), map[string]string{
			"expects prices to recover by the main crop": "Nyeri Slopes Coffee Ltd",
		})
	})
}
