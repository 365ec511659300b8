package ingest_test

import "testing"

// TestIntroducedByNoun: "the <agent noun>" that no title holds is the person
// the article introduced by name with a word of the noun's stem (a work
// "<verb>ed by X", "X has <verb>ed"), by the work an agent noun names ("a
// report by X" for the rapporteur) or by a synonym of the noun ("X, the
// host of …" for the presenter). A description nobody was introduced by,
// and an anonymous speaker, stay unknown.
func TestIntroducedByNoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a film directed by X, then the director", paras: []string{
			"Debut feature heads to Venice",
			"The river film, directed by Tbilisi-born filmmaker Nino Chkheidze-Varga, follows a ferryman through one winter.",
			"The ferryman, now 79, has not seen the film.",
			`"He says the river has seen enough of him already," the director said.`,
		}, want: map[string]string{
			"He says the river has seen enough of him already": "Nino Chkheidze-Varga",
		}},
		{name: "X has designed, then the designer", paras: []string{
			"The gardens of Lowmoor",
			"Every spring the walled garden at Lowmoor opens to visitors for six weeks.",
			"Petronella Askew-Binns, 64, has designed the planting there for two decades.",
			`The designer said the garden was meant to look "as if nobody had touched it".`,
		}, want: map[string]string{
			"as if nobody had touched it": "Petronella Askew-Binns",
		}},
		{name: "a bakery founded by X, then the founder (wording in neither set)", paras: []string{
			"Bakery marks thirty years",
			"The bakery on Carrow Lane, founded by Tomasz Wielgosz-Hale in 1994, turns thirty on Friday.",
			"Queues formed before dawn for the anniversary loaf.",
			`"I never thought anyone would queue for bread," the founder said.`,
		}, want: map[string]string{
			"I never thought anyone would queue for bread": "Tomasz Wielgosz-Hale",
		}},
		{name: "a report by X, then the rapporteur", paras: []string{
			"Committee backs water charter",
			"Adopting a report by Ilse Marchetti-Brandt, the committee called for a charter on shared rivers.",
			"The charter would bind the basin states to publish their abstraction figures.",
			`"A river that crosses a border belongs to everyone on its banks," said the rapporteur.`,
		}, want: map[string]string{
			"A river that crosses a border belongs to everyone on its banks": "Ilse Marchetti-Brandt",
		}},
		{name: "X, the host of a programme, then the presenter", paras: []string{
			"Radio host questioned over phone-in",
			"Obinna Eze-Lawal, the host of a morning phone-in on a community station, was questioned by police on Monday.",
			"The presenter of the show had invited listeners to talk about bus fares.",
			`On air last week, the presenter had said: "Tell us what the new fares cost your family."`,
		}, want: map[string]string{
			"Tell us what the new fares cost your family.": "Obinna Eze-Lawal",
		}},
		{name: "a description nobody was introduced by stays unknown", paras: []string{
			"Ferry timetable changes",
			"The island ferry will run twice a day from June, the operator Marla Quist-Ode said.",
			"Passengers had asked for an earlier crossing.",
			`"We were never told about any of this," the organiser said.`,
		}, want: map[string]string{
			"We were never told about any of this": "unknown",
		}},
		{name: "an anonymous resident stays unknown", paras: []string{
			"Library rebuilt after fire",
			"The library, designed by architect Leopold Fennick-Oyelaran, reopened on Saturday.",
			`One resident, who did not want to be named, said: "We waited four years for this."`,
		}, want: map[string]string{
			"We waited four years for this.": "unknown",
		}},
	})
}

// TestNationalityNoun: a nationality noun ("the Spaniard", "the Briton",
// "the Swede") is the person the article introduced with the adjective of
// that nationality ("Spanish coach, X", "British rider X"), not whoever
// spoke last. A nationality nobody in the article has leaves the earlier
// rules to answer.
func TestNationalityNoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "Spanish coach, X, then the Spaniard", paras: []string{
			"Rovers come from behind",
			`Teenager Dario Fenwick-Oakes scored the winner. "I just hit it," he said.`,
			"Albion's Spanish coach, Iñaki Urrutia-Sanz, was unhappy with his defence.",
			`"We gave them the ball twice and paid twice," said the Spaniard.`,
		}, want: map[string]string{
			"We gave them the ball twice and paid twice": "Iñaki Urrutia-Sanz",
		}},
		{name: "British rider X, then the Briton", paras: []string{
			"Sprint finish in Roubaix",
			`Belgian Jens Verhoeven-Claes won the sprint. "My legs were empty," Verhoeven-Claes said.`,
			"Third place went to British rider Alfie Penhaligon-Shaw, who crashed last year on the same stretch.",
			`"I was glad just to stay upright," the Briton said.`,
		}, want: map[string]string{
			"I was glad just to stay upright": "Alfie Penhaligon-Shaw",
		}},
		{name: "Swedish keeper X, then the Swede (wording in neither set)", paras: []string{
			"Hawks hold on",
			`Hawks captain Joel Amari-Breck scored twice. "We defended like a team," Amari-Breck said.`,
			"Swedish goalkeeper Linnea Strom-Akers made eleven saves.",
			`"The last ten minutes felt like an hour," the Swede said.`,
		}, want: map[string]string{
			"The last ten minutes felt like an hour": "Linnea Strom-Akers",
		}},
	})
}
