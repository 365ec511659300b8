package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound11QuoteFurniture: marks round 11 reads as enclosing no one's
// speech — a cross-head or a live blog's heading that quotes words the text
// under it gives their speaker — while the speech itself stays a quote.
func TestRound11QuoteFurniture(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a live blog's heading before a colon", []string{
			`Heavy rain closed schools across the district for a second day.`,
			`‘Stay indoors’: Mayor says shelters are open`,
			`“Stay indoors if you can. The shelters are open and staffed,” Mayor Rina Okonjo-Hale told reporters.`,
		}, []string{"Stay indoors"}, "Stay indoors if you can. The shelters are open and staffed"},
		{"a report's title after its noun", []string{
			`The charity documented the use of force at protests in its report “Marching is not a crime”.`,
			`"Nobody was charged for the beatings," the charity's researcher Lucía Ferrer-Quispe said.`,
		}, []string{"Marching is not a crime"}, "Nobody was charged for the beatings"},
		{"a post's title", []string{
			`A tenant posted about the leak on a forum under the title "Pretty sure I can see the whole street's arrears??" on Sunday.`,
			`"We fixed the fault within hours," the landlord's spokesperson Dara Quinlan-Moss said.`,
		}, []string{"Pretty sure I can see the whole street's arrears??"}, "We fixed the fault within hours"},
		{"terms paired by and", []string{
			`Police held 60 people after the march, most of them charged with “rioting” and “incitement to commit offences”.`,
			`"My son was only filming," Rosa Quelca-Mamani said outside the court.`,
		}, []string{"rioting", "incitement to commit offences"}, "My son was only filming"},
		{"categories paired by or", []string{
			`According to the flood assessment released by the water agency on Monday, 12 districts are at "high" or "very high" risk this week.`,
			`"Farmers should move their herds now," the agency's director Bayarmaa Tseren-Ochir said.`,
		}, []string{"high", "very high"}, "Farmers should move their herds now"},
		{"a heading's open mark", []string{
			`Heavy rain flooded the low-lying streets of the district overnight.`,
			`“Same story every year: riverside residents carry belongings upstairs`,
			`“Every year it is the same. The water comes into the kitchen and we carry everything upstairs,” Kamala Ranganathan, a resident of the riverside colony, told reporters.`,
		}, []string{"Same story every year: riverside residents carry belongings upstairs Every year it is the same. The water comes into the kitchen and we carry everything upstairs"}, "Every year it is the same. The water comes into the kitchen and we carry everything upstairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound11CrossHead: a web page's cross-head that quotes the words the
// paragraph under it gives their speaker is a heading, not a quote.
func TestRound11CrossHead(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Harbour fees approved</title></head><body><article>
<h1>Harbour fees approved despite boat owners' protest</h1>
<p>Councillors backed the new harbour fees by six votes to five on Tuesday, after a debate that ran for three hours.</p>
<p>The fees will start in April and will be reviewed after a year, the council's finance officer said.</p>
<h2>&lsquo;A toll on the tide&rsquo;</h2>
<p>&ldquo;This is a toll on the tide. Nobody asked the boat owners first,&rdquo; councillor Ewan MacRae-Dunn said.</p>
<p>The harbour master said the money would pay for new pontoons and a second crane.</p>
</article></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, q := range d.Quotes {
		found[q.Text] = true
	}
	if found["A toll on the tide"] {
		t.Errorf("the cross-head taken for a quote")
	}
	if !found["This is a toll on the tide. Nobody asked the boat owners first"] {
		t.Errorf("missed the quote under it; quotes %v", found)
	}
}
