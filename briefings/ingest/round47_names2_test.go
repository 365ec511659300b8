package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestNames2Round47: a name's last word spelled like a short English
// function word ("Nor", "In", "Or") is part of the name when it follows
// two plain name words inside a sentence, capitalised where English would
// write the function word in lower case, with a lower-case word after.
func TestNames2Round47(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{"Malay name ending in Nor before said", []string{
			`At the school hall, shelter warden Nurul Aini Mat Nor said the hall at Balai Raya Kampung Lama was already "packed to the rafters."`,
			`"We have three hundred people on mats tonight. We need more blankets," she said.`,
		}, reg, map[string]string{
			"packed to the rafters.": "Nurul Aini Mat Nor",
			"We have three hundred people on mats tonight. We need more blankets": "Nurul Aini Mat Nor",
		}},
		{"Korean name ending in In before a comma", []string{
			`Fleet commander Kwon Sung In, speaking at the pier, said the ships were "ready for the season."`,
		}, reg, map[string]string{"ready for the season.": "Kwon Sung In"}},
		{"name ending in Or before said", []string{
			`Harbour pilot Daniel Oded Or said the channel was "too shallow for the new ships."`,
		}, reg, map[string]string{"too shallow for the new ships.": "Daniel Oded Or"}},
		// Near misses: the rules leave these as they were.
		{"one name word before the capital is not enough", []string{
			`Shelter warden Nurul Nor said the hall was "packed to the rafters."`,
		}, reg, map[string]string{"packed to the rafters.": "Nurul"}},
		{"capital after the function word: a headline-case title", []string{
			`Novelist Rosa Imbert, whose book Rivers Of Salt won the prize, said the story was "my grandmother's, not mine."`,
		}, reg, map[string]string{"my grandmother's, not mine.": "Rosa Imbert"}},
		{"a longer listed word stays out of the name", []string{
			`The Harbour Board Public Relations officer, Nurul Aini, said the berth was "closed until further notice."`,
		}, reg, map[string]string{"closed until further notice.": "Nurul Aini"}},
	})
}
