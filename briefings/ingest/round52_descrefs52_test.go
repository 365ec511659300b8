package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound52ChurchTitles covers a cleric referred back to by a title or
// a word for his rank: a church's adjective in his title ("Catholic
// Bishop of <See>") is no nationality, so "the <Nationality> Bishop" and
// "the Bishop" after it are still he; and "the prelate" is the bishop,
// archbishop or monsignor the article named.
func TestRound52ChurchTitles(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Daniel Mbaye Tourou", Role: "Catholic Bishop of Sarh", Kind: "person"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the Bishop after the Chadian Bishop, his title Catholic",
			reg:  reg,
			paras: []string{
				"Bishop in Chad appeals for help as families reach border camp",
				"In an interview on Monday, Bishop Daniel Mbaye Tourou described the camp as \"an emergency inside an emergency.\"",
				"\"We are receiving families who have walked for days,\" Bishop Mbaye said.",
				"\"I appeal to people of goodwill to act before the food runs out,\" the Catholic Bishop said.",
				"The Chadian Bishop, who was appointed to lead the Diocese in 2021, said that the camp was \"already full.\"",
				"\"We are not asking for politics. We are asking for water and grain,\" the Bishop said.",
			},
			want: map[string]string{
				"already full.": "Daniel Mbaye Tourou",
				"We are not asking for politics. We are asking for water and grain": "Daniel Mbaye Tourou",
			},
		},
		{
			name: "the prelate back to an auxiliary bishop",
			paras: []string{
				"Families keep leaving the plain, bishop warns",
				"\"We rebuilt the houses, but not the trust,\" Msgr. Karim Elias Haddad, auxiliary bishop of the Archeparchy of Mosul, told reporters.",
				"Since then, dozens of families have left the villages for Turkey and Lebanon.",
				"\"Each family that leaves takes a piece of our history with it,\" the prelate said.",
			},
			want: map[string]string{
				"Each family that leaves takes a piece of our history with it": "Karim Elias Haddad",
			},
		},
	})
}

// TestRound52EpithetAfterTitledSubject covers a live blog's line that
// names a player after a word or two of description as its subject,
// alone in its paragraph, with the player's quote next under an epithet
// ("the <Club> forward", "the <age>-year-old"): the epithet is that
// player, not the coach the story is about.
func TestRound52EpithetAfterTitledSubject(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "match winner named, then the forward and the 24-year-old",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Joseph Banda-Phiri", Role: "Flames head coach", Kind: "person"},
			}},
			paras: []string{
				"LIVE: Flames 2-1 Hawks as Tembo-Mwale strikes late",
				"Flames head coach Joseph Banda-Phiri said before the match that his side would \"attack from the first minute.\"",
				"\"We respect them, but we fear nobody,\" Banda-Phiri said.",
				"Match winner Kelvin Tembo-Mwale spoke to reporters in the mixed zone.",
				"\"This is for the fans. When the ball came, I just hit it,\" the Zesco forward said.",
				"Asked about his celebration, the 24-year-old laughed: \"My sister told me to dance if I scored.\"",
			},
			want: map[string]string{
				"This is for the fans. When the ball came, I just hit it": "Kelvin Tembo-Mwale",
				"My sister told me to dance if I scored.":                 "Kelvin Tembo-Mwale",
			},
		},
	})
}
