package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound32MonthWordInName: a month's three-letter short form between
// two words of a name ("<Name> Mar <Name>", "<Name> Jun <Name>", as
// Burmese names have them, with or without a courtesy title before) is one
// of the name's words, not a date: a date never has a name after its month.
func TestRound32MonthWordInName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "courtesy title, month word inside the name", paras: []string{
			"Weavers count the cost of dearer yarn",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The cooperative's treasurer, Daw Nilar Mar Lwin, said only four of its looms still ran every day.`,
			`"We weave at dawn because the power comes at dawn," she said.`,
		}, want: map[string]string{"We weave at dawn because the power comes at dawn": "Nilar Mar Lwin"}},
		{name: "month word inside a name without a title", paras: []string{
			"Ferry fares rise on the river",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Ferry owner Zaw Jun Aung said the new fares would start next week.`,
			`"Nobody wants to pay more, but the diesel costs more," he said.`,
		}, want: map[string]string{"Nobody wants to pay more, but the diesel costs more": "Zaw Jun Aung"}},
	})
}

// TestRound32DeckSurname: a standfirst or deck that names the speaker by
// title and surname in a headline's present tense ("<Title> <Surname>
// says …") before the body names them in full ("<Title> <Given>
// <Surname>") is the same person: the deck sums up the story, it is not a
// speaker the readers know by surname alone.
func TestRound32DeckSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "deck with a surname, body with the full name", paras: []string{
			"Two capitals agree to talk before the lumber review",
			"Forestry Minister Vasquen says the mills want 'no more delays' before the spring season",
			"Forestry Minister Odile Vasquen told reporters on Tuesday that she had a long call with her counterpart about export quotas.",
			`"We want no more delays before the spring. Our crews in Harrowmere need to know where they stand," Vasquen said.`,
			`"Everything can be discussed," the minister said.`,
		}, want: map[string]string{
			"no more delays": "Odile Vasquen",
			"We want no more delays before the spring. Our crews in Harrowmere need to know where they stand": "Odile Vasquen",
			"Everything can be discussed": "Odile Vasquen"}},
	})
}

// TestRound32DeckSurnamePage: the same on a page whose deck, set under the
// headline, the reader keeps as the body's first paragraph.
func TestRound32DeckSurnamePage(t *testing.T) {
	t.Parallel()
	page := `<!DOCTYPE html><html><head><title>Two capitals agree to talk before the lumber review</title></head><body><article>
<h1>Two capitals agree to talk before the lumber review</h1>
<p class="deck">Forestry Minister Vasquen says the mills want 'no more delays' before the spring season.</p>
<p>The two governments agreed on Tuesday to set up a working group on softwood exports within a month, according to a readout of the call.</p>
<p>Forestry Minister Odile Vasquen told reporters on Tuesday that she had a long call with her counterpart about export quotas.</p>
<p>"We want no more delays before the spring. Our crews in Harrowmere need to know where they stand," Vasquen said.</p>
<p>"Everything can be discussed," the minister said.</p>
</article></body></html>`
	wantSpeakers(t, draftPage(t, &briefings.Registry{}, page, "https://news.example/2025/03/lumber-talks/"), map[string]string{
		"We want no more delays before the spring. Our crews in Harrowmere need to know where they stand": "Odile Vasquen",
		"Everything can be discussed": "Odile Vasquen"})
}

// TestRound32DistrictOfficerTitle: a South Asian district officer's title
// before a name ("District Collector <Initial>. <Surname>") is no part of
// the speaker's name.
func TestRound32DistrictOfficerTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "collector with an initial", paras: []string{
			"Schools shut as the river rises",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`District Collector R. Venkatraman-Iyer said 1,200 people had been moved to relief camps by the evening.`,
			`"Nobody should try to cross the causeway tonight," he said.`,
		}, want: map[string]string{"Nobody should try to cross the causeway tonight": "R. Venkatraman-Iyer"}},
		{name: "tahsildar with a full name", paras: []string{
			"Schools shut as the river rises",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Tahsildar Meenakshi Raghavan said the boats had been moved to higher ground before noon.`,
			`"The boats are safe, the people must be too," she said.`,
		}, want: map[string]string{"The boats are safe, the people must be too": "Meenakshi Raghavan"}},
	})
}
