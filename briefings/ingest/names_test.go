package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestNameForms: the forms a name or a body takes after its first full
// mention — a courtesy title or an abbreviated post before it, a long
// title's last field, a description or a constituency beside it, a body
// by its head word, a club without its suffix, a body by the role the
// registry gives it, a divided country by its half, a city of several
// words, a town by "the town", a ministry's listed fields read back from
// the verb — find the person or body meant, and an unnamed member of a
// party or an unnamed trader finds no one.
func TestNameForms(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Inter-American Commission on Fisheries", Kind: "organisation", Role: "Regional fisheries body"},
		{Name: "Atlantic Salmon Commission", Kind: "organisation", Role: "River board"},
		{Name: "Dundee United FC", Kind: "organisation", Role: "Scottish football club"},
		{Name: "Banco de la República", Kind: "organisation", Role: "Colombia's central bank"},
		{Name: "Mozambique", Kind: "place", Role: "Country", Aliases: []string{"Lourenço Marques"}},
		{Name: "Town of Ashcombe", Kind: "organisation", Role: "Municipal government"},
		{Name: "Ethiopia", Kind: "place", Role: "Country", Aliases: []string{"Addis Ababa"}},
	}}
	text := `Ministers and traders react to quota ruling

Madam Ng Siew Lan has sold fish at the Tekka market for 40 years. "Prices have never been this bad," said Madam Ng.

Coun. Ravi Patel (River Heights) said the plan was rushed. "This is not how we do things," said Coun. Patel.

Trade Cabinet Secretary Akinyi Wambua said Kenya would appeal. "We will act," CS Wambua told reporters.

Minister for Culture and the Arts Wong Mei Xian backed the fishers. "They need stability," said Ms Wong.

Mr Daniel Osei, an MP for Ablekuma North, who chaired the hearing, said: "The vote was clear."

British Ambassador to the Netherlands Joanna Whitfield and Fisheries Secretary Pieter Jansen signed the deal. "It is a good day," said Ambassador Whitfield.

The Inter-American Commission on Fisheries set new quotas for the Atlantic on Monday. The Commission said the cuts were "regrettable but necessary".

Dundee United said the club's fish supper fundraiser would go ahead. "Every penny goes to the harbour," Dundee United said.

Colombia's central bank warned of "a rise in food prices".

Addis Ababa said it was "studying the ruling". The South's fisheries ministry called it "a fair outcome" in a story about South Sudan.

"We have heard this before," said one Labour MP. "The whips always say so," said a Tory MP.

"Real money is leaving," said a Lagos-based trader who asked not to be named.

"Fish stocks are healthy," the Minister of State for Coastal Protection said.

In a reply to the union, the Ministry of Ports, Inland Waterways and Coastal Shipping said it would "act quickly". A spokeswoman for the Bureau of Ports, Harbours and Lighthouses said the bureau was "monitoring the situation".

Ashcombe council voted to raise mooring fees. In a statement, the town said it would "review the fees in spring".`
	d, err := ingest.New(reg).Draft(ingest.ReadText(text), ingest.Options{Now: func() time.Time { return time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"Prices have never been this bad": "Ng Siew Lan",
		"This is not how we do things":    "Ravi Patel",
		"We will act":                     "Akinyi Wambua",
		"They need stability":             "Wong Mei Xian",
		"The vote was clear.":             "Daniel Osei",
		"It is a good day":                "Joanna Whitfield",
		"regrettable but necessary":       "Inter-American Commission on Fisheries",
		"Every penny goes to the harbour": "Dundee United FC",
		"a rise in food prices":           "Banco de la República",
		"studying the ruling":             "Ethiopia",
		"a fair outcome":                  "South Sudan's fisheries ministry",
		"We have heard this before":       ingest.Unknown,
		"The whips always say so":         ingest.Unknown,
		"act quickly":                     "Ministry of Ports, Inland Waterways and Coastal Shipping",
		"monitoring the situation":        "Bureau of Ports, Harbours and Lighthouses",
		"review the fees in spring":       "Town of Ashcombe",
		"Real money is leaving":           ingest.Unknown,
	})
	for _, n := range d.New {
		switch n.Name {
		case "Madam Ng", "Coun", "CS Wambua", "Arts Wong Mei Xian", "Ablekuma North", "Whitfield", "Commission", "Labour", "Tory", "Coastal Protection":
			t.Errorf("new speaker %q is a title, a field or a short form", n.Name)
		}
	}
}
