package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestPronounCarriesOn: a "he" or "she" that is a sentence's subject, ahead
// of the person the sentence then names as its object, carries on whoever
// it meant before; a "she says" after it is that subject's, not the object's
// (a boat, a relation, a colleague the subject acts on). A pronoun nobody
// named fits stays unknown.
func TestPronounCarriesOn(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "subject pronoun before a vessel read as a name", paras: []string{
			"The ferry that still runs",
			"Marisol Quintanar-Booth has skippered a ferry across the estuary for 19 years. She says the crossing keeps the villages alive.",
			"In the morning fog she steers the Dona Marisol past the sandbanks and cuts the engine.",
			`"Nine passengers today," she says. "In my first year it was ninety."`,
		}, want: map[string]string{
			"Nine passengers today":           "Marisol Quintanar-Booth",
			"In my first year it was ninety.": "Marisol Quintanar-Booth",
		}},
		{name: "a father named in apposition", paras: []string{
			"A bakery outlives its founder",
			"Odile Fennimore-Sachs took over the bakery on Quay Street in 2004. She works the ovens alone from three in the morning.",
			"She learned to bake from her father, Anselm Vrede, who opened the shop after the war. He never let her near the ovens.",
			`"He told me bread is patience," she says. "Then he left me the keys anyway."`,
		}, want: map[string]string{
			"He told me bread is patience":     "Odile Fennimore-Sachs",
			"Then he left me the keys anyway.": "Odile Fennimore-Sachs",
		}},
		{name: "he before a colleague he names", paras: []string{
			"Night shift at the county hospital",
			"Tobias Renwick-Ode has been a porter at the county hospital for 30 years. His sister Hedda Renwick-Ode is a nurse on the same ward.",
			"Most nights he wheels Dr Priya Vantongeren from ward to ward when the lifts fail.",
			`"We are the ones who keep the building moving," he says.`,
		}, want: map[string]string{
			"We are the ones who keep the building moving": "Tobias Renwick-Ode",
		}},
		{name: "an unnamed resident stays unknown", paras: []string{
			"Flood barriers go up on the river",
			"Workers raised the flood barriers along the river on Sunday.",
			`One resident, who asked not to be named, watched from her balcony. "We have seen this before," she said.`,
		}, want: map[string]string{
			"We have seen this before": "unknown",
		}},
	})
}

// TestPossessedOrgan: "the <kind>'s <organ>" — a committee, board,
// executive or trustees with no name of their own — speaks for the body
// named before whose name has the kind word. With no such body named, it
// stays unknown.
func TestPossessedOrgan(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an association's committee", paras: []string{
			"Club treasurer repays funds",
			"The Millbrook Bowls Association said on Tuesday that its former treasurer had been fined.",
			`In a statement, the association's committee said: "We have new controls in place and we thank our members."`,
		}, want: map[string]string{
			"We have new controls in place and we thank our members.": "Millbrook Bowls Association",
		}},
		{name: "a union's leadership", paras: []string{
			"Drivers vote on pay offer",
			"The Harbour Drivers Union will put the offer to its members next week.",
			`"It is a step, not a settlement," the union's leadership said.`,
		}, want: map[string]string{
			"It is a step, not a settlement": "Harbour Drivers Union",
		}},
		{name: "a society's trustees", paras: []string{
			"Museum to close for repairs",
			"The Kestrel Valley Historical Society will close its museum for a year.",
			`"The roof cannot wait another winter," the society's trustees said.`,
		}, want: map[string]string{
			"The roof cannot wait another winter": "Kestrel Valley Historical Society",
		}},
		{name: "no such body named", paras: []string{
			"Allotment rents to rise",
			"Rents for allotments in the town will rise by a fifth next year.",
			`"It is regrettable but unavoidable," the federation's board said.`,
		}, want: map[string]string{
			"It is regrettable but unavoidable": "unknown",
		}},
	})
}

// TestBlockquoteFooter: a page that sets a quote in a blockquote and its
// signer in the blockquote's footer, HTML's own mark for a quotation's
// source, gives the quote to the signer; a page footer outside any
// blockquote is still left out.
func TestBlockquoteFooter(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Port and lender sign dredging loan</title></head><body><article>
<h1>Port and lender sign dredging loan</h1>
<p>The Northsea Development Bank and the Port of Vellmar signed a loan on Monday to deepen the harbour channel, the bank said in a statement released in Vellmar.</p>
<p>The channel will take ships of up to 14 metres' draught from 2028, and the works will keep 300 people in jobs for three years.</p>
<blockquote><p>“Deeper water means bigger ships and cheaper freight for every farmer in the region.”</p><footer>Ilse Marrow-Tenby, Vice-President of the Northsea Development Bank</footer></blockquote>
<blockquote><p>“We have waited ten years for this channel.</p><p>“Now the work can start.”</p><footer><cite>Pieter Oosterkamp-Lind</cite>, Director of the Port of Vellmar</footer></blockquote>
<blockquote><p>“The region's exporters will feel the difference within a season.”</p><footer>— Hanne Solvik-Aas, Chair, Vellmar Chamber of Commerce</footer></blockquote>
</article><footer><p>Copyright Northsea Development Bank. All rights reserved.</p></footer></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "https://example.org/press/dredging")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"Deeper water means bigger ships and cheaper freight for every farmer in the region.": "Ilse Marrow-Tenby",
		"The region's exporters will feel the difference within a season.":                    "Hanne Solvik-Aas",
	})
	for _, q := range d.Quotes {
		if q.Text == "We have waited ten years for this channel. Now the work can start." && q.Speaker != "Pieter Oosterkamp-Lind" {
			t.Errorf("%q: speaker %q, want Pieter Oosterkamp-Lind", q.Text, q.Speaker)
		}
	}
}
