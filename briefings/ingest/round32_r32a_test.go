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
			"Tea shops close early in the old quarter",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Most stalls by the jetty now shut at six, said tea seller Daw Yadanar Mar Soe.`,
			`"The customers go home before dark, so I go home too," she said.`,
		}, want: map[string]string{"The customers go home before dark, so I go home too": "Yadanar Mar Soe"}},
		{name: "month word inside a name without a title", paras: []string{
			"Bus timetable changes on the hill route",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Depot manager Kyaw Jun Naing said two of the morning buses would be moved to the afternoon.`,
			`"Students travel later now that the school day starts at nine," he said.`,
		}, want: map[string]string{"Students travel later now that the school day starts at nine": "Kyaw Jun Naing"}},
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
			"Evening clinics to open in four districts",
			"Health Commissioner Laramie says the wards need 'more hands at night' through the winter",
			"Health Commissioner Bettina Laramie announced at the opening of a maternity ward on Friday that the clinics would stay open until ten.",
			`"The nurses asked for more hands at night and the rota gives them that. Parents in Quillbury will not wait until morning," Laramie said.`,
			`"The budget will follow the patients," the commissioner said.`,
		}, want: map[string]string{
			"more hands at night": "Bettina Laramie",
			"The nurses asked for more hands at night and the rota gives them that. Parents in Quillbury will not wait until morning": "Bettina Laramie",
			"The budget will follow the patients": "Bettina Laramie"}},
	})
}

// TestRound32DeckSurnamePage: the same on a page whose deck, set under the
// headline, the reader keeps as the body's first paragraph.
func TestRound32DeckSurnamePage(t *testing.T) {
	t.Parallel()
	page := `<!DOCTYPE html><html><head><title>Evening clinics to open in four districts</title></head><body><article>
<h1>Evening clinics to open in four districts</h1>
<p class="deck">Health Commissioner Laramie says the wards need 'more hands at night' through the winter.</p>
<p>The city will pay for the extra shifts from its reserve fund until the council sets next year's budget in June.</p>
<p>Health Commissioner Bettina Laramie announced at the opening of a maternity ward on Friday that the clinics would stay open until ten.</p>
<p>"The nurses asked for more hands at night and the rota gives them that. Parents in Quillbury will not wait until morning," Laramie said.</p>
<p>"The budget will follow the patients," the commissioner said.</p>
</article></body></html>`
	wantSpeakers(t, draftPage(t, &briefings.Registry{}, page, "https://news.example/2025/03/evening-clinics/"), map[string]string{
		"The nurses asked for more hands at night and the rota gives them that. Parents in Quillbury will not wait until morning": "Bettina Laramie",
		"The budget will follow the patients": "Bettina Laramie"})
}

// TestRound32DistrictOfficerTitle: a South Asian district officer's title
// before a name ("District Collector <Initial>. <Surname>") is no part of
// the speaker's name.
func TestRound32DistrictOfficerTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "collector with an initial", paras: []string{
			"Hill road stays shut after landslips",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`District Collector M. Subramanyam told bus operators on Wednesday that the ghat road would stay shut until Friday.`,
			`"Take the valley route until the slips are cleared," he said.`,
		}, want: map[string]string{"Take the valley route until the slips are cleared": "M. Subramanyam"}},
		{name: "tahsildar with a full name", paras: []string{
			"Ration shops to open on Sundays",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Tahsildar Farida Qureshi said the ration shops in the taluk would open on Sundays from next month.`,
			`"Bring whatever card you have and we will serve you," she said.`,
		}, want: map[string]string{"Bring whatever card you have and we will serve you": "Farida Qureshi"}},
	})
}
