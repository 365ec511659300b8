package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestHyphenSignatures: a release's quotes box may sign each quote with a
// hyphen where typeset copy has a dash ("- The Honourable X, Minister of
// …", "- X, President, <body>", "- Chief X, <nation>"); the hyphen line
// signs the quote above it as the dash line does.
func TestHyphenSignatures(t *testing.T) {
	t.Parallel()
	text := `Province funds new ferry ramps on the western coast

News release

The Government of Norvale today announced $12 million to rebuild ferry ramps at three coastal villages.

Quotes

“Ferry ramps are how our island villages reach hospitals, schools and markets. This money keeps them open.”

- The Honourable Priyanka Vandersloot-Ade, Minister of Transport

“Last spring the ramp at Kelby cracked and the ferry could not dock for nine days.

“Now the work can finally begin.”

- Osric Lemaire-Tanaka, President, Kelby Ferry Users Association

“Our families have crossed this water for generations.”

- Chief Roanna Whitfeather-Bell, Kelby River Nation

“A second ramp means the ambulance boat can land in any tide.”

- Chief of the Marrow Bay First Nation Tobiah Quill-Amsel

Contacts

Media Relations
Ministry of Transport`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"Ferry ramps are how our island villages reach hospitals, schools and markets. This money keeps them open.":         "Priyanka Vandersloot-Ade",
		"Last spring the ramp at Kelby cracked and the ferry could not dock for nine days. Now the work can finally begin.": "Osric Lemaire-Tanaka",
		"A second ramp means the ambulance boat can land in any tide.":                                                      "Tobiah Quill-Amsel",
		"Our families have crossed this water for generations.":                                                             "Roanna Whitfeather-Bell",
	})
}

// TestClubEpithets: "the <club> boss" is the manager of that club, not the
// other side's coach the report names with his own club's name; with no
// one's title naming the club, it is the manager the report is about, who
// spoke just before.
func TestClubEpithets(t *testing.T) {
	t.Parallel()
	text := `Harbour United edge past Millbrook Athletic

Harbour United moved up to fifth with a 1-0 win over Millbrook Athletic on Saturday.

Gavin Oduya-Marsh said his Harbour side had earned the points with their defending.

"We had to dig in for the last twenty minutes," Oduya-Marsh said. "Nobody switched off."

Oduya-Marsh singled out his goalkeeper for praise.

"Tom made three saves I don't think anyone else in this league makes," the Harbour boss said.

Millbrook Athletic manager Ruairi Castellano-Webb felt his side deserved a draw.

"We created enough to win two games," he said.

The Harbour boss confirmed his captain would miss the next match. "It's a hamstring, so it'll be a few weeks," the Harbour boss said.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"Tom made three saves I don't think anyone else in this league makes": "Gavin Oduya-Marsh",
		"We created enough to win two games":                                  "Ruairi Castellano-Webb",
		"It's a hamstring, so it'll be a few weeks":                           "Gavin Oduya-Marsh",
	})
}

// TestReadoutOfACall: "According to its readout" opening a sentence is the
// readout of the body the sentence before said spoke, not of a body the
// same sentence names after it; and a sentence closing on "according to
// <body>" gives the body the quotes in it that nothing else attributes.
func TestReadoutOfACall(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Foreign Affairs of Norland", Kind: "organisation", Role: "Norland's foreign ministry", Aliases: []string{"Norland Foreign Ministry", "Eskby's Foreign Ministry"}},
		{Name: "Norland", Kind: "country", Aliases: []string{"Eskby"}},
		{Name: "Westmark", Kind: "country"},
		{Name: "UN Security Council", Kind: "organisation", Role: "UN body", Aliases: []string{"Security Council"}},
	}}
	text := `Norland and Westmark vow joint response to rocket test

Norland and Westmark agreed on Tuesday to answer "together and without delay" to the rocket test over the northern strait, according to Eskby's Foreign Ministry.

Foreign Minister Hallvard Rimstad spoke by phone with his Westmark counterpart, Ilse Vandermeer, on Tuesday evening, the ministry said. According to its readout, the two ministers "firmly rejected" the test as a breach of UN Security Council resolutions and agreed to share tracking data "around the clock."

Westmark's defence ministry said the rocket fell into open sea.`
	wantSpeakers(t, draftWith(t, reg, text), map[string]string{
		"together and without delay": "Ministry of Foreign Affairs of Norland",
		"firmly rejected":            "Ministry of Foreign Affairs of Norland",
		"around the clock.":          "Ministry of Foreign Affairs of Norland",
	})
}

// TestHonorificPicksTheNamesake: where a story names two people with one
// surname — a victim and her husband — "Mr <surname>" is the man of them,
// whom the "he" after him means, not the woman nor a judge named before.
func TestHonorificPicksTheNamesake(t *testing.T) {
	t.Parallel()
	text := `Driver jailed over death of cyclist

A driver who hit a cyclist at twice the speed limit has been jailed for three years.

Corvin Delahaye-Moss, 31, pleaded guilty to dangerous driving causing death.

Ngaire Pemberton-Asch, 44, a teacher, died at the scene.

Justice Ottoline Vasquez-Brand said the driver had "ignored every warning".

In a statement read to the court, Ms Pemberton-Asch's husband, Callum Pemberton-Asch, said their daughter still waited for her at the school gate.

Justice Vasquez-Brand set a non-parole period of 18 months.

Outside court, Mr Pemberton-Asch said the family was relieved.

"Nothing brings her back, but it's over," he said.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"Nothing brings her back, but it's over": "Callum Pemberton-Asch",
	})
}
