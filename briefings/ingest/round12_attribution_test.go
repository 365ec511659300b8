package ingest_test

import "testing"

// TestTitleModifiers: a definite description "the <words> <title noun>"
// means the person the article introduced with that title, and the words
// before the noun narrow it to the holder whose title has them: "the
// <field> chief" is the top of that field whatever the title's own noun
// (a Secretary, not a research head named since), "the <body> spokesman"
// is the spokesman whose title names that body, not the body, and "the
// head of <nationality> diplomacy" is that country's foreign minister,
// not the other one in the call.
func TestTitleModifiers(t *testing.T) {
	t.Parallel()
	text := `Ports reopen after strike

Harbour workers returned on Monday after a week-long strike closed the country's two main ports.

Treasury Secretary Maren O. Daltrey-Fox told reporters that the strike had cost "less than feared".

Teodora Vasquez-Lund, head of research at Tidewater Securities, said shipping stocks would recover. "The backlog will clear within a fortnight," she said.

"Our exporters lost a week, not a season," the Treasury chief said.

Border guard spokesman Colonel Arvid Nyqvist-Hale said the guards had turned back 200 people. "Nobody was hurt and everyone was given water," the border guard spokesman said.

Foreign Minister Ilkka Sorvari-Lamb held a call with Norlandic Foreign Minister Bram Oosterhuis-Kell on Tuesday.

The head of Estlandic diplomacy said his country would keep its ports open to Norlandic ships "for as long as it takes".`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"Our exporters lost a week, not a season":      "Maren O. Daltrey-Fox",
		"Nobody was hurt and everyone was given water": "Arvid Nyqvist-Hale",
		"for as long as it takes":                      "Ilkka Sorvari-Lamb",
	})
}

// TestDescribedActor: feature copy names the person it is writing about,
// tells what they do, then gives their words under a description of what
// they are ("the librarian", "the historian") that no one else holds: the
// description is the person the sentence before is about. Not a lawyer or
// another counterpart, who is someone beside them.
func TestDescribedActor(t *testing.T) {
	t.Parallel()
	text := `A village library opens its doors again

Mirela Obradović-Strand did not expect the library to survive the winter. "We had a roof that leaked and a grant that kept shrinking," she said.

The council cut its grant twice. Volunteers kept it open three mornings a week.

Obradović-Strand pours the tea and looks out at the rain. "We were never going to close. A village without books is a village that has given up," the librarian says.

Her latest book, a history of the valley's mills, sold out in a week.

Obradović-Strand chose her words carefully when asked about the council. "They did what they could. It was not enough," the historian said.

Petr Halloran was jailed for two years on Friday for stealing from the library.

"He is deeply sorry for what he did," the defence lawyer said.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"We were never going to close. A village without books is a village that has given up": "Mirela Obradović-Strand",
		"They did what they could. It was not enough":                                          "Mirela Obradović-Strand",
		"He is deeply sorry for what he did":                                                   "unknown",
	})
}

// TestPossessedStateArms: "<Country>'s military regime" and "<Country>'s
// ruling junta" are a state's arm with no name of its own, which speaks as
// the country, as "the regime of <Country>" does.
func TestPossessedStateArms(t *testing.T) {
	t.Parallel()
	text := `Border town left in the dark

Sudan's military regime on Tuesday accused its neighbour of "economic warfare" after power lines to the border town were cut.

Mali's ruling junta called the move "a betrayal of good neighbours".`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"economic warfare":              "Sudan",
		"a betrayal of good neighbours": "Mali",
	})
}
